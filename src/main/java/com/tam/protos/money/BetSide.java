package com.tam.protos.money;

/** The side of a bet on the exchange (order/v1 BetSide). */
public enum BetSide {
  /** Backs the selection to win; the liability is the stake. */
  BACK,
  /** Lays the selection (bets that it will not win); the liability is stake x (odds - 1). */
  LAY
}
