package com.tam.protos.testkit.tck;

import static com.tam.protos.testkit.tck.TckAssertions.assertError;
import static com.tam.protos.testkit.tck.TckAssertions.fails;
import static com.tam.protos.testkit.tck.TckAssertions.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.notification.v1.CategoryPreference;
import com.tam.protos.notification.v1.ChannelPreference;
import com.tam.protos.notification.v1.GetNotificationPreferencesRequest;
import com.tam.protos.notification.v1.GetNotificationRequest;
import com.tam.protos.notification.v1.ListNotificationsRequest;
import com.tam.protos.notification.v1.ListNotificationsResponse;
import com.tam.protos.notification.v1.MarkNotificationsReadRequest;
import com.tam.protos.notification.v1.MarkNotificationsReadResponse;
import com.tam.protos.notification.v1.Notification;
import com.tam.protos.notification.v1.NotificationCategory;
import com.tam.protos.notification.v1.NotificationChannel;
import com.tam.protos.notification.v1.NotificationErrorReason;
import com.tam.protos.notification.v1.NotificationPreferences;
import com.tam.protos.notification.v1.NotificationServiceGrpc;
import com.tam.protos.notification.v1.NotificationState;
import com.tam.protos.notification.v1.SendNotificationRequest;
import com.tam.protos.notification.v1.StreamNotificationsRequest;
import com.tam.protos.notification.v1.StreamNotificationsResponse;
import com.tam.protos.notification.v1.UpdateNotificationPreferencesRequest;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code notification.v1.NotificationService}: SendNotification's outcomes and
 * errors, replay and key reuse, preferences (defaults, opt-outs, mandatory categories,
 * operator-only categories, etag, update_mask), paginated lists with the unread count,
 * mark-as-read, the live and resumable feed of StreamNotifications, and access per role. Rule ids
 * start with {@code notification.}. Users come from {@code target().newUser()}; the suite uses the
 * templates the contract names ("wallet.deposit_confirmed", "security.account_restricted",
 * "user.welcome").
 *
 * <p>Delivery is asynchronous: where a rule needs a delivered notification the suite polls
 * GetNotification for a few seconds (a reference on a fixed clock delivers at once).
 */
public class NotificationServiceTck extends ServiceTck {
  private static final String DEPOSIT = "wallet.deposit_confirmed";
  private static final Map<String, String> DEPOSIT_PARAMS =
      Map.of("amount", "10.00", "currency", "EUR", "displayName", "TCK");

  // ------------------------------------------------------------------ helpers

  private NotificationServiceGrpc.NotificationServiceBlockingStub service() {
    return NotificationServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(target().serviceCredentials());
  }

  private NotificationServiceGrpc.NotificationServiceBlockingStub as(TckUser user) {
    return NotificationServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(user.credentials());
  }

  private static String key() {
    return "tck-" + UUID.randomUUID();
  }

  private static SendNotificationRequest.Builder request(
      TckUser user, NotificationChannel channel, String template, NotificationCategory category) {
    return SendNotificationRequest.newBuilder()
        .setUserId(user.userId())
        .setChannel(channel)
        .setTemplateId(template)
        .putAllParameters(DEPOSIT_PARAMS)
        .setCategory(category)
        .setIdempotencyKey(key());
  }

  private Notification send(TckUser user, NotificationChannel channel) {
    return service()
        .sendNotification(
            request(user, channel, DEPOSIT, NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION)
                .build())
        .getNotification();
  }

  private Notification get(String id) {
    return service()
        .getNotification(GetNotificationRequest.newBuilder().setNotificationId(id).build())
        .getNotification();
  }

  private Notification delivered(String rule, String id) {
    return eventually(
        rule,
        () -> get(id),
        n ->
            n.getState() == NotificationState.NOTIFICATION_STATE_DELIVERED
                || n.getState() == NotificationState.NOTIFICATION_STATE_SENT);
  }

  private static <T> T eventually(String rule, Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    T value = read.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        TimeUnit.MILLISECONDS.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      value = read.get();
    }
    assertThat(done.test(value)).as("[%s] reached within 5 s: %s", rule, value).isTrue();
    return value;
  }

  private void updatePrefs(TckUser user, NotificationPreferences prefs, String... paths) {
    as(user)
        .updateNotificationPreferences(
            UpdateNotificationPreferencesRequest.newBuilder()
                .setUserId(user.userId())
                .setPreferences(prefs)
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths)))
                .setIdempotencyKey(key())
                .build());
  }

  private static CategoryPreference category(
      NotificationCategory c, NotificationChannel... channels) {
    return CategoryPreference.newBuilder().setCategory(c).addAllChannels(List.of(channels)).build();
  }

  /** A live StreamNotifications call whose items are queued for the test. */
  private final class Feed implements AutoCloseable {
    final BlockingQueue<Object> items = new LinkedBlockingQueue<>();
    final Context.CancellableContext context = Context.current().withCancellation();

    private final TckUser user;

    Feed(TckUser user, String resumeCursor) {
      this.user = user;
      StreamNotificationsRequest request =
          StreamNotificationsRequest.newBuilder()
              .setUserId(user.userId())
              .setResumeCursor(resumeCursor)
              .build();
      context.run(
          () ->
              NotificationServiceGrpc.newStub(target().channel())
                  .withCallCredentials(user.credentials())
                  .streamNotifications(
                      request,
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
                      }));
    }

    /**
     * Waits until the stream is live: a stream opened without a cursor only carries what happens
     * after the server registered it, so the suite sends probe notifications until one arrives.
     */
    Feed established(String rule) throws InterruptedException {
      for (int attempt = 0; attempt < 25; attempt++) {
        String probe =
            send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP).getNotificationId();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        while (System.nanoTime() < deadline) {
          Object o = items.poll(20, TimeUnit.MILLISECONDS);
          if (o instanceof StreamNotificationsResponse r
              && r.getNotificationCreated().getNotificationId().equals(probe)) {
            return this;
          }
          if (o instanceof Throwable t) {
            throw new AssertionError("[" + rule + "] the stream failed: " + t, t);
          }
        }
      }
      throw new AssertionError("[" + rule + "] the stream never carried a new notification");
    }

    /** The next item that is not a heartbeat, or the stream's error. */
    Object next(String rule) throws InterruptedException {
      while (true) {
        Object o = items.poll(5, TimeUnit.SECONDS);
        assertThat(o).as("[%s] an item arrives on the stream", rule).isNotNull();
        if (o instanceof StreamNotificationsResponse r && r.hasHeartbeat()) {
          continue;
        }
        return o;
      }
    }

    StreamNotificationsResponse item(String rule) throws InterruptedException {
      Object o = next(rule);
      assertThat(o)
          .as("[%s] a stream item, not an error", rule)
          .isInstanceOf(StreamNotificationsResponse.class);
      return (StreamNotificationsResponse) o;
    }

    /** Items until one about {@code notificationId} in the given form arrives. */
    StreamNotificationsResponse until(String rule, String notificationId, boolean created)
        throws InterruptedException {
      while (true) {
        StreamNotificationsResponse r = item(rule);
        Notification n = created ? r.getNotificationCreated() : r.getNotificationUpdated();
        if (n.getNotificationId().equals(notificationId)) {
          return r;
        }
      }
    }

    @Override
    public void close() {
      context.cancel(null);
    }
  }

  // ------------------------------------------------------------------ SendNotification

  @Test
  @DisplayName("SendNotification queues a notification that is then delivered to the feed")
  void sendQueuesThenDelivers() {
    TckUser user = target().newUser();
    Notification n = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    assertThat(n.getState())
        .as("[notification.send.queued] a new notification is QUEUED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_QUEUED);
    assertThat(n.getTitle()).as("[notification.send.rendered] the title is rendered").isNotEmpty();
    assertThat(n.getBody())
        .as("[notification.send.rendered] the body is rendered")
        .contains("10.00");
    assertThat(delivered("notification.send.delivered", n.getNotificationId()).getState())
        .as("[notification.send.delivered] IN_APP ends DELIVERED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_DELIVERED);
  }

  @Test
  @DisplayName(
      "A same-key SendNotification retry returns the same notification and creates nothing")
  void sendReplay() {
    TckUser user = target().newUser();
    SendNotificationRequest r =
        request(
                user,
                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                DEPOSIT,
                NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION)
            .build();
    Notification a = service().sendNotification(r).getNotification();
    Notification b = service().sendNotification(r).getNotification();
    assertThat(b.getNotificationId())
        .as("[notification.send.replay] the same notification")
        .isEqualTo(a.getNotificationId());
    ListNotificationsResponse list =
        service()
            .listNotifications(
                ListNotificationsRequest.newBuilder().setUserId(user.userId()).build());
    assertThat(
            list.getNotificationsList().stream()
                .filter(n -> n.getTemplateId().equals(DEPOSIT))
                .count())
        .as("[notification.send.replay] one notification only")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("The same SendNotification key with a different request is IDEMPOTENCY_KEY_REUSED")
  void sendKeyReuse() {
    TckUser user = target().newUser();
    SendNotificationRequest r =
        request(
                user,
                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                DEPOSIT,
                NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION)
            .build();
    service().sendNotification(r);
    assertError(
        "notification.send.key-reused",
        fails(
            "notification.send.key-reused",
            () ->
                service().sendNotification(r.toBuilder().putParameters("amount", "11.00").build())),
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  @DisplayName(
      "Unknown template, unknown recipient and a channel the template lacks fail as documented")
  void sendErrors() {
    TckUser user = target().newUser();
    StatusRuntimeException template =
        fails(
            "notification.send.template-not-found",
            () ->
                service()
                    .sendNotification(
                        request(
                                user,
                                NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
                                "tck.no-such-template",
                                NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT)
                            .build()));
    assertError(
        "notification.send.template-not-found",
        template,
        Status.Code.NOT_FOUND,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_NOT_FOUND);
    assertThat(metadata(template, "templateId"))
        .as("[notification.send.template-not-found] metadata")
        .isEqualTo("tck.no-such-template");
    StatusRuntimeException channel =
        fails(
            "notification.send.channel-unsupported",
            () ->
                service()
                    .sendNotification(
                        request(
                                user,
                                NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
                                "user.welcome",
                                NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT)
                            .build()));
    assertError(
        "notification.send.channel-unsupported",
        channel,
        Status.Code.FAILED_PRECONDITION,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_CHANNEL_UNSUPPORTED);
    assertThat(metadata(channel, "channel"))
        .as("[notification.send.channel-unsupported] metadata channel")
        .isEqualTo("NOTIFICATION_CHANNEL_PUSH");
    String unknown = "tck-nobody-" + UUID.randomUUID();
    StatusRuntimeException recipient =
        fails(
            "notification.send.recipient-not-found",
            () ->
                service()
                    .sendNotification(
                        request(
                                new TckUser(unknown, user.credentials()),
                                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                                DEPOSIT,
                                NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION)
                            .build()));
    assertError(
        "notification.send.recipient-not-found",
        recipient,
        Status.Code.NOT_FOUND,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_RECIPIENT_NOT_FOUND);
  }

  @Test
  @DisplayName("A parameter the template uses is TEMPLATE_PARAMETER_MISSING; the key stays unused")
  void sendMissingParameter() {
    TckUser user = target().newUser();
    SendNotificationRequest complete =
        request(
                user,
                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                DEPOSIT,
                NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION)
            .build();
    // The deposit template renders the amount (notification.send.rendered): without it, the
    // amount is the one parameter missing.
    SendNotificationRequest withoutAmount = complete.toBuilder().removeParameters("amount").build();
    StatusRuntimeException e =
        fails(
            "notification.send.parameter-missing", () -> service().sendNotification(withoutAmount));
    assertError(
        "notification.send.parameter-missing",
        e,
        Status.Code.INVALID_ARGUMENT,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_PARAMETER_MISSING);
    assertThat(metadata(e, "parameter"))
        .as("[notification.send.parameter-missing] metadata parameter")
        .isEqualTo("amount");
    assertThat(depositNotifications(user))
        .as("[notification.send.parameter-missing] no notification is created")
        .isZero();
    Notification n = service().sendNotification(complete).getNotification();
    assertThat(n.getBody())
        .as(
            "[notification.send.invalid-argument-not-stored] the same key carries the corrected"
                + " request, which is executed")
        .contains("10.00");
    assertThat(depositNotifications(user))
        .as("[notification.send.invalid-argument-not-stored] one notification")
        .isEqualTo(1);
  }

  private long depositNotifications(TckUser user) {
    return service()
        .listNotifications(ListNotificationsRequest.newBuilder().setUserId(user.userId()).build())
        .getNotificationsList()
        .stream()
        .filter(n -> n.getTemplateId().equals(DEPOSIT))
        .count();
  }

  @Test
  @DisplayName("PUSH to a user without a registered device is NO_DESTINATION")
  void noDestination() {
    TckUser user = target().newUser();
    StatusRuntimeException e =
        fails(
            "notification.send.no-destination",
            () -> send(user, NotificationChannel.NOTIFICATION_CHANNEL_PUSH));
    assertError(
        "notification.send.no-destination",
        e,
        Status.Code.FAILED_PRECONDITION,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_NO_DESTINATION);
    assertThat(metadata(e, "channel"))
        .as("[notification.send.no-destination] metadata channel")
        .isEqualTo("NOTIFICATION_CHANNEL_PUSH");
  }

  // ------------------------------------------------------------------ preferences

  @Test
  @DisplayName("A user who never changed them gets the documented default preferences")
  void defaultPreferences() {
    TckUser user = target().newUser();
    NotificationPreferences p =
        as(user)
            .getNotificationPreferences(
                GetNotificationPreferencesRequest.newBuilder().setUserId(user.userId()).build())
            .getPreferences();
    Set<NotificationChannel> enabled = new HashSet<>();
    for (ChannelPreference c : p.getChannelsList()) {
      if (c.getEnabled()) {
        enabled.add(c.getChannel());
      }
    }
    assertThat(enabled)
        .as("[notification.preferences.defaults] EMAIL, PUSH and IN_APP on, SMS off")
        .containsExactlyInAnyOrder(
            NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
            NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
            NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    for (CategoryPreference c : p.getCategoriesList()) {
      if (c.getCategory() == NotificationCategory.NOTIFICATION_CATEGORY_MARKETING) {
        assertThat(c.getChannelsList())
            .as("[notification.preferences.defaults] MARKETING on none")
            .isEmpty();
      }
    }
    assertThat(p.hasUpdateTime())
        .as("[notification.preferences.defaults] no update_time for defaults")
        .isFalse();
  }

  @Test
  @DisplayName(
      "A user who opts out of a category on a channel gets that channel's notifications SUPPRESSED")
  void optOutSuppresses() {
    TckUser user = target().newUser();
    updatePrefs(
        user,
        NotificationPreferences.newBuilder()
            .addCategories(
                category(
                    NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION,
                    NotificationChannel.NOTIFICATION_CHANNEL_IN_APP))
            .build(),
        "categories");
    assertThat(send(user, NotificationChannel.NOTIFICATION_CHANNEL_EMAIL).getState())
        .as("[notification.preferences.opt-out] an opted-out channel is SUPPRESSED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_SUPPRESSED);
    assertThat(send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP).getState())
        .as("[notification.preferences.opt-out] the channel still opted in is QUEUED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_QUEUED);
  }

  @Test
  @DisplayName("A disabled channel suppresses optional categories but not mandatory SECURITY email")
  void disabledChannel() {
    TckUser user = target().newUser();
    updatePrefs(
        user,
        NotificationPreferences.newBuilder()
            .addChannels(
                ChannelPreference.newBuilder()
                    .setChannel(NotificationChannel.NOTIFICATION_CHANNEL_EMAIL)
                    .setEnabled(false))
            .build(),
        "channels");
    assertThat(send(user, NotificationChannel.NOTIFICATION_CHANNEL_EMAIL).getState())
        .as("[notification.preferences.channel-off] optional category SUPPRESSED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_SUPPRESSED);
    assertThat(
            service()
                .sendNotification(
                    request(
                            user,
                            NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
                            "security.account_restricted",
                            NotificationCategory.NOTIFICATION_CATEGORY_SECURITY)
                        .build())
                .getNotification()
                .getState())
        .as("[notification.preferences.mandatory-delivered] SECURITY email ignores the opt-out")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_QUEUED);
  }

  @Test
  @DisplayName("Opting out of a mandatory category or into an operator-only one is refused")
  void preferenceRules() {
    TckUser user = target().newUser();
    StatusRuntimeException mandatory =
        fails(
            "notification.preferences.mandatory",
            () ->
                updatePrefs(
                    user,
                    NotificationPreferences.newBuilder()
                        .addCategories(
                            category(
                                NotificationCategory.NOTIFICATION_CATEGORY_SECURITY,
                                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP))
                        .build(),
                    "categories"));
    assertError(
        "notification.preferences.mandatory",
        mandatory,
        Status.Code.INVALID_ARGUMENT,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_CATEGORY_NOT_OPTIONAL);
    assertThat(metadata(mandatory, "channel"))
        .as("[notification.preferences.mandatory] metadata channel")
        .isEqualTo("NOTIFICATION_CHANNEL_EMAIL");
    assertError(
        "notification.preferences.operator-only",
        fails(
            "notification.preferences.operator-only",
            () ->
                updatePrefs(
                    user,
                    NotificationPreferences.newBuilder()
                        .addCategories(
                            category(
                                NotificationCategory.NOTIFICATION_CATEGORY_REPORT,
                                NotificationChannel.NOTIFICATION_CHANNEL_EMAIL))
                        .build(),
                    "categories")),
        Status.Code.PERMISSION_DENIED,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_CATEGORY_NOT_AVAILABLE);
  }

  @Test
  @DisplayName(
      "An update with a stale etag is PREFERENCES_ETAG_MISMATCH; update_mask limits what changes")
  void etagAndMask() {
    TckUser user = target().newUser();
    NotificationPreferences before =
        as(user)
            .getNotificationPreferences(
                GetNotificationPreferencesRequest.newBuilder().setUserId(user.userId()).build())
            .getPreferences();
    updatePrefs(
        user,
        NotificationPreferences.newBuilder()
            .setLanguageCode("de")
            .addChannels(
                ChannelPreference.newBuilder()
                    .setChannel(NotificationChannel.NOTIFICATION_CHANNEL_SMS)
                    .setEnabled(true))
            .build(),
        "language_code");
    NotificationPreferences after =
        as(user)
            .getNotificationPreferences(
                GetNotificationPreferencesRequest.newBuilder().setUserId(user.userId()).build())
            .getPreferences();
    assertThat(after.getLanguageCode())
        .as("[notification.preferences.update-mask] masked field written")
        .isEqualTo("de");
    assertThat(after.getChannelsList())
        .as("[notification.preferences.update-mask] unmasked channels unchanged")
        .containsExactlyInAnyOrderElementsOf(before.getChannelsList());
    assertThat(after.getEtag())
        .as("[notification.preferences.etag] a new etag")
        .isNotEqualTo(before.getEtag());
    StatusRuntimeException e =
        fails(
            "notification.preferences.etag",
            () ->
                updatePrefs(
                    user,
                    NotificationPreferences.newBuilder()
                        .setLanguageCode("fr")
                        .setEtag(before.getEtag())
                        .build(),
                    "language_code"));
    assertError(
        "notification.preferences.etag",
        e,
        Status.Code.ABORTED,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_PREFERENCES_ETAG_MISMATCH);
    assertThat(metadata(e, "currentEtag"))
        .as("[notification.preferences.etag] metadata currentEtag")
        .isEqualTo(after.getEtag());
  }

  // ------------------------------------------------------------------ lists and reading

  @Test
  @DisplayName("ListNotifications pages newest first without gaps or duplicates")
  void listPages() {
    TckUser user = target().newUser();
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sent.add(send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP).getNotificationId());
    }
    ListNotificationsRequest.Builder r =
        ListNotificationsRequest.newBuilder()
            .setUserId(user.userId())
            .setPageSize(2)
            .addChannels(NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    List<Notification> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      ListNotificationsResponse page = as(user).listNotifications(r.setPageToken(token).build());
      assertThat(page.getNotificationsCount())
          .as("[notification.list.page-size] at most page_size")
          .isLessThanOrEqualTo(2);
      seen.addAll(page.getNotificationsList());
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty() && pages < 10);
    assertThat(seen)
        .extracting(Notification::getNotificationId)
        .as("[notification.list.paging] every notification exactly once")
        .containsExactlyInAnyOrderElementsOf(sent);
    for (int i = 1; i < seen.size(); i++) {
      Timestamp a = seen.get(i - 1).getCreateTime();
      Timestamp b = seen.get(i).getCreateTime();
      assertThat(
              a.getSeconds() > b.getSeconds()
                  || (a.getSeconds() == b.getSeconds() && a.getNanos() >= b.getNanos()))
          .as("[notification.list.newest-first] ordered by create_time descending")
          .isTrue();
    }
  }

  @Test
  @DisplayName("A page token used with other filters is INVALID_PAGE_TOKEN")
  void pageTokenFilters() {
    TckUser user = target().newUser();
    for (int i = 0; i < 3; i++) {
      send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    }
    String token =
        as(user)
            .listNotifications(
                ListNotificationsRequest.newBuilder()
                    .setUserId(user.userId())
                    .setPageSize(1)
                    .build())
            .getNextPageToken();
    assertThat(token).as("[notification.list.page-token] a next page exists").isNotEmpty();
    assertError(
        "notification.list.page-token",
        fails(
            "notification.list.page-token",
            () ->
                as(user)
                    .listNotifications(
                        ListNotificationsRequest.newBuilder()
                            .setUserId(user.userId())
                            .setPageSize(1)
                            .setPageToken(token)
                            .addChannels(NotificationChannel.NOTIFICATION_CHANNEL_EMAIL)
                            .build())),
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN);
  }

  @Test
  @DisplayName("MarkNotificationsRead moves delivered ones to READ once and skips the others")
  void markRead() {
    TckUser user = target().newUser();
    Notification n = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    delivered("notification.mark-read", n.getNotificationId());
    int unreadBefore =
        as(user)
            .listNotifications(
                ListNotificationsRequest.newBuilder().setUserId(user.userId()).build())
            .getUnreadCount();
    assertThat(unreadBefore)
        .as("[notification.list.unread-count] the delivered IN_APP one is unread")
        .isEqualTo(1);
    String unknown = "tck-" + UUID.randomUUID();
    MarkNotificationsReadResponse r = markAsRead(user, n.getNotificationId(), unknown);
    assertThat(r.getMarkedCount()).as("[notification.mark-read] one marked").isEqualTo(1);
    assertThat(r.getSkippedNotificationIdsList())
        .as("[notification.mark-read] unknown ids skipped")
        .containsExactly(unknown);
    assertThat(r.getUnreadCount()).as("[notification.mark-read] unread_count after").isZero();
    Notification read = get(n.getNotificationId());
    assertThat(read.getState())
        .as("[notification.mark-read] READ")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_READ);
    MarkNotificationsReadResponse again = markAsRead(user, n.getNotificationId());
    assertThat(again.getMarkedCount())
        .as("[notification.mark-read.idempotent] nothing marked again")
        .isZero();
    assertThat(get(n.getNotificationId()).getReadTime())
        .as("[notification.mark-read.idempotent] the first read_time stays")
        .isEqualTo(read.getReadTime());
  }

  /** MarkNotificationsRead of the given ids as the user, with a new key. */
  private MarkNotificationsReadResponse markAsRead(TckUser user, String... notificationIds) {
    return as(user)
        .markNotificationsRead(
            MarkNotificationsReadRequest.newBuilder()
                .setUserId(user.userId())
                .addAllNotificationIds(List.of(notificationIds))
                .setIdempotencyKey(key())
                .build());
  }

  @Test
  @DisplayName(
      "Mark-all-as-read with before_time reads the delivered ones and skips SUPPRESSED ones")
  void markAllBefore() {
    TckUser user = target().newUser();
    Notification a = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    Notification b = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    delivered("notification.mark-read.before-time", a.getNotificationId());
    delivered("notification.mark-read.before-time", b.getNotificationId());
    updatePrefs(
        user,
        NotificationPreferences.newBuilder()
            .addCategories(
                category(
                    NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION,
                    NotificationChannel.NOTIFICATION_CHANNEL_IN_APP))
            .build(),
        "categories");
    Notification suppressed = send(user, NotificationChannel.NOTIFICATION_CHANNEL_EMAIL);
    assertThat(suppressed.getState())
        .as("[notification.preferences.opt-out] SUPPRESSED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_SUPPRESSED);
    MarkNotificationsReadResponse listed = markAsRead(user, suppressed.getNotificationId());
    assertThat(listed.getSkippedNotificationIdsList())
        .as("[notification.mark-read.skips-unreadable] a SUPPRESSED one is skipped")
        .containsExactly(suppressed.getNotificationId());
    Timestamp after =
        Timestamp.newBuilder()
            .setSeconds(
                Math.max(b.getCreateTime().getSeconds(), suppressed.getCreateTime().getSeconds())
                    + 1)
            .build();
    MarkNotificationsReadResponse all =
        as(user)
            .markNotificationsRead(
                MarkNotificationsReadRequest.newBuilder()
                    .setUserId(user.userId())
                    .setBeforeTime(after)
                    .setIdempotencyKey(key())
                    .build());
    assertThat(all.getMarkedCount())
        .as("[notification.mark-read.before-time] the delivered notifications are marked")
        .isGreaterThanOrEqualTo(2);
    assertThat(
            List.of(get(a.getNotificationId()).getState(), get(b.getNotificationId()).getState()))
        .as("[notification.mark-read.before-time] both are READ")
        .containsOnly(NotificationState.NOTIFICATION_STATE_READ);
    assertThat(get(suppressed.getNotificationId()).getState())
        .as("[notification.mark-read.skips-unreadable] SUPPRESSED stays SUPPRESSED")
        .isEqualTo(NotificationState.NOTIFICATION_STATE_SUPPRESSED);
    assertThat(all.getUnreadCount())
        .as("[notification.mark-read.before-time] unread_count")
        .isZero();
  }

  @Test
  @DisplayName("Access: a user may not send, nor read another user's notifications")
  void access() {
    TckUser user = target().newUser();
    TckUser other = target().newUser();
    Notification theirs = send(other, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    assertError(
        "notification.access.send",
        fails(
            "notification.access.send",
            () ->
                as(user)
                    .sendNotification(
                        request(
                                user,
                                NotificationChannel.NOTIFICATION_CHANNEL_IN_APP,
                                DEPOSIT,
                                NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION)
                            .build())),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
    assertError(
        "notification.access.list",
        fails(
            "notification.access.list",
            () ->
                as(user)
                    .listNotifications(
                        ListNotificationsRequest.newBuilder().setUserId(other.userId()).build())),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
    assertError(
        "notification.access.get",
        fails(
            "notification.access.get",
            () ->
                as(user)
                    .getNotification(
                        GetNotificationRequest.newBuilder()
                            .setNotificationId(theirs.getNotificationId())
                            .build())),
        Status.Code.NOT_FOUND,
        NotificationErrorReason.NOTIFICATION_ERROR_REASON_NOTIFICATION_NOT_FOUND);
  }

  // ------------------------------------------------------------------ StreamNotifications

  @Test
  @DisplayName("StreamNotifications sends new notifications live and their state changes")
  void streamLive() throws InterruptedException {
    TckUser user = target().newUser();
    try (Feed feed = new Feed(user, "").established("notification.stream.live")) {
      Notification n = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
      StreamNotificationsResponse created =
          feed.until("notification.stream.live", n.getNotificationId(), true);
      assertThat(created.getCursor())
          .as("[notification.stream.cursor] every item has a cursor")
          .isNotEmpty();
      delivered("notification.stream.live", n.getNotificationId());
      markAsRead(user, n.getNotificationId());
      StreamNotificationsResponse read;
      do {
        read = feed.until("notification.stream.updates", n.getNotificationId(), false);
      } while (read.getNotificationUpdated().getState()
          != NotificationState.NOTIFICATION_STATE_READ);
      assertThat(read.getNotificationUpdated().getState())
          .as("[notification.stream.updates] READ is pushed to the feed")
          .isEqualTo(NotificationState.NOTIFICATION_STATE_READ);
    }
  }

  @Test
  @DisplayName("A stream resumed from a cursor replays what came after it")
  void streamResume() throws InterruptedException {
    TckUser user = target().newUser();
    String cursor;
    Notification first;
    try (Feed feed = new Feed(user, "").established("notification.stream.resume")) {
      first = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
      cursor =
          feed.until("notification.stream.resume", first.getNotificationId(), true).getCursor();
    }
    Notification second = send(user, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
    try (Feed resumed = new Feed(user, cursor)) {
      StreamNotificationsResponse replayed =
          resumed.until("notification.stream.resume", second.getNotificationId(), true);
      assertThat(replayed.getNotificationCreated().getNotificationId())
          .as("[notification.stream.resume] the item after the cursor is replayed")
          .isEqualTo(second.getNotificationId());
    }
  }

  @Test
  @DisplayName("A malformed resume cursor or another user's is STREAM_CURSOR_INVALID")
  void streamCursorInvalid() throws InterruptedException {
    TckUser user = target().newUser();
    TckUser other = target().newUser();
    String othersCursor;
    try (Feed feed = new Feed(other, "").established("notification.stream.cursor-invalid")) {
      Notification n = send(other, NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
      othersCursor =
          feed.until("notification.stream.cursor-invalid", n.getNotificationId(), true).getCursor();
    }
    for (String bad : List.of("not-a-cursor!", othersCursor)) {
      try (Feed feed = new Feed(user, bad)) {
        Object o = feed.next("notification.stream.cursor-invalid");
        assertThat(o)
            .as("[notification.stream.cursor-invalid] the stream fails")
            .isInstanceOf(StatusRuntimeException.class);
        assertError(
            "notification.stream.cursor-invalid",
            (StatusRuntimeException) o,
            Status.Code.INVALID_ARGUMENT,
            NotificationErrorReason.NOTIFICATION_ERROR_REASON_STREAM_CURSOR_INVALID);
      }
    }
  }
}
