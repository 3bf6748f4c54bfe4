package org.cheguan.notifications;

import java.util.HashMap;
import java.util.Locale;

import org.cheguan.identity.CitizenId;
import org.cheguan.identity.Citizens;
import org.cheguan.vehicles.CoordinationCaseStepped;
import org.cheguan.vehicles.InspectionDueReminded;
import org.cheguan.vehicles.InspectionKind;
import org.cheguan.vehicles.VehicleTransferredIn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells vehicle owners by SMS: every step of a coordination case for their transfer-in (opened, requested at origin,
 * origin responded, data re-transmitted, resolved with the new plate, failed), a transfer-in completed without a case,
 * and the inspection due within 3 months. Written in the transaction of the fact (outbox): the message exists if and
 * only if the fact commits; the outbox's unique key (entity, event, channel) makes a repeat harmless.
 */
@Component
class VehicleMessages {

	private final Outbox outbox;

	private final Citizens citizens;

	VehicleMessages(Outbox outbox, Citizens citizens) {
		this.outbox = outbox;
		this.citizens = citizens;
	}

	@EventListener
	void on(CoordinationCaseStepped event) {
		var parameters = new HashMap<String, Object>();
		parameters.put("vin", tail(event.vin()));
		parameters.put("origin", event.originAuthority());
		parameters.put("case", event.caseId().toString().substring(0, 8));
		parameters.put("dueOn", event.dueOn().toString());
		if (event.localPlate() != null) {
			parameters.put("plate", event.localPlate());
		}
		var template = "vehicle-case-" + event.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
		send(event.citizenId(), "coordination-case", event.caseId().toString(), event.state().name(), template,
				parameters);
	}

	@EventListener
	void on(VehicleTransferredIn event) {
		if (event.coordinationCaseId() != null) {
			return; // the case's resolution message already says it
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("vin", tail(event.vin()));
		parameters.put("plate", event.plate());
		send(event.citizenId(), "vehicle", event.vin(), "transferred-in-" + event.id(), "vehicle-transferred-in",
				parameters);
	}

	@EventListener
	void on(InspectionDueReminded event) {
		var parameters = new HashMap<String, Object>();
		parameters.put("plate", event.plate());
		parameters.put("dueOn", event.dueOn().toString());
		send(event.citizenId(), "vehicle", event.vin(), "inspection-due-" + event.dueOn(),
				event.kind() == InspectionKind.SIGN_ONLINE ? "vehicle-inspection-sign-due" : "inspection-due",
				parameters);
	}

	private void send(CitizenId citizen, String entityType, String entityId, String eventName, String template,
			java.util.Map<String, Object> parameters) {
		var mobile = citizens.profile(citizen).mobile().value();
		outbox.enqueue(new NotificationRequest(entityType, entityId, eventName, Channel.SMS, mobile, template,
				parameters));
	}

	private static String tail(String vin) {
		return vin.substring(vin.length() - 6);
	}
}
