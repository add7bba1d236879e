package com.tam.protos.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The exchange commission (COORDINATION D3, order/v1 and wallet/v1 {@code COMMISSION}): charged
 * once per (user, market) at settlement on the user's <b>net market winnings</b>.
 *
 * <p>net = sum over the user's settled bets in the market of (payout - liability), the payout by
 * {@link Payouts#settle}. That is: a won BACK bet payout - stake; a lost BACK bet -stake; a won LAY
 * bet + the backer stake matched; a lost LAY bet -liability; push or void 0 (partially matched bets
 * count their matched part only, because the unmatched part is returned).
 *
 * <p>commission = max(0, net) x rate_bp / 10000, rounded DOWN to the currency's minor unit, with
 * the rate in basis points, 0 to 10000. It is booked as a wallet COMMISSION entry with the
 * idempotency key {@link #idempotencyKey}; a resettlement books the difference under {@link
 * #resettlementKey}.
 */
public final class Commission {

  /** The highest rate, 100 %. */
  public static final int MAX_RATE_BP = 10_000;

  private static final BigDecimal BP_DIVISOR = BigDecimal.valueOf(MAX_RATE_BP);

  private Commission() {}

  /**
   * Returns the user's net winnings in one market.
   *
   * @param bets the user's settled bets in the market
   * @param currency the market's currency
   * @return the net winnings, possibly negative, with the currency's scale
   */
  public static BigDecimal netWinnings(List<SettledBet> bets, String currency) {
    BigDecimal net = BigDecimal.ZERO.setScale(Money.scale(currency));
    for (SettledBet bet : bets) {
      net = net.add(Payouts.settle(bet, currency)).subtract(bet.liability());
    }
    return net.setScale(Money.scale(currency), RoundingMode.UNNECESSARY);
  }

  /**
   * Returns the commission on net winnings.
   *
   * @param netWinnings the net market winnings; zero or negative owes nothing
   * @param rateBp the rate in basis points, 0 to 10000
   * @param currency the market's currency
   * @return the commission, rounded DOWN, with the currency's scale
   */
  public static BigDecimal commission(BigDecimal netWinnings, int rateBp, String currency) {
    if (rateBp < 0 || rateBp > MAX_RATE_BP) {
      throw new IllegalArgumentException("rate_bp must be 0 to 10000, was " + rateBp);
    }
    Money.bounded(netWinnings, "net winnings");
    BigDecimal base = netWinnings.signum() > 0 ? netWinnings : BigDecimal.ZERO;
    return base.multiply(BigDecimal.valueOf(rateBp))
        .divide(BP_DIVISOR)
        .setScale(Money.scale(currency), RoundingMode.DOWN);
  }

  /**
   * Returns the commission on a user's settled bets in one market.
   *
   * @param bets the user's settled bets in the market
   * @param rateBp the rate in basis points
   * @param currency the market's currency
   * @return the commission, rounded DOWN
   */
  public static BigDecimal commission(List<SettledBet> bets, int rateBp, String currency) {
    return commission(netWinnings(bets, currency), rateBp, currency);
  }

  /**
   * Returns the wallet idempotency key of the first commission charge.
   *
   * @param marketId the market
   * @param userId the user
   * @return {@code "commission:<market_id>:<user_id>"}
   */
  public static String idempotencyKey(String marketId, String userId) {
    return "commission:" + marketId + ":" + userId;
  }

  /**
   * Returns the wallet idempotency key of the commission difference booked by a resettlement.
   *
   * @param marketId the market
   * @param userId the user
   * @param settlementVersion the resettlement's version, 2 or more
   * @return {@code "commission:<market_id>:<user_id>:<settlement_version>"}
   */
  public static String resettlementKey(String marketId, String userId, long settlementVersion) {
    if (settlementVersion < 2) {
      throw new IllegalArgumentException("a resettlement has version 2 or more");
    }
    return idempotencyKey(marketId, userId) + ":" + settlementVersion;
  }
}
