/**
 * Identity (用户与权限): real-name citizens, stored once with their ID and mobile numbers encrypted at rest; staff
 * accounts with roles and departments; citizen sign-in by one-time code and bearer token. Other modules refer to
 * citizens only by {@code CitizenId}. Publishes {@code OneTimeCodeIssued} and audit records of every change.
 */
@ApplicationModule(displayName = "Identity (用户与权限)", allowedDependencies = {  })
@NullMarked
package org.cheguan.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
