package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.cheguan.shared.Channel;
import org.cheguan.transactions.ServiceType;
import org.junit.jupiter.api.Test;

/**
 * The published score of the monthly review and the category mapping (docs/reporting.md), with the numbers worked by
 * hand.
 */
class StaffScoreTests {

	@Test
	void aHandfulOfFiveStarRatingsDoesNotBeatALongRecord() {
		double mean = 4.0;
		// 3 ratings of 5: (20 x 4 + 15) / 23 = 4.130; 200 ratings averaging 4.5: (80 + 900) / 220 = 4.4545
		assertThat(StaffScore.bayesianAverage(3, 15, mean)).isCloseTo(4.1304, org.assertj.core.data.Offset.offset(1e-4));
		assertThat(StaffScore.bayesianAverage(200, 900, mean)).isCloseTo(4.4545,
				org.assertj.core.data.Offset.offset(1e-4));
		assertThat(StaffScore.score(200, 200, 3, 15, mean, 0, 0, 0, 0))
			.isLessThan(StaffScore.score(200, 200, 200, 900, mean, 0, 0, 0, 0));
	}

	@Test
	void theScoreAddsItsPartsAsPublished() {
		// 30 x 50/100 = 15; B = (20 x 4 + 40) / 30 = 4 -> 30; commendations 6 x 2 capped at 10; 20 x 9/10 = 18; -5
		assertThat(StaffScore.score(50, 100, 10, 40, 4.0, 6, 1, 10, 9)).isEqualByComparingTo("68.00");
		// five commendations reach the cap exactly, four do not
		assertThat(StaffScore.score(0, 0, 0, 0, 4.0, 5, 0, 0, 0)).isEqualByComparingTo("60.00");
		assertThat(StaffScore.score(0, 0, 0, 0, 4.0, 4, 0, 0, 0)).isEqualByComparingTo("58.00");
	}

	@Test
	void servicesMapToTheSeedsServiceModelCategories() {
		assertThat(ServiceModelCategory.of(ServiceType.HOTLINE_TICKET, Channel.ONLINE, "HOTLINE"))
			.isEqualTo(ServiceModelCategory.VOICE_12123);
		assertThat(ServiceModelCategory.of(ServiceType.VEHICLE_TRANSFER, Channel.ONLINE, "VEHICLES"))
			.isEqualTo(ServiceModelCategory.ONLINE_BUSINESS);
		assertThat(ServiceModelCategory.of(ServiceType.EXAM_SUBJECT_2, Channel.WINDOW, "LICENSING"))
			.isEqualTo(ServiceModelCategory.EXAMINER);
		assertThat(ServiceModelCategory.of(ServiceType.INSPECTION_SIGN, Channel.SELF_SERVICE, "VEHICLES"))
			.isEqualTo(ServiceModelCategory.VEHICLE_INSPECTION);
		assertThat(ServiceModelCategory.of(ServiceType.ARCHIVE_COPY, Channel.WINDOW, "ARCHIVES"))
			.isEqualTo(ServiceModelCategory.REVIEW_SUPERVISION);
		assertThat(ServiceModelCategory.of(ServiceType.LICENCE_RENEWAL, Channel.WINDOW, "LICENSING"))
			.isEqualTo(ServiceModelCategory.WINDOW_SERVICE);
	}

	@Test
	void isoWeeksParseAcrossTheYearBoundary() {
		assertThat(Reports.monday("2027-W52")).isEqualTo(java.time.LocalDate.parse("2027-12-27"));
		assertThat(Reports.monday("2028-W01")).isEqualTo(java.time.LocalDate.parse("2028-01-03"));
		assertThat(Reports.monday("2026-W01")).isEqualTo(java.time.LocalDate.parse("2025-12-29"));
		assertThat(Reports.monday("2026-W53")).isEqualTo(java.time.LocalDate.parse("2026-12-28"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reports.monday("2027-W53"))
			.isInstanceOf(org.cheguan.shared.InvalidValue.class);
	}
}
