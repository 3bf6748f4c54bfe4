package org.cheguan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff authenticate with HTTP Basic; roles guard the contract's endpoints; failures are problems. */
@CheguanTest
class SecurityTests {

	@LocalServerPort
	int port;

	@Test
	void anonymousCallerGets401Problem() {
		var response = Api.at(port).get("/api/v1/admin/staff-accounts");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.problemType()).isEqualTo("unauthenticated");
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
	}

	@Test
	void wrongPasswordGets401() {
		var response = Api.at(port).header("Authorization", "Basic YWRtaW46d3Jvbmc=").get("/api/v1/admin/staff-accounts");
		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void clerkMayNotAdministerAccounts() {
		var response = Api.at(port).as("clerk").get("/api/v1/admin/staff-accounts");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.problemType()).isEqualTo("forbidden");
	}

	@Test
	void demoProfileSeedsTheFiveStaffAccounts() {
		var response = Api.at(port).as("admin").get("/api/v1/admin/staff-accounts");
		assertThat(response.status()).isEqualTo(200);
		var usernames = response.json().valueStream().map(a -> a.path("username").asString()).toList();
		assertThat(usernames).contains("admin", "clerk", "examiner", "agent", "supervisor");
		assertThat(response.body()).doesNotContain("password").doesNotContain("$2a$");
	}

	@Test
	void passwordsAreStoredAsBcryptHashes(@org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		var hash = jdbc.sql("select password_hash from identity.staff_account where username = 'admin'")
			.query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(Api.DEMO_PASSWORD);
	}

	@Test
	void unknownBearerTokenGets401() {
		var response = Api.at(port).bearer("not-a-token").get("/api/v1/citizens/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void adminCreatesAnAccountThatCanSignIn() {
		var created = Api.at(port).as("admin").post("/api/v1/admin/staff-accounts", """
				{"username":"sun.li","displayName":"孙丽","department":"驾驶人考试科","roles":["EXAMINER"],
				 "password":"correct-horse-battery"}""");
		assertThat(created.status()).isEqualTo(201);
		var again = Api.at(port).as("admin").post("/api/v1/admin/staff-accounts", """
				{"username":"sun.li","displayName":"孙丽","roles":["EXAMINER"],"password":"correct-horse-battery"}""");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("conflict");
		var basic = java.util.Base64.getEncoder().encodeToString("sun.li:correct-horse-battery".getBytes());
		var me = Api.at(port).header("Authorization", "Basic " + basic).get("/api/v1/admin/staff-accounts");
		assertThat(me.status()).isEqualTo(403);
	}

	@Test
	void actuatorHealthIsPublicAndPrometheusIsForAdmins() {
		assertThat(Api.at(port).get("/actuator/health").status()).isEqualTo(200);
		assertThat(Api.at(port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(Api.at(port).as("admin").get("/actuator/prometheus").body()).contains("jvm_memory");
	}

	@Test
	void sessionsAreNeverCarriedInUrls() {
		var login = Api.at(port).header("Accept", "text/html").get("/login");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
	}

	@Test
	void anonymousStaffPagesLeadToStaffSignInWhateverTheAcceptHeader() {
		for (var accept : new String[] { "*/*", "application/json", "text/html" }) {
			var response = Api.at(port).header("Accept", accept).get("/staff");
			assertThat(response.status()).as(accept).isEqualTo(302);
			assertThat(response.header("Location")).as(accept).endsWith("/login");
		}
	}

	@Test
	void anonymousCitizenPagesLeadToCitizenSignIn() {
		var response = Api.at(port).header("Accept", "text/html").get("/citizen");
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/citizen/sign-in");
	}

	@Test
	void openApiIsPublished() {
		var response = Api.at(port).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/citizen-sessions");
	}
}
