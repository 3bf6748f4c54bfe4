package org.cheguan.identity;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A request to create a staff account.
 *
 * @param username 3–32 characters: lower-case letters, digits, dot, underscore, hyphen
 * @param displayName name shown in the console, 1–50 characters
 * @param department department or outlet, optional
 * @param roles at least one staff role ({@link Role#CITIZEN} is refused)
 * @param password at least 12 characters (NIST SP 800-63B favours length over composition rules)
 */
public record NewStaffAccount(
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,32}") String username,
		@NotBlank @Size(max = 50) String displayName,
		@Size(max = 100) @Nullable String department,
		@NotEmpty Set<@NotNull Role> roles,
		@NotBlank @Size(min = 12, max = 128) String password) {

	@Override
	public String toString() {
		return "NewStaffAccount[username=" + username + ", roles=" + roles + "]";
	}
}
