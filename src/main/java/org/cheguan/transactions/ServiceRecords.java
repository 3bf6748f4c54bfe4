package org.cheguan.transactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Channel;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every service rendered (业务流水). Recording is idempotent: the source module and the key of the fact
 * are unique together in the database, and the row is written by one {@code INSERT … ON CONFLICT DO NOTHING}, so an
 * event delivered twice (the event publication registry delivers at least once) or a retried request never makes a
 * second record. Publishes {@link ServiceRendered} once per new record.
 */
@Service
@Transactional
public class ServiceRecords {

	/** Largest page the listings return. */
	public static final int MAX_PAGE_SIZE = 500;

	private static final String COLUMNS = """
			id, service_type, channel, outlet_id, department, staff_username, citizen_id, started_at, completed_at,
			wait_minutes, source, source_key""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ServiceRecords(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a service rendered, once. The listeners of this module call it for the facts of other modules; the
	 * clerk endpoint for services no module models.
	 *
	 * @param service what was rendered, to whom, where, by whom, when
	 * @return the stored record: the new one, or the one already recorded for the same source and key
	 * @throws InvalidValue ({@code validation}) when the start is after the completion or the wait is negative
	 */
	public ServiceRecord record(NewServiceRecord service) {
		if (service.startedAt() != null && service.startedAt().isAfter(service.completedAt())) {
			throw new InvalidValue(InvalidValue.VALIDATION, "transactions.record.start-after-completion", null);
		}
		if (service.waitMinutes() != null && service.waitMinutes() < 0) {
			throw new InvalidValue(InvalidValue.VALIDATION, "transactions.record.wait", null);
		}
		var id = UUID.randomUUID();
		var department = service.department() != null && !service.department().isBlank()
				? ServiceType.Department.canonical(service.department()) : service.type().department().name();
		var inserted = jdbc.sql("""
				insert into transactions.service_record (id, service_type, channel, outlet_id, department, staff_username,
				  citizen_id, started_at, completed_at, completed_on, wait_minutes, source, source_key, recorded_at)
				values (:id, :type, :channel, :outlet, :department, :staff, :citizen, :started, :completed, :completedOn,
				  :wait, :source, :key, :now)
				on conflict (source, source_key) do nothing""")
			.param("id", id)
			.param("type", service.type().name())
			.param("channel", service.channel().name())
			.param("outlet", service.outletId())
			.param("department", department)
			.param("staff", service.staffUsername())
			.param("citizen", service.citizenId().value())
			.param("started", service.startedAt() == null ? null : Timestamp.from(service.startedAt()))
			.param("completed", Timestamp.from(service.completedAt()))
			.param("completedOn", service.completedAt().atZone(OfficeTime.ZONE).toLocalDate())
			.param("wait", service.waitMinutes())
			.param("source", service.source())
			.param("key", service.sourceKey())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			return bySource(service.source(), service.sourceKey()).orElseThrow();
		}
		var stored = find(id).orElseThrow();
		events.publishEvent(new ServiceRendered(id, stored.type(), stored.channel(), stored.outletId(),
				stored.department(), stored.staffUsername(), stored.citizenId(), stored.completedAt(),
				stored.waitMinutes()));
		events.publishEvent(StateChanged.created("transactions.service.recorded", "service-record", id.toString(),
				stored.type() + " " + stored.channel() + " from " + stored.source()));
		return stored;
	}

	/**
	 * @param id a service record
	 * @return it, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<ServiceRecord> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from transactions.service_record where id = :id")
			.param("id", id)
			.query(ServiceRecords::map)
			.optional();
	}

	/**
	 * @param id a service record
	 * @return it
	 * @throws NotFound when it does not exist
	 */
	@Transactional(readOnly = true)
	public ServiceRecord get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("service-record", id));
	}

	/**
	 * @param source module and fact
	 * @param sourceKey the fact's key
	 * @return the record made for it, if any
	 */
	@Transactional(readOnly = true)
	public Optional<ServiceRecord> bySource(String source, String sourceKey) {
		return jdbc.sql("select " + COLUMNS + " from transactions.service_record where source = :source and source_key = :key")
			.param("source", source)
			.param("key", sourceKey)
			.query(ServiceRecords::map)
			.optional();
	}

	/**
	 * Lists records, newest completion first.
	 *
	 * @param citizen only this citizen's, or null for anyone's
	 * @param outletId only this outlet's, or null
	 * @param from first office date of completion, inclusive, or null
	 * @param to last office date of completion, inclusive, or null
	 * @param page zero-based page
	 * @param size records per page, 1 to {@value #MAX_PAGE_SIZE}
	 * @return the page
	 * @throws InvalidValue ({@code validation}) for a bad page or a range that ends before it starts
	 */
	@Transactional(readOnly = true)
	public List<ServiceRecord> search(@Nullable CitizenId citizen, @Nullable UUID outletId, @Nullable LocalDate from,
			@Nullable LocalDate to, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidValue(InvalidValue.VALIDATION, "problem.validation.page", null, page, size, MAX_PAGE_SIZE);
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "transactions.search.range", null, from, to);
		}
		return jdbc.sql("select " + COLUMNS + """
				 from transactions.service_record
				where (cast(:citizen as uuid) is null or citizen_id = :citizen)
				  and (cast(:outlet as uuid) is null or outlet_id = :outlet)
				  and (cast(:from as date) is null or completed_on >= :from)
				  and (cast(:to as date) is null or completed_on <= :to)
				order by completed_at desc, id limit :limit offset :offset""")
			.param("citizen", citizen == null ? null : citizen.value())
			.param("outlet", outletId)
			.param("from", from)
			.param("to", to)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ServiceRecords::map)
			.list();
	}

	private static ServiceRecord map(ResultSet rs, int row) throws SQLException {
		var started = rs.getTimestamp("started_at");
		var wait = rs.getObject("wait_minutes");
		return new ServiceRecord(rs.getObject("id", UUID.class), ServiceType.valueOf(rs.getString("service_type")),
				Channel.valueOf(rs.getString("channel")), rs.getObject("outlet_id", UUID.class),
				rs.getString("department"), rs.getString("staff_username"),
				new CitizenId(rs.getObject("citizen_id", UUID.class)), started == null ? null : started.toInstant(),
				rs.getTimestamp("completed_at").toInstant(), wait == null ? null : ((Number) wait).intValue(),
				rs.getString("source"), rs.getString("source_key"));
	}
}
