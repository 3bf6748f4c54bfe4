package org.cheguan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.cheguan.shared.Conflict;
import org.cheguan.shared.InvalidValue;
import org.cheguan.shared.StateChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts with their roles. Passwords are kept only as hashes of the configured {@link PasswordEncoder}
 * (BCrypt by default). Also the {@link UserDetailsService} that HTTP Basic and the console's form login use.
 */
@Service
@Transactional
public class StaffAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Creates an account.
	 *
	 * @param request the account; validated by the caller (bean validation)
	 * @return the account created
	 * @throws Conflict (409) when the user name is taken
	 * @throws InvalidValue (400) when the roles include {@link Role#CITIZEN}
	 */
	public StaffAccount create(NewStaffAccount request) {
		if (request.roles().contains(Role.CITIZEN)) {
			throw new InvalidValue(InvalidValue.VALIDATION, "identity.staff.citizen-role", null);
		}
		var id = UUID.randomUUID();
		var now = clock.instant();
		var roles = new TreeSet<>(request.roles());
		var inserted = jdbc.sql("""
				insert into identity.staff_account (id, username, password_hash, display_name, department, roles, created_at)
				values (:id, :username, :hash, :displayName, :department, :roles, :now)
				on conflict (username) do nothing""")
			.param("id", id)
			.param("username", request.username())
			.param("hash", passwords.encode(request.password()))
			.param("displayName", request.displayName())
			.param("department", request.department())
			.param("roles", roles.stream().map(Role::name).collect(Collectors.joining(",")))
			.param("now", Timestamp.from(now))
			.update();
		if (inserted != 1) {
			throw Conflict.of("identity.staff.username-taken", request.username());
		}
		events.publishEvent(StateChanged.created("identity.staff-account.created", "staff-account", id.toString(),
				"username=" + request.username() + ", roles=" + roles));
		return new StaffAccount(id, request.username(), request.displayName(), request.department(), roles, true, now);
	}

	/**
	 * Creates a demo account whose password may be shorter than the production minimum (the contract's demo password
	 * is {@code cheguan-demo}). Package-private: only the demo bootstrap uses it.
	 */
	StaffAccount createUnchecked(NewStaffAccount request) {
		return create(request);
	}

	/** @return every account, ordered by user name */
	@Transactional(readOnly = true)
	public List<StaffAccount> list() {
		return jdbc.sql("select * from identity.staff_account order by username").query(this::map).list();
	}

	/**
	 * @param username sign-in name
	 * @return the account, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<StaffAccount> find(String username) {
		return jdbc.sql("select * from identity.staff_account where username = :username")
			.param("username", username)
			.query(this::map)
			.optional();
	}

	/** @return whether any account exists (a fresh installation has none) */
	@Transactional(readOnly = true)
	public boolean any() {
		return jdbc.sql("select exists (select 1 from identity.staff_account)").query(Boolean.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("select username, password_hash, roles, enabled from identity.staff_account where username = :u")
			.param("u", username)
			.query((rs, row) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.authorities(Arrays.stream(rs.getString(3).split(","))
					.map(role -> new SimpleGrantedAuthority("ROLE_" + role))
					.toList())
				.disabled(!rs.getBoolean(4))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("unknown staff account"));
	}

	private StaffAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
		return new StaffAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getString("department"), roles, rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
	}
}
