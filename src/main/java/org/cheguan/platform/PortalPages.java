package org.cheguan.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: the citizen portal's home and the staff sign-in form (handled by Spring Security's form login). */
@WebPage
class PortalPages {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String logout, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", logout != null);
		return "login";
	}
}
