package com.tam.protos.testkit.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.notification.v1.NotificationCategory;
import com.tam.protos.notification.v1.NotificationChannel;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.NotificationServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each deliberately broken notification-service fails the suite naming the broken rule. */
class BrokenNotificationVariantsTest {

  /** Preferences are ignored: every notification is delivered. */
  static final class PreferencesIgnored extends ReferenceNotificationService {
    PreferencesIgnored(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean allowedByPreferences(
        Prefs prefs, NotificationChannel channel, NotificationCategory category) {
      return true;
    }
  }

  /** Marking a READ notification again marks it again (and moves its read_time). */
  static final class MarkingNotIdempotent extends ReferenceNotificationService {
    MarkingNotIdempotent(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean markingIsIdempotent() {
      return false;
    }
  }

  private static void assertFailsWith(
      Function<ServiceContext, ReferenceNotificationService> variant, String rule) {
    try (NotificationPlatform p = new NotificationPlatform(variant)) {
      TckReport report = Tck.run(p.target(), NotificationServiceTck.class);
      assertThat(report.passed()).as("the broken variant must fail the suite").isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains("[" + rule + "]"));
    }
  }

  @Test
  void anOptOutThatIsIgnoredFailsTheSuite() {
    assertFailsWith(PreferencesIgnored::new, "notification.preferences.opt-out");
  }

  @Test
  void markingAReadNotificationAgainFailsTheSuite() {
    assertFailsWith(MarkingNotIdempotent::new, "notification.mark-read.idempotent");
  }
}
