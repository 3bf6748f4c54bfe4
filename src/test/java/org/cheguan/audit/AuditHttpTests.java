package org.cheguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.cheguan.shared.StateChanged;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/** The audit read API over real HTTP. */
@CheguanTest
class AuditHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void verifiesTheChain() throws Exception {
		var response = get("/api/v1/admin/audit/verify");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"ok\":true", "\"checked\":", "\"firstBrokenId\":null");
	}

	@Test
	void listsTheRecordsOfOneTargetNewestFirst() throws Exception {
		var target = UUID.randomUUID().toString();
		events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
		events.publishEvent(new StateChanged("test.thing.changed", "thing", target, "v1", "v2"));

		var response = get("/api/v1/admin/audit?targetType=thing&targetId=" + target + "&page=0&size=10");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("X-Total-Count")).contains("2");
		assertThat(response.body()).startsWith("[");
		assertThat(response.body().indexOf("test.thing.changed"))
			.isLessThan(response.body().indexOf("test.thing.created"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		var credentials = Base64.getEncoder().encodeToString("admin:cheguan-demo".getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
