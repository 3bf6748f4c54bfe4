package org.cheguan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.cheguan.shared.StateChanged;
import org.cheguan.support.Api;
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

	@Test
	void verifiesTheChain() throws Exception {
		var response = get("/api/v1/admin/audit/verify");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("\"ok\":true", "\"checked\":", "\"firstBrokenId\":null");
	}

	@Test
	void listsTheRecordsOfOneTargetNewestFirst() throws Exception {
		var target = UUID.randomUUID().toString();
		events.publishEvent(StateChanged.created("test.thing.created", "thing", target, "v1"));
		events.publishEvent(new StateChanged("test.thing.changed", "thing", target, "v1", "v2"));

		var response = get("/api/v1/admin/audit?targetType=thing&targetId=" + target + "&page=0&size=10");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("X-Total-Count")).isEqualTo("2");
		assertThat(response.body()).startsWith("[");
		assertThat(response.body().indexOf("test.thing.changed"))
			.isLessThan(response.body().indexOf("test.thing.created"));
	}

	private Api.Response get(String path) {
		return Api.at(port).as("admin").header("Accept", "application/json").get(path);
	}
}
