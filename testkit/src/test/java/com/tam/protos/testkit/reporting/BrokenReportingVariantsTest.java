package com.tam.protos.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.ReportingServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each deliberately broken reporting-service fails the conformance suite with a message naming the
 * rule it breaks.
 */
class BrokenReportingVariantsTest {
  @ParameterizedTest(name = "{0} fails {1}")
  @CsvSource({
    "DOUBLE_COUNT_FILLS, [reporting.figures.matched-volume-once]",
    "IGNORE_FAILED_PAYMENTS, [reporting.figures.failed-deposits]",
    "UNTIMED_JOBS, [reporting.job.times]"
  })
  void aBrokenReportingServiceFailsNamingTheRule(String defect, String rule) {
    try (var platform = com.tam.protos.testkit.validator.SagaPlatforms.withReporting(defect)) {
      TckReport report = Tck.run(platform, ReportingServiceTck.class);
      assertThat(report.passed()).isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains(rule));
    }
  }
}
