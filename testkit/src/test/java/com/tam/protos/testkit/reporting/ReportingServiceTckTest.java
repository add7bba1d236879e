package com.tam.protos.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.ReportingServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.api.Test;

class ReportingServiceTckTest {
  @Test
  void theReferenceReportingServicePassesItsSuite() {
    try (var platform = com.tam.protos.testkit.validator.SagaPlatforms.withReporting(null)) {
      TckReport report = Tck.run(platform, ReportingServiceTck.class);
      System.out.println("ReportingServiceTck: " + report.summary());
      assertThat(report.outcomes()).hasSize(8);
      assertThat(report.passed()).as(report.summary()).isTrue();
    }
  }

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
