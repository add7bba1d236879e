package com.tam.protos.testkit.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.notification.v1.Notification;
import com.tam.protos.testkit.platform.FaultPlan;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.InMemoryEventBus;
import com.tam.protos.user.v1.DisableUserRequest;
import com.tam.protos.user.v1.EnableUserRequest;
import com.tam.protos.user.v1.UserServiceGrpc;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Event-driven notifications over the asynchronous at-least-once bus with duplicated and reordered
 * deliveries: every event notifies once per channel, and the access facts keep their order.
 */
class NotificationOverAsyncBusTest {
  @Test
  void duplicatedAndReorderedEventsNotifyOnceAndInSequence() throws InterruptedException {
    InMemoryEventBus bus =
        new InMemoryEventBus(
            FaultPlan.seeded(11).duplicateEvents(1.0).reorderEvents(0.5).dropEvents(0.2).build());
    try (NotificationPlatform p =
        new NotificationPlatform(ReferenceNotificationService::new, bus)) {
      UserServiceGrpc.UserServiceBlockingStub operator =
          UserServiceGrpc.newBlockingStub(p.server.channel())
              .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN));
      for (String id : new String[] {"ann", "ben", "cat"}) {
        p.users.seedUser(id, id + "@example.com", "sandbox", "EUR");
        for (int round = 1; round <= 2; round++) {
          operator.disableUser(
              DisableUserRequest.newBuilder()
                  .setUserId(id)
                  .setNote("check")
                  .setIdempotencyKey("d" + round)
                  .build());
          operator.enableUser(
              EnableUserRequest.newBuilder()
                  .setUserId(id)
                  .setNote("ok")
                  .setIdempotencyKey("e" + round)
                  .build());
        }
      }
      assertThat(bus.awaitQuiescence(Duration.ofSeconds(30))).isTrue();
      for (String id : new String[] {"ann", "ben", "cat"}) {
        assertThat(p.notifications.notifications(id))
            .extracting(Notification::getTemplateId)
            .filteredOn(t -> t.equals("user.welcome"))
            .hasSize(1);
        assertThat(p.notifications.notifications(id))
            .extracting(Notification::getTemplateId)
            .filteredOn(t -> !t.equals("user.welcome"))
            .containsExactly("user.disabled", "user.enabled", "user.disabled", "user.enabled");
      }
    }
  }
}
