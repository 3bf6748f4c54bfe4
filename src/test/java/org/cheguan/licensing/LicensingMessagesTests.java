package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cheguan.shared.DomainRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message key the licensing rules throw has a zh-CN (default) and an English text in
 * {@code licensing*.properties}, and both format with the arguments actually thrown.
 */
class LicensingMessagesTests {

	static final Properties CHINESE = load("licensing.properties");

	static final Properties ENGLISH = load("licensing_en.properties");

	static final LicensingRules RULES = new LicensingRules(LicensingPolicy.defaults());

	static Properties load(String name) {
		var properties = new Properties();
		try (var in = LicensingMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

	static Stream<Arguments> failures() {
		var on = LocalDate.of(2025, 6, 15);
		var permit = LocalDate.of(2025, 3, 1);
		return Stream.of(
				failure("licensing.age.below-minimum",
						() -> RULES.checkApplication(LicensingRulesTests.first(LicenceClass.C1, on.minusYears(17), on))),
				failure("licensing.age.ceiling-reached",
						() -> RULES.checkApplication(LicensingRulesTests.first(LicenceClass.B2, on.minusYears(63), on))),
				failure("licensing.application.increase-only",
						() -> RULES.checkApplication(LicensingRulesTests.first(LicenceClass.A1, on.minusYears(30), on))),
				failure("licensing.application.prerequisite-missing",
						() -> RULES.checkApplication(new NewApplicationFacts(LicenceClass.A1, on.minusYears(30), on,
								List.of(new HeldLicence(LicenceClass.C1, on.minusYears(5))), false))),
				failure("licensing.application.class-already-held",
						() -> RULES.checkApplication(new NewApplicationFacts(LicenceClass.C1, on.minusYears(30), on,
								List.of(new HeldLicence(LicenceClass.C1, on.minusYears(5))), false))),
				failure("licensing.exam.subject-not-required", () -> ExamRecord
					.start(LicenceClass.C1, on.minusYears(30), on, EnumSet.noneOf(Subject.class), false, RULES)
					.checkCanBook(Subject.SUBJECT_1, on)),
				failure("licensing.exam.subject-already-passed",
						() -> ExamRecordTests.c1WithPermit().checkCanBook(Subject.SUBJECT_1, on)),
				failure("licensing.exam.three-ability-tests-required", () -> ExamRecord
					.start(LicenceClass.C1, on.minusYears(75), on, EnumSet.allOf(Subject.class), false, RULES)
					.checkCanBook(Subject.SUBJECT_1, on)),
				failure("licensing.exam.too-early",
						() -> ExamRecordTests.c1WithPermit().checkCanBook(Subject.SUBJECT_2, permit.plusDays(1))),
				failure("licensing.exam.permit-required",
						() -> ExamRecordTests.c1().checkCanBook(Subject.SUBJECT_2, on)),
				failure("licensing.exam.order", () -> ExamRecordTests.c1WithPermit().checkCanBook(Subject.SUBJECT_4, on)),
				failure("licensing.exam.rebooking-wait", () -> {
					var record = ExamRecordTests.c1WithPermit();
					record.recordBookingOutcome(Subject.SUBJECT_2, LocalDate.of(2025, 4, 1), BookingOutcome.FAILED);
					record.checkCanBook(Subject.SUBJECT_2, LocalDate.of(2025, 4, 2));
				}),
				failure("licensing.exam.after-permit-expiry",
						() -> ExamRecordTests.c1WithPermit().checkCanBook(Subject.SUBJECT_2, LocalDate.of(2028, 3, 1))),
				failure("licensing.exam.cancellation-too-late",
						() -> ExamRecordTests.c1WithPermit().cancelBooking(Subject.SUBJECT_3, on, on)));
	}

	static Arguments failure(String key, ThrowingCallable call) {
		return Arguments.of(key, call);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("failures")
	void hasChineseAndEnglishTextsForEveryThrownKey(String key, ThrowingCallable call) {
		var thrown = (DomainRuleViolation) catchThrowable(call);

		assertThat(thrown.messageKey()).isEqualTo(key);
		assertThat(CHINESE.getProperty(key)).as("zh-CN text of " + key).isNotNull();
		assertThat(ENGLISH.getProperty(key)).as("English text of " + key).isNotNull();
		var chinese = new MessageFormat(CHINESE.getProperty(key), Locale.SIMPLIFIED_CHINESE)
			.format(thrown.messageArguments());
		var english = new MessageFormat(ENGLISH.getProperty(key), Locale.ENGLISH).format(thrown.messageArguments());
		assertThat(chinese).doesNotContain("{").matches("(?s).*\\p{IsHan}.*");
		assertThat(english).doesNotContain("{").doesNotContain("''").doesNotMatch("(?s).*\\p{IsHan}.*");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bookingCapArguments")
	void bookingCapMessageFormatsInBothLanguages(String key, Object[] arguments) {
		var chinese = new MessageFormat(CHINESE.getProperty(key), Locale.SIMPLIFIED_CHINESE).format(arguments);
		var english = new MessageFormat(ENGLISH.getProperty(key), Locale.ENGLISH).format(arguments);

		assertThat(chinese).contains("科目二").contains("5");
		assertThat(english).contains("Subject 2").contains("5");
	}

	static Stream<Arguments> bookingCapArguments() {
		// Unreachable through the record (a failed 5th booking restarts it), so formatted with the arguments it would throw.
		return Stream.of(Arguments.of("licensing.exam.booking-cap-reached",
				new Object[] { Subject.SUBJECT_2.number(), LicensingRules.MAX_BOOKINGS }));
	}

	@org.junit.jupiter.api.Test
	void bothFilesHaveTheSameKeys() {
		assertThat(ENGLISH.stringPropertyNames()).isEqualTo(CHINESE.stringPropertyNames());
		assertThat(CHINESE.stringPropertyNames()).allMatch(key -> key.startsWith("licensing."));
	}
}
