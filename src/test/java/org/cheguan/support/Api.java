package org.cheguan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for end-to-end API tests: requests go over loopback to the platform started by
 * {@link CheguanTest}, through Tomcat, the security filters and the error handling, as a client's would.
 */
public final class Api {

	/** The demo password of the contract. */
	public static final String DEMO_PASSWORD = "cheguan-demo";

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private Api(String base) {
		this.base = base;
	}

	/**
	 * @param port the local server port
	 * @return an anonymous client
	 */
	public static Api at(int port) {
		return new Api("http://localhost:" + port);
	}

	/**
	 * @param username a demo staff user name
	 * @return a copy that signs in with HTTP Basic and the demo password
	 */
	public Api as(String username) {
		return header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * @param token a citizen bearer token
	 * @return a copy that authenticates as that citizen
	 */
	public Api bearer(String token) {
		return header("Authorization", "Bearer " + token);
	}

	/**
	 * @param name header name
	 * @param value header value
	 * @return a copy with the header set
	 */
	public Api header(String name, String value) {
		var copy = new Api(base);
		copy.headers.putAll(headers);
		copy.headers.put(name, value);
		return copy;
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response post(String path, String body) {
		return send("POST", path, body, "application/json");
	}

	public Response put(String path, String body) {
		return send("PUT", path, body, "application/json");
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	/**
	 * @param method HTTP method
	 * @param path path and query
	 * @param body body or null
	 * @param contentType content type of the body, or null
	 * @return the response
	 */
	public Response send(String method, String path, String body, String contentType) {
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		headers.forEach(request::header);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		try {
			HttpResponse<String> response;
			try {
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				// A pooled keep-alive connection that Tomcat closed while a long page test left it idle ends in EOF
				// before any response byte: the request never reached the server, so it is sent once more.
				if (ex.getMessage() == null || !ex.getMessage().contains("received no bytes")) {
					throw ex;
				}
				response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * @param status HTTP status
	 * @param body body text
	 * @param raw the underlying response
	 */
	public record Response(int status, String body, HttpResponse<String> raw) {

		/** @return the body parsed as JSON */
		public JsonNode json() {
			return json.readTree(body);
		}

		/** @return the value of a header, or null */
		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** @return the problem type slug, e.g. {@code validation} */
		public String problemType() {
			return json().path("type").asString().replace("/problems/", "");
		}
	}
}
