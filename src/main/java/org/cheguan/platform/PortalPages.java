package org.cheguan.platform;

import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: the citizen portal's home and the staff sign-in form (handled by Spring Security's form login). */
@WebPage
class PortalPages {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
