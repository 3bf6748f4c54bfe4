package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code Idempotency-Key} on POSTs that create (api-contract.md, Conventions). */
@CheguanTest
class IdempotencyTests {

	@LocalServerPort
	int port;

	static String account(String username) {
		return "{\"username\":\"" + username + "\",\"displayName\":\"周敏\",\"roles\":[\"CLERK\"],"
				+ "\"password\":\"a-long-password-1\"}";
	}

	long accounts() {
		return Api.at(port).as("admin").get("/api/v1/admin/staff-accounts").json().size();
	}

	@Test
	void sameKeyAndBodyReturnsTheFirstResponseAndCreatesOnce() {
		var key = UUID.randomUUID().toString();
		var admin = Api.at(port).as("admin").header("Idempotency-Key", key);
		var first = admin.post("/api/v1/admin/staff-accounts", account("zhou.min"));
		var before = accounts();
		var second = admin.post("/api/v1/admin/staff-accounts", account("zhou.min"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.header("Location")).startsWith("/api/v1/admin/staff-accounts/");
		assertThat(first.json().path("createdAt").asString()).endsWith("+08:00");
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		var stored = Api.at(port).as("admin").get(first.header("Location"));
		assertThat(stored.json().path("createdAt").asString()).isEqualTo(first.json().path("createdAt").asString());
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void sameKeyWithAnotherBodyIs422() {
		var key = UUID.randomUUID().toString();
		var admin = Api.at(port).as("admin").header("Idempotency-Key", key);
		assertThat(admin.post("/api/v1/admin/staff-accounts", account("wu.gang")).status()).isEqualTo(201);
		var other = admin.post("/api/v1/admin/staff-accounts", account("wu.gang2"));
		assertThat(other.status()).isEqualTo(422);
		assertThat(other.problemType()).isEqualTo("validation");
	}

	@Test
	void keysAreScopedByCaller() {
		var key = UUID.randomUUID().toString();
		var asAdmin = Api.at(port).as("admin").header("Idempotency-Key", key)
			.post("/api/v1/admin/staff-accounts", account("zheng.hao"));
		var asClerk = Api.at(port).as("clerk").header("Idempotency-Key", key)
			.post("/api/v1/admin/staff-accounts", account("zheng.hao"));
		assertThat(asAdmin.status()).isEqualTo(201);
		assertThat(asClerk.status()).isEqualTo(403);
	}

	@Test
	void concurrentRetriesCreateExactlyOnce() throws Exception {
		var key = UUID.randomUUID().toString();
		var admin = Api.at(port).as("admin").header("Idempotency-Key", key);
		var before = accounts();
		var tasks = new ArrayList<Callable<Integer>>();
		for (int i = 0; i < 6; i++) {
			tasks.add(() -> admin.post("/api/v1/admin/staff-accounts", account("feng.lei")).status());
		}
		var executor = Executors.newFixedThreadPool(6);
		try {
			var statuses = executor.invokeAll(tasks).stream().map(future -> {
				try {
					return future.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(statuses).containsOnly(201, 409).contains(201);
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(accounts()).isEqualTo(before + 1);
	}

	@Test
	void errorsAreReplayedToo() {
		var key = UUID.randomUUID().toString();
		var admin = Api.at(port).as("admin").header("Idempotency-Key", key);
		var first = admin.post("/api/v1/admin/staff-accounts", "{}");
		var second = admin.post("/api/v1/admin/staff-accounts", "{}");
		assertThat(first.status()).isEqualTo(400);
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.body()).isEqualTo(first.body());
	}

	@Test
	void malformedKeyIsRefused() {
		var response = Api.at(port).as("admin").header("Idempotency-Key", "x".repeat(101))
			.post("/api/v1/admin/staff-accounts", account("kong.yi"));
		assertThat(response.status()).isEqualTo(400);
	}
}
