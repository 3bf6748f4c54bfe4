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

	DemoOutlets(JdbcClient jdbc, JdbcTemplate template, Districts districts, ServiceMatrix matrix, Outlets outlets,
			Clock clock, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.events = events;
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
		log.info("Demo outlet network generated: {} outlets (seed {})", specs.size(), DemoNetwork.SEED);
	}

	/** @return the generated network, for tests */
	static List<DemoNetwork.Spec> network(Districts districts) {
		return DemoNetwork.generate(districts, ServiceMatrix.defaultMatrix(), DemoNetwork.SEED);
	}
}
