/**
 * Platform: the technical glue every request passes through — the embedded PostgreSQL and per-module Flyway
 * migrations, the office {@code Clock} (Asia/Shanghai), security (staff HTTP Basic and form login, citizen bearer
 * tokens), RFC 9457 problem details in zh-CN and en, {@code Idempotency-Key} handling, masking of personal data and
 * the web shell (layout, language switch, age-friendly mode). Business modules never import it.
 */
@ApplicationModule(displayName = "Platform (技术平台)", allowedDependencies = { "identity" })
@NullMarked
package org.cheguan.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
