package com.tam.protos.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.ReportingServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.api.Test;

/**
 * Each deliberately broken reporting-service fails the conformance suite with a message naming the
 * rule it breaks.
 */
class BrokenReportingVariantsTest {
  @Test
  void aReportThatCountsBothSidesOfAFillFailsNamingTheRule() {
    try (var platform =
        com.tam.protos.testkit.validator.SagaPlatforms.withReporting("DOUBLE_COUNT_FILLS")) {
      TckReport report = Tck.run(platform, ReportingServiceTck.class);
      assertThat(report.passed()).isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(
              f -> assertThat(f.failure()).contains("[reporting.figures.matched-volume-once]"));
    }
  }

  @Test
  void aReportThatIgnoresFailedPaymentsFailsNamingTheRule() {
    try (var platform =
        com.tam.protos.testkit.validator.SagaPlatforms.withReporting("IGNORE_FAILED_PAYMENTS")) {
      TckReport report = Tck.run(platform, ReportingServiceTck.class);
      assertThat(report.passed()).isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains("[reporting.figures.failed-deposits]"));
    }
  }
}
