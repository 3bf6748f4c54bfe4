package org.cheguan.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The UUIDs an allocation run streams into COPY are written exactly as PostgreSQL and {@link UUID} read them. */
class CopyRowsTests {

	@Test
	void formatsAUuidAsItsCanonicalText() {
		var random = new Random(20261129L);
		var buffer = new byte[40];
		for (int i = 0; i < 10_000; i++) {
			var value = new UUID(random.nextLong(), random.nextLong());
			assertThat(CopyRows.format(value, buffer, 2)).isEqualTo(38);
			assertThat(new String(buffer, 2, 36, StandardCharsets.US_ASCII)).isEqualTo(value.toString());
		}
	}

	@Test
	void keepsLeadingZerosAndTheHighestDigits() {
		var buffer = new byte[36];
		for (var value : new UUID[] { new UUID(0, 0), new UUID(-1, -1), new UUID(0x0000000100020003L, 0x0004000000000005L),
				UUID.fromString("0192f3a0-0000-7000-8000-00000000000f") }) {
			CopyRows.format(value, buffer, 0);
			assertThat(new String(buffer, StandardCharsets.US_ASCII)).isEqualTo(value.toString());
		}
	}

}
