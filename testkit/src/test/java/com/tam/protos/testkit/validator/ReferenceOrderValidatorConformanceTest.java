package com.tam.protos.testkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.OrderValidatorServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference order-validator (the saga on the in-process Temporal service) against its
 * conformance suite, the way a service team runs the suite against its own implementation: a
 * subclass of {@link OrderValidatorServiceTck} that returns its target from {@link #target()}.
 * Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceOrderValidatorConformanceTest extends OrderValidatorServiceTck {
  private static SagaPlatform fixture;

  @BeforeAll
  static void start() {
    fixture = new SagaPlatform(ReferenceOrderValidatorService.Defect.NONE, true);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Override
  protected TckTarget target() {
    return fixture;
  }

  @Test
  void theTargetHasAMovableClockSoNoCaseIsSkipped() {
    assertThat(target().clock()).as("the clock-dependent cases skip without one").isPresent();
  }
}
