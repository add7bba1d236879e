package com.tam.protos.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The settlement payout rules of the order-book contract (order/v1 BetSettlement.payout).
 *
 * <p>With U = unmatched stake, L = liability and the fills s_i at price p_i, computed exactly and
 * then rounded DOWN (toward zero) to the currency's minor unit, once, at the end:
 *
 * <pre>
 *   side  WIN                      LOSE           PUSH / VOID
 *   BACK  sum(s_i x p_i) + U       U              L (= stake)
 *   LAY   L - sum(s_i x (p_i-1))   L + sum(s_i)   L
 * </pre>
 *
 * <p>Payouts round toward zero so that the platform never pays a fraction of a minor unit it does
 * not hold; the remainder is not carried anywhere. A LAY liability is rounded UP ({@link
 * #layLiability}) so that the hold always covers the exposure. Every other computed amount rounds
 * HALF_EVEN ({@link Money#round}); see docs/CONVENTIONS.md, "Rounding". For example a 3.33 EUR
 * stake at 1.57 wins 5.2281, paid as "5.22".
 *
 * <p>Every {@link BigDecimal} argument is bounds-checked first ({@link Money#bounded}).
 */
public final class Payouts {

  private static final BigDecimal MIN_ODDS = new BigDecimal("1.01");
  private static final BigDecimal MAX_ODDS = new BigDecimal("999.99");

  private Payouts() {}

  /**
   * Computes the payout of a fully matched BACK bet.
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
    return settle(SettledBet.back(outcome, checkStake(stake, currency, "stake"), odds), currency);
  }

  /**
   * Computes a fully matched BACK payout from contract strings.
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
   * Computes the payout of a settled bet with the full table above (partial matching, BACK and
   * LAY).
   *
   * @param bet the bet
   * @param currency ISO-4217 code of all its amounts
   * @return the payout with the currency's scale
   * @throws IllegalArgumentException if an amount breaks its rule, a BACK liability is not the sum
   *     of its fills and unmatched stake, or a LAY liability does not cover its fills
   */
  public static BigDecimal settle(SettledBet bet, String currency) {
    int scale = Money.scale(currency);
    BigDecimal liability = checkStake(bet.liability(), currency, "liability");
    BigDecimal unmatched = Money.bounded(bet.unmatched(), "unmatched stake");
    if (unmatched.signum() < 0 || unmatched.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException(
          "unmatched stake must be zero or more with at most " + scale + " fraction digits");
    }
    BigDecimal matched = BigDecimal.ZERO;
    BigDecimal returned = BigDecimal.ZERO; // sum(s_i x p_i)
    BigDecimal exposure = BigDecimal.ZERO; // sum(s_i x (p_i - 1))
    for (Fill fill : bet.fills()) {
      BigDecimal s = checkStake(fill.stake(), currency, "fill stake");
      BigDecimal p = checkOdds(fill.price());
      matched = matched.add(s);
      returned = returned.add(s.multiply(p));
      exposure = exposure.add(s.multiply(p.subtract(BigDecimal.ONE)));
    }
    if (bet.side() == BetSide.BACK && matched.add(unmatched).compareTo(liability) != 0) {
      throw new IllegalArgumentException(
          "a BACK bet's liability must equal its matched plus unmatched stake");
    }
    if (bet.side() == BetSide.LAY && exposure.add(unmatched).compareTo(liability) > 0) {
      throw new IllegalArgumentException(
          "a LAY bet's liability must cover its fills' exposure plus its unmatched part");
    }
    BigDecimal exact =
        switch (bet.side()) {
          case BACK ->
              switch (bet.outcome()) {
                case WIN -> returned.add(unmatched);
                case LOSE -> unmatched;
                case PUSH -> liability;
              };
          case LAY ->
              switch (bet.outcome()) {
                case WIN -> liability.subtract(exposure);
                case LOSE -> liability.add(matched);
                case PUSH -> liability;
              };
        };
    return roundPayout(exact, currency);
  }

  /**
   * Returns the liability of a LAY bet: stake x (odds - 1), rounded UP to the currency's minor unit
   * so that the hold always covers the exposure.
   *
   * @param stake the backer stake the layer accepts
   * @param odds the price
   * @param currency ISO-4217 code
   * @return the liability with the currency's scale
   */
  public static BigDecimal layLiability(BigDecimal stake, BigDecimal odds, String currency) {
    BigDecimal s = checkStake(stake, currency, "stake");
    BigDecimal p = checkOdds(odds);
    return s.multiply(p.subtract(BigDecimal.ONE)).setScale(Money.scale(currency), RoundingMode.UP);
  }

  /**
   * Rounds an exact payout DOWN (toward zero) to the currency's minor unit, for payout formulas
   * other than {@link #settle}.
   *
   * @param exact the exact, non-negative payout
   * @param currency ISO-4217 code
   * @return the payout with the currency's scale, never more than {@code exact}
   */
  public static BigDecimal roundPayout(BigDecimal exact, String currency) {
    int scale = Money.scale(currency);
    if (Money.bounded(exact, "payout").signum() < 0) {
      throw new IllegalArgumentException("payout cannot be negative");
    }
    return exact.setScale(scale, RoundingMode.DOWN);
  }

  private static BigDecimal checkStake(BigDecimal stake, String currency, String what) {
    int scale = Money.scale(currency);
    Money.bounded(stake, what);
    if (stake.signum() <= 0) {
      throw new IllegalArgumentException(what + " must be positive");
    }
    if (stake.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException(
          what + " has more than " + scale + " fraction digits for " + currency);
    }
    if (stake.precision() - stake.scale() > Money.MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          what + " has more than " + Money.MAX_INTEGER_DIGITS + " integer digits");
    }
    return stake;
  }

  private static BigDecimal checkOdds(BigDecimal odds) {
    Money.bounded(odds, "odds");
    if (odds.compareTo(MIN_ODDS) < 0
        || odds.compareTo(MAX_ODDS) > 0
        || odds.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("odds must be 1.01 to 999.99 with at most 2 decimals");
    }
    return odds;
  }
}
