package com.tam.benchmarks;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import com.tam.protos.contract.WorstCaseRequests;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The validation-cost budget: protovalidate's {@code Validator.validate} on the worst case of one
 * request type (every list at {@code max_items}, every string at {@code max_len}; see {@code
 * WorstCaseRequests}), or on the seed's valid {@code ReserveBalanceRequest} ({@value #SEED}), the
 * budget's unit.
 *
 * <p>{@link ValidationCostRun} runs it for the seed and every request type of the contracts (read
 * from the descriptor set, no list to keep) and prints the slowest ten against the budget: at most
 * {@value ValidationCostRun#BUDGET}x the seed. Run alone, it measures the seed and {@code
 * ReserveBalanceRequest}'s worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationCostBenchmark {

  /** The parameter value that selects the seed request. */
  public static final String SEED = "seed";

  /** {@value #SEED}, or the full name of a request message whose worst case is validated. */
  @Param({SEED, "wallet.v1.ReserveBalanceRequest"})
  public String request;

  private Validator validator;
  private Message message;

  /** Builds the validator and the message, and validates it once (rules compile lazily). */
  @Setup
  public void setUp() throws ValidationException {
    validator = ValidatorFactory.newBuilder().build();
    if (SEED.equals(request)) {
      message = Fixtures.seedRequest();
      if (!validator.validate(message).isSuccess()) {
        throw new IllegalStateException("the seed request must be valid");
      }
      return;
    }
    Message prototype = WorstCaseRequests.requestPrototypes().get(request);
    if (prototype == null) {
      throw new IllegalArgumentException("no request message " + request);
    }
    message = WorstCaseRequests.of(prototype);
    validator.validate(message);
  }

  /** Validates the message, collecting every violation (the validator's default). */
  @Benchmark
  public ValidationResult validate() throws ValidationException {
    return validator.validate(message);
  }
}
