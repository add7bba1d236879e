package com.tam.protos.testkit.user;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with the JDK's PBKDF2-HMAC-SHA256 (production uses Argon2id, which the JDK
 * lacks; the stored form and the constant-time check are the same idea), and SHA-256 for tokens at
 * rest.
 */
final class Passwords {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  Passwords(int iterations) {
    this.iterations = iterations;
  }

  /** A salted hash. */
  record Hash(byte[] salt, byte[] hash) {}

  Hash hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new Hash(salt, derive(password, salt));
  }

  boolean matches(String password, Hash stored) {
    return MessageDigest.isEqual(derive(password, stored.salt()), stored.hash());
  }

  private byte[] derive(String password, byte[] salt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    }
  }

  /** A random opaque token with 256 bits of entropy, base64url. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a token, hex: how tokens are kept at rest. */
  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
