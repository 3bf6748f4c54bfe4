package org.cheguan.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded 12-point scoring periods of a licence's current term ({@link ScoringRecords},
 * {@link ScoringPeriods#reachedInTerm}): what decides the term after renewal or restoration (domain-rules §1.6), and
 * what the licence panel shows next to the clerk's declaration.
 */
@Service
@Transactional(readOnly = true)
public class TermScoringRecords {

	private final JdbcClient jdbc;

	private final ScoringRecords records;

	TermScoringRecords(JdbcClient jdbc, ScoringRecords records) {
		this.jdbc = jdbc;
		this.records = records;
	}

	/**
	 * @param applicationId the application that issued a licence
	 * @return the 12-point periods reached within the licence's current term, oldest first; empty without a licence,
	 * for a long-term licence or when none is recorded
	 */
	public List<TwelvePointRecord> ofTerm(UUID applicationId) {
		return jdbc.sql("""
				select citizen_id, licence_term, licence_valid_until from licensing.licence_application
				where id = :id and licence_number is not null""")
			.param("id", applicationId)
			.query((rs, n) -> {
				var validUntil = rs.getObject(3, LocalDate.class);
				var term = rs.getString(2) == null ? LicenceTerm.SIX_YEARS : LicenceTerm.valueOf(rs.getString(2));
				return validUntil == null || term == LicenceTerm.LONG_TERM ? List.<TwelvePointRecord>of()
						: ofTerm(new CitizenId(rs.getObject(1, UUID.class)), term, validUntil);
			})
			.optional()
			.orElse(List.of());
	}

	/**
	 * @param citizen the holder
	 * @param term the current term, not long-term
	 * @param validUntil its last day
	 * @return the 12-point periods reached within the term, oldest first
	 */
	List<TwelvePointRecord> ofTerm(CitizenId citizen, LicenceTerm term, LocalDate validUntil) {
		return ScoringPeriods.reachedInTerm(records.twelvePointPeriods(citizen),
				ScoringPeriods.termStart(term, validUntil), validUntil);
	}
}
