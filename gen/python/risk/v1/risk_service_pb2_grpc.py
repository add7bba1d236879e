"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...risk.v1 import risk_service_pb2 as risk_dot_v1_dot_risk__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in risk/v1/risk_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class RiskServiceStub:
    """RiskService (risk-analyzer, Python) scores bets for fraud and abuse before
    they are placed, enforces rate limits, and keeps a risk profile per user
    that an ML model and a rule set update from the user's activity.

    State owned by the service:
    * Risk profiles, one per user: tier, score, flags and stake limits
    (GetRiskProfile). A profile is created when the user registers
    (`tam.user.v1.user.registered`) or at their first recorded activity.
    * The activity store: every recorded fact about a user (bets, logins,
    payments), keyed by `activity_id`. It is fed by RecordActivity and by the
    NATS subjects `tam.wallet.v1.transaction.recorded`,
    `tam.order.v1.bet.placed|settled|cancelled` and
    `tam.user.v1.user.registered`. An activity derived from a bet event uses
    the natural id "bet_placed:<bet_id>", "bet_settled:<bet_id>" or
    "bet_cancelled:<bet_id>", the id RecordActivity producers use for the
    same fact, so a fact reported both ways is stored once; any other
    event-derived activity uses the event's `metadata.event_id`. Pattern
    detection runs
    asynchronously over this store, updates the profile and publishes
    `tam.risk.v1.alert.raised` and `tam.risk.v1.profile.tier_changed`.
    * Rate-limit counters, one per (subject, action, window).

    Scores. Every score is an integer in basis points from 0 (no risk) to
    10000 (certain fraud): the model's probability multiplied by 10000 and
    rounded HALF_EVEN to an integer. Scores are never floating point on the
    wire.

    Money. Stakes and limits are decimal strings in the request's `currency`
    (for example "100.00"), odds are decimal odds strings (for example "2.50").
    The service computes with exact decimals and never rounds an amount it
    receives.

    Idempotency. The writes (CheckRateLimit, RecordActivity) carry
    `idempotency_key`, scoped to (RPC, user or rate-limit subject). A retry
    with the same key and request returns the original outcome and has no
    further effect; the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    is in flight fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days. The reads (AssessBet, GetRiskProfile) change no
    state and may be retried freely.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "risk.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `risk.v1.RiskErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED), PERMISSION_DENIED / PERMISSION_DENIED (only platform
    services and risk operators may call it) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.AssessBet = channel.unary_unary('/risk.v1.RiskService/AssessBet', request_serializer=risk_dot_v1_dot_risk__service__pb2.AssessBetRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.AssessBetResponse.FromString, _registered_method=True)
        self.CheckRateLimit = channel.unary_unary('/risk.v1.RiskService/CheckRateLimit', request_serializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitResponse.FromString, _registered_method=True)
        self.RecordActivity = channel.unary_unary('/risk.v1.RiskService/RecordActivity', request_serializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityResponse.FromString, _registered_method=True)
        self.GetRiskProfile = channel.unary_unary('/risk.v1.RiskService/GetRiskProfile', request_serializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileResponse.FromString, _registered_method=True)

class RiskServiceServicer:
    """RiskService (risk-analyzer, Python) scores bets for fraud and abuse before
    they are placed, enforces rate limits, and keeps a risk profile per user
    that an ML model and a rule set update from the user's activity.

    State owned by the service:
    * Risk profiles, one per user: tier, score, flags and stake limits
    (GetRiskProfile). A profile is created when the user registers
    (`tam.user.v1.user.registered`) or at their first recorded activity.
    * The activity store: every recorded fact about a user (bets, logins,
    payments), keyed by `activity_id`. It is fed by RecordActivity and by the
    NATS subjects `tam.wallet.v1.transaction.recorded`,
    `tam.order.v1.bet.placed|settled|cancelled` and
    `tam.user.v1.user.registered`. An activity derived from a bet event uses
    the natural id "bet_placed:<bet_id>", "bet_settled:<bet_id>" or
    "bet_cancelled:<bet_id>", the id RecordActivity producers use for the
    same fact, so a fact reported both ways is stored once; any other
    event-derived activity uses the event's `metadata.event_id`. Pattern
    detection runs
    asynchronously over this store, updates the profile and publishes
    `tam.risk.v1.alert.raised` and `tam.risk.v1.profile.tier_changed`.
    * Rate-limit counters, one per (subject, action, window).

    Scores. Every score is an integer in basis points from 0 (no risk) to
    10000 (certain fraud): the model's probability multiplied by 10000 and
    rounded HALF_EVEN to an integer. Scores are never floating point on the
    wire.

    Money. Stakes and limits are decimal strings in the request's `currency`
    (for example "100.00"), odds are decimal odds strings (for example "2.50").
    The service computes with exact decimals and never rounds an amount it
    receives.

    Idempotency. The writes (CheckRateLimit, RecordActivity) carry
    `idempotency_key`, scoped to (RPC, user or rate-limit subject). A retry
    with the same key and request returns the original outcome and has no
    further effect; the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    is in flight fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days. The reads (AssessBet, GetRiskProfile) change no
    state and may be retried freely.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "risk.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `risk.v1.RiskErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED), PERMISSION_DENIED / PERMISSION_DENIED (only platform
    services and risk operators may call it) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    def AssessBet(self, request, context):
        """Scores a bet before placement and decides ALLOW, REVIEW or REJECT. Called
        by order-validator in the bet-placement saga, before ReserveBalance.

        Amount at risk. Limits apply to the money the bet puts at risk, which is
        what the wallet reserves: for BACK the `stake`, for LAY the liability
        `stake` x (`odds` - 1) rounded UP to 2 decimal places (see
        `order.v1.Bet.liability`). "Today's stakes" below is the sum of the
        amounts at risk of the user's bets placed since 00:00 UTC and not
        cancelled.

        Decision model, applied in this order (the most severe outcome wins):
        1. Hard rules. Tier BLOCKED, or a flag that blocks betting, gives REJECT
        (ACCOUNT_BLOCKED). An amount at risk above the profile's `max_stake`,
        or one that would take today's stakes above `max_daily_stake`, gives
        REJECT (STAKE_ABOVE_LIMIT, DAILY_STAKE_LIMIT_EXCEEDED).
        2. Score bands over `risk_score_bps`: below 6000 ALLOW, 6000-8999 REVIEW
        (MODEL_SCORE_HIGH), 9000 and above REJECT (MODEL_SCORE_HIGH). The
        thresholds are service configuration; the defaults are given here.
        3. Soft rules (new device, IP anomaly, velocity, odds anomaly) add their
        reasons and can raise ALLOW to REVIEW, never to REJECT.
        REVIEW means: the bet may be placed; the caller records the placement
        with RecordActivity (BET_PLACED, with `assessment_id`) and risk-analyzer
        then raises a LOW or MEDIUM `tam.risk.v1.alert.raised` for manual review.
        REJECT means: the bet must not be placed; order-validator ends the saga
        before any money moves.

        Side effects. None: the assessment is a pure function of the request and
        the current profile, so the RPC is NO_SIDE_EFFECTS and may be retried or
        hedged freely. The decision is written to an append-only audit log under
        `assessment_id`, which no later answer depends on. The outcome of the bet
        reaches the profile only through RecordActivity or the
        `tam.order.v1.bet.*` events.

        Latency budget: p99 below 50 ms and p99.9 below 150 ms measured at the
        server. Callers set a deadline of 100 ms.

        Caller policy when no decision arrives (DEADLINE_EXCEEDED, UNAVAILABLE,
        or RiskErrorReason MODEL_UNAVAILABLE):
        * fail open as REVIEW when the amount at risk (the liability) is at most
        the caller's configured fail-open limit (default "100.00" in any
        currency): place the bet and
        record it with activity outcome SUCCEEDED so the model sees it later;
        * fail closed otherwise: reject the bet with UNAVAILABLE /
        DEPENDENCY_UNAVAILABLE (dependency "risk-analyzer") so the user can
        retry.

        Errors:
        * INVALID_ARGUMENT / UNSUPPORTED_CURRENCY: `currency` is not traded on
        the platform. Metadata: `currency`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: the user has a profile and
        `currency` differs from its `limits.currency` (the wallet's), so the
        limits cannot be applied; the bet could not be paid for anyway.
        Metadata: `profileCurrency`.
        * UNAVAILABLE / MODEL_UNAVAILABLE: no model version is loaded; apply the
        caller policy above.
        An unknown user is not an error: it is scored with the default profile of
        tier STANDARD and reason NO_HISTORY.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CheckRateLimit(self, request, context):
        """Consumes `cost` units of the quota of (subject, action) and says whether
        the action is allowed. Called by user-service (LOGIN, REGISTER),
        order-validator (PLACE_BET) and wallet-service (DEPOSIT, WITHDRAW) before
        they act.

        Algorithm: fixed windows. Each (subject kind, action) has a policy of
        `limit` units per `window`; windows are aligned to multiples of `window`
        since the Unix epoch (UTC). If `used + cost <= limit` the units are
        consumed and `allowed` is true; otherwise nothing is consumed, `allowed`
        is false and `retry_after` is the time until the window resets.

        Being over the limit is an answer, not an error: the RPC returns OK with
        `allowed = false`. The caller then fails its own RPC with
        RESOURCE_EXHAUSTED / RATE_LIMITED (common.v1.ErrorReason, in the caller's
        error domain) and a `google.rpc.RetryInfo` whose `retry_delay` is
        `retry_after`.

        Idempotency: this is a write because it consumes quota. Only an allowed
        answer is remembered under `idempotency_key`: a retry with the same key
        returns it (with the original `remaining`) and consumes nothing, so a
        retried PLACE_BET is never counted twice. A denied call consumed nothing
        and is not remembered, so a retry with the same key (after
        `retry_after`) is checked afresh; this lets a caller keep one key per
        user action, for example "ratelimit:<saga_id>", across the user's
        retries. IDEMPOTENCY_KEY_REUSED applies only to a remembered key.

        Caller policy when risk-analyzer does not answer, or answers NOT_FOUND /
        RATE_LIMIT_POLICY_NOT_FOUND (a configuration error the caller logs):
        allow (fail open) for every action except WITHDRAW, which fails closed
        with UNAVAILABLE / DEPENDENCY_UNAVAILABLE.

        Errors:
        * NOT_FOUND / RATE_LIMIT_POLICY_NOT_FOUND: no policy is configured for
        the subject kind and action. Metadata: `subjectKind`, `action`.
        * INVALID_ARGUMENT / COST_EXCEEDS_LIMIT: `cost` is larger than the
        policy's `limit`, so it could never be allowed. Metadata: `limit`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def RecordActivity(self, request, context):
        """Records one fact about a user in the activity store, for pattern
        detection (velocity, multi-accounting, bonus abuse, payment fraud). Used
        by producers whose facts are not published as events, notably
        user-service for every LOGIN attempt (successful or failed), and by any
        service that needs the fact scored before its event arrives.

        `activity_id` is unique in the store. Recording it a second time under a
        new idempotency key fails with ALREADY_EXISTS / ACTIVITY_ALREADY_RECORDED
        and changes nothing, with one exception: when the stored activity was
        derived from an event (see the service comment) and has the same
        `user_id`, `type` and `bet_id`, the call adds the fields the event does
        not carry (`assessment_id`, `client`) and succeeds. A caller that only
        needs the fact stored treats ACTIVITY_ALREADY_RECORDED as success. The
        activity is stored synchronously; the profile,
        alerts and tier change are updated asynchronously (typically within 5
        seconds), so the response never contains a new score.

        Errors:
        * ALREADY_EXISTS / ACTIVITY_ALREADY_RECORDED. Metadata: `activityId`.
        * INVALID_ARGUMENT / UNSUPPORTED_CURRENCY. Metadata: `currency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetRiskProfile(self, request, context):
        """Returns the user's current risk profile: tier, score, flags and stake
        limits. Read by order-validator (to show limits), wallet-service (to
        decide on freezes) and back-office tools.

        Errors: NOT_FOUND / RISK_PROFILE_NOT_FOUND: the user has no profile (never
        registered and no activity recorded).
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_RiskServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'AssessBet': grpc.unary_unary_rpc_method_handler(servicer.AssessBet, request_deserializer=risk_dot_v1_dot_risk__service__pb2.AssessBetRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.AssessBetResponse.SerializeToString), 'CheckRateLimit': grpc.unary_unary_rpc_method_handler(servicer.CheckRateLimit, request_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitResponse.SerializeToString), 'RecordActivity': grpc.unary_unary_rpc_method_handler(servicer.RecordActivity, request_deserializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityResponse.SerializeToString), 'GetRiskProfile': grpc.unary_unary_rpc_method_handler(servicer.GetRiskProfile, request_deserializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('risk.v1.RiskService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('risk.v1.RiskService', rpc_method_handlers)

class RiskService:
    """RiskService (risk-analyzer, Python) scores bets for fraud and abuse before
    they are placed, enforces rate limits, and keeps a risk profile per user
    that an ML model and a rule set update from the user's activity.

    State owned by the service:
    * Risk profiles, one per user: tier, score, flags and stake limits
    (GetRiskProfile). A profile is created when the user registers
    (`tam.user.v1.user.registered`) or at their first recorded activity.
    * The activity store: every recorded fact about a user (bets, logins,
    payments), keyed by `activity_id`. It is fed by RecordActivity and by the
    NATS subjects `tam.wallet.v1.transaction.recorded`,
    `tam.order.v1.bet.placed|settled|cancelled` and
    `tam.user.v1.user.registered`. An activity derived from a bet event uses
    the natural id "bet_placed:<bet_id>", "bet_settled:<bet_id>" or
    "bet_cancelled:<bet_id>", the id RecordActivity producers use for the
    same fact, so a fact reported both ways is stored once; any other
    event-derived activity uses the event's `metadata.event_id`. Pattern
    detection runs
    asynchronously over this store, updates the profile and publishes
    `tam.risk.v1.alert.raised` and `tam.risk.v1.profile.tier_changed`.
    * Rate-limit counters, one per (subject, action, window).

    Scores. Every score is an integer in basis points from 0 (no risk) to
    10000 (certain fraud): the model's probability multiplied by 10000 and
    rounded HALF_EVEN to an integer. Scores are never floating point on the
    wire.

    Money. Stakes and limits are decimal strings in the request's `currency`
    (for example "100.00"), odds are decimal odds strings (for example "2.50").
    The service computes with exact decimals and never rounds an amount it
    receives.

    Idempotency. The writes (CheckRateLimit, RecordActivity) carry
    `idempotency_key`, scoped to (RPC, user or rate-limit subject). A retry
    with the same key and request returns the original outcome and has no
    further effect; the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    is in flight fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days. The reads (AssessBet, GetRiskProfile) change no
    state and may be retried freely.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "risk.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `risk.v1.RiskErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED), PERMISSION_DENIED / PERMISSION_DENIED (only platform
    services and risk operators may call it) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    @staticmethod
    def AssessBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/AssessBet', risk_dot_v1_dot_risk__service__pb2.AssessBetRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.AssessBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CheckRateLimit(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/CheckRateLimit', risk_dot_v1_dot_risk__service__pb2.CheckRateLimitRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.CheckRateLimitResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def RecordActivity(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/RecordActivity', risk_dot_v1_dot_risk__service__pb2.RecordActivityRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.RecordActivityResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetRiskProfile(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/GetRiskProfile', risk_dot_v1_dot_risk__service__pb2.GetRiskProfileRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.GetRiskProfileResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)