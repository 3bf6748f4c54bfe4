package org.cheguan.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Age-friendly mode (适老化): larger type, higher contrast, one column and bigger targets. The toggle in the header
 * posts here; the choice lives in the {@code cheguan-age-friendly} cookie for a year, so it needs no account.
 */
@WebPage
class AgeFriendlyMode {

	/** Name of the cookie that remembers the choice. */
	static final String COOKIE = "cheguan-age-friendly";

	private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

	@PostMapping("/preferences/age-friendly")
	String toggle(@RequestParam boolean on, HttpServletRequest request, HttpServletResponse response) {
		var cookie = ResponseCookie.from(COOKIE, Boolean.toString(on))
			.path("/")
			.maxAge(REMEMBERED_FOR)
			.httpOnly(true)
			.sameSite("Lax")
			.secure(request.isSecure())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		return "redirect:" + backTo(request);
	}

	/**
	 * @param request the current request
	 * @return whether the caller has switched age-friendly mode on
	 */
	static boolean isOn(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return "true".equals(cookie.getValue());
			}
		}
		return false;
	}

	/**
	 * The page to return to: the path and query of the {@code Referer} when it is this site, else the home page. A
	 * foreign or malformed referer never becomes a redirect target (no open redirect).
	 */
	static String backTo(HttpServletRequest request) {
		var referer = referer(request.getHeader(HttpHeaders.REFERER));
		if (referer == null || referer.getHost() == null || !referer.getHost().equalsIgnoreCase(request.getServerName())
				|| port(referer) != request.getServerPort() || !request.getScheme().equalsIgnoreCase(referer.getScheme())) {
			return "/";
		}
		var path = referer.getRawPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return "/";
		}
		return referer.getRawQuery() == null ? path : path + "?" + referer.getRawQuery();
	}

	private static @Nullable URI referer(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return new URI(header.strip());
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}
}
