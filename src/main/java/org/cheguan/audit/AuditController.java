package org.cheguan.audit;

import java.util.List;

import org.springframework.http.ResponseEntity;

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

	/**
	 * {@code GET /api/v1/admin/audit?targetType=&targetId=&page=&size=} → a JSON array of records, newest first, like
	 * every list of the API; the total count is in the {@code X-Total-Count} header.
	 */
	@GetMapping
	ResponseEntity<List<AuditRecord>> records(@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		var found = history.find(targetType, targetId, page, size);
		return ResponseEntity.ok().header("X-Total-Count", Long.toString(found.total())).body(found.items());
	}
}
