package com.tam.protos.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e3",
        "-5.00",
        "abc",
        "1.001",
        "",
        " 1",
        "1 ",
        "01.00",
        "1.",
        ".5",
        "+1",
        "1,00",
        "0x10",
        "1000000000000000",
        "NaN",
        "Infinity"
      })
  void parseRejectsEverythingOutsideTheContractRule(String amount) {
    assertThatThrownBy(() -> Money.parse(amount, "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"0,0", "100.00,100.00", "0.5,0.50", "999999999999999.99,999999999999999.99"})
  void parseAcceptsContractAmounts(String amount, String expected) {
    assertThat(Money.parse(amount, "EUR")).isEqualByComparingTo(expected);
  }

  @Test
  void scaleIsPerCurrencyCappedAtTwo() {
    assertThat(Money.scale("EUR")).isEqualTo(2);
    assertThat(Money.scale("JPY")).isZero();
    assertThat(Money.scale("BHD")).isEqualTo(2); // 3 in ISO-4217, capped by the contract
    assertThat(Money.minorUnit("EUR")).isEqualByComparingTo("0.01");
    assertThat(Money.minorUnit("JPY")).isEqualByComparingTo("1");
    for (String bad : new String[] {"eur", "EU", "ZZZ", "XAU", ""}) {
      assertThatThrownBy(() -> Money.scale(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void moreFractionDigitsThanTheCurrencyAllowsIsRejectedNotRounded() {
    assertThat(Money.parse("100", "JPY")).isEqualByComparingTo("100");
    assertThatThrownBy(() -> Money.parse("100.00", "JPY"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("100.5", "JPY"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void positiveAndSignedVariantsFollowTheirPatterns() {
    assertThat(Money.parsePositive("0.01", "EUR")).isEqualByComparingTo("0.01");
    assertThatThrownBy(() -> Money.parsePositive("0.00", "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parsePositive("0", "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.parseSigned("-12.50", "EUR")).isEqualByComparingTo("-12.50");
    assertThatThrownBy(() -> Money.parse("-12.50", "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oddsFollowTheDecimalOddsRule() {
    assertThat(Money.parseOdds("2.50")).isEqualByComparingTo("2.5");
    assertThat(Money.parseOdds("1.01")).isEqualByComparingTo("1.01");
    assertThat(Money.parseOdds("999.99")).isEqualByComparingTo("999.99");
    for (String bad : new String[] {"1.00", "1", "0.5", "1000", "2.505", "-2", "2e0"}) {
      assertThatThrownBy(() -> Money.parseOdds(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void formatWritesTheCanonicalFormAndNeverRounds() {
    assertThat(Money.format(new BigDecimal("100"), "EUR")).isEqualTo("100.00");
    assertThat(Money.format(new BigDecimal("0.5"), "EUR")).isEqualTo("0.50");
    assertThat(Money.format(new BigDecimal("1.2300"), "EUR")).isEqualTo("1.23");
    assertThat(Money.format(new BigDecimal("1E+3"), "EUR")).isEqualTo("1000.00");
    assertThat(Money.format(new BigDecimal("522"), "JPY")).isEqualTo("522");
    assertThat(Money.formatSigned(new BigDecimal("-0.00"), "EUR")).isEqualTo("0.00");
    assertThat(Money.formatSigned(new BigDecimal("-7.1"), "EUR")).isEqualTo("-7.10");
    assertThatThrownBy(() -> Money.format(new BigDecimal("1.005"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.format(new BigDecimal("-1"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.format(new BigDecimal("1000000000000000"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roundIsHalfEven() {
    assertThat(Money.round(new BigDecimal("2.345"), "EUR")).isEqualByComparingTo("2.34");
    assertThat(Money.round(new BigDecimal("2.355"), "EUR")).isEqualByComparingTo("2.36");
    assertThat(Money.round(new BigDecimal("2.5"), "JPY")).isEqualByComparingTo("2");
  }

  @Test
  void payoutRules() {
    assertThat(Payouts.payout(BetOutcome.WIN, "10.00", "2.50", "EUR")).isEqualTo("25.00");
    assertThat(Payouts.payout(BetOutcome.WIN, "3.33", "1.57", "EUR")).isEqualTo("5.22");
    assertThat(Payouts.payout(BetOutcome.WIN, "333", "1.57", "JPY")).isEqualTo("522");
    assertThat(Payouts.payout(BetOutcome.LOSE, "10.00", "2.50", "EUR")).isEqualTo("0.00");
    assertThat(Payouts.payout(BetOutcome.PUSH, "10.00", "2.50", "EUR")).isEqualTo("10.00");
    assertThat(Payouts.payout(BetOutcome.PUSH, "0.1", "2.50", "EUR")).isEqualTo("0.10");
  }

  @Test
  void payoutRejectsInvalidInputs() {
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, "0.00", "2.50", "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, "10.001", "2.50", "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Payouts.payout(BetOutcome.WIN, BigDecimal.TEN, new BigDecimal("1.00"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Payouts.payout(BetOutcome.WIN, BigDecimal.TEN, new BigDecimal("2.505"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Payouts.payout(BetOutcome.WIN, new BigDecimal("0.5"), new BigDecimal("2"), "JPY"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Payouts.roundPayout(new BigDecimal("-1"), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
