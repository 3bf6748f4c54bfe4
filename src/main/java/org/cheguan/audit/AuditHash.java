package org.cheguan.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hash of one audit row: SHA-256 (lower-case hex) over a canonical, unambiguous encoding of the previous row's
 * hash and the row's content. Every text field is written as a 4-byte big-endian length followed by its UTF-8 bytes
 * (length -1 and no bytes for null), and the time as 8 bytes of microseconds since the epoch, so that no two
 * different rows can encode to the same bytes (e.g. {@code "ab","c"} versus {@code "a","bc"}, or null versus empty).
 */
final class AuditHash {

	/** The hash the first row links to: 64 zeros. */
	static final String GENESIS = "0".repeat(64);

	/** Version tag of the encoding, hashed first so that a future encoding cannot collide with this one. */
	private static final String ENCODING = "cheguan-audit-v1";

	private AuditHash() {
	}

	static String of(String previousHash, Instant occurredAt, String actor, String action, String targetType,
			String targetId, @Nullable String before, @Nullable String after) {
		var bytes = new ByteArrayOutputStream(256);
		try (var out = new DataOutputStream(bytes)) {
			text(out, ENCODING);
			text(out, previousHash);
			out.writeLong(epochMicros(occurredAt));
			text(out, actor);
			text(out, action);
			text(out, targetType);
			text(out, targetId);
			text(out, before);
			text(out, after);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	/** PostgreSQL keeps microseconds: the hash uses exactly what the database stores. */
	static Instant truncate(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	static long epochMicros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

	private static void text(DataOutputStream out, @Nullable String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		var utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}
}
