package org.cheguan.outlets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cheguan.shared.Channel;
import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.DomainRuleViolation;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mobile office's (流动车管所) calendar of visits, the services done on site, and its cumulative reach. A service
 * done on site publishes {@link MobileServiceRendered} (channel MOBILE) in the same transaction, so that
 * {@code transactions} records it.
 */
@Service
@Transactional
public class MobileVisits {

	/** Longest span one calendar listing covers, days. */
	public static final int MAX_SPAN_DAYS = 366;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final Districts districts;

	private final Outlets outlets;

	private final PersonalDataCipher cipher;

	MobileVisits(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, Districts districts,
			Outlets outlets, PersonalDataCipher cipher) {
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.districts = districts;
		this.outlets = outlets;
	}

	/**
	 * Plans a visit.
	 *
	 * @param date the day
	 * @param place where the van stands
	 * @param community community, enterprise or village served
	 * @param district the district
	 * @param location the place, or null
	 * @param services business-type codes offered, at least one
	 * @param staff usernames of the staff, at least one
	 * @param demo generated demo data
	 * @return the visit
	 * @throws InvalidValue when the district is not a Wuhan district, a code is malformed, or no staff or service is
	 *         given
	 */
	public MobileVisit schedule(LocalDate date, String place, String community, DistrictCode district,
			@Nullable GeoPoint location, Set<String> services, List<String> staff, boolean demo) {
		if (districts.all().stream().noneMatch(d -> d.code().equals(district))) {
			throw new InvalidValue(InvalidValue.VALIDATION, "kernel.district-code.format", "GB/T 2260", district);
		}
		if (services.isEmpty()) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.service.malformed", null, "");
		}
		for (var code : services) {
			if (!ServiceMatrix.wellFormed(code)) {
				throw new InvalidValue(InvalidValue.VALIDATION, "outlets.service.malformed", null, code);
			}
		}
		var people = staff.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		if (people.isEmpty()) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.visit.staff-required", null);
		}
		var visit = new MobileVisit(UUID.randomUUID(), date, place.strip(), community.strip(), district, location,
				services, people, demo);
		jdbc.sql("""
				insert into outlets.mobile_visit (id, visit_date, place, community, district_code, latitude, longitude,
				  services, staff, demo, created_at)
				values (:id, :date, :place, :community, :district, :lat, :lon, :services, :staff, :demo, :now)""")
			.param("id", visit.id())
			.param("date", date)
			.param("place", visit.place())
			.param("community", visit.community())
			.param("district", district.value())
			.param("lat", location == null ? null : location.latitude())
			.param("lon", location == null ? null : location.longitude())
			.param("services", String.join(",", services.stream().sorted().toList()))
			.param("staff", String.join(",", people))
			.param("demo", demo)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(StateChanged.created("outlets.mobile-visit.scheduled", "mobile-visit",
				visit.id().toString(), date + " " + district.value() + " " + visit.community()));
		return visit;
	}

	/**
	 * @param id a visit
	 * @return the visit
	 * @throws NotFound when there is none
	 */
	@Transactional(readOnly = true)
	public MobileVisit get(UUID id) {
		return jdbc.sql("select * from outlets.mobile_visit where id = :id").param("id", id)
			.query(MobileVisits::visit)
			.optional()
			.orElseThrow(() -> new NotFound("mobile-visit", id));
	}

	/**
	 * The calendar: visits from {@code from} to {@code to} inclusive, by date and community.
	 *
	 * @param from first date
	 * @param to last date, at most {@value #MAX_SPAN_DAYS} days after {@code from}
	 * @param page zero-based page
	 * @param size visits per page, 1 to 500
	 * @return the visits
	 * @throws InvalidValue when the span or page is out of range
	 */
	@Transactional(readOnly = true)
	public List<MobileVisit> calendar(LocalDate from, LocalDate to, int page, int size) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_SPAN_DAYS) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.visit.order", null, from, to, MAX_SPAN_DAYS);
		}
		if (page < 0 || size < 1 || size > 500) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size, 500);
		}
		return jdbc.sql("""
				select * from outlets.mobile_visit where visit_date between :from and :to
				order by visit_date, community, id limit :size offset :offset""")
			.param("from", from)
			.param("to", to)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(MobileVisits::visit)
			.list();
	}

	/**
	 * Records a service done on site and publishes {@link MobileServiceRendered}.
	 *
	 * @param visitId the visit
	 * @param serviceType a business-type code the visit offers
	 * @param startedAt start
	 * @param completedAt end, not before the start
	 * @param staff username of who served
	 * @param citizenIdNumber the citizen's resident ID number, or null
	 * @return the event published
	 * @throws NotFound when the visit does not exist
	 * @throws DomainRuleViolation when the visit does not offer the service
	 * @throws InvalidValue when the times are out of order or the ID number is invalid
	 */
	public MobileServiceRendered recordService(UUID visitId, String serviceType, Instant startedAt,
			Instant completedAt, String staff, @Nullable String citizenIdNumber) {
		var visit = get(visitId);
		if (!visit.services().contains(serviceType)) {
			throw new DomainRuleViolation("CHEGUAN-mobile-office", "outlets.visit.service-not-offered", serviceType);
		}
		if (completedAt.isBefore(startedAt)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "outlets.closure.order", null, startedAt, completedAt);
		}
		var idNumber = citizenIdNumber == null || citizenIdNumber.isBlank() ? null
				: ResidentIdNumber.of(citizenIdNumber, clock).value();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into outlets.mobile_service (id, visit_id, service_type, started_at, completed_at, staff, created_at,
				  citizen_id_number_cipher)
				values (:id, :visit, :type, :started, :completed, :staff, :now, :citizen)""")
			.param("citizen", idNumber == null ? null : cipher.encrypt(idNumber))
			.param("id", id)
			.param("visit", visitId)
			.param("type", serviceType)
			.param("started", Timestamp.from(startedAt))
			.param("completed", Timestamp.from(completedAt))
			.param("staff", staff)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		var van = outlets.ofKind(OutletKind.MOBILE).stream().findFirst().map(Outlet::id).orElse(null);
		var event = new MobileServiceRendered(id, visitId, van, serviceType, Channel.MOBILE, visit.districtCode(),
				staff, idNumber != null, startedAt, completedAt);
		events.publishEvent(event);
		events.publishEvent(StateChanged.created("outlets.mobile-service.recorded", "mobile-visit", visitId.toString(),
				serviceType + " by " + staff));
		return event;
	}

	/**
	 * The citizen served in a mobile-office service, for {@code transactions} to find them: the ID number is kept
	 * encrypted here and never travels in an event.
	 *
	 * @param serviceId the service, from {@link MobileServiceRendered#serviceId()}
	 * @return the ID number, or empty when none was recorded or the service is unknown
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ResidentIdNumber> citizenIdNumber(UUID serviceId) {
		return jdbc.sql("select citizen_id_number_cipher from outlets.mobile_service where id = :id and citizen_id_number_cipher is not null")
			.param("id", serviceId)
			.query(String.class)
			.optional()
			.map(sealed -> ResidentIdNumber.of(cipher.decrypt(sealed)));
	}

	/** @return the cumulative reach, per district too */
	@Transactional(readOnly = true)
	public MobileReach reach() {
		var today = OfficeTime.today(clock);
		var rows = jdbc.sql("""
				select v.district_code,
				       count(distinct v.id) as visits,
				       count(distinct v.id) filter (where v.visit_date <= :today) as held,
				       count(s.id) as services,
				       count(distinct v.community) as communities
				from outlets.mobile_visit v left join outlets.mobile_service s on s.visit_id = v.id
				group by v.district_code order by v.district_code""")
			.param("today", today)
			.query((rs, n) -> new long[] { rs.getLong("visits"), rs.getLong("held"), rs.getLong("services"),
					rs.getLong("communities"), Long.parseLong(rs.getString("district_code")) })
			.list();
		var communities = jdbc.sql("select count(distinct community) from outlets.mobile_visit").query(Long.class)
			.single();
		var perDistrict = rows.stream()
			.map(r -> new MobileReach.DistrictReach(Long.toString(r[4]), r[0], r[2], r[3]))
			.toList();
		return new MobileReach(rows.stream().mapToLong(r -> r[0]).sum(), rows.stream().mapToLong(r -> r[1]).sum(),
				rows.stream().mapToLong(r -> r[2]).sum(), communities, perDistrict);
	}

	private static MobileVisit visit(ResultSet rs, int row) throws SQLException {
		var lat = rs.getObject("latitude", Double.class);
		var lon = rs.getObject("longitude", Double.class);
		Set<String> services = Arrays.stream(rs.getString("services").split(",")).filter(s -> !s.isBlank())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return new MobileVisit(rs.getObject("id", UUID.class), rs.getObject("visit_date", LocalDate.class),
				rs.getString("place"), rs.getString("community"), DistrictCode.of(rs.getString("district_code")),
				lat == null || lon == null ? null : GeoPoint.of(lat, lon), services,
				List.of(rs.getString("staff").split(",")), rs.getBoolean("demo"));
	}
}
