package com.tam.protos.money;

/** How the bet's selection ended, for {@link Payouts} (order/v1 SelectionResultType). */
public enum BetOutcome {
  /** The selection won: BACK bets win, LAY bets lose. */
  WIN,
  /** The selection lost: BACK bets lose, LAY bets win. */
  LOSE,
  /** Push or void: every bet gets its liability back. */
  PUSH
}
