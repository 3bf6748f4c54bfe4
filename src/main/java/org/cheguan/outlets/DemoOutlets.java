package org.cheguan.outlets;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.cheguan.shared.StateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo network ({@link DemoNetwork}) once, at the first start of the demo profile
 * ({@code cheguan.demo=true}); the {@code outlets.demo_network} row remembers it, so a restart or an edited outlet is
 * never overwritten.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
class DemoOutlets implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoOutlets.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Districts districts;

	private final ServiceMatrix matrix;

	private final Outlets outlets;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final MobileVisits visits;

	DemoOutlets(JdbcClient jdbc, JdbcTemplate template, Districts districts, ServiceMatrix matrix, Outlets outlets,
			Clock clock, TransactionTemplate transactions, ApplicationEventPublisher events, MobileVisits visits) {
		this.events = events;
		this.visits = visits;
		this.jdbc = jdbc;
		this.template = template;
		this.districts = districts;
		this.matrix = matrix;
		this.outlets = outlets;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> generate());
	}

	void generate() {
		var done = jdbc.sql("select count(*) from outlets.demo_network").query(Long.class).single();
		if (done > 0) {
			return;
		}
		// two instances starting on one fresh database: the second waits here and then finds the row
		jdbc.sql("lock table outlets.demo_network in exclusive mode").update();
		if (jdbc.sql("select count(*) from outlets.demo_network").query(Long.class).single() > 0) {
			return;
		}
		var specs = DemoNetwork.generate(districts, matrix, DemoNetwork.SEED);
		var now = Timestamp.from(clock.instant());
		var outletRows = new ArrayList<Object[]>();
		var hourRows = new ArrayList<Object[]>();
		for (var spec : specs) {
			outletRows.add(new Object[] { spec.id(), spec.name(), spec.kind().name(), spec.district().value(),
					spec.location().latitude(), spec.location().longitude(),
					String.join(",", spec.services().stream().sorted().toList()), String.join(",", spec.departments()),
					spec.hours().alwaysOpen(), now });
			for (var day : spec.hours().days().entrySet()) {
				var h = day.getValue();
				hourRows.add(new Object[] { spec.id(), day.getKey().getValue(), h.opens(), h.closes(), h.lunchFrom(),
						h.lunchTo() });
			}
		}
		template.batchUpdate("""
				insert into outlets.outlet (id, name, kind, district_code, latitude, longitude, services, departments,
				  always_open, demo, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?) on conflict (name) do nothing""", outletRows);
		template.batchUpdate("""
				insert into outlets.opening_hours (outlet_id, day_of_week, opens, closes, lunch_from, lunch_to)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", hourRows);
		jdbc.sql("insert into outlets.demo_network (seed, outlets, generated_at) values (:seed, :n, :now)")
			.param("seed", DemoNetwork.SEED)
			.param("n", specs.size())
			.param("now", now)
			.update();
		events.publishEvent(StateChanged.created("outlets.demo-network.generated", "demo-network",
				Long.toString(DemoNetwork.SEED), specs.size() + " demo outlets"));
		outlets.dropSnapshotAfterCommit();
		scheduleDemoVisits();
		log.info("Demo outlet network generated: {} outlets (seed {})", specs.size(), DemoNetwork.SEED);
	}

	/**
	 * The mobile office's demo calendar: {@value #DEMO_VISITS} visits on working days from two weeks before the first
	 * start to four weeks after it, mostly in the new-city districts, to generated communities marked as demo data.
	 */
	private void scheduleDemoVisits() {
		var random = new java.util.Random(DemoNetwork.SEED + 1);
		var today = org.cheguan.shared.OfficeTime.today(clock);
		var calendar = org.cheguan.shared.WorkingCalendar.official();
		var all = districts.all();
		var newCity = all.stream().filter(d -> d.kind() == District.Kind.NEW).toList();
		var services = matrix.servicesOf(OutletKind.MOBILE);
		var kinds = List.of("社区", "村", "工业园");
		var date = today.minusDays(14);
		var scheduled = 0;
		while (scheduled < DEMO_VISITS) {
			date = date.plusDays(1);
			boolean working;
			try {
				working = calendar.isWorkingDay(date);
			}
			catch (org.cheguan.shared.InvalidValue outsideTheNotices) {
				working = date.getDayOfWeek().getValue() <= 5;
			}
			if (!working) {
				continue;
			}
			var district = random.nextInt(4) == 0 ? all.get(random.nextInt(all.size()))
					: newCity.get(random.nextInt(newCity.size()));
			var place = DemoNetwork.inside(district,
					org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(district.boundary()), random);
			var community = district.name() + "第" + (1 + random.nextInt(40)) + kinds.get(random.nextInt(kinds.size()))
					+ DemoNetwork.DEMO_MARK;
			visits.schedule(date, community + "服务点", community, district.code(), place, services, List.of("clerk"),
					true);
			scheduled++;
		}
	}

	static final int DEMO_VISITS = 24;

	/** @return the generated network, for tests */
	static List<DemoNetwork.Spec> network(Districts districts) {
		return DemoNetwork.generate(districts, ServiceMatrix.defaultMatrix(), DemoNetwork.SEED);
	}
}
