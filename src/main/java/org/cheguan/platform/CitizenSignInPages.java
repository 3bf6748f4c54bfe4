package org.cheguan.platform;

import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cheguan.identity.CitizenPrincipal;
import org.cheguan.identity.CitizenSignIn;
import org.cheguan.identity.Role;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citizen sign-in on the pages, in two steps as in the 12123 app: resident ID number and mobile number, then the
 * 6-digit code sent by SMS. The code exchanges (through {@link CitizenSignIn}) for a session sign-in with role
 * {@code CITIZEN}; the session id changes at that moment so that a planted session cannot be taken over.
 *
 * <p>Between the steps the ID number waits in the server-side session, never in the page. A domain problem (an
 * invalid ID number or mobile, a wrong code, too many codes) is shown next to its field in the page's language.
 */
@WebPage
class CitizenSignInPages {

	/** Session attribute holding the sign-in that waits for its code. */
	static final String PENDING = CitizenSignInPages.class.getName() + ".pending";

	/** Session attribute holding the citizen's bearer token, revoked on sign-out. */
	static final String TOKEN = CitizenSignInPages.class.getName() + ".token";

	private static final Pattern CODE = Pattern.compile("\\d{6}");

	private final CitizenSignIn signIn;

	private final MessageSource messages;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	CitizenSignInPages(CitizenSignIn signIn, MessageSource messages, Clock clock) {
		this.signIn = signIn;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/citizen/sign-in")
	String details(Model model) {
		model.addAttribute("idNumber", "");
		model.addAttribute("mobile", "");
		model.addAttribute("errors", Map.of());
		return "citizen/sign-in";
	}

	@PostMapping("/citizen/sign-in/code")
	String requestCode(@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String mobile,
			HttpSession session, Model model, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		@Nullable ResidentIdNumber id = null;
		@Nullable MobileNumber number = null;
		try {
			id = ResidentIdNumber.of(idNumber, clock);
		}
		catch (ProblemException ex) {
			errors.put("idNumber", message(ex, locale));
		}
		try {
			number = MobileNumber.of(mobile);
		}
		catch (ProblemException ex) {
			errors.put("mobile", message(ex, locale));
		}
		if (id != null && number != null) {
			try {
				signIn.requestCode(id, number);
				session.setAttribute(PENDING, new PendingSignIn(id.value(), number.masked()));
				return "redirect:/citizen/sign-in/code";
			}
			catch (ProblemException ex) {
				errors.put("form", message(ex, locale));
			}
		}
		model.addAttribute("idNumber", idNumber);
		model.addAttribute("mobile", mobile);
		model.addAttribute("errors", errors);
		return "citizen/sign-in";
	}

	@GetMapping("/citizen/sign-in/code")
	String code(HttpSession session, Model model) {
		var pending = (PendingSignIn) session.getAttribute(PENDING);
		if (pending == null) {
			return "redirect:/citizen/sign-in";
		}
		model.addAttribute("maskedMobile", pending.maskedMobile());
		model.addAttribute("errors", Map.of());
		return "citizen/sign-in-code";
	}

	@PostMapping("/citizen/sign-in")
	String signIn(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		var session = request.getSession();
		var pending = (PendingSignIn) session.getAttribute(PENDING);
		if (pending == null) {
			return "redirect:/citizen/sign-in";
		}
		var given = code.strip();
		String error;
		if (!CODE.matcher(given).matches()) {
			error = messages.getMessage("web.citizen.sign-in.code.format", null, locale);
		}
		else {
			try {
				var citizenSession = signIn.signIn(ResidentIdNumber.of(pending.idNumber(), clock), given);
				request.changeSessionId();
				var context = holder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
						new CitizenPrincipal(citizenSession.citizenId()), null,
						List.of(new SimpleGrantedAuthority(Role.CITIZEN.authority()))));
				holder.setContext(context);
				contexts.saveContext(context, request, response);
				session.removeAttribute(PENDING);
				session.setAttribute(TOKEN, citizenSession.token());
				return "redirect:/citizen";
			}
			catch (ProblemException ex) {
				error = message(ex, locale);
			}
		}
		model.addAttribute("maskedMobile", pending.maskedMobile());
		model.addAttribute("errors", Map.of("code", error));
		return "citizen/sign-in-code";
	}

	private String message(ProblemException ex, Locale locale) {
		return messages.getMessage(ex.messageKey(), ex.messageArguments(), ex.messageKey(), locale);
	}

	/**
	 * Ends the citizen's bearer session too when the page session signs out, so the token does not outlive it.
	 *
	 * @param signIn the identity module's sign-in service
	 * @return a logout handler for the pages' security chain
	 */
	static LogoutHandler revokingToken(CitizenSignIn signIn) {
		return (request, response, authentication) -> {
			var session = request.getSession(false);
			var token = session == null ? null : session.getAttribute(TOKEN);
			if (token instanceof String value) {
				signIn.signOut(value);
			}
		};
	}

	/**
	 * A sign-in waiting for its code.
	 *
	 * @param idNumber the resident ID number given in step one
	 * @param maskedMobile the mobile number, masked, to tell the citizen where the code went
	 */
	record PendingSignIn(String idNumber, String maskedMobile) implements Serializable {
	}
}
