package com.tam.protos.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.ReportingServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference reporting-service (fed by the whole platform) against its conformance suite, the
 * way a service team runs the suite against its own implementation: a subclass of {@link
 * ReportingServiceTck} that returns its target from {@link #target()}. Every case of the suite is a
 * test of this class, reported on its own.
 */
class ReferenceReportingConformanceTest extends ReportingServiceTck {
  private static com.tam.protos.testkit.validator.SagaPlatforms.Platform fixture;

  @BeforeAll
  static void start() {
    fixture = com.tam.protos.testkit.validator.SagaPlatforms.withReporting(null);
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
