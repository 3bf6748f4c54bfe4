package org.cheguan.vehicles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periodic inspection (domain-rules.md §3): the electronic inspection sign (电子检验标志) and the reminders 3 months
 * ahead. A sign is issued when the application window is open (from 3 months before the validity ends), the vehicle
 * has no unprocessed violation (G) or accident (I), its compulsory insurance is valid, and either the due point is
 * exempt from the station test (免检) or a station test was passed. The new validity runs to the next due point of the
 * schedule ({@link InspectionSchedule}).
 */
@Service
@Transactional
public class Inspections {

	/** Source of the sign conditions. */
	public static final String RULE = "道路交通安全法 第十三条; 电子检验标志 (domain-rules.md §3)";

	private final JdbcClient jdbc;

	private final VehicleRegistrations registrations;

	private final InspectionSchedule schedule;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Inspections(JdbcClient jdbc, VehicleRegistrations registrations, InspectionSchedule schedule, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.schedule = schedule;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Issues the electronic inspection sign.
	 *
	 * @param vin the vehicle
	 * @param stationTestPassed whether a station test was passed for this due point (required unless exempt)
	 * @param context where and by whom (a citizen online in 12123, or a clerk)
	 * @return the new validity's last day
	 * @throws DomainRuleViolation naming the condition not met
	 */
	public LocalDate issueSign(String vin, boolean stationTestPassed, ServiceContext context) {
		var now = clock.instant();
		var today = OfficeTime.today(clock);
		var row = registrations.lockRow(vin);
		if (!row.registered()) {
			throw new DomainRuleViolation(RULE, "vehicles.vehicle.not-registered", row.state());
		}
		var validUntil = row.inspectionValidUntil();
		if (today.isBefore(validUntil.minusMonths(InspectionSchedule.WINDOW_MONTHS))) {
			throw new DomainRuleViolation(RULE, "vehicles.sign.window-not-open",
					validUntil.minusMonths(InspectionSchedule.WINDOW_MONTHS), validUntil);
		}
		if (row.statusCodes().contains(StatusCode.G) || row.statusCodes().contains(StatusCode.I)) {
			throw new DomainRuleViolation(RULE, "vehicles.sign.unprocessed",
					VehicleRules.labels(row.statusCodes()));
		}
		if (row.insuranceValidUntil() == null || row.insuranceValidUntil().isBefore(today)) {
			throw new DomainRuleViolation(RULE, "vehicles.sign.insurance", String.valueOf(row.insuranceValidUntil()));
		}
		var facts = row.inspectionFacts();
		var overdue = today.isAfter(validUntil);
		var kind = schedule.kindOn(facts, validUntil);
		if ((kind == InspectionKind.STATION_TEST || overdue) && !stationTestPassed) {
			throw new DomainRuleViolation(RULE, overdue ? "vehicles.sign.overdue" : "vehicles.sign.station-test",
					validUntil);
		}
		var next = schedule.after(facts, overdue ? today : validUntil).dueOn();
		jdbc.sql("""
				update vehicles.vehicle set inspection_valid_until = :next, sign_valid_until = :next, updated_at = :now
				where vin = :vin""")
			.param("next", next)
			.param("now", Timestamp.from(now))
			.param("vin", row.vin())
			.update();
		var id = registrations.history(row.vin(), "INSPECTION_SIGN", "valid until " + next
				+ (kind == InspectionKind.SIGN_ONLINE ? " (免检)" : " (station test)"), context, now);
		events.publishEvent(new StateChanged("vehicles.vehicle.inspection-sign", "vehicle", row.vin(),
				"valid until " + validUntil, "valid until " + next));
		events.publishEvent(new InspectionSignIssued(id, row.owner(), context.outletId(), context.channel(),
				context.staffUsername(), VehicleRegistrations.started(context, now), now, row.plate(), row.vin(), next));
		return next;
	}

	/**
	 * Reminds every owner whose inspection validity ends within 3 months, once per vehicle and due date (the
	 * reminder table's primary key makes a second scan, or a concurrent one, a no-op). Runs hourly.
	 *
	 * @return reminders published by this scan
	 */
	@Scheduled(fixedDelayString = "${cheguan.vehicles.inspection.reminder-interval:PT1H}", initialDelayString = "PT2M")
	public int remindDue() {
		var today = OfficeTime.today(clock);
		var due = jdbc.sql("""
				select vin from vehicles.vehicle where state = 'REGISTERED' and inspection_valid_until >= :today
				  and inspection_valid_until <= :horizon""")
			.param("today", today)
			.param("horizon", today.plusMonths(InspectionSchedule.WINDOW_MONTHS))
			.query(String.class)
			.list();
		var count = 0;
		for (var vin : due) {
			var row = registrations.row(vin);
			var inserted = jdbc.sql("""
					insert into vehicles.inspection_reminder (vin, due_on, reminded_at) values (:vin, :due, :now)
					on conflict do nothing""")
				.param("vin", vin)
				.param("due", row.inspectionValidUntil())
				.param("now", Timestamp.from(clock.instant()))
				.update();
			if (inserted == 1) {
				events.publishEvent(new InspectionDueReminded(vin, row.plate(), row.owner(), row.inspectionValidUntil(),
						schedule.kindOn(row.inspectionFacts(), row.inspectionValidUntil())));
				count++;
			}
		}
		return count;
	}
}
