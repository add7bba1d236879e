package com.tam.protos.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.tam.protos.testing.FoundViolations;
import com.tam.protos.testing.FoundViolations.Found;
import com.tam.protos.testing.SeedRequests;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** protovalidate (build.buf:protovalidate) over the seed's ReserveBalanceRequest. */
class SeedValidationTest {

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  private static List<Found> violations(ReserveBalanceRequest request) throws ValidationException {
    return FoundViolations.of(VALIDATOR, request);
  }

  @Test
  void acceptsTheSeedRequest() throws ValidationException {
    assertThat(VALIDATOR.validate(SeedRequests.reserveBalance()).isSuccess()).isTrue();
    assertThat(violations(SeedRequests.reserveBalance())).isEmpty();
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        invalid("amount 1e3 (exponent)", b -> b.setAmount("1e3"), "amount", "string.pattern"),
        invalid("amount -5.00 (negative)", b -> b.setAmount("-5.00"), "amount", "string.pattern"),
        invalid("amount abc", b -> b.setAmount("abc"), "amount", "string.pattern"),
        invalid(
            "amount 1.0001 (4 decimals)", b -> b.setAmount("1.0001"), "amount", "string.pattern"),
        invalid("amount empty", b -> b.setAmount(""), "amount", "string.pattern"),
        invalid(
            "idempotency_key blank",
            b -> b.setIdempotencyKey("   "),
            "idempotency_key",
            "string.pattern"),
        invalid(
            "user_id of 10,000 chars",
            b -> b.setUserId("u".repeat(10_000)),
            "user_id",
            "string.max_len"));
  }

  private static Arguments invalid(
      String name, UnaryOperator<ReserveBalanceRequest.Builder> edit, String path, String rule) {
    return Arguments.of(
        name, edit.apply(SeedRequests.reserveBalance().toBuilder()).build(), path, rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void rejectsNamingTheFieldAndRule(
      String name, ReserveBalanceRequest request, String fieldPath, String ruleId)
      throws ValidationException {
    assertThat(VALIDATOR.validate(request).isSuccess()).isFalse();
    assertThat(violations(request)).containsExactly(new Found(fieldPath, ruleId));
  }
}
