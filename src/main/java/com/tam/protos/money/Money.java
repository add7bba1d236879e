package com.tam.protos.money;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts the contracts' decimal money strings to and from {@link BigDecimal}.
 *
 * <p>Parsing is strict and never rounds: a money string is a plain decimal with no sign (except
 * {@link #parseSigned}), no exponent, no leading zeros, at most {@value #MAX_INTEGER_DIGITS}
 * integer digits and at most the currency's number of fraction digits ({@link #scale(String)}). So
 * {@code "1e3"}, {@code "-5.00"}, {@code "abc"}, {@code "1.001"} (EUR), {@code ""}, {@code "01.00"}
 * and {@code " 1"} are rejected; too many digits are an error (docs/CONVENTIONS.md, "Money").
 *
 * <p>Formatting writes the canonical contract form with exactly the currency's fraction digits
 * ({@code "100.00"} for EUR, {@code "100"} for JPY, {@code "100.000"} for KWD). It never rounds
 * either: round first with {@link #round(BigDecimal, String)} (HALF_EVEN, for computed amounts) or
 * {@link Payouts#roundPayout(BigDecimal, String)} (DOWN, for payouts).
 *
 * <p>Every {@link BigDecimal} entry point first checks that the value is within {@link #bounded}
 * limits, so that a value such as {@code 1E+1000000} is refused at once instead of being expanded.
 *
 * <p>All methods throw {@link IllegalArgumentException} for a value that breaks the contract; its
 * message quotes at most {@value #QUOTE_LIMIT} characters of the input. Services turn that into
 * {@code INVALID_ARGUMENT / VALIDATION_FAILED} (normally protovalidate has already rejected it at
 * the edge). The Python ({@code tam_protos.money}) and Go ({@code kit/go/money}) kits implement the
 * same rules and pass the same golden corpus ({@code tests/golden/}).
 */
public final class Money {

  /** The most integer digits of any contract amount. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** The most fraction digits of any supported currency (KWD, BHD). */
  public static final int MAX_SCALE = 3;

  /**
   * The most fraction digits a {@link BigDecimal} given to this package may carry (exact products
   * and quotients of contract amounts have far fewer).
   */
  public static final int MAX_INPUT_SCALE = 32;

  /** How many characters of a rejected input an error message quotes. */
  static final int QUOTE_LIMIT = 24;

  /**
   * The supported currencies and their ISO-4217 minor units, read from the contracts' one table:
   * the values of {@code common.v1.Currency} and their {@code (common.v1.minor_units)} option
   * (proto/common/v1/currency.proto). The Python and Go kits read the same table.
   */
  private static final Map<String, Integer> SCALES = loadScales();

  private static final BigDecimal INTEGER_LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);
  private static final BigDecimal MIN_ODDS = new BigDecimal("1.01");

  private Money() {}

  private static Map<String, Integer> loadScales() {
    Map<String, Integer> scales = new TreeMap<>();
    String prefix = "CURRENCY_";
    for (EnumValueDescriptor value :
        com.tam.protos.common.v1.Currency.getDescriptor().getValues()) {
      if (value.getNumber() == 0) {
        continue;
      }
      if (!value.getName().startsWith(prefix)
          || !value.getOptions().hasExtension(AnnotationsProto.minorUnits)) {
        throw new IllegalStateException(value.getFullName() + " has no (common.v1.minor_units)");
      }
      int scale = value.getOptions().getExtension(AnnotationsProto.minorUnits);
      if (scale < 0 || scale > MAX_SCALE) {
        throw new IllegalStateException(value.getFullName() + " has minor units " + scale);
      }
      scales.put(value.getName().substring(prefix.length()), scale);
    }
    return Collections.unmodifiableMap(scales);
  }

  /**
   * Returns the supported currencies with their scales, sorted by code.
   *
   * @return an unmodifiable map from ISO-4217 code to number of fraction digits
   */
  public static Map<String, Integer> currencies() {
    return SCALES;
  }

  /**
   * Returns the number of fraction digits of a supported currency: EUR 2, JPY 0, KWD 3.
   *
   * @param currency an ISO-4217 code from {@link #currencies()}
   * @return the scale, 0 to {@value #MAX_SCALE}
   * @throws IllegalArgumentException if the code is malformed or not supported
   */
  public static int scale(String currency) {
    Integer scale = currency == null ? null : SCALES.get(currency);
    if (scale == null) {
      throw new IllegalArgumentException("unsupported currency: " + quote(currency));
    }
    return scale;
  }

  /**
   * Returns the supported currency codes.
   *
   * @return the codes
   */
  public static Set<String> currencyCodes() {
    return SCALES.keySet();
  }

  /**
   * Returns the minor unit of a currency: {@code 0.01} for EUR, {@code 1} for JPY.
   *
   * @param currency an ISO-4217 code
   * @return the smallest representable amount
   */
  public static BigDecimal minorUnit(String currency) {
    return BigDecimal.ONE.movePointLeft(scale(currency));
  }

  /**
   * Parses a non-negative amount with at most {@value #MAX_SCALE} fraction digits, without a
   * currency check (the contract's {@code MONEY} pattern).
   *
   * @param amount for example {@code "100.00"}
   * @return the exact value, with the scale as written
   */
  public static BigDecimal parse(String amount) {
    return scan(amount, MAX_SCALE, false, "money");
  }

  /**
   * Parses a non-negative amount in a currency.
   *
   * @param amount for example {@code "100.00"}
   * @param currency its ISO-4217 code; at most {@link #scale(String)} fraction digits are allowed
   * @return the exact value, with the scale as written
   */
  public static BigDecimal parse(String amount, String currency) {
    return scan(amount, scale(currency), false, "money");
  }

  /**
   * Parses an amount greater than zero in a currency: stakes, reservations, credits.
   *
   * @param amount for example {@code "0.01"}
   * @param currency its ISO-4217 code
   * @return the exact value
   */
  public static BigDecimal parsePositive(String amount, String currency) {
    BigDecimal value = scan(amount, scale(currency), false, "positive money");
    if (value.signum() <= 0) {
      throw new IllegalArgumentException("not a valid positive money string: zero");
    }
    return value;
  }

  /**
   * Parses an amount that may be negative in a currency; only for fields documented as signed, such
   * as gross gaming revenue.
   *
   * @param amount for example {@code "-12.50"}
   * @param currency its ISO-4217 code
   * @return the exact value
   */
  public static BigDecimal parseSigned(String amount, String currency) {
    return scan(amount, scale(currency), true, "signed money");
  }

  /**
   * Parses decimal odds, 1.01 to 999.99 with at most 2 fraction digits (the contract's {@code
   * DECIMAL_ODDS} pattern).
   *
   * @param odds for example {@code "2.50"}
   * @return the exact value
   */
  public static BigDecimal parseOdds(String odds) {
    if (odds == null || odds.length() > 6) {
      throw new IllegalArgumentException("not valid decimal odds: " + quote(odds));
    }
    BigDecimal value = scan(odds, 2, false, "decimal odds");
    if (value.compareTo(MIN_ODDS) < 0 || value.precision() - value.scale() > 3) {
      throw new IllegalArgumentException("decimal odds must be 1.01 to 999.99: " + quote(odds));
    }
    return value;
  }

  /**
   * Formats a non-negative amount in the contract form with exactly the currency's fraction digits.
   *
   * @param amount an amount with no more significant fraction digits than the currency allows
   * @param currency its ISO-4217 code
   * @return for example {@code "100.00"}
   * @throws IllegalArgumentException if the amount is negative, would need rounding, or has more
   *     than 15 integer digits
   */
  public static String format(BigDecimal amount, String currency) {
    bounded(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("negative amount; use formatSigned for signed fields");
    }
    return formatSigned(amount, currency);
  }

  /**
   * Formats an amount that may be negative.
   *
   * @param amount an amount with no more significant fraction digits than the currency allows
   * @param currency its ISO-4217 code
   * @return for example {@code "-12.50"}; zero is always {@code "0.00"}, never {@code "-0.00"}
   * @throws IllegalArgumentException if the amount would need rounding or is too large
   */
  public static String formatSigned(BigDecimal amount, String currency) {
    int scale = scale(currency);
    bounded(amount, "amount");
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount has more than " + scale + " fraction digits for " + currency + "; round it first",
          e);
    }
    if (scaled.abs().compareTo(INTEGER_LIMIT) >= 0) {
      throw new IllegalArgumentException(
          "amount exceeds " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (scaled.signum() == 0) {
      scaled = scaled.abs();
    }
    return scaled.toPlainString();
  }

  /**
   * Rounds a computed amount to the currency's minor unit with HALF_EVEN (banker's rounding), the
   * platform rule for every computed amount except payouts and commission.
   *
   * @param amount the exact result
   * @param currency its ISO-4217 code
   * @return the rounded amount, with the currency's scale
   */
  public static BigDecimal round(BigDecimal amount, String currency) {
    int scale = scale(currency);
    return bounded(amount, "amount").setScale(scale, RoundingMode.HALF_EVEN);
  }

  /**
   * Checks that a {@link BigDecimal} is small enough to compute with: at most {@value
   * #MAX_INPUT_SCALE} fraction digits and at most {@value #MAX_INTEGER_DIGITS} + 3 integer digits.
   * The check is O(1) in the size of the value's exponent, so {@code 1E+1000000} and {@code
   * 1E-1000000} are refused at once.
   *
   * @param value the value
   * @param what its name, for the error message
   * @return the value
   * @throws IllegalArgumentException if it is {@code null} or out of bounds
   */
  public static BigDecimal bounded(BigDecimal value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    int scale = value.scale();
    if (scale > MAX_INPUT_SCALE || scale < -(MAX_INTEGER_DIGITS + 3)) {
      throw new IllegalArgumentException(
          what + " is out of bounds (scale " + scale + ", allowed -18 to " + MAX_INPUT_SCALE + ")");
    }
    BigInteger unscaled = value.unscaledValue();
    // 10^(18 + 32) < 2^167: anything longer has more than 18 integer digits.
    if (unscaled.bitLength() > 167
        || value.abs().compareTo(INTEGER_LIMIT.scaleByPowerOfTen(3)) >= 0) {
      throw new IllegalArgumentException(
          what + " is out of bounds (more than " + (MAX_INTEGER_DIGITS + 3) + " integer digits)");
    }
    return value;
  }

  /**
   * Quotes at most {@value #QUOTE_LIMIT} characters of a rejected input for an error message, with
   * control characters escaped and the total length when it was cut.
   */
  static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    int n = Math.min(value.length(), QUOTE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (value.length() > QUOTE_LIMIT) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * The strict money grammar: {@code -?(0|[1-9][0-9]{0,14})(\.[0-9]{1,maxScale})?}, the minus only
   * when signed, no fraction part at all when maxScale is 0.
   */
  private static BigDecimal scan(String text, int maxScale, boolean signed, String kind) {
    if (text == null || text.isEmpty() || text.length() > 1 + MAX_INTEGER_DIGITS + 1 + maxScale) {
      throw invalid(kind, text, maxScale);
    }
    int i = 0;
    int n = text.length();
    if (signed && text.charAt(0) == '-') {
      i++;
    }
    int intStart = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    int intDigits = i - intStart;
    if (intDigits == 0
        || intDigits > MAX_INTEGER_DIGITS
        || (intDigits > 1 && text.charAt(intStart) == '0')) {
      throw invalid(kind, text, maxScale);
    }
    if (i < n) {
      if (text.charAt(i) != '.') {
        throw invalid(kind, text, maxScale);
      }
      i++;
      int fracStart = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      int fracDigits = i - fracStart;
      if (i != n || fracDigits == 0 || fracDigits > maxScale) {
        throw invalid(kind, text, maxScale);
      }
    }
    BigDecimal value = new BigDecimal(text);
    return value.signum() == 0 ? value.abs() : value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException invalid(String kind, String text, int maxScale) {
    return new IllegalArgumentException(
        "not a valid "
            + kind
            + " string: "
            + quote(text)
            + " (a plain decimal, at most "
            + MAX_INTEGER_DIGITS
            + " integer and "
            + maxScale
            + " fraction digits)");
  }
}
