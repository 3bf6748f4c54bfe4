package org.cheguan.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cheguan.support.Api;
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

	@Test
	void listsOnlyTheMessagesToTheGivenMobile() throws Exception {
		var mine = OutboxIntegrationTests.randomMobile();
		var theirs = OutboxIntegrationTests.randomMobile();
		outbox.enqueue(OutboxIntegrationTests.oneTimeCode(UUID.randomUUID().toString(), mine, "314159"));
		outbox.enqueue(OutboxIntegrationTests.oneTimeCode(UUID.randomUUID().toString(), theirs, "271828"));

		var response = get("/api/v1/admin/notifications?to=" + mine);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"to\":\"" + mine + "\"", "314159", "\"template\":\"one-time-code\"")
			.doesNotContain(theirs, "271828");
	}

	private Api.Response get(String path) {
		return Api.at(port).as("admin").header("Accept", "application/json").get(path);
	}
}
