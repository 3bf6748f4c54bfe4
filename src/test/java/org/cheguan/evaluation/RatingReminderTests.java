package org.cheguan.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cheguan.support.Api;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The SMS reminder of an unrated service (issue 6 leftover): once, 3 days after completion, never for a service
 * rated already or whose invitation expired, never at night; the scan is called with the instant it runs at, and the
 * services are recorded under the demo clock so that their invitations date from a known instant.
 */
@CheguanTest
class RatingReminderTests {

	@LocalServerPort
	int port;

	@Autowired
	Ratings ratings;

	@AfterEach
	void backToSystemTime() {
		Api.at(port).as("admin").delete("/api/v1/admin/clock");
	}

	List<JsonNode> reminders(String mobile) {
		var found = new ArrayList<JsonNode>();
		for (var message : Api.at(port).as("admin").get("/api/v1/admin/notifications?to=" + mobile).json()) {
			if ("rating-reminder".equals(message.path("template").asString())) {
				found.add(message);
			}
		}
		return found;
	}

	@Test
	void anUnratedServiceIsRemindedOnceThreeDaysAfterCompletionAndARatedOneNever() {
		var admin = Api.at(port).as("admin");
		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-03-02T10:00:00+08:00\"}").status())
			.isEqualTo(200);
		var fixture = new RecordsFixture(port);
		var idNumber = RecordsFixture.freshIdNumber();
		var mobile = RecordsFixture.freshMobile();
		var rated = fixture.recordWindowService("ARCHIVE_COPY", idNumber, mobile).path("id").asString();
		var unrated = fixture.recordWindowService("VEHICLE_TRANSFER", idNumber, mobile).path("id").asString();
		fixture.invitations(mobile, 2); // both invited (asynchronously) while the office clock says 03-02 10:00
		var token = fixture.signIn(idNumber, mobile);
		assertThat(Api.at(port).bearer(token).post("/api/v1/service-records/" + rated + "/rating", "{\"score\":5}")
			.status()).isEqualTo(201);

		// a minute short of 3 days: nothing yet
		ratings.remindUnrated(Instant.parse("2026-03-05T01:59:00Z")); // 09:59 office time
		assertThat(reminders(mobile)).isEmpty();

		// 3 days after: the unrated service, once, with a link of its own
		assertThat(ratings.remindUnrated(Instant.parse("2026-03-05T02:05:00Z"))).isGreaterThanOrEqualTo(1);
		var sent = reminders(mobile);
		assertThat(sent).hasSize(1);
		var body = sent.get(0).path("body").asString();
		assertThat(body).startsWith("【武汉车管】").contains("尚未评价");
		var link = RecordsFixture.linkPath(body);
		var invitation = ratings.invitation(link.substring("/rate/".length())).orElseThrow();
		assertThat(invitation.serviceRecordId().toString()).isEqualTo(unrated);

		// scanning again, a day later: still one
		ratings.remindUnrated(Instant.parse("2026-03-06T02:00:00Z"));
		ratings.remindUnrated(Instant.parse("2026-03-06T02:00:00Z"));
		assertThat(reminders(mobile)).hasSize(1);

		// following the reminder's link changes nothing; rating through it works once
		assertThat(Api.at(port).get(link).status()).isEqualTo(200);
		assertThat(ratings.ofService(invitation.serviceRecordId())).isEmpty();
		ratings.rateByInvitation(link.substring("/rate/".length()), new NewRating(4, java.util.Map.of(), null, false));
		assertThat(ratings.ofService(invitation.serviceRecordId())).isPresent();
	}

	@Test
	void noReminderAtNightNorOnceTheInvitationHasExpired() {
		var admin = Api.at(port).as("admin");
		assertThat(admin.put("/api/v1/admin/clock", "{\"instant\":\"2026-04-01T10:00:00+08:00\"}").status())
			.isEqualTo(200);
		var fixture = new RecordsFixture(port);
		var idNumber = RecordsFixture.freshIdNumber();
		var mobile = RecordsFixture.freshMobile();
		fixture.recordWindowService("ARCHIVE_COPY", idNumber, mobile);
		fixture.invitations(mobile, 1);

		// 04-04 22:30 office time: 3 days passed, but no text at night
		assertThat(ratings.remindUnrated(Instant.parse("2026-04-04T14:30:00Z"))).isZero();
		assertThat(reminders(mobile)).isEmpty();
		// 04-17 10:00: the 15-day invitation ended on 04-16 at 10:00
		ratings.remindUnrated(Instant.parse("2026-04-17T02:00:00Z"));
		assertThat(reminders(mobile)).isEmpty();
	}
}
