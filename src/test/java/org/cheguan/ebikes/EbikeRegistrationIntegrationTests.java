package org.cheguan.ebikes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cheguan.identity.Citizens;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.Channel;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.cheguan.support.CheguanTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A registration is recorded as a service: {@link EbikeRegistered} carries the citizen, the registration point, the
 * channel, the clerk and the plate, and the change is audited with masked personal data.
 */
@CheguanTest
@RecordApplicationEvents
class EbikeRegistrationIntegrationTests {

	@Autowired
	EbikeRegistrations registrations;

	@Autowired
	Outlets outlets;

	@Autowired
	Citizens citizens;

	@Test
	void aRegistrationPublishesTheServiceRenderedAndAnAuditRecord(ApplicationEvents events) {
		var point = outlets.ofKind(OutletKind.EBIKE_REGISTRATION).get(0).id();
		var idNumber = ResidentIdNumber.of(EbikeSamples.idNumber());
		var bike = new EbikeSpecification(LocalDate.of(2025, 12, 1), new BigDecimal("25"), new BigDecimal("62.5"),
				BatteryType.LEAD_ACID, new BigDecimal("48"), 350, true, "2025011119007777");
		var ebike = registrations.register(new NewEbikeRegistration(EbikeSamples.frameNumber(), idNumber, "王大伟",
				MobileNumber.of(EbikeSamples.mobile()), "爱玛", "TDT-1", bike, point, null), Channel.WINDOW, "clerk");

		var citizen = citizens.findByIdNumber(idNumber).orElseThrow();
		assertThat(events.stream(EbikeRegistered.class)).singleElement().satisfies(registered -> {
			assertThat(registered.registrationId()).isEqualTo(ebike.id());
			assertThat(registered.citizenId()).isEqualTo(citizen);
			assertThat(registered.outletId()).isEqualTo(point);
			assertThat(registered.channel()).isEqualTo(Channel.WINDOW);
			assertThat(registered.staffUsername()).isEqualTo("clerk");
			assertThat(registered.plate()).isEqualTo(ebike.plate());
			assertThat(registered.completedAt()).isEqualTo(ebike.registeredAt());
		});
		assertThat(events.stream(StateChanged.class).filter(c -> c.action().equals("ebikes.ebike.registered")))
			.singleElement()
			.satisfies(change -> assertThat(change.after()).contains(ebike.plate(), idNumber.masked())
				.doesNotContain(idNumber.value(), "王大伟"));
		assertThat(ebike.standard()).isEqualTo(EbikeStandard.GB_17761_2024);
		assertThat(ebike.ownerName()).isEqualTo("王**");
		assertThat(registrations.ofCitizen(citizen, 0, 10)).extracting(Ebike::plate).containsExactly(ebike.plate());
	}
}
