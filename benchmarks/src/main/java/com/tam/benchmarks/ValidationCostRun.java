package com.tam.benchmarks;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import com.tam.protos.contract.WorstCaseRequests;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ValidationCostBenchmark} for the seed and the worst case of every request type of the
 * contracts, then prints every result sorted by cost, the slowest ten as a Markdown table against
 * the budget, and whether the budget holds. JMH options (forks, iterations, {@code -rf json -rff
 * file}) are passed through:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar com.tam.benchmarks.ValidationCostRun \
 *     -f 1 -wi 2 -w 1s -i 3 -r 1s -rf json -rff benchmarks/results/validation-cost.json
 * </pre>
 */
public final class ValidationCostRun {

  /** The budget: the slowest worst case costs at most this many times the seed request. */
  public static final double BUDGET = 10.0;

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  private ValidationCostRun() {}

  /**
   * Runs the benchmark and prints the report.
   *
   * @param args JMH command-line options
   * @throws RunnerException if JMH fails
   * @throws CommandLineOptionException if an option is malformed
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    List<String> requests = new ArrayList<>();
    requests.add(ValidationCostBenchmark.SEED);
    requests.addAll(WorstCaseRequests.requestPrototypes().keySet());
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(ValidationCostBenchmark.class.getName() + ".validate$")
            .param("request", requests.toArray(String[]::new));
    if (new CommandLineOptions(args).getResultFormat().hasValue()) {
      options.resultFormat(
          new CommandLineOptions(args).getResultFormat().orElse(ResultFormatType.JSON));
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.comparingDouble((RunResult r) -> r.getPrimaryResult().getScore()).reversed());
    double seed =
        sorted.stream()
            .filter(r -> r.getParams().getParam("request").equals(ValidationCostBenchmark.SEED))
            .findFirst()
            .orElseThrow()
            .getPrimaryResult()
            .getScore();
    System.out.println();
    System.out.println(
        "| # | request (worst case) | ns/op | ± (99.9%) | x seed | bytes | violations |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|");
    int rank = 0;
    for (RunResult r : sorted) {
      String name = r.getParams().getParam("request");
      if (name.equals(ValidationCostBenchmark.SEED) || ++rank > 10) {
        continue;
      }
      System.out.println(row(rank, name, r, seed));
    }
    System.out.println(
        row(0, "seed ReserveBalanceRequest (valid, 4 fields)", seedResult(sorted), seed));
    double worst =
        sorted.stream()
                .filter(
                    r -> !r.getParams().getParam("request").equals(ValidationCostBenchmark.SEED))
                .findFirst()
                .orElseThrow()
                .getPrimaryResult()
                .getScore()
            / seed;
    System.out.printf(
        Locale.ROOT,
        "%nslowest / seed = %.1fx; budget %.0fx: %s%n",
        worst,
        BUDGET,
        worst <= BUDGET ? "HOLDS" : "EXCEEDED");
  }

  private static RunResult seedResult(List<RunResult> sorted) {
    return sorted.stream()
        .filter(r -> r.getParams().getParam("request").equals(ValidationCostBenchmark.SEED))
        .findFirst()
        .orElseThrow();
  }

  private static String row(int rank, String name, RunResult r, double seed) {
    double score = r.getPrimaryResult().getScore();
    double error = r.getPrimaryResult().getScoreError();
    Message message =
        rank == 0
            ? Fixtures.seedRequest()
            : WorstCaseRequests.of(WorstCaseRequests.requestPrototypes().get(name));
    int violations;
    try {
      violations = VALIDATOR.validate(message).getViolations().size();
    } catch (ValidationException e) {
      throw new IllegalStateException(e);
    }
    return String.format(
        Locale.ROOT,
        "| %s | `%s` | %,.0f | %,.0f | %.1f | %,d | %,d |",
        rank == 0 ? "-" : Integer.toString(rank),
        name,
        score,
        Double.isNaN(error) ? 0 : error,
        score / seed,
        message.getSerializedSize(),
        violations);
  }
}
