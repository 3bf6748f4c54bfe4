package org.cheguan.appointments;

import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * One appointment as an iCalendar object (RFC 5545) with one VEVENT, written with iCal4j. Times are UTC
 * (form 2 of RFC 5545 §3.3.5), so no VTIMEZONE is needed; the UID is stable per appointment and SEQUENCE counts the
 * reschedules, so a calendar application can tell the newer version of the same event. A cancelled
 * appointment is written with STATUS:CANCELLED.
 */
final class AppointmentCalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private AppointmentCalendar() {
	}

	/**
	 * @param appointment the appointment
	 * @param summary the event's title, e.g. the service and the outlet
	 * @param location the outlet's name
	 * @param description a short note for the citizen
	 * @param stamp when the object is written (DTSTAMP), from the application clock
	 * @return the iCalendar text, CRLF line ends, folded at 75 octets
	 */
	static String write(AppointmentView appointment, String summary, String location, String description,
			Instant stamp) {
		var event = new VEvent(false);
		event.add(new Uid(appointment.id() + "@cheguan"));
		event.add(new DtStamp(stamp));
		event.add(new DtStart<>(appointment.startsAt()));
		event.add(new DtEnd<>(appointment.endsAt()));
		event.add(new Summary(summary));
		event.add(new Location(location));
		event.add(new Description(description));
		event.add(new Sequence(appointment.changes()));
		event.add(appointment.status() == AppointmentStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
				: new Status(Status.VALUE_CONFIRMED));
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Cheguan//Appointments//ZH"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		calendar.add(event);
		var out = new java.io.StringWriter();
		try {
			// iCal4j folds by characters; Chinese text takes 3 octets a character, so lines are folded below by
			// octets instead (RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break).
			new CalendarOutputter(true, UNFOLDED).output(calendar, out);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return fold(out.toString());
	}

	private static final int UNFOLDED = 100_000;

	private static final int MAX_OCTETS = 75;

	/**
	 * Folds every content line at {@value #MAX_OCTETS} octets of UTF-8, never inside a character: a CRLF and one space
	 * start each continuation, and the space counts towards the continuation's length (RFC 5545 §3.1).
	 *
	 * @param text content lines separated by CRLF
	 * @return the same lines, folded
	 */
	static String fold(String text) {
		var folded = new StringBuilder(text.length() + text.length() / 40);
		for (var line : text.split("\r\n", -1)) {
			if (line.isEmpty()) {
				continue;
			}
			var octets = 0;
			for (int i = 0; i < line.length();) {
				var codePoint = line.codePointAt(i);
				var size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
				if (octets + size > MAX_OCTETS) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			folded.append("\r\n");
		}
		return folded.toString();
	}
}
