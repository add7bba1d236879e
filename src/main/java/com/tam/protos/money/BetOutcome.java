package com.tam.protos.money;

/** How a settled bet ended, for {@link Payouts}. */
public enum BetOutcome {
  /** The bet won: payout = stake x odds, rounded DOWN to the minor unit. */
  WIN,
  /** The bet lost: payout = 0. */
  LOSE,
  /** Push or void: the stake is returned exactly. */
  PUSH
}
