package com.tam.protos.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.RiskServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference risk-analyzer against its conformance suite, the way a service team runs the suite
 * against its own implementation: a subclass of {@link RiskServiceTck} that returns its target from
 * {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceRiskConformanceTest extends RiskServiceTck {
  private static RiskPlatform fixture;

  @BeforeAll
  static void start() {
    fixture = new RiskPlatform(ReferenceRiskService::new);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Override
  protected TckTarget target() {
    return fixture.target();
  }

  @Test
  void theTargetHasAMovableClockSoNoCaseIsSkipped() {
    assertThat(target().clock()).as("the clock-dependent cases skip without one").isPresent();
  }
}
