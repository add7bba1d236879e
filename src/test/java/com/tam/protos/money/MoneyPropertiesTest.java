package com.tam.protos.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tam.protos.validation.ContractPatterns;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Property-based tests of {@link Money}, {@link Payouts} and {@link Commission}. */
class MoneyPropertiesTest {

  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of(Money.currencyCodes());
  }

  /** Any amount the contract can carry: up to 15 integer digits, in minor units. */
  @Provide
  Arbitrary<Long> minorUnits() {
    return Arbitraries.longs().between(0, 99_999_999_999_999_99L);
  }

  private static BigDecimal amount(long minorUnits, String currency) {
    int scale = Money.scale(currency);
    // Keep within 15 integer digits whatever the scale.
    long units =
        minorUnits / 1000 * (long) Math.pow(10, scale) + minorUnits % (long) Math.pow(10, scale);
    return BigDecimal.valueOf(units, scale);
  }

  @Property
  void formatThenParseRoundTrips(
      @ForAll("minorUnits") long minorUnits, @ForAll("currencies") String currency) {
    BigDecimal value = amount(minorUnits, currency);

    String text = Money.format(value, currency);

    assertThat(isCanonicalMoney(text, Money.scale(currency), false)).isTrue();
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

    assertThat(isCanonicalMoney(text, Money.scale(currency), true)).isTrue();
    assertThat(Money.parseSigned(text, currency)).isEqualByComparingTo(value);
  }

  /**
   * The oracle is independent of the implementation's grammar: a string is valid money iff Java's
   * own {@link BigDecimal} reads it, it has only digits and at most one point, writing the value
   * back with {@code toPlainString} at the same scale reproduces it character for character (no
   * leading zeros, no exponent, no sign), and its digit counts are within the bounds.
   */
  static boolean isCanonicalMoney(String text, int maxScale, boolean signed) {
    String body = signed && text.startsWith("-") ? text.substring(1) : text;
    if (body.isEmpty() || !body.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
      return false;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(body);
    } catch (NumberFormatException e) {
      return false;
    }
    int integerDigits = body.indexOf('.') < 0 ? body.length() : body.indexOf('.');
    return value.toPlainString().equals(body) && value.scale() <= maxScale && integerDigits <= 15;
  }

  @Property(tries = 3000)
  void parseAcceptsExactlyTheCanonicalDecimals(
      @ForAll("moneyLike") String text, @ForAll("currencies") String currency) {
    int scale = Money.scale(currency);
    if (isCanonicalMoney(text, scale, false)) {
      assertThat(Money.parse(text, currency).toPlainString()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> Money.parse(text, currency))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property(tries = 3000)
  void theCurrencyFreeParserAgreesWithTheContractPattern(@ForAll("moneyLike") String text) {
    // The proto fields carry ContractPatterns.MONEY; the kit must accept exactly the same strings.
    boolean valid = ContractPatterns.matches(ContractPatterns.MONEY, text);
    assertThat(isCanonicalMoney(text, Money.MAX_SCALE, false)).isEqualTo(valid);
    if (valid) {
      assertThat(Money.parse(text).toPlainString()).isEqualTo(text);
    } else {
      assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> moneyLike() {
    Arbitrary<String> noise =
        Arbitraries.strings().withChars("0123456789.-e+ ").ofMinLength(0).ofMaxLength(20);
    // Near misses of valid amounts: digits around a point, often with leading zeros.
    Arbitrary<String> nearMiss =
        Combinators.combine(
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(17),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(4),
                Arbitraries.of("", "."))
            .as((i, f, dot) -> dot.isEmpty() || f.isEmpty() ? i : i + "." + f);
    return Arbitraries.oneOf(noise, nearMiss);
  }

  /**
   * The reference rule every kit's payout is checked against, in integers only: a fully matched
   * BACK win pays floor(stake_minor x odds_hundredths / 100) minor units.
   */
  static long referenceWinMinor(long stakeMinor, long oddsHundredths) {
    return BigInteger.valueOf(stakeMinor)
        .multiply(BigInteger.valueOf(oddsHundredths))
        .divide(BigInteger.valueOf(100))
        .longValueExact();
  }

  @Property
  void winPayoutNeverLosesOrInventsAMinorUnit(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long stakeUnits,
      @ForAll @LongRange(min = 101, max = 99_999) long oddsHundredths,
      @ForAll("currencies") String currency) {
    int scale = Money.scale(currency);
    BigDecimal stake = BigDecimal.valueOf(stakeUnits, scale);
    BigDecimal odds = BigDecimal.valueOf(oddsHundredths, 2);

    BigDecimal payout = Payouts.payout(BetOutcome.WIN, stake, odds, currency);

    assertThat(payout.scale()).isEqualTo(scale);
    assertThat(payout.unscaledValue().longValueExact())
        .isEqualTo(referenceWinMinor(stakeUnits, oddsHundredths));
    BigDecimal exact = stake.multiply(odds);
    assertThat(payout).isLessThanOrEqualTo(exact);
    assertThat(exact.subtract(payout)).isLessThan(Money.minorUnit(currency));
    assertThat(payout).isGreaterThanOrEqualTo(stake); // odds > 1 never pays less than the stake
  }

  /**
   * A matched pair of bets (a BACK and the LAY that took it, both fully matched at one price) moves
   * money between the two users only: the winner's profit is the loser's loss to the minor unit,
   * and the payouts sum to the two liabilities minus at most the rounding of the LAY hold.
   */
  @Property
  void aMatchedPairNeitherCreatesNorLosesAMinorUnit(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long stakeUnits,
      @ForAll @LongRange(min = 101, max = 99_999) long oddsHundredths,
      @ForAll("currencies") String currency,
      @ForAll BetOutcome outcome) {
    int scale = Money.scale(currency);
    BigDecimal stake = BigDecimal.valueOf(stakeUnits, scale);
    BigDecimal odds = BigDecimal.valueOf(oddsHundredths, 2);
    BigDecimal layLiability = Payouts.layLiability(stake, odds, currency);
    SettledBet back = SettledBet.back(outcome, stake, odds);
    SettledBet lay =
        new SettledBet(
            BetSide.LAY, outcome, layLiability, BigDecimal.ZERO, List.of(new Fill(stake, odds)));

    BigDecimal backProfit = Payouts.settle(back, currency).subtract(stake);
    BigDecimal layProfit = Payouts.settle(lay, currency).subtract(layLiability);

    long winMinor = referenceWinMinor(stakeUnits, oddsHundredths);
    long expectedBackProfitMinor =
        switch (outcome) {
          case WIN -> winMinor - stakeUnits;
          case LOSE -> -stakeUnits;
          case PUSH -> 0;
        };
    assertThat(backProfit.unscaledValue().longValueExact()).isEqualTo(expectedBackProfitMinor);
    // Zero-sum, except that on a WIN the backer is paid floor(X) profit while the layer loses its
    // whole hold ceil(X) (X = stake x (odds - 1) in minor units): the platform keeps that
    // difference, 0 or 1 minor unit, and never pays out more than it holds.
    long x = stakeUnits * (oddsHundredths - 100);
    long expectedSumMinor =
        outcome == BetOutcome.WIN ? Math.floorDiv(x, 100) - -Math.floorDiv(-x, 100) : 0;
    assertThat(backProfit.add(layProfit).unscaledValue().longValueExact())
        .isEqualTo(expectedSumMinor);
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

  /**
   * Exact ties (k + 1/2 minor units) round to the even neighbour: this fails for HALF_UP (which
   * rounds every tie up) and HALF_DOWN, unlike the bound above, which every half-rounding mode
   * meets.
   */
  @Property
  void exactTiesRoundToTheEvenMinorUnit(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long k,
      @ForAll @IntRange(min = 0, max = 1) int negative,
      @ForAll("currencies") String currency) {
    int scale = Money.scale(currency);
    // (2k + 1) / 2 minor units, exactly representable with one more decimal place.
    BigDecimal tie = BigDecimal.valueOf(2 * k + 1, scale).divide(BigDecimal.valueOf(2));
    if (negative == 1) {
      tie = tie.negate();
    }

    BigDecimal rounded = Money.round(tie, currency);

    long expectedMinor = (k % 2 == 0) ? k : k + 1; // the even one of k and k + 1
    assertThat(rounded.scale()).isEqualTo(scale);
    assertThat(rounded.unscaledValue().abs().longValueExact()).isEqualTo(expectedMinor);
    assertThat(rounded.signum()).isEqualTo(expectedMinor == 0 ? 0 : (negative == 1 ? -1 : 1));
  }

  @Property
  void commissionIsRoundedDownAndNeverNegative(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long netMinor,
      @ForAll @IntRange(min = 0, max = 10_000) int rateBp,
      @ForAll("currencies") String currency) {
    int scale = Money.scale(currency);
    BigDecimal net = BigDecimal.valueOf(netMinor, scale);

    BigDecimal commission = Commission.commission(net, rateBp, currency);

    long expected =
        netMinor <= 0
            ? 0
            : BigInteger.valueOf(netMinor)
                .multiply(BigInteger.valueOf(rateBp))
                .divide(BigInteger.valueOf(10_000))
                .longValueExact();
    assertThat(commission.scale()).isEqualTo(scale);
    assertThat(commission.unscaledValue().longValueExact()).isEqualTo(expected);
  }

  @Property
  void netWinningsIsTheSumOfProfits(
      @ForAll("bets") List<long[]> bets, @ForAll("currencies") String currency) {
    int scale = Money.scale(currency);
    List<SettledBet> settled = new ArrayList<>();
    long expected = 0;
    for (long[] b : bets) {
      BetOutcome outcome = BetOutcome.values()[(int) b[2]];
      settled.add(
          SettledBet.back(outcome, BigDecimal.valueOf(b[0], scale), BigDecimal.valueOf(b[1], 2)));
      expected +=
          switch (outcome) {
            case WIN -> referenceWinMinor(b[0], b[1]) - b[0];
            case LOSE -> -b[0];
            case PUSH -> 0;
          };
    }
    assertThat(Commission.netWinnings(settled, currency).unscaledValue().longValueExact())
        .isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<long[]>> bets() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 10_000_000L),
            Arbitraries.longs().between(101, 99_999),
            Arbitraries.longs().between(0, 2))
        .as((s, o, r) -> new long[] {s, o, r})
        .list()
        .ofMaxSize(6);
  }
}
