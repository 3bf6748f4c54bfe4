package org.cheguan.outlets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.cheguan.shared.WorkingCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outlet network: every outlet with its services, opening hours and temporary closures, and the nearest-outlet
 * search.
 *
 * <p>Reads are served from an immutable in-memory snapshot of the whole network (about 1,400 demo outlets, a few
 * hundred kilobytes), loaded from the database on first use and dropped after every committed change. Why no spatial
 * index (R-tree, geohash): a nearest query filters one kind (at most about 1,050 outlets) and computes a haversine
 * distance for each, tens of microseconds in all (see docs/benchmarks.md), far below the 5 ms target; an index would
 * add code and invalidation without a measurable gain at this size. Revisit beyond some 100,000 outlets.
 *
 * <p>Opening hours follow {@link OpeningHours} (lunch, Saturday service, 24-hour sites, public holidays closed,
 * make-up working days open with weekday hours, from the official WorkingCalendar); a temporary closure
 * (from its start, inclusive, to its end, exclusive) closes an outlet whatever its hours.
 */
@Service
@Transactional
public class Outlets {

	/** Largest number of outlets one search returns. */
	public static final int MAX_LIMIT = 2_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ServiceMatrix matrix;

	private final Districts districts;

	private final WorkingCalendar calendar = WorkingCalendar.official();

	private volatile @Nullable Snapshot snapshot;

	Outlets(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ServiceMatrix matrix, Districts districts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.matrix = matrix;
		this.districts = districts;
	}

	/**
	 * @param id an outlet id
	 * @return the outlet, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<Outlet> find(UUID id) {
		return Optional.ofNullable(snapshot().byId.get(id)).map(Entry::outlet);
	}

	/**
	 * @param id an outlet id
	 * @return the outlet
	 * @throws NotFound (resource.outlet) when there is none
	 */
	@Transactional(readOnly = true)
	public Outlet get(UUID id) {
		return entry(id).outlet();
	}

	/**
	 * @param kind a kind
	 * @return the outlets of that kind, by name
	 */
	@Transactional(readOnly = true)
	public List<Outlet> ofKind(OutletKind kind) {
		return snapshot().byKind.getOrDefault(kind, List.of()).stream().map(Entry::outlet).toList();
	}

	/** @return every outlet, by kind and name */
	@Transactional(readOnly = true)
	public List<Outlet> all() {
		return snapshot().all.stream().map(Entry::outlet).toList();
	}

	/**
	 * Whether an outlet serves at an instant: its opening hours in office time (lunch, Saturday, 24-hour), public
	 * holidays and make-up working days of the official calendar, and its temporary closures.
	 *
	 * @param outletId an outlet
	 * @param instant an instant
	 * @return whether it is open
	 * @throws NotFound when the outlet does not exist
	 */
	@Transactional(readOnly = true)
	public boolean isOpenAt(UUID outletId, Instant instant) {
		return openAt(entry(outletId), instant);
	}

	/**
	 * @param outletId an outlet
	 * @return its opening hours
	 * @throws NotFound when the outlet does not exist
	 */
	@Transactional(readOnly = true)
	public OpeningHours openingHours(UUID outletId) {
		return entry(outletId).hours();
	}

	/**
	 * @param outletId an outlet
	 * @return the extra facts of an outlet: address, departments (the main office's business departments), closures
	 * @throws NotFound when the outlet does not exist
	 */
	@Transactional(readOnly = true)
	public OutletDetails details(UUID outletId) {
		var entry = entry(outletId);
		return new OutletDetails(entry.outlet(), entry.address(), entry.departments(), entry.hours(), entry.closures());
	}

	/**
	 * Searches the network.
	 *
	 * @param query filters, an optional point to sort by distance, an optional instant the outlets must be open at
	 * @return matching outlets with their distance in metres when {@code near} is given (nearest first, ties by name),
	 *         otherwise by kind and name; at most {@code limit}
	 * @throws InvalidValue when the limit is below 1 or above {@value #MAX_LIMIT}
	 */
	@Transactional(readOnly = true)
	public List<OutletHit> search(OutletQuery query) {
		if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.search.limit", null, query.limit(), MAX_LIMIT);
		}
		var current = snapshot();
		var candidates = query.kind() == null ? current.all : current.byKind.getOrDefault(query.kind(), List.of());
		var near = query.near();
		var openAt = query.openAt();
		var local = openAt == null ? null : LocalDateTime.ofInstant(openAt, OfficeTime.ZONE);
		var dayType = local == null ? null : OpeningHours.dayType(local.toLocalDate(), calendar);
		var hits = new ArrayList<OutletHit>();
		for (var entry : candidates) {
			var outlet = entry.outlet();
			if (query.district() != null && !outlet.districtCode().equals(query.district())) {
				continue;
			}
			if (query.service() != null && !outlet.offers(query.service())) {
				continue;
			}
			if (openAt != null && local != null && dayType != null && !openAt(entry, openAt, local, dayType)) {
				continue;
			}
			hits.add(new OutletHit(outlet, near == null ? null : near.distanceMeters(outlet.location())));
		}
		if (near != null) {
			var order = Comparator
				.comparingDouble((OutletHit hit) -> hit.distanceMeters() == null ? 0 : hit.distanceMeters())
				.thenComparing(hit -> hit.outlet().name());
			if (hits.size() > query.limit()) {
				// keep the nearest limit hits in a bounded max-heap instead of sorting them all
				var heap = new java.util.PriorityQueue<OutletHit>(query.limit() + 1, order.reversed());
				for (var hit : hits) {
					heap.add(hit);
					if (heap.size() > query.limit()) {
						heap.poll();
					}
				}
				hits = new ArrayList<>(heap);
			}
			hits.sort(order);
		}
		return hits.size() > query.limit() ? List.copyOf(hits.subList(0, query.limit())) : hits;
	}

	/**
	 * Adds an outlet with its kind's services from the {@link ServiceMatrix} unless given.
	 *
	 * @param request the new outlet
	 * @return the outlet
	 * @throws InvalidValue when the place is outside every Wuhan district or a service code is malformed
	 */
	public Outlet add(NewOutlet request) {
		var district = districts.locate(request.location())
			.orElseThrow(() -> new InvalidValue(InvalidValue.VALIDATION, "outlets.location.outside", null,
					request.location().latitude(), request.location().longitude()));
		var services = request.services() == null || request.services().isEmpty() ? matrix.servicesOf(request.kind())
				: request.services();
		for (var code : services) {
			if (!ServiceMatrix.wellFormed(code)) {
				throw new InvalidValue(InvalidValue.VALIDATION, "outlets.service.malformed", null, code);
			}
		}
		var id = UUID.randomUUID();
		insert(id, request.name().strip(), request.kind(), district.code(), request.location(), "", services,
				List.of(), request.hours(), false);
		events.publishEvent(StateChanged.created("outlets.outlet.added", "outlet", id.toString(),
				request.kind() + " " + district.code().value()));
		dropSnapshotAfterCommit();
		return find(id).orElseGet(() -> new Outlet(id, request.name().strip(), request.kind(), district.code(),
				request.location(), services, false));
	}

	/**
	 * Closes an outlet temporarily.
	 *
	 * @param outletId the outlet
	 * @param from first instant closed
	 * @param to first instant open again, after {@code from}
	 * @param reason why, shown to citizens
	 * @return the closure
	 * @throws NotFound when the outlet does not exist
	 * @throws InvalidValue when {@code to} is not after {@code from}
	 */
	public Closure close(UUID outletId, Instant from, Instant to, String reason) {
		entry(outletId);
		if (!to.isAfter(from)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.closure.order", null, from, to);
		}
		var closure = new Closure(UUID.randomUUID(), outletId, from, to, reason.strip());
		jdbc.sql("""
				insert into outlets.closure (id, outlet_id, starts_at, ends_at, reason, created_at)
				values (:id, :outlet, :from, :to, :reason, :now)""")
			.param("id", closure.id())
			.param("outlet", outletId)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("reason", closure.reason())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(StateChanged.created("outlets.closure.added", "outlet", outletId.toString(),
				"closed " + from + " – " + to));
		dropSnapshotAfterCommit();
		return closure;
	}

	/**
	 * Replaces the snapshot with an in-memory network, for benchmarks and plain tests without a database.
	 *
	 * @param specs the outlets with their hours
	 */
	void useInMemory(List<DemoNetwork.Spec> specs) {
		snapshot = new Snapshot(specs.stream()
			.map(spec -> new Entry(spec.outlet(), "", spec.departments(), spec.hours(), List.<Closure>of()))
			.toList());
	}

	/** @return the calendar the opening hours follow */
	WorkingCalendar calendar() {
		return calendar;
	}

	/** @return the current instant of the application clock */
	Instant now() {
		return clock.instant();
	}

	/** Inserts an outlet and its hours (no event, no snapshot change: callers do both). */
	void insert(UUID id, String name, OutletKind kind, DistrictCode district, GeoPoint location, String address,
			Set<String> services, List<String> departments, OpeningHours hours, boolean demo) {
		jdbc.sql("""
				insert into outlets.outlet (id, name, kind, district_code, latitude, longitude, address, services,
				  departments, always_open, demo, created_at)
				values (:id, :name, :kind, :district, :lat, :lon, :address, :services, :departments, :always, :demo, :now)""")
			.param("id", id)
			.param("name", name)
			.param("kind", kind.name())
			.param("district", district.value())
			.param("lat", location.latitude())
			.param("lon", location.longitude())
			.param("address", address)
			.param("services", String.join(",", services.stream().sorted().toList()))
			.param("departments", String.join(",", departments))
			.param("always", hours.alwaysOpen())
			.param("demo", demo)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		for (var day : hours.days().entrySet()) {
			var h = day.getValue();
			jdbc.sql("""
					insert into outlets.opening_hours (outlet_id, day_of_week, opens, closes, lunch_from, lunch_to)
					values (:id, :day, :opens, :closes, :lunchFrom, :lunchTo)""")
				.param("id", id)
				.param("day", day.getKey().getValue())
				.param("opens", h.opens())
				.param("closes", h.closes())
				.param("lunchFrom", h.lunchFrom())
				.param("lunchTo", h.lunchTo())
				.update();
		}
	}

	/** Drops the snapshot when the current transaction commits (at once without one). */
	void dropSnapshotAfterCommit() {
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
	}

	private boolean openAt(Entry entry, Instant instant) {
		var local = LocalDateTime.ofInstant(instant, OfficeTime.ZONE);
		return openAt(entry, instant, local, OpeningHours.dayType(local.toLocalDate(), calendar));
	}

	private static boolean openAt(Entry entry, Instant instant, LocalDateTime local, OpeningHours.DayType dayType) {
		for (var closure : entry.closures()) {
			if (closure.covers(instant)) {
				return false;
			}
		}
		return entry.hours().isOpenAt(local, dayType);
	}

	private Entry entry(UUID id) {
		var entry = snapshot().byId.get(id);
		if (entry == null) {
			throw new NotFound("outlet", id);
		}
		return entry;
	}

	private Snapshot snapshot() {
		var current = snapshot;
		if (current == null) {
			synchronized (this) {
				current = snapshot;
				if (current == null) {
					current = load();
					snapshot = current;
				}
			}
		}
		return current;
	}

	private Snapshot load() {
		var hours = new HashMap<UUID, EnumMap<DayOfWeek, OpeningHours.DayHours>>();
		jdbc.sql("select * from outlets.opening_hours").query((ResultSet rs) -> {
			hours.computeIfAbsent(rs.getObject("outlet_id", UUID.class), id -> new EnumMap<>(DayOfWeek.class))
				.put(DayOfWeek.of(rs.getInt("day_of_week")),
						new OpeningHours.DayHours(rs.getObject("opens", LocalTime.class),
								rs.getObject("closes", LocalTime.class), rs.getObject("lunch_from", LocalTime.class),
								rs.getObject("lunch_to", LocalTime.class)));
		});
		var closures = new HashMap<UUID, List<Closure>>();
		jdbc.sql("select * from outlets.closure order by starts_at").query((ResultSet rs) -> {
			var closure = new Closure(rs.getObject("id", UUID.class), rs.getObject("outlet_id", UUID.class),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("reason"));
			closures.computeIfAbsent(closure.outletId(), id -> new ArrayList<>()).add(closure);
		});
		var entries = jdbc.sql("select * from outlets.outlet order by kind, name")
			.query((rs, row) -> entry(rs, hours, closures))
			.list();
		return new Snapshot(entries);
	}

	private static Entry entry(ResultSet rs, Map<UUID, EnumMap<DayOfWeek, OpeningHours.DayHours>> hours,
			Map<UUID, List<Closure>> closures) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var outlet = new Outlet(id, rs.getString("name"), OutletKind.valueOf(rs.getString("kind")),
				DistrictCode.of(rs.getString("district_code")),
				GeoPoint.of(rs.getDouble("latitude"), rs.getDouble("longitude")), codes(rs.getString("services")),
				rs.getBoolean("demo"));
		var days = hours.get(id);
		var opening = new OpeningHours(rs.getBoolean("always_open"),
				days == null ? Map.of() : days);
		var departments = rs.getString("departments").isBlank() ? List.<String>of()
				: List.of(rs.getString("departments").split(","));
		return new Entry(outlet, rs.getString("address"), departments, opening,
				List.copyOf(closures.getOrDefault(id, List.of())));
	}

	private static Set<String> codes(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(code -> !code.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private record Entry(Outlet outlet, String address, List<String> departments, OpeningHours hours,
			List<Closure> closures) {
	}

	private static final class Snapshot {

		final List<Entry> all;

		final Map<UUID, Entry> byId = new HashMap<>();

		final Map<OutletKind, List<Entry>> byKind = new EnumMap<>(OutletKind.class);

		Snapshot(List<Entry> entries) {
			this.all = List.copyOf(entries);
			for (var entry : entries) {
				byId.put(entry.outlet().id(), entry);
				byKind.computeIfAbsent(entry.outlet().kind(), kind -> new ArrayList<>()).add(entry);
			}
			byKind.replaceAll((kind, list) -> List.copyOf(list));
		}
	}
}
