package com.tam.protos.money;

import com.tam.protos.validation.ContractPatterns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Converts the contracts' decimal money strings to and from {@link BigDecimal}.
 *
 * <p>Parsing is strict: a value must match the canonical pattern of {@link ContractPatterns}
 * ({@code MONEY}, {@code POSITIVE_MONEY}, {@code SIGNED_MONEY} or {@code DECIMAL_ODDS}), so {@code
 * "1e3"}, {@code "-5.00"} (except as signed money), {@code "abc"}, {@code "1.001"}, {@code ""},
 * {@code "01.00"} and {@code " 1"} are rejected, and when a currency is given the value may have at
 * most that currency's number of fraction digits ({@link #scale(String)}). An amount is never
 * rounded on input; too many digits are an error (docs/CONVENTIONS.md, "Money").
 *
 * <p>Formatting writes the canonical contract form with exactly the currency's fraction digits
 * ({@code "100.00"} for EUR, {@code "100"} for JPY). It never rounds either: round first with
 * {@link #round(BigDecimal, String)} (HALF_EVEN, for computed amounts) or {@link
 * Payouts#roundPayout(BigDecimal, String)} (DOWN, for payouts).
 *
 * <p>All methods throw {@link IllegalArgumentException} for a value that breaks the contract;
 * services turn that into {@code INVALID_ARGUMENT / VALIDATION_FAILED} (normally protovalidate has
 * already rejected it at the edge).
 */
public final class Money {

  /** The most fraction digits any contract amount has (the patterns allow 2). */
  public static final int PLATFORM_MAX_SCALE = 2;

  private Money() {}

  /**
   * Returns the number of fraction digits of a currency's amounts: {@code
   * java.util.Currency#getDefaultFractionDigits()}, capped at {@link #PLATFORM_MAX_SCALE}.
   *
   * @param currency an ISO-4217 code matching {@link ContractPatterns#CURRENCY}, for example {@code
   *     "EUR"} (2) or {@code "JPY"} (0)
   * @return the scale, 0 to 2
   * @throws IllegalArgumentException if the code is malformed, unknown, or has no minor unit (such
   *     as {@code "XAU"})
   */
  public static int scale(String currency) {
    if (!ContractPatterns.matches(ContractPatterns.CURRENCY, currency)) {
      throw new IllegalArgumentException("not an ISO-4217 currency code: " + currency);
    }
    Currency c;
    try {
      c = Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown currency: " + currency, e);
    }
    int digits = c.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("currency has no minor unit: " + currency);
    }
    return Math.min(digits, PLATFORM_MAX_SCALE);
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
   * Parses a non-negative amount ({@link ContractPatterns#MONEY}) without a currency check.
   *
   * @param amount for example {@code "100.00"}
   * @return the exact value, with the scale as written
   */
  public static BigDecimal parse(String amount) {
    return parse(ContractPatterns.MONEY, "money", amount);
  }

  /**
   * Parses a non-negative amount ({@link ContractPatterns#MONEY}) in a currency.
   *
   * @param amount for example {@code "100.00"}
   * @param currency its ISO-4217 code; at most {@link #scale(String)} fraction digits are allowed
   * @return the exact value, with the scale as written
   */
  public static BigDecimal parse(String amount, String currency) {
    return checkScale(parse(amount), amount, currency);
  }

  /**
   * Parses an amount greater than zero ({@link ContractPatterns#POSITIVE_MONEY}) in a currency:
   * stakes, reservations, credits.
   *
   * @param amount for example {@code "0.01"}
   * @param currency its ISO-4217 code
   * @return the exact value
   */
  public static BigDecimal parsePositive(String amount, String currency) {
    return checkScale(
        parse(ContractPatterns.POSITIVE_MONEY, "positive money", amount), amount, currency);
  }

  /**
   * Parses an amount that may be negative ({@link ContractPatterns#SIGNED_MONEY}) in a currency;
   * only for fields documented as signed, such as gross gaming revenue.
   *
   * @param amount for example {@code "-12.50"}
   * @param currency its ISO-4217 code
   * @return the exact value
   */
  public static BigDecimal parseSigned(String amount, String currency) {
    return checkScale(
        parse(ContractPatterns.SIGNED_MONEY, "signed money", amount), amount, currency);
  }

  /**
   * Parses decimal odds ({@link ContractPatterns#DECIMAL_ODDS}), 1.01 to 999.99.
   *
   * @param odds for example {@code "2.50"}
   * @return the exact value
   */
  public static BigDecimal parseOdds(String odds) {
    return parse(ContractPatterns.DECIMAL_ODDS, "decimal odds", odds);
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
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("negative amount; use formatSigned for signed fields");
    }
    return formatSigned(amount, currency);
  }

  /**
   * Formats an amount that may be negative ({@link ContractPatterns#SIGNED_MONEY}).
   *
   * @param amount an amount with no more significant fraction digits than the currency allows
   * @param currency its ISO-4217 code
   * @return for example {@code "-12.50"}; zero is always {@code "0.00"}, never {@code "-0.00"}
   * @throws IllegalArgumentException if the amount would need rounding or is too large
   */
  public static String formatSigned(BigDecimal amount, String currency) {
    int scale = scale(currency);
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount has more than " + scale + " fraction digits for " + currency + "; round it first",
          e);
    }
    String text = scaled.toPlainString();
    if (!ContractPatterns.matches(ContractPatterns.SIGNED_MONEY, text)) {
      throw new IllegalArgumentException("amount exceeds 15 integer digits");
    }
    return text;
  }

  /**
   * Rounds a computed amount to the currency's minor unit with HALF_EVEN (banker's rounding), the
   * platform rule for every computed amount except payouts.
   *
   * @param amount the exact result
   * @param currency its ISO-4217 code
   * @return the rounded amount, with the currency's scale
   */
  public static BigDecimal round(BigDecimal amount, String currency) {
    return amount.setScale(scale(currency), RoundingMode.HALF_EVEN);
  }

  private static BigDecimal parse(String pattern, String kind, String value) {
    if (!ContractPatterns.matches(pattern, value)) {
      throw new IllegalArgumentException("not a valid " + kind + " string: \"" + value + "\"");
    }
    return new BigDecimal(value);
  }

  private static BigDecimal checkScale(BigDecimal value, String text, String currency) {
    int scale = scale(currency);
    if (value.scale() > scale) {
      throw new IllegalArgumentException(
          "\"" + text + "\" has more than " + scale + " fraction digits for " + currency);
    }
    return value;
  }
}
