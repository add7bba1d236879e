package com.tam.protos.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What settlement needs to know about one bet (order/v1 BetSettlement): side, result, the liability
 * debited from the wallet, the stake still unmatched, and the fills.
 *
 * @param side BACK or LAY
 * @param outcome how the selection ended
 * @param liability the liability the wallet debited, positive
 * @param unmatched the unmatched stake (for LAY the unmatched part of the liability), zero or more
 * @param fills the matched parts, possibly none
 */
public record SettledBet(
    BetSide side,
    BetOutcome outcome,
    BigDecimal liability,
    BigDecimal unmatched,
    List<Fill> fills) {

  /** Copies the fills and checks that nothing is missing. */
  public SettledBet {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(liability, "liability");
    Objects.requireNonNull(unmatched, "unmatched");
    fills = List.copyOf(fills);
  }

  /**
   * A fully matched BACK bet at one price.
   *
   * @param outcome how the selection ended
   * @param stake the stake (= liability)
   * @param odds the price
   * @return the bet
   */
  public static SettledBet back(BetOutcome outcome, BigDecimal stake, BigDecimal odds) {
    return new SettledBet(
        BetSide.BACK, outcome, stake, BigDecimal.ZERO, List.of(new Fill(stake, odds)));
  }
}
