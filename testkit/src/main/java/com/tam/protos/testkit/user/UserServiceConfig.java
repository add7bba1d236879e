package com.tam.protos.testkit.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Settings of {@link ReferenceUserService}; {@link #defaults()} follows the contract's defaults.
 *
 * @param signingKey the HS256 key of the access tokens (at least 32 bytes)
 * @param keyId the {@code kid} header of the access tokens
 * @param accessTokenLifetime access-token lifetime (15 minutes)
 * @param refreshTokenLifetime refresh-token lifetime (30 days)
 * @param sessionLifetime absolute session lifetime (90 days)
 * @param countriesServed ISO 3166-1 alpha-2 codes whose residents may register
 * @param minimumAgeByCountry legal gambling age where it is above {@code defaultMinimumAge}
 * @param defaultMinimumAge legal gambling age elsewhere (18)
 * @param commonPasswords the common-password list (compared case-insensitively)
 * @param breachedPasswords the breached-password list (compared case-insensitively)
 * @param pbkdf2Iterations PBKDF2 iterations (kept low in tests; production hashes with Argon2id)
 * @param maxFailedLogins failed logins that lock an account (5)
 * @param failedLoginWindow the window they are counted in (15 minutes)
 * @param lockDuration how long a lock lasts (15 minutes)
 * @param riskChecks whether LoginUser asks risk-analyzer (on the platform channel) for the LOGIN
 *     rate limit and records each attempt there; both fail open, as the risk contract says
 */
public record UserServiceConfig(
    byte[] signingKey,
    String keyId,
    Duration accessTokenLifetime,
    Duration refreshTokenLifetime,
    Duration sessionLifetime,
    Set<String> countriesServed,
    Map<String, Integer> minimumAgeByCountry,
    int defaultMinimumAge,
    Set<String> commonPasswords,
    Set<String> breachedPasswords,
    int pbkdf2Iterations,
    int maxFailedLogins,
    Duration failedLoginWindow,
    Duration lockDuration,
    boolean riskChecks) {

  /** Copies the collections and the key. */
  public UserServiceConfig {
    if (signingKey.length < 32) {
      throw new IllegalArgumentException("an HS256 key needs at least 32 bytes");
    }
    signingKey = signingKey.clone();
    countriesServed = Set.copyOf(countriesServed);
    minimumAgeByCountry = Map.copyOf(minimumAgeByCountry);
    commonPasswords = Set.copyOf(commonPasswords);
    breachedPasswords = Set.copyOf(breachedPasswords);
  }

  /**
   * The contract's defaults: 15-minute access tokens, 30-day refresh tokens, 90-day sessions,
   * lockout after 5 failures in 15 minutes for 15 minutes, legal age 18 (21 in GR), residents of
   * the EEA member states and the UK (not FR, whose licence the platform does not hold, nor the
   * US); LOGIN rate limits and activities through risk-analyzer.
   *
   * @return the defaults
   */
  public static UserServiceConfig defaults() {
    return new UserServiceConfig(
        "tam-reference-user-service-hs256-key-0001".getBytes(StandardCharsets.UTF_8),
        "reference-1",
        Duration.ofMinutes(15),
        Duration.ofDays(30),
        Duration.ofDays(90),
        Set.of(
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "GB", "GR", "HR", "HU",
            "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE",
            "SI", "SK"),
        Map.of("GR", 21),
        18,
        Set.of(
            "password1234",
            "123456789012",
            "qwertyuiop12",
            "iloveyou1234",
            "letmein12345",
            "passwordpassword",
            "aaaaaaaaaaaa"),
        Set.of("correcthorsebatterystaple", "p@ssw0rd2024!", "summer2024!!", "welcome12345"),
        1000,
        5,
        Duration.ofMinutes(15),
        Duration.ofMinutes(15),
        true);
  }
}
