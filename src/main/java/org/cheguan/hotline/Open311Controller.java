package org.cheguan.hotline;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hotline's Open311 GeoReport v2 face (https://wiki.open311.org/GeoReport_v2): GET services, GET a service
 * definition, POST a request, GET requests (by ids or by service_code, status, start_date/end_date, with page and
 * page_size), GET one request; each in {@code .json} and {@code .xml}. Errors are the standard list
 * {@code [{code, description}]} (XML {@code <errors><error>}) with the HTTP status as code: 400 for a missing or bad
 * parameter, 403 for a refused api_key, 404 for an unknown service_code, jurisdiction_id or request, 429 when a
 * client posts too often.
 *
 * <p>Decisions (docs/hotline.md): posting is public, as the standard intends. {@code api_key} is optional unless
 * {@code cheguan.hotline.open311.require-api-key=true}; a key that is given must be one of
 * {@code cheguan.hotline.open311.api-keys}, when any are configured. Each client address may post
 * {@code cheguan.hotline.open311.posts-per-minute} requests a minute (default 30). {@code jurisdiction_id} is optional;
 * when given it must be {@code cheguan.hotline.open311.jurisdiction-id} (default 420100, Wuhan's GB/T 2260 code). A
 * location (lat and long, address_string or address_id) and a description are required. first_name, last_name,
 * email, device_id, account_id and media_url are accepted and not stored (personal data kept to what the hotline
 * needs: the phone, encrypted, for progress messages). Reads are public but never show the caller's phone, and show
 * the description only of requests that came in through Open311 itself (a call or an app ticket stays private).
 */
@Controller
class Open311Controller {

	private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

	private static final String BASE = "/open311/v2";

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

	private static final Set<String> STAFF_ATTRIBUTE_KINDS = Set.of("complaint", "praise");

	private static final int MAX_IDS = 100;

	private final HotlineDesk desk;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final Clock clock;

	private final Open311RateLimit rateLimit;

	private final boolean requireApiKey;

	private final Set<String> apiKeys;

	private final String jurisdiction;

	Open311Controller(HotlineDesk desk, MessageSource messages, LocaleResolver locales, JsonMapper json, Clock clock,
			@Value("${cheguan.hotline.open311.posts-per-minute:30}") int postsPerMinute,
			@Value("${cheguan.hotline.open311.require-api-key:false}") boolean requireApiKey,
			@Value("${cheguan.hotline.open311.api-keys:}") String apiKeys,
			@Value("${cheguan.hotline.open311.jurisdiction-id:420100}") String jurisdiction) {
		this.desk = desk;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.clock = clock;
		this.rateLimit = new Open311RateLimit(postsPerMinute, clock);
		this.requireApiKey = requireApiKey;
		this.apiKeys = Set.of(java.util.Arrays.stream(apiKeys.split(",")).map(String::strip)
			.filter(key -> !key.isEmpty()).toArray(String[]::new));
		this.jurisdiction = jurisdiction;
	}

	// ---- discovery (https://wiki.open311.org/Service_Discovery) ------------------------------------------------

	/** When this face last changed, for the discovery document's changeset. */
	static final String CHANGESET = "2026-11-29T00:00:00+08:00";

	@GetMapping("/open311/discovery.{format}")
	@ResponseBody
	ResponseEntity<String> discovery(@PathVariable String format) {
		var fmt = Format.of(format);
		var endpoint = new LinkedHashMap<String, Object>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(BASE)
			.toUriString());
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		var discovery = new LinkedHashMap<String, Object>();
		discovery.put("changeset", CHANGESET);
		discovery.put("contact", "12123");
		discovery.put("key_service", "api_key optional (docs/hotline.md)");
		discovery.put("endpoints", List.of(endpoint));
		return fmt.ok(HttpStatus.OK, discovery, "discovery", json);
	}

	// ---- services ----------------------------------------------------------------------------------------------

	@GetMapping(BASE + "/services.{format}")
	@ResponseBody
	ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
		var fmt = Format.of(format);
		var params = parameters(request, false);
		checkJurisdiction(params);
		var locale = locales.resolveLocale(request);
		var list = new ArrayList<Map<String, Object>>();
		for (var kind : TicketKind.values()) {
			var service = new LinkedHashMap<String, Object>();
			service.put("service_code", kind.code());
			service.put("service_name", text("hotline.kind." + kind.name(), locale));
			service.put("description", text("hotline.open311.description." + kind.name(), locale));
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", "12123," + kind.chineseName() + "," + kind.code());
			service.put("group", text("hotline.open311.group", locale));
			list.add(service);
		}
		return fmt.ok(HttpStatus.OK, list, "services", "service", json);
	}

	@GetMapping(BASE + "/services/{code}.{format}")
	@ResponseBody
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			HttpServletRequest request) {
		var fmt = Format.of(format);
		checkJurisdiction(parameters(request, false));
		var kind = serviceCode(code);
		var locale = locales.resolveLocale(request);
		var attributes = new ArrayList<Map<String, Object>>();
		var order = 1;
		if (STAFF_ATTRIBUTE_KINDS.contains(kind.code())) {
			attributes.add(attribute("staff_id", "string", false, order++,
					text("hotline.open311.attribute.staff_id", locale), null));
		}
		attributes.add(attribute("outlet_id", "string", false, order++, text("hotline.open311.attribute.outlet_id", locale),
				null));
		attributes.add(attribute("channel", "singlevaluelist", false, order,
				text("hotline.open311.attribute.channel", locale),
				List.of(value("app", text("hotline.channel.APP", locale)), value("web", text("hotline.channel.WEB", locale)))));
		var definition = new LinkedHashMap<String, Object>();
		definition.put("service_code", kind.code());
		definition.put("attributes", attributes);
		return fmt.ok(HttpStatus.OK, definition, "service_definition", json);
	}

	// ---- requests ----------------------------------------------------------------------------------------------

	@PostMapping(BASE + "/requests.{format}")
	@ResponseBody
	ResponseEntity<String> post(@PathVariable String format, HttpServletRequest request) {
		var fmt = Format.of(format);
		if (!rateLimit.tryAcquire(request.getRemoteAddr())) {
			throw new Open311Error(429, "hotline.open311.error.rate-limit");
		}
		var params = parameters(request, true);
		var key = params.get("api_key");
		if ((key == null && requireApiKey) || (key != null && !apiKeys.isEmpty() && !apiKeys.contains(key))) {
			throw new Open311Error(403, "hotline.open311.error.api-key");
		}
		checkJurisdiction(params);
		var code = params.get("service_code");
		if (code == null || code.isBlank()) {
			throw new Open311Error(400, "hotline.open311.error.required", "service_code");
		}
		var kind = serviceCode(code);
		var lat = params.get("lat");
		var lon = params.get("long");
		var address = params.get("address_string");
		var addressId = params.get("address_id");
		Double latitude = null;
		Double longitude = null;
		if (lat != null || lon != null) {
			latitude = coordinate(lat, "lat", 90);
			longitude = coordinate(lon, "long", 180);
		}
		else if (isBlank(address) && isBlank(addressId)) {
			throw new Open311Error(400, "hotline.open311.error.location");
		}
		var where = !isBlank(address) ? address.strip() : !isBlank(addressId) ? "address_id " + addressId.strip() : null;
		if (where != null && where.length() > 300) {
			throw new Open311Error(400, "hotline.open311.error.too-long", "address_string", 300);
		}
		var description = params.get("description");
		if (isBlank(description)) {
			throw new Open311Error(400, "hotline.open311.error.required", "description");
		}
		if (description.strip().length() > HotlineDesk.MAX_DESCRIPTION) {
			throw new Open311Error(400, "hotline.open311.error.too-long", "description", HotlineDesk.MAX_DESCRIPTION);
		}
		MobileNumber phone = null;
		if (!isBlank(params.get("phone"))) {
			try {
				phone = MobileNumber.of(params.get("phone"));
			}
			catch (ProblemException ex) {
				throw new Open311Error(400, "hotline.open311.error.invalid", "phone");
			}
		}
		if (!isBlank(params.get("email")) && !EMAIL.matcher(params.get("email").strip()).matches()) {
			throw new Open311Error(400, "hotline.open311.error.invalid", "email");
		}
		var media = params.get("media_url");
		if (!isBlank(media) && !(media.startsWith("https://") || media.startsWith("http://"))) {
			throw new Open311Error(400, "hotline.open311.error.invalid", "media_url");
		}
		String staff = null;
		UUID outlet = null;
		var channel = params.containsKey("device_id") ? TicketChannel.APP : TicketChannel.WEB;
		for (var entry : params.entrySet()) {
			if (!entry.getKey().startsWith("attribute[")) {
				continue;
			}
			var attribute = entry.getKey().substring("attribute[".length(), entry.getKey().length() - 1);
			var value = entry.getValue().strip();
			switch (attribute) {
				case "staff_id" -> {
					if (!STAFF_ATTRIBUTE_KINDS.contains(kind.code())) {
						throw new Open311Error(400, "hotline.open311.error.attribute", attribute);
					}
					staff = value.isEmpty() ? null : value;
				}
				case "outlet_id" -> {
					try {
						outlet = value.isEmpty() ? null : UUID.fromString(value);
					}
					catch (IllegalArgumentException ex) {
						throw new Open311Error(400, "hotline.open311.error.invalid", "attribute[outlet_id]");
					}
				}
				case "channel" -> {
					if (!value.equals("app") && !value.equals("web")) {
						throw new Open311Error(400, "hotline.open311.error.invalid", "attribute[channel]");
					}
					channel = value.equals("app") ? TicketChannel.APP : TicketChannel.WEB;
				}
				default -> throw new Open311Error(400, "hotline.open311.error.attribute", attribute);
			}
		}
		var opened = desk.open(new NewTicket(kind, channel, phone, null, description, staff, outlet, latitude,
				longitude, where), "open311", "open311");
		var locale = locales.resolveLocale(request);
		var answer = new LinkedHashMap<String, Object>();
		answer.put("service_request_id", opened.number());
		answer.put("service_notice", text("hotline.open311.notice", locale, w3c(opened.dueAt())));
		answer.put("account_id", null);
		var response = fmt.ok(HttpStatus.CREATED, List.of(answer), "service_requests", "request", json);
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create(BASE + "/requests/" + opened.number() + "." + fmt.name().toLowerCase(Locale.ROOT)))
			.headers(response.getHeaders())
			.body(response.getBody());
	}

	@GetMapping(BASE + "/requests.{format}")
	@ResponseBody
	ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request) {
		var fmt = Format.of(format);
		var params = parameters(request, false);
		checkJurisdiction(params);
		var ids = split(params.get("service_request_id"));
		if (ids.size() > MAX_IDS) {
			throw new Open311Error(400, "hotline.open311.error.too-many", "service_request_id", MAX_IDS);
		}
		var kinds = EnumSet.noneOf(TicketKind.class);
		for (var code : split(params.get("service_code"))) {
			kinds.add(serviceCode(code));
		}
		var statuses = EnumSet.noneOf(TicketStatus.class);
		for (var status : split(params.get("status"))) {
			switch (status) {
				case "open" -> statuses.addAll(List.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS));
				case "closed" -> statuses.add(TicketStatus.CLOSED);
				default -> throw new Open311Error(400, "hotline.open311.error.invalid", "status");
			}
		}
		var start = dateTime(params.get("start_date"), "start_date");
		var end = dateTime(params.get("end_date"), "end_date");
		if (start != null && end != null && end.isBefore(start)) {
			throw new Open311Error(400, "hotline.open311.error.invalid", "end_date");
		}
		if (ids.isEmpty() && start == null && end == null) {
			start = clock.instant().minus(Duration.ofDays(90)); // the standard's default window
		}
		var page = integer(params.get("page"), "page", 1, 1, Integer.MAX_VALUE / HotlineDesk.MAX_PAGE_SIZE);
		var size = integer(params.get("page_size"), "page_size", 50, 1, HotlineDesk.MAX_PAGE_SIZE);
		var found = desk.search(new TicketSearch(ids, kinds, statuses, start, end, false, false, page - 1, size));
		var locale = locales.resolveLocale(request);
		var list = found.stream().map(ticket -> publicView(ticket, locale)).toList();
		return fmt.ok(HttpStatus.OK, list, "service_requests", "request", json);
	}

	@GetMapping(BASE + "/requests/{id}.{format}")
	@ResponseBody
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		var fmt = Format.of(format);
		checkJurisdiction(parameters(request, false));
		var ticket = desk.byNumber(id.strip()).orElseThrow(() -> new Open311Error(404, "hotline.open311.error.request", id));
		return fmt.ok(HttpStatus.OK, List.of(publicView(ticket, locales.resolveLocale(request))), "service_requests",
				"request", json);
	}

	// ---- errors ------------------------------------------------------------------------------------------------

	@ExceptionHandler(Open311Error.class)
	@ResponseBody
	ResponseEntity<String> error(Open311Error error, HttpServletRequest request) {
		var locale = locales.resolveLocale(request);
		return errors(request, error.status, messages.getMessage(error.key, error.arguments, error.key, locale));
	}

	@ExceptionHandler(ProblemException.class)
	@ResponseBody
	ResponseEntity<String> problem(ProblemException problem, HttpServletRequest request) {
		var locale = locales.resolveLocale(request);
		return errors(request, problem.status() >= 500 ? 500 : problem.status() == 422 ? 400 : problem.status(),
				messages.getMessage(problem.messageKey(), problem.messageArguments(), problem.messageKey(), locale));
	}

	@ExceptionHandler(Exception.class)
	@ResponseBody
	ResponseEntity<String> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Open311 request failed", ex);
		return errors(request, 500, messages.getMessage("problem.internal", null, "internal error",
				locales.resolveLocale(request)));
	}

	private ResponseEntity<String> errors(HttpServletRequest request, int status, String description) {
		var fmt = request.getRequestURI().endsWith(".xml") ? Format.XML : Format.JSON;
		var error = new LinkedHashMap<String, Object>();
		error.put("code", status);
		error.put("description", description);
		return fmt.ok(HttpStatus.valueOf(status), List.of(error), "errors", "error", json);
	}

	// ---- helpers -----------------------------------------------------------------------------------------------

	private Map<String, Object> publicView(TicketView ticket, Locale locale) {
		var view = new LinkedHashMap<String, Object>();
		view.put("service_request_id", ticket.number());
		view.put("status", ticket.status().open311());
		view.put("status_notes", ticket.status() == TicketStatus.CLOSED ? ticket.resolution() : null);
		view.put("service_name", text("hotline.kind." + ticket.kind().name(), locale));
		view.put("service_code", ticket.kind().code());
		view.put("description", "open311".equals(ticket.source()) ? ticket.description() : null);
		view.put("agency_responsible", ticket.department());
		view.put("service_notice", text("hotline.open311.notice", locale, w3c(ticket.dueAt())));
		view.put("requested_datetime", w3c(ticket.openedAt()));
		view.put("updated_datetime", w3c(ticket.updatedAt()));
		view.put("expected_datetime", w3c(ticket.dueAt()));
		view.put("address", "open311".equals(ticket.source()) ? ticket.address() : null);
		view.put("address_id", null);
		view.put("zipcode", null);
		view.put("lat", ticket.latitude());
		view.put("long", ticket.longitude());
		view.put("media_url", null);
		return view;
	}

	private void checkJurisdiction(Map<String, String> params) {
		var given = params.get("jurisdiction_id");
		if (given != null && !given.strip().isEmpty() && !given.strip().equals(jurisdiction)) {
			throw new Open311Error(404, "hotline.open311.error.jurisdiction", given.strip());
		}
	}

	private static TicketKind serviceCode(String code) {
		var kind = TicketKind.parse(code);
		if (kind == null || !kind.code().equals(code.strip())) {
			throw new Open311Error(404, "hotline.open311.error.service-code", code.strip());
		}
		return kind;
	}

	private static Double coordinate(@Nullable String text, String name, double limit) {
		if (isBlank(text)) {
			throw new Open311Error(400, "hotline.open311.error.required", name);
		}
		try {
			var value = Double.parseDouble(text.strip());
			if (Double.isNaN(value) || Math.abs(value) > limit) {
				throw new Open311Error(400, "hotline.open311.error.invalid", name);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(400, "hotline.open311.error.invalid", name);
		}
	}

	private static @Nullable Instant dateTime(@Nullable String text, String name) {
		if (isBlank(text)) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip(), W3C).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Error(400, "hotline.open311.error.date", name);
		}
	}

	private static int integer(@Nullable String text, String name, int fallback, int min, int max) {
		if (isBlank(text)) {
			return fallback;
		}
		try {
			var value = Integer.parseInt(text.strip());
			if (value < min || value > max) {
				throw new Open311Error(400, "hotline.open311.error.range", name, min, max);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(400, "hotline.open311.error.range", name, min, max);
		}
	}

	private static List<String> split(@Nullable String text) {
		if (isBlank(text)) {
			return List.of();
		}
		return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String w3c(Instant instant) {
		return W3C.format(instant.atZone(OfficeTime.ZONE).toOffsetDateTime());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
			String description, @Nullable List<Map<String, Object>> values) {
		var attribute = new LinkedHashMap<String, Object>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", datatype);
		attribute.put("required", required);
		attribute.put("datatype_description", description);
		attribute.put("order", order);
		attribute.put("description", description);
		if (values != null) {
			attribute.put("values", values);
		}
		return attribute;
	}

	private static Map<String, Object> value(String key, String name) {
		var value = new LinkedHashMap<String, Object>();
		value.put("key", key);
		value.put("name", name);
		return value;
	}

	/**
	 * Query parameters plus, for a POST, the form-encoded body. Read from the raw body: the platform's body-size
	 * filter has consumed the container's stream, so the servlet's own form parsing would see nothing. A parameter
	 * given twice keeps its first value.
	 */
	private static Map<String, String> parameters(HttpServletRequest request, boolean withBody) {
		var params = new LinkedHashMap<String, String>();
		decode(request.getQueryString(), params);
		if (withBody) {
			var type = request.getContentType();
			if (type != null && !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
				throw new Open311Error(400, "hotline.open311.error.content-type");
			}
			try {
				decode(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8), params);
			}
			catch (IOException ex) {
				throw new Open311Error(400, "hotline.open311.error.content-type");
			}
		}
		return params;
	}

	private static void decode(@Nullable String encoded, Map<String, String> into) {
		if (encoded == null || encoded.isEmpty()) {
			return;
		}
		for (var pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			var at = pair.indexOf('=');
			try {
				var name = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
				var value = at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
				into.putIfAbsent(name, value);
			}
			catch (IllegalArgumentException ex) {
				throw new Open311Error(400, "hotline.open311.error.encoding");
			}
		}
	}

	/** The two formats of the standard, chosen by the path's extension. */
	enum Format {

		JSON, XML;

		static Format of(String extension) {
			return switch (extension) {
				case "json" -> JSON;
				case "xml" -> XML;
				default -> throw new Open311Error(404, "hotline.open311.error.format", extension);
			};
		}

		ResponseEntity<String> ok(HttpStatus status, List<? extends Map<String, ?>> items, String root, String item,
				JsonMapper json) {
			return this == JSON ? ResponseEntity.status(status)
				.contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
				.body(json.writeValueAsString(items))
					: ResponseEntity.status(status)
						.contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
						.body(Open311Writer.xml(root, item, items));
		}

		ResponseEntity<String> ok(HttpStatus status, Map<String, ?> document, String root, JsonMapper json) {
			return this == JSON ? ResponseEntity.status(status)
				.contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
				.body(json.writeValueAsString(document))
					: ResponseEntity.status(status)
						.contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
						.body(Open311Writer.xml(root, document));
		}
	}

	/** An Open311 error: HTTP status and the message key of its description. */
	static final class Open311Error extends RuntimeException {

		private final int status;

		private final String key;

		private final Object[] arguments;

		Open311Error(int status, String key, Object... arguments) {
			super(key, null, false, false);
			this.status = status;
			this.key = key;
			this.arguments = arguments;
		}
	}
}
