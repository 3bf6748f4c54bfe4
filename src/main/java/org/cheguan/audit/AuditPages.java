package org.cheguan.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff console's audit page ({@code /staff/audit}, administrators and supervisors): whether the hash chain is
 * intact, and the newest records, 50 a page. Summaries are already masked when written.
 */
@Controller
class AuditPages {

	private static final int PAGE_SIZE = 50;

	private final AuditVerification verification;

	private final AuditHistory history;

	AuditPages(AuditVerification verification, AuditHistory history) {
		this.verification = verification;
		this.history = history;
	}

	@GetMapping("/staff/audit")
	String trail(@RequestParam(defaultValue = "0") int page, Model model) {
		var safePage = Math.max(page, 0);
		model.addAttribute("verification", verification.verify());
		model.addAttribute("records", history.find(null, null, safePage, PAGE_SIZE));
		return "audit/trail";
	}
}
