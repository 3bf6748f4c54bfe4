package org.cheguan.hotline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates overdue tickets every minute ({@code cheguan.hotline.escalation-scan}, an ISO duration, default PT1M).
 * Idempotent: {@link HotlineDesk#escalateOverdue} marks each ticket once by a conditional UPDATE, so two nodes scanning
 * at once, or a scan repeated after a crash, escalate nothing twice.
 */
@Component
class OverdueScan {

	private static final Logger log = LoggerFactory.getLogger(OverdueScan.class);

	private final HotlineDesk desk;

	OverdueScan(HotlineDesk desk) {
		this.desk = desk;
	}

	@Scheduled(fixedDelayString = "${cheguan.hotline.escalation-scan:PT1M}", initialDelayString = "PT30S")
	void scan() {
		var escalated = desk.escalateOverdue();
		if (escalated > 0) {
			log.info("Escalated {} overdue hotline tickets", escalated);
		}
	}
}
