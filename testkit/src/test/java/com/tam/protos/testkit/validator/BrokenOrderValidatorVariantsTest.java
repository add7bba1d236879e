package com.tam.protos.testkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.OrderValidatorServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each deliberately broken order-validator fails its suite, naming the broken rule. */
class BrokenOrderValidatorVariantsTest {
  @ParameterizedTest(name = "{0} fails [{1}]")
  @CsvSource({
    // The saga skips CancelReservation when PlaceBet fails: the hold stays.
    "SKIP_RESERVATION_COMPENSATION, order-validator.saga.compensate-reservation",
    // A PlaceOrder replay starts a second saga: a second bet, a second debit.
    "REPLAY_STARTS_NEW_SAGA, order-validator.place.replay-once"
  })
  void aBrokenVariantFailsNamingTheRule(ReferenceOrderValidatorService.Defect defect, String rule) {
    try (SagaPlatform platform = new SagaPlatform(defect, true)) {
      TckReport report = Tck.run(platform, OrderValidatorServiceTck.class);
      assertThat(report.passed()).as("the broken variant must fail its suite").isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains("[" + rule + "]"));
    }
  }
}
