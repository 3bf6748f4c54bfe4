package org.cheguan.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for API POSTs (api-contract.md, Conventions; the IETF httpapi idempotency-key draft): the
 * first request with a key runs and its response (status, body, {@code Location}) is stored; a retry with the same
 * key and the same body gets that response again, marked {@code Idempotent-Replayed: true}; the same key with another
 * body is a 422 problem; a retry while the first is still running is a 409. Keys are scoped by the caller (staff user
 * name, citizen id, or anonymous) so two callers cannot collide. Server errors (5xx) are not stored, so they can be
 * retried.
 *
 * <p>The key row is claimed by a single {@code INSERT … ON CONFLICT DO NOTHING}: of two concurrent requests with the
 * same key exactly one runs.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Problems problems;

	private final LocaleResolver locales;

	IdempotencyFilter(JdbcClient jdbc, Clock clock, Problems problems, LocaleResolver locales) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !(path.startsWith("/api/") || path.startsWith("/open311/"))
				// Sign-in answers carry a bearer token: storing them for replay would keep a credential in clear.
				|| path.startsWith("/api/v1/citizen-sessions");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
			problems.write(problems.of("validation", 400, "problem.idempotency.key-format", null,
					locales.resolveLocale(request)), request, response);
			return;
		}
		var body = request instanceof RequestBodyLimitFilter.CachedBodyRequest cached ? cached.body()
				: request.getInputStream().readAllBytes();
		var replayable = request instanceof RequestBodyLimitFilter.CachedBodyRequest ? request
				: new RequestBodyLimitFilter.CachedBodyRequest(request, body);
		var principal = principal();
		var requestHash = sha256(request.getMethod() + " " + request.getRequestURI() + "?"
				+ (request.getQueryString() == null ? "" : request.getQueryString()) + "\n", body);
		var claimed = jdbc.sql("""
				insert into platform.idempotency_record (principal, key, method, path, request_hash, created_at)
				values (:principal, :key, :method, :path, :hash, :now) on conflict (principal, key) do nothing""")
			.param("principal", principal)
			.param("key", key)
			.param("method", request.getMethod())
			.param("path", request.getRequestURI())
			.param("hash", requestHash)
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
		if (!claimed) {
			replay(request, response, principal, key, requestHash);
			return;
		}
		var wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(replayable, wrapper);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			release(principal, key);
			throw ex;
		}
		var status = wrapper.getStatus();
		if (status >= 500) {
			release(principal, key);
		}
		else {
			jdbc.sql("""
					update platform.idempotency_record set status = :status, content_type = :type, location = :location,
					  body = :body, completed_at = :now where principal = :principal and key = :key""")
				.param("status", status)
				.param("type", wrapper.getContentType())
				.param("location", wrapper.getHeader("Location"))
				.param("body", wrapper.getContentAsByteArray())
				.param("now", Timestamp.from(clock.instant()))
				.param("principal", principal)
				.param("key", key)
				.update();
		}
		wrapper.copyBodyToResponse();
	}

	private void replay(HttpServletRequest request, HttpServletResponse response, String principal, String key,
			String requestHash) throws IOException {
		var stored = jdbc.sql("""
				select request_hash, status, content_type, location, body from platform.idempotency_record
				where principal = :principal and key = :key""")
			.param("principal", principal)
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
					rs.getString(4), rs.getBytes(5)))
			.optional();
		var locale = locales.resolveLocale(request);
		if (stored.isEmpty()) {
			// released after a server error between our insert attempt and now: ask the client to retry
			problems.write(problems.of("conflict", 409, "problem.idempotency.in-progress", null, locale), request, response);
			return;
		}
		var record = stored.get();
		if (!record.requestHash().equals(requestHash)) {
			problems.write(problems.of("validation", 422, "problem.idempotency.key-reused", null, locale), request, response);
			return;
		}
		if (record.status() == null) {
			response.setHeader("Retry-After", "1");
			problems.write(problems.of("conflict", 409, "problem.idempotency.in-progress", null, locale), request, response);
			return;
		}
		response.setStatus(record.status());
		if (record.contentType() != null) {
			response.setContentType(record.contentType());
		}
		if (record.location() != null) {
			response.setHeader("Location", record.location());
		}
		response.setHeader("Idempotent-Replayed", "true");
		if (record.body() != null) {
			response.getOutputStream().write(record.body());
		}
	}

	private void release(String principal, String key) {
		jdbc.sql("delete from platform.idempotency_record where principal = :principal and key = :key")
			.param("principal", principal)
			.param("key", key)
			.update();
	}

	private static String principal() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? "anonymous" : authentication.getName();
	}

	private static String sha256(String head, byte[] body) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(head.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Stored(String requestHash, Integer status, String contentType, String location, byte[] body) {
	}
}
