package org.cheguan.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over HTTP, for administrators and supervisors (access to {@code /api/v1/admin/**} is configured
 * centrally by the platform's security).
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

	private final AuditVerification verification;

	private final AuditHistory history;

	AuditController(AuditVerification verification, AuditHistory history) {
		this.verification = verification;
		this.history = history;
	}

	/** {@code GET /api/v1/admin/audit/verify} → {@code {ok, checked, firstBrokenId}}. */
	@GetMapping("/verify")
	AuditVerificationResult verify() {
		return verification.verify();
	}

	/** {@code GET /api/v1/admin/audit?targetType=&targetId=&page=&size=} → a page of records, newest first. */
	@GetMapping
	AuditPage records(@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return history.find(targetType, targetId, page, size);
	}
}
