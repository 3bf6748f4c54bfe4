package org.cheguan.transactions;

import java.time.Instant;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;

/**
 * A service rendered, to be recorded once. Built by the listeners of {@code transactions} from another module's event
 * (three lines: {@code NewServiceRecord.of(…)}, then {@code .at(outlet)}, {@code .by(staff)} and {@code .waited(…)} as
 * the event knows them) or by the clerk endpoint.
 *
 * @param type the business type
 * @param channel how the citizen was served
 * @param outletId the outlet, or null when the event does not know it (an exam venue, the hotline)
 * @param department the department (业务科室) that served; null means the type's default
 * @param staffUsername the staff member who served, or null
 * @param citizenId the citizen served
 * @param startedAt when the service started (called to the window), or null
 * @param completedAt when it was completed
 * @param waitMinutes minutes waited before being served, 0 or more, or null when unknown
 * @param source the module and fact that caused the record, e.g. {@code licensing.exam-taken}
 * @param sourceKey the key of that fact in its module, e.g. the booking id; unique with {@code source}
 */
public record NewServiceRecord(ServiceType type, Channel channel, @Nullable UUID outletId, @Nullable String department,
		@Nullable String staffUsername, CitizenId citizenId, @Nullable Instant startedAt, Instant completedAt,
		@Nullable Integer waitMinutes, String source, String sourceKey) {

	/**
	 * The minimum a record needs.
	 *
	 * @param source module and fact, e.g. {@code vehicles.registered}
	 * @param sourceKey the fact's key in that module
	 * @param type business type
	 * @param channel how the citizen was served
	 * @param citizenId the citizen served
	 * @param completedAt when it was completed
	 * @return the record, with no outlet, staff, start or wait
	 */
	public static NewServiceRecord of(String source, Object sourceKey, ServiceType type, Channel channel,
			CitizenId citizenId, Instant completedAt) {
		return new NewServiceRecord(type, channel, null, null, null, citizenId, null, completedAt, null, source,
				sourceKey.toString());
	}

	/**
	 * @param outlet the outlet where the service was rendered, or null
	 * @return a copy at that outlet
	 */
	public NewServiceRecord at(@Nullable UUID outlet) {
		return new NewServiceRecord(type, channel, outlet, department, staffUsername, citizenId, startedAt,
				completedAt, waitMinutes, source, sourceKey);
	}

	/**
	 * @param staff the staff member's user name, or null
	 * @param ownDepartment their department, or null for the type's default
	 * @return a copy served by them
	 */
	public NewServiceRecord by(@Nullable String staff, @Nullable String ownDepartment) {
		return new NewServiceRecord(type, channel, outletId, ownDepartment, staff, citizenId, startedAt, completedAt,
				waitMinutes, source, sourceKey);
	}

	/**
	 * @param started when the citizen was called, or null
	 * @param minutesWaited minutes between ticket and call, or null
	 * @return a copy with the start and wait
	 */
	public NewServiceRecord waited(@Nullable Instant started, @Nullable Integer minutesWaited) {
		return new NewServiceRecord(type, channel, outletId, department, staffUsername, citizenId, started, completedAt,
				minutesWaited, source, sourceKey);
	}

	/**
	 * For a listener: the start another module's event reports, kept only when it is not after the completion (an
	 * event's clock and a client's {@code startedAt} are not checked by its module), so a redelivery never fails on it.
	 *
	 * @param started when the service started, as the event says
	 * @return a copy with that start, or without one when it lies after the completion
	 */
	public NewServiceRecord withStart(Instant started) {
		return waited(started.isAfter(completedAt) ? null : started, waitMinutes);
	}
}
