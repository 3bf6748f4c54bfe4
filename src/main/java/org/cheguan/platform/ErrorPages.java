package org.cheguan.platform;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.cheguan.shared.ProblemException;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The {@code /error} endpoint for whatever failed outside a REST controller (unknown paths, filters, the servlet
 * container): API paths and non-HTML clients get an RFC 9457 problem, browsers get the error page of the web shell.
 */
@WebPage
class ErrorPages implements ErrorController {

	private final Problems problems;

	private final ErrorAttributes errors;

	ErrorPages(Problems problems, ErrorAttributes errors) {
		this.problems = problems;
		this.errors = errors;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, Locale locale) {
		var status = status(request);
		if (isApi(request)) {
			var problem = problem(request, locale).getBody();
			return new ModelAndView((model, req, response) -> problems.write(problem, request, response));
		}
		var view = new ModelAndView("error");
		view.addObject("status", status);
		view.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
		return view;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		var status = status(request);
		// Spring MVC resolves its own exceptions (an unsupported method, say) before the error dispatch: Boot's
		// ErrorAttributes keeps them, so the problem can still name the method that was refused.
		var error = errors.getError(new ServletWebRequest(request));
		if (error == null) {
			error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		}
		ProblemDetail problem;
		var domain = error == null ? null : ApiProblemAdvice.domainCause(error);
		if (domain != null) {
			problem = problems.from(domain, locale);
		}
		else if (error != null && ApiProblemAdvice.isBadEncoding(error)) {
			problem = problems.of("validation", 400, "problem.validation.encoding", null, locale);
		}
		else if (error instanceof HttpRequestMethodNotSupportedException unsupported) {
			problem = problems.of("method-not-allowed", 405, "problem.method-not-allowed",
					new Object[] { unsupported.getMethod() }, locale);
		}
		else {
			problem = switch (status) {
				case 400 -> problems.of("validation", 400, "problem.validation.unreadable", null, locale);
				case 401 -> problems.of("unauthenticated", 401, "problem.unauthenticated", null, locale);
				case 403 -> problems.of("forbidden", 403, "problem.forbidden", null, locale);
				case 404 -> problems.of("not-found", 404, "problem.not-found.path",
						new Object[] { request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) }, locale);
				case 405 -> problems.of("method-not-allowed", 405, "problem.method-not-allowed",
						new Object[] { request.getMethod() }, locale);
				// a 406 reaches here when even the advice's problem could not be written in the asked-for type
				case 406 -> problems.of("not-acceptable", 406, "problem.not-acceptable", null, locale);
				case 413 -> problems.of("payload-too-large", 413, "problem.payload-too-large", null, locale);
				default -> status >= 500 ? problems.of("internal", 500, "problem.internal", null, locale)
						: problems.of("validation", status, "problem.validation.unreadable", null, locale);
			};
		}
		var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed != null) {
			problem.setInstance(Problems.instance(failed.toString()));
		}
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, headers, problem.getStatus());
	}

	private static int status(HttpServletRequest request) {
		var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return status instanceof Integer code ? code : 500;
	}

	static boolean isApi(HttpServletRequest request) {
		var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var path = uri == null ? request.getRequestURI() : uri.toString();
		return path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/actuator")
				|| path.startsWith("/v3/");
	}

}
