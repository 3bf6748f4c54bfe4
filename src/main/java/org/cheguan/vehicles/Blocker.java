package org.cheguan.vehicles;

/**
 * Why a transfer, change, transfer-out or transfer-in may not go ahead now, and which authority can clear it
 * (domain-rules.md §2, Blocks on transfer and change).
 *
 * @param kind {@code STATUS_C}, {@code STATUS_K} … for a status code, {@code PENDING_BUSINESS}, {@code MORTGAGE} (a
 *        mortgage without the mortgagee's consent) or {@code DATA_RETRANSMISSION}
 * @param authority who must act: an office code such as 甘A, the provincial technology department such as 甘 科技处, or
 *        this office's own code
 * @param detail the exact reason in the office's words (zh-CN), e.g. 查封 or the pending business as the origin names it
 */
public record Blocker(String kind, String authority, String detail) {
}
