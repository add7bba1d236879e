package com.tam.protos.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommissionTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void everyProfitBranchOfD3() {
    // Won BACK: payout - stake.
    assertThat(
            Commission.netWinnings(
                List.of(SettledBet.back(BetOutcome.WIN, d("10.00"), d("2.50"))), "EUR"))
        .isEqualByComparingTo("15.00");
    // Lost BACK: -stake.
    assertThat(
            Commission.netWinnings(
                List.of(SettledBet.back(BetOutcome.LOSE, d("10.00"), d("2.50"))), "EUR"))
        .isEqualByComparingTo("-10.00");
    // Won LAY (the selection lost): + the backer stake matched.
    SettledBet layWins =
        new SettledBet(
            BetSide.LAY,
            BetOutcome.LOSE,
            d("20.00"),
            d("0"),
            List.of(new Fill(d("10.00"), d("3.00"))));
    assertThat(Commission.netWinnings(List.of(layWins), "EUR")).isEqualByComparingTo("10.00");
    // Lost LAY (the selection won): -liability.
    SettledBet layLoses =
        new SettledBet(
            BetSide.LAY,
            BetOutcome.WIN,
            d("20.00"),
            d("0"),
            List.of(new Fill(d("10.00"), d("3.00"))));
    assertThat(Commission.netWinnings(List.of(layLoses), "EUR")).isEqualByComparingTo("-20.00");
    // Void / push: 0.
    assertThat(
            Commission.netWinnings(
                List.of(SettledBet.back(BetOutcome.PUSH, d("10.00"), d("2.50"))), "EUR"))
        .isEqualByComparingTo("0.00");
  }

  @Test
  void chargedOnNetMarketWinningsRoundedDown() {
    List<SettledBet> bets =
        List.of(
            SettledBet.back(BetOutcome.WIN, d("10.00"), d("2.50")), // +15.00
            SettledBet.back(BetOutcome.LOSE, d("3.33"), d("1.57"))); // -3.33
    assertThat(Commission.netWinnings(bets, "EUR")).isEqualByComparingTo("11.67");
    // 11.67 x 5 % = 0.5835 -> 0.58 (DOWN, where HALF_EVEN would give 0.58 and HALF_UP 0.58).
    assertThat(Commission.commission(bets, 500, "EUR")).isEqualTo(d("0.58"));
    // 11.67 x 2.99 % = 0.348933 -> 0.34 (HALF_EVEN would give 0.35).
    assertThat(Commission.commission(bets, 299, "EUR")).isEqualTo(d("0.34"));
    assertThat(Commission.commission(bets, 0, "EUR")).isEqualTo(d("0.00"));
    assertThat(Commission.commission(bets, 10_000, "EUR")).isEqualTo(d("11.67"));
    assertThat(Commission.commission(d("999"), 333, "JPY")).isEqualTo(d("33"));
    assertThat(Commission.commission(d("1.999"), 500, "KWD")).isEqualTo(d("0.099"));
  }

  @Test
  void aLosingMarketOwesNothing() {
    assertThat(Commission.commission(d("-5.00"), 500, "EUR")).isEqualTo(d("0.00"));
    assertThat(Commission.commission(List.of(), 500, "EUR")).isEqualTo(d("0.00"));
  }

  @Test
  void rateOutsideZeroTo10000IsRefused() {
    assertThatThrownBy(() -> Commission.commission(d("1"), -1, "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate_bp");
    assertThatThrownBy(() -> Commission.commission(d("1"), 10_001, "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idempotencyKeysFollowD3() {
    assertThat(Commission.idempotencyKey("m-1", "user-123")).isEqualTo("commission:m-1:user-123");
    assertThat(Commission.resettlementKey("m-1", "user-123", 2))
        .isEqualTo("commission:m-1:user-123:2");
    assertThatThrownBy(() -> Commission.resettlementKey("m-1", "u", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settleCoversEveryBranchOfThePayoutTable() {
    List<Fill> fills = List.of(new Fill(d("6.00"), d("2.50")), new Fill(d("4.00"), d("3.00")));
    // BACK 10.00, 10.00 matched (6 @ 2.50, 4 @ 3.00), nothing unmatched.
    assertThat(
            Payouts.settle(
                new SettledBet(BetSide.BACK, BetOutcome.WIN, d("12.00"), d("2.00"), fills), "EUR"))
        .isEqualTo(d("29.00")); // 15 + 12 + 2 unmatched
    assertThat(
            Payouts.settle(
                new SettledBet(BetSide.BACK, BetOutcome.LOSE, d("12.00"), d("2.00"), fills), "EUR"))
        .isEqualTo(d("2.00"));
    assertThat(
            Payouts.settle(
                new SettledBet(BetSide.BACK, BetOutcome.PUSH, d("12.00"), d("2.00"), fills), "EUR"))
        .isEqualTo(d("12.00"));
    // LAY, exposure 6 x 1.5 + 4 x 2 = 17, liability 20 (3 unmatched).
    assertThat(
            Payouts.settle(
                new SettledBet(BetSide.LAY, BetOutcome.WIN, d("20.00"), d("3.00"), fills), "EUR"))
        .isEqualTo(d("3.00"));
    assertThat(
            Payouts.settle(
                new SettledBet(BetSide.LAY, BetOutcome.LOSE, d("20.00"), d("3.00"), fills), "EUR"))
        .isEqualTo(d("30.00"));
    assertThat(
            Payouts.settle(
                new SettledBet(BetSide.LAY, BetOutcome.PUSH, d("20.00"), d("3.00"), fills), "EUR"))
        .isEqualTo(d("20.00"));
    assertThat(Payouts.layLiability(d("3.33"), d("1.57"), "EUR")).isEqualTo(d("1.90")); // 1.8981 UP
  }

  @Test
  void settleRefusesInconsistentBets() {
    List<Fill> fills = List.of(new Fill(d("10.00"), d("3.00")));
    assertThatThrownBy(
            () ->
                Payouts.settle(
                    new SettledBet(BetSide.BACK, BetOutcome.WIN, d("9.00"), d("0"), fills), "EUR"))
        .hasMessageContaining("BACK bet's liability");
    assertThatThrownBy(
            () ->
                Payouts.settle(
                    new SettledBet(BetSide.LAY, BetOutcome.WIN, d("19.99"), d("0"), fills), "EUR"))
        .hasMessageContaining("LAY bet's liability");
    assertThatThrownBy(
            () ->
                Payouts.settle(
                    new SettledBet(BetSide.LAY, BetOutcome.WIN, d("20.00"), d("-1"), fills), "EUR"))
        .hasMessageContaining("unmatched");
  }
}
