package org.cheguan.audit;

import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param items the records of this page
 * @param page zero-based page number
 * @param size requested page size
 * @param total number of records matching the query
 */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {

	/** Copies the list. */
	public AuditPage {
		items = List.copyOf(items);
	}
}
