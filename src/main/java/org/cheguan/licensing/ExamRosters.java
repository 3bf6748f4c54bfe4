package org.cheguan.licensing;

import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups for the licensing pages: the roster of one exam session (every booking of it, with the
 * applicant), and the applications of one citizen. Plain SQL over the module's own tables; nothing is changed.
 */
@Service
@Transactional(readOnly = true)
class ExamRosters {

	private final JdbcClient jdbc;

	ExamRosters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param sessionId an exam session
	 * @return its bookings, active and closed, in booking order
	 */
	List<RosterEntry> roster(UUID sessionId) {
		return jdbc.sql("""
				select b.id, b.application_id, a.citizen_id, a.licence_class, b.status, b.first_score, b.retake_score
				from licensing.exam_booking b join licensing.licence_application a on a.id = b.application_id
				where b.session_id = :session order by b.created_at, b.id""")
			.param("session", sessionId)
			.query((rs, n) -> new RosterEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					new CitizenId(rs.getObject(3, UUID.class)), LicenceClass.valueOf(rs.getString(4)), rs.getString(5),
					(Integer) rs.getObject(6), (Integer) rs.getObject(7)))
			.list();
	}

	/**
	 * @param citizen a citizen
	 * @return the ids of their licence applications, newest first
	 */
	List<UUID> applicationsOf(CitizenId citizen) {
		return jdbc.sql("""
				select id from licensing.licence_application where citizen_id = :citizen order by accepted_at desc""")
			.param("citizen", citizen.value())
			.query(UUID.class)
			.list();
	}

	/**
	 * @param applicationIds licence applications
	 * @return the applicant of each one found, by application id
	 */
	java.util.Map<UUID, CitizenId> applicants(java.util.Collection<UUID> applicationIds) {
		var result = new java.util.LinkedHashMap<UUID, CitizenId>();
		if (applicationIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select id, citizen_id from licensing.licence_application where id = any(:ids)")
			.param("ids", applicationIds.toArray(UUID[]::new))
			.query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), new CitizenId(rs.getObject(2, UUID.class))))
			.list()
			.forEach(entry -> result.put(entry.getKey(), entry.getValue()));
		return result;
	}

	/**
	 * @param applicationId a licence application
	 * @return the reason a supervisor gave for its green channel, or null when none was granted
	 */
	@Nullable
	String greenChannelReason(UUID applicationId) {
		return jdbc.sql("select green_channel_reason from licensing.licence_application where id = :id")
			.param("id", applicationId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * One booking of a session.
	 *
	 * @param bookingId the booking
	 * @param applicationId its application
	 * @param citizen the applicant
	 * @param licenceClass the class applied for
	 * @param status BOOKED, PASSED, FAILED, NO_SHOW, CANCELLED or CANCELLED_BY_OUTAGE
	 * @param firstScore score of the attempt, or null
	 * @param retakeScore score of the retake on the spot, or null
	 */
	record RosterEntry(UUID bookingId, UUID applicationId, CitizenId citizen, LicenceClass licenceClass, String status,
			@Nullable Integer firstScore, @Nullable Integer retakeScore) {
	}
}
