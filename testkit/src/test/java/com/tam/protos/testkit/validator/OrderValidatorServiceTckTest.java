package com.tam.protos.testkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.OrderValidatorServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.api.Test;

class OrderValidatorServiceTckTest {
  @Test
  void theReferenceOrderValidatorPassesItsSuite() {
    try (SagaPlatform platform =
        new SagaPlatform(ReferenceOrderValidatorService.Defect.NONE, true)) {
      TckReport report = Tck.run(platform, OrderValidatorServiceTck.class);
      System.out.println("OrderValidatorServiceTck: " + report.summary());
      assertThat(report.outcomes()).hasSize(13);
      assertThat(report.passed()).as(report.summary()).isTrue();
    }
  }
}
