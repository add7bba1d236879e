package com.tam.protos.testkit.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.NotificationServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import org.junit.jupiter.api.Test;

class NotificationServiceTckTest {
  @Test
  void theReferenceNotificationServicePassesItsSuite() {
    try (NotificationPlatform p = new NotificationPlatform(ReferenceNotificationService::new)) {
      TckReport report = Tck.run(p.target(), NotificationServiceTck.class);
      assertThat(report.passed()).as(report.summary()).isTrue();
      assertThat(report.skipped()).as("a movable clock runs every test").isEmpty();
      assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(15);
    }
  }
}
