package com.tam.protos.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import com.tam.protos.testkit.tck.UserServiceTck;
import org.junit.jupiter.api.Test;

class UserServiceTckTest {
  @Test
  void theReferenceUserServicePassesItsSuite() {
    try (UserPlatform p = new UserPlatform(ReferenceUserService::new)) {
      TckReport report = Tck.run(p.target(), UserServiceTck.class);
      assertThat(report.passed()).as(report.summary()).isTrue();
      assertThat(report.skipped()).as("a movable clock runs every test").isEmpty();
      assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(25);
    }
  }
}
