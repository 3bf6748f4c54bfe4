package org.cheguan.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo listing of the outbox over real HTTP, as the acceptance suite reads one-time codes. */
@CheguanTest
class DemoNotificationHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void listsOnlyTheMessagesToTheGivenMobile() throws Exception {
		var mine = OutboxIntegrationTests.randomMobile();
		var theirs = OutboxIntegrationTests.randomMobile();
		outbox.enqueue(OutboxIntegrationTests.oneTimeCode(UUID.randomUUID().toString(), mine, "314159"));
		outbox.enqueue(OutboxIntegrationTests.oneTimeCode(UUID.randomUUID().toString(), theirs, "271828"));

		var response = get("/api/v1/admin/notifications?to=" + mine);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"to\":\"" + mine + "\"", "314159", "\"template\":\"one-time-code\"")
			.doesNotContain(theirs, "271828");
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
