package org.cheguan.outlets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;

/**
 * The 2020 census population spread over the district polygons: a regular grid of square cells
 * ({@value #CELL_METERS} m) in a local equirectangular projection centred on Wuhan; each district's population is
 * divided evenly among the cells whose centre lies inside its polygon (JTS point-in-area). Without finer census data
 * (sub-district or grid census figures are not published with the bulletin), an even density per district is the
 * honest assumption: it keeps every district's total exact and is stated wherever coverage is shown.
 *
 * <p>The projection (x east, y north, metres) is accurate to about 0.5% across the city, well within the
 * approximations of the population model. Immutable.
 */
final class PopulationGrid {

	/** Side of a cell in metres. */
	static final double CELL_METERS = 500;

	static final double LAT0 = 30.6;

	static final double LON0 = 114.3;

	private static final double METERS_PER_DEGREE = Math.PI / 180 * GeoPoint.EARTH_MEAN_RADIUS_METERS;

	private static final double COS_LAT0 = Math.cos(Math.toRadians(LAT0));

	final List<DistrictCode> districts;

	final long[] districtPopulation;

	/** Cell centres, projected metres. */
	final double[] x;

	final double[] y;

	/** Population of each cell. */
	final double[] population;

	/** Index into {@link #districts} of each cell. */
	final int[] district;

	/** Grid origin and size; {@code cellAt[row * columns + column]} is a cell index or -1. */
	final double originX;

	final double originY;

	final int columns;

	final int rows;

	final int[] cellAt;

	PopulationGrid(Districts source) {
		this.districts = source.all().stream().map(District::code).toList();
		this.districtPopulation = source.all().stream().mapToLong(District::population).toArray();
		var minX = Double.MAX_VALUE;
		var minY = Double.MAX_VALUE;
		var maxX = -Double.MAX_VALUE;
		var maxY = -Double.MAX_VALUE;
		for (var d : source.all()) {
			var e = d.boundary().getEnvelopeInternal();
			minX = Math.min(minX, projectX(e.getMinX()));
			maxX = Math.max(maxX, projectX(e.getMaxX()));
			minY = Math.min(minY, projectY(e.getMinY()));
			maxY = Math.max(maxY, projectY(e.getMaxY()));
		}
		this.originX = minX;
		this.originY = minY;
		this.columns = (int) Math.ceil((maxX - minX) / CELL_METERS) + 1;
		this.rows = (int) Math.ceil((maxY - minY) / CELL_METERS) + 1;
		this.cellAt = new int[columns * rows];
		Arrays.fill(cellAt, -1);
		var xs = new ArrayList<Double>();
		var ys = new ArrayList<Double>();
		var owners = new ArrayList<Integer>();
		var all = source.all();
		var counts = new int[all.size()];
		for (int i = 0; i < all.size(); i++) {
			var d = all.get(i);
			var locator = new IndexedPointInAreaLocator(d.boundary());
			var e = d.boundary().getEnvelopeInternal();
			var c0 = (int) Math.floor((projectX(e.getMinX()) - originX) / CELL_METERS);
			var c1 = (int) Math.ceil((projectX(e.getMaxX()) - originX) / CELL_METERS);
			var r0 = (int) Math.floor((projectY(e.getMinY()) - originY) / CELL_METERS);
			var r1 = (int) Math.ceil((projectY(e.getMaxY()) - originY) / CELL_METERS);
			for (int row = Math.max(0, r0); row <= Math.min(rows - 1, r1); row++) {
				for (int col = Math.max(0, c0); col <= Math.min(columns - 1, c1); col++) {
					if (cellAt[row * columns + col] >= 0) {
						continue; // a cell on a shared border belongs to the first district (lower code)
					}
					var cx = originX + (col + 0.5) * CELL_METERS;
					var cy = originY + (row + 0.5) * CELL_METERS;
					if (locator.locate(new Coordinate(longitude(cx), latitude(cy))) != Location.EXTERIOR) {
						cellAt[row * columns + col] = xs.size();
						xs.add(cx);
						ys.add(cy);
						owners.add(i);
						counts[i]++;
					}
				}
			}
		}
		var n = xs.size();
		this.x = new double[n];
		this.y = new double[n];
		this.population = new double[n];
		this.district = new int[n];
		for (int c = 0; c < n; c++) {
			x[c] = xs.get(c);
			y[c] = ys.get(c);
			district[c] = owners.get(c);
			population[c] = (double) districtPopulation[district[c]] / counts[district[c]];
		}
	}

	int size() {
		return x.length;
	}

	static double projectX(double longitude) {
		return (longitude - LON0) * COS_LAT0 * METERS_PER_DEGREE;
	}

	static double projectY(double latitude) {
		return (latitude - LAT0) * METERS_PER_DEGREE;
	}

	static double longitude(double x) {
		return LON0 + x / (COS_LAT0 * METERS_PER_DEGREE);
	}

	static double latitude(double y) {
		return LAT0 + y / METERS_PER_DEGREE;
	}

	/**
	 * The centre of a cell, unrounded: an outlet opened at exactly this point covers exactly the cells the siting
	 * plan counted for it (rounding to 1 m moved cells on the radius's boundary in or out).
	 */
	GeoPoint centre(int cell) {
		return GeoPoint.of(latitude(y[cell]), longitude(x[cell]));
	}

	/**
	 * Calls the visitor for every cell whose centre lies within {@code radius} metres of the projected point.
	 */
	void forEachWithin(double px, double py, double radius, CellVisitor visitor) {
		var c0 = Math.max(0, (int) Math.floor((px - radius - originX) / CELL_METERS));
		var c1 = Math.min(columns - 1, (int) Math.floor((px + radius - originX) / CELL_METERS));
		var r0 = Math.max(0, (int) Math.floor((py - radius - originY) / CELL_METERS));
		var r1 = Math.min(rows - 1, (int) Math.floor((py + radius - originY) / CELL_METERS));
		// a relative tolerance of 1e-9 (a micrometre at 2 km) keeps a cell exactly on the radius inside after the
		// round trip through latitude and longitude
		var r2 = radius * radius * (1 + 1e-9);
		for (int row = r0; row <= r1; row++) {
			var base = row * columns;
			for (int col = c0; col <= c1; col++) {
				var cell = cellAt[base + col];
				if (cell < 0) {
					continue;
				}
				var dx = x[cell] - px;
				var dy = y[cell] - py;
				if (dx * dx + dy * dy <= r2) {
					visitor.visit(cell);
				}
			}
		}
	}

	@FunctionalInterface
	interface CellVisitor {

		void visit(int cell);
	}
}
