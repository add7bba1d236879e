package com.tam.benchmarks;

import com.tam.protos.money.BetOutcome;
import com.tam.protos.money.Money;
import com.tam.protos.money.Payouts;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of the money helpers a service runs per bet: strict parsing of a contract money string
 * and the WIN payout of a settled bet ({@code Payouts} class Javadoc example: a 3.33 EUR stake at
 * 1.57 wins 5.2281, paid as "5.22").
 *
 * <p>The inputs are fields of a {@link State} object, not constants, so that the JIT cannot fold
 * the computation away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MoneyBenchmark {

  private String amount;
  private String currency;
  private String stake;
  private String odds;
  private BigDecimal stakeDecimal;
  private BigDecimal oddsDecimal;

  /** Sets the inputs and checks the expected results. */
  @Setup
  public void setUp() {
    amount = "100.00";
    currency = "EUR";
    stake = "3.33";
    odds = "1.57";
    stakeDecimal = Money.parsePositive(stake, currency);
    oddsDecimal = Money.parseOdds(odds);
    if (!"5.22".equals(Payouts.payout(BetOutcome.WIN, stake, odds, currency))) {
      throw new IllegalStateException("3.33 EUR at 1.57 must win 5.22");
    }
  }

  /** {@code Money.parse("100.00")}: canonical pattern check and BigDecimal construction. */
  @Benchmark
  public BigDecimal moneyParse() {
    return Money.parse(amount);
  }

  /** {@code Money.parsePositive("100.00", "EUR")}: as a wallet parses a stake. */
  @Benchmark
  public BigDecimal moneyParsePositiveEur() {
    return Money.parsePositive(amount, currency);
  }

  /** {@code Payouts.payout(WIN, 3.33, 1.57, "EUR")} on already parsed values. */
  @Benchmark
  public BigDecimal payoutWinDecimal() {
    return Payouts.payout(BetOutcome.WIN, stakeDecimal, oddsDecimal, currency);
  }

  /** The whole settlement step from contract strings: parse stake and odds, pay, format. */
  @Benchmark
  public String payoutWinFromStrings() {
    return Payouts.payout(BetOutcome.WIN, stake, odds, currency);
  }
}
