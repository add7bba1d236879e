package com.tam.protos.testkit.notification;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.notification.v1.CategoryPreference;
import com.tam.protos.notification.v1.ChannelPreference;
import com.tam.protos.notification.v1.GetNotificationPreferencesRequest;
import com.tam.protos.notification.v1.GetNotificationPreferencesResponse;
import com.tam.protos.notification.v1.GetNotificationRequest;
import com.tam.protos.notification.v1.GetNotificationResponse;
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
import com.tam.protos.notification.v1.QuietHours;
import com.tam.protos.notification.v1.SendNotificationRequest;
import com.tam.protos.notification.v1.SendNotificationResponse;
import com.tam.protos.notification.v1.StreamHeartbeat;
import com.tam.protos.notification.v1.StreamNotificationsRequest;
import com.tam.protos.notification.v1.StreamNotificationsResponse;
import com.tam.protos.notification.v1.StreamResyncRequired;
import com.tam.protos.notification.v1.UpdateNotificationPreferencesRequest;
import com.tam.protos.notification.v1.UpdateNotificationPreferencesResponse;
import com.tam.protos.order.v1.BetResettledEvent;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.order.v1.OrderCompensatedEvent;
import com.tam.protos.order.v1.OrderCompletedEvent;
import com.tam.protos.order.v1.OrderFailedEvent;
import com.tam.protos.order.v1.OrderResolvedEvent;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.reporting.v1.ReportFailedEvent;
import com.tam.protos.reporting.v1.ReportGeneratedEvent;
import com.tam.protos.risk.v1.ResponsibleGamblingChangedEvent;
import com.tam.protos.risk.v1.RiskAlertAction;
import com.tam.protos.risk.v1.RiskAlertRaisedEvent;
import com.tam.protos.risk.v1.RiskAlertSeverity;
import com.tam.protos.risk.v1.RiskTier;
import com.tam.protos.risk.v1.RiskTierChangedEvent;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.ConsumerOrdering;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.GetUserRequest;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserDisabledEvent;
import com.tam.protos.user.v1.UserEnabledEvent;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.wallet.v1.PaymentKind;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.PaymentUpdatedEvent;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.WalletFrozenEvent;
import com.tam.protos.wallet.v1.WalletUnfrozenEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The reference notification-service ({@code notification.v1.NotificationService}), in memory:
 * templates rendered into notifications on four channels, preferences with mandatory categories and
 * quiet hours, delivery through in-memory outboxes (EMAIL, SMS, PUSH; IN_APP is the feed), the
 * delivery state machine, paginated lists, a resumable per-user feed for StreamNotifications with
 * heartbeats, mark-as-read, and event-driven notifications from every subject the contract lists,
 * each keyed {@code <event_id>:<channel>} so that a redelivered event never notifies twice.
 *
 * <p>Time comes from the injected clock: due work (deferred notifications at the end of quiet
 * hours, heartbeats, streams older than one hour) runs at every RPC and event, and on {@link
 * #runDue()}. Recipients are the users seen in {@code tam.user.v1.user.registered} or found with
 * {@code UserService.GetUser} on the platform. SMS and PUSH need an address, given with {@link
 * #registerPhone} and {@link #registerDevice} (the contracts have no RPC for them).
 */
public class ReferenceNotificationService
    extends NotificationServiceGrpc.NotificationServiceImplBase {
  static final String DOMAIN = RpcErrors.domain("notification");
  private static final String SVC = "notification.v1.NotificationService/";
  private static final String CONSUMER = "notification-service";
  private static final Duration RETENTION = Duration.ofDays(90);
  private static final Duration FEED_RETENTION = Duration.ofHours(24);
  private static final int FEED_MAX = 1000;
  private static final Duration STREAM_MAX_AGE = Duration.ofHours(1);
  private static final List<NotificationChannel> CHANNELS =
      List.of(
          NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
          NotificationChannel.NOTIFICATION_CHANNEL_SMS,
          NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
          NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
  private static final List<NotificationCategory> CATEGORIES =
      List.of(
          NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT,
          NotificationCategory.NOTIFICATION_CATEGORY_SECURITY,
          NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION,
          NotificationCategory.NOTIFICATION_CATEGORY_BET,
          NotificationCategory.NOTIFICATION_CATEGORY_REPORT,
          NotificationCategory.NOTIFICATION_CATEGORY_MARKETING,
          NotificationCategory.NOTIFICATION_CATEGORY_OPERATIONS);

  /**
   * A message handed to a channel's provider.
   *
   * @param notificationId the notification
   * @param userId the recipient
   * @param destination the email address, phone number or device token
   * @param title the rendered title
   * @param body the rendered body
   */
  public record OutboxMessage(
      String notificationId, String userId, String destination, String title, String body) {}

  private record Recipient(String userId, String email, List<String> roles) {}

  private record FeedItem(
      long seq, Instant time, StreamNotificationsResponse item, NotificationChannel channel) {}

  private static final class Stream {
    final String userId;
    final ServerCallStreamObserver<StreamNotificationsResponse> out;
    final Set<NotificationChannel> channels;
    final Duration heartbeat;
    final Instant start;
    Instant lastSent;
    String lastCursor;

    Stream(
        String userId,
        ServerCallStreamObserver<StreamNotificationsResponse> out,
        Set<NotificationChannel> channels,
        Duration heartbeat,
        Instant start,
        String lastCursor) {
      this.userId = userId;
      this.out = out;
      this.channels = channels;
      this.heartbeat = heartbeat;
      this.start = start;
      this.lastSent = start;
      this.lastCursor = lastCursor;
    }
  }

  static final class Prefs {
    final Map<NotificationChannel, Boolean> channels = new EnumMap<>(NotificationChannel.class);
    final Map<NotificationCategory, List<NotificationChannel>> categories =
        new EnumMap<>(NotificationCategory.class);
    QuietHours quietHours;
    String language = "";
    Instant updateTime;
    long version;
  }

  private final ServiceContext ctx;
  private final IdempotencyStore idempotency = new IdempotencyStore(DOMAIN);
  private final ConsumerOrdering ordering = new ConsumerOrdering(CONSUMER);
  private final Object lock = new Object();
  private final Map<String, Recipient> directory = new HashMap<>();
  private final Map<String, Notification.Builder> notifications = new LinkedHashMap<>();
  private final Map<String, List<String>> byUser = new HashMap<>();
  private final Map<String, Prefs> preferences = new HashMap<>();
  private final Map<String, List<FeedItem>> feeds = new HashMap<>();
  private final Map<String, Long> feedSeq = new HashMap<>();
  private final List<Stream> streams = new ArrayList<>();
  private final Map<String, String> phones = new HashMap<>();
  private final Map<String, String> devices = new HashMap<>();
  private final Map<NotificationChannel, List<OutboxMessage>> outboxes =
      new EnumMap<>(NotificationChannel.class);
  private final Map<NotificationChannel, ProviderFailure> failingChannels =
      new EnumMap<>(NotificationChannel.class);

  private record ProviderFailure(String reason, boolean permanent) {}

  /** Delivery attempts before a notification with transient failures ends FAILED. */
  static final int MAX_ATTEMPTS = 5;

  /** The first retry's delay; each further retry waits twice as long. */
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  /**
   * A notification-service that subscribes to its consumed subjects on {@code ctx.events()}.
   *
   * @param ctx the platform context
   */
  public ReferenceNotificationService(ServiceContext ctx) {
    this.ctx = ctx;
    subscribe(UserRegisteredEvent.getDefaultInstance(), this::onUserRegistered);
    subscribe(
        UserDisabledEvent.getDefaultInstance(), e -> account(e, e.getUser(), "user.disabled"));
    subscribe(UserEnabledEvent.getDefaultInstance(), e -> account(e, e.getUser(), "user.enabled"));
    subscribe(TransactionRecordedEvent.getDefaultInstance(), this::onTransaction);
    subscribe(PaymentUpdatedEvent.getDefaultInstance(), this::onPayment);
    subscribe(
        WalletFrozenEvent.getDefaultInstance(),
        e ->
            notify(
                e,
                e.getUserId(),
                "wallet.frozen",
                NotificationCategory.NOTIFICATION_CATEGORY_SECURITY,
                Map.of()));
    subscribe(
        WalletUnfrozenEvent.getDefaultInstance(),
        e ->
            notify(
                e,
                e.getUserId(),
                "wallet.unfrozen",
                NotificationCategory.NOTIFICATION_CATEGORY_SECURITY,
                Map.of()));
    subscribe(BetSettledEvent.getDefaultInstance(), this::onBetSettled);
    subscribe(
        BetResettledEvent.getDefaultInstance(),
        e ->
            notify(
                e,
                e.getSettlement().getUserId(),
                "bet.resettled",
                NotificationCategory.NOTIFICATION_CATEGORY_BET,
                Map.of("betId", e.getSettlement().getBetId())));
    subscribe(
        OrderCompletedEvent.getDefaultInstance(), e -> order(e, e.getOrder(), "bet.accepted"));
    subscribe(
        OrderCompensatedEvent.getDefaultInstance(), e -> order(e, e.getOrder(), "bet.failed"));
    subscribe(
        OrderFailedEvent.getDefaultInstance(), e -> order(e, e.getOrder(), "bet.under_review"));
    subscribe(OrderResolvedEvent.getDefaultInstance(), e -> order(e, e.getOrder(), "bet.resolved"));
    subscribe(RiskAlertRaisedEvent.getDefaultInstance(), this::onRiskAlert);
    subscribe(RiskTierChangedEvent.getDefaultInstance(), this::onTierChanged);
    subscribe(
        ResponsibleGamblingChangedEvent.getDefaultInstance(),
        e ->
            notify(
                e,
                e.getUserId(),
                "account.responsible_gambling_changed",
                NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT,
                Map.of()));
    subscribe(
        ReportGeneratedEvent.getDefaultInstance(),
        e ->
            operators(
                e,
                "report.ready",
                NotificationCategory.NOTIFICATION_CATEGORY_REPORT,
                Map.of("reportId", e.getReport().getReportId())));
    subscribe(
        ReportFailedEvent.getDefaultInstance(),
        e ->
            operators(
                e,
                "report.failed",
                NotificationCategory.NOTIFICATION_CATEGORY_OPERATIONS,
                Map.of("reportId", e.getReport().getReportId())));
  }

  private <T extends Message> void subscribe(T prototype, java.util.function.Consumer<T> handler) {
    ctx.events()
        .subscribe(
            CONSUMER,
            prototype,
            e -> {
              ordering.deliver(e, handler);
              runDue();
            });
  }

  // ---------------------------------------------------------------- hooks and inspection

  /**
   * Registers a verified phone number, the SMS destination (the contracts have no RPC for it).
   *
   * @param userId the user
   * @param phone the number, for example {@code +491701234567}
   */
  public void registerPhone(String userId, String phone) {
    synchronized (lock) {
      phones.put(userId, phone);
    }
  }

  /**
   * Registers a device token, the PUSH destination (the contracts have no RPC for it).
   *
   * @param userId the user
   * @param deviceToken the APNs/FCM token
   */
  public void registerDevice(String userId, String deviceToken) {
    synchronized (lock) {
      devices.put(userId, deviceToken);
    }
  }

  /**
   * Makes a channel's provider refuse every message from now on (delivery fails permanently), or
   * accept them again.
   *
   * @param channel EMAIL, SMS or PUSH
   * @param reason the failure reason, or null to heal the channel
   */
  public void failChannel(NotificationChannel channel, String reason) {
    synchronized (lock) {
      if (reason == null) {
        failingChannels.remove(channel);
      } else {
        failingChannels.put(channel, new ProviderFailure(reason, true));
      }
    }
  }

  /**
   * Makes a channel's provider fail transiently from now on (until {@code failChannel(channel,
   * null)}): each attempt is retried with exponential backoff from 30 s, and the notification ends
   * FAILED after {@value #MAX_ATTEMPTS} attempts.
   *
   * @param channel EMAIL, SMS or PUSH
   * @param reason the failure reason
   */
  public void failChannelTransiently(NotificationChannel channel, String reason) {
    synchronized (lock) {
      failingChannels.put(channel, new ProviderFailure(reason, false));
    }
  }

  /**
   * What was handed to a channel's provider, in order (EMAIL, SMS or PUSH).
   *
   * @param channel the channel
   * @return a snapshot copy
   */
  public List<OutboxMessage> outbox(NotificationChannel channel) {
    synchronized (lock) {
      return List.copyOf(outboxes.getOrDefault(channel, List.of()));
    }
  }

  /**
   * Every notification of a user, oldest first (inspection).
   *
   * @param userId the user
   * @return the notifications in their current state
   */
  public List<Notification> notifications(String userId) {
    synchronized (lock) {
      return byUser.getOrDefault(userId, List.of()).stream()
          .map(id -> notifications.get(id).build())
          .toList();
    }
  }

  /**
   * How many StreamNotifications calls are open (inspection).
   *
   * @return the count
   */
  public int openStreams() {
    synchronized (lock) {
      return streams.size();
    }
  }

  /**
   * Runs the work that is due on the clock: delivers deferred notifications whose quiet hours
   * ended, sends heartbeats on silent streams and ends streams older than one hour.
   */
  public void runDue() {
    synchronized (lock) {
      Instant now = now();
      for (Notification.Builder n : new ArrayList<>(notifications.values())) {
        if (n.getState() == NotificationState.NOTIFICATION_STATE_QUEUED
            && (!n.hasScheduleTime() || !now.isBefore(instant(n.getScheduleTime())))) {
          deliver(n, now);
        }
      }
      for (Stream s : new ArrayList<>(streams)) {
        if (!now.isBefore(s.start.plus(STREAM_MAX_AGE))) {
          streams.remove(s);
          s.out.onError(
              Status.UNAVAILABLE
                  .withDescription("stream ended after one hour; reconnect")
                  .asRuntimeException());
        } else if (!now.isBefore(s.lastSent.plus(s.heartbeat))) {
          send(
              s,
              StreamNotificationsResponse.newBuilder()
                  .setCursor(s.lastCursor)
                  .setHeartbeat(StreamHeartbeat.newBuilder().setServerTime(ts(now)))
                  .build(),
              now);
        }
      }
    }
  }

  // ---------------------------------------------------------------- SendNotification

  @Override
  public void sendNotification(
      SendNotificationRequest request, StreamObserver<SendNotificationResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = AuthenticatedSession.current();
          if (!caller.hasRole("service") && !caller.hasRole("operator")) {
            throw permissionDenied(request.getUserId());
          }
          return send(request);
        });
  }

  private SendNotificationResponse send(SendNotificationRequest request) {
    boolean[] created = {false};
    SendNotificationResponse stored =
        idempotency.execute(
            SVC + "SendNotification",
            request.getUserId(),
            request.getIdempotencyKey(),
            request,
            () -> {
              created[0] = true;
              return create(request);
            });
    runDue();
    if (created[0]) {
      return stored;
    }
    synchronized (lock) {
      Notification.Builder current =
          notifications.get(stored.getNotification().getNotificationId());
      return SendNotificationResponse.newBuilder().setNotification(current.build()).build();
    }
  }

  private SendNotificationResponse create(SendNotificationRequest r) {
    Recipient recipient = recipient(r.getUserId());
    Templates.Template template =
        Templates.find(r.getTemplateId())
            .orElseThrow(
                () ->
                    error(
                            Status.Code.NOT_FOUND,
                            NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_NOT_FOUND)
                        .message("no template " + r.getTemplateId())
                        .putMetadata("templateId", r.getTemplateId())
                        .asException());
    if (!template.channels().contains(r.getChannel())) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_CHANNEL_UNSUPPORTED)
          .message("template " + r.getTemplateId() + " has no " + r.getChannel() + " variant")
          .putMetadata("templateId", r.getTemplateId())
          .putMetadata("channel", r.getChannel().name())
          .asException();
    }
    for (String p : template.parameters()) {
      if (!r.getParametersMap().containsKey(p)) {
        throw error(
                Status.Code.INVALID_ARGUMENT,
                NotificationErrorReason.NOTIFICATION_ERROR_REASON_TEMPLATE_PARAMETER_MISSING)
            .message("template " + r.getTemplateId() + " needs the parameter " + p)
            .putMetadata("parameter", p)
            .asException();
      }
    }
    synchronized (lock) {
      Instant now = now();
      Prefs prefs = prefs(recipient);
      boolean delivered = allowedByPreferences(prefs, r.getChannel(), r.getCategory());
      String destination = destination(recipient, r.getChannel());
      if (delivered && destination == null) {
        throw error(
                Status.Code.FAILED_PRECONDITION,
                NotificationErrorReason.NOTIFICATION_ERROR_REASON_NO_DESTINATION)
            .message("the user has no address for " + r.getChannel())
            .putMetadata("channel", r.getChannel().name())
            .asException();
      }
      Notification.Builder n =
          Notification.newBuilder()
              .setNotificationId(ctx.ids().uuid())
              .setUserId(r.getUserId())
              .setChannel(r.getChannel())
              .setCategory(r.getCategory())
              .setTemplateId(r.getTemplateId())
              .putAllParameters(r.getParametersMap())
              .setTitle(Templates.Template.render(template.title(), r.getParametersMap()))
              .setBody(Templates.Template.render(template.body(), r.getParametersMap()))
              .setState(
                  delivered
                      ? NotificationState.NOTIFICATION_STATE_QUEUED
                      : NotificationState.NOTIFICATION_STATE_SUPPRESSED)
              .setSourceEventId(r.getSourceEventId())
              .setCreateTime(ts(now))
              .setUpdateTime(ts(now));
      if (delivered) {
        quietUntil(prefs, r.getChannel(), r.getCategory(), now)
            .ifPresent(t -> n.setScheduleTime(ts(t)));
      }
      notifications.put(n.getNotificationId(), n);
      byUser.computeIfAbsent(r.getUserId(), k -> new ArrayList<>()).add(n.getNotificationId());
      Notification created = n.build();
      feed(
          r.getUserId(),
          StreamNotificationsResponse.newBuilder().setNotificationCreated(created),
          created.getChannel(),
          now);
      return SendNotificationResponse.newBuilder().setNotification(created).build();
    }
  }

  /** Whether marking a READ notification again leaves it alone (broken variants say no). */
  boolean markingIsIdempotent() {
    return true;
  }

  /** Whether preferences let a notification through (broken variants override it). */
  boolean allowedByPreferences(
      Prefs prefs, NotificationChannel channel, NotificationCategory category) {
    if (mandatory(category, channel)) {
      return true;
    }
    return prefs.channels.getOrDefault(channel, false)
        && prefs.categories.getOrDefault(category, List.of()).contains(channel);
  }

  private static boolean mandatory(NotificationCategory category, NotificationChannel channel) {
    return (category == NotificationCategory.NOTIFICATION_CATEGORY_SECURITY
            || category == NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT)
        && (channel == NotificationChannel.NOTIFICATION_CHANNEL_EMAIL
            || channel == NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
  }

  private String destination(Recipient recipient, NotificationChannel channel) {
    return switch (channel) {
      case NOTIFICATION_CHANNEL_EMAIL -> recipient.email().isEmpty() ? null : recipient.email();
      case NOTIFICATION_CHANNEL_SMS -> phones.get(recipient.userId());
      case NOTIFICATION_CHANNEL_PUSH -> devices.get(recipient.userId());
      default -> "feed";
    };
  }

  /** When a PUSH or SMS notification created now must wait for the end of quiet hours. */
  private static Optional<Instant> quietUntil(
      Prefs prefs, NotificationChannel channel, NotificationCategory category, Instant now) {
    if (prefs.quietHours == null
        || category == NotificationCategory.NOTIFICATION_CATEGORY_SECURITY
        || (channel != NotificationChannel.NOTIFICATION_CHANNEL_PUSH
            && channel != NotificationChannel.NOTIFICATION_CHANNEL_SMS)) {
      return Optional.empty();
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(prefs.quietHours.getTimeZone());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    LocalTime start = LocalTime.parse(prefs.quietHours.getStartLocalTime());
    LocalTime end = LocalTime.parse(prefs.quietHours.getEndLocalTime());
    ZonedDateTime local = now.atZone(zone);
    LocalTime t = local.toLocalTime();
    boolean inside =
        start.isBefore(end)
            ? !t.isBefore(start) && t.isBefore(end)
            : !t.isBefore(start) || t.isBefore(end);
    if (!inside) {
      return Optional.empty();
    }
    LocalDate day = local.toLocalDate();
    ZonedDateTime endAt = ZonedDateTime.of(day, end, zone);
    if (!endAt.isAfter(local)) {
      endAt = ZonedDateTime.of(day.plusDays(1), end, zone);
    }
    return Optional.of(endAt.toInstant());
  }

  private void deliver(Notification.Builder n, Instant now) {
    NotificationChannel channel = n.getChannel();
    n.setAttemptCount(n.getAttemptCount() + 1).clearScheduleTime();
    if (channel == NotificationChannel.NOTIFICATION_CHANNEL_IN_APP) {
      n.setState(NotificationState.NOTIFICATION_STATE_DELIVERED)
          .setDeliverTime(ts(now))
          .setUpdateTime(ts(now));
      updated(n, now);
      return;
    }
    ProviderFailure failure = failingChannels.get(channel);
    Recipient recipient = directory.get(n.getUserId());
    String destination = recipient == null ? null : destination(recipient, channel);
    if (failure != null && !failure.permanent() && n.getAttemptCount() < MAX_ATTEMPTS) {
      n.setScheduleTime(ts(now.plus(FIRST_RETRY.multipliedBy(1L << (n.getAttemptCount() - 1)))));
      return;
    }
    if (failure != null || destination == null) {
      n.setState(NotificationState.NOTIFICATION_STATE_FAILED)
          .setFailureReason(
              failure == null
                  ? "no destination for " + channel
                  : failure.permanent()
                      ? failure.reason()
                      : "retries exhausted: " + failure.reason())
          .setUpdateTime(ts(now));
      updated(n, now);
      return;
    }
    outboxes
        .computeIfAbsent(channel, c -> new ArrayList<>())
        .add(
            new OutboxMessage(
                n.getNotificationId(), n.getUserId(), destination, n.getTitle(), n.getBody()));
    n.setState(NotificationState.NOTIFICATION_STATE_SENT)
        .setSendTime(ts(now))
        .setUpdateTime(ts(now));
    updated(n, now);
    if (channel != NotificationChannel.NOTIFICATION_CHANNEL_EMAIL) {
      // SMS gateways and APNs/FCM return receipts; email stays SENT.
      n.setState(NotificationState.NOTIFICATION_STATE_DELIVERED)
          .setDeliverTime(ts(now))
          .setUpdateTime(ts(now));
      updated(n, now);
    }
  }

  private void updated(Notification.Builder n, Instant now) {
    Notification snapshot = n.build();
    feed(
        snapshot.getUserId(),
        StreamNotificationsResponse.newBuilder().setNotificationUpdated(snapshot),
        snapshot.getChannel(),
        now);
  }

  // ---------------------------------------------------------------- feed and streams

  private void feed(
      String userId,
      StreamNotificationsResponse.Builder item,
      NotificationChannel channel,
      Instant now) {
    long seq = feedSeq.merge(userId, 1L, Long::sum);
    String cursor = cursor(userId, seq);
    StreamNotificationsResponse built = item.setCursor(cursor).build();
    List<FeedItem> items = feeds.computeIfAbsent(userId, k -> new ArrayList<>());
    items.add(new FeedItem(seq, now, built, channel));
    items.removeIf(i -> i.time().isBefore(now.minus(FEED_RETENTION)));
    while (items.size() > FEED_MAX) {
      items.remove(0);
    }
    for (Stream s : new ArrayList<>(streams)) {
      if (s.userId.equals(userId) && (s.channels.isEmpty() || s.channels.contains(channel))) {
        send(s, built, now);
      }
    }
  }

  private void send(Stream s, StreamNotificationsResponse item, Instant now) {
    if (s.out.isCancelled()) {
      streams.remove(s);
      return;
    }
    s.out.onNext(item);
    s.lastSent = now;
    s.lastCursor = item.getCursor();
  }

  static String cursor(String userId, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c1:" + userId + ":" + seq).getBytes(StandardCharsets.UTF_8));
  }

  /** The sequence number of a cursor of this user, or -1 if it is malformed or another user's. */
  private static long cursorSeq(String cursor, String userId) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String prefix = "c1:" + userId + ":";
      if (!raw.startsWith(prefix)) {
        return -1;
      }
      long seq = Long.parseLong(raw.substring(prefix.length()));
      return seq < 0 ? -1 : seq;
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  @Override
  public void streamNotifications(
      StreamNotificationsRequest request, StreamObserver<StreamNotificationsResponse> response) {
    ServerCallStreamObserver<StreamNotificationsResponse> out =
        (ServerCallStreamObserver<StreamNotificationsResponse>) response;
    try {
      requireSelfOrStaff(request.getUserId());
      runDue();
      synchronized (lock) {
        Instant now = now();
        String userId = request.getUserId();
        long after = -1;
        if (!request.getResumeCursor().isEmpty()) {
          after = cursorSeq(request.getResumeCursor(), userId);
          if (after < 0) {
            throw error(
                    Status.Code.INVALID_ARGUMENT,
                    NotificationErrorReason.NOTIFICATION_ERROR_REASON_STREAM_CURSOR_INVALID)
                .message("resume_cursor is malformed or belongs to another user")
                .putMetadata("userId", userId)
                .asException();
          }
        }
        Set<NotificationChannel> channels =
            request.getChannelsList().isEmpty()
                ? Set.of()
                : EnumSet.copyOf(request.getChannelsList());
        Duration heartbeat =
            request.hasHeartbeatInterval()
                ? Duration.ofSeconds(
                    request.getHeartbeatInterval().getSeconds(),
                    request.getHeartbeatInterval().getNanos())
                : Duration.ofSeconds(30);
        long latest = feedSeq.getOrDefault(userId, 0L);
        Stream s = new Stream(userId, out, channels, heartbeat, now, cursor(userId, latest));
        out.setOnCancelHandler(
            () -> {
              synchronized (lock) {
                streams.remove(s);
              }
            });
        if (after >= 0) {
          List<FeedItem> items = feeds.getOrDefault(userId, List.of());
          long oldest = items.isEmpty() ? latest + 1 : items.get(0).seq();
          if (after < oldest - 1 && after < latest) {
            send(
                s,
                StreamNotificationsResponse.newBuilder()
                    .setCursor(cursor(userId, latest))
                    .setResyncRequired(
                        StreamResyncRequired.newBuilder()
                            .setExpiredCursor(request.getResumeCursor()))
                    .build(),
                now);
          } else {
            for (FeedItem i : items) {
              if (i.seq() > after && (channels.isEmpty() || channels.contains(i.channel()))) {
                send(s, i.item(), now);
              }
            }
          }
        }
        streams.add(s);
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
    }
  }

  // ---------------------------------------------------------------- reads

  @Override
  public void getNotification(
      GetNotificationRequest request, StreamObserver<GetNotificationResponse> response) {
    respond(
        response,
        () -> {
          runDue();
          AuthenticatedSession caller = AuthenticatedSession.current();
          synchronized (lock) {
            Notification.Builder n = notifications.get(request.getNotificationId());
            if (n == null
                || (!staff(caller) && !caller.userId().equals(n.getUserId()))
                || instant(n.getCreateTime()).isBefore(now().minus(RETENTION))) {
              throw error(
                      Status.Code.NOT_FOUND,
                      NotificationErrorReason.NOTIFICATION_ERROR_REASON_NOTIFICATION_NOT_FOUND)
                  .message("no notification " + request.getNotificationId())
                  .putMetadata("notificationId", request.getNotificationId())
                  .asException();
            }
            return GetNotificationResponse.newBuilder().setNotification(n.build()).build();
          }
        });
  }

  @Override
  public void listNotifications(
      ListNotificationsRequest request, StreamObserver<ListNotificationsResponse> response) {
    respond(
        response,
        () -> {
          requireSelfOrStaff(request.getUserId());
          runDue();
          String filter = filterKey(request);
          String[] after = null;
          if (!request.getPageToken().isEmpty()) {
            after = decodePageToken(request.getPageToken(), filter);
          }
          int size = request.getPageSize() == 0 ? 50 : request.getPageSize();
          synchronized (lock) {
            Instant now = now();
            Comparator<Notification> newestFirst =
                Comparator.comparing((Notification n) -> instant(n.getCreateTime()))
                    .thenComparing(Notification::getNotificationId)
                    .reversed();
            List<Notification> all =
                byUser.getOrDefault(request.getUserId(), List.of()).stream()
                    .map(id -> notifications.get(id).build())
                    .filter(n -> !instant(n.getCreateTime()).isBefore(now.minus(RETENTION)))
                    .filter(
                        n ->
                            request.getChannelsList().isEmpty()
                                || request.getChannelsList().contains(n.getChannel()))
                    .filter(
                        n ->
                            request.getStatesList().isEmpty()
                                || request.getStatesList().contains(n.getState()))
                    .filter(
                        n ->
                            request.getCategoriesList().isEmpty()
                                || request.getCategoriesList().contains(n.getCategory()))
                    .filter(
                        n ->
                            !request.hasStartTime()
                                || !instant(n.getCreateTime())
                                    .isBefore(instant(request.getStartTime())))
                    .filter(
                        n ->
                            !request.hasEndTime()
                                || instant(n.getCreateTime())
                                    .isBefore(instant(request.getEndTime())))
                    .sorted(newestFirst)
                    .toList();
            int from = 0;
            if (after != null) {
              Instant t = Instant.parse(after[0]);
              String id = after[1];
              from = all.size();
              for (int i = 0; i < all.size(); i++) {
                Notification n = all.get(i);
                int c = instant(n.getCreateTime()).compareTo(t);
                if (c < 0 || (c == 0 && n.getNotificationId().compareTo(id) < 0)) {
                  from = i;
                  break;
                }
              }
            }
            List<Notification> page = all.subList(from, Math.min(all.size(), from + size));
            ListNotificationsResponse.Builder b =
                ListNotificationsResponse.newBuilder()
                    .addAllNotifications(page)
                    .setUnreadCount(unread(request.getUserId()));
            if (from + size < all.size()) {
              Notification last = page.get(page.size() - 1);
              b.setNextPageToken(
                  pageToken(
                      filter, instant(last.getCreateTime()).toString(), last.getNotificationId()));
            }
            return b.build();
          }
        });
  }

  private static String filterKey(ListNotificationsRequest r) {
    byte[] bytes = r.toBuilder().clearPageSize().clearPageToken().build().toByteArray();
    return Integer.toHexString(java.util.Arrays.hashCode(bytes));
  }

  private static String pageToken(String filter, String time, String id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((filter + "|" + time + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  private static String[] decodePageToken(String token, String filter) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
      if (parts.length == 3 && parts[0].equals(filter)) {
        Instant.parse(parts[1]);
        return new String[] {parts[1], parts[2]};
      }
    } catch (RuntimeException e) {
      // falls through to the error
    }
    throw RpcErrors.error(
            Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN, DOMAIN)
        .message("page_token is malformed or was issued for other filters")
        .asException();
  }

  private int unread(String userId) {
    return (int)
        byUser.getOrDefault(userId, List.of()).stream()
            .map(notifications::get)
            .filter(
                n ->
                    n.getChannel() == NotificationChannel.NOTIFICATION_CHANNEL_IN_APP
                        && n.getState() == NotificationState.NOTIFICATION_STATE_DELIVERED)
            .count();
  }

  // ---------------------------------------------------------------- MarkNotificationsRead

  @Override
  public void markNotificationsRead(
      MarkNotificationsReadRequest request,
      StreamObserver<MarkNotificationsReadResponse> response) {
    respond(
        response,
        () -> {
          requireSelfOrStaff(request.getUserId());
          runDue();
          return idempotency.execute(
              SVC + "MarkNotificationsRead",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> markRead(request));
        });
  }

  private MarkNotificationsReadResponse markRead(MarkNotificationsReadRequest r) {
    synchronized (lock) {
      Instant now = now();
      List<String> ids;
      boolean listed = r.getNotificationIdsCount() > 0;
      if (listed) {
        ids = r.getNotificationIdsList();
      } else {
        Instant before = instant(r.getBeforeTime());
        ids =
            byUser.getOrDefault(r.getUserId(), List.of()).stream()
                .filter(id -> instant(notifications.get(id).getCreateTime()).isBefore(before))
                .toList();
      }
      int marked = 0;
      List<String> skipped = new ArrayList<>();
      for (String id : ids) {
        Notification.Builder n = notifications.get(id);
        if (n == null || !n.getUserId().equals(r.getUserId())) {
          skipped.add(id);
          continue;
        }
        switch (n.getState()) {
          case NOTIFICATION_STATE_SENT, NOTIFICATION_STATE_DELIVERED -> {
            n.setState(NotificationState.NOTIFICATION_STATE_READ)
                .setReadTime(ts(now))
                .setUpdateTime(ts(now));
            updated(n, now);
            marked++;
          }
          case NOTIFICATION_STATE_READ -> {
            // naturally idempotent: stays READ with its first read_time
            if (!markingIsIdempotent()) {
              n.setReadTime(ts(now));
              marked++;
            }
          }
          default -> skipped.add(id);
        }
      }
      return MarkNotificationsReadResponse.newBuilder()
          .setMarkedCount(marked)
          .addAllSkippedNotificationIds(listed ? skipped : List.of())
          .setUnreadCount(unread(r.getUserId()))
          .build();
    }
  }

  // ---------------------------------------------------------------- preferences

  @Override
  public void getNotificationPreferences(
      GetNotificationPreferencesRequest request,
      StreamObserver<GetNotificationPreferencesResponse> response) {
    respond(
        response,
        () -> {
          requireSelfOrStaff(request.getUserId());
          Recipient recipient = recipient(request.getUserId());
          synchronized (lock) {
            return GetNotificationPreferencesResponse.newBuilder()
                .setPreferences(toProto(recipient.userId(), prefs(recipient)))
                .build();
          }
        });
  }

  @Override
  public void updateNotificationPreferences(
      UpdateNotificationPreferencesRequest request,
      StreamObserver<UpdateNotificationPreferencesResponse> response) {
    respond(
        response,
        () -> {
          requireSelfOrStaff(request.getUserId());
          return idempotency.execute(
              SVC + "UpdateNotificationPreferences",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> updatePrefs(request));
        });
  }

  private UpdateNotificationPreferencesResponse updatePrefs(
      UpdateNotificationPreferencesRequest r) {
    Recipient recipient = recipient(r.getUserId());
    boolean released = false;
    try {
      synchronized (lock) {
        Instant now = now();
        Prefs current = prefs(recipient);
        NotificationPreferences in = r.getPreferences();
        String etag = etag(current);
        if (!in.getEtag().isEmpty() && !in.getEtag().equals(etag)) {
          throw error(
                  Status.Code.ABORTED,
                  NotificationErrorReason.NOTIFICATION_ERROR_REASON_PREFERENCES_ETAG_MISMATCH)
              .message("the preferences changed since they were read")
              .putMetadata("currentEtag", etag)
              .asException();
        }
        List<String> paths =
            r.hasUpdateMask() && r.getUpdateMask().getPathsCount() > 0
                ? r.getUpdateMask().getPathsList()
                : List.of("channels", "categories", "quiet_hours", "language_code");
        Prefs next = copy(current);
        if (paths.contains("channels")) {
          next.channels.clear();
          next.channels.putAll(defaults(recipient).channels);
          for (ChannelPreference c : in.getChannelsList()) {
            next.channels.put(c.getChannel(), c.getEnabled());
          }
        }
        if (paths.contains("categories")) {
          next.categories.clear();
          next.categories.putAll(defaults(recipient).categories);
          for (CategoryPreference c : in.getCategoriesList()) {
            next.categories.put(c.getCategory(), List.copyOf(c.getChannelsList()));
          }
          for (CategoryPreference c : in.getCategoriesList()) {
            for (NotificationChannel ch :
                List.of(
                    NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
                    NotificationChannel.NOTIFICATION_CHANNEL_IN_APP)) {
              if (mandatory(c.getCategory(), ch) && !c.getChannelsList().contains(ch)) {
                throw error(
                        Status.Code.INVALID_ARGUMENT,
                        NotificationErrorReason.NOTIFICATION_ERROR_REASON_CATEGORY_NOT_OPTIONAL)
                    .message(c.getCategory() + " cannot be opted out of on " + ch)
                    .putMetadata("category", c.getCategory().name())
                    .putMetadata("channel", ch.name())
                    .asException();
              }
            }
            boolean operatorOnly =
                c.getCategory() == NotificationCategory.NOTIFICATION_CATEGORY_REPORT
                    || c.getCategory() == NotificationCategory.NOTIFICATION_CATEGORY_OPERATIONS;
            if (operatorOnly
                && !c.getChannelsList().isEmpty()
                && !recipient.roles().contains("operator")) {
              throw error(
                      Status.Code.PERMISSION_DENIED,
                      NotificationErrorReason.NOTIFICATION_ERROR_REASON_CATEGORY_NOT_AVAILABLE)
                  .message(c.getCategory() + " is for operators only")
                  .putMetadata("category", c.getCategory().name())
                  .asException();
            }
          }
        }
        if (paths.contains("quiet_hours")) {
          if (in.hasQuietHours()) {
            try {
              ZoneId.of(in.getQuietHours().getTimeZone());
            } catch (RuntimeException e) {
              throw RpcErrors.error(
                      Status.Code.INVALID_ARGUMENT,
                      ErrorReason.ERROR_REASON_VALIDATION_FAILED,
                      DOMAIN)
                  .message("preferences.quiet_hours.time_zone: not an IANA time zone")
                  .asException();
            }
          }
          next.quietHours = in.hasQuietHours() ? in.getQuietHours() : null;
        }
        if (paths.contains("language_code")) {
          next.language = in.getLanguageCode();
        }
        next.updateTime = now;
        next.version = current.version + 1;
        released = current.quietHours != null && next.quietHours == null;
        preferences.put(r.getUserId(), next);
        if (released
            || (current.quietHours != null && !current.quietHours.equals(next.quietHours))) {
          released = true;
          for (String id : byUser.getOrDefault(r.getUserId(), List.of())) {
            Notification.Builder n = notifications.get(id);
            if (n.getState() == NotificationState.NOTIFICATION_STATE_QUEUED
                && n.hasScheduleTime()
                && quietUntil(next, n.getChannel(), n.getCategory(), now).isEmpty()) {
              n.clearScheduleTime();
            }
          }
        }
        return UpdateNotificationPreferencesResponse.newBuilder()
            .setPreferences(toProto(r.getUserId(), next))
            .build();
      }
    } finally {
      if (released) {
        runDue();
      }
    }
  }

  private Prefs prefs(Recipient recipient) {
    Prefs p = preferences.get(recipient.userId());
    return p != null ? p : defaults(recipient);
  }

  private static Prefs defaults(Recipient recipient) {
    Prefs p = new Prefs();
    for (NotificationChannel c : CHANNELS) {
      p.channels.put(c, c != NotificationChannel.NOTIFICATION_CHANNEL_SMS);
    }
    for (NotificationCategory c : CATEGORIES) {
      p.categories.put(
          c,
          switch (c) {
            case NOTIFICATION_CATEGORY_MARKETING -> List.of();
            case NOTIFICATION_CATEGORY_REPORT, NOTIFICATION_CATEGORY_OPERATIONS ->
                recipient.roles().contains("operator")
                    ? List.of(NotificationChannel.NOTIFICATION_CHANNEL_EMAIL)
                    : List.of();
            default -> CHANNELS;
          });
    }
    return p;
  }

  private static Prefs copy(Prefs from) {
    Prefs p = new Prefs();
    p.channels.putAll(from.channels);
    p.categories.putAll(from.categories);
    p.quietHours = from.quietHours;
    p.language = from.language;
    p.updateTime = from.updateTime;
    p.version = from.version;
    return p;
  }

  private static String etag(Prefs p) {
    return "v" + p.version;
  }

  private static NotificationPreferences toProto(String userId, Prefs p) {
    NotificationPreferences.Builder b =
        NotificationPreferences.newBuilder()
            .setUserId(userId)
            .setLanguageCode(p.language)
            .setEtag(etag(p));
    for (NotificationChannel c : CHANNELS) {
      b.addChannels(
          ChannelPreference.newBuilder()
              .setChannel(c)
              .setEnabled(p.channels.getOrDefault(c, false)));
    }
    for (NotificationCategory c : CATEGORIES) {
      b.addCategories(
          CategoryPreference.newBuilder()
              .setCategory(c)
              .addAllChannels(p.categories.getOrDefault(c, List.of())));
    }
    if (p.quietHours != null) {
      b.setQuietHours(p.quietHours);
    }
    if (p.updateTime != null) {
      b.setUpdateTime(ts(p.updateTime));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- recipients

  private Recipient recipient(String userId) {
    synchronized (lock) {
      Recipient known = directory.get(userId);
      if (known != null) {
        return known;
      }
    }
    User user;
    try {
      user =
          UserServiceGrpc.newBlockingStub(ctx.platform())
              .withCallCredentials(ctx.serviceCredentials())
              .withDeadlineAfter(2, TimeUnit.SECONDS)
              .getUser(GetUserRequest.newBuilder().setUserId(userId).build())
              .getUser();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw error(
                Status.Code.NOT_FOUND,
                NotificationErrorReason.NOTIFICATION_ERROR_REASON_RECIPIENT_NOT_FOUND)
            .message("no user " + userId)
            .putMetadata("userId", userId)
            .asException();
      }
      throw RpcErrors.error(
              Status.Code.UNAVAILABLE, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE, DOMAIN)
          .message("user-service did not answer")
          .putMetadata("dependency", "user-service")
          .asException();
    }
    Recipient r =
        new Recipient(user.getUserId(), user.getEmail(), List.copyOf(user.getRolesList()));
    synchronized (lock) {
      directory.put(userId, r);
    }
    return r;
  }

  // ---------------------------------------------------------------- consumed events

  private void onUserRegistered(UserRegisteredEvent e) {
    User u = e.getUser();
    synchronized (lock) {
      directory.put(
          u.getUserId(), new Recipient(u.getUserId(), u.getEmail(), List.copyOf(u.getRolesList())));
    }
    notify(
        e,
        u.getUserId(),
        "user.welcome",
        NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT,
        Map.of("displayName", u.getDisplayName()));
  }

  private void account(Message e, User user, String template) {
    notify(
        e,
        user.getUserId(),
        template,
        NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT,
        Map.of());
  }

  private void onTransaction(TransactionRecordedEvent e) {
    var t = e.getTransaction();
    String template =
        t.getType() == TransactionType.TRANSACTION_TYPE_DEPOSIT
            ? "wallet.deposit_confirmed"
            : t.getType() == TransactionType.TRANSACTION_TYPE_CHARGEBACK
                ? "wallet.chargeback"
                : null;
    if (template != null) {
      notify(
          e,
          t.getUserId(),
          template,
          NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION,
          Map.of("amount", t.getAmount(), "currency", t.getCurrency()));
    }
  }

  private void onPayment(PaymentUpdatedEvent e) {
    var p = e.getPayment();
    String template = null;
    if (p.getKind() == PaymentKind.PAYMENT_KIND_WITHDRAWAL
        && p.getState() == PaymentState.PAYMENT_STATE_SUCCEEDED) {
      template = "wallet.withdrawal_confirmed";
    } else if (p.getKind() == PaymentKind.PAYMENT_KIND_WITHDRAWAL
        && p.getState() == PaymentState.PAYMENT_STATE_FAILED) {
      template = "wallet.withdrawal_failed";
    } else if (p.getKind() == PaymentKind.PAYMENT_KIND_DEPOSIT
        && p.getState() == PaymentState.PAYMENT_STATE_FAILED) {
      template = "wallet.deposit_failed";
    }
    if (template != null) {
      notify(
          e,
          p.getUserId(),
          template,
          NotificationCategory.NOTIFICATION_CATEGORY_TRANSACTION,
          Map.of("amount", p.getAmount(), "currency", p.getCurrency()));
    }
  }

  private void onBetSettled(BetSettledEvent e) {
    var s = e.getSettlement();
    boolean back = s.getSide() == BetSide.BET_SIDE_BACK;
    String template =
        switch (s.getResult()) {
          case SELECTION_RESULT_TYPE_WIN -> back ? "bet.settled_won" : "bet.settled_lost";
          case SELECTION_RESULT_TYPE_LOSE -> back ? "bet.settled_lost" : "bet.settled_won";
          default -> "bet.settled_void";
        };
    if (s.getResult() == SelectionResultType.SELECTION_RESULT_TYPE_UNSPECIFIED) {
      return;
    }
    notify(
        e,
        s.getUserId(),
        template,
        NotificationCategory.NOTIFICATION_CATEGORY_BET,
        Map.of("betId", s.getBetId(), "payout", s.getPayout(), "currency", s.getCurrency()));
  }

  private void order(Message e, com.tam.protos.order.v1.Order order, String template) {
    notify(
        e,
        order.getUserId(),
        template,
        NotificationCategory.NOTIFICATION_CATEGORY_BET,
        Map.of("orderId", order.getOrderId()));
  }

  private void onRiskAlert(RiskAlertRaisedEvent e) {
    var a = e.getAlert();
    if (a.getRecommendedAction() == RiskAlertAction.RISK_ALERT_ACTION_LIMIT_STAKES
        || a.getRecommendedAction() == RiskAlertAction.RISK_ALERT_ACTION_FREEZE_WALLET) {
      notify(
          e,
          a.getUserId(),
          "security.account_restricted",
          NotificationCategory.NOTIFICATION_CATEGORY_SECURITY,
          Map.of());
    }
    if (a.getSeverity() == RiskAlertSeverity.RISK_ALERT_SEVERITY_HIGH
        || a.getSeverity() == RiskAlertSeverity.RISK_ALERT_SEVERITY_CRITICAL) {
      operators(
          e,
          "risk.alert_raised",
          NotificationCategory.NOTIFICATION_CATEGORY_OPERATIONS,
          Map.of(
              "alertId",
              a.getAlertId(),
              "severity",
              a.getSeverity().name(),
              "userId",
              a.getUserId()));
    }
  }

  private void onTierChanged(RiskTierChangedEvent e) {
    boolean nowBlocked = e.getTier() == RiskTier.RISK_TIER_BLOCKED;
    boolean wasBlocked = e.getPreviousTier() == RiskTier.RISK_TIER_BLOCKED;
    if (nowBlocked != wasBlocked) {
      notify(
          e,
          e.getUserId(),
          nowBlocked ? "security.account_blocked" : "security.account_unblocked",
          NotificationCategory.NOTIFICATION_CATEGORY_SECURITY,
          Map.of());
    }
  }

  private void operators(
      Message e, String template, NotificationCategory category, Map<String, String> params) {
    List<Recipient> ops;
    synchronized (lock) {
      ops = directory.values().stream().filter(r -> r.roles().contains("operator")).toList();
    }
    for (Recipient r : ops) {
      notify(e, r.userId(), template, category, params);
    }
  }

  /**
   * Creates the event's notification on each channel of the template, with the key {@code
   * <event_id>:<channel>}; channels without an address, and unknown recipients, are skipped.
   */
  private void notify(
      Message event,
      String userId,
      String templateId,
      NotificationCategory category,
      Map<String, String> params) {
    Templates.Template template = Templates.find(templateId).orElseThrow();
    String eventId = com.tam.protos.events.Envelopes.metadata(event).getEventId();
    Recipient recipient;
    try {
      recipient = recipient(userId);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return;
      }
      throw e;
    }
    for (NotificationChannel channel : CHANNELS) {
      if (!template.channels().contains(channel)) {
        continue;
      }
      synchronized (lock) {
        if (destination(recipient, channel) == null) {
          continue;
        }
      }
      SendNotificationRequest request =
          SendNotificationRequest.newBuilder()
              .setUserId(userId)
              .setChannel(channel)
              .setTemplateId(templateId)
              .putAllParameters(params)
              .setCategory(category)
              .setIdempotencyKey(
                  eventId
                      + ":"
                      + channel
                          .name()
                          .substring("NOTIFICATION_CHANNEL_".length())
                          .toLowerCase(Locale.ROOT))
              .setSourceEventId(eventId)
              .build();
      idempotency.execute(
          SVC + "SendNotification",
          userId,
          request.getIdempotencyKey(),
          request,
          () -> create(request));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static boolean staff(AuthenticatedSession caller) {
    return caller.hasRole("service") || caller.hasRole("operator");
  }

  private static void requireSelfOrStaff(String userId) {
    AuthenticatedSession caller = AuthenticatedSession.current();
    if (!staff(caller) && !caller.userId().equals(userId)) {
      throw permissionDenied(userId);
    }
  }

  private static StatusRuntimeException permissionDenied(String userId) {
    return RpcErrors.error(
            Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED, DOMAIN)
        .message("the caller may not act on this user's notifications")
        .putMetadata("resource", "users/" + userId + "/notifications")
        .asException();
  }

  private static RpcErrors.Builder error(Status.Code code, NotificationErrorReason reason) {
    return RpcErrors.error(code, reason, DOMAIN);
  }

  private Instant now() {
    return ctx.clock().instant();
  }

  private static Timestamp ts(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private static <R> void respond(StreamObserver<R> response, Supplier<R> call) {
    R result;
    try {
      result = call.get();
    } catch (StatusRuntimeException e) {
      response.onError(e);
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }
}
