package org.cheguan.licensing;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ResidentIdNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo licence holders with 12-point records ({@code cheguan.demo=true}), created once: 王满分, C1 since 2021-01-20
 * (valid through 2027-01-19, in the renewal window at the end of 2026), 12 points reached on 2025-10-08 in the period
 * 2025-01-20 to 2026-01-19, so adding C6 is refused while that period is the previous one and a renewal keeps 6
 * years; 李清白, B2 since 2021-06-01, 12 points in the period 2022-06-01 to 2023-05-31, older than the last 3 periods
 * in 2026, so adding A1 or A2 is allowed. The licences stand for licences issued before Cheguan kept the files.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoScoringRecords implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoScoringRecords.class);

	/** A demo holder: licence and 12-point periods. */
	record Holder(String name, LocalDate birthDate, String sequence, String mobile, LicenceClass licenceClass,
			LocalDate issuedOn, List<TwelvePointRecord> twelvePointPeriods) {

		ResidentIdNumber idNumber() {
			var body = "420102" + birthDate.toString().replace("-", "") + sequence;
			return ResidentIdNumber.of(body + ResidentIdNumber.checkCharacter(body));
		}
	}

	static final List<Holder> HOLDERS = List.of(
			new Holder("王满分", LocalDate.of(1988, 5, 10), "617", "13971000617", LicenceClass.C1,
					LocalDate.of(2021, 1, 20), List.of(new TwelvePointRecord(LocalDate.of(2025, 1, 20),
							LocalDate.of(2026, 1, 19), LocalDate.of(2025, 10, 8)))),
			new Holder("李清白", LocalDate.of(1990, 9, 3), "624", "13971000624", LicenceClass.B2,
					LocalDate.of(2021, 6, 1), List.of(new TwelvePointRecord(LocalDate.of(2022, 6, 1),
							LocalDate.of(2023, 5, 31), LocalDate.of(2022, 11, 11)))));

	private final Citizens citizens;

	private final TableScoringRecords records;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoScoringRecords(Citizens citizens, TableScoringRecords records, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.citizens = citizens;
		this.records = records;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> HOLDERS.forEach(this::seed));
	}

	private void seed(Holder holder) {
		var citizen = citizens.register(holder.idNumber(), MobileNumber.of(holder.mobile()), holder.name());
		var licensed = jdbc.sql("""
				select count(*) from licensing.licence_application where citizen_id = :citizen and status = 'LICENSED'""")
			.param("citizen", citizen.value())
			.query(Long.class)
			.single();
		if (licensed > 0) {
			return;
		}
		license(citizen, holder);
		holder.twelvePointPeriods().forEach(record -> records.record(citizen, record, "demo"));
		log.info("Demo licence holder {} with {} 12-point period(s)", holder.idNumber().masked(),
				holder.twelvePointPeriods().size());
	}

	private void license(CitizenId citizen, Holder holder) {
		var terms = LicensingRules.firstLicenceTerms(holder.issuedOn());
		var sequence = jdbc.sql("select nextval('licensing.licence_file_number_seq')").query(Long.class).single();
		var accepted = holder.issuedOn().minusMonths(3);
		jdbc.sql("""
				insert into licensing.licence_application (id, citizen_id, licence_class, kind, accepted_at, accepted_on,
				  holds_automobile_licence, status, licence_number, licence_issued_on, licence_valid_until,
				  probation_ends_on, birth_date, licence_term, licence_class_held)
				values (:id, :citizen, :class, 'FIRST', :acceptedAt, :accepted, false, 'LICENSED', :number, :issued,
				  :until, :probation, :birthDate, 'SIX_YEARS', :class)""")
			.param("id", UUID.randomUUID())
			.param("citizen", citizen.value())
			.param("class", holder.licenceClass().name())
			.param("acceptedAt", Timestamp.from(accepted.atTime(9, 0).atZone(OfficeTime.ZONE).toInstant()))
			.param("accepted", accepted)
			.param("number", "4201" + String.format("%08d", sequence))
			.param("issued", terms.issuedOn())
			.param("until", terms.validUntil())
			.param("probation", terms.probationEndsOn())
			.param("birthDate", holder.birthDate())
			.update();
	}
}
