package org.cheguan.evaluation;

import java.time.Clock;

import org.cheguan.shared.OfficeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The evaluation module's scheduled work, on the office clock (the demo clock when it is moved): the rating reminder
 * of unrated services ({@code cheguan.evaluation.reminder-scan}, an ISO duration, default PT15M) and the escalation of
 * overdue rectifications ({@code cheguan.evaluation.escalation-scan}, default PT15M). Both are idempotent (conditional
 * UPDATEs), so a repeated scan, or two nodes scanning at once, do nothing twice.
 */
@Component
class EvaluationScans {

	private static final Logger log = LoggerFactory.getLogger(EvaluationScans.class);

	private final Ratings ratings;

	private final Rectifications rectifications;

	private final Clock clock;

	EvaluationScans(Ratings ratings, Rectifications rectifications, Clock clock) {
		this.ratings = ratings;
		this.rectifications = rectifications;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cheguan.evaluation.reminder-scan:PT15M}", initialDelayString = "PT1M")
	void remind() {
		var sent = ratings.remindUnrated(clock.instant());
		if (sent > 0) {
			log.info("Reminded {} citizens of unrated services", sent);
		}
	}

	@Scheduled(fixedDelayString = "${cheguan.evaluation.escalation-scan:PT15M}", initialDelayString = "PT1M")
	void escalate() {
		var escalated = rectifications.escalateOverdue(OfficeTime.today(clock));
		if (escalated > 0) {
			log.info("Escalated {} overdue rectifications", escalated);
		}
	}
}
