package org.cheguan.platform;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cheguan.identity.Role;

/**
 * The staff console's work areas, one per business module, with the roles that work in them (api-contract.md, Roles).
 * The header navigation and the console's tiles are both drawn from this list. An area whose module is not built yet
 * opens an honest "coming soon" page instead of a broken link.
 */
enum WorkArea {

	LICENSING("licensing", true, Role.ADMIN, Role.CLERK, Role.EXAMINER, Role.SUPERVISOR),
	VEHICLES("vehicles", true, Role.ADMIN, Role.CLERK, Role.SUPERVISOR),
	EBIKES("ebikes", true, Role.ADMIN, Role.CLERK, Role.SUPERVISOR),
	OUTLETS("outlets", true, Role.ADMIN, Role.CLERK, Role.SUPERVISOR),
	WINDOWS("windows", true, Role.ADMIN, Role.CLERK, Role.SUPERVISOR),
	HOTLINE("hotline", true, Role.ADMIN, Role.HOTLINE_AGENT, Role.SUPERVISOR),
	EVALUATION("evaluation", true, Role.ADMIN, Role.SUPERVISOR),
	REPORTS("reports", true, Role.ADMIN, Role.SUPERVISOR),
	AUDIT("audit", true, Role.ADMIN, Role.SUPERVISOR);

	private final String slug;

	private final boolean built;

	private final Set<Role> roles;

	WorkArea(String slug, boolean built, Role... roles) {
		this.slug = slug;
		this.built = built;
		this.roles = Set.of(roles);
	}

	/** @return the path segment under {@code /staff/} and the suffix of the message keys {@code web.area.<slug>.*} */
	public String slug() {
		return slug;
	}

	/** @return the console path of the area */
	public String path() {
		return "/staff/" + slug;
	}

	/** @return whether the module's pages exist; false shows a "coming soon" badge */
	public boolean built() {
		return built;
	}

	/** @return the names of the roles that may work in the area, for the security rules of its pages */
	String[] roleNames() {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	/** @return whether a holder of one of these role names may work in the area */
	public boolean openTo(Collection<String> roleNames) {
		return roles.stream().anyMatch(role -> roleNames.contains(role.name()));
	}

	/**
	 * @param roleNames role names without the {@code ROLE_} prefix
	 * @return the areas open to them, in console order
	 */
	static List<WorkArea> allOpenTo(Collection<String> roleNames) {
		return Arrays.stream(values()).filter(area -> area.openTo(roleNames)).toList();
	}

	/**
	 * @param slug a path segment
	 * @return the area with that slug, or null
	 */
	static @org.jspecify.annotations.Nullable WorkArea bySlug(String slug) {
		return Arrays.stream(values()).filter(area -> area.slug.equals(slug)).findFirst().orElse(null);
	}
}
