package org.cheguan.outlets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cheguan.shared.GeoPoint;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Draws the districts as inline SVG, without map tiles (the office network may have no internet): the boundary
 * polygons simplified to about 300 m, in an equirectangular projection scaled to {@value #WIDTH} px wide. Pages add
 * outlets as dots with {@link #x} and {@link #y}. Public so that other modules draw the same map (reporting colours
 * the districts by satisfaction); build it once and keep it, the simplification takes a moment.
 */
public final class MapSvg {

	static final double WIDTH = 800;

	private static final double PAD = 8;

	private final double minLon;

	private final double maxLat;

	private final double scaleX;

	private final double scaleY;

	private final double height;

	private final List<Shape> shapes;

	/**
	 * @param code district code
	 * @param name district name
	 * @param path SVG path data
	 * @param labelX label position
	 * @param labelY label position
	 */
	public record Shape(String code, String name, String path, double labelX, double labelY) {
	}

	/**
	 * @param districts the districts to draw
	 */
	public MapSvg(Districts districts) {
		var minLon = Double.MAX_VALUE;
		var maxLon = -Double.MAX_VALUE;
		var minLat = Double.MAX_VALUE;
		var maxLat = -Double.MAX_VALUE;
		for (var d : districts.all()) {
			var e = d.boundary().getEnvelopeInternal();
			minLon = Math.min(minLon, e.getMinX());
			maxLon = Math.max(maxLon, e.getMaxX());
			minLat = Math.min(minLat, e.getMinY());
			maxLat = Math.max(maxLat, e.getMaxY());
		}
		this.minLon = minLon;
		this.maxLat = maxLat;
		var cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		this.scaleX = (WIDTH - 2 * PAD) / ((maxLon - minLon) * cos) * cos;
		this.scaleY = scaleX / cos;
		this.height = (maxLat - minLat) * scaleY + 2 * PAD;
		var list = new ArrayList<Shape>();
		for (var d : districts.all()) {
			var simple = TopologyPreservingSimplifier.simplify(d.boundary(), 0.003);
			var label = d.boundary().getInteriorPoint().getCoordinate();
			list.add(new Shape(d.code().value(), d.name(), path(simple), x(label.x), y(label.y)));
		}
		this.shapes = List.copyOf(list);
	}

	/** @return one shape per district, ordered by code */
	public List<Shape> shapes() {
		return shapes;
	}

	/** @return the SVG viewBox attribute, in px */
	public String viewBox() {
		return "0 0 " + fmt(WIDTH) + " " + fmt(height);
	}

	/**
	 * @param longitude degrees east
	 * @return x in px
	 */
	public double x(double longitude) {
		return round(PAD + (longitude - minLon) * scaleX);
	}

	/**
	 * @param latitude degrees north
	 * @return y in px
	 */
	public double y(double latitude) {
		return round(PAD + (maxLat - latitude) * scaleY);
	}

	/**
	 * @param point a place
	 * @return x in px
	 */
	public double x(GeoPoint point) {
		return x(point.longitude());
	}

	/**
	 * @param point a place
	 * @return y in px
	 */
	public double y(GeoPoint point) {
		return y(point.latitude());
	}

	/**
	 * @param share covered share 0–1
	 * @return fill colour of the five-step blue scale, darker is better covered
	 */
	static String fill(double share) {
		var steps = List.of("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");
		return steps.get(Math.min(4, (int) Math.floor(share * 5)));
	}

	/** @return the legend: lower bound percent → colour */
	static Map<String, String> legend() {
		return Map.of("0–20%", fill(0.1), "20–40%", fill(0.3), "40–60%", fill(0.5), "60–80%", fill(0.7),
				"80–100%", fill(0.9));
	}

	private String path(Geometry geometry) {
		var sb = new StringBuilder();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			var polygon = (Polygon) geometry.getGeometryN(i);
			ring(sb, polygon.getExteriorRing().getCoordinates());
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				ring(sb, polygon.getInteriorRingN(h).getCoordinates());
			}
		}
		return sb.toString();
	}

	private void ring(StringBuilder sb, org.locationtech.jts.geom.Coordinate[] coordinates) {
		for (int i = 0; i < coordinates.length; i++) {
			sb.append(i == 0 ? 'M' : 'L').append(fmt(x(coordinates[i].x))).append(',').append(fmt(y(coordinates[i].y)));
		}
		sb.append('Z');
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String fmt(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}
}
