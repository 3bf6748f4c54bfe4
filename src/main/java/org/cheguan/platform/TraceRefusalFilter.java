package org.cheguan.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers every TRACE (RFC 9110 §9.3.8) itself, first of all filters, and never echoes the request: a 405
 * {@code method-not-allowed} problem whose {@code Allow} header names the methods the path offers (HEAD with GET,
 * OPTIONS always), or a 404 problem for a path nothing is mapped to. Tomcat's own refusal (its connector's
 * {@code allowTrace=false}) named every method the dispatcher servlet implements, GET among them, on every path, and
 * its error page said the path did not accept GET; so the connector lets TRACE in (ApiFilterConfiguration's
 * {@code allowTrace} customizer) and this filter takes it before Spring Security, whose firewall would refuse it as a
 * bad URL, and before the dispatcher servlet, whose default TRACE handling echoes.
 *
 * <p>The methods are those of the controller mappings whose path pattern matches (a union when several patterns
 * match, such as {@code /outlets/kinds} and {@code /outlets/{id}}). Static resources are not controller mappings: a
 * TRACE there is a 404.
 */
final class TraceRefusalFilter extends OncePerRequestFilter {

	/** The order of the methods in {@code Allow}. */
	private static final List<RequestMethod> ORDER = List.of(RequestMethod.GET, RequestMethod.HEAD,
			RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS);

	private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

	private final Problems problems;

	private final LocaleResolver locales;

	TraceRefusalFilter(ObjectProvider<RequestMappingInfoHandlerMapping> mappings, Problems problems,
			LocaleResolver locales) {
		this.mappings = mappings;
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"TRACE".equalsIgnoreCase(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		var locale = locales.resolveLocale(request);
		var allowed = allowed(request);
		if (allowed.isEmpty()) {
			problems.write(problems.of("not-found", 404, "problem.not-found.path",
					new Object[] { request.getRequestURI() }, locale), request, response);
			return;
		}
		response.setHeader("Allow", String.join(", ", allowed));
		problems.write(problems.of("method-not-allowed", 405, "problem.method-not-allowed", new Object[] { "TRACE" },
				locale), request, response);
	}

	/** @return the methods of the controller mappings of the request's path, in {@link #ORDER}; empty for none */
	List<String> allowed(HttpServletRequest request) {
		var methods = EnumSet.noneOf(RequestMethod.class);
		var matched = false;
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		for (var mapping : mappings.orderedStream().toList()) {
			for (var info : mapping.getHandlerMethods().keySet()) {
				var patterns = info.getPathPatternsCondition();
				if (patterns == null || patterns.getMatchingCondition(request) == null) {
					continue;
				}
				matched = true;
				var declared = info.getMethodsCondition().getMethods();
				methods.addAll(declared.isEmpty() ? ORDER : declared);
			}
		}
		if (!matched) {
			return List.of();
		}
		methods.remove(RequestMethod.TRACE);
		if (methods.contains(RequestMethod.GET)) {
			methods.add(RequestMethod.HEAD);
		}
		methods.add(RequestMethod.OPTIONS);
		var names = new ArrayList<String>();
		ORDER.stream().filter(methods::contains).forEach(method -> names.add(method.name()));
		return names;
	}
}
