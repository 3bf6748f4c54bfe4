package org.cheguan.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves the audit trail has not been edited: walks every row in id order, recomputes its hash, checks that it links
 * to the previous row's hash (the first row to the genesis hash of 64 zeros) and that the chain head names the last
 * row. Edits of any field, deletion of a row in the middle, and deletion of the newest rows are all detected.
 *
 * <p>Rows are read in pages of {@value #PAGE} by id (keyset paging), never all at once, inside one repeatable-read
 * transaction so that appends running meanwhile do not make a sound chain look broken.
 */
@Service
public class AuditVerification {

	static final int PAGE = 1_000;

	private final AuditRecords records;

	AuditVerification(AuditRecords records) {
		this.records = records;
	}

	/**
	 * Verifies the whole chain.
	 *
	 * @return {@code ok} with the number of rows checked, or the id of the first broken row
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public AuditVerificationResult verify() {
		var expectedPrevious = AuditHash.GENESIS;
		long checked = 0;
		long lastId = 0;
		while (true) {
			var page = records.after(lastId, PAGE);
			for (var row : page) {
				checked++;
				var recomputed = AuditHash.of(row.previousHash(), row.occurredAt().toInstant(), row.actor(),
						row.action(), row.targetType(), row.targetId(), row.before(), row.after());
				if (!row.previousHash().equals(expectedPrevious) || !row.hash().equals(recomputed)) {
					return new AuditVerificationResult(false, checked, row.id());
				}
				expectedPrevious = row.hash();
				lastId = row.id();
			}
			if (page.size() < PAGE) {
				break;
			}
		}
		if (!records.head().equals(expectedPrevious)) {
			return new AuditVerificationResult(false, checked, lastId);
		}
		return new AuditVerificationResult(true, checked, null);
	}
}
