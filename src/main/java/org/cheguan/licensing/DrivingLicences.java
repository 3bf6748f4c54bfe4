package org.cheguan.licensing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services on an issued driving licence: renewal (换证) and restoration after Subject 1 (恢复驾驶资格), by the rules of
 * {@link LicenceRenewalRules} (公安部令第162号 as amended by 第172号; domain-rules §1.6). Each service is kept, audited
 * and published as {@link DrivingLicenceRenewed} so that it is recorded as a service rendered.
 *
 * <p>Whether a scoring period of the term reached 12 points (记分周期, 公安部令第163号) comes from the traffic-violation
 * system, which this product does not run: the records keyed in from there ({@link TermScoringRecords}), or the clerk's
 * declaration. Either one keeps the term length; a declaration of none cannot clear a record.
 */
@Service
@Transactional
public class DrivingLicences {

	private final JdbcClient jdbc;

	private final LicenceApplications applications;

	private final LicensingRules rules;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TermScoringRecords termScoring;

	DrivingLicences(JdbcClient jdbc, LicenceApplications applications, LicensingRules rules, Clock clock,
			ApplicationEventPublisher events, TermScoringRecords termScoring) {
		this.termScoring = termScoring;
		this.jdbc = jdbc;
		this.applications = applications;
		this.rules = rules;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Renews the licence issued on an application, today.
	 *
	 * @param applicationId the application
	 * @param twelvePointPeriod whether the clerk declares a scoring period of the term reached 12 points; a recorded
	 * 12-point period of the term counts whatever is declared
	 * @param medicalCertificateOn the holder's latest medical certificate, needed from 70
	 * @param channel window, or online when the holder does it
	 * @param recordedBy the staff username, or null when the holder does it online
	 * @return the service as kept
	 * @throws DomainRuleViolation outside the window, or when the age rules refuse (see {@link LicenceRenewalRules})
	 * @throws Conflict when the licence was renewed meanwhile
	 */
	public LicenceServiceView renew(UUID applicationId, boolean twelvePointPeriod,
			@Nullable LocalDate medicalCertificateOn, Channel channel, @Nullable String recordedBy) {
		var loaded = applications.load(applicationId);
		var row = loaded.row();
		var validUntil = licensed(row);
		var today = OfficeTime.today(clock);
		twelvePointPeriod = twelvePointPeriod || recorded(row, validUntil);
		var renewal = LicenceRenewalRules.renew(held(row), term(row), validUntil, loaded.exam().birthDate(), today,
				twelvePointPeriod, medicalCertificateOn, row.largeClassExtendedThrough());
		return apply(row, LicenceServiceKind.RENEWAL, today, validUntil, renewal, twelvePointPeriod,
				medicalCertificateOn, null, channel, recordedBy);
	}

	/**
	 * Records a restoration's Subject 1 test, today: passed (the pass mark of Subject 1 for the class), the licence is
	 * restored with a new term from today; not passed, the attempt is kept and the licence stays cancelled.
	 *
	 * @param applicationId the application
	 * @param score the Subject 1 score, 0 to 100
	 * @param twelvePointPeriod whether the clerk declares a scoring period of the last term reached 12 points; a recorded
	 * one counts whatever is declared
	 * @param medicalCertificateOn the holder's latest medical certificate, needed from 70
	 * @param recordedBy the examiner
	 * @return the service as kept
	 * @throws DomainRuleViolation when the licence is not in the 1-to-3-year band after expiry, or the age rules refuse
	 */
	public LicenceServiceView restore(UUID applicationId, int score, boolean twelvePointPeriod,
			@Nullable LocalDate medicalCertificateOn, String recordedBy) {
		var loaded = applications.load(applicationId);
		var row = loaded.row();
		var validUntil = licensed(row);
		var today = OfficeTime.today(clock);
		twelvePointPeriod = twelvePointPeriod || recorded(row, validUntil);
		var restoration = LicenceRenewalRules.restore(held(row), term(row), validUntil, loaded.exam().birthDate(),
				today, twelvePointPeriod, medicalCertificateOn, row.largeClassExtendedThrough());
		if (score < rules.passMark(Subject.SUBJECT_1, held(row))) {
			var failed = new LicenceRenewal(held(row), term(row), validUntil, validUntil);
			return keep(row, LicenceServiceKind.RESTORATION_TEST_FAILED, today, failed, twelvePointPeriod,
					medicalCertificateOn, score, recordedBy, false);
		}
		return apply(row, LicenceServiceKind.RESTORATION, today, validUntil, restoration, twelvePointPeriod,
				medicalCertificateOn, score, Channel.WINDOW, recordedBy);
	}

	/**
	 * Extends the large class of the licence beyond 63 (公安部令第162号 第六十五条 as amended by 第172号), today: the holder
	 * applies in the year before turning 63, having passed the three-ability tests in that year; the class may then be
	 * driven through the day before the 66th birthday ({@link LicenceRenewalRules#extend}). Kept as a licence service,
	 * audited; the licence's term is unchanged.
	 *
	 * @param applicationId the application that issued the licence
	 * @param threeAbilityTestsOn the date the memory, judgement and reaction tests were passed
	 * @param recordedBy the staff username
	 * @return the service as kept, {@code validUntil} being the extension's last day
	 * @throws DomainRuleViolation without a licence, or when {@link LicenceRenewalRules#extend} refuses
	 * @throws Conflict when the licence changed meanwhile
	 */
	public LicenceServiceView extendLargeClass(UUID applicationId, LocalDate threeAbilityTestsOn, String recordedBy) {
		var loaded = applications.load(applicationId);
		var row = loaded.row();
		if (row.licenceNumber() == null) {
			throw new DomainRuleViolation(LicenceRenewalRules.RULE_AGE_EXTENSION, "licensing.licence.none");
		}
		var today = OfficeTime.today(clock);
		var through = LicenceRenewalRules.extend(held(row), loaded.exam().birthDate(), today, threeAbilityTestsOn,
				row.largeClassExtendedThrough());
		var changed = jdbc.sql("""
				update licensing.licence_application set large_class_extended_through = :through, version = version + 1
				where id = :id and large_class_extended_through is null""")
			.param("through", through)
			.param("id", row.id())
			.update();
		if (changed != 1) {
			throw Conflict.of("licensing.licence.changed");
		}
		var id = UUID.randomUUID();
		var now = clock.instant();
		var validFrom = LicensingRules.firstDayAged(loaded.exam().birthDate(), 63);
		jdbc.sql("""
				insert into licensing.licence_service (id, application_id, kind, done_on, class_before, class_after,
				  valid_from, valid_until, twelve_point_period, three_ability_tests_on, recorded_by, recorded_at)
				values (:id, :application, 'AGE_EXTENSION', :today, :class, :class, :from, :until, false, :tests, :by,
				  :at)""")
			.param("id", id)
			.param("application", row.id())
			.param("today", today)
			.param("class", held(row).name())
			.param("from", validFrom)
			.param("until", through)
			.param("tests", threeAbilityTestsOn)
			.param("by", recordedBy)
			.param("at", Timestamp.from(now))
			.update();
		events.publishEvent(new StateChanged("licensing.licence.age-extension", "licence-application",
				row.id().toString(), held(row) + " until 63", held(row) + " extended through " + through));
		return new LicenceServiceView(id, LicenceServiceKind.AGE_EXTENSION, today, held(row), held(row), null, validFrom,
				through, false, null, null, now, threeAbilityTestsOn);
	}

	/**
	 * Exchanges the licence for a lower class outside renewal (降级换证, 降低准驾车型), today: voluntarily, a large class
	 * for C1 or C2 once the 63 rule bites, D or E for F from 70 ({@link LicenceRenewalRules#exchange}; 公安部令第162号,
	 * 第六十五条 as amended by 第172号). The licence keeps its number, term and validity; the class changes. Kept as a
	 * licence service, audited and published as {@link DrivingLicenceClassExchanged}.
	 *
	 * @param applicationId the application that issued the licence
	 * @param toClass the class asked for
	 * @param recordedBy the staff username
	 * @return the service as kept: {@code classBefore}, {@code classAfter}, the unchanged term and last valid day
	 * @throws DomainRuleViolation without a licence, or when {@link LicenceRenewalRules#exchange} refuses
	 * @throws Conflict when the licence's class changed meanwhile (a concurrent exchange or renewal)
	 */
	public LicenceServiceView exchangeClass(UUID applicationId, LicenceClass toClass, String recordedBy) {
		var loaded = applications.load(applicationId);
		var row = loaded.row();
		if (row.licenceNumber() == null) {
			throw new DomainRuleViolation(LicenceRenewalRules.RULE_CLASS_EXCHANGE, "licensing.licence.none");
		}
		var today = OfficeTime.today(clock);
		var before = held(row);
		var after = LicenceRenewalRules.exchange(before, toClass, loaded.exam().birthDate(), today,
				row.licenceValidUntil(), row.largeClassExtendedThrough());
		// conditional on the class read: of two concurrent exchanges one changes the licence, the other is refused
		var changed = jdbc.sql("""
				update licensing.licence_application set licence_class_held = :after, version = version + 1
				where id = :id and coalesce(licence_class_held, licence_class) = :before""")
			.param("after", after.name())
			.param("id", row.id())
			.param("before", before.name())
			.update();
		if (changed != 1) {
			throw Conflict.of("licensing.licence.changed");
		}
		var id = UUID.randomUUID();
		var now = clock.instant();
		jdbc.sql("""
				insert into licensing.licence_service (id, application_id, kind, done_on, class_before, class_after, term,
				  valid_from, valid_until, twelve_point_period, recorded_by, recorded_at)
				values (:id, :application, 'CLASS_EXCHANGE', :today, :before, :after, :term, :from, :until, false, :by,
				  :at)""")
			.param("id", id)
			.param("application", row.id())
			.param("today", today)
			.param("before", before.name())
			.param("after", after.name())
			.param("term", term(row).name())
			.param("from", today)
			.param("until", row.licenceValidUntil())
			.param("by", recordedBy)
			.param("at", Timestamp.from(now))
			.update();
		events.publishEvent(new StateChanged("licensing.licence.class-exchange", "licence-application",
				row.id().toString(), before + " until " + row.licenceValidUntil(),
				after + " until " + row.licenceValidUntil()));
		events.publishEvent(new DrivingLicenceClassExchanged(row.id(), new CitizenId(row.citizenId()), id, before,
				after, row.licenceNumber(), row.licenceValidUntil(), Channel.WINDOW, recordedBy, now));
		return new LicenceServiceView(id, LicenceServiceKind.CLASS_EXCHANGE, today, before, after, term(row), today,
				row.licenceValidUntil(), false, null, null, now, null);
	}

	/**
	 * @param applicationId the application
	 * @return its licence services, newest first
	 */
	@Transactional(readOnly = true)
	public List<LicenceServiceView> services(UUID applicationId) {
		return jdbc.sql("""
				select id, kind, done_on, class_before, class_after, term, valid_from, valid_until, twelve_point_period,
				  medical_certificate_on, subject_1_score, recorded_at, three_ability_tests_on
				from licensing.licence_service where application_id = :id order by recorded_at desc""")
			.param("id", applicationId)
			.query((rs, n) -> new LicenceServiceView(rs.getObject(1, UUID.class),
					LicenceServiceKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
					LicenceClass.valueOf(rs.getString(4)), LicenceClass.valueOf(rs.getString(5)),
					rs.getString(6) == null ? null : LicenceTerm.valueOf(rs.getString(6)),
					rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getBoolean(9),
					rs.getObject(10, LocalDate.class), (Integer) rs.getObject(11), rs.getTimestamp(12).toInstant(),
					rs.getObject(13, LocalDate.class)))
			.list();
	}

	private LicenceServiceView apply(LicenceApplications.Row row, LicenceServiceKind kind, LocalDate today,
			LocalDate oldValidUntil, LicenceRenewal renewal, boolean twelvePointPeriod,
			@Nullable LocalDate medicalCertificateOn, @Nullable Integer score, Channel channel,
			@Nullable String recordedBy) {
		// conditional on the old last day: of two concurrent renewals one changes the licence, the other is refused
		var changed = jdbc.sql("""
				update licensing.licence_application set licence_valid_until = :until, licence_term = :term,
				  licence_class_held = :class, version = version + 1
				where id = :id and licence_valid_until = :old""")
			.param("until", renewal.validUntil())
			.param("term", renewal.term().name())
			.param("class", renewal.licenceClass().name())
			.param("id", row.id())
			.param("old", oldValidUntil)
			.update();
		if (changed != 1) {
			throw Conflict.of("licensing.licence.changed");
		}
		var view = keep(row, kind, today, renewal, twelvePointPeriod, medicalCertificateOn, score,
				recordedBy == null ? "citizen" : recordedBy, true);
		events.publishEvent(new DrivingLicenceRenewed(row.id(), new CitizenId(row.citizenId()), view.id(), kind,
				renewal.licenceClass(), row.licenceNumber(), renewal.term(), renewal.validUntil(), channel, recordedBy,
				view.recordedAt()));
		return view;
	}

	private LicenceServiceView keep(LicenceApplications.Row row, LicenceServiceKind kind, LocalDate today,
			LicenceRenewal renewal, boolean twelvePointPeriod, @Nullable LocalDate medicalCertificateOn,
			@Nullable Integer score, String recordedBy, boolean changesLicence) {
		var id = UUID.randomUUID();
		var now = clock.instant();
		jdbc.sql("""
				insert into licensing.licence_service (id, application_id, kind, done_on, class_before, class_after, term,
				  valid_from, valid_until, twelve_point_period, medical_certificate_on, subject_1_score, recorded_by,
				  recorded_at)
				values (:id, :application, :kind, :today, :before, :after, :term, :from, :until, :points, :medical,
				  :score, :by, :at)""")
			.param("id", id)
			.param("application", row.id())
			.param("kind", kind.name())
			.param("today", today)
			.param("before", held(row).name())
			.param("after", changesLicence ? renewal.licenceClass().name() : held(row).name())
			.param("term", changesLicence ? renewal.term().name() : null)
			.param("from", changesLicence ? renewal.validFrom() : null)
			.param("until", changesLicence ? renewal.validUntil() : null)
			.param("points", twelvePointPeriod)
			.param("medical", medicalCertificateOn)
			.param("score", score)
			.param("by", recordedBy)
			.param("at", Timestamp.from(now))
			.update();
		events.publishEvent(new StateChanged("licensing.licence." + kind.name().toLowerCase().replace('_', '-'),
				"licence-application", row.id().toString(), held(row) + " " + term(row) + " until " + row.licenceValidUntil(),
				changesLicence ? renewal.licenceClass() + " " + renewal.term() + " until " + renewal.validUntil()
						: "score " + score));
		return new LicenceServiceView(id, kind, today, held(row),
				changesLicence ? renewal.licenceClass() : held(row), changesLicence ? renewal.term() : null,
				changesLicence ? renewal.validFrom() : null, changesLicence ? renewal.validUntil() : null,
				twelvePointPeriod, medicalCertificateOn, score, now, null);
	}

	private static LocalDate licensed(LicenceApplications.Row row) {
		if (row.licenceNumber() == null) {
			throw new DomainRuleViolation(LicenceRenewalRules.RULE_RENEWAL, "licensing.licence.none");
		}
		if (row.licenceValidUntil() == null) {
			throw new DomainRuleViolation(LicenceRenewalRules.RULE_RENEWAL, "licensing.renewal.long-term");
		}
		return row.licenceValidUntil();
	}

	/** Whether a 12-point period is recorded within the licence's current term (domain-rules §1.6). */
	private boolean recorded(LicenceApplications.Row row, LocalDate validUntil) {
		return !termScoring.ofTerm(new CitizenId(row.citizenId()), term(row), validUntil).isEmpty();
	}

	private static LicenceClass held(LicenceApplications.Row row) {
		return row.licenceClassHeld() == null ? row.licenceClass() : row.licenceClassHeld();
	}

	private static LicenceTerm term(LicenceApplications.Row row) {
		return row.licenceTerm() == null ? LicenceTerm.SIX_YEARS : row.licenceTerm();
	}
}
