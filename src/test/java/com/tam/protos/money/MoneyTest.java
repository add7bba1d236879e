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
        "Infinity",
        "-0",
        "1.2.3",
        "\u0661"
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
  void scaleIsTheIsoMinorUnitFromThePlatformTable() {
    assertThat(Money.scale("EUR")).isEqualTo(2);
    assertThat(Money.scale("GBP")).isEqualTo(2);
    assertThat(Money.scale("USD")).isEqualTo(2);
    assertThat(Money.scale("JPY")).isZero();
    assertThat(Money.scale("KWD")).isEqualTo(3);
    assertThat(Money.scale("BHD")).isEqualTo(3);
    assertThat(Money.minorUnit("EUR")).isEqualByComparingTo("0.01");
    assertThat(Money.minorUnit("JPY")).isEqualByComparingTo("1");
    assertThat(Money.minorUnit("KWD")).isEqualByComparingTo("0.001");
    for (String bad : new String[] {"eur", "EU", "ZZZ", "XAU", "", "EURO", "CHF"}) {
      assertThatThrownBy(() -> Money.scale(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Money.scale(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threeDecimalCurrenciesCarryThreeFractionDigits() {
    assertThat(Money.parse("1.234", "KWD")).isEqualByComparingTo("1.234");
    assertThat(Money.format(new BigDecimal("1.5"), "BHD")).isEqualTo("1.500");
    assertThatThrownBy(() -> Money.parse("1.2345", "KWD"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.parse("1.234", "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseErrorQuotesOnlyAShortPrefixOfTheInput() {
    String huge = "1".repeat(100_000) + "\n";
    assertThatThrownBy(() -> Money.parse(huge, "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage()).hasSizeLessThan(200);
              assertThat(e.getMessage())
                  .contains("\"" + "1".repeat(24) + "\"… (100001 characters)");
            });
    assertThatThrownBy(() -> Money.parse("1\n2", "EUR"))
        .hasMessageContaining("\"1\\u000a2\"")
        .hasMessageNotContaining("\n");
  }

  @Test
  void bigDecimalEntryPointsRefuseHugeExponentsBeforeComputing() {
    BigDecimal huge = new BigDecimal("1E+1000000");
    BigDecimal tiny = new BigDecimal("1E-1000000");
    BigDecimal two = new BigDecimal("2.00");
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, huge, two, "EUR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, BigDecimal.TEN, huge, "EUR"))
        .hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, tiny, two, "EUR"))
        .hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Payouts.roundPayout(huge, "EUR"))
        .hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Payouts.roundPayout(tiny, "EUR"))
        .hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Money.format(huge, "EUR")).hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Money.formatSigned(huge.negate(), "EUR"))
        .hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Money.round(tiny, "EUR")).hasMessageContaining("out of bounds");
    assertThatThrownBy(() -> Commission.commission(huge, 500, "EUR"))
        .hasMessageContaining("out of bounds");
    BigDecimal longUnscaled = new BigDecimal(new java.math.BigInteger("9".repeat(5000)), 30);
    assertThatThrownBy(() -> Money.round(longUnscaled, "EUR"))
        .hasMessageContaining("out of bounds");
    // The largest values the contracts carry are inside the bounds.
    assertThat(Money.bounded(new BigDecimal("999999999999999.999"), "x")).isNotNull();
    assertThat(
            Payouts.roundPayout(
                new BigDecimal("999999999999999.99").multiply(new BigDecimal("999.99")), "EUR"))
        .isEqualByComparingTo("999989999999999990.00");
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
