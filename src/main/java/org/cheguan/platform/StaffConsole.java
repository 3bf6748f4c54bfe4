package org.cheguan.platform;

import org.cheguan.identity.StaffAccounts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff console (工作台): who is signed in, today's office date and the work areas of the staff member's roles.
 * Areas whose module is not built yet open a "coming soon" page.
 */
@WebPage
class StaffConsole {

	private final StaffAccounts accounts;

	StaffConsole(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff")
	String console(Authentication authentication, Model model) {
		model.addAttribute("account", accounts.find(authentication.getName()).orElse(null));
		model.addAttribute("roles", WebShellModel.roles(authentication));
		return "staff/console";
	}

	@GetMapping("/staff/{area}")
	String area(@PathVariable String area, Authentication authentication, Model model) {
		var workArea = WorkArea.bySlug(area);
		if (workArea == null || workArea.built()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!workArea.openTo(WebShellModel.roles(authentication))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("area", workArea);
		return "staff/coming-soon";
	}
}
