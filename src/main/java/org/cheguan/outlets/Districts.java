package org.cheguan.outlets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.NotFound;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Wuhan's 13 districts as real reference data: GB/T 2260 codes, the 7th national census (2020) resident population
 * and the boundary polygons, read once from {@code classpath:reference/} (source and licence in
 * {@code reference/README.md}).
 *
 * <p>The census bulletin reports three functional zones besides the districts (东湖新技术开发区, 东湖生态旅游风景区,
 * 武汉经济技术开发区 without 汉南区). Each is folded into the district whose area it mostly lies in ({@code host_code}),
 * so that population spread over the 13 polygons sums to the city total of 12,326,518.
 */
@Service
public class Districts {

	/** The city's 2020 census resident population (第七次全国人口普查, 武汉市统计局公报第二号). */
	public static final long CITY_POPULATION_2020 = 12_326_518L;

	private final Map<DistrictCode, District> byCode;

	Districts() {
		this(new ClassPathResource("reference/wuhan-districts.csv"),
				new ClassPathResource("reference/wuhan-districts.geojson"));
	}

	Districts(ClassPathResource census, ClassPathResource boundaries) {
		this.byCode = load(census, boundaries);
	}

	/** @return the 13 districts ordered by code */
	public List<District> all() {
		return List.copyOf(byCode.values());
	}

	/**
	 * @param code GB/T 2260 code
	 * @return the district
	 * @throws NotFound when the code is not a Wuhan district
	 */
	public District get(DistrictCode code) {
		var district = byCode.get(code);
		if (district == null) {
			throw new NotFound("district", code);
		}
		return district;
	}

	/**
	 * @param point a place
	 * @return the district whose boundary covers it, if any (a point on a shared border goes to the lower code)
	 */
	public Optional<District> locate(GeoPoint point) {
		return byCode.values().stream().filter(district -> district.contains(point)).findFirst();
	}

	/** @return the sum of the districts' populations, which equals {@link #CITY_POPULATION_2020} */
	public long population() {
		return byCode.values().stream().mapToLong(District::population).sum();
	}

	private static Map<DistrictCode, District> load(ClassPathResource census, ClassPathResource boundaries) {
		var geometries = readBoundaries(boundaries);
		var rows = new ArrayList<String[]>();
		try (var reader = new BufferedReader(new InputStreamReader(census.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			var header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(line.split(",", -1));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var zonesByHost = new HashMap<String, List<District.FunctionalZone>>();
		for (var row : rows) {
			if ("ZONE".equals(row[3])) {
				zonesByHost.computeIfAbsent(row[7], host -> new ArrayList<>())
					.add(new District.FunctionalZone(row[0], row[1], Long.parseLong(row[4])));
			}
		}
		var districts = new LinkedHashMap<DistrictCode, District>();
		rows.stream().filter(row -> !"ZONE".equals(row[3])).sorted(Comparator.comparing(row -> row[0])).forEach(row -> {
			var code = DistrictCode.of(row[0]);
			var zones = List.copyOf(zonesByHost.getOrDefault(row[0], List.of()));
			var own = Long.parseLong(row[4]);
			var population = own + zones.stream().mapToLong(District.FunctionalZone::population).sum();
			var boundary = geometries.get(row[0]);
			if (boundary == null) {
				throw new IllegalStateException("no boundary polygon for district " + row[0]);
			}
			districts.put(code, new District(code, row[1], row[2], District.Kind.valueOf(row[3]), population, own,
					zones, GeoPoint.of(Double.parseDouble(row[5]), Double.parseDouble(row[6])), boundary));
		});
		if (districts.size() != 13) {
			throw new IllegalStateException("expected Wuhan's 13 districts, found " + districts.size());
		}
		return Map.copyOf(districts).entrySet().stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(DistrictCode::value)))
			.collect(LinkedHashMap::new, (map, entry) -> map.put(entry.getKey(), entry.getValue()), Map::putAll);
	}

	private static Map<String, Geometry> readBoundaries(ClassPathResource resource) {
		try (var in = resource.getInputStream()) {
			var json = JsonMapper.builder().build();
			var features = json.readTree(in).path("features");
			var reader = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4326));
			var result = new HashMap<String, Geometry>();
			for (var feature : features) {
				var code = feature.path("properties").path("code").asString();
				result.put(code, reader.read(json.writeValueAsString(feature.path("geometry"))));
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("district boundaries are not valid GeoJSON", ex);
		}
	}
}
