package com.tam.protos.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The settlement payout rules of the order-book contract for a fully matched bet at decimal odds:
 *
 * <pre>
 *   WIN  = stake x odds, rounded DOWN (toward zero) to the currency's minor unit
 *   LOSE = 0
 *   PUSH = stake (exactly; void bets settle like PUSH)
 * </pre>
 *
 * <p>The product is computed exactly and rounded once, at the end. Payouts round toward zero so
 * that the platform never pays a fraction of a minor unit it does not hold; the remainder is not
 * carried anywhere. Every other computed amount rounds HALF_EVEN ({@link Money#round}); see
 * docs/CONVENTIONS.md, "Rounding". For example a 3.33 EUR stake at 1.57 wins 5.2281, paid as
 * "5.22".
 */
public final class Payouts {

  private static final BigDecimal MIN_ODDS = new BigDecimal("1.01");
  private static final BigDecimal MAX_ODDS = new BigDecimal("999.99");

  private Payouts() {}

  /**
   * Computes a payout.
   *
   * @param outcome how the bet ended
   * @param stake the stake, positive, with at most the currency's fraction digits
   * @param odds decimal odds, 1.01 to 999.99
   * @param currency ISO-4217 code of stake and payout
   * @return the payout with the currency's scale
   * @throws IllegalArgumentException if the stake is not positive or has too many fraction digits,
   *     or the odds are out of range
   */
  public static BigDecimal payout(
      BetOutcome outcome, BigDecimal stake, BigDecimal odds, String currency) {
    Objects.requireNonNull(outcome, "outcome");
    int scale = Money.scale(currency);
    if (stake.signum() <= 0) {
      throw new IllegalArgumentException("stake must be positive");
    }
    if (stake.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException("stake has more fraction digits than " + currency);
    }
    if (odds.compareTo(MIN_ODDS) < 0
        || odds.compareTo(MAX_ODDS) > 0
        || odds.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("odds must be 1.01 to 999.99 with at most 2 decimals");
    }
    return switch (outcome) {
      case WIN -> roundPayout(stake.multiply(odds), currency);
      case LOSE -> BigDecimal.ZERO.setScale(scale);
      case PUSH -> stake.setScale(scale, RoundingMode.UNNECESSARY);
    };
  }

  /**
   * Computes a payout from contract strings.
   *
   * @param outcome how the bet ended
   * @param stake positive money string, for example {@code "10.00"}
   * @param odds decimal odds string, for example {@code "2.50"}
   * @param currency ISO-4217 code
   * @return the payout in contract form, for example {@code "25.00"}
   */
  public static String payout(BetOutcome outcome, String stake, String odds, String currency) {
    return Money.format(
        payout(outcome, Money.parsePositive(stake, currency), Money.parseOdds(odds), currency),
        currency);
  }

  /**
   * Rounds an exact payout DOWN (toward zero) to the currency's minor unit, for payout formulas
   * other than {@link #payout} (for example partially matched or LAY bets).
   *
   * @param exact the exact, non-negative payout
   * @param currency ISO-4217 code
   * @return the payout with the currency's scale, never more than {@code exact}
   */
  public static BigDecimal roundPayout(BigDecimal exact, String currency) {
    if (exact.signum() < 0) {
      throw new IllegalArgumentException("payout cannot be negative");
    }
    return exact.setScale(Money.scale(currency), RoundingMode.DOWN);
  }
}
