package org.cheguan.vehicles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo vehicles ({@code cheguan.demo=true}), all synthetic: three demo citizens with four cars registered here (one of
 * them with its inspection window open, one new-energy), and the seed's Lanzhou car: a 甘A file at the origin office
 * with pending business, owned by a fourth demo citizen, ready for a transfer-in that is blocked and coordinated.
 * Created once; existing data is kept.
 *
 * <p>The Lanzhou file is seeded at start-up. The four cars are registrations, services the office rendered, so they are
 * registered by the demo's living history ({@code org.cheguan.demo}) through {@link #registerCars} at a moment of its
 * past, with the office clock there: registered at start-up they would be today's services and a fresh demo's
 * dashboard would open on a thin today. The history calls it at the present moment when it is disabled or did not
 * run, so the cars always exist.
 */
@Component
@ConditionalOnProperty(name = "cheguan.demo", havingValue = "true")
public class DemoVehicles implements SmartInitializingSingleton {

	/** The demo citizens: name, ID body (17 digits), mobile. */
	static final List<String[]> CITIZENS = List.of(new String[] { "张伟", "42010619950715002", "13800138001" },
			new String[] { "李娜", "42010219880312004", "13800138002" },
			new String[] { "王强", "42011119790101003", "13800138003" });

	/** The Lanzhou car's owner (马海军, a Lanzhou ID) and the car. */
	static final String[] LANZHOU_OWNER = { "马海军", "62010219850715123", "13800138004" };

	static final String LANZHOU_VIN_BODY = "LFV2A21K0N4000521";

	static final String LANZHOU_PLATE = "甘A3K521";

	private static final Logger log = LoggerFactory.getLogger(DemoVehicles.class);

	private final VehicleRegistrations registrations;

	private final TableExchange exchange;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoVehicles(VehicleRegistrations registrations, TableExchange exchange, JdbcClient jdbc, Clock clock,
			TransactionTemplate transactions) {
		this.registrations = registrations;
		this.exchange = exchange;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			transactions.executeWithoutResult(status -> seed());
		}
		catch (RuntimeException ex) {
			log.warn("Demo vehicles not seeded: {}", ex.getMessage());
		}
	}

	/**
	 * Registers the four demo cars that do not exist yet, at the office clock's present moment (the service records
	 * carry it); a car that exists is left as it is. The car whose inspection window is open is dated from
	 * {@code today}, so that its window is open on the real office day even when the clock stands in the past.
	 *
	 * @param today the real office day the demo starts on (the clock may be anywhere before it)
	 * @return how many cars were registered now, 0 to 4
	 */
	public int registerCars(LocalDate today) {
		var registered = transactions.execute(status -> {
			var n = 0;
			n += car(0, "LSVAU2180N2000101", "鄂A8K520", VehicleType.SMALL_PASSENGER, Energy.FUEL, "大众 朗逸", 24, today);
			n += car(0, "LGXC16DF9P0000202", "鄂AD20260", VehicleType.SMALL_PASSENGER, Energy.NEW_ENERGY, "比亚迪 秦PLUS", 0,
					today);
			n += car(1, "LVHRW5848N5000303", "鄂A3C699", VehicleType.SMALL_PASSENGER, Energy.FUEL, "东风本田 思域", 0, today);
			n += car(2, "LZWADAGA5M8000404", "鄂A6T886", VehicleType.MICRO_PASSENGER, Energy.FUEL, "五菱 宏光MINI", 0, today);
			return n;
		});
		return registered == null ? 0 : registered;
	}

	private void seed() {
		var today = OfficeTime.today(clock);
		var lanzhou = vin(LANZHOU_VIN_BODY);
		var seeded = jdbc.sql("select count(*) from vehicles.exchange_file where vin = :vin").param("vin", lanzhou)
			.query(Integer.class).single();
		if (seeded == 0) {
			exchange.seed(LANZHOU_PLATE, id(LANZHOU_OWNER[1]), new InterOfficeExchange.OriginFile(lanzhou,
					LANZHOU_PLATE, "", "", java.util.Set.of(StatusCode.A), List.of("兰州市车管所在办：违法处理未结"),
					VehicleType.SMALL_PASSENGER, Usage.NON_COMMERCIAL, Energy.FUEL, 5, "吉利 帝豪",
					today.minusYears(3).minusMonths(2), today.minusYears(3), today.plusMonths(8), today.plusYears(1)));
			// the owner is known to the office so the demo can sign in as them
			registrations.owner(id(LANZHOU_OWNER[1]), MobileNumber.of(LANZHOU_OWNER[2]), LANZHOU_OWNER[0]);
		}
	}

	/**
	 * Registers a demo car once, on the clock's day; {@code monthsAgo} back-dates it from {@code today} so that an
	 * inspection window is open.
	 *
	 * @return 1 when registered now, 0 when it existed
	 */
	private int car(int citizen, String vinBody, String plate, VehicleType type, Energy energy, String model,
			int monthsAgo, LocalDate today) {
		var vin = vin(vinBody);
		var exists = jdbc.sql("select count(*) from vehicles.vehicle where vin = :vin").param("vin", vin)
			.query(Integer.class).single();
		if (exists > 0) {
			return 0;
		}
		var registrationDay = OfficeTime.today(clock);
		var who = CITIZENS.get(citizen);
		registrations.register(new NewRegistration(Vin.of(vin), id(who[1]), who[0], MobileNumber.of(who[2]), type,
				Usage.NON_COMMERCIAL, energy, type == VehicleType.MICRO_PASSENGER ? 4 : 5, false, model,
				registrationDay.minusMonths(monthsAgo + 2), today.plusYears(1), true, false, PlateNumber.of(plate), false),
				new ServiceContext(org.cheguan.shared.Channel.WINDOW, null, null, null)); // no clerk served: no one is credited
		if (monthsAgo > 0) {
			// back-dated so that the inspection validity ends a month from now: the sign window is open
			var registered = today.minusMonths(monthsAgo - 1);
			jdbc.sql("""
					update vehicles.vehicle set registered_on = :registered, inspection_valid_until = :due
					where vin = :vin""")
				.param("registered", registered)
				.param("due", registered.plusYears(2))
				.param("vin", vin)
				.update();
		}
		return 1;
	}

	static ResidentIdNumber id(String body) {
		return ResidentIdNumber.of(body + ResidentIdNumber.checkCharacter(body));
	}

	static String vin(String seventeen) {
		var chars = seventeen.toCharArray();
		chars[8] = Vin.checkCharacter(seventeen);
		return new String(chars);
	}
}
