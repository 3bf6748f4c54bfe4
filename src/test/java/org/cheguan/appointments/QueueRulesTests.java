package org.cheguan.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.cheguan.shared.ResidentIdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of appointments and queue tickets, both sides of every limit. */
class QueueRulesTests {

	private static final LocalDate OFFICE_DAY = LocalDate.of(2026, 12, 2);

	@Test
	void aCitizenSeventyOnTheOfficeDateIsCalledFirst() {
		var seventyToday = ResidentIdNumber.of(Samples.idBornOn(OFFICE_DAY.minusYears(70)));
		assertThat(seventyToday.ageOn(OFFICE_DAY)).isEqualTo(70);
		assertThat(QueueRules.priority(seventyToday, OFFICE_DAY)).isTrue();
	}

	@Test
	void aCitizenSeventyTomorrowIsNotCalledFirstYet() {
		var sixtyNine = ResidentIdNumber.of(Samples.idBornOn(OFFICE_DAY.minusYears(70).plusDays(1)));
		assertThat(sixtyNine.ageOn(OFFICE_DAY)).isEqualTo(69);
		assertThat(QueueRules.priority(sixtyNine, OFFICE_DAY)).isFalse();
		assertThat(QueueRules.priority(sixtyNine, OFFICE_DAY.plusDays(1))).isTrue();
	}

	@Test
	void anAnonymousTicketHasNoPriority() {
		assertThat(QueueRules.priority(null, OFFICE_DAY)).isFalse();
	}

	@ParameterizedTest(name = "{0} is office day {1}")
	@CsvSource({
			// the UTC date changes at 08:00 local: the office day does not
			"2026-12-01T23:59:59Z, 2026-12-02",
			"2026-12-02T00:00:00Z, 2026-12-02",
			"2026-12-02T00:00:01Z, 2026-12-02",
			// the office day changes at local midnight, 16:00 UTC
			"2026-12-02T15:59:59Z, 2026-12-02",
			"2026-12-02T16:00:00Z, 2026-12-03" })
	void theOfficeDayIsTheDateInShanghai(Instant instant, LocalDate officeDay) {
		assertThat(QueueRules.officeDate(instant)).isEqualTo(officeDay);
	}

	@ParameterizedTest(name = "{0} changes made: another allowed = {1}")
	@CsvSource({ "0, true", "1, true", "2, false", "3, false" })
	void atMostTwoChanges(int made, boolean allowed) {
		assertThat(QueueRules.mayChange(made)).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "A, 1, A001", "A, 42, A042", "B, 999, B999", "Q, 1000, Q1000" })
	void numbersAreShownWithThreeDigitsAtLeast(String prefix, int number, String shown) {
		assertThat(QueueRules.display(prefix, number)).isEqualTo(shown);
	}

	@Test
	void enterpriseTicketsHaveTheirOwnPrefix() {
		assertThat(QueueRules.prefix("VEHICLE_TRANSFER", TicketLane.ENTERPRISE)).isEqualTo("Q");
		assertThat(QueueRules.prefix("VEHICLE_TRANSFER", TicketLane.GENERAL)).isNotEqualTo("Q");
		assertThat(QueueRules.lane("ENTERPRISE_BATCH", TicketLane.GENERAL)).isEqualTo(TicketLane.ENTERPRISE);
		assertThat(QueueRules.lane("VEHICLE_TRANSFER", TicketLane.GENERAL)).isEqualTo(TicketLane.GENERAL);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "VEHICLE_TRANSFER, A", "INSPECTION_SIGN, A", "DL_RENEWAL, B", "DL_APPLICATION, B",
			"EBIKE_REGISTRATION, C", "MEDICAL_CHECK, D", "PHOTO, D" })
	void prefixesFollowTheFamilyOfTheService(String service, String prefix) {
		assertThat(QueueRules.prefix(service, TicketLane.GENERAL)).isEqualTo(prefix);
	}
}
