package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The details of problems that a newcomer's trial found wanting: the refused method and path, encodings, refused
 * URLs, body shapes, the office's own constraint messages and localized resource names.
 */
@CheguanTest
class ProblemDetailsTests {

	@LocalServerPort
	int port;

	Api admin() {
		return Api.at(port).as("admin");
	}

	@Test
	void wrongMethodNamesTheRefusedMethodAndThePath() {
		var response = admin().put("/api/v1/admin/staff-accounts", "{}");
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.json().path("detail").asString()).contains("PUT");
		assertThat(response.json().path("instance").asString()).isEqualTo("/api/v1/admin/staff-accounts");
	}

	@Test
	void malformedPercentEncodingIsBadInputNotAServerError() {
		var response = admin().get("/api/v1/admin/audit?page=%ff");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation");
	}

	@Test
	void wrongTypedQueryParameterNamesIt() {
		var response = admin().get("/api/v1/admin/staff-accounts?size=abc");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("size");
		assertThat(admin().get("/api/v1/admin/staff-accounts?page=-3").status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/admin/staff-accounts?size=100000").json().path("detail").asString())
			.contains("size=100000");
	}

	@Test
	void listsPageWithTheTotalInAHeader() {
		var page = admin().get("/api/v1/admin/staff-accounts?page=0&size=2");
		assertThat(page.json().size()).isEqualTo(2);
		assertThat(Integer.parseInt(page.header("X-Total-Count"))).isGreaterThanOrEqualTo(5);
	}

	@Test
	void refusedUrlIsAProblem() {
		var response = admin().get("/api//v1/districts");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation");
		assertThat(response.json().path("detail").asString()).contains("地址");
	}

	@Test
	void jsonArrayWhereAnObjectBelongsSaysSo() {
		var response = admin().post("/api/v1/admin/staff-accounts", "[1,2]");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("detail").asString()).contains("JSON 对象");
	}

	@Test
	void constraintMessagesAreTheOfficesOwn() {
		var response = admin().post("/api/v1/admin/staff-accounts",
				"{\"username\":\"qian.yu\",\"displayName\":\"钱雨\",\"roles\":[\"CLERK\"],\"password\":\"short\"}");
		var password = response.json().path("errors").valueStream()
			.filter(error -> error.path("field").asString().equals("password")).findFirst().orElseThrow();
		assertThat(password.path("message").asString()).isEqualTo("长度须在 12 至 128 之间。");
		var english = admin().header("Accept-Language", "en").post("/api/v1/admin/staff-accounts", "{}");
		assertThat(english.json().path("errors").get(0).path("message").asString()).isIn("Required.",
				"Give at least one.");
	}

	@Test
	void notFoundNamesTheResourceInTheCallersLanguage() {
		var id = "00000000-0000-0000-0000-000000000000";
		assertThat(admin().get("/api/v1/admin/staff-accounts/" + id).json().path("detail").asString())
			.isEqualTo("未找到工作人员账号：" + id + "。");
		assertThat(admin().header("Accept-Language", "en").get("/api/v1/admin/staff-accounts/" + id).json()
			.path("detail").asString()).isEqualTo("Staff account not found: " + id + ".");
	}

	@Test
	void wrongTypedPathVariableIsAValidationProblem() {
		var response = Api.at(port).as("clerk").get("/api/v1/citizens/not-a-uuid");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation");
	}

	@Test
	void wrongJsonTypesAreRefusedNotConverted() {
		var number = admin().post("/api/v1/admin/staff-accounts",
				"{\"username\":12345,\"displayName\":\"x\",\"roles\":[\"CLERK\"],\"password\":\"a-long-password-1\"}");
		assertThat(number.status()).isEqualTo(400);
		assertThat(number.json().path("errors").get(0).path("field").asString()).isEqualTo("username");
		var bool = admin().post("/api/v1/admin/staff-accounts",
				"{\"username\":\"zhao.lei\",\"displayName\":\"x\",\"roles\":[\"CLERK\"],\"password\":true}");
		assertThat(bool.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
		var epochSeconds = admin().put("/api/v1/admin/clock", "{\"instant\":1796432400}");
		assertThat(epochSeconds.status()).isEqualTo(400);
		assertThat(epochSeconds.json().path("errors").get(0).path("field").asString()).isEqualTo("instant");
		// an enum by its position: roles[0] = 1 would have been the second role, allocation subject 0 SUBJECT_1
		var role = admin().post("/api/v1/admin/staff-accounts",
				"{\"username\":\"qian.li\",\"displayName\":\"x\",\"roles\":[1],\"password\":\"a-long-password-1\"}");
		assertThat(role.status()).as(role.body()).isEqualTo(400);
		assertThat(role.problemType()).isEqualTo("validation");
		var subject = admin().post("/api/v1/exam-allocations", "{\"subject\":0,\"from\":\"2026-12-01\",\"to\":\"2026-12-02\"}");
		assertThat(subject.status()).as(subject.body()).isEqualTo(400);
		assertThat(subject.json().path("errors").get(0).path("field").asString()).isEqualTo("subject");
	}

	@Test
	void filterProblemsCarryTheirPath() {
		var response = Api.at(port).get("/api/v1/admin/staff-accounts");
		assertThat(response.json().path("instance").asString()).isEqualTo("/api/v1/admin/staff-accounts");
	}
}
