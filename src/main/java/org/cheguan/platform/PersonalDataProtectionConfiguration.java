package org.cheguan.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.cheguan.shared.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.jspecify.annotations.Nullable;

/**
 * Provides the {@link PersonalDataCipher} that encrypts ID and mobile numbers at rest (GB/T 35273-2020 §6.3).
 *
 * <p>Keys come from {@code cheguan.crypto.encryption-key} and {@code cheguan.crypto.lookup-key} (Base64, 32 bytes
 * each). Outside the demo profile both are required: the application refuses to start without them. In the demo
 * profile, when they are not set, a key file is generated once ({@code cheguan.crypto.demo-key-file}, beside the
 * demo database) and reused, so demo data stays readable across restarts; tests without a key file get fresh random
 * keys.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProtectionConfiguration.CryptoProperties.class)
class PersonalDataProtectionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataProtectionConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(CryptoProperties properties,
			@org.springframework.beans.factory.annotation.Value("${cheguan.demo:false}") boolean demo)
			throws IOException {
		if (properties.encryptionKey() != null && properties.lookupKey() != null) {
			return new PersonalDataCipher(decode(properties.encryptionKey()), decode(properties.lookupKey()));
		}
		if (!demo) {
			throw new IllegalStateException(
					"cheguan.crypto.encryption-key and cheguan.crypto.lookup-key must be set (Base64, 32 bytes each); "
							+ "see docs/operations.md");
		}
		var keyFile = properties.demoKeyFile();
		if (keyFile == null || keyFile.isBlank()) {
			return new PersonalDataCipher(randomKey(), randomKey());
		}
		var path = Path.of(keyFile);
		var keys = new Properties();
		if (Files.exists(path)) {
			try (var in = Files.newInputStream(path)) {
				keys.load(in);
			}
		}
		else {
			Files.createDirectories(path.getParent());
			keys.setProperty("encryption-key", Base64.getEncoder().encodeToString(randomKey()));
			keys.setProperty("lookup-key", Base64.getEncoder().encodeToString(randomKey()));
			try (var out = Files.newOutputStream(path)) {
				keys.store(out, "Cheguan demo keys for personal data at rest. Never use these in production.");
			}
			try {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the folder's own permissions apply
			}
			log.info("Generated demo keys for personal data in {}", path);
		}
		return new PersonalDataCipher(decode(keys.getProperty("encryption-key")),
				decode(keys.getProperty("lookup-key")));
	}

	private static byte[] decode(String base64) {
		return Base64.getDecoder().decode(base64.trim());
	}

	private static byte[] randomKey() {
		var key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	/**
	 * @param encryptionKey Base64 of the 32-byte AES-256-GCM key
	 * @param lookupKey Base64 of the 32-byte HMAC-SHA-256 key for look-up hashes
	 * @param demoKeyFile where the demo profile keeps generated keys; blank for per-run random keys
	 */
	@ConfigurationProperties("cheguan.crypto")
	record CryptoProperties(@Nullable String encryptionKey, @Nullable String lookupKey, @Nullable String demoKeyFile) {
	}
}
