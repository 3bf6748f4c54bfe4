package org.cheguan.licensing;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Allocates exam seats when bookings exceed seats (domain-rules.md §1.5, Allocation when bookings exceed seats, and
 * the product decisions at the top of domain-rules.md): serial dictatorship over a strict ranking.
 *
 * <p>
 * Ranking: green-channel requests first (the supervisor's explicit decision); then earlier sort time; equal sort times
 * by application id, then by request id so the outcome never depends on input order. Ids compare with
 * {@link UUID#compareTo}, i.e. as two signed 64-bit halves, which is not PostgreSQL's unsigned byte order for
 * {@code uuid}: a database query that pre-sorts must not be taken as the ranking. In rank order each request takes
 * the first of its preferences that still has a free seat; one seat per request. A session missing from the free-seat
 * table has no seats.
 *
 * <p>
 * The outcome is the unique one in which no request envies a lower-ranked request's seat in a session it preferred
 * (no justified envy) and no request is left out of, or below, a preference that still had a seat (non-wasteful).
 * Cost O(R·P + R log R) for R requests of P preferences; sessions are looked up once per preference through a hash
 * index, never scanned. Plain Java: capacity in the database is still taken by conditional updates when the result is
 * stored (style.md, Principles).
 */
public final class SeatAllocation {

	private static final String BUNDLE = "licensing-allocation";
	private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * The ranking order of domain-rules.md (product decisions): green channel first, earlier sort time, application id,
	 * request id.
	 */
	static final Comparator<AllocationRequest> RANKING = SeatAllocation::compareRank;

	private SeatAllocation() {
	}

	/** {@link #RANKING} written out: no boxing, as it runs R log R times per round. */
	private static int compareRank(AllocationRequest x, AllocationRequest y) {
		if (x.greenChannel() != y.greenChannel()) {
			return x.greenChannel() ? -1 : 1;
		}
		int bySortTime = x.sortTime().compareTo(y.sortTime());
		if (bySortTime != 0) {
			return bySortTime;
		}
		int byApplication = x.applicationId().compareTo(y.applicationId());
		return byApplication != 0 ? byApplication : x.requestId().compareTo(y.requestId());
	}

	/**
	 * Runs one allocation round.
	 *
	 * @param requests the competing requests, in any order; request ids must be distinct
	 * @param freeSeats free seats per exam session (0 or more); sessions not in the map have no seats
	 * @return placements and one decision per request, both in ranking order
	 * @throws IllegalArgumentException if a request or a map key/value is null, a seat count is negative, or two
	 *         requests share a request id
	 */
	public static AllocationResult allocate(List<AllocationRequest> requests, Map<UUID, Integer> freeSeats) {
		if (requests == null || freeSeats == null) {
			throw new IllegalArgumentException("requests and freeSeats are required");
		}
		var sessionIndex = new HashMap<UUID, Integer>(Math.max(16, freeSeats.size() * 2));
		var seats = new int[freeSeats.size()];
		for (Map.Entry<UUID, Integer> entry : freeSeats.entrySet()) {
			if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0) {
				throw new IllegalArgumentException("free seats must be a count of 0 or more per session: " + entry);
			}
			seats[sessionIndex.size()] = entry.getValue();
			sessionIndex.put(entry.getKey(), sessionIndex.size());
		}

		var ranked = requests.toArray(new AllocationRequest[0]);
		var requestIds = new HashSet<UUID>(Math.max(16, ranked.length * 2));
		for (AllocationRequest request : ranked) {
			if (request == null) {
				throw new IllegalArgumentException("a request is null");
			}
			if (!requestIds.add(request.requestId())) {
				throw new IllegalArgumentException("request id " + request.requestId() + " appears twice");
			}
		}
		Arrays.sort(ranked, RANKING);

		var placements = new ArrayList<Placement>(Math.min(ranked.length, 1 << 16));
		var decisions = new Decision[ranked.length];
		for (int position = 0; position < ranked.length; position++) {
			var request = ranked[position];
			var preferences = request.preferences();
			var states = new PreferenceState[preferences.size()];
			int won = -1;
			for (int i = 0; i < states.length; i++) {
				var session = preferences.get(i);
				Integer index = sessionIndex.get(session);
				PreferenceState.State state;
				if (index == null) {
					state = PreferenceState.State.UNKNOWN_SESSION;
				}
				else if (won >= 0) {
					state = PreferenceState.State.NOT_REACHED;
				}
				else if (seats[index] > 0) {
					seats[index]--;
					won = i;
					state = PreferenceState.State.WON;
				}
				else {
					state = PreferenceState.State.FULL;
				}
				states[i] = new PreferenceState(session, state);
			}
			UUID sessionId = won >= 0 ? preferences.get(won) : null;
			if (sessionId != null) {
				placements.add(new Placement(request.requestId(), request.applicationId(), sessionId, won));
			}
			decisions[position] = new Decision(request.requestId(), request.applicationId(), position + 1,
					request.sortTime(), request.greenChannel(), sessionId, won, List.of(states));
		}
		return new AllocationResult(placements, List.of(decisions));
	}

	/**
	 * The applicant's plain explanation of a decision, e.g. <i>You were 1,234th by sort time 2026-11-20 09:15; your 1st
	 * choice was full when your turn came; you got your 2nd choice.</i> Times are shown in office time (Asia/Shanghai) to
	 * the minute. Preferences after the one won are not mentioned. Messages come from
	 * {@code licensing-allocation.properties} (zh-CN) and {@code licensing-allocation_en.properties}.
	 *
	 * @param decision a decision from {@link #allocate}
	 * @param locale English for any locale whose language is {@code en}; Simplified Chinese otherwise (and for null)
	 * @return one sentence, or two for a green-channel request
	 */
	public static String explain(Decision decision, Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		Locale messageLocale = english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		var bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
				SeatAllocation.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

		var rank = english ? ordinal(decision.rank(), messageLocale)
				: NumberFormat.getIntegerInstance(messageLocale).format(decision.rank());
		var sortTime = MINUTES.format(decision.sortTime().atZone(OFFICE_ZONE));
		var clauses = new ArrayList<String>();
		clauses.add(message(bundle, decision.greenChannel() ? "rank.green" : "rank", messageLocale, rank, sortTime));
		var preferences = decision.preferences();
		int last = decision.placed() ? decision.preferenceIndex() : preferences.size();
		for (int i = 0; i < last; i++) {
			var choice = english ? ordinal(i + 1, messageLocale) : String.valueOf(i + 1);
			switch (preferences.get(i).state()) {
				case FULL -> clauses.add(message(bundle, "choice.full", messageLocale, choice));
				case UNKNOWN_SESSION -> clauses.add(message(bundle, "choice.unknown", messageLocale, choice));
				default -> throw new IllegalStateException("preference " + i + " before the outcome cannot be "
						+ preferences.get(i).state());
			}
		}
		if (decision.placed()) {
			var choice = english ? ordinal(decision.preferenceIndex() + 1, messageLocale)
					: String.valueOf(decision.preferenceIndex() + 1);
			clauses.add(message(bundle, "outcome.placed", messageLocale, choice));
		}
		else {
			clauses.add(message(bundle, "outcome.unplaced", messageLocale));
		}
		return String.join(bundle.getString("separator"), clauses) + bundle.getString("end");
	}

	private static String message(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
		return new MessageFormat(bundle.getString(key), locale).format(arguments);
	}

	private static String ordinal(int n, Locale locale) {
		String suffix;
		int lastTwo = n % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			suffix = "th";
		}
		else {
			switch (n % 10) {
				case 1 -> suffix = "st";
				case 2 -> suffix = "nd";
				case 3 -> suffix = "rd";
				default -> suffix = "th";
			}
		}
		return NumberFormat.getIntegerInstance(locale).format(n) + suffix;
	}
}
