package com.tam.protos.testkit.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.FieldMask;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.notification.v1.Notification;
import com.tam.protos.notification.v1.NotificationCategory;
import com.tam.protos.notification.v1.NotificationChannel;
import com.tam.protos.notification.v1.NotificationErrorReason;
import com.tam.protos.notification.v1.NotificationPreferences;
import com.tam.protos.notification.v1.NotificationServiceGrpc;
import com.tam.protos.notification.v1.NotificationState;
import com.tam.protos.notification.v1.QuietHours;
import com.tam.protos.notification.v1.SendNotificationRequest;
import com.tam.protos.notification.v1.StreamNotificationsRequest;
import com.tam.protos.notification.v1.StreamNotificationsResponse;
import com.tam.protos.notification.v1.UpdateNotificationPreferencesRequest;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.order.v1.BetSettlement;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserDisabledEvent;
import com.tam.protos.user.v1.UserEnabledEvent;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference notification-service's event-driven notifications, delivery and clock rules. */
class ReferenceNotificationServiceTest {
  private final NotificationPlatform p =
      new NotificationPlatform(ReferenceNotificationService::new);
  private final NotificationServiceGrpc.NotificationServiceBlockingStub service =
      NotificationServiceGrpc.newBlockingStub(p.server.channel())
          .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));

  @BeforeEach
  void seed() {
    p.users.seedUser("alice", "alice@example.com", "sandbox", "EUR");
  }

  @AfterEach
  void close() {
    p.close();
  }

  private static EventMetadata meta(String aggregateId, long version) {
    return EventMetadata.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .build();
  }

  private SendNotificationRequest.Builder generic(
      NotificationChannel channel, NotificationCategory category) {
    return SendNotificationRequest.newBuilder()
        .setUserId("alice")
        .setChannel(channel)
        .setTemplateId("generic.message")
        .putParameters("subject", "Hi")
        .putParameters("text", "Hello")
        .setCategory(category)
        .setIdempotencyKey("k-" + UUID.randomUUID());
  }

  @Test
  void registrationSendsOneWelcomeEmailEvenWhenTheEventIsRedelivered() {
    assertThat(p.notifications.outbox(NotificationChannel.NOTIFICATION_CHANNEL_EMAIL))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.destination()).isEqualTo("alice@example.com");
              assertThat(m.title()).contains("alice");
            });
    var registered =
        p.bus.published(com.tam.protos.user.v1.UserRegisteredEvent.getDefaultInstance()).get(0);
    p.bus.publish(registered);
    assertThat(p.notifications.notifications("alice")).hasSize(1);
    assertThat(p.notifications.notifications("alice").get(0).getSourceEventId())
        .isEqualTo(registered.getMetadata().getEventId());
  }

  @Test
  void aSettledLayBetOnALosingSelectionIsAWinOnPushAndInApp() {
    p.notifications.registerDevice("alice", "device-token-1");
    p.bus.publish(
        BetSettledEvent.newBuilder()
            .setMetadata(meta("bet-1", 4))
            .setSettlement(
                BetSettlement.newBuilder()
                    .setBetId("bet-1")
                    .setUserId("alice")
                    .setSide(BetSide.BET_SIDE_LAY)
                    .setResult(SelectionResultType.SELECTION_RESULT_TYPE_LOSE)
                    .setPayout("30.00")
                    .setCurrency("EUR"))
            .build());
    List<Notification> bets =
        p.notifications.notifications("alice").stream()
            .filter(n -> n.getCategory() == NotificationCategory.NOTIFICATION_CATEGORY_BET)
            .toList();
    assertThat(bets)
        .extracting(Notification::getTemplateId, Notification::getChannel, Notification::getState)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "bet.settled_won",
                NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
                NotificationState.NOTIFICATION_STATE_DELIVERED),
            org.assertj.core.groups.Tuple.tuple(
                "bet.settled_won",
                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                NotificationState.NOTIFICATION_STATE_DELIVERED));
    assertThat(p.notifications.outbox(NotificationChannel.NOTIFICATION_CHANNEL_PUSH))
        .singleElement()
        .satisfies(m -> assertThat(m.destination()).isEqualTo("device-token-1"));
  }

  @Test
  void accessFactsAreAppliedInSequenceEvenWhenTheyArriveOutOfOrder() {
    User alice = p.users.user("alice").orElseThrow();
    p.bus.publish(
        UserEnabledEvent.newBuilder().setMetadata(meta("alice", 2)).setUser(alice).build());
    assertThat(p.notifications.notifications("alice")).hasSize(1);
    p.bus.publish(
        UserDisabledEvent.newBuilder().setMetadata(meta("alice", 1)).setUser(alice).build());
    assertThat(p.notifications.notifications("alice"))
        .extracting(Notification::getTemplateId)
        .containsExactly("user.welcome", "user.disabled", "user.enabled");
  }

  @Test
  void pushDuringQuietHoursWaitsUntilTheyEndButSecurityDoesNot() {
    p.notifications.registerDevice("alice", "device-token-1");
    NotificationServiceGrpc.newBlockingStub(p.server.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.userToken("alice")))
        .updateNotificationPreferences(
            UpdateNotificationPreferencesRequest.newBuilder()
                .setUserId("alice")
                .setPreferences(
                    NotificationPreferences.newBuilder()
                        .setQuietHours(
                            QuietHours.newBuilder()
                                .setStartLocalTime("22:00")
                                .setEndLocalTime("07:00")
                                .setTimeZone("Europe/Berlin")))
                .setUpdateMask(FieldMask.newBuilder().addPaths("quiet_hours"))
                .setIdempotencyKey("q1")
                .build());
    p.clock.set(Instant.parse("2026-06-01T21:00:00Z"));
    Notification deferred =
        service
            .sendNotification(
                generic(
                        NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
                        NotificationCategory.NOTIFICATION_CATEGORY_BET)
                    .build())
            .getNotification();
    assertThat(deferred.getState()).isEqualTo(NotificationState.NOTIFICATION_STATE_QUEUED);
    assertThat(deferred.getScheduleTime().getSeconds())
        .isEqualTo(Instant.parse("2026-06-02T05:00:00Z").getEpochSecond());
    Notification security =
        service
            .sendNotification(
                generic(
                        NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
                        NotificationCategory.NOTIFICATION_CATEGORY_SECURITY)
                    .build())
            .getNotification();
    assertThat(p.notifications.outbox(NotificationChannel.NOTIFICATION_CHANNEL_PUSH))
        .extracting(ReferenceNotificationService.OutboxMessage::notificationId)
        .containsExactly(security.getNotificationId());
    p.clock.set(Instant.parse("2026-06-02T05:00:00Z"));
    p.notifications.runDue();
    assertThat(p.notifications.outbox(NotificationChannel.NOTIFICATION_CHANNEL_PUSH))
        .extracting(ReferenceNotificationService.OutboxMessage::notificationId)
        .containsExactly(security.getNotificationId(), deferred.getNotificationId());
  }

  @Test
  void aMissingTemplateParameterAndAFailingProviderAreReported() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                service.sendNotification(
                    generic(
                            NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
                            NotificationCategory.NOTIFICATION_CATEGORY_BET)
                        .removeParameters("text")
                        .build()));
    assertThat(
            RpcErrors.hasReason(
                e, NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_PARAMETER_MISSING))
        .isTrue();
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .containsEntry("parameter", "text");
    p.notifications.failChannel(
        NotificationChannel.NOTIFICATION_CHANNEL_EMAIL, "mailbox does not exist");
    Notification n =
        service
            .sendNotification(
                generic(
                        NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
                        NotificationCategory.NOTIFICATION_CATEGORY_BET)
                    .build())
            .getNotification();
    assertThat(
            p.notifications.notifications("alice").stream()
                .filter(x -> x.getNotificationId().equals(n.getNotificationId()))
                .findFirst()
                .orElseThrow())
        .satisfies(
            x -> {
              assertThat(x.getState()).isEqualTo(NotificationState.NOTIFICATION_STATE_FAILED);
              assertThat(x.getFailureReason()).isEqualTo("mailbox does not exist");
            });
  }

  @Test
  void transientProviderFailuresAreRetriedWithBackoffThenFail() {
    p.notifications.failChannelTransiently(
        NotificationChannel.NOTIFICATION_CHANNEL_EMAIL, "smtp 451");
    String id =
        service
            .sendNotification(
                generic(
                        NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
                        NotificationCategory.NOTIFICATION_CATEGORY_BET)
                    .build())
            .getNotification()
            .getNotificationId();
    java.util.function.Supplier<Notification> current =
        () ->
            p.notifications.notifications("alice").stream()
                .filter(x -> x.getNotificationId().equals(id))
                .findFirst()
                .orElseThrow();
    assertThat(current.get().getState()).isEqualTo(NotificationState.NOTIFICATION_STATE_QUEUED);
    assertThat(current.get().getAttemptCount()).isEqualTo(1);
    for (int delay : new int[] {30, 60, 120}) {
      p.clock.advance(Duration.ofSeconds(delay));
      p.notifications.runDue();
    }
    assertThat(current.get().getAttemptCount()).isEqualTo(4);
    assertThat(current.get().getState()).isEqualTo(NotificationState.NOTIFICATION_STATE_QUEUED);
    p.clock.advance(Duration.ofSeconds(240));
    p.notifications.runDue();
    assertThat(current.get().getState()).isEqualTo(NotificationState.NOTIFICATION_STATE_FAILED);
    assertThat(current.get().getFailureReason()).isEqualTo("retries exhausted: smtp 451");
  }

  @Test
  void aSilentStreamGetsHeartbeatsAndAnOldCursorGetsResyncRequired() {
    List<Object> items = new CopyOnWriteArrayList<>();
    StreamObserver<StreamNotificationsResponse> collector =
        new StreamObserver<>() {
          @Override
          public void onNext(StreamNotificationsResponse value) {
            items.add(value);
          }

          @Override
          public void onError(Throwable t) {
            items.add(t);
          }

          @Override
          public void onCompleted() {}
        };
    service.sendNotification(
        generic(
                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                NotificationCategory.NOTIFICATION_CATEGORY_BET)
            .build());
    String oldCursor = ReferenceNotificationService.cursor("alice", 1);
    p.clock.advance(Duration.ofHours(25));
    service.sendNotification(
        generic(
                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                NotificationCategory.NOTIFICATION_CATEGORY_BET)
            .build());
    NotificationServiceGrpc.newStub(p.server.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.userToken("alice")))
        .streamNotifications(
            StreamNotificationsRequest.newBuilder()
                .setUserId("alice")
                .setResumeCursor(oldCursor)
                .setHeartbeatInterval(com.google.protobuf.Duration.newBuilder().setSeconds(5))
                .build(),
            collector);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (p.notifications.openStreams() == 0 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(items)
        .first()
        .isInstanceOfSatisfying(
            StreamNotificationsResponse.class,
            r -> assertThat(r.getResyncRequired().getExpiredCursor()).isEqualTo(oldCursor));
    p.clock.advance(Duration.ofSeconds(5));
    p.notifications.runDue();
    assertThat(items)
        .last()
        .isInstanceOfSatisfying(
            StreamNotificationsResponse.class, r -> assertThat(r.hasHeartbeat()).isTrue());
    p.clock.advance(Duration.ofHours(1));
    p.notifications.runDue();
    assertThat(items).last().isInstanceOf(StatusRuntimeException.class);
  }
}
