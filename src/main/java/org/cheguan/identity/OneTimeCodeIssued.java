package org.cheguan.identity;

import java.util.UUID;

/**
 * A one-time sign-in code was issued to a citizen; notifications sends it by SMS in the same transaction (outbox).
 * The code travels only in this in-process event and the outbox message; identity keeps only its keyed hash.
 *
 * @param codeId the code's id (the outbox's entity id: one message per code)
 * @param citizenId the citizen
 * @param mobile the mobile number to send it to, in clear
 * @param code the 6-digit code, in clear
 * @param validMinutes minutes the code stays valid
 */
public record OneTimeCodeIssued(UUID codeId, CitizenId citizenId, String mobile, String code, long validMinutes) {

	@Override
	public String toString() {
		return "OneTimeCodeIssued[codeId=" + codeId + ", citizenId=" + citizenId + "]";
	}
}
