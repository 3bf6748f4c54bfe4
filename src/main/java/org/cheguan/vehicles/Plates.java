package org.cheguan.vehicles;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cheguan.shared.Conflict;
import org.cheguan.shared.PlateKind;
import org.cheguan.shared.PlateNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plate inventory and plate selection (选号, 公安部令第102号 and 第164号; domain-rules.md §2 and §4). A random pool
 * holds free numbers for its requester for {@link VehiclesPolicy#holdMinutes()} minutes; each plate row carries at most
 * one pool, so no number is ever in two live pools, and a number is issued by a conditional update of its row, so of
 * concurrent registrations choosing one number exactly one gets it (database guarantees, not Java checks).
 *
 * <p>The inventory of free numbers is generated on demand: random serials of the local layout are inserted when fewer
 * than four pools' worth are free (duplicates ignored by the primary key).
 */
@Service
@Transactional
public class Plates {

	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ".replace("Q", "");

	private final JdbcClient jdbc;

	private final VehiclesPolicy policy;

	private final Clock clock;

	Plates(JdbcClient jdbc, VehiclesPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Holds a new random pool of free numbers for the requester. A requester may hold several live pools (one clerk
	 * account serves several applicants); each expires after the hold.
	 *
	 * @param type vehicle type
	 * @param energy energy (new-energy vehicles get new-energy numbers)
	 * @param requester who holds the pool (a staff username, or the citizen)
	 * @return the pool, {@link VehiclesPolicy#poolSize()} numbers
	 */
	public PlatePool pool(VehicleType type, Energy energy, String requester) {
		var kind = type.plateKind(energy);
		var now = clock.instant();
		var until = now.plus(Duration.ofMinutes(policy.holdMinutes()));
		var pool = UUID.randomUUID();
		var plates = new ArrayList<String>();
		for (int attempt = 0; attempt < 20 && plates.size() < policy.poolSize(); attempt++) {
			topUp(kind, now);
			plates.addAll(jdbc.sql("""
					with picked as (
					  select plate from vehicles.plate
					  where kind = :kind and status = 'FREE' and (held_until is null or held_until <= :now)
					  order by random() limit :size
					  for update skip locked)
					update vehicles.plate p set pool_id = :pool, held_by = :who, held_until = :until
					from picked where p.plate = picked.plate
					returning p.plate""")
				.param("kind", kind.name())
				.param("now", Timestamp.from(now))
				.param("size", policy.poolSize() - plates.size())
				.param("pool", pool)
				.param("who", requester)
				.param("until", Timestamp.from(until))
				.query(String.class)
				.list());
		}
		return new PlatePool(pool, kind, plates.stream().sorted().toList(), until);
	}

	/**
	 * Issues a number to a vehicle: a free number, or one held by this requester's live pool; a self-composed number
	 * not yet in the inventory is added and issued at once. One statement, so concurrent claims of one number leave
	 * exactly one winner.
	 *
	 * @param plate the number
	 * @param requester who registers
	 * @param vin the vehicle
	 * @throws Conflict when the number is issued or held by someone else's live pool
	 */
	void claim(PlateNumber plate, String requester, String vin) {
		var now = Timestamp.from(clock.instant());
		var claimed = jdbc.sql("""
				insert into vehicles.plate as p (plate, kind, status, vin, issued_at) values (:plate, :kind, 'ISSUED', :vin, :now)
				on conflict (plate) do update set status = 'ISSUED', vin = :vin, issued_at = :now, pool_id = null,
				  held_by = null, held_until = null
				where p.status = 'FREE' and (p.held_until is null or p.held_until <= :now
				  or p.held_by = :who)""")
			.param("plate", plate.value())
			.param("kind", plate.kind().name())
			.param("vin", vin)
			.param("now", now)
			.param("who", requester)
			.update();
		if (claimed != 1) {
			throw Conflict.of("vehicles.plate.taken", plate.value());
		}
	}

	/**
	 * Issues any free number of the layout, for a transfer-in where the owner did not choose.
	 *
	 * @param kind layout
	 * @param vin the vehicle
	 * @return the number issued
	 */
	PlateNumber issueAny(PlateKind kind, String vin) {
		var now = clock.instant();
		for (int attempt = 0; attempt < 10; attempt++) {
			topUp(kind, now);
			var issued = jdbc.sql("""
					with picked as (
					  select plate from vehicles.plate
					  where kind = :kind and status = 'FREE' and (held_until is null or held_until <= :now)
					  limit 1 for update skip locked)
					update vehicles.plate p set status = 'ISSUED', vin = :vin, issued_at = :now, pool_id = null, held_by = null,
					  held_until = null
					from picked where p.plate = picked.plate returning p.plate""")
				.param("kind", kind.name())
				.param("now", Timestamp.from(now))
				.param("vin", vin)
				.query(String.class)
				.optional();
			if (issued.isPresent()) {
				return PlateNumber.of(issued.get());
			}
		}
		throw Conflict.of("vehicles.plate.none-free");
	}

	/**
	 * Retires an issued number (deregistration, transfer-out): it is not issued again.
	 *
	 * @param plate the number
	 */
	void retire(String plate) {
		jdbc.sql("update vehicles.plate set status = 'RETIRED' where plate = :plate").param("plate", plate).update();
	}

	/**
	 * @param plate a number
	 * @return who holds it in a live pool, or null
	 */
	@Transactional(readOnly = true)
	public @Nullable String holder(String plate) {
		return jdbc.sql("select held_by from vehicles.plate where plate = :plate and status = 'FREE' and held_until > :now")
			.param("plate", plate)
			.param("now", Timestamp.from(clock.instant()))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void topUp(PlateKind kind, Instant now) {
		var wanted = policy.poolSize() * 4;
		var free = jdbc.sql("""
				select count(*) from (select 1 from vehicles.plate where kind = :kind and status = 'FREE'
				  and (held_until is null or held_until <= :now) limit :wanted) f""")
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.param("wanted", wanted)
			.query(Integer.class)
			.single();
		if (free >= wanted) {
			return;
		}
		var candidates = new ArrayList<String>();
		for (int i = 0; i < wanted * 2; i++) {
			candidates.add(policy.authority() + serial(kind));
		}
		jdbc.sql("""
				insert into vehicles.plate (plate, kind, status) select unnest(:plates), :kind, 'FREE'
				on conflict (plate) do nothing""")
			.param("plates", candidates.toArray(String[]::new))
			.param("kind", kind.name())
			.update();
	}

	/** A random serial of the layout: ordinary serials have at most 2 letters and end with a digit. */
	static String serial(PlateKind kind) {
		var random = ThreadLocalRandom.current();
		var builder = new StringBuilder();
		switch (kind) {
			case NEW_ENERGY_SMALL -> {
				builder.append(random.nextBoolean() ? 'D' : 'F');
				builder.append(random.nextInt(3) == 0 ? LETTERS.charAt(random.nextInt(LETTERS.length()))
						: (char) ('0' + random.nextInt(10)));
				for (int i = 0; i < 4; i++) {
					builder.append((char) ('0' + random.nextInt(10)));
				}
			}
			case NEW_ENERGY_LARGE -> {
				for (int i = 0; i < 5; i++) {
					builder.append((char) ('0' + random.nextInt(10)));
				}
				builder.append(random.nextBoolean() ? 'D' : 'F');
			}
			default -> {
				var letters = 0;
				for (int i = 0; i < 5; i++) {
					if (i < 4 && letters < 2 && random.nextInt(4) == 0) {
						builder.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
						letters++;
					}
					else {
						builder.append((char) ('0' + random.nextInt(10)));
					}
				}
			}
		}
		return builder.toString();
	}
}
