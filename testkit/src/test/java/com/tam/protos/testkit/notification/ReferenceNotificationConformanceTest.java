package com.tam.protos.testkit.notification;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.NotificationServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference notification-service against its conformance suite, the way a service team runs the
 * suite against its own implementation: a subclass of {@link NotificationServiceTck} that returns
 * its target from {@link #target()}. Every case of the suite is a test of this class, reported on
 * its own.
 */
class ReferenceNotificationConformanceTest extends NotificationServiceTck {
  @RegisterExtension
  static final ConformanceTarget<NotificationPlatform> REFERENCE =
      new ConformanceTarget<>(
          () -> new NotificationPlatform(ReferenceNotificationService::new), f -> f.target());

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
