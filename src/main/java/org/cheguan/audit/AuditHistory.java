package org.cheguan.audit;

import org.cheguan.shared.InvalidValue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail: who changed what and when, for supervisors and administrators. */
@Service
public class AuditHistory {

	/** Largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	private final AuditRecords records;

	AuditHistory(AuditRecords records) {
		this.records = records;
	}

	/**
	 * One page of the records about a target, newest first.
	 *
	 * @param targetType kind of target, e.g. {@code staff-account}; null for every kind
	 * @param targetId identifier of the target; null for every target
	 * @param page zero-based page number, 0 or more
	 * @param size records per page, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the page and the total number of matching records
	 * @throws InvalidValue ({@code validation}) when page or size is out of range
	 */
	@Transactional(readOnly = true)
	public AuditPage find(@Nullable String targetType, @Nullable String targetId, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size,
					MAX_PAGE_SIZE);
		}
		var type = blankToNull(targetType);
		var id = blankToNull(targetId);
		return new AuditPage(records.find(type, id, page, size), page, size, records.count(type, id));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
