package org.cheguan.transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.cheguan.licensing.BookingOutcome;
import org.cheguan.licensing.DrivingLicenceClassExchanged;
import org.cheguan.licensing.DrivingLicenceIssued;
import org.cheguan.licensing.DrivingLicenceRenewed;
import org.cheguan.licensing.ExamTaken;
import org.cheguan.shared.Channel;
import org.cheguan.shared.OfficeTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the services of {@code licensing}: every exam sat (a no-show is not a service rendered and is not recorded),
 * the licence issued, each renewal or restoration, and each exchange for a lower class. The learner permit is not a record of its own: it is issued on
 * the spot with the Subject 1 pass, one visit, so the candidate is asked to rate once. Each listener maps one event to a {@link NewServiceRecord}; the source key is
 * the event's own identity, so a redelivery finds the record already there.
 *
 * <p>To record another module's event, add a method like these (docs/records.md, Wiring a module).
 */
@Component
class LicensingServices {

	private final ServiceRecords records;

	private final Clock clock;

	LicensingServices(ServiceRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ExamTaken event) {
		if (event.outcome() == BookingOutcome.NO_SHOW) {
			return;
		}
		var type = ServiceType.valueOf("EXAM_" + event.subject().name());
		records.record(NewServiceRecord.of("licensing.exam-taken", event.bookingId(), type, Channel.WINDOW,
				event.citizenId(), event.recordedAt()));
	}

	@ApplicationModuleListener
	void on(DrivingLicenceIssued event) {
		records.record(NewServiceRecord.of("licensing.licence-issued", event.applicationId(), ServiceType.LICENCE_ISSUE,
				Channel.WINDOW, event.citizenId(), on(event.terms().issuedOn())));
	}

	@ApplicationModuleListener
	void on(DrivingLicenceRenewed event) {
		// a failed restoration test is not published: only a renewal or a restoration is a service rendered
		records.record(NewServiceRecord.of("licensing.licence-renewed", event.serviceId(), ServiceType.LICENCE_RENEWAL,
				event.channel(), event.citizenId(), event.recordedAt()).by(event.staffUsername(), null));
	}

	@ApplicationModuleListener
	void on(DrivingLicenceClassExchanged event) {
		records.record(NewServiceRecord.of("licensing.licence-class-exchanged", event.serviceId(),
				ServiceType.LICENCE_CLASS_EXCHANGE, event.channel(), event.citizenId(), event.recordedAt())
			.by(event.staffUsername(), null));
	}

	/** An event that carries only a date: now if it is today, else noon of that office day. */
	private Instant on(LocalDate date) {
		var now = clock.instant();
		return OfficeTime.today(clock).equals(date) ? now : date.atTime(LocalTime.NOON).atZone(OfficeTime.ZONE).toInstant();
	}
}
