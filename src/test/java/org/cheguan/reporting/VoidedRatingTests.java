package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.cheguan.evaluation.RatingGiven;
import org.cheguan.evaluation.RectificationMoved;
import org.cheguan.evaluation.RectificationOpened;
import org.cheguan.evaluation.RectificationStatus;
import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.OfficeTime;
import org.cheguan.transactions.ServiceRendered;
import org.cheguan.transactions.ServiceType;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rating voided on appeal (申诉复核 upheld) stops counting in the period of the service it rated, even when that
 * period is closed (a correction), exactly once and in either order of events; rectification steps count as
 * deadlines in the staff score. Months 2029-05 and 2029-07 belong to this class alone.
 */
@CheguanTest
class VoidedRatingTests {

	@Autowired
	Rollups rollups;

	@Autowired
	Reports reports;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(OfficeTime.ZONE).toInstant();
	}

	ServiceRendered service(String staff, String at) {
		var service = new ServiceRendered(UUID.randomUUID(), ServiceType.LICENCE_RENEWAL, Channel.WINDOW, null,
				"LICENSING", staff, new CitizenId(UUID.randomUUID()), local(at), 4);
		rollups.on(service);
		return service;
	}

	RatingGiven rating(ServiceRendered service, int score, String on) {
		return new RatingGiven(UUID.randomUUID(), service.serviceRecordId(), score, service.type(), service.channel(),
				null, "LICENSING", service.staffUsername(), LocalDate.parse(on));
	}

	static RectificationMoved step(UUID rectification, UUID rating, String staff, RectificationStatus from,
			RectificationStatus to, String at, String dueOn) {
		var instant = local(at);
		return new RectificationMoved(rectification, rating, staff, from, to,
				instant.atZone(OfficeTime.ZONE).toLocalDate(), instant, LocalDate.parse(dueOn));
	}

	@Test
	void aRatingVoidedOnAppealStopsCountingInItsClosedPeriodOnce() {
		var day = LocalDate.parse("2029-05-10");
		var kept = service("void-a", "2029-05-10T09:00");
		var appealed = service("void-a", "2029-05-10T10:00");
		rollups.on(rating(kept, 4, "2029-05-10"));
		var bad = rating(appealed, 1, "2029-05-11");
		rollups.on(bad);
		var rectification = UUID.randomUUID();
		rollups.on(new RectificationOpened(rectification, "RATING", bad.ratingId(), "void-a",
				LocalDate.parse("2029-05-14"), LocalDate.parse("2029-05-21")));
		assertThat(reports.daily(day).ratings().total()).isEqualTo(2);
		assertThat(reports.daily(day).badRatings()).isEqualTo(1);
		var mayBefore = reports.monthly("2029-05");
		assertThat(mayBefore.totals().badRatings()).isEqualTo(1);

		// appealed in May, upheld on 3 June: May is closed by then, and still corrected
		rollups.on(step(rectification, bad.ratingId(), "void-a", RectificationStatus.OPEN, RectificationStatus.APPEALED,
				"2029-05-12T09:00", "2029-05-14"));
		var voided = step(rectification, bad.ratingId(), "void-a", RectificationStatus.APPEALED,
				RectificationStatus.VOIDED, "2029-06-03T15:00", "2029-05-14");
		rollups.on(voided);
		rollups.on(voided); // redelivered: no second decrement

		var after = reports.daily(day);
		assertThat(after.services()).isEqualTo(2); // the service stays, only its rating goes
		assertThat(after.ratings().total()).isEqualTo(1);
		assertThat(after.ratings().byLevel()).containsEntry("1", 0L).containsEntry("4", 1L);
		assertThat(after.badRatings()).isZero();
		assertThat(after.satisfactionRate()).isEqualByComparingTo("1");
		var may = reports.monthly("2029-05");
		assertThat(may.totals().ratings()).isEqualTo(1);
		assertThat(may.totals().badRatings()).isZero();
		assertThat(GoldenReportTests.category(may, ServiceModelCategory.WINDOW_SERVICE).staff())
			.filteredOn(member -> member.username().equals("void-a"))
			.singleElement()
			.satisfies(member -> {
				assertThat(member.badRatings()).isZero();
				assertThat(member.rectificationSteps()).isZero(); // an appeal is no deadline step
			});
		// the weekly bulletin still lists it, marked voided (ratings and their fixes are published, 51号)
		var week = reports.weekly(Reports.weekOf(day.with(java.time.DayOfWeek.MONDAY)));
		assertThat(week.totals().badRatings()).isZero();
		assertThat(week.badRatings()).filteredOn(line -> line.ratingId().equals(bad.ratingId()))
			.singleElement()
			.satisfies(line -> {
				assertThat(line.voided()).isTrue();
				assertThat(line.rectificationStatus()).isEqualTo("VOIDED");
			});
		// an older step handled after the void does not bring the status back
		rollups.on(step(rectification, bad.ratingId(), "void-a", RectificationStatus.OPEN, RectificationStatus.APPEALED,
				"2029-05-12T09:00", "2029-05-14"));
		assertThat(reports.weekly(Reports.weekOf(day.with(java.time.DayOfWeek.MONDAY))).badRatings())
			.filteredOn(line -> line.ratingId().equals(bad.ratingId()))
			.singleElement()
			.satisfies(line -> assertThat(line.rectificationStatus()).isEqualTo("VOIDED"));
	}

	@Test
	void aVoidSeenBeforeItsRatingMeansTheRatingNeverCounts() {
		var day = LocalDate.parse("2029-05-20");
		var service = service("void-c", "2029-05-20T11:00");
		var bad = rating(service, 2, "2029-05-20");
		rollups.on(step(UUID.randomUUID(), bad.ratingId(), "void-c", RectificationStatus.APPEALED,
				RectificationStatus.VOIDED, "2029-05-25T10:00", "2029-05-23"));
		rollups.on(bad);
		rollups.on(bad);
		var figures = reports.daily(day);
		assertThat(figures.services()).isEqualTo(1);
		assertThat(figures.ratings().total()).isZero();
		assertThat(figures.badRatings()).isZero();
	}

	/**
	 * void-b alone in window service in July 2029: one service rated 2, the reply due 2029-07-03 given on 2029-07-06.
	 * Score: volume 30 + satisfaction 40 x (B - 1) / 4 with category mean 2 and B = (20 x 2 + 2) / 21 = 2, so 10 +
	 * deadline compliance 20 x 0 / 1 = 0 - one bad rating 5 = 35.
	 */
	@Test
	void rectificationDeadlinesCountInTheStaffScore() {
		var service = service("void-b", "2029-07-02T10:00");
		var bad = rating(service, 2, "2029-07-02");
		rollups.on(bad);
		var rectification = UUID.randomUUID();
		rollups.on(new RectificationOpened(rectification, "RATING", bad.ratingId(), "void-b",
				LocalDate.parse("2029-07-03"), LocalDate.parse("2029-07-10")));
		var late = step(rectification, bad.ratingId(), "void-b", RectificationStatus.OPEN, RectificationStatus.REPLIED,
				"2029-07-06T09:00", "2029-07-03");
		rollups.on(late);
		rollups.on(late);
		var july = reports.monthly("2029-07");
		assertThat(GoldenReportTests.category(july, ServiceModelCategory.WINDOW_SERVICE).staff()).singleElement()
			.satisfies(member -> {
				assertThat(member.username()).isEqualTo("void-b");
				assertThat(member.rectificationSteps()).isEqualTo(1);
				assertThat(member.rectificationStepsOnTime()).isZero();
				assertThat(member.score()).isEqualByComparingTo("35.00");
			});
	}

	@Test
	void aPublishedVoidReachesTheRollupsAfterCommit() throws Exception {
		var day = LocalDate.parse("2029-05-28");
		var service = service("void-d", "2029-05-28T10:00");
		var bad = rating(service, 1, "2029-05-28");
		rollups.on(bad);
		assertThat(reports.daily(day).badRatings()).isEqualTo(1);
		transactions.executeWithoutResult(status -> events.publishEvent(step(UUID.randomUUID(), bad.ratingId(),
				"void-d", RectificationStatus.APPEALED, RectificationStatus.VOIDED, "2029-06-01T10:00", "2029-05-31")));
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (reports.daily(day).badRatings() == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the void never reached the rollups");
	}
}
