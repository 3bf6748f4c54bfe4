package org.cheguan.evaluation;

/**
 * Where a rectification (差评整改) stands (国办发〔2019〕51号: verify, rectify, give feedback, review).
 */
public enum RectificationStatus {
	/** Opened; to verify and reply by the reply due date. */
	OPEN,
	/** Verified and replied to the rater; to rectify by the rectification due date. */
	REPLIED,
	/** Rectified; a return visit is still due (named rating). */
	RECTIFIED,
	/** Rectified and, where required, visited again: done. */
	CLOSED,
	/** The staff appealed the rating as malicious or mistaken (申诉复核); a supervisor decides. */
	APPEALED,
	/** The appeal was upheld: the rating is excluded and nothing is to rectify. */
	VOIDED
}
