package org.cheguan.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.cheguan.shared.OfficeTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the age-friendly switch, the page language as a BCP 47 tag for
 * {@code <html lang>}, the office date (Asia/Shanghai) and the work areas the signed-in staff member may open.
 */
@ControllerAdvice(basePackages = "org.cheguan")
class WebShellModel {

	private final Clock clock;

	WebShellModel(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("ageFriendly")
	boolean ageFriendly(HttpServletRequest request) {
		return AgeFriendlyMode.isOn(request);
	}

	@ModelAttribute("currentLang")
	String currentLang(Locale locale) {
		return languageTag(locale);
	}

	@ModelAttribute("officeDate")
	LocalDate officeDate() {
		return OfficeTime.today(clock);
	}

	/**
	 * The path of the page being shown, for the language links ({@code ?lang=}). On the error page it is the path
	 * that failed, so switching language there shows the same error again in the other language.
	 */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var uri = failed instanceof String path ? path : request.getRequestURI();
		var context = request.getContextPath();
		var path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
		return path.isEmpty() || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
	}

	/** The CSRF header for htmx requests ({@code hx-headers} on {@code <body>}) as a JSON object, or null. */
	@ModelAttribute("csrfHeaders")
	@Nullable String csrfHeaders(HttpServletRequest request) {
		var token = request.getAttribute(CsrfToken.class.getName());
		if (token instanceof CsrfToken csrf) {
			return "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
		}
		return null;
	}

	@ModelAttribute("staffAreas")
	List<WorkArea> staffAreas() {
		return WorkArea.allOpenTo(roles(SecurityContextHolder.getContext().getAuthentication()));
	}

	/**
	 * @param locale the resolved locale
	 * @return {@code en} or {@code zh-CN}
	 */
	static String languageTag(Locale locale) {
		return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
	}

	static List<String> roles(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).toList();
	}
}
