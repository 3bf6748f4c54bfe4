package org.cheguan.notifications;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.cheguan.hotline.HotlineDesk;
import org.cheguan.hotline.HotlineTicketClosed;
import org.cheguan.hotline.HotlineTicketOpened;
import org.cheguan.hotline.HotlineTicketProgressed;
import org.cheguan.shared.OfficeTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Progress messages to a hotline caller by SMS: the ticket number and deadline when it is opened, each progress note,
 * and the answer when it is closed. Written in the ticket's transaction (outbox), so a change exists if and only if
 * its message is queued; the outbox's unique key (entity, event, channel) makes a replay harmless. A caller who left
 * no mobile (an Open311 client without a phone) gets nothing. The mobile is read from the hotline in clear here
 * only: hotline events never carry it.
 */
@Component
class HotlineMessages {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(OfficeTime.ZONE);

	private final Outbox outbox;

	private final HotlineDesk desk;

	HotlineMessages(Outbox outbox, HotlineDesk desk) {
		this.outbox = outbox;
		this.desk = desk;
	}

	@EventListener
	void on(HotlineTicketOpened event) {
		send(event.ticketId(), "opened", "hotline-ticket-opened",
				Map.of("ticket", event.number(), "kind", event.kind().chineseName(), "due", MINUTES.format(event.dueAt())));
	}

	@EventListener
	void on(HotlineTicketProgressed event) {
		send(event.ticketId(), "progress-" + event.eventId(), "hotline-ticket-progress",
				Map.of("ticket", event.number(), "note", event.note()));
	}

	@EventListener
	void on(HotlineTicketClosed event) {
		var ticket = desk.details(event.ticketId());
		send(event.ticketId(), "closed-" + event.closedAt().toEpochMilli(), "hotline-ticket-answered",
				Map.of("ticket", ticket.number()));
	}

	private void send(UUID ticket, String what, String template, Map<String, Object> parameters) {
		desk.callerMobile(ticket).ifPresent(mobile -> outbox.enqueue(new NotificationRequest("hotline-ticket",
				ticket.toString(), what, Channel.SMS, mobile.value(), template, parameters)));
	}
}
