package org.cheguan.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff member's account, without the password hash.
 *
 * @param id account id
 * @param username sign-in name
 * @param displayName name shown in the console and on reports
 * @param department department (业务科室) or outlet the staff member belongs to, or null
 * @param roles roles held
 * @param enabled whether the account may sign in
 * @param createdAt when it was created
 */
public record StaffAccount(UUID id, String username, String displayName, @Nullable String department,
		Set<Role> roles, boolean enabled, Instant createdAt) {
}
