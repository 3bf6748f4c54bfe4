package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HEAD, OPTIONS and TRACE over real HTTP (RFC 9110 §9.3.2, §9.3.7, §9.3.8; api-contract.md, Conventions): on a public
 * API path an anonymous HEAD answers like GET without a body and OPTIONS names the methods offered; a protected path
 * stays 401 for all of them; TRACE is never echoed.
 */
@CheguanTest
class HttpMethodTests {

	/** The public outlet search and the public Open311 service list. */
	static final String OUTLETS = "/api/v1/outlets?kind=MAIN_OFFICE";

	static final String OPEN311 = "/open311/v2/services.json";

	static final String PROTECTED = "/api/v1/admin/staff-accounts";

	@LocalServerPort
	int port;

	@Test
	void anonymousHeadOnAPublicPathAnswersLikeGetWithoutABody() {
		for (var path : new String[] { OUTLETS, OPEN311 }) {
			var get = Api.at(port).get(path);
			var head = Api.at(port).send("HEAD", path, null, null);
			assertThat(get.status()).as("GET %s", path).isEqualTo(200);
			assertThat(head.status()).as("HEAD %s: %s", path, head.body()).isEqualTo(200);
			assertThat(head.body()).as("HEAD %s", path).isEmpty();
			assertThat(head.header("Content-Type")).as("HEAD %s", path).isEqualTo(get.header("Content-Type"));
		}
	}

	@Test
	void anonymousOptionsOnAPublicPathNamesTheMethodsOffered() {
		for (var path : new String[] { OUTLETS, OPEN311 }) {
			var options = Api.at(port).send("OPTIONS", path, null, null);
			assertThat(options.status()).as("OPTIONS %s: %s", path, options.body()).isIn(200, 204);
			assertThat(allowed(options)).as("OPTIONS %s", path).contains("GET", "HEAD", "OPTIONS")
				.doesNotContain("TRACE", "DELETE", "PUT");
		}
		// a path that also takes a POST from anyone names it
		var requests = Api.at(port).send("OPTIONS", "/open311/v2/requests.json", null, null);
		assertThat(requests.status()).isIn(200, 204);
		assertThat(allowed(requests)).contains("GET", "HEAD", "POST", "OPTIONS");
	}

	@Test
	void aProtectedPathStays401ForHeadAndOptions() {
		for (var method : new String[] { "GET", "HEAD", "OPTIONS" }) {
			var response = Api.at(port).send(method, PROTECTED, null, null);
			assertThat(response.status()).as(method).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).as(method).startsWith("Basic");
		}
		var get = Api.at(port).send("GET", PROTECTED, null, null);
		assertThat(get.problemType()).isEqualTo("unauthenticated");
		// signed in, HEAD answers like GET
		var head = Api.at(port).as("admin").send("HEAD", PROTECTED, null, null);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
	}

	@Test
	void traceIsAProblemNamingTheMethodsOfThePathAndNeverAnEcho() {
		for (var path : new String[] { OUTLETS, OPEN311, PROTECTED, "/api/v1/citizen-sessions/codes" }) {
			var trace = Api.at(port).header("X-Echo-Check", "do-not-echo").send("TRACE", path, null, null);
			assertThat(trace.status()).as(path).isEqualTo(405);
			assertThat(trace.body()).as(path).doesNotContain("do-not-echo");
			assertThat(trace.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(trace.problemType()).as(path).isEqualTo("method-not-allowed");
			assertThat(allowed(trace)).as(path).doesNotContain("TRACE");
			assertThat(trace.json().path("detail").asString()).as(path).contains("TRACE").doesNotContain("GET");
		}
		assertThat(Api.at(port).send("TRACE", "/api/v1/no-such-thing", null, null).status()).isEqualTo(404);
		// the methods of the path, as Spring MVC's own OPTIONS answer names them
		for (var path : new String[] { OUTLETS, OPEN311, "/open311/v2/requests.json" }) {
			assertThat(allowed(Api.at(port).send("TRACE", path, null, null))).as(path)
				.isEqualTo(allowed(Api.at(port).send("OPTIONS", path, null, null)));
		}
		assertThat(allowed(Api.at(port).send("TRACE", OPEN311, null, null))).containsExactly("GET", "HEAD", "OPTIONS");
		assertThat(allowed(Api.at(port).send("TRACE", "/api/v1/citizen-sessions/codes", null, null)))
			.containsExactly("OPTIONS", "POST");
	}

	private static Set<String> allowed(Api.Response response) {
		var allow = response.header("Allow");
		assertThat(allow).as("Allow header").isNotNull();
		var methods = new TreeSet<String>();
		Arrays.stream(allow.split(",")).map(String::strip).filter(m -> !m.isEmpty()).forEach(methods::add);
		return methods;
	}
}
