package org.cheguan.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest of sensitive personal information (ID numbers, mobile numbers), as GB/T 35273-2020 §6.3 asks:
 * AES-256-GCM with a random 96-bit nonce per value, and a keyed HMAC-SHA-256 "look-up hash" so that a record can be
 * found by its ID or mobile number without decrypting every row. The two keys are distinct.
 *
 * <p>Cipher text format (Base64): {@code nonce(12) || ciphertext+tag}. Thread-safe.
 */
public final class PersonalDataCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec lookupKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param encryptionKey 32 bytes for AES-256
	 * @param lookupKey at least 32 bytes for HMAC-SHA-256
	 * @throws IllegalArgumentException when a key is too short
	 */
	public PersonalDataCipher(byte[] encryptionKey, byte[] lookupKey) {
		if (encryptionKey.length != 32 || lookupKey.length < 32) {
			throw new IllegalArgumentException("encryption key must be 32 bytes and look-up key at least 32 bytes");
		}
		this.encryptionKey = new SecretKeySpec(encryptionKey.clone(), "AES");
		this.lookupKey = new SecretKeySpec(lookupKey.clone(), "HmacSHA256");
	}

	/**
	 * @param plain the clear value
	 * @return Base64 of nonce and cipher text; a different result for every call
	 */
	public String encrypt(String plain) {
		try {
			var nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

	/**
	 * @param sealed a value produced by {@link #encrypt(String)} with the same key
	 * @return the clear value
	 * @throws IllegalStateException when the value was tampered with or the key differs
	 */
	public String decrypt(String sealed) {
		try {
			var bytes = Base64.getDecoder().decode(sealed);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			var plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("personal data cannot be decrypted with the configured key", ex);
		}
	}

	/**
	 * @param plain the clear value, in its canonical form (upper case for an ID number's X)
	 * @return hex HMAC-SHA-256 of the value: equal inputs give equal hashes, usable as a unique look-up key
	 */
	public String lookupHash(String plain) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(lookupKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 unavailable", ex);
		}
	}
}
