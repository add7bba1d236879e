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
    they are placed, consumes the user's stake, loss and deposit limits
    atomically in the write paths they govern, enforces rate limits and
    responsible-gambling rules (deposit and loss limits, self-exclusion), and
    keeps a risk profile per user that an ML model and a rule set update from
    the user's activity. Resources are in risk_resources.proto, error reasons
    in risk_errors.proto, events in risk_events.proto.

    State owned by the service:
    * Risk profiles, one per user: tier, score, flags, stake limits and
    responsible-gambling settings (GetRiskProfile). A profile is created
    when the user registers (`tam.user.v1.user.registered`); its currency is
    the wallet's (`tam.wallet.v1.wallet.opened`).
    * Limit counters per user and period (UTC day, ISO week from Monday, UTC
    calendar month): stake consumed, amount at risk of open bets, realised
    net loss, deposits started. AssessBet, ReleaseBetLimits and
    CheckDeposit change them in one transaction with their decision, so
    concurrent requests can never all pass one limit.
    * The activity store: every recorded fact about a user (bets, logins,
    payments), keyed by `activity_id`. It is fed by RecordActivity and by the
    subjects listed below. An activity derived from a bet event uses the
    natural id "bet_placed:<bet_id>", "bet_settled:<bet_id>" or
    "bet_cancelled:<bet_id>", the id RecordActivity producers use for the
    same fact, so a fact reported both ways is stored once; any other
    event-derived activity uses the event's `metadata.event_id`. Pattern
    detection runs asynchronously over this store, updates the profile and
    publishes `tam.risk.v1.alert.raised` and `tam.risk.v1.profile.tier_changed`.
    * Rate-limit counters, one per (subject, action, window).

    Subjects consumed (JetStream durable consumers, explicit ack after the
    change is committed):
    * `tam.user.v1.user.registered`: creates the profile (tier STANDARD).
    * `tam.user.v1.session.created`, `tam.user.v1.session.revoked`: device,
    IP and session history for the device and IP rules and for
    ACCOUNT_TAKEOVER (revocations for refresh-token reuse).
    * `tam.wallet.v1.wallet.opened`: the currency of the profile's limits.
    * `tam.wallet.v1.transaction.recorded`: payments, chargebacks
    (PAYMENT_FRAUD) and negative balances.
    * `tam.wallet.v1.payment.updated`: a deposit that ends FAILED gives its
    amount back to the deposit limits counted by CheckDeposit.
    * `tam.order.v1.bet.placed`, `tam.order.v1.bet.settled`,
    `tam.order.v1.bet.cancelled`: betting history; a settlement turns the
    bet's amount at risk into its realised profit or loss for the loss
    limits.

    Scores. Every score is an integer in basis points from 0 (no risk) to
    10000 (certain fraud): the model's probability multiplied by 10000 and
    rounded HALF_EVEN to an integer. Scores are never floating point on the
    wire.

    Money. Stakes and limits are decimal strings in the request's `currency`
    (for example "100.00"), with at most that currency's minor-unit digits
    (JPY 0; KWD, BHD 3; others 2); odds are decimal odds strings (for example
    "2.50"). The service computes with exact decimals and never rounds an
    amount it receives.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user or
    rate-limit subject). Replay follows the platform rule in
    docs/CONVENTIONS.md: a retry with the same key and request returns the
    stored outcome and has no further effect (a retried AssessBet never
    consumes limits twice); the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    is in flight fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days. Where an answer depends on a state that can
    change (a REJECT for a limit, a denied deposit, a BLOCKED tier), the caller
    retries with a new key once it has changed. Refusals before execution
    (validation, authentication, UNAVAILABLE, ABORTED) are not stored.

    Access. Only platform services (role "service") call AssessBet,
    ReleaseBetLimits, CheckRateLimit, RecordActivity, CheckDeposit and
    CheckWithdrawal. GetRiskProfile needs "service" or "operator", or the
    role "user" for the caller's own profile. SetResponsibleGamblingLimits
    and SelfExclude are called by the user for themself (role "user") or by an
    operator on their behalf. ClearFlag and SetTier need "operator".

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "risk.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `risk.v1.RiskErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED), PERMISSION_DENIED / PERMISSION_DENIED
    (see Access) and UNAVAILABLE / DEPENDENCY_UNAVAILABLE; these are not
    repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.AssessBet = channel.unary_unary('/risk.v1.RiskService/AssessBet', request_serializer=risk_dot_v1_dot_risk__service__pb2.AssessBetRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.AssessBetResponse.FromString, _registered_method=True)
        self.ReleaseBetLimits = channel.unary_unary('/risk.v1.RiskService/ReleaseBetLimits', request_serializer=risk_dot_v1_dot_risk__service__pb2.ReleaseBetLimitsRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.ReleaseBetLimitsResponse.FromString, _registered_method=True)
        self.CheckRateLimit = channel.unary_unary('/risk.v1.RiskService/CheckRateLimit', request_serializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitResponse.FromString, _registered_method=True)
        self.CheckDeposit = channel.unary_unary('/risk.v1.RiskService/CheckDeposit', request_serializer=risk_dot_v1_dot_risk__service__pb2.CheckDepositRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckDepositResponse.FromString, _registered_method=True)
        self.CheckWithdrawal = channel.unary_unary('/risk.v1.RiskService/CheckWithdrawal', request_serializer=risk_dot_v1_dot_risk__service__pb2.CheckWithdrawalRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckWithdrawalResponse.FromString, _registered_method=True)
        self.RecordActivity = channel.unary_unary('/risk.v1.RiskService/RecordActivity', request_serializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityResponse.FromString, _registered_method=True)
        self.GetRiskProfile = channel.unary_unary('/risk.v1.RiskService/GetRiskProfile', request_serializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileResponse.FromString, _registered_method=True)
        self.SetResponsibleGamblingLimits = channel.unary_unary('/risk.v1.RiskService/SetResponsibleGamblingLimits', request_serializer=risk_dot_v1_dot_risk__service__pb2.SetResponsibleGamblingLimitsRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.SetResponsibleGamblingLimitsResponse.FromString, _registered_method=True)
        self.SelfExclude = channel.unary_unary('/risk.v1.RiskService/SelfExclude', request_serializer=risk_dot_v1_dot_risk__service__pb2.SelfExcludeRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.SelfExcludeResponse.FromString, _registered_method=True)
        self.ClearFlag = channel.unary_unary('/risk.v1.RiskService/ClearFlag', request_serializer=risk_dot_v1_dot_risk__service__pb2.ClearFlagRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.ClearFlagResponse.FromString, _registered_method=True)
        self.SetTier = channel.unary_unary('/risk.v1.RiskService/SetTier', request_serializer=risk_dot_v1_dot_risk__service__pb2.SetTierRequest.SerializeToString, response_deserializer=risk_dot_v1_dot_risk__service__pb2.SetTierResponse.FromString, _registered_method=True)

class RiskServiceServicer:
    """RiskService (risk-analyzer, Python) scores bets for fraud and abuse before
    they are placed, consumes the user's stake, loss and deposit limits
    atomically in the write paths they govern, enforces rate limits and
    responsible-gambling rules (deposit and loss limits, self-exclusion), and
    keeps a risk profile per user that an ML model and a rule set update from
    the user's activity. Resources are in risk_resources.proto, error reasons
    in risk_errors.proto, events in risk_events.proto.

    State owned by the service:
    * Risk profiles, one per user: tier, score, flags, stake limits and
    responsible-gambling settings (GetRiskProfile). A profile is created
    when the user registers (`tam.user.v1.user.registered`); its currency is
    the wallet's (`tam.wallet.v1.wallet.opened`).
    * Limit counters per user and period (UTC day, ISO week from Monday, UTC
    calendar month): stake consumed, amount at risk of open bets, realised
    net loss, deposits started. AssessBet, ReleaseBetLimits and
    CheckDeposit change them in one transaction with their decision, so
    concurrent requests can never all pass one limit.
    * The activity store: every recorded fact about a user (bets, logins,
    payments), keyed by `activity_id`. It is fed by RecordActivity and by the
    subjects listed below. An activity derived from a bet event uses the
    natural id "bet_placed:<bet_id>", "bet_settled:<bet_id>" or
    "bet_cancelled:<bet_id>", the id RecordActivity producers use for the
    same fact, so a fact reported both ways is stored once; any other
    event-derived activity uses the event's `metadata.event_id`. Pattern
    detection runs asynchronously over this store, updates the profile and
    publishes `tam.risk.v1.alert.raised` and `tam.risk.v1.profile.tier_changed`.
    * Rate-limit counters, one per (subject, action, window).

    Subjects consumed (JetStream durable consumers, explicit ack after the
    change is committed):
    * `tam.user.v1.user.registered`: creates the profile (tier STANDARD).
    * `tam.user.v1.session.created`, `tam.user.v1.session.revoked`: device,
    IP and session history for the device and IP rules and for
    ACCOUNT_TAKEOVER (revocations for refresh-token reuse).
    * `tam.wallet.v1.wallet.opened`: the currency of the profile's limits.
    * `tam.wallet.v1.transaction.recorded`: payments, chargebacks
    (PAYMENT_FRAUD) and negative balances.
    * `tam.wallet.v1.payment.updated`: a deposit that ends FAILED gives its
    amount back to the deposit limits counted by CheckDeposit.
    * `tam.order.v1.bet.placed`, `tam.order.v1.bet.settled`,
    `tam.order.v1.bet.cancelled`: betting history; a settlement turns the
    bet's amount at risk into its realised profit or loss for the loss
    limits.

    Scores. Every score is an integer in basis points from 0 (no risk) to
    10000 (certain fraud): the model's probability multiplied by 10000 and
    rounded HALF_EVEN to an integer. Scores are never floating point on the
    wire.

    Money. Stakes and limits are decimal strings in the request's `currency`
    (for example "100.00"), with at most that currency's minor-unit digits
    (JPY 0; KWD, BHD 3; others 2); odds are decimal odds strings (for example
    "2.50"). The service computes with exact decimals and never rounds an
    amount it receives.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user or
    rate-limit subject). Replay follows the platform rule in
    docs/CONVENTIONS.md: a retry with the same key and request returns the
    stored outcome and has no further effect (a retried AssessBet never
    consumes limits twice); the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    is in flight fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days. Where an answer depends on a state that can
    change (a REJECT for a limit, a denied deposit, a BLOCKED tier), the caller
    retries with a new key once it has changed. Refusals before execution
    (validation, authentication, UNAVAILABLE, ABORTED) are not stored.

    Access. Only platform services (role "service") call AssessBet,
    ReleaseBetLimits, CheckRateLimit, RecordActivity, CheckDeposit and
    CheckWithdrawal. GetRiskProfile needs "service" or "operator", or the
    role "user" for the caller's own profile. SetResponsibleGamblingLimits
    and SelfExclude are called by the user for themself (role "user") or by an
    operator on their behalf. ClearFlag and SetTier need "operator".

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "risk.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `risk.v1.RiskErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED), PERMISSION_DENIED / PERMISSION_DENIED
    (see Access) and UNAVAILABLE / DEPENDENCY_UNAVAILABLE; these are not
    repeated below.
    """

    def AssessBet(self, request, context):
        """Scores a bet before placement, decides ALLOW, REVIEW or REJECT and, for
        ALLOW and REVIEW, consumes the user's limits for the bet's amount at risk
        in the same transaction. Called by order-validator as step 1 of the
        bet-placement saga, before ReserveBalance (step 2); compensated by
        ReleaseBetLimits, which the saga runs whenever the order ends without a
        bet.

        Amount at risk. Limits apply to the money the bet puts at risk, which is
        what the wallet reserves: for BACK the `stake`, for LAY the liability
        `stake` x (`odds` - 1) rounded UP to the currency's minor unit (see
        `order.v1.Bet.liability`).

        Decision model, applied in this order (the most severe outcome wins):
        1. Hard rules, REJECT: self-exclusion in force (SELF_EXCLUDED); tier
        BLOCKED or a blocking flag (ACCOUNT_BLOCKED); an amount at risk above
        `max_stake` (STAKE_ABOVE_LIMIT); today's consumed stake plus this bet
        above `max_daily_stake` (DAILY_STAKE_LIMIT_EXCEEDED); for each loss
        limit period, realised net loss plus the amount at risk of open bets
        plus this bet above the user's loss limit (LOSS_LIMIT_EXCEEDED: a bet
        can lose at most its amount at risk, so the limit holds whatever the
        outcomes).
        2. Score bands over `risk_score_bps`: below 6000 ALLOW, 6000-8999 REVIEW
        (MODEL_SCORE_HIGH), 9000 and above REJECT (MODEL_SCORE_HIGH). The
        thresholds are service configuration; the defaults are given here.
        3. Soft rules (new device, IP anomaly, velocity, odds anomaly) add their
        reasons and can raise ALLOW to REVIEW, never to REJECT.
        REVIEW means: the bet may be placed; risk-analyzer raises a LOW or MEDIUM
        `tam.risk.v1.alert.raised` for manual review when the bet is placed.
        REJECT means: the bet must not be placed; order-validator ends the order
        before any money moves.

        Atomic consumption. An ALLOW or REVIEW adds the amount at risk to the
        daily stake and to the open amount at risk of every loss-limit period,
        atomically with the checks, so N concurrent orders can never together
        pass a limit that each would pass alone. A REJECT consumes nothing. The
        assessment is stored under (`user_id`, `saga_id`): at most one per saga.
        A second AssessBet for the same saga with a new key returns the stored
        assessment unchanged (natural idempotency) and consumes nothing. The
        limits come back through ReleaseBetLimits (an order that fails, unmatched
        stake cancelled or lapsed) and, at settlement, through
        `tam.order.v1.bet.settled` (the amount at risk becomes the realised
        result).

        Latency budget: p99 below 50 ms and p99.9 below 150 ms measured at the
        server. Callers set a deadline of 100 ms.

        Fail-closed rule (caller policy when no decision arrives:
        DEADLINE_EXCEEDED, UNAVAILABLE, or MODEL_UNAVAILABLE). The caller retries
        once with the same key; if there is still no decision and the amount at
        risk is above the caller's fail-open threshold, it refuses the bet:
        order-validator compensates the step (ReleaseBetLimits, whose tombstone
        stops a late assessment) and ends the order REJECTED with reason
        DEPENDENCY_UNAVAILABLE (dependency "risk-analyzer"). The threshold is
        order-validator's configuration, per currency, and defaults to "0", so
        by default every bet fails closed. An operator may set a small positive
        threshold; a bet at or below it is then placed without a decision, and
        risk-analyzer consumes its limits afterwards from
        `tam.order.v1.bet.placed` when no assessment is stored for its saga (so
        during an outage a limit can be exceeded by at most the threshold per
        bet, and never twice for one bet). MODEL_UNAVAILABLE alone never skips
        the hard rules: risk-analyzer answers it only when it cannot score, and
        still applies every limit first (a limit breach is answered as REJECT).

        Errors:
        * INVALID_ARGUMENT / UNSUPPORTED_CURRENCY: `currency` is not traded on
        the platform. Metadata: `currency`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: the user has a profile and
        `currency` differs from its currency (the wallet's), so the limits
        cannot be applied. Metadata: `profileCurrency`.
        * UNAVAILABLE / MODEL_UNAVAILABLE: no model version is loaded and no
        limit was breached; nothing was consumed; apply the caller policy
        above.
        * ABORTED / SAGA_ALREADY_COMPENSATED: ReleaseBetLimits already ran for
        this saga (a late assessment is refused so that limits cannot leak).
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        An unknown user is not an error: it is scored with the default profile of
        tier STANDARD and reason NO_HISTORY.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ReleaseBetLimits(self, request, context):
        """Gives back limits consumed by the saga's AssessBet: all that remains of
        them (`amount` empty: the order failed or was compensated) or a part
        (`amount` set: unmatched stake that was cancelled or lapsed, in amount at
        risk). Never gives back more than the assessment consumed and has not
        been given back yet; a larger `amount` releases what remains.

        Safe to call at any time, as compensations must be: with no assessment
        for the saga (it never happened, was a REJECT, or has not arrived yet) it
        succeeds with outcome NO_ASSESSMENT and records a tombstone, so that a
        late AssessBet for the saga fails with ABORTED /
        SAGA_ALREADY_COMPENSATED. A release of an assessment whose limits are all
        back succeeds with outcome NOTHING_LEFT.

        Callers and keys: order-validator makes both kinds of release, with
        "<saga_id>:release-limits" for the full release when an order ends
        without a bet, and "release:<bet_id>:<instruction_id>" for a part, one
        per `tam.order.v1.bet_stake.released` event it consumes.

        Errors:
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `amount` is set and `currency`
        differs from the assessment's. Metadata: `profileCurrency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CheckRateLimit(self, request, context):
        """Consumes `cost` units of the quota of (subject, action) and says whether
        the action is allowed. Called by user-service (LOGIN, REGISTER),
        order-validator (PLACE_BET) and wallet-service (DEPOSIT, WITHDRAW, when
        a payment starts) before they act.

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
        answer is stored under `idempotency_key`: a retry with the same key
        returns it (with the original `remaining`) and consumes nothing, so a
        retried PLACE_BET is never counted twice. A denied call consumed nothing
        and is not stored, so a retry with the same key (after `retry_after`) is
        checked afresh; this lets a caller keep one key per user action, for
        example "ratelimit:<saga_id>", across the user's retries.
        IDEMPOTENCY_KEY_REUSED applies only to a stored key.

        Caller policy when risk-analyzer does not answer, or answers NOT_FOUND /
        RATE_LIMIT_POLICY_NOT_FOUND (a configuration error the caller logs):
        allow (fail open) for LOGIN and REGISTER; fail closed with UNAVAILABLE /
        DEPENDENCY_UNAVAILABLE for DEPOSIT and WITHDRAW, whose callers also need
        CheckDeposit or CheckWithdrawal from the same service. PLACE_BET follows
        AssessBet's fail-closed rule: fail closed, except for an order whose
        amount at risk is at or below order-validator's fail-open threshold
        (default "0", so by default PLACE_BET fails closed too).

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

    def CheckDeposit(self, request, context):
        """Decides whether a deposit may start and, if so, counts `amount` against
        the user's deposit limits (daily, weekly, monthly) in the same
        transaction. Called by wallet-service's StartDeposit. A deposit that ends
        FAILED gives its amount back (risk-analyzer consumes
        `tam.wallet.v1.payment.updated`); a confirmed one stays counted.

        A refusal is an answer, not an error: `allowed` false with
        `denial_reason` SELF_EXCLUDED (a self-exclusion is in force) or
        DEPOSIT_LIMIT_EXCEEDED (the amount exceeds what remains of a limit;
        `limit_period`, `limit` and `remaining` say which). Nothing is counted
        then. wallet-service maps them to its FAILED_PRECONDITION errors.
        Stored under the key like every answer; retry with a new key once the
        period resets.

        Errors:
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `currency` differs from the
        profile's. Metadata: `profileCurrency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CheckWithdrawal(self, request, context):
        """Decides whether a withdrawal may start. Called by wallet-service's
        StartWithdrawal. A BLOCKED tier (SetTier, or a blocking flag) refuses
        every withdrawal: `allowed` false with `denial_reason` ACCOUNT_BLOCKED.
        Self-exclusion never stops a withdrawal. The decision is written to the
        audit log under the key; it consumes nothing.

        Errors:
        * INVALID_ARGUMENT / CURRENCY_MISMATCH. Metadata: `profileCurrency`.
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
        activity is stored synchronously; the profile, alerts and tier change
        are updated asynchronously (typically within 5 seconds), so the
        response never contains a new score.

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
        """Returns the user's current risk profile: tier, score, flags, stake
        limits and responsible-gambling settings. Read by order-validator (to
        show limits), back-office tools and the user (own profile).

        Errors: NOT_FOUND / RISK_PROFILE_NOT_FOUND: the user has no profile (never
        registered and no activity recorded).
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SetResponsibleGamblingLimits(self, request, context):
        """Sets the user's responsible-gambling limits: deposit limits and loss
        limits per day, week and month. Per AIP-134, only the paths named in
        `update_mask` are changed; with no mask (or an empty one) every limit in
        `limits` replaces the stored one (an empty string removes that limit).

        Cooling-off. A change that tightens a limit (lower value, or a limit
        where there was none) applies at once. A change that loosens one (higher
        value, or removal) is held as `pending_limits` and applies 24 hours
        later, unless tightened again meanwhile. Every change publishes
        ResponsibleGamblingChangedEvent.

        Errors:
        * NOT_FOUND / RISK_PROFILE_NOT_FOUND. Metadata: `userId`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `limits.currency` differs from
        the profile's. Metadata: `profileCurrency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SelfExclude(self, request, context):
        """Excludes the user from betting and depositing until `end_time`, or
        permanently. Takes effect at once: AssessBet REJECTs with SELF_EXCLUDED
        and CheckDeposit refuses; withdrawals stay possible. A self-exclusion
        can be extended but never shortened or lifted before it ends, not even
        by an operator; a call with an earlier end than the one in force changes
        nothing and returns the exclusion in force. Publishes
        ResponsibleGamblingChangedEvent.

        Errors:
        * NOT_FOUND / RISK_PROFILE_NOT_FOUND. Metadata: `userId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ClearFlag(self, request, context):
        """Clears one flag from the user's profile (operator), after review.
        Clearing the last blocking flag does not leave BLOCKED by itself: use
        SetTier. Clearing a flag that is not set succeeds and changes nothing
        (`changed` false). Publishes RiskFlagClearedEvent (audit).

        Errors:
        * NOT_FOUND / RISK_PROFILE_NOT_FOUND. Metadata: `userId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SetTier(self, request, context):
        """Sets the user's tier (operator): BLOCKED refuses every bet and every
        withdrawal; leaving BLOCKED needs this RPC. Setting the tier the user
        already has succeeds and changes nothing (`changed` false). Publishes
        RiskTierChangedEvent with the operator as actor. Automatic tier moves
        (score changes) resume from the tier set here.

        Errors:
        * NOT_FOUND / RISK_PROFILE_NOT_FOUND. Metadata: `userId`.
        * FAILED_PRECONDITION / BLOCKING_FLAG_SET: leaving BLOCKED while a
        blocking flag (PAYMENT_FRAUD, MATCH_FIXING) is still set; clear it
        first. Metadata: `flag`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_RiskServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'AssessBet': grpc.unary_unary_rpc_method_handler(servicer.AssessBet, request_deserializer=risk_dot_v1_dot_risk__service__pb2.AssessBetRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.AssessBetResponse.SerializeToString), 'ReleaseBetLimits': grpc.unary_unary_rpc_method_handler(servicer.ReleaseBetLimits, request_deserializer=risk_dot_v1_dot_risk__service__pb2.ReleaseBetLimitsRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.ReleaseBetLimitsResponse.SerializeToString), 'CheckRateLimit': grpc.unary_unary_rpc_method_handler(servicer.CheckRateLimit, request_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.CheckRateLimitResponse.SerializeToString), 'CheckDeposit': grpc.unary_unary_rpc_method_handler(servicer.CheckDeposit, request_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckDepositRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.CheckDepositResponse.SerializeToString), 'CheckWithdrawal': grpc.unary_unary_rpc_method_handler(servicer.CheckWithdrawal, request_deserializer=risk_dot_v1_dot_risk__service__pb2.CheckWithdrawalRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.CheckWithdrawalResponse.SerializeToString), 'RecordActivity': grpc.unary_unary_rpc_method_handler(servicer.RecordActivity, request_deserializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.RecordActivityResponse.SerializeToString), 'GetRiskProfile': grpc.unary_unary_rpc_method_handler(servicer.GetRiskProfile, request_deserializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.GetRiskProfileResponse.SerializeToString), 'SetResponsibleGamblingLimits': grpc.unary_unary_rpc_method_handler(servicer.SetResponsibleGamblingLimits, request_deserializer=risk_dot_v1_dot_risk__service__pb2.SetResponsibleGamblingLimitsRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.SetResponsibleGamblingLimitsResponse.SerializeToString), 'SelfExclude': grpc.unary_unary_rpc_method_handler(servicer.SelfExclude, request_deserializer=risk_dot_v1_dot_risk__service__pb2.SelfExcludeRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.SelfExcludeResponse.SerializeToString), 'ClearFlag': grpc.unary_unary_rpc_method_handler(servicer.ClearFlag, request_deserializer=risk_dot_v1_dot_risk__service__pb2.ClearFlagRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.ClearFlagResponse.SerializeToString), 'SetTier': grpc.unary_unary_rpc_method_handler(servicer.SetTier, request_deserializer=risk_dot_v1_dot_risk__service__pb2.SetTierRequest.FromString, response_serializer=risk_dot_v1_dot_risk__service__pb2.SetTierResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('risk.v1.RiskService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('risk.v1.RiskService', rpc_method_handlers)

class RiskService:
    """RiskService (risk-analyzer, Python) scores bets for fraud and abuse before
    they are placed, consumes the user's stake, loss and deposit limits
    atomically in the write paths they govern, enforces rate limits and
    responsible-gambling rules (deposit and loss limits, self-exclusion), and
    keeps a risk profile per user that an ML model and a rule set update from
    the user's activity. Resources are in risk_resources.proto, error reasons
    in risk_errors.proto, events in risk_events.proto.

    State owned by the service:
    * Risk profiles, one per user: tier, score, flags, stake limits and
    responsible-gambling settings (GetRiskProfile). A profile is created
    when the user registers (`tam.user.v1.user.registered`); its currency is
    the wallet's (`tam.wallet.v1.wallet.opened`).
    * Limit counters per user and period (UTC day, ISO week from Monday, UTC
    calendar month): stake consumed, amount at risk of open bets, realised
    net loss, deposits started. AssessBet, ReleaseBetLimits and
    CheckDeposit change them in one transaction with their decision, so
    concurrent requests can never all pass one limit.
    * The activity store: every recorded fact about a user (bets, logins,
    payments), keyed by `activity_id`. It is fed by RecordActivity and by the
    subjects listed below. An activity derived from a bet event uses the
    natural id "bet_placed:<bet_id>", "bet_settled:<bet_id>" or
    "bet_cancelled:<bet_id>", the id RecordActivity producers use for the
    same fact, so a fact reported both ways is stored once; any other
    event-derived activity uses the event's `metadata.event_id`. Pattern
    detection runs asynchronously over this store, updates the profile and
    publishes `tam.risk.v1.alert.raised` and `tam.risk.v1.profile.tier_changed`.
    * Rate-limit counters, one per (subject, action, window).

    Subjects consumed (JetStream durable consumers, explicit ack after the
    change is committed):
    * `tam.user.v1.user.registered`: creates the profile (tier STANDARD).
    * `tam.user.v1.session.created`, `tam.user.v1.session.revoked`: device,
    IP and session history for the device and IP rules and for
    ACCOUNT_TAKEOVER (revocations for refresh-token reuse).
    * `tam.wallet.v1.wallet.opened`: the currency of the profile's limits.
    * `tam.wallet.v1.transaction.recorded`: payments, chargebacks
    (PAYMENT_FRAUD) and negative balances.
    * `tam.wallet.v1.payment.updated`: a deposit that ends FAILED gives its
    amount back to the deposit limits counted by CheckDeposit.
    * `tam.order.v1.bet.placed`, `tam.order.v1.bet.settled`,
    `tam.order.v1.bet.cancelled`: betting history; a settlement turns the
    bet's amount at risk into its realised profit or loss for the loss
    limits.

    Scores. Every score is an integer in basis points from 0 (no risk) to
    10000 (certain fraud): the model's probability multiplied by 10000 and
    rounded HALF_EVEN to an integer. Scores are never floating point on the
    wire.

    Money. Stakes and limits are decimal strings in the request's `currency`
    (for example "100.00"), with at most that currency's minor-unit digits
    (JPY 0; KWD, BHD 3; others 2); odds are decimal odds strings (for example
    "2.50"). The service computes with exact decimals and never rounds an
    amount it receives.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user or
    rate-limit subject). Replay follows the platform rule in
    docs/CONVENTIONS.md: a retry with the same key and request returns the
    stored outcome and has no further effect (a retried AssessBet never
    consumes limits twice); the same key with a different request fails with
    FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first call
    is in flight fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days. Where an answer depends on a state that can
    change (a REJECT for a limit, a denied deposit, a BLOCKED tier), the caller
    retries with a new key once it has changed. Refusals before execution
    (validation, authentication, UNAVAILABLE, ABORTED) are not stored.

    Access. Only platform services (role "service") call AssessBet,
    ReleaseBetLimits, CheckRateLimit, RecordActivity, CheckDeposit and
    CheckWithdrawal. GetRiskProfile needs "service" or "operator", or the
    role "user" for the caller's own profile. SetResponsibleGamblingLimits
    and SelfExclude are called by the user for themself (role "user") or by an
    operator on their behalf. ClearFlag and SetTier need "operator".

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "risk.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `risk.v1.RiskErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED), PERMISSION_DENIED / PERMISSION_DENIED
    (see Access) and UNAVAILABLE / DEPENDENCY_UNAVAILABLE; these are not
    repeated below.
    """

    @staticmethod
    def AssessBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/AssessBet', risk_dot_v1_dot_risk__service__pb2.AssessBetRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.AssessBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ReleaseBetLimits(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/ReleaseBetLimits', risk_dot_v1_dot_risk__service__pb2.ReleaseBetLimitsRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.ReleaseBetLimitsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CheckRateLimit(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/CheckRateLimit', risk_dot_v1_dot_risk__service__pb2.CheckRateLimitRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.CheckRateLimitResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CheckDeposit(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/CheckDeposit', risk_dot_v1_dot_risk__service__pb2.CheckDepositRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.CheckDepositResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CheckWithdrawal(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/CheckWithdrawal', risk_dot_v1_dot_risk__service__pb2.CheckWithdrawalRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.CheckWithdrawalResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def RecordActivity(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/RecordActivity', risk_dot_v1_dot_risk__service__pb2.RecordActivityRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.RecordActivityResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetRiskProfile(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/GetRiskProfile', risk_dot_v1_dot_risk__service__pb2.GetRiskProfileRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.GetRiskProfileResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SetResponsibleGamblingLimits(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/SetResponsibleGamblingLimits', risk_dot_v1_dot_risk__service__pb2.SetResponsibleGamblingLimitsRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.SetResponsibleGamblingLimitsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SelfExclude(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/SelfExclude', risk_dot_v1_dot_risk__service__pb2.SelfExcludeRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.SelfExcludeResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ClearFlag(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/ClearFlag', risk_dot_v1_dot_risk__service__pb2.ClearFlagRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.ClearFlagResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SetTier(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/risk.v1.RiskService/SetTier', risk_dot_v1_dot_risk__service__pb2.SetTierRequest.SerializeToString, risk_dot_v1_dot_risk__service__pb2.SetTierResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)