"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...notification.v1 import notification_service_pb2 as notification_dot_v1_dot_notification__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in notification/v1/notification_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class NotificationServiceStub:
    """NotificationService (notification-service) tells users what happened to
    their account, money and bets, over four channels: EMAIL, SMS, PUSH and
    IN_APP (the feed shown in the apps, updated in real time through
    StreamNotifications and the WebSocket gateway). It owns the notifications,
    the templates they are rendered from, and each user's preferences.

    Event-driven. Most notifications are not requested through
    SendNotification but created from platform events, consumed from NATS
    JetStream with one durable consumer per subject, explicit ack after the
    notification is recorded:
    * `tam.user.v1.user.registered` (user.v1.UserRegisteredEvent): welcome
    email, template "user.welcome", category ACCOUNT, EMAIL only.
    * `tam.user.v1.user.disabled`, `tam.user.v1.user.enabled`
    (user.v1.UserDisabledEvent, UserEnabledEvent): account disabled or
    enabled by an operator ("user.disabled", "user.enabled"), category
    ACCOUNT, EMAIL only; the operator's note is never shown.
    * `tam.wallet.v1.transaction.recorded` (wallet.v1.TransactionRecordedEvent):
    DEPOSIT entries: deposit booked ("wallet.deposit_confirmed");
    CHARGEBACK entries: a deposit was charged back ("wallet.chargeback");
    category TRANSACTION, on EMAIL, PUSH and IN_APP. Other entry types are
    acknowledged and ignored (withdrawals are reported from the payment's
    state below).
    * `tam.wallet.v1.payment.updated` (wallet.v1.PaymentUpdatedEvent): a
    withdrawal that reached SUCCEEDED ("wallet.withdrawal_confirmed") or
    FAILED ("wallet.withdrawal_failed", the funds are back in the wallet),
    and a deposit that FAILED ("wallet.deposit_failed"); category
    TRANSACTION, on EMAIL, PUSH and IN_APP. Other states are acknowledged
    and ignored; as the event is a SNAPSHOT, an update older than the last
    one applied for the payment is skipped.
    * `tam.wallet.v1.wallet.frozen`, `tam.wallet.v1.wallet.unfrozen`
    (wallet.v1.WalletFrozenEvent, WalletUnfrozenEvent): "wallet.frozen" (the
    user can no longer bet, deposit or withdraw; contact support) and
    "wallet.unfrozen", category SECURITY, on EMAIL and IN_APP; never
    revealing the reason or the operator's note.
    * `tam.order.v1.bet.settled` (order.v1.BetSettledEvent): one notification
    per bet, chosen from `settlement.side` and `settlement.result`:
    "bet.settled_won" when the bet won (BACK with result WIN, LAY with result
    LOSE), "bet.settled_lost" when it lost (BACK with LOSE, LAY with WIN),
    "bet.settled_void" for PUSH and VOID; category BET, on PUSH and IN_APP.
    * `tam.order.v1.order.completed` (order.v1.OrderCompletedEvent): bet
    accepted ("bet.accepted"), category BET, on PUSH and IN_APP.
    * `tam.order.v1.order.compensated` (order.v1.OrderCompensatedEvent): the
    bet was not placed and no money moved ("bet.failed"; the order is
    COMPENSATED or REJECTED), category BET, on EMAIL, PUSH and IN_APP.
    * `tam.risk.v1.alert.raised` (risk.v1.RiskAlertRaisedEvent): when
    `alert.recommended_action` is LIMIT_STAKES or FREEZE_WALLET, a generic
    account-security notice to the affected user ("security.account_restricted",
    category SECURITY, on EMAIL and IN_APP) that never reveals the alert's
    flag, reasons or description; for severity HIGH and CRITICAL, an alert
    email to the risk operators ("risk.alert_raised", category OPERATIONS).
    * `tam.risk.v1.profile.tier_changed` (risk.v1.RiskTierChangedEvent): when
    the tier becomes BLOCKED or stops being BLOCKED, "security.account_blocked"
    or "security.account_unblocked" to the user, category SECURITY, on EMAIL
    and IN_APP. Other tier changes are acknowledged and ignored.
    * `tam.risk.v1.responsible_gambling.changed`
    (risk.v1.ResponsibleGamblingChangedEvent): confirmation of the new
    limits or self-exclusion ("account.responsible_gambling_changed"),
    category ACCOUNT, on EMAIL and IN_APP.
    * `tam.reporting.v1.report.generated` (reporting.v1.ReportGeneratedEvent):
    report-ready email to the operators subscribed to reports
    ("report.ready"), category REPORT, EMAIL only.
    * `tam.reporting.v1.report.failed` (reporting.v1.ReportFailedEvent):
    report-failed email to the same operators ("report.failed"), category
    OPERATIONS, EMAIL only.
    Operator recipients are the users with the role "operator" who opted in to
    the category; end users cannot opt in to REPORT or OPERATIONS.
    The idempotency key of an event-driven notification is
    "<metadata.event_id>:<channel>", the channel in lower case without its
    prefix (for example "0f8e...:email"), so a redelivered event never notifies
    twice.

    Preferences. A notification is delivered on a channel only if the channel
    is enabled and the user opted in to the category on that channel (see
    NotificationPreferences). SECURITY and ACCOUNT notifications on EMAIL and
    IN_APP are mandatory and ignore opt-outs. During the user's quiet hours
    PUSH and SMS notifications wait in QUEUED until the quiet hours end, except
    SECURITY ones.

    Access. End users may read and mark their own notifications and manage
    their own preferences; SendNotification and access to other users' data
    need the role "service" or "operator". Otherwise PERMISSION_DENIED /
    PERMISSION_DENIED.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user).
    A retry with the same key and the same request returns the original outcome
    and creates nothing new; the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    runs fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for
    at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "notification.tam.internal" and reasons come from `common.v1.ErrorReason`
    or `notification.v1.NotificationErrorReason`. Every RPC can also return
    INVALID_ARGUMENT / VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING,
    TOKEN_INVALID, TOKEN_EXPIRED, SESSION_REVOKED), PERMISSION_DENIED /
    PERMISSION_DENIED and UNAVAILABLE / DEPENDENCY_UNAVAILABLE; these are not
    repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.SendNotification = channel.unary_unary('/notification.v1.NotificationService/SendNotification', request_serializer=notification_dot_v1_dot_notification__service__pb2.SendNotificationRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.SendNotificationResponse.FromString, _registered_method=True)
        self.GetNotification = channel.unary_unary('/notification.v1.NotificationService/GetNotification', request_serializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationResponse.FromString, _registered_method=True)
        self.ListNotifications = channel.unary_unary('/notification.v1.NotificationService/ListNotifications', request_serializer=notification_dot_v1_dot_notification__service__pb2.ListNotificationsRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.ListNotificationsResponse.FromString, _registered_method=True)
        self.StreamNotifications = channel.unary_stream('/notification.v1.NotificationService/StreamNotifications', request_serializer=notification_dot_v1_dot_notification__service__pb2.StreamNotificationsRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.StreamNotificationsResponse.FromString, _registered_method=True)
        self.MarkNotificationsRead = channel.unary_unary('/notification.v1.NotificationService/MarkNotificationsRead', request_serializer=notification_dot_v1_dot_notification__service__pb2.MarkNotificationsReadRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.MarkNotificationsReadResponse.FromString, _registered_method=True)
        self.GetNotificationPreferences = channel.unary_unary('/notification.v1.NotificationService/GetNotificationPreferences', request_serializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationPreferencesRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationPreferencesResponse.FromString, _registered_method=True)
        self.UpdateNotificationPreferences = channel.unary_unary('/notification.v1.NotificationService/UpdateNotificationPreferences', request_serializer=notification_dot_v1_dot_notification__service__pb2.UpdateNotificationPreferencesRequest.SerializeToString, response_deserializer=notification_dot_v1_dot_notification__service__pb2.UpdateNotificationPreferencesResponse.FromString, _registered_method=True)

class NotificationServiceServicer:
    """NotificationService (notification-service) tells users what happened to
    their account, money and bets, over four channels: EMAIL, SMS, PUSH and
    IN_APP (the feed shown in the apps, updated in real time through
    StreamNotifications and the WebSocket gateway). It owns the notifications,
    the templates they are rendered from, and each user's preferences.

    Event-driven. Most notifications are not requested through
    SendNotification but created from platform events, consumed from NATS
    JetStream with one durable consumer per subject, explicit ack after the
    notification is recorded:
    * `tam.user.v1.user.registered` (user.v1.UserRegisteredEvent): welcome
    email, template "user.welcome", category ACCOUNT, EMAIL only.
    * `tam.user.v1.user.disabled`, `tam.user.v1.user.enabled`
    (user.v1.UserDisabledEvent, UserEnabledEvent): account disabled or
    enabled by an operator ("user.disabled", "user.enabled"), category
    ACCOUNT, EMAIL only; the operator's note is never shown.
    * `tam.wallet.v1.transaction.recorded` (wallet.v1.TransactionRecordedEvent):
    DEPOSIT entries: deposit booked ("wallet.deposit_confirmed");
    CHARGEBACK entries: a deposit was charged back ("wallet.chargeback");
    category TRANSACTION, on EMAIL, PUSH and IN_APP. Other entry types are
    acknowledged and ignored (withdrawals are reported from the payment's
    state below).
    * `tam.wallet.v1.payment.updated` (wallet.v1.PaymentUpdatedEvent): a
    withdrawal that reached SUCCEEDED ("wallet.withdrawal_confirmed") or
    FAILED ("wallet.withdrawal_failed", the funds are back in the wallet),
    and a deposit that FAILED ("wallet.deposit_failed"); category
    TRANSACTION, on EMAIL, PUSH and IN_APP. Other states are acknowledged
    and ignored; as the event is a SNAPSHOT, an update older than the last
    one applied for the payment is skipped.
    * `tam.wallet.v1.wallet.frozen`, `tam.wallet.v1.wallet.unfrozen`
    (wallet.v1.WalletFrozenEvent, WalletUnfrozenEvent): "wallet.frozen" (the
    user can no longer bet, deposit or withdraw; contact support) and
    "wallet.unfrozen", category SECURITY, on EMAIL and IN_APP; never
    revealing the reason or the operator's note.
    * `tam.order.v1.bet.settled` (order.v1.BetSettledEvent): one notification
    per bet, chosen from `settlement.side` and `settlement.result`:
    "bet.settled_won" when the bet won (BACK with result WIN, LAY with result
    LOSE), "bet.settled_lost" when it lost (BACK with LOSE, LAY with WIN),
    "bet.settled_void" for PUSH and VOID; category BET, on PUSH and IN_APP.
    * `tam.order.v1.order.completed` (order.v1.OrderCompletedEvent): bet
    accepted ("bet.accepted"), category BET, on PUSH and IN_APP.
    * `tam.order.v1.order.compensated` (order.v1.OrderCompensatedEvent): the
    bet was not placed and no money moved ("bet.failed"; the order is
    COMPENSATED or REJECTED), category BET, on EMAIL, PUSH and IN_APP.
    * `tam.risk.v1.alert.raised` (risk.v1.RiskAlertRaisedEvent): when
    `alert.recommended_action` is LIMIT_STAKES or FREEZE_WALLET, a generic
    account-security notice to the affected user ("security.account_restricted",
    category SECURITY, on EMAIL and IN_APP) that never reveals the alert's
    flag, reasons or description; for severity HIGH and CRITICAL, an alert
    email to the risk operators ("risk.alert_raised", category OPERATIONS).
    * `tam.risk.v1.profile.tier_changed` (risk.v1.RiskTierChangedEvent): when
    the tier becomes BLOCKED or stops being BLOCKED, "security.account_blocked"
    or "security.account_unblocked" to the user, category SECURITY, on EMAIL
    and IN_APP. Other tier changes are acknowledged and ignored.
    * `tam.risk.v1.responsible_gambling.changed`
    (risk.v1.ResponsibleGamblingChangedEvent): confirmation of the new
    limits or self-exclusion ("account.responsible_gambling_changed"),
    category ACCOUNT, on EMAIL and IN_APP.
    * `tam.reporting.v1.report.generated` (reporting.v1.ReportGeneratedEvent):
    report-ready email to the operators subscribed to reports
    ("report.ready"), category REPORT, EMAIL only.
    * `tam.reporting.v1.report.failed` (reporting.v1.ReportFailedEvent):
    report-failed email to the same operators ("report.failed"), category
    OPERATIONS, EMAIL only.
    Operator recipients are the users with the role "operator" who opted in to
    the category; end users cannot opt in to REPORT or OPERATIONS.
    The idempotency key of an event-driven notification is
    "<metadata.event_id>:<channel>", the channel in lower case without its
    prefix (for example "0f8e...:email"), so a redelivered event never notifies
    twice.

    Preferences. A notification is delivered on a channel only if the channel
    is enabled and the user opted in to the category on that channel (see
    NotificationPreferences). SECURITY and ACCOUNT notifications on EMAIL and
    IN_APP are mandatory and ignore opt-outs. During the user's quiet hours
    PUSH and SMS notifications wait in QUEUED until the quiet hours end, except
    SECURITY ones.

    Access. End users may read and mark their own notifications and manage
    their own preferences; SendNotification and access to other users' data
    need the role "service" or "operator". Otherwise PERMISSION_DENIED /
    PERMISSION_DENIED.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user).
    A retry with the same key and the same request returns the original outcome
    and creates nothing new; the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    runs fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for
    at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "notification.tam.internal" and reasons come from `common.v1.ErrorReason`
    or `notification.v1.NotificationErrorReason`. Every RPC can also return
    INVALID_ARGUMENT / VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING,
    TOKEN_INVALID, TOKEN_EXPIRED, SESSION_REVOKED), PERMISSION_DENIED /
    PERMISSION_DENIED and UNAVAILABLE / DEPENDENCY_UNAVAILABLE; these are not
    repeated below.
    """

    def SendNotification(self, request, context):
        """Creates a notification for one user on one channel from a template, and
        queues it for delivery. The template is rendered with `parameters` in the
        user's language when the notification is created.

        The new notification is QUEUED, or SUPPRESSED when the user's
        preferences exclude the channel or category (not an error: the response
        shows it). Delivery then runs asynchronously; see NotificationState.
        IN_APP notifications are also pushed to the user's StreamNotifications
        feed.

        Errors:
        * NOT_FOUND / RECIPIENT_NOT_FOUND: no user `user_id`. Metadata: `userId`.
        * NOT_FOUND / TEMPLATE_NOT_FOUND. Metadata: `templateId`.
        * FAILED_PRECONDITION / TEMPLATE_CHANNEL_UNSUPPORTED: the template has no
        variant for the channel. Metadata: `templateId`, `channel`.
        * INVALID_ARGUMENT / TEMPLATE_PARAMETER_MISSING: a parameter the template
        uses is absent. Metadata: `parameter`.
        * FAILED_PRECONDITION / NO_DESTINATION: the user has no address for the
        channel (no verified phone number for SMS, no registered device for
        PUSH). Metadata: `channel`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetNotification(self, request, context):
        """Returns one notification with its current delivery state.

        Errors: NOT_FOUND / NOTIFICATION_NOT_FOUND (also for another user's
        notification when the caller may not see it, and for one older than the
        90-day retention). Metadata: `notificationId`.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListNotifications(self, request, context):
        """Lists a user's notifications, newest first (by `create_time`, then
        `notification_id`). Paginated (AIP-158). Notifications are kept for 90
        days.

        Errors: INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def StreamNotifications(self, request, context):
        """Server-streams a user's notification feed in real time: the stream behind
        the WebSocket gateway. Reading does not change any notification.

        Each item carries an opaque, per-user increasing `cursor`. The stream
        first replays every item after `resume_cursor` (none if it is empty),
        then sends items live as they happen: `notification_created` for a new
        notification, `notification_updated` when its state changes (for example
        READ on another device). Delivery is at-least-once: after a reconnect an
        item may come again; apply it only if its `update_time` is newer.

        Resume. The client stores the `cursor` of the last item it processed and
        reconnects with it as `resume_cursor`. Items are kept for replay for 24
        hours (at most the last 1,000 per user). If the cursor is older than that,
        the first item is `resync_required`: the client reloads its view with
        ListNotifications and continues from that item's `cursor`.

        Heartbeats. When nothing else was sent for `heartbeat_interval` (default
        30 s), the server sends a `heartbeat` item, which carries the cursor of
        the last item sent. A client that receives nothing for 3 intervals treats
        the stream as dead and reconnects with its last cursor. The server ends a
        stream after at most 1 hour, and when it drains, with UNAVAILABLE; the
        client then reconnects with its last cursor after a short random delay.

        Errors: INVALID_ARGUMENT / STREAM_CURSOR_INVALID: `resume_cursor` is
        malformed or belongs to another user.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def MarkNotificationsRead(self, request, context):
        """Marks notifications of a user as READ: either the ones listed in
        `notification_ids`, or every notification created before `before_time`
        ("mark all as read"). Only SENT and DELIVERED notifications move to READ
        (setting `read_time`); READ ones are left unchanged and QUEUED, FAILED
        and SUPPRESSED ones are skipped. Each change is pushed to the user's
        feed as a `notification_updated` item, so that other devices clear
        their badges.

        Marking is naturally idempotent: a notification already READ stays READ
        with its first `read_time`. Listed ids that are unknown or belong to
        another user are skipped and returned in `skipped_notification_ids`; they
        are not an error.

        Errors: FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetNotificationPreferences(self, request, context):
        """Returns a user's notification preferences. A user who never changed them
        gets the defaults (EMAIL, PUSH and IN_APP enabled, SMS disabled; ACCOUNT,
        SECURITY, TRANSACTION and BET opted in on every channel, MARKETING on
        none, REPORT and OPERATIONS on EMAIL for operators and on none for other
        users; no quiet hours);
        this RPC never returns NOT_FOUND for an existing user.

        Errors: NOT_FOUND / RECIPIENT_NOT_FOUND. Metadata: `userId`.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def UpdateNotificationPreferences(self, request, context):
        """Updates a user's notification preferences (AIP-134, as
        docs/CONVENTIONS.md applies it). With a non-empty `update_mask` only the
        named fields of `preferences` are written (paths: "channels",
        "categories", "quiet_hours", "language_code"; a repeated field is
        replaced as a whole) and every other field of the request's
        `preferences` is ignored. An unset or empty mask means every updatable
        field: a full replacement of those four. "*" is not accepted. The new
        preferences apply to notifications created afterwards; QUEUED ones keep
        their decision, except that leaving quiet hours releases deferred ones.

        Optimistic concurrency: if `preferences.etag` is set and differs from the
        stored one, the update fails with ABORTED / PREFERENCES_ETAG_MISMATCH.

        Errors:
        * NOT_FOUND / RECIPIENT_NOT_FOUND. Metadata: `userId`.
        * INVALID_ARGUMENT / CATEGORY_NOT_OPTIONAL: the update opts out of a
        mandatory category (SECURITY or ACCOUNT on EMAIL or IN_APP). Metadata:
        `category`, `channel`.
        * INVALID_ARGUMENT / VALIDATION_FAILED: an `update_mask` path is not one
        of the four above (rule "update_notification_preferences.update_mask").
        * PERMISSION_DENIED / CATEGORY_NOT_AVAILABLE: a user without the role
        "operator" opts in to REPORT or OPERATIONS. Metadata: `category`.
        * ABORTED / PREFERENCES_ETAG_MISMATCH. Metadata: `currentEtag`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_NotificationServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'SendNotification': grpc.unary_unary_rpc_method_handler(servicer.SendNotification, request_deserializer=notification_dot_v1_dot_notification__service__pb2.SendNotificationRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.SendNotificationResponse.SerializeToString), 'GetNotification': grpc.unary_unary_rpc_method_handler(servicer.GetNotification, request_deserializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationResponse.SerializeToString), 'ListNotifications': grpc.unary_unary_rpc_method_handler(servicer.ListNotifications, request_deserializer=notification_dot_v1_dot_notification__service__pb2.ListNotificationsRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.ListNotificationsResponse.SerializeToString), 'StreamNotifications': grpc.unary_stream_rpc_method_handler(servicer.StreamNotifications, request_deserializer=notification_dot_v1_dot_notification__service__pb2.StreamNotificationsRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.StreamNotificationsResponse.SerializeToString), 'MarkNotificationsRead': grpc.unary_unary_rpc_method_handler(servicer.MarkNotificationsRead, request_deserializer=notification_dot_v1_dot_notification__service__pb2.MarkNotificationsReadRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.MarkNotificationsReadResponse.SerializeToString), 'GetNotificationPreferences': grpc.unary_unary_rpc_method_handler(servicer.GetNotificationPreferences, request_deserializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationPreferencesRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.GetNotificationPreferencesResponse.SerializeToString), 'UpdateNotificationPreferences': grpc.unary_unary_rpc_method_handler(servicer.UpdateNotificationPreferences, request_deserializer=notification_dot_v1_dot_notification__service__pb2.UpdateNotificationPreferencesRequest.FromString, response_serializer=notification_dot_v1_dot_notification__service__pb2.UpdateNotificationPreferencesResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('notification.v1.NotificationService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('notification.v1.NotificationService', rpc_method_handlers)

class NotificationService:
    """NotificationService (notification-service) tells users what happened to
    their account, money and bets, over four channels: EMAIL, SMS, PUSH and
    IN_APP (the feed shown in the apps, updated in real time through
    StreamNotifications and the WebSocket gateway). It owns the notifications,
    the templates they are rendered from, and each user's preferences.

    Event-driven. Most notifications are not requested through
    SendNotification but created from platform events, consumed from NATS
    JetStream with one durable consumer per subject, explicit ack after the
    notification is recorded:
    * `tam.user.v1.user.registered` (user.v1.UserRegisteredEvent): welcome
    email, template "user.welcome", category ACCOUNT, EMAIL only.
    * `tam.user.v1.user.disabled`, `tam.user.v1.user.enabled`
    (user.v1.UserDisabledEvent, UserEnabledEvent): account disabled or
    enabled by an operator ("user.disabled", "user.enabled"), category
    ACCOUNT, EMAIL only; the operator's note is never shown.
    * `tam.wallet.v1.transaction.recorded` (wallet.v1.TransactionRecordedEvent):
    DEPOSIT entries: deposit booked ("wallet.deposit_confirmed");
    CHARGEBACK entries: a deposit was charged back ("wallet.chargeback");
    category TRANSACTION, on EMAIL, PUSH and IN_APP. Other entry types are
    acknowledged and ignored (withdrawals are reported from the payment's
    state below).
    * `tam.wallet.v1.payment.updated` (wallet.v1.PaymentUpdatedEvent): a
    withdrawal that reached SUCCEEDED ("wallet.withdrawal_confirmed") or
    FAILED ("wallet.withdrawal_failed", the funds are back in the wallet),
    and a deposit that FAILED ("wallet.deposit_failed"); category
    TRANSACTION, on EMAIL, PUSH and IN_APP. Other states are acknowledged
    and ignored; as the event is a SNAPSHOT, an update older than the last
    one applied for the payment is skipped.
    * `tam.wallet.v1.wallet.frozen`, `tam.wallet.v1.wallet.unfrozen`
    (wallet.v1.WalletFrozenEvent, WalletUnfrozenEvent): "wallet.frozen" (the
    user can no longer bet, deposit or withdraw; contact support) and
    "wallet.unfrozen", category SECURITY, on EMAIL and IN_APP; never
    revealing the reason or the operator's note.
    * `tam.order.v1.bet.settled` (order.v1.BetSettledEvent): one notification
    per bet, chosen from `settlement.side` and `settlement.result`:
    "bet.settled_won" when the bet won (BACK with result WIN, LAY with result
    LOSE), "bet.settled_lost" when it lost (BACK with LOSE, LAY with WIN),
    "bet.settled_void" for PUSH and VOID; category BET, on PUSH and IN_APP.
    * `tam.order.v1.order.completed` (order.v1.OrderCompletedEvent): bet
    accepted ("bet.accepted"), category BET, on PUSH and IN_APP.
    * `tam.order.v1.order.compensated` (order.v1.OrderCompensatedEvent): the
    bet was not placed and no money moved ("bet.failed"; the order is
    COMPENSATED or REJECTED), category BET, on EMAIL, PUSH and IN_APP.
    * `tam.risk.v1.alert.raised` (risk.v1.RiskAlertRaisedEvent): when
    `alert.recommended_action` is LIMIT_STAKES or FREEZE_WALLET, a generic
    account-security notice to the affected user ("security.account_restricted",
    category SECURITY, on EMAIL and IN_APP) that never reveals the alert's
    flag, reasons or description; for severity HIGH and CRITICAL, an alert
    email to the risk operators ("risk.alert_raised", category OPERATIONS).
    * `tam.risk.v1.profile.tier_changed` (risk.v1.RiskTierChangedEvent): when
    the tier becomes BLOCKED or stops being BLOCKED, "security.account_blocked"
    or "security.account_unblocked" to the user, category SECURITY, on EMAIL
    and IN_APP. Other tier changes are acknowledged and ignored.
    * `tam.risk.v1.responsible_gambling.changed`
    (risk.v1.ResponsibleGamblingChangedEvent): confirmation of the new
    limits or self-exclusion ("account.responsible_gambling_changed"),
    category ACCOUNT, on EMAIL and IN_APP.
    * `tam.reporting.v1.report.generated` (reporting.v1.ReportGeneratedEvent):
    report-ready email to the operators subscribed to reports
    ("report.ready"), category REPORT, EMAIL only.
    * `tam.reporting.v1.report.failed` (reporting.v1.ReportFailedEvent):
    report-failed email to the same operators ("report.failed"), category
    OPERATIONS, EMAIL only.
    Operator recipients are the users with the role "operator" who opted in to
    the category; end users cannot opt in to REPORT or OPERATIONS.
    The idempotency key of an event-driven notification is
    "<metadata.event_id>:<channel>", the channel in lower case without its
    prefix (for example "0f8e...:email"), so a redelivered event never notifies
    twice.

    Preferences. A notification is delivered on a channel only if the channel
    is enabled and the user opted in to the category on that channel (see
    NotificationPreferences). SECURITY and ACCOUNT notifications on EMAIL and
    IN_APP are mandatory and ignore opt-outs. During the user's quiet hours
    PUSH and SMS notifications wait in QUEUED until the quiet hours end, except
    SECURITY ones.

    Access. End users may read and mark their own notifications and manage
    their own preferences; SendNotification and access to other users' data
    need the role "service" or "operator". Otherwise PERMISSION_DENIED /
    PERMISSION_DENIED.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user).
    A retry with the same key and the same request returns the original outcome
    and creates nothing new; the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    runs fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for
    at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "notification.tam.internal" and reasons come from `common.v1.ErrorReason`
    or `notification.v1.NotificationErrorReason`. Every RPC can also return
    INVALID_ARGUMENT / VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING,
    TOKEN_INVALID, TOKEN_EXPIRED, SESSION_REVOKED), PERMISSION_DENIED /
    PERMISSION_DENIED and UNAVAILABLE / DEPENDENCY_UNAVAILABLE; these are not
    repeated below.
    """

    @staticmethod
    def SendNotification(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/notification.v1.NotificationService/SendNotification', notification_dot_v1_dot_notification__service__pb2.SendNotificationRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.SendNotificationResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetNotification(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/notification.v1.NotificationService/GetNotification', notification_dot_v1_dot_notification__service__pb2.GetNotificationRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.GetNotificationResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListNotifications(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/notification.v1.NotificationService/ListNotifications', notification_dot_v1_dot_notification__service__pb2.ListNotificationsRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.ListNotificationsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def StreamNotifications(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_stream(request, target, '/notification.v1.NotificationService/StreamNotifications', notification_dot_v1_dot_notification__service__pb2.StreamNotificationsRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.StreamNotificationsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def MarkNotificationsRead(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/notification.v1.NotificationService/MarkNotificationsRead', notification_dot_v1_dot_notification__service__pb2.MarkNotificationsReadRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.MarkNotificationsReadResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetNotificationPreferences(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/notification.v1.NotificationService/GetNotificationPreferences', notification_dot_v1_dot_notification__service__pb2.GetNotificationPreferencesRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.GetNotificationPreferencesResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def UpdateNotificationPreferences(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/notification.v1.NotificationService/UpdateNotificationPreferences', notification_dot_v1_dot_notification__service__pb2.UpdateNotificationPreferencesRequest.SerializeToString, notification_dot_v1_dot_notification__service__pb2.UpdateNotificationPreferencesResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)