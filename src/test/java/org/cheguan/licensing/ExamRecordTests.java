package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.cheguan.licensing.BookingOutcome.*;
import static org.cheguan.licensing.LicenceClass.*;
import static org.cheguan.licensing.Subject.*;
import static org.cheguan.licensing.Violations.assertViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The exam history of one application: order, waits, bookings, permit and voiding (domain-rules §1.4–1.5, V11–V13). */
class ExamRecordTests {

	static final LicensingRules RULES = new LicensingRules(LicensingPolicy.defaults());

	static final LocalDate BORN = LocalDate.of(2000, 5, 20);

	static final LocalDate ACCEPTED = LocalDate.of(2025, 2, 20);

	static final LocalDate PERMIT = LocalDate.of(2025, 3, 1);

	static ExamRecord c1() {
		return ExamRecord.start(C1, BORN, ACCEPTED, EnumSet.allOf(Subject.class), false, RULES);
	}

	/** A C1 record with Subject 1 passed on 2025-03-01. */
	static ExamRecord c1WithPermit() {
		var record = c1();
		record.recordBookingOutcome(SUBJECT_1, PERMIT, PASSED);
		return record;
	}

	/** A C1 record with Subject 1 and Subject 2 passed. */
	static ExamRecord c1ReadyForSubject3() {
		var record = c1WithPermit();
		record.recordBookingOutcome(SUBJECT_2, LocalDate.of(2025, 3, 11), PASSED);
		return record;
	}

	@Test
	void v11PassingSubject1IssuesThePermitAndOpensSubject2AfterTenAndSubject3AfterThirtyDays() {
		var record = c1WithPermit();

		assertThat(record.permit()).isEqualTo(new LearnerPermit(PERMIT, LocalDate.of(2028, 2, 29)));
		assertThat(record.nextBookingAllowedFrom(SUBJECT_2)).isEqualTo("2025-03-11");
		assertThat(record.nextBookingAllowedFrom(SUBJECT_3)).isEqualTo("2025-03-31");
		assertViolation(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2025, 3, 10)), "MPS-162-art-43",
				"licensing.exam.too-early");
		assertThatCode(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2025, 3, 11))).doesNotThrowAnyException();
	}

	@Test
	void v11Subject3RoadTestFromDay30NotDay29() {
		var record = c1ReadyForSubject3();

		var early = assertViolation(() -> record.checkCanBook(SUBJECT_3, LocalDate.of(2025, 3, 30)), "MPS-162-art-44",
				"licensing.exam.too-early");
		assertThat(early.messageArguments()).containsExactly(3, "2025-03-31");
		assertThatCode(() -> record.checkCanBook(SUBJECT_3, LocalDate.of(2025, 3, 31))).doesNotThrowAnyException();
	}

	@Test
	void v12FailedSubject2BookingAllowsTheNextBookingTenDaysLater() {
		var record = c1WithPermit();

		record.recordBookingOutcome(SUBJECT_2, LocalDate.of(2025, 4, 1), FAILED);

		assertThat(record.bookingsUsed(SUBJECT_2)).isEqualTo(1);
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.FAILED);
		assertThat(record.nextBookingAllowedFrom(SUBJECT_2)).isEqualTo("2025-04-11");
		assertViolation(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2025, 4, 10)), "MPS-162-art-47",
				"licensing.exam.rebooking-wait");
		assertThatCode(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2025, 4, 11))).doesNotThrowAnyException();
	}

	@Test
	void v13NoShowAtTheRoadTestCountsAsFailedAndUsesABooking() {
		var record = c1ReadyForSubject3();

		record.recordBookingOutcome(SUBJECT_3, LocalDate.of(2025, 4, 2), NO_SHOW);

		assertThat(record.status(SUBJECT_3)).isEqualTo(SubjectStatus.FAILED);
		assertThat(record.bookingsUsed(SUBJECT_3)).isEqualTo(1);
		assertThat(record.nextBookingAllowedFrom(SUBJECT_3)).isEqualTo("2025-04-12");
	}

	@Test
	void aFailedFifthSubject2BookingVoidsSubject1AndThePermit() {
		var record = c1WithPermit();
		var date = LocalDate.of(2025, 3, 11);
		for (int booking = 1; booking <= 4; booking++) {
			record.recordBookingOutcome(SUBJECT_2, date, FAILED);
			date = date.plusDays(10);
		}
		assertThat(record.bookingsUsed(SUBJECT_2)).isEqualTo(4);
		assertThat(record.permit()).isNotNull();

		record.recordBookingOutcome(SUBJECT_2, date, FAILED);

		assertThat(record.permit()).isNull();
		assertThat(record.status(SUBJECT_1)).isEqualTo(SubjectStatus.VOID);
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.NOT_TAKEN);
		assertThat(record.bookingsUsed(SUBJECT_2)).isZero();
		assertViolation(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2025, 12, 1)), "MPS-162-art-41",
				"licensing.exam.permit-required");
		assertThatCode(() -> record.checkCanBook(SUBJECT_1, LocalDate.of(2025, 4, 21))).doesNotThrowAnyException();
	}

	@Test
	void aFailedFifthRoadTestBookingVoidsSubjects1And2() {
		var record = c1ReadyForSubject3();
		var date = LocalDate.of(2025, 3, 31);
		for (int booking = 1; booking <= 5; booking++) {
			record.recordBookingOutcome(SUBJECT_3, date, booking == 3 ? NO_SHOW : FAILED);
			date = date.plusDays(10);
		}

		assertThat(record.permit()).isNull();
		assertThat(record.status(SUBJECT_1)).isEqualTo(SubjectStatus.VOID);
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.VOID);
		assertThat(record.status(SUBJECT_3)).isEqualTo(SubjectStatus.NOT_TAKEN);
		assertThat(record.bookingsUsed(SUBJECT_3)).isZero();
		assertThat(record.allPassed()).isFalse();
	}

	@Test
	void passingTheFifthBookingKeepsEverything() {
		var record = c1WithPermit();
		var date = LocalDate.of(2025, 3, 11);
		for (int booking = 1; booking <= 4; booking++) {
			record.recordBookingOutcome(SUBJECT_2, date, FAILED);
			date = date.plusDays(10);
		}

		record.recordBookingOutcome(SUBJECT_2, date, PASSED);

		assertThat(record.bookingsUsed(SUBJECT_2)).isEqualTo(5);
		assertThat(record.status(SUBJECT_1)).isEqualTo(SubjectStatus.PASSED);
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.PASSED);
	}

	@Test
	void failingSubject4DoesNotVoidTheRoadTestAndNeedsNoWait() {
		var record = c1ReadyForSubject3();
		record.recordBookingOutcome(SUBJECT_3, LocalDate.of(2025, 3, 31), PASSED);

		record.recordBookingOutcome(SUBJECT_4, LocalDate.of(2025, 3, 31), FAILED);

		assertThat(record.status(SUBJECT_3)).isEqualTo(SubjectStatus.PASSED);
		assertThat(record.status(SUBJECT_4)).isEqualTo(SubjectStatus.FAILED);
		assertThat(record.bookingsUsed(SUBJECT_4)).isZero();
		record.recordBookingOutcome(SUBJECT_4, LocalDate.of(2025, 4, 1), PASSED);
		assertThat(record.allPassed()).isTrue();
	}

	@Test
	void subject4OnlyAfterTheRoadTestAndSubject3OnlyAfterSubject2() {
		var record = c1WithPermit();

		assertViolation(() -> record.checkCanBook(SUBJECT_3, LocalDate.of(2025, 4, 1)), "MPS-162-art-41",
				"licensing.exam.order");
		assertViolation(() -> record.checkCanBook(SUBJECT_4, LocalDate.of(2025, 4, 1)), "MPS-162-art-41",
				"licensing.exam.order");
	}

	@Test
	void subjects2To4NeedAPermit() {
		var record = c1();

		for (Subject subject : Set.of(SUBJECT_2, SUBJECT_3, SUBJECT_4)) {
			assertViolation(() -> record.checkCanBook(subject, LocalDate.of(2025, 6, 1)), "MPS-162-art-41",
					"licensing.exam.permit-required");
		}
	}

	@Test
	void refusesSubject1BeforeTheApplicationWasAccepted() {
		var record = c1();

		assertViolation(() -> record.checkCanBook(SUBJECT_1, ACCEPTED.minusDays(1)), "MPS-162-art-41",
				"licensing.exam.too-early");
		assertThatCode(() -> record.checkCanBook(SUBJECT_1, ACCEPTED)).doesNotThrowAnyException();
	}

	@Test
	void refusesAPassedSubject() {
		var record = c1WithPermit();

		assertViolation(() -> record.checkCanBook(SUBJECT_1, LocalDate.of(2025, 4, 1)), "MPS-162-art-41",
				"licensing.exam.subject-already-passed");
	}

	@Test
	void refusesASessionAfterThePermitsLastDay() {
		var record = c1WithPermit();

		assertThatCode(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2028, 2, 29))).doesNotThrowAnyException();
		var violation = assertViolation(() -> record.checkCanBook(SUBJECT_2, LocalDate.of(2028, 3, 1)),
				"MPS-162-art-42", "licensing.exam.after-permit-expiry");
		assertThat(violation.messageArguments()).containsExactly(2, "2028-03-01", "2028-02-29");
	}

	@Test
	void expiredPermitVoidsEveryPassedSubjectWhenTheRoadTestIsNotPassed() {
		var record = c1ReadyForSubject3();

		record.expirePermitIfDue(LocalDate.of(2028, 2, 29));
		assertThat(record.permit()).isNotNull();
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.PASSED);

		record.expirePermitIfDue(LocalDate.of(2028, 3, 1));
		assertThat(record.permit()).isNull();
		assertThat(record.status(SUBJECT_1)).isEqualTo(SubjectStatus.VOID);
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.VOID);
		assertThat(record.status(SUBJECT_3)).isEqualTo(SubjectStatus.NOT_TAKEN);
	}

	@Test
	void expiredPermitVoidsNothingOnceSubjects2And3ArePassed() {
		var record = c1ReadyForSubject3();
		record.recordBookingOutcome(SUBJECT_3, LocalDate.of(2025, 3, 31), PASSED);

		record.expirePermitIfDue(LocalDate.of(2030, 1, 1));

		assertThat(record.permit()).isNotNull();
		assertThat(record.status(SUBJECT_3)).isEqualTo(SubjectStatus.PASSED);
		assertThatCode(() -> record.checkCanBook(SUBJECT_4, LocalDate.of(2030, 1, 1))).doesNotThrowAnyException();
	}

	@Test
	void noTimeLimitBeforeSubject1IsPassed() {
		var record = c1();

		record.expirePermitIfDue(LocalDate.of(2035, 1, 1));

		assertThatCode(() -> record.checkCanBook(SUBJECT_1, LocalDate.of(2035, 1, 1))).doesNotThrowAnyException();
	}

	@Test
	void cancelsUntilTheDayBeforeTheSessionButNotOnTheDay() {
		var record = c1WithPermit();
		var session = LocalDate.of(2025, 3, 20);

		assertThatCode(() -> record.cancelBooking(SUBJECT_2, session, session.minusDays(1))).doesNotThrowAnyException();
		var violation = assertViolation(() -> record.cancelBooking(SUBJECT_2, session, session), "MPS-162-art-46",
				"licensing.exam.cancellation-too-late");
		assertThat(violation.messageArguments()).containsExactly(2, "2025-03-20");
		assertThat(record.bookingsUsed(SUBJECT_2)).isZero();
	}

	@Test
	void seventyFiveYearOldMustRecordTheThreeAbilityTestsBeforeSubject1() {
		var record = ExamRecord.start(C1, LocalDate.of(1950, 3, 1), ACCEPTED, EnumSet.allOf(Subject.class), false,
				RULES);

		assertThat(record.threeAbilityTestsRequired()).isTrue();
		assertViolation(() -> record.checkCanBook(SUBJECT_1, ACCEPTED), "MPS-measures-2020-11-20",
				"licensing.exam.three-ability-tests-required");
		record.recordThreeAbilityTests(ACCEPTED);
		assertThatCode(() -> record.checkCanBook(SUBJECT_1, ACCEPTED)).doesNotThrowAnyException();
	}

	@Test
	void largeClassAddedToAnAutomobileLicenceWaitsThirtyDaysForTheRoadTest() {
		var record = ExamRecord.start(B2, LocalDate.of(1990, 1, 1), ACCEPTED, EnumSet.allOf(Subject.class), true,
				RULES);
		record.recordBookingOutcome(SUBJECT_1, PERMIT, PASSED);

		assertViolation(() -> record.checkCanBook(SUBJECT_2, PERMIT.plusDays(19)), "MPS-162-art-43",
				"licensing.exam.too-early");
		record.recordBookingOutcome(SUBJECT_2, PERMIT.plusDays(20), PASSED);
		assertViolation(() -> record.checkCanBook(SUBJECT_3, PERMIT.plusDays(29)), "MPS-162-art-44",
				"licensing.exam.too-early");
		assertThatCode(() -> record.checkCanBook(SUBJECT_3, PERMIT.plusDays(30))).doesNotThrowAnyException();
	}

	@Test
	void militaryExchangeOfCClassHasNothingToTake() {
		var record = ExamRecord.start(C1, BORN, ACCEPTED, RULES.requiredSubjects(C1, true, false, ACCEPTED), false,
				RULES);

		assertThat(record.allPassed()).isTrue();
		assertViolation(() -> record.checkCanBook(SUBJECT_1, ACCEPTED), "MPS-162-art-41",
				"licensing.exam.subject-not-required");
	}

	@Test
	void militaryExchangeOfA1GoesFromSubject1StraightToTheRoadTest() {
		var required = RULES.requiredSubjects(A1, true, false, ACCEPTED);
		var record = ExamRecord.start(A1, LocalDate.of(1990, 1, 1), ACCEPTED, required, false, RULES);
		record.recordBookingOutcome(SUBJECT_1, PERMIT, PASSED);

		assertViolation(() -> record.checkCanBook(SUBJECT_2, PERMIT.plusDays(40)), "MPS-162-art-41",
				"licensing.exam.subject-not-required");
		record.recordBookingOutcome(SUBJECT_3, PERMIT.plusDays(40), PASSED);
		record.recordBookingOutcome(SUBJECT_4, PERMIT.plusDays(40), PASSED);
		assertThat(record.allPassed()).isTrue();
	}

	@Test
	void militaryExchangeOfB2WithServiceRecordIsDoneAfterSubject1() {
		var required = RULES.requiredSubjects(B2, true, true, ACCEPTED);
		var record = ExamRecord.start(B2, LocalDate.of(1990, 1, 1), ACCEPTED, required, false, RULES);

		record.recordBookingOutcome(SUBJECT_1, PERMIT, PASSED);

		assertThat(record.allPassed()).isTrue();
	}

	@Test
	void recordingAnOutcomeChecksTheBookingFirstAndChangesNothingWhenRefused() {
		var record = c1WithPermit();

		assertViolation(() -> record.recordBookingOutcome(SUBJECT_2, LocalDate.of(2025, 3, 5), PASSED),
				"MPS-162-art-43", "licensing.exam.too-early");
		assertThat(record.status(SUBJECT_2)).isEqualTo(SubjectStatus.NOT_TAKEN);
		assertThat(record.bookingsUsed(SUBJECT_2)).isZero();
	}

	@Test
	void outcomeFromScoresUsesTheClassPassMark() {
		var record = c1();

		assertThat(record.outcomeOf(SUBJECT_2, 60, 80)).isEqualTo(PASSED);
		assertThat(record.outcomeOf(SUBJECT_3, 85, null)).isEqualTo(FAILED);
	}
}
