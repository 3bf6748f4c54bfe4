package org.cheguan.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.cheguan.shared.MobileNumber;
import org.cheguan.shared.NotFound;
import org.cheguan.shared.PersonalDataCipher;
import org.cheguan.shared.ResidentIdNumber;
import org.cheguan.shared.StateChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of real-name citizens: each citizen is stored once, keyed by the look-up hash of the resident ID
 * number, with ID number, mobile and name encrypted at rest (GB/T 35273-2020 §6.3). Other modules call
 * {@link #register} when they serve someone and keep the returned {@link CitizenId}.
 */
@Service
@Transactional
public class Citizens {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Citizens(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Finds the citizen with this ID number or registers a new one. An existing citizen's mobile and name are never
	 * changed here (a name is only filled in when none is known yet), whatever is given: the registered mobile receives the sign-in codes, so a service form (an
	 * application, a registration) filled in with another number must not hand the account to that number.
	 * Concurrent registrations of the same ID number yield one citizen (the unique look-up hash decides).
	 *
	 * @param idNumber resident ID number
	 * @param mobile mobile number
	 * @param name full name, or null when unknown
	 * @return the citizen's id
	 */
	public CitizenId register(ResidentIdNumber idNumber, MobileNumber mobile, @Nullable String name) {
		var now = clock.instant();
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into identity.citizen (id, id_number_hash, id_number_cipher, id_number_masked, mobile_hash,
				  mobile_cipher, mobile_masked, name_cipher, name_masked, created_at, updated_at)
				values (:id, :idHash, :idCipher, :idMasked, :mobileHash, :mobileCipher, :mobileMasked, :nameCipher,
				  :nameMasked, :now, :now)
				on conflict (id_number_hash) do nothing""")
			.param("id", id)
			.param("idHash", cipher.lookupHash(idNumber.value()))
			.param("idCipher", cipher.encrypt(idNumber.value()))
			.param("idMasked", idNumber.masked())
			.param("mobileHash", cipher.lookupHash(mobile.value()))
			.param("mobileCipher", cipher.encrypt(mobile.value()))
			.param("mobileMasked", mobile.masked())
			.param("nameCipher", name == null ? null : cipher.encrypt(name))
			.param("nameMasked", maskName(name))
			.param("now", java.sql.Timestamp.from(now))
			.update();
		if (inserted == 1) {
			events.publishEvent(StateChanged.created("identity.citizen.registered", "citizen", id.toString(),
					"id=" + idNumber.masked() + ", mobile=" + mobile.masked()));
			return new CitizenId(id);
		}
		// An existing citizen's mobile and name are left as they are: the registered mobile is where sign-in codes go,
		// so a form filled in for a service must never move it (someone else's number would take the account over).
		// Only a name not known yet (the citizen first came by signing in) is filled in.
		var existing = findByIdNumber(idNumber).orElseThrow();
		if (name != null && !name.isBlank()) {
			var named = jdbc.sql("""
					update identity.citizen set name_cipher = :nameCipher, name_masked = :nameMasked, updated_at = :now
					where id = :id and name_cipher is null""")
				.param("nameCipher", cipher.encrypt(name))
				.param("nameMasked", maskName(name))
				.param("now", java.sql.Timestamp.from(now))
				.param("id", existing.value())
				.update();
			if (named == 1) {
				events.publishEvent(new StateChanged("identity.citizen.named", "citizen", existing.value().toString(),
						null, "name=" + maskName(name)));
			}
		}
		return existing;
	}

	/**
	 * @param idNumber resident ID number
	 * @return the citizen with this ID number, if registered
	 */
	@Transactional(readOnly = true)
	public Optional<CitizenId> findByIdNumber(ResidentIdNumber idNumber) {
		return jdbc.sql("select id from identity.citizen where id_number_hash = :hash")
			.param("hash", cipher.lookupHash(idNumber.value()))
			.query(UUID.class)
			.optional()
			.map(CitizenId::new);
	}

	/**
	 * @param id a citizen
	 * @return the decrypted real-name data
	 * @throws NotFound when no such citizen exists
	 */
	@Transactional(readOnly = true)
	public CitizenProfile profile(CitizenId id) {
		return jdbc.sql("select id_number_cipher, mobile_cipher, name_cipher from identity.citizen where id = :id")
			.param("id", id.value())
			.query((rs, row) -> new CitizenProfile(id, ResidentIdNumber.of(cipher.decrypt(rs.getString(1))),
					MobileNumber.of(cipher.decrypt(rs.getString(2))),
					rs.getString(3) == null ? null : cipher.decrypt(rs.getString(3))))
			.optional()
			.orElseThrow(() -> new NotFound("citizen", id));
	}

	/**
	 * Decrypted real-name data of many citizens in one query, for batch work such as an exam allocation run.
	 *
	 * @param ids citizens
	 * @return the profile of each citizen found, by id
	 */
	@Transactional(readOnly = true)
	public java.util.Map<CitizenId, CitizenProfile> profiles(java.util.Collection<CitizenId> ids) {
		var result = new java.util.HashMap<CitizenId, CitizenProfile>();
		if (ids.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select id, id_number_cipher, mobile_cipher, name_cipher from identity.citizen where id = any(:ids)""")
			.param("ids", ids.stream().map(CitizenId::value).toArray(UUID[]::new))
			.query((rs, row) -> {
				var id = new CitizenId(rs.getObject(1, UUID.class));
				result.put(id, new CitizenProfile(id, ResidentIdNumber.of(cipher.decrypt(rs.getString(2))),
						MobileNumber.of(cipher.decrypt(rs.getString(3))),
						rs.getString(4) == null ? null : cipher.decrypt(rs.getString(4))));
				return id;
			})
			.list();
		return result;
	}

	/**
	 * Masks a personal name for display: the first character stays, the rest become asterisks (张三丰 → 张**).
	 *
	 * @param name a name, or null
	 * @return the masked name, or null
	 */
	public static @Nullable String maskName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		var trimmed = name.strip();
		var first = trimmed.codePointAt(0);
		var rest = trimmed.codePointCount(0, trimmed.length()) - 1;
		return new StringBuilder().appendCodePoint(first).append("*".repeat(Math.max(rest, 1))).toString();
	}
}
