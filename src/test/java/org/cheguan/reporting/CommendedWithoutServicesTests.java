package org.cheguan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.UUID;

import org.cheguan.hotline.StaffCommended;
import org.cheguan.shared.OfficeTime;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Praise counts in the monthly review even in a month without services of one's own (the seed's archives clerk,
 * found by the acceptance story of the praised clerk): the member is ranked with no services, in review and
 * supervision for the archives, otherwise in window service. The months are far from any other test's.
 */
@CheguanTest
class CommendedWithoutServicesTests {

	@Autowired
	Rollups rollups;

	@Autowired
	Reports reports;

	@Test
	void aCommendedArchivesClerkWithoutServicesIsRankedInReviewAndSupervision() {
		var staff = "praised-" + UUID.randomUUID().toString().substring(0, 8);
		rollups.on(new StaffCommended(UUID.randomUUID(), UUID.randomUUID(), staff, "档案科",
				LocalDateTime.parse("2029-05-10T10:00").atZone(OfficeTime.ZONE).toInstant()));
		var review = reports.monthly("2029-05");
		var line = review.categories().stream()
			.filter(c -> c.category() == ServiceModelCategory.REVIEW_SUPERVISION)
			.flatMap(c -> c.staff().stream())
			.filter(member -> member.username().equals(staff))
			.findFirst()
			.orElseThrow();
		assertThat(line.services()).isZero();
		assertThat(line.commendations()).isEqualTo(1);
		assertThat(line.department()).as("one key per department: the code").isEqualTo("ARCHIVES");
		// no services: volume 0; no ratings: satisfaction 40 x (4.0 - 1) / 4 = 30; praise 2; no tickets: compliance 20
		assertThat(line.score()).isEqualByComparingTo("52.00");
		assertThat(line.candidate()).isFalse();
	}

	@Test
	void aCommendedClerkOfAnotherDepartmentIsRankedInWindowService() {
		var staff = "praised-" + UUID.randomUUID().toString().substring(0, 8);
		rollups.on(new StaffCommended(UUID.randomUUID(), UUID.randomUUID(), staff, "VEHICLES",
				LocalDateTime.parse("2029-06-10T10:00").atZone(OfficeTime.ZONE).toInstant()));
		var window = reports.monthly("2029-06").categories().stream()
			.filter(c -> c.category() == ServiceModelCategory.WINDOW_SERVICE)
			.findFirst()
			.orElseThrow();
		assertThat(window.staff()).anySatisfy(member -> {
			assertThat(member.username()).isEqualTo(staff);
			assertThat(member.commendations()).isEqualTo(1);
		});
	}
}
