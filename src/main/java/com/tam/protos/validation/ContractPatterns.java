package com.tam.protos.validation;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The canonical protovalidate {@code string.pattern} values of the TAM contracts.
 *
 * <p>Every money, odds, currency and identifier field in {@code proto/} carries exactly one of
 * these patterns, spelled identically; the contract rules in the test suite fail the build when a
 * field uses anything else. Java code that handles the same values (for example {@code
 * com.tam.protos.money}) uses these constants so that the proto rules and the runtime helpers can
 * never disagree. See {@code docs/CONVENTIONS.md}.
 */
public final class ContractPatterns {

  /**
   * A non-negative money amount: a plain decimal with no sign, no exponent, no leading zeros, at
   * most 15 integer digits and at most 3 fraction digits (the largest scale of {@code
   * common.v1.Currency}, KWD and BHD). Examples: {@code "0"}, {@code "100.00"}, {@code "0.5"},
   * {@code "1.250"}. The currency's own scale is checked where the amount sits next to its currency
   * (a {@code .money_scale} CEL rule) or by the service (docs/CONVENTIONS.md, Money).
   */
  public static final String MONEY = "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$";

  /** Like {@link #MONEY} but strictly greater than zero: stakes, reservations, credits. */
  public static final String POSITIVE_MONEY =
      "^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$";

  /**
   * Like {@link #MONEY} but with an optional leading {@code '-'}. Allowed only on fields whose
   * comment says the value may be negative (for example gross gaming revenue).
   */
  public static final String SIGNED_MONEY = "^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$";

  /**
   * Decimal odds from 1.01 to 999.99 with at most 2 fraction digits, for example {@code "2.50"}.
   */
  public static final String DECIMAL_ODDS =
      "^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$";

  /**
   * A price of the order-book's ladder, written with exactly 2 decimals. Ticks: 0.01 from 1.01 up
   * to 2, 0.02 up to 3, 0.05 up to 4, 0.10 up to 6, 0.20 up to 10, 0.50 up to 20, 1 up to 30, 2 up
   * to 50, 5 up to 100, 10 up to 990 (docs/services/order-book.md). Every ladder price also matches
   * {@link #DECIMAL_ODDS}. Examples: {@code "2.50"}, {@code "3.05"}, {@code "110.00"}; not {@code
   * "2.5"} or {@code "2.51"}.
   */
  public static final String LADDER_PRICE =
      "^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0"
          + "|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$";

  /** An ISO-4217 alphabetic currency code, for example {@code "EUR"}. */
  public static final String CURRENCY = "^[A-Z]{3}$";

  /**
   * A required identifier or idempotency key: starts with a letter or digit, then letters, digits,
   * {@code . _ : -}. Paired with {@code min_len: 1} and {@code max_len: 128}. Accepts UUIDs and
   * values such as {@code "user-123"}.
   */
  public static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";

  /** Like {@link #ID} but may be empty: an optional reference or filter. */
  public static final String OPTIONAL_ID = "^([A-Za-z0-9][A-Za-z0-9._:-]*)?$";

  /** Maximum length of an identifier or idempotency key, in characters. */
  public static final int ID_MAX_LEN = 128;

  /** The constants, compiled once, so that hot paths (money parsing) do not recompile them. */
  private static final Map<String, Pattern> COMPILED =
      Map.of(
          MONEY, Pattern.compile(MONEY),
          POSITIVE_MONEY, Pattern.compile(POSITIVE_MONEY),
          SIGNED_MONEY, Pattern.compile(SIGNED_MONEY),
          DECIMAL_ODDS, Pattern.compile(DECIMAL_ODDS),
          LADDER_PRICE, Pattern.compile(LADDER_PRICE),
          CURRENCY, Pattern.compile(CURRENCY),
          ID, Pattern.compile(ID),
          OPTIONAL_ID, Pattern.compile(OPTIONAL_ID));

  private ContractPatterns() {}

  /**
   * Returns whether {@code value} matches {@code pattern} in full.
   *
   * @param pattern one of the constants of this class
   * @param value the value to test; {@code null} never matches
   * @return {@code true} if the value is accepted by the pattern
   */
  public static boolean matches(String pattern, String value) {
    return value != null && compiled(pattern).matcher(value).matches();
  }

  /**
   * Returns the compiled form of a pattern: precompiled for the constants of this class, compiled
   * on the fly for anything else.
   *
   * @param pattern one of the constants of this class
   * @return the compiled pattern
   */
  public static Pattern compiled(String pattern) {
    Pattern compiled = COMPILED.get(pattern);
    return compiled != null ? compiled : Pattern.compile(pattern);
  }
}
