package org.cheguan.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the first staff accounts. In the demo profile ({@code cheguan.demo=true}) it seeds {@code admin},
 * {@code clerk}, {@code examiner}, {@code agent} and {@code supervisor}, all with the password of
 * {@code CHEGUAN_DEMO_PASSWORD} (default {@code cheguan-demo}), as api-contract.md promises. Outside the demo profile
 * no default password exists: an administrator is created only from {@code cheguan.bootstrap-admin.username} and
 * {@code cheguan.bootstrap-admin.password} when no account exists yet (docs/operations.md).
 */
@Component
class StaffAccountBootstrap implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(StaffAccountBootstrap.class);

	private final StaffAccounts accounts;

	private final boolean demo;

	private final String demoPassword;

	private final @Nullable String adminUsername;

	private final @Nullable String adminPassword;

	StaffAccountBootstrap(StaffAccounts accounts, @Value("${cheguan.demo:false}") boolean demo,
			@Value("${CHEGUAN_DEMO_PASSWORD:cheguan-demo}") String demoPassword,
			@Value("${cheguan.bootstrap-admin.username:}") @Nullable String adminUsername,
			@Value("${cheguan.bootstrap-admin.password:}") @Nullable String adminPassword) {
		this.accounts = accounts;
		this.demo = demo;
		this.demoPassword = demoPassword;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	/**
	 * Runs once every bean exists and before the web server starts, so that no request (and no health check) sees the
	 * platform without its accounts.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		if (demo) {
			var seeds = List.of(
					seed("admin", "系统管理员", "信息科", EnumSet.of(Role.ADMIN)),
					seed("clerk", "窗口民警 王芳", "机动车登记科", EnumSet.of(Role.CLERK)),
					seed("examiner", "考试员 李强", "考试科", EnumSet.of(Role.EXAMINER)),
					seed("agent", "12123 话务员 陈静", "12123 服务中心", EnumSet.of(Role.HOTLINE_AGENT)),
					seed("supervisor", "督查 赵敏", "督查科", EnumSet.of(Role.SUPERVISOR)));
			for (var seed : seeds) {
				if (accounts.find(seed.username()).isEmpty()) {
					accounts.createUnchecked(seed);
				}
			}
			log.info("Demo staff accounts ready: admin, clerk, examiner, agent, supervisor");
			return;
		}
		if (adminUsername != null && !adminUsername.isBlank() && adminPassword != null && !adminPassword.isBlank()
				&& !accounts.any()) {
			accounts.create(new NewStaffAccount(adminUsername, "Administrator", null, EnumSet.of(Role.ADMIN),
					adminPassword));
			log.info("Bootstrap administrator {} created", adminUsername);
		}
	}

	private NewStaffAccount seed(String username, String displayName, String department, Set<Role> roles) {
		return new NewStaffAccount(username, displayName, department, roles, demoPassword);
	}
}
