package org.cheguan.shared;

/**
 * A point on the Earth in WGS84 degrees (the datum of GPS and BeiDou fixes), validated on construction: both
 * coordinates finite, latitude in [-90, 90], longitude in [-180, 180]. Distances are great-circle distances on a
 * sphere of the IUGG mean radius, which is within 0.5% of the ellipsoidal distance: enough to rank outlets and exam
 * venues by nearness, not for surveying. (Coordinates from Chinese web maps are GCJ-02 or BD-09 and must be converted
 * before they are used here.)
 *
 * <p>Errors are {@link InvalidValue} with slug {@link InvalidValue#VALIDATION}, rule {@code WGS84} and key
 * {@code kernel.geo-point.range}.
 *
 * @param latitude degrees north, negative south
 * @param longitude degrees east, negative west
 */
public record GeoPoint(double latitude, double longitude) {

	/** Mean radius of the Earth, R1 of IUGG (Moritz, Geodetic Reference System 1980), in metres. */
	public static final double EARTH_MEAN_RADIUS_METERS = 6_371_008.8;

	/**
	 * Validates.
	 *
	 * @param latitude degrees north
	 * @param longitude degrees east
	 * @throws InvalidValue when a coordinate is not finite or out of range
	 */
	public GeoPoint {
		if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || latitude < -90 || latitude > 90
				|| longitude < -180 || longitude > 180) {
			throw new InvalidValue(InvalidValue.VALIDATION, "kernel.geo-point.range", "WGS84", latitude, longitude);
		}
		// -0.0 + 0.0 is 0.0: the same place must give equal records (record equality compares doubles bitwise).
		latitude += 0.0;
		longitude += 0.0;
	}

	/**
	 * @param latitude degrees north, in [-90, 90]
	 * @param longitude degrees east, in [-180, 180]
	 * @return the point
	 * @throws InvalidValue when a coordinate is not finite or out of range
	 */
	public static GeoPoint of(double latitude, double longitude) {
		return new GeoPoint(latitude, longitude);
	}

	/**
	 * The great-circle distance by the haversine formula, which stays accurate for short distances.
	 *
	 * @param other the other point
	 * @return metres, 0 or more; symmetric
	 */
	public double distanceMeters(GeoPoint other) {
		var phi1 = Math.toRadians(latitude);
		var phi2 = Math.toRadians(other.latitude);
		var deltaPhi = phi2 - phi1;
		var deltaLambda = Math.toRadians(other.longitude - longitude);
		var h = haversine(deltaPhi) + Math.cos(phi1) * Math.cos(phi2) * haversine(deltaLambda);
		// Rounding can push h a hair outside [0, 1] for antipodal or identical points.
		var clamped = Math.min(1.0, Math.max(0.0, h));
		return 2 * EARTH_MEAN_RADIUS_METERS * Math.asin(Math.sqrt(clamped));
	}

	private static double haversine(double angle) {
		var s = Math.sin(angle / 2);
		return s * s;
	}
}
