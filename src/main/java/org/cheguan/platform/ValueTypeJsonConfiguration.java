package org.cheguan.platform;

import java.util.function.Function;

import org.cheguan.shared.DistrictCode;
import org.cheguan.shared.GeoPoint;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.PlateNumber;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.Vin;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON for the shared kernel's value types. Reading validates on construction, so a bad ID number inside a request
 * body becomes its own problem ({@code invalid-resident-id}) naming the field. Writing masks personal data: a
 * {@link ResidentIdNumber} is written as {@code 420106********0028} and a {@link MobileNumber} as {@code 138****5678}
 * wherever it appears, so an endpoint can only show a full number by choosing to put a plain string in its response
 * for a role that needs it (GB/T 35273-2020 §6.3).
 */
@Configuration(proxyBeanMethods = false)
class ValueTypeJsonConfiguration {

	/**
	 * Wrong JSON types are refused, not converted: {@code "username": 12345} or {@code "instant": 1796432400} is a 400
	 * naming the field, never a silently created {@code "12345"} or a clock moved to a number of seconds; a number for
	 * an enum ({@code "licenceClass": 5}) is a 400 too, not the sixth constant.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictScalarTypes() {
		return builder -> builder
			.withCoercionConfig(LogicalType.Textual, config -> config
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.DateTime, config -> config
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean, config -> config
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer, config -> config
				.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			// a class, subject or kind is named, never given by its position in a Java enum (toClass 7 is not C3)
			.enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
	}

	@Bean
	SimpleModule cheguanValueTypes() {
		var module = new SimpleModule("cheguan-value-types");
		text(module, ResidentIdNumber.class, ResidentIdNumber::of, ResidentIdNumber::masked);
		text(module, MobileNumber.class, MobileNumber::of, MobileNumber::masked);
		text(module, Vin.class, Vin::of, Vin::value);
		text(module, PlateNumber.class, PlateNumber::of, PlateNumber::value);
		text(module, DistrictCode.class, DistrictCode::of, DistrictCode::value);
		// Instants go out with the office's offset (2026-12-05T09:00:00+08:00), as api-contract.md asks.
		module.addSerializer(java.time.Instant.class, new ValueSerializer<java.time.Instant>() {
			@Override
			public void serialize(java.time.Instant value, JsonGenerator generator, SerializationContext context) {
				// microseconds, as PostgreSQL keeps them: an answer never shows more than a later read returns
				generator.writeString(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
						java.time.OffsetDateTime.ofInstant(value.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
								OfficeTime.ZONE)));
			}
		});
		// Instants are read only from ISO-8601 text with an offset; a number (epoch seconds? millis?) is refused.
		module.addDeserializer(java.time.OffsetDateTime.class, new ValueDeserializer<java.time.OffsetDateTime>() {
			@Override
			public java.time.OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
				return offsetDateTime(parser, java.time.OffsetDateTime.class);
			}
		});
		module.addDeserializer(java.time.Instant.class, new ValueDeserializer<java.time.Instant>() {
			@Override
			public java.time.Instant deserialize(JsonParser parser, DeserializationContext context) {
				return offsetDateTime(parser, java.time.Instant.class).toInstant();
			}
		});
		module.addSerializer(GeoPoint.class, new ValueSerializer<GeoPoint>() {
			@Override
			public void serialize(GeoPoint value, JsonGenerator generator, SerializationContext context) {
				generator.writeStartObject();
				generator.writeNumberProperty("lat", value.latitude());
				generator.writeNumberProperty("lon", value.longitude());
				generator.writeEndObject();
			}
		});
		return module;
	}

	private static java.time.OffsetDateTime offsetDateTime(JsonParser parser, Class<?> type) {
		if (!parser.hasToken(tools.jackson.core.JsonToken.VALUE_STRING)) {
			throw tools.jackson.databind.exc.MismatchedInputException.from(parser, type,
					"an instant must be ISO-8601 text with an offset, e.g. 2026-12-05T09:00:00+08:00");
		}
		var text = parser.getString();
		try {
			return java.time.OffsetDateTime.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw tools.jackson.databind.exc.InvalidFormatException.from(parser,
					"an instant must be ISO-8601 text with an offset, e.g. 2026-12-05T09:00:00+08:00", text, type);
		}
	}

	private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse,
			Function<T, String> write) {
		module.addSerializer(type, new ValueSerializer<T>() {
			@Override
			public void serialize(T value, JsonGenerator generator, SerializationContext context) {
				generator.writeString(write.apply(value));
			}
		});
		module.addDeserializer(type, new ValueDeserializer<T>() {
			@Override
			public T deserialize(JsonParser parser, DeserializationContext context) {
				return parse.apply(parser.getValueAsString());
			}
		});
	}
}
