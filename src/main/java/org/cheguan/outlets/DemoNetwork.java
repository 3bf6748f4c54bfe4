package org.cheguan.outlets;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The deterministic demo network of Wuhan as the seed describes it (issue 5, item 2): the main office with its 8
 * business departments, 2 branch offices, 1 service centre, 8 self-service offices (24-hour), 173 police-postal
 * outlets (134 citywide plus 39 more in the 6 new-city districts), 110 medical examination points, 1,051 e-bike
 * registration points, {@value #TESTING_STATIONS} vehicle testing stations and the mobile office. Real addresses are
 * not published (domain-rules.md §10.2), so every name is generated and marked {@value #DEMO_MARK}, and every place is
 * drawn at random inside the real district polygons, each kind shared among the districts in proportion to their 2020
 * census population (largest remainder). The same seed always gives the same network, ids included (name-based UUIDs).
 */
final class DemoNetwork {

	/** The seed of the demo network: the date of the seed news report. */
	static final long SEED = 20_240_113L;

	/** Appended to every generated name. */
	static final String DEMO_MARK = "（演示）";

	static final int SELF_SERVICE = 8;

	static final int POSTAL_CITYWIDE = 134;

	static final int POSTAL_NEW_CITY = 39;

	static final int MEDICAL = 110;

	static final int EBIKE = 1_051;

	static final int TESTING_STATIONS = 26;

	/** The main office's 8 business departments (generated names; the seed names 档案科). */
	static final List<String> DEPARTMENTS = List.of("综合科", "驾驶人管理科", "考试科", "机动车登记科", "机动车查验科", "档案科",
			"审核监管科", "网办与12123服务科");

	private DemoNetwork() {
	}

	/**
	 * One generated outlet.
	 *
	 * @param id name-based UUID
	 * @param name generated name with the demo mark
	 * @param kind kind
	 * @param district district
	 * @param location place inside the district's polygon
	 * @param services the kind's services
	 * @param departments business departments (main office only)
	 * @param hours opening hours of the kind
	 */
	record Spec(UUID id, String name, OutletKind kind, DistrictCode district, GeoPoint location, Set<String> services,
			List<String> departments, OpeningHours hours) {

		Outlet outlet() {
			return new Outlet(id, name, kind, district, location, services, true);
		}
	}

	/**
	 * @param districts the 13 districts
	 * @param matrix the services per kind
	 * @param seed random seed
	 * @return the network, in a stable order
	 */
	static List<Spec> generate(Districts districts, ServiceMatrix matrix, long seed) {
		var random = new Random(seed);
		var prepared = new LinkedHashMap<DistrictCode, PreparedGeometry>();
		for (var district : districts.all()) {
			prepared.put(district.code(), PreparedGeometryFactory.prepare(district.boundary()));
		}
		var specs = new ArrayList<Spec>();
		var main = districts.get(DistrictCode.of("420103"));
		var mainPlace = nearCentre(main, prepared.get(main.code()), random);
		specs.add(spec("车管所本部" + DEMO_MARK, OutletKind.MAIN_OFFICE, main.code(), mainPlace, matrix, DEPARTMENTS));
		specs.add(spec("流动车管所" + DEMO_MARK, OutletKind.MOBILE, main.code(), mainPlace, matrix, List.of()));
		for (var code : List.of("420111", "420112")) {
			var district = districts.get(DistrictCode.of(code));
			specs.add(spec(district.name() + "车管分所" + DEMO_MARK, OutletKind.BRANCH_OFFICE, district.code(),
					nearCentre(district, prepared.get(district.code()), random), matrix, List.of()));
		}
		var jiangxia = districts.get(DistrictCode.of("420115"));
		specs.add(spec(jiangxia.name() + "车驾管服务中心" + DEMO_MARK, OutletKind.SERVICE_CENTRE, jiangxia.code(),
				nearCentre(jiangxia, prepared.get(jiangxia.code()), random), matrix, List.of()));
		var all = districts.all();
		var newCity = all.stream().filter(d -> d.kind() == District.Kind.NEW).toList();
		scatter(specs, all, SELF_SERVICE, OutletKind.SELF_SERVICE, "无人车管所", prepared, matrix, random, 0);
		scatter(specs, all, POSTAL_CITYWIDE, OutletKind.POSTAL, "警邮服务网点", prepared, matrix, random, 0);
		scatter(specs, newCity, POSTAL_NEW_CITY, OutletKind.POSTAL, "警邮服务网点", prepared, matrix, random, 1_000);
		scatter(specs, all, MEDICAL, OutletKind.MEDICAL, "驾驶人体检点", prepared, matrix, random, 0);
		scatter(specs, all, TESTING_STATIONS, OutletKind.TESTING_STATION, "机动车检测站", prepared, matrix, random, 0);
		scatter(specs, all, EBIKE, OutletKind.EBIKE_REGISTRATION, "电动自行车登记点", prepared, matrix, random, 0);
		return List.copyOf(specs);
	}

	/**
	 * Shares a count among districts in proportion to population (largest remainder, ties by code).
	 *
	 * @param districts the districts sharing
	 * @param count the total
	 * @return count per district, summing to {@code count}
	 */
	static Map<DistrictCode, Integer> share(List<District> districts, int count) {
		var total = districts.stream().mapToLong(District::population).sum();
		var result = new LinkedHashMap<DistrictCode, Integer>();
		var remainders = new ArrayList<Map.Entry<DistrictCode, Double>>();
		var given = 0;
		for (var district : districts) {
			var exact = (double) count * district.population() / total;
			var floor = (int) Math.floor(exact);
			result.put(district.code(), floor);
			given += floor;
			remainders.add(Map.entry(district.code(), exact - floor));
		}
		remainders.sort(Map.Entry.<DistrictCode, Double>comparingByValue().reversed()
			.thenComparing(Map.Entry.comparingByKey(Comparator.comparing(DistrictCode::value))));
		for (int i = 0; i < count - given; i++) {
			result.merge(remainders.get(i).getKey(), 1, Integer::sum);
		}
		return result;
	}

	/** The opening hours of each kind in the demo network (docs/outlets.md). */
	static OpeningHours hoursOf(OutletKind kind) {
		return switch (kind) {
			case MAIN_OFFICE, BRANCH_OFFICE, SERVICE_CENTRE -> OpeningHours
				.of(OpeningHours.DayHours.continuous(t(8, 30), t(17, 30)), null);
			case SELF_SERVICE -> OpeningHours.twentyFourSeven();
			case POSTAL -> OpeningHours.of(new OpeningHours.DayHours(t(8, 30), t(17, 30), t(12, 0), t(13, 30)), null);
			case MEDICAL -> OpeningHours.of(new OpeningHours.DayHours(t(8, 0), t(17, 0), t(11, 30), t(14, 0)), null);
			case TESTING_STATION -> OpeningHours.of(new OpeningHours.DayHours(t(8, 30), t(17, 30), t(12, 0), t(13, 0)),
					new OpeningHours.DayHours(t(8, 30), t(17, 0), t(12, 0), t(13, 0)));
			case EBIKE_REGISTRATION -> OpeningHours.of(
					new OpeningHours.DayHours(t(9, 0), t(18, 0), t(12, 0), t(13, 30)),
					new OpeningHours.DayHours(t(9, 0), t(17, 0), t(12, 0), t(13, 30)));
			case EXAM_VENUE -> OpeningHours.of(OpeningHours.DayHours.continuous(t(8, 0), t(17, 0)),
					OpeningHours.DayHours.continuous(t(8, 0), t(17, 0)));
			case MOBILE -> OpeningHours.of(OpeningHours.DayHours.continuous(t(9, 0), t(17, 0)), null);
		};
	}

	private static void scatter(List<Spec> specs, List<District> districts, int count, OutletKind kind, String label,
			Map<DistrictCode, PreparedGeometry> prepared, ServiceMatrix matrix, Random random, int numberFrom) {
		var shares = share(districts, count);
		for (var district : districts) {
			var n = shares.get(district.code());
			for (int i = 1; i <= n; i++) {
				var place = inside(district, prepared.get(district.code()), random);
				specs.add(spec(district.name() + label + " " + (numberFrom + i) + " 号" + DEMO_MARK, kind, district.code(),
						place, matrix, List.of()));
			}
		}
	}

	private static Spec spec(String name, OutletKind kind, DistrictCode district, GeoPoint place, ServiceMatrix matrix,
			List<String> departments) {
		var id = UUID.nameUUIDFromBytes(("cheguan-demo-outlet/" + name).getBytes(StandardCharsets.UTF_8));
		return new Spec(id, name, kind, district, place, matrix.servicesOf(kind), departments, hoursOf(kind));
	}

	/** A uniformly random place inside the polygon (rejection sampling in its envelope), 5 decimals (about 1 m). */
	static GeoPoint inside(District district, PreparedGeometry polygon, Random random) {
		var envelope = district.boundary().getEnvelopeInternal();
		var factory = district.boundary().getFactory();
		for (int attempt = 0; attempt < 10_000; attempt++) {
			var lon = round(envelope.getMinX() + random.nextDouble() * envelope.getWidth());
			var lat = round(envelope.getMinY() + random.nextDouble() * envelope.getHeight());
			if (polygon.covers(factory.createPoint(new Coordinate(lon, lat)))) {
				return GeoPoint.of(lat, lon);
			}
		}
		return district.centroid();
	}

	/** A random place inside the polygon within about 2 km of the district's centre point (urban core). */
	private static GeoPoint nearCentre(District district, PreparedGeometry polygon, Random random) {
		var factory = district.boundary().getFactory();
		var centre = district.centroid();
		for (int attempt = 0; attempt < 1_000; attempt++) {
			var lat = round(centre.latitude() + (random.nextDouble() - 0.5) * 0.036);
			var lon = round(centre.longitude() + (random.nextDouble() - 0.5) * 0.042);
			if (polygon.covers(factory.createPoint(new Coordinate(lon, lat)))) {
				return GeoPoint.of(lat, lon);
			}
		}
		return centre;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 100_000d) / 100_000d;
	}

	private static LocalTime t(int hour, int minute) {
		return LocalTime.of(hour, minute);
	}
}
