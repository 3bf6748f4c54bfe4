package org.cheguan.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.identity.CitizenId;
import org.cheguan.shared.Conflict;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.OfficeTime;
import org.cheguan.shared.StateChanged;
import org.cheguan.transactions.ServiceRecord;
import org.cheguan.transactions.ServiceRecords;
import org.cheguan.transactions.ServiceRendered;
import org.cheguan.transactions.ServiceType;
import org.cheguan.shared.Channel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of services rendered (政务服务好差评, 国办发〔2019〕51号; 一事一评 per GB/T 39734-2020). One rating per service
 * record, enforced by the database's unique key; only the citizen served may rate (signed in, or holding the
 * one-time link of the invitation); staff credentials never rate. A score of 2 or less is a bad rating and opens a
 * {@link Rectifications rectification} in the same transaction. Publishes {@link RatingGiven} and, for invitations
 * and their one reminder, {@link RatingInvited} and {@link RatingReminded}.
 */
@Service
@Transactional
public class Ratings {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String DIMENSION_COLUMNS = "efficiency, competence, attitude, guide_accuracy, convenience, usability";

	private final JdbcClient jdbc;

	private final ServiceRecords services;

	private final Rectifications rectifications;

	private final EvaluationSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Ratings(JdbcClient jdbc, ServiceRecords services, Rectifications rectifications, EvaluationSettings settings,
			Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.services = services;
		this.rectifications = rectifications;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Rates a service as the citizen served.
	 *
	 * @param serviceRecordId the service
	 * @param rater the signed-in citizen
	 * @param rating score, dimensions, comment
	 * @param through how the rating came in, e.g. {@code API}, {@code PORTAL}, {@code LINK}
	 * @return the stored rating
	 * @throws NotFound when the service does not exist or was rendered to someone else
	 * @throws Conflict when the service has been rated already
	 * @throws InvalidValue for a score or dimension outside 1 to 5, a dimension not rated for the channel or a long
	 *         comment
	 */
	public RatingView rate(UUID serviceRecordId, CitizenId rater, NewRating rating, String through) {
		var fast = storeFromInvitation(serviceRecordId, rater, rating, through);
		if (fast != null) {
			return fast;
		}
		// no local copy of the service (an invitation older than it), or nothing stored: the service record decides
		// between 404, 409 and 400, as it always did
		var service = services.find(serviceRecordId)
			.filter(found -> found.citizenId().equals(rater))
			.orElseThrow(() -> new NotFound("service-record", serviceRecordId));
		return store(service, rating, through);
	}

	/**
	 * Rates a service through the one-time link of its invitation.
	 *
	 * @param token the token of the link
	 * @param rating score, dimensions, comment
	 * @return the stored rating
	 * @throws NotFound when the link is unknown or expired
	 * @throws Conflict when the service has been rated already
	 */
	public RatingView rateByInvitation(String token, NewRating rating) {
		var invitation = invitation(token).orElseThrow(() -> new NotFound("rating-invitation", "link"));
		var fast = storeFromInvitation(invitation.serviceRecordId(), invitation.citizenId(), rating, "LINK");
		if (fast != null) {
			return fast;
		}
		return store(services.get(invitation.serviceRecordId()), rating, "LINK");
	}

	/**
	 * Reads an invitation; changes nothing (a GET of the link must not rate or spend it).
	 *
	 * @param token the token of the link
	 * @return the invitation if the link is known and not expired
	 */
	@Transactional(readOnly = true)
	public Optional<Invitation> invitation(String token) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select service_record_id, citizen_id, expires_at from evaluation.rating_invitation
				where (token_hash = :hash or reminder_token_hash = :hash) and expires_at > :now""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, row) -> new Invitation(rs.getObject(1, UUID.class), new CitizenId(rs.getObject(2, UUID.class)),
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/**
	 * @param serviceRecordId a service
	 * @return its rating, if rated
	 */
	@Transactional(readOnly = true)
	public Optional<RatingView> ofService(UUID serviceRecordId) {
		return jdbc.sql("select * from evaluation.rating where service_record_id = :id")
			.param("id", serviceRecordId)
			.query(this::map)
			.optional();
	}

	/**
	 * @param serviceRecordId a service
	 * @param citizen a citizen
	 * @return whether that citizen rated it
	 */
	@Transactional(readOnly = true)
	public boolean ratedBy(UUID serviceRecordId, CitizenId citizen) {
		return jdbc.sql("select count(*) from evaluation.rating where service_record_id = :id and citizen_id = :citizen")
			.param("id", serviceRecordId).param("citizen", citizen.value()).query(Long.class).single() > 0;
	}

	/**
	 * @param serviceRecordIds services
	 * @return the ratings of those rated, by service
	 */
	@Transactional(readOnly = true)
	public Map<UUID, RatingView> ofServices(List<UUID> serviceRecordIds) {
		var result = new java.util.HashMap<UUID, RatingView>();
		if (serviceRecordIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select * from evaluation.rating where service_record_id = any(:ids)")
			.param("ids", serviceRecordIds.toArray(UUID[]::new))
			.query(this::map)
			.list()
			.forEach(rating -> result.put(rating.serviceRecordId(), rating));
		return result;
	}

	/**
	 * Invites the citizen to rate a service just rendered, once per service: stores a hash of a fresh random token
	 * and publishes {@link RatingInvited} with the one-time link. A redelivered event finds the invitation there and
	 * sends nothing.
	 *
	 * @param service the service rendered
	 * @return whether an invitation was made now
	 */
	boolean invite(ServiceRendered service) {
		var token = newToken();
		var now = clock.instant();
		var inserted = jdbc.sql("""
				insert into evaluation.rating_invitation (token_hash, service_record_id, citizen_id, service_type,
				  service_channel, outlet_id, department, staff_username, completed_at, created_at, expires_at)
				values (:hash, :service, :citizen, :type, :channel, :outlet, :department, :staff, :completed, :now,
				  :expires)
				on conflict (service_record_id) do nothing""")
			.param("hash", hash(token))
			.param("service", service.serviceRecordId())
			.param("citizen", service.citizenId().value())
			.param("type", service.type().name())
			.param("channel", service.channel().name())
			.param("outlet", service.outletId())
			.param("department", service.department())
			.param("staff", service.staffUsername())
			.param("completed", Timestamp.from(service.completedAt()))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(Duration.ofDays(settings.invitationValidDays()))))
			.update();
		if (inserted == 0) {
			return false;
		}
		events.publishEvent(new RatingInvited(service.serviceRecordId(), service.citizenId(),
				service.type().chineseName(), settings.linkBaseUrl() + "/rate/" + token));
		return true;
	}

	/**
	 * The rating as one statement: {@code INSERT … SELECT} from the invitation's copy of the service, for the citizen
	 * served only, {@code ON CONFLICT DO NOTHING} on the one-rating-per-service key, {@code RETURNING} what the event
	 * and the rectification need. One round trip instead of reading the service record first.
	 *
	 * @return the rating, or null when nothing was stored (no such service for this citizen, no copy of the service
	 *         with the invitation, or rated already): the caller then decides as before from the service record
	 * @throws InvalidValue as {@link #rate}; the statement is rolled back with the transaction
	 */
	private @Nullable RatingView storeFromInvitation(UUID serviceRecordId, CitizenId rater, NewRating rating,
			String through) {
		var level = checked(rating);
		var id = UUID.randomUUID();
		var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL stores it
		var today = OfficeTime.today(clock);
		var stored = jdbc.sql("insert into evaluation.rating (id, service_record_id, citizen_id, score, "
				+ DIMENSION_COLUMNS + """
				, comment, named, rated_through, service_type, service_channel, outlet_id, department, staff_username,
				  given_at, given_on)
				select :id, i.service_record_id, i.citizen_id, :score, :efficiency, :competence, :attitude, :guide,
				  :convenience, :usability, :comment, :named, :through, i.service_type, i.service_channel, i.outlet_id,
				  i.department, i.staff_username, :now, :today
				from evaluation.rating_invitation i
				where i.service_record_id = :service and i.citizen_id = :citizen and i.service_channel is not null
				on conflict (service_record_id) do nothing
				returning service_type, service_channel, outlet_id, department, staff_username""")
			.param("id", id)
			.param("service", serviceRecordId)
			.param("citizen", rater.value())
			.params(ratingValues(level, rating, through, now, today))
			.query((rs, row) -> new RatedService(ServiceType.valueOf(rs.getString(1)), Channel.valueOf(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5)))
			.optional();
		if (stored.isEmpty()) {
			return null;
		}
		var service = stored.get();
		var allowed = Dimension.forChannel(service.channel());
		for (var dimension : rating.dimensions().keySet()) {
			if (!allowed.contains(dimension)) { // thrown out with the transaction: nothing stays stored
				throw new InvalidValue(InvalidValue.VALIDATION, "evaluation.rating.dimension", null, dimension.name());
			}
		}
		return given(id, serviceRecordId, rater, level, rating, service, now, today);
	}

	/** The values both ways of storing a rating bind: score, dimensions, comment, naming, channel of rating, time. */
	private static java.util.Map<String, @Nullable Object> ratingValues(RatingLevel level, NewRating rating,
			String through, Instant now, java.time.LocalDate today) {
		var d = rating.dimensions();
		var values = new java.util.HashMap<String, @Nullable Object>();
		values.put("score", level.score());
		values.put("efficiency", d.get(Dimension.EFFICIENCY));
		values.put("competence", d.get(Dimension.COMPETENCE));
		values.put("attitude", d.get(Dimension.ATTITUDE));
		values.put("guide", d.get(Dimension.GUIDE_ACCURACY));
		values.put("convenience", d.get(Dimension.CONVENIENCE));
		values.put("usability", d.get(Dimension.USABILITY));
		values.put("comment", rating.comment());
		values.put("named", !rating.anonymous());
		values.put("through", through);
		values.put("now", Timestamp.from(now));
		values.put("today", today);
		return values;
	}

	/** What the rating copies of the service it rates. */
	private record RatedService(ServiceType type, Channel channel, @Nullable UUID outletId, String department,
			@Nullable String staffUsername) {
	}

	/** Publishes the rating, opens the rectification of a bad one, and answers the stored rating. */
	private RatingView given(UUID id, UUID serviceRecordId, CitizenId rater, RatingLevel level, NewRating rating,
			RatedService service, Instant now, java.time.LocalDate today) {
		events.publishEvent(new RatingGiven(id, serviceRecordId, level.score(), service.type(), service.channel(),
				service.outletId(), service.department(), service.staffUsername(), today));
		// No StateChanged for the rating itself: the rating row is immutable (only an audited appeal decision excludes
		// it), and an audit entry whose actor is the rater would tie the rater's identity to the rating in a trail
		// every supervisor reads, which the 好差评 rules forbid (rater identity protected, domain-rules.md §7). It
		// also keeps ratings off the audit chain's single lock. Every step of a rectification is audited.
		UUID rectification = null;
		if (level.isBad()) {
			rectification = rectifications.open(new OpenRectification("evaluation.rating", id.toString(), id,
					serviceRecordId, rater, service.staffUsername(), service.department(), !rating.anonymous(),
					level.chineseName() + " · " + service.type().chineseName()
							+ (rating.comment() == null ? "" : " · " + rating.comment()),
					today)).id();
		}
		var dimensions = new EnumMap<Dimension, Integer>(Dimension.class);
		dimensions.putAll(rating.dimensions());
		return new RatingView(id, serviceRecordId, level.score(), level, dimensions, rating.comment(),
				!rating.anonymous(), level.isBad(), now, rectification);
	}

	/**
	 * @return the rating's level, once its score, every dimension's score and the comment's length are valid
	 * @throws InvalidValue ({@code validation}) for a score outside 1–5 or a comment over {@link NewRating#MAX_COMMENT}
	 */
	private static RatingLevel checked(NewRating rating) {
		var level = RatingLevel.of(rating.score());
		for (var value : rating.dimensions().values()) {
			RatingLevel.of(value);
		}
		if (rating.comment() != null && rating.comment().length() > NewRating.MAX_COMMENT) {
			throw new InvalidValue(InvalidValue.VALIDATION, "evaluation.rating.comment", null, NewRating.MAX_COMMENT);
		}
		return level;
	}

	private RatingView store(ServiceRecord service, NewRating rating, String through) {
		var allowed = Dimension.forChannel(service.channel());
		for (var dimension : rating.dimensions().keySet()) {
			if (!allowed.contains(dimension)) {
				throw new InvalidValue(InvalidValue.VALIDATION, "evaluation.rating.dimension", null, dimension.name());
			}
		}
		var level = checked(rating);
		var id = UUID.randomUUID();
		var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL stores it
		var today = OfficeTime.today(clock);
		var inserted = jdbc.sql("insert into evaluation.rating (id, service_record_id, citizen_id, score, "
				+ DIMENSION_COLUMNS + """
				, comment, named, rated_through, service_type, service_channel, outlet_id, department, staff_username,
				  given_at, given_on)
				values (:id, :service, :citizen, :score, :efficiency, :competence, :attitude, :guide, :convenience,
				  :usability, :comment, :named, :through, :type, :channel, :outlet, :department, :staff, :now, :today)
				on conflict (service_record_id) do nothing""")
			.param("id", id)
			.param("service", service.id())
			.param("citizen", service.citizenId().value())
			.params(ratingValues(level, rating, through, now, today))
			.param("type", service.type().name())
			.param("channel", service.channel().name())
			.param("outlet", service.outletId())
			.param("department", service.department())
			.param("staff", service.staffUsername())
			.update();
		if (inserted == 0) {
			throw Conflict.of("evaluation.rating.already");
		}
		return given(id, service.id(), service.citizenId(), level, rating, new RatedService(service.type(),
				service.channel(), service.outletId(), service.department(), service.staffUsername()), now, today);
	}

	/**
	 * Reminds the citizen, once, of each service still unrated {@code cheguan.evaluation.reminder-after-days} (3)
	 * days after its completion (and never sooner after the invitation, for a service recorded late) while its
	 * invitation still works: a fresh one-time link (the first link keeps
	 * working; only hashes are stored) and {@link RatingReminded} for the SMS. Never for a service rated already or
	 * whose invitation expired. Sends only between 09:00 and 20:00 office time (no text at night); a scan outside
	 * those hours sends nothing and the next scan in hours catches up. Idempotent: the invitation is marked by a
	 * conditional UPDATE, and the outbox's unique key (service record, rating-reminded, SMS) queues one message
	 * whatever happens.
	 *
	 * @param now the instant of the scan (the office clock)
	 * @return how many reminders were sent now
	 */
	public int remindUnrated(Instant now) {
		var hour = now.atZone(OfficeTime.ZONE).getHour();
		if (hour < REMINDER_FROM_HOUR || hour >= REMINDER_UNTIL_HOUR) {
			return 0;
		}
		var due = jdbc.sql("""
				select i.service_record_id, i.citizen_id, i.service_type from evaluation.rating_invitation i
				where i.reminded_at is null and i.expires_at > :now and i.created_at > :oldest
				  and greatest(i.completed_at, i.created_at) <= :cutoff
				  and not exists (select 1 from evaluation.rating r where r.service_record_id = i.service_record_id)
				order by i.created_at limit 500""")
			.param("now", Timestamp.from(now))
			.param("oldest", Timestamp.from(now.minus(Duration.ofDays(settings.invitationValidDays() + 1L))))
			.param("cutoff", Timestamp.from(now.minus(Duration.ofDays(settings.reminderAfterDays()))))
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), new CitizenId(rs.getObject(2, UUID.class)),
					ServiceType.valueOf(rs.getString(3)) })
			.list();
		var sent = 0;
		for (var row : due) {
			var serviceRecordId = (UUID) row[0];
			var token = newToken();
			var marked = jdbc.sql("""
					update evaluation.rating_invitation set reminded_at = :now, reminder_token_hash = :hash
					where service_record_id = :id and reminded_at is null""")
				.param("now", Timestamp.from(now))
				.param("hash", hash(token))
				.param("id", serviceRecordId)
				.update();
			if (marked == 1) {
				events.publishEvent(new RatingReminded(serviceRecordId, (CitizenId) row[1],
						((ServiceType) row[2]).chineseName(), settings.linkBaseUrl() + "/rate/" + token));
				sent++;
			}
		}
		return sent;
	}

	/** First office hour (Asia/Shanghai) a reminder may be sent. */
	static final int REMINDER_FROM_HOUR = 9;

	/** Reminders stop at this office hour. */
	static final int REMINDER_UNTIL_HOUR = 20;

	private static String newToken() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private RatingView map(ResultSet rs, int row) throws SQLException {
		var dimensions = new EnumMap<Dimension, Integer>(Dimension.class);
		for (var dimension : Dimension.values()) {
			var value = rs.getObject(dimension.column());
			if (value != null) {
				dimensions.put(dimension, ((Number) value).intValue());
			}
		}
		var id = rs.getObject("id", UUID.class);
		var score = rs.getInt("score");
		var level = RatingLevel.of(score);
		UUID rectification = level.isBad() ? jdbc.sql("select id from evaluation.rectification where rating_id = :id")
			.param("id", id).query(UUID.class).optional().orElse(null) : null;
		return new RatingView(id, rs.getObject("service_record_id", UUID.class), score, level, dimensions,
				rs.getString("comment"), rs.getBoolean("named"), level.isBad(), rs.getTimestamp("given_at").toInstant(),
				rectification);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An invitation to rate, found by its link.
	 *
	 * @param serviceRecordId the service to rate
	 * @param citizenId the citizen served
	 * @param expiresAt when the link stops working
	 */
	public record Invitation(UUID serviceRecordId, CitizenId citizenId, Instant expiresAt) {
	}

}
