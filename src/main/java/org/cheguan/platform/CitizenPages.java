package org.cheguan.platform;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.Citizens;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My services" (我的服务) for a signed-in citizen: who is signed in, in masked form only, and what can be done. */
@WebPage
class CitizenPages {

	private final Citizens citizens;

	CitizenPages(Citizens citizens) {
		this.citizens = citizens;
	}

	@GetMapping("/citizen")
	String home(@AuthenticationPrincipal CitizenPrincipal principal, Model model) {
		var profile = citizens.profile(principal.citizenId());
		model.addAttribute("maskedIdNumber", profile.idNumber().masked());
		model.addAttribute("maskedMobile", profile.mobile().masked());
		model.addAttribute("maskedName", profile.maskedName());
		return "citizen/home";
	}
}
