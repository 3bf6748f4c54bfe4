package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input is a clear RFC 9457 problem, never a 500, and changes nothing (api-contract.md, Conventions). Every case
 * goes to a real endpoint over real HTTP.
 */
@CheguanTest
class BadInputTests {

	@LocalServerPort
	int port;

	Api admin() {
		return Api.at(port).as("admin");
	}

	@Test
	void malformedJsonIsAValidationProblem() {
		var response = admin().post("/api/v1/admin/staff-accounts", "{\"username\": \"x\",");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemType()).isEqualTo("validation");
		assertThat(response.json().path("detail").asString()).contains("JSON");
	}

	@Test
	void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
		var response = admin().post("/api/v1/admin/staff-accounts", """
				{"username":"zhang.wei","displayName":"张伟","roles":["KING"],"password":"a-long-password-1"}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation");
		var error = response.json().path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("roles[0]");
		assertThat(error.path("message").asString()).contains("CLERK");
	}

	@Test
	void wrongTypeNamesTheField() {
		var response = admin().post("/api/v1/admin/staff-accounts", """
				{"username":"zhang.wei","displayName":"张伟","roles":{"a":1},"password":"a-long-password-1"}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("roles");
	}

	@Test
	void missingFieldsAreAllListed() {
		var response = admin().post("/api/v1/admin/staff-accounts", "{}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation");
		var fields = response.json().path("errors").valueStream().map(e -> e.path("field").asString()).toList();
		assertThat(fields).contains("username", "displayName", "roles", "password");
	}

	@Test
	void oversizedBodyIsRefusedWith413() {
		var huge = "{\"username\":\"" + "x".repeat(1_100_000) + "\"}";
		var response = admin().post("/api/v1/admin/staff-accounts", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.problemType()).isEqualTo("payload-too-large");
	}

	@Test
	void anAcceptNoRepresentationMatchesIsNotAcceptable() {
		// reports answer JSON, PDF or Excel by Accept; the newcomer trial got a validation problem for text/csv
		for (var path : new String[] { "/api/v1/reports/weekly?week=2026-W47", "/api/v1/reports/daily?date=2026-11-27",
				"/api/v1/districts" }) {
			var response = Api.at(port).as("supervisor").header("Accept", "text/csv").get(path);
			assertThat(response.status()).as(path).isEqualTo(406);
			assertThat(response.problemType()).as(path).isEqualTo("not-acceptable");
		}
	}

	@Test
	void wrongContentTypeIs415() {
		var response = admin().send("POST", "/api/v1/admin/staff-accounts", "username=x", "text/plain");
		assertThat(response.status()).isEqualTo(415);
		assertThat(response.problemType()).isEqualTo("validation");
	}

	@Test
	void invalidIdNumberIsItsOwnProblemType() {
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes", """
				{"idNumber":"340524198001010013","mobile":"13800138000"}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("invalid-resident-id");
	}

	@Test
	void invalidMobileIsItsOwnProblemType() {
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes", """
				{"idNumber":"11010519491231002X","mobile":"12345"}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("invalid-mobile");
	}

	@Test
	void messagesFollowAcceptLanguage() {
		var chinese = admin().post("/api/v1/admin/staff-accounts", "{}");
		var english = admin().header("Accept-Language", "en-US,en;q=0.9").post("/api/v1/admin/staff-accounts", "{}");
		assertThat(chinese.json().path("title").asString()).isEqualTo("请求内容有误");
		assertThat(english.json().path("title").asString()).isEqualTo("Invalid request");
	}

	@Test
	void unknownPathIsANotFoundProblem() {
		var response = admin().get("/api/v1/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.problemType()).isEqualTo("not-found");
	}

	@Test
	void wrongMethodIs405() {
		var response = admin().send("PATCH", "/api/v1/admin/staff-accounts", "{}", "application/json");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.problemType()).isEqualTo("method-not-allowed");
	}

	@Test
	void badRequestsCreateNothing() {
		var before = admin().get("/api/v1/admin/staff-accounts").json().size();
		admin().post("/api/v1/admin/staff-accounts", """
				{"username":"li.na","displayName":"李娜","roles":["CLERK"],"password":"short"}""");
		admin().post("/api/v1/admin/staff-accounts", """
				{"username":"li.na","displayName":"李娜","roles":["CITIZEN"],"password":"a-long-password-1"}""");
		assertThat(admin().get("/api/v1/admin/staff-accounts").json().size()).isEqualTo(before);
	}
}
