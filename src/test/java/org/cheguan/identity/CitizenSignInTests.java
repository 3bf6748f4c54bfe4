package org.cheguan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Citizen sign-in by one-time code over real HTTP, reading the code from the demo outbox as the acceptance suite
 * does: 5-minute expiry, 5 attempts, hourly limit, hashed storage, and a citizen sees only their own record.
 */
@CheguanTest
class CitizenSignInTests {

	private static final AtomicInteger sequence = new AtomicInteger(100);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** A fresh synthetic Wuchang ID number per call (sequence code varies), so tests never share a citizen. */
	static String freshIdNumber() {
		var body = "42010619880808" + String.format("%03d", sequence.incrementAndGet());
		return body + ResidentIdNumber.checkCharacter(body);
	}

	static String freshMobile() {
		return "139" + String.format("%08d", 10_000_000 + sequence.incrementAndGet());
	}

	String requestCode(String idNumber, String mobile) {
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(response.status()).isEqualTo(202);
		var messages = Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json();
		var matcher = Pattern.compile("(\\d{6})").matcher(messages.get(0).path("body").asString());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	Api.Response signIn(String idNumber, String code) {
		return Api.at(port).post("/api/v1/citizen-sessions", "{\"idNumber\":\"" + idNumber + "\",\"code\":\"" + code + "\"}");
	}

	@Test
	void signsInWithTheCodeSentBySmsAndSeesOnlyMaskedData() {
		var idNumber = freshIdNumber();
		var mobile = freshMobile();
		var code = requestCode(idNumber, mobile);

		var session = signIn(idNumber, code);
		assertThat(session.status()).isEqualTo(201);
		var token = session.json().path("token").asString();
		var me = Api.at(port).bearer(token).get("/api/v1/citizens/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("idNumber").asString()).isEqualTo(idNumber.substring(0, 6) + "********"
				+ idNumber.substring(14));
		assertThat(me.json().path("mobile").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
		assertThat(me.body()).doesNotContain(idNumber).doesNotContain(mobile);
	}

	@Test
	void aCodeWorksOnlyOnce() {
		var idNumber = freshIdNumber();
		var code = requestCode(idNumber, freshMobile());
		assertThat(signIn(idNumber, code).status()).isEqualTo(201);
		assertThat(signIn(idNumber, code).status()).isEqualTo(400);
	}

	@Test
	void fiveWrongTriesKillTheCode() {
		var idNumber = freshIdNumber();
		var code = requestCode(idNumber, freshMobile());
		var wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(idNumber, wrong).status()).isEqualTo(400);
		}
		assertThat(signIn(idNumber, code).status()).isEqualTo(400);
	}

	@Test
	void fourWrongTriesStillLeaveTheCodeUsable() {
		var idNumber = freshIdNumber();
		var code = requestCode(idNumber, freshMobile());
		var wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 4; i++) {
			signIn(idNumber, wrong);
		}
		assertThat(signIn(idNumber, code).status()).isEqualTo(201);
	}

	@Test
	void theCodeExpiresAfterFiveMinutes() {
		var idNumber = freshIdNumber();
		var code = requestCode(idNumber, freshMobile());
		jdbc.sql("update identity.one_time_code set expires_at = now() - interval '1 second' where citizen_id = "
				+ "(select id from identity.citizen where id_number_masked = :masked) and consumed_at is null")
			.param("masked", ResidentIdNumber.of(idNumber).masked())
			.update();
		assertThat(signIn(idNumber, code).status()).isEqualTo(400);
	}

	@Test
	void codeIsStoredOnlyAsAHashAndIdNumbersOnlyEncrypted() {
		var idNumber = freshIdNumber();
		var mobile = freshMobile();
		var code = requestCode(idNumber, mobile);
		var rows = jdbc.sql("select c.id_number_cipher || c.mobile_cipher || o.code_hash from identity.citizen c "
				+ "join identity.one_time_code o on o.citizen_id = c.id where c.id_number_masked = :masked")
			.param("masked", ResidentIdNumber.of(idNumber).masked())
			.query(String.class)
			.list();
		assertThat(rows).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(idNumber)
			.doesNotContain(mobile).doesNotContain(code));
	}

	@Test
	void aSixthCodeWithinAnHourIsRefused() {
		var idNumber = freshIdNumber();
		var mobile = freshMobile();
		for (int i = 0; i < 5; i++) {
			requestCode(idNumber, mobile);
		}
		var sixth = Api.at(port).post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + mobile + "\"}");
		assertThat(sixth.status()).isEqualTo(429);
		// the oldest of the five codes leaves the rolling hour in just under an hour
		assertThat(Long.parseLong(sixth.header("Retry-After"))).isBetween(3_500L, 3_601L);
		assertThat(sixth.problemType()).isEqualTo("too-many-requests");
	}

	@Test
	void anotherMobileGetsTheSameAnswerButNoCode() {
		var idNumber = freshIdNumber();
		requestCode(idNumber, freshMobile());
		var stranger = freshMobile();
		var response = Api.at(port).post("/api/v1/citizen-sessions/codes",
				"{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + stranger + "\"}");
		assertThat(response.status()).isEqualTo(202);
		assertThat(Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + stranger).json().size()).isZero();
	}

	@Test
	void aServiceFormWithAnotherMobileAndNameNeverTakesTheAccountOver() {
		var idNumber = freshIdNumber();
		var own = freshMobile();
		var token = signIn(idNumber, requestCode(idNumber, own)).json().path("token").asString();
		var other = freshMobile();
		var applied = Api.at(port).as("clerk").post("/api/v1/licence-applications", "{\"idNumber\":\"" + idNumber
				+ "\",\"name\":\"李四\",\"mobile\":\"" + other + "\",\"licenceClass\":\"C1\"}");
		assertThat(applied.status()).as(applied.body()).isIn(201, 422);

		var me = Api.at(port).bearer(token).get("/api/v1/citizens/me").json();
		assertThat(me.path("mobile").asString()).isEqualTo(own.substring(0, 3) + "****" + own.substring(7));
		Api.at(port).post("/api/v1/citizen-sessions/codes", "{\"idNumber\":\"" + idNumber + "\",\"mobile\":\"" + other
				+ "\"}");
		assertThat(Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + other).json().size()).isZero();
		assertThat(signIn(idNumber, requestCode(idNumber, own)).status()).isEqualTo(201);
	}

	@Test
	void aCitizenCannotSeeAnotherCitizen() {
		var first = freshIdNumber();
		var token = signIn(first, requestCode(first, freshMobile())).json().path("token").asString();
		var second = freshIdNumber();
		var secondToken = signIn(second, requestCode(second, freshMobile())).json().path("token").asString();
		var secondId = Api.at(port).bearer(secondToken).get("/api/v1/citizens/me").json().path("id").asString();

		var response = Api.at(port).bearer(token).get("/api/v1/citizens/" + secondId);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.problemType()).isEqualTo("not-found");
		assertThat(Api.at(port).bearer(secondToken).get("/api/v1/citizens/" + secondId).status()).isEqualTo(200);
		assertThat(Api.at(port).as("clerk").get("/api/v1/citizens/" + secondId).status()).isEqualTo(200);
	}

	@Test
	void signOutEndsTheToken() {
		var idNumber = freshIdNumber();
		var token = signIn(idNumber, requestCode(idNumber, freshMobile())).json().path("token").asString();
		assertThat(Api.at(port).bearer(token).delete("/api/v1/citizen-sessions/current").status()).isEqualTo(204);
		assertThat(Api.at(port).bearer(token).get("/api/v1/citizens/me").status()).isEqualTo(401);
	}
}
