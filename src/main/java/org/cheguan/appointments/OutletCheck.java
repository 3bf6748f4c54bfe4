package org.cheguan.appointments;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cheguan.outlets.Outlet;
import org.cheguan.outlets.OutletKind;
import org.cheguan.outlets.Outlets;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * What appointments asks the outlets module: does the outlet exist and offer the service, is it open at an instant
 * (opening hours, lunch, Saturdays, public holidays and make-up working days, closures), and which outlets have human
 * windows (the main office, branch offices and service centres).
 */
@Component
class OutletCheck {

	/** The kinds of outlet with human service windows, where appointments and queue tickets are taken. */
	static final List<OutletKind> WINDOW_KINDS = List.of(OutletKind.MAIN_OFFICE, OutletKind.BRANCH_OFFICE,
			OutletKind.SERVICE_CENTRE);

	private final Outlets outlets;

	OutletCheck(Outlets outlets) {
		this.outlets = outlets;
	}

	/**
	 * @throws NotFound (resource.outlet) when there is no such outlet
	 * @throws DomainRuleViolation when it does not accept the service
	 */
	void requireOffers(UUID outletId, String service) {
		if (!outlets.get(outletId).offers(service)) {
			throw new DomainRuleViolation(QueueRules.RULE_SLOT, "appointments.outlet.service");
		}
	}

	boolean isOpenAt(UUID outletId, Instant instant) {
		return outlets.isOpenAt(outletId, instant);
	}

	String name(UUID outletId) {
		return outlets.find(outletId).map(Outlet::name).orElse(outletId.toString().substring(0, 8));
	}

	/** @return the outlets with human windows that take appointments and tickets, main office first */
	List<OutletChoice> windowOutlets() {
		return WINDOW_KINDS.stream()
			.flatMap(kind -> outlets.ofKind(kind).stream())
			.map(outlet -> new OutletChoice(outlet.id(), outlet.name(), outlet.services()))
			.toList();
	}

	/** An outlet offered in the pages' selects. */
	record OutletChoice(UUID id, String name, Set<String> services) {
	}
}
