package com.tam.protos.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tam.protos.validation.ContractPatterns;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Property-based tests of {@link Money} and {@link Payouts}. */
class MoneyPropertiesTest {

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("EUR", "USD", "GBP", "JPY", "KRW", "BHD", "CHF");
  }

  /** Any amount the contract can carry: up to 15 integer digits, in minor units. */
  @Provide
  Arbitrary<Long> minorUnits() {
    return Arbitraries.longs().between(0, 99_999_999_999_999_99L);
  }

  private static BigDecimal amount(long minorUnits, String currency) {
    int scale = Money.scale(currency);
    // Keep within 15 integer digits for zero-decimal currencies too.
    long units = scale == 0 ? minorUnits / 100 : minorUnits;
    return BigDecimal.valueOf(units, scale);
  }

  @Property
  void formatThenParseRoundTrips(
      @ForAll("minorUnits") long minorUnits, @ForAll("currencies") String currency) {
    BigDecimal value = amount(minorUnits, currency);

    String text = Money.format(value, currency);

    assertThat(text).matches(ContractPatterns.MONEY);
    BigDecimal parsed = Money.parse(text, currency);
    assertThat(parsed).isEqualTo(value); // same value and scale
    assertThat(Money.format(parsed, currency)).isEqualTo(text);
  }

  @Property
  void signedRoundTrips(
      @ForAll("minorUnits") long minorUnits,
      @ForAll boolean negative,
      @ForAll("currencies") String currency) {
    BigDecimal value = amount(minorUnits, currency);
    if (negative) {
      value = value.negate();
    }

    String text = Money.formatSigned(value, currency);

    assertThat(text).matches(ContractPatterns.SIGNED_MONEY);
    assertThat(Money.parseSigned(text, currency)).isEqualByComparingTo(value);
  }

  @Property
  void parseAcceptsExactlyWhatThePatternAccepts(@ForAll("moneyLike") String text) {
    boolean valid = ContractPatterns.matches(ContractPatterns.MONEY, text);
    if (valid) {
      assertThat(Money.parse(text).toPlainString()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> moneyLike() {
    return Arbitraries.strings().withChars("0123456789.-e+ ").ofMinLength(0).ofMaxLength(20);
  }

  @Property
  void winPayoutNeverLosesOrInventsAMinorUnit(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long stakeUnits,
      @ForAll @LongRange(min = 101, max = 99_999) long oddsHundredths,
      @ForAll("currencies") String currency) {
    BigDecimal stake = BigDecimal.valueOf(stakeUnits, Money.scale(currency));
    BigDecimal odds = BigDecimal.valueOf(oddsHundredths, 2);
    BigDecimal exact = stake.multiply(odds);

    BigDecimal payout = Payouts.payout(BetOutcome.WIN, stake, odds, currency);

    assertThat(payout.scale()).isEqualTo(Money.scale(currency));
    assertThat(payout).isLessThanOrEqualTo(exact);
    assertThat(exact.subtract(payout)).isLessThan(Money.minorUnit(currency));
    assertThat(payout).isGreaterThanOrEqualTo(stake); // odds > 1 never pays less than the stake
  }

  @Property
  void pushReturnsExactlyTheStakeAndLoseNothing(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long stakeUnits,
      @ForAll @LongRange(min = 101, max = 99_999) long oddsHundredths,
      @ForAll("currencies") String currency) {
    BigDecimal stake = BigDecimal.valueOf(stakeUnits, Money.scale(currency));
    BigDecimal odds = BigDecimal.valueOf(oddsHundredths, 2);

    assertThat(Payouts.payout(BetOutcome.PUSH, stake, odds, currency)).isEqualTo(stake);
    assertThat(Payouts.payout(BetOutcome.LOSE, stake, odds, currency)).isZero();
    String text = Money.format(stake, currency);
    assertThat(Payouts.payout(BetOutcome.PUSH, text, Money.format(odds, "EUR"), currency))
        .isEqualTo(text);
  }

  @Property
  void halfEvenRoundingIsWithinHalfAMinorUnit(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long tenThousandths,
      @ForAll("currencies") String currency) {
    BigDecimal exact = BigDecimal.valueOf(tenThousandths, 4);

    BigDecimal rounded = Money.round(exact, currency);

    BigDecimal half = Money.minorUnit(currency).divide(BigDecimal.valueOf(2));
    assertThat(rounded.subtract(exact).abs()).isLessThanOrEqualTo(half);
  }
}
