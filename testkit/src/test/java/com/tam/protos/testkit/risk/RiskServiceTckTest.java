package com.tam.protos.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.RiskServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.api.Test;

class RiskServiceTckTest {
  @Test
  void theReferenceRiskAnalyzerPassesItsSuite() {
    try (RiskPlatform p = new RiskPlatform(ReferenceRiskService::new)) {
      TckReport report = Tck.run(p.target(), RiskServiceTck.class);
      assertThat(report.passed()).as(report.summary()).isTrue();
      assertThat(report.skipped()).as("a movable clock runs every test").isEmpty();
      assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(20);
    }
  }
}
