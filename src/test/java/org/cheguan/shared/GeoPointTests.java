package org.cheguan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** WGS84 points: range limits and the haversine distance. */
class GeoPointTests {

	private static final GeoPoint WUHAN = GeoPoint.of(30.5928, 114.3055);

	private static final GeoPoint BEIJING = GeoPoint.of(39.9042, 116.4074);

	@ParameterizedTest
	@CsvSource({ "90,0", "-90,0", "0,180", "0,-180", "90,180", "-90,-180", "0,0" })
	void acceptsTheLimitsThemselves(double latitude, double longitude) {
		var point = GeoPoint.of(latitude, longitude);

		assertThat(point.latitude()).isEqualTo(latitude);
		assertThat(point.longitude()).isEqualTo(longitude);
	}

	@Test
	void treatsNegativeZeroAsZero() {
		assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0, 0)).hasSameHashCodeAs(GeoPoint.of(0, 0));
	}

	static Stream<Arguments> outOfRange() {
		return Stream.of(Arguments.of(90.000001, 0.0), Arguments.of(-90.000001, 0.0), Arguments.of(0.0, 180.000001),
				Arguments.of(0.0, -180.000001), Arguments.of(Double.NaN, 0.0), Arguments.of(0.0, Double.NaN),
				Arguments.of(Double.POSITIVE_INFINITY, 0.0), Arguments.of(0.0, Double.NEGATIVE_INFINITY));
	}

	@ParameterizedTest
	@MethodSource("outOfRange")
	void rejectsCoordinatesJustOutsideTheRangeAndNonFiniteOnes(double latitude, double longitude) {
		assertThatExceptionOfType(InvalidValue.class).isThrownBy(() -> GeoPoint.of(latitude, longitude))
			.satisfies(ex -> assertThat(ex.slug()).isEqualTo(InvalidValue.VALIDATION))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("kernel.geo-point.range"));
	}

	@Test
	void measuresWuhanToBeijingAsAbout1050Kilometres() {
		assertThat(WUHAN.distanceMeters(BEIJING)).isBetween(1_050_000.0, 1_060_000.0);
	}

	@Test
	void measuresOneDegreeOfLatitudeAsTheMeanRadiusTimesPiOver180() {
		assertThat(GeoPoint.of(0, 114).distanceMeters(GeoPoint.of(1, 114))).isCloseTo(111_195.08, within(0.01));
	}

	@Test
	void measuresHalfTheCircumferenceBetweenAntipodes() {
		assertThat(GeoPoint.of(0, 0).distanceMeters(GeoPoint.of(0, 180)))
			.isCloseTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_METERS, within(0.001));
	}

	static Stream<Arguments> triples() {
		var random = KernelSamples.random("geo point triples");
		return IntStream.range(0, KernelSamples.SAMPLES)
			.mapToObj(i -> Arguments.of(point(random), point(random), point(random)));
	}

	private static GeoPoint point(Random random) {
		return GeoPoint.of(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
	}

	@ParameterizedTest
	@MethodSource("triples")
	void isAMetricOnTheSphere(GeoPoint a, GeoPoint b, GeoPoint c) {
		var seed = "seed " + KernelSamples.SEED;

		assertThat(a.distanceMeters(a)).as(seed).isZero();
		assertThat(a.distanceMeters(b)).as(seed).isEqualTo(b.distanceMeters(a)).isNotNegative();
		assertThat(a.distanceMeters(c)).as(seed).isLessThanOrEqualTo(a.distanceMeters(b) + b.distanceMeters(c) + 1e-6);
		assertThat(a.distanceMeters(b)).as(seed).isLessThanOrEqualTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_METERS + 1e-6);
	}
}
