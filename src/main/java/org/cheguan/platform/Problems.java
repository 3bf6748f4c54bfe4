package org.cheguan.platform;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cheguan.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details the same way everywhere (controllers, filters, security entry points): {@code type}
 * is {@code /problems/<slug>} with a stable slug of api-contract.md, {@code title} and {@code detail} are in the
 * caller's language (zh-CN default, en), {@code rule} names the source of a violated regulation, and {@code errors}
 * lists field errors as {@code [{field, message}]}.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * @param exception a problem raised by domain code
	 * @param locale the caller's language
	 * @return the problem detail
	 */
	public ProblemDetail from(ProblemException exception, Locale locale) {
		var arguments = exception.messageArguments();
		if (exception instanceof org.cheguan.shared.NotFound && arguments.length > 0) {
			// the kind of resource in the reader's language: 未找到 群众 … / citizen not found …
			arguments[0] = message("resource." + arguments[0], null, locale, String.valueOf(arguments[0]));
		}
		var problem = of(exception.slug(), exception.status(), exception.messageKey(), arguments, locale);
		if (exception.rule() != null) {
			problem.setProperty("rule", exception.rule());
		}
		exception.properties().forEach(problem::setProperty);
		return problem;
	}

	/**
	 * @param slug stable type slug
	 * @param status HTTP status
	 * @param messageKey key of the detail message
	 * @param arguments its arguments
	 * @param locale the caller's language
	 * @return the problem detail
	 */
	public ProblemDetail of(String slug, int status, String messageKey, Object @Nullable [] arguments, Locale locale) {
		var problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
		problem.setType(URI.create("/problems/" + slug));
		problem.setTitle(message("problem.title." + slug, null, locale, slug));
		problem.setDetail(message(messageKey, arguments, locale, messageKey));
		return problem;
	}

	/**
	 * A 400 {@code validation} problem listing field errors.
	 *
	 * @param errors field errors, each {@code {field, message}}
	 * @param locale the caller's language
	 * @return the problem detail
	 */
	public ProblemDetail validation(List<Map<String, String>> errors, Locale locale) {
		var problem = of("validation", 400, "problem.validation.fields", null, locale);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * @param key message key
	 * @param arguments arguments
	 * @param locale language
	 * @return the message in that language, or the key itself when missing
	 */
	public String message(String key, Object @Nullable [] arguments, Locale locale) {
		return message(key, arguments, locale, key);
	}

	private String message(String key, Object @Nullable [] arguments, Locale locale, String fallback) {
		try {
			return messages.getMessage(key, arguments, locale);
		}
		catch (NoSuchMessageException ex) {
			return fallback;
		}
	}

	/**
	 * @param path a request path as received
	 * @return it as the problem's {@code instance}, or null when it is not a valid URI reference
	 */
	static java.net.@Nullable URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * @param resolvable a validation error
	 * @param locale language
	 * @return its message in that language
	 */
	public String message(org.springframework.context.MessageSourceResolvable resolvable, Locale locale) {
		try {
			return messages.getMessage(resolvable, locale);
		}
		catch (NoSuchMessageException ex) {
			return String.valueOf(resolvable.getDefaultMessage());
		}
	}

	/**
	 * Writes a problem straight to a servlet response, for filters and security handlers that run outside MVC.
	 *
	 * @param problem the problem; its {@code instance} becomes the request's path when not set
	 * @param request the request
	 * @param response the response, not yet committed
	 * @throws IOException when writing fails
	 */
	public void write(ProblemDetail problem, jakarta.servlet.http.HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		var properties = problem.getProperties();
		if (properties != null && properties.get("retryAfterSeconds") instanceof Number seconds) {
			response.setHeader("Retry-After", Long.toString(seconds.longValue()));
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request.getRequestURI()));
		}
		json.writeValue(response.getOutputStream(), problem);
	}
}
