package org.cheguan.licensing;

import java.util.List;
import java.util.UUID;

/**
 * What a venue outage did ({@code POST /api/v1/exam-venues/{id}/outages} → {@code {affected, rebooked, unresolved}}).
 *
 * @param cancelledSessions sessions cancelled
 * @param affected candidates whose booking was cancelled
 * @param rebooked candidates placed elsewhere, with the session they lost and the one they got
 * @param unresolved applications no seat could be found for before their permit expires: for a supervisor
 */
public record OutageOutcome(int cancelledSessions, int affected, List<Rebooking> rebooked, List<UUID> unresolved) {

	/**
	 * @param applicationId the application
	 * @param fromSessionId the cancelled session
	 * @param toSessionId the new session
	 */
	public record Rebooking(UUID applicationId, UUID fromSessionId, UUID toSessionId) {
	}
}
