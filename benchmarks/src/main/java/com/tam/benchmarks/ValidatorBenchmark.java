package com.tam.benchmarks;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of protovalidate's {@code Validator.validate} on the seed's {@code
 * ReserveBalanceRequest}: what {@code ValidationInterceptor} does once per request.
 *
 * <p>The validator is built exactly as the interceptor's default constructor builds it (rules
 * compiled lazily on first use; the warm-up pays that once). The valid request is the seed's; the
 * invalid one differs only in {@code amount = "1e3"}, which breaks {@code string.pattern}, so its
 * cost includes building the violation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidatorBenchmark {

  private Validator validator;
  private ReserveBalanceRequest valid;
  private ReserveBalanceRequest invalid;

  /** Builds the validator and the two requests, and checks that they validate as expected. */
  @Setup
  public void setUp() throws ValidationException {
    validator = ValidatorFactory.newBuilder().build();
    valid = Fixtures.seedRequest();
    invalid = valid.toBuilder().setAmount("1e3").build();
    if (!validator.validate(valid).isSuccess()) {
      throw new IllegalStateException("the seed request must be valid");
    }
    if (validator.validate(invalid).getViolations().size() != 1) {
      throw new IllegalStateException("amount \"1e3\" must give exactly one violation");
    }
  }

  /** Validates the seed request (no violation). */
  @Benchmark
  public ValidationResult validateValidRequest() throws ValidationException {
    return validator.validate(valid);
  }

  /** Validates the request with {@code amount = "1e3"} (one {@code string.pattern} violation). */
  @Benchmark
  public ValidationResult validateInvalidAmount() throws ValidationException {
    return validator.validate(invalid);
  }
}
