package org.cheguan.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.ProblemException;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen sign-in by one-time code, as the 12123 app does it: the citizen gives ID and mobile number, a 6-digit code
 * goes out by SMS through notifications, and the code exchanges for a bearer token.
 *
 * <p>Limits ({@link SignInProperties}): a code lives 5 minutes and dies after 5 wrong tries; at most 5 codes per
 * citizen per rolling hour. Only keyed hashes of codes and SHA-256 of tokens are stored. A mobile number that does not
 * match the registered one gets the same 202 answer but no code, so the endpoint reveals nothing about who is
 * registered.
 */
@Service
@EnableConfigurationProperties(SignInProperties.class)
public class CitizenSignIn {

	private static final Logger log = LoggerFactory.getLogger(CitizenSignIn.class);

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final org.cheguan.shared.PersonalDataCipher cipher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SignInProperties properties;

	private final SecureRandom random = new SecureRandom();

	/** How long a token found in the database is trusted before it is looked up again. */
	static final Duration SESSION_CACHE = Duration.ofSeconds(10);

	/** At most this many tokens are remembered. */
	private static final int SESSION_CACHE_SIZE = 10_000;

	private final java.util.concurrent.ConcurrentHashMap<String, CachedSession> sessions = new java.util.concurrent.ConcurrentHashMap<>();

	CitizenSignIn(JdbcClient jdbc, Citizens citizens, org.cheguan.shared.PersonalDataCipher cipher, Clock clock,
			ApplicationEventPublisher events, SignInProperties properties) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.cipher = cipher;
		this.clock = clock;
		this.events = events;
		this.properties = properties;
	}

	/**
	 * Sends a one-time code to the citizen's registered mobile; registers the citizen on first use.
	 *
	 * @param idNumber resident ID number
	 * @param mobile mobile number given by the caller
	 * @throws SignInThrottled (429) beyond the hourly limit
	 */
	@Transactional
	public void requestCode(ResidentIdNumber idNumber, MobileNumber mobile) {
		var citizen = citizens.findByIdNumber(idNumber).orElseGet(() -> citizens.register(idNumber, mobile, null));
		var registered = citizens.profile(citizen).mobile();
		if (!registered.equals(mobile)) {
			log.info("Sign-in code refused for citizen {}: mobile {} is not the registered one", citizen,
					mobile.masked());
			return;
		}
		var now = clock.instant();
		// Lock the citizen row so that concurrent requests count each other's codes.
		jdbc.sql("select id from identity.citizen where id = :id for update").param("id", citizen.value())
			.query(UUID.class).single();
		var window = jdbc.sql("""
				select count(*), min(created_at) from identity.one_time_code
				where citizen_id = :id and created_at > :since""")
			.param("id", citizen.value())
			.param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getTimestamp(2) })
			.single();
		if ((long) window[0] >= properties.codesPerHour()) {
			var oldest = ((Timestamp) window[1]).toInstant();
			var wait = Duration.between(now, oldest.plus(Duration.ofHours(1))).toSeconds() + 1;
			throw new SignInThrottled(properties.codesPerHour(), Math.max(wait, 1));
		}
		var codeId = UUID.randomUUID();
		var code = String.format("%06d", random.nextInt(1_000_000));
		// An older code dies when a new one is issued: only the latest code works.
		jdbc.sql("update identity.one_time_code set consumed_at = :now where citizen_id = :id and consumed_at is null")
			.param("now", Timestamp.from(now)).param("id", citizen.value()).update();
		jdbc.sql("""
				insert into identity.one_time_code (id, citizen_id, code_hash, expires_at, created_at)
				values (:id, :citizen, :hash, :expires, :now)""")
			.param("id", codeId)
			.param("citizen", citizen.value())
			.param("hash", codeHash(codeId, code))
			.param("expires", Timestamp.from(now.plus(properties.codeValidity())))
			.param("now", Timestamp.from(now))
			.update();
		events.publishEvent(new OneTimeCodeIssued(codeId, citizen, mobile.value(), code,
				properties.codeValidity().toMinutes()));
		events.publishEvent(StateChanged.created("identity.one-time-code.issued", "citizen", citizen.toString(),
				"to=" + mobile.masked()));
	}

	/**
	 * Exchanges a valid one-time code for a bearer token. Every wrong try counts, even when the request fails.
	 *
	 * @param idNumber resident ID number
	 * @param code the 6-digit code received by SMS
	 * @return the session with its token
	 * @throws InvalidValue (400 {@code validation}) when the code is wrong, expired, used up or unknown
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	public CitizenSession signIn(ResidentIdNumber idNumber, String code) {
		var citizen = citizens.findByIdNumber(idNumber).orElseThrow(CitizenSignIn::invalidCode);
		var now = clock.instant();
		// Counting the try first, with a conditional UPDATE, caps concurrent guesses at maxAttempts.
		var codeId = jdbc.sql("""
				update identity.one_time_code set attempts = attempts + 1
				where id = (select id from identity.one_time_code where citizen_id = :citizen and consumed_at is null
				            order by created_at desc limit 1)
				  and attempts < :max and expires_at > :now
				returning id""")
			.param("citizen", citizen.value())
			.param("max", properties.maxAttempts())
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional()
			.orElseThrow(CitizenSignIn::invalidCode);
		var stored = jdbc.sql("select code_hash from identity.one_time_code where id = :id").param("id", codeId)
			.query(String.class).single();
		var given = code == null ? "" : code.strip();
		if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
				codeHash(codeId, given).getBytes(StandardCharsets.US_ASCII))) {
			throw invalidCode();
		}
		var consumed = jdbc.sql("update identity.one_time_code set consumed_at = :now where id = :id and consumed_at is null")
			.param("now", Timestamp.from(now)).param("id", codeId).update();
		if (consumed != 1) {
			throw invalidCode();
		}
		var tokenBytes = new byte[32];
		random.nextBytes(tokenBytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(tokenBytes);
		var expiresAt = now.plus(properties.sessionValidity());
		jdbc.sql("""
				insert into identity.citizen_session (token_hash, citizen_id, created_at, expires_at)
				values (:hash, :citizen, :now, :expires)""")
			.param("hash", sha256(token))
			.param("citizen", citizen.value())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		events.publishEvent(StateChanged.created("identity.citizen.signed-in", "citizen", citizen.toString(),
				"session until " + expiresAt));
		return new CitizenSession(token, citizen, expiresAt);
	}

	/**
	 * Resolves a bearer token: one query without a transaction (one round trip), and a token found is then trusted
	 * for {@link #SESSION_CACHE} without asking the database again, its expiry still checked against the office clock
	 * on every call. Every API request of a citizen authenticates, so this keeps the database out of all but the first
	 * request of a burst (the rating benchmark, docs/benchmarks.md). A sign-out on this instance ends the token at once
	 * (it is remembered as revoked); the platform runs as one instance, so no other can still trust it.
	 *
	 * @param token the token from the {@code Authorization} header
	 * @return the citizen, when the token is known and not expired
	 */
	public Optional<CitizenId> authenticate(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		var hash = sha256(token);
		var cached = sessions.get(hash);
		if (cached != null && System.nanoTime() - cached.checkedAt() < SESSION_CACHE.toNanos()) {
			return cached.validAt(clock.instant());
		}
		var found = jdbc.sql("select citizen_id, expires_at from identity.citizen_session where token_hash = :hash")
			.param("hash", hash)
			.query((rs, row) -> new CachedSession(new CitizenId(rs.getObject(1, UUID.class)),
					rs.getTimestamp(2).toInstant(), System.nanoTime()))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		if (sessions.size() >= SESSION_CACHE_SIZE) {
			sessions.clear(); // a crude bound; tokens are looked up again on their next request
		}
		// a sign-out that happened while this query ran wins: its revocation stays until it ages out
		var session = sessions.merge(hash, found.get(), (old, fresh) -> old.revoked() ? old : fresh);
		return session.validAt(clock.instant());
	}

	/**
	 * Ends a session: the token stops working at once.
	 *
	 * @param token the bearer token
	 */
	@Transactional
	public void signOut(String token) {
		var citizen = authenticate(token);
		jdbc.sql("delete from identity.citizen_session where token_hash = :hash").param("hash", sha256(token)).update();
		sessions.put(sha256(token), CachedSession.revoked(System.nanoTime()));
		citizen.ifPresent(id -> events.publishEvent(
				new StateChanged("identity.citizen.signed-out", "citizen", id.toString(), "signed in", null)));
	}

	/** A token's session as last read from the database (or revoked by a sign-out), and when it was read. */
	private record CachedSession(@Nullable CitizenId citizen, Instant expiresAt, long checkedAt) {

		static CachedSession revoked(long at) {
			return new CachedSession(null, Instant.EPOCH, at);
		}

		boolean revoked() {
			return citizen == null;
		}

		Optional<CitizenId> validAt(Instant now) {
			return citizen != null && expiresAt.isAfter(now) ? Optional.of(citizen) : Optional.empty();
		}
	}

	private String codeHash(UUID codeId, String code) {
		return cipher.lookupHash("one-time-code:" + codeId + ":" + code);
	}

	private static InvalidValue invalidCode() {
		return new InvalidValue(InvalidValue.VALIDATION, "identity.sign-in.invalid-code", null);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
