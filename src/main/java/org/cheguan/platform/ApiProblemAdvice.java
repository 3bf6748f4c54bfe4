package org.cheguan.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cheguan.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every exception of a REST controller into an RFC 9457 problem (api-contract.md, Conventions): domain problems
 * keep their slug, malformed JSON, wrong types, unknown enum values and missing fields become 400 {@code validation}
 * with the offending fields listed, and anything unexpected becomes a 500 without internals in the body. Bad input is
 * never a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final Problems problems;

	ApiProblemAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> problem(ProblemException ex, Locale locale) {
		return respond(problems.from(ex, locale));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, Locale locale) {
		var errors = new ArrayList<Map<String, String>>();
		for (var error : ex.getBindingResult().getAllErrors()) {
			var field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
			errors.add(Map.of("field", field, "message", problems.message(error, locale)));
		}
		return respond(problems.validation(errors, locale));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, Locale locale) {
		var errors = new ArrayList<Map<String, String>>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(Map.of("field", result.getMethodParameter().getParameterName() == null ? "?"
					: result.getMethodParameter().getParameterName(), "message", problems.message(error, locale)))));
		return respond(problems.validation(errors, locale));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		var domain = domainCause(ex);
		if (domain != null) {
			var problem = problems.from(domain, locale);
			var field = fieldOf(ex);
			if (field != null) {
				problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
			}
			return respond(problem);
		}
		var cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return respond(fieldProblem(path(unknown), "problem.validation.unknown-field", locale));
		}
		if (cause instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			var allowed = String.join(", ",
					java.util.Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf).toList());
			var problem = fieldProblem(path(format), "problem.validation.enum", locale, allowed);
			return respond(problem);
		}
		if (cause instanceof MismatchedInputException mismatched && mismatched.getPath().isEmpty()) {
			return respond(problems.of("validation", 400, "problem.validation.body-shape", null, locale));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return respond(fieldProblem(path(mismatched), "problem.validation.type", locale));
		}
		var field = fieldOf(ex);
		if (field != null) {
			return respond(fieldProblem(field, "problem.validation.type", locale));
		}
		if (cause instanceof JacksonException) {
			return respond(problems.of("validation", 400, "problem.validation.malformed-json", null, locale));
		}
		return respond(problems.of("validation", 400, "problem.validation.unreadable", null, locale));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		var domain = domainCause(ex);
		if (domain != null) {
			return respond(problems.from(domain, locale));
		}
		return respond(fieldProblem(ex.getName(), "problem.validation.type", locale));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, Locale locale) {
		return respond(fieldProblem(ex.getParameterName(), "problem.validation.required", locale));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex, Locale locale) {
		return respond(fieldProblem(ex.getHeaderName(), "problem.validation.required", locale));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return respond(problems.of("method-not-allowed", 405, "problem.method-not-allowed", new Object[] { ex.getMethod() },
				locale));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return respond(problems.of("validation", 415, "problem.validation.media-type",
				new Object[] { String.valueOf(ex.getContentType()) }, locale));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, Locale locale) {
		return respond(problems.of("not-acceptable", 406, "problem.not-acceptable", null, locale));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, Locale locale) {
		return respond(problems.of("not-found", 404, "problem.not-found.path", new Object[] { ex.getResourcePath() },
				locale));
	}

	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex, Locale locale) {
		log.info("Write refused by the database: {}", ex.getClass().getSimpleName());
		return respond(problems.of("conflict", 409, "problem.conflict.concurrent", null, locale));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, Locale locale) {
		return respond(problems.of("forbidden", 403, "problem.forbidden", null, locale));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
		var domain = domainCause(ex);
		if (domain != null) {
			return respond(problems.from(domain, locale));
		}
		if (isBadEncoding(ex)) {
			return respond(problems.of("validation", 400, "problem.validation.encoding", null, locale));
		}
		log.error("Unexpected error", ex);
		return respond(problems.of("internal", 500, "problem.internal", null, locale));
	}

	private ProblemDetail fieldProblem(String field, String key, Locale locale, Object... arguments) {
		var message = problems.message(key, arguments, locale);
		return problems.validation(List.of(Map.of("field", field, "message", message)), locale);
	}

	private static String path(DatabindException ex) {
		var path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "$" : path.toString();
	}

	private static String fieldOf(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				return path(databind);
			}
		}
		return null;
	}

	/**
	 * Tomcat refuses malformed percent-encoding in a query string only when the parameters are first read, with an
	 * exception of its own: that is bad input, not a defect.
	 */
	static boolean isBadEncoding(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.nio.charset.CharacterCodingException
					|| cause.getClass().getName().equals("org.apache.tomcat.util.http.InvalidParameterException")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	static ProblemException domainCause(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProblemException problem) {
				return problem;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		var properties = problem.getProperties();
		if (properties != null && properties.get("retryAfterSeconds") instanceof Number seconds) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds.longValue()));
		}
		return new ResponseEntity<>(problem, headers, problem.getStatus());
	}
}
