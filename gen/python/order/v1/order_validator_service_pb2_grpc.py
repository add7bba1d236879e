"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...order.v1 import order_validator_service_pb2 as order_dot_v1_dot_order__validator__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in order/v1/order_validator_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class OrderValidatorServiceStub:
    """OrderValidatorService (order-validator) is the client's entry point for
    placing bets. It is a stateless saga orchestrator: each order runs as one
    Temporal workflow, and the workflow's history is the order's only state.

    Bet-placement saga ("bet_placement", declared below with
    `(common.v1.saga)`):

    step  RPC                                         role            compensation
    1     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    2     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    3     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    4     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

    PlaceBet creates the bet PENDING, off the book; only ConfirmBet, after the
    pivot, puts it on the book. So nothing is ever matched with money that
    could still be released, and compensating step 2 never touches a
    counterparty (docs/services/order-validator.md argues why this order is
    kept).

    On a definitive failure before the pivot has succeeded (steps 1-3), the
    completed compensatable steps are compensated in reverse order: a failure
    at step 3 runs CancelBet, then CancelReservation; at step 2,
    CancelReservation. A step 1 or 2 whose outcome is unknown (timeout, retries
    exhausted) is compensated too, as if it had succeeded: the compensations
    accept a missing target and leave a tombstone. The pivot's outcome is
    never guessed: an unknown CommitReservation outcome is resolved with
    `wallet.v1.WalletService.GetReservation` (COMMITTED: go on to step 4;
    CANCELLED or EXPIRED: compensate; PENDING: commit again with the same key).
    After the pivot nothing is compensated: step 4 is retried with the same
    key and its failure never undoes the bet. Whenever an order ends without a
    bet (REJECTED, COMPENSATED, FAILED resolved by refund), the risk limits it
    consumed are given back with `risk.v1.RiskService.ReleaseBetLimits` (by
    `saga_id`, key "<saga_id>:release-limits"; it tolerates a missing
    assessment).

    Risk limits on unmatched stake. order-validator consumes
    `tam.order.v1.bet_stake.released` (BetStakeReleasedEvent) and gives back
    the limits of every cancelled or lapsed stake with ReleaseBetLimits (key
    "release:<bet_id>:<instruction_id>").

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): 5 s per
    attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts
    for steps 1-3 and 20 for step 4, after which the step is
    RETRIES_EXHAUSTED (an unknown outcome); compensations are retried without
    limit. ReserveBalance is sent with `ttl` unset (5 minutes) and with the
    order's `currency`; the forward path must finish well inside it.

    Ids and keys. `saga_id` is the Temporal workflow id and is derived from the
    request, so a retried PlaceOrder joins the same workflow instead of placing
    a second bet:
    h        = lowercase hex SHA-256 of UTF-8(user_id + "
" + idempotency_key)
    saga_id  = "bet-placement-" + h
    order_id = "order-" + h
    A PlaceOrders instruction i uses the derived key idempotency_key + ":" + i.
    Every step uses the idempotency key "<saga_id>:<step>", with <step> one of
    assess, reserve, place, commit, confirm, cancel-bet, cancel-reservation,
    release-limits. For a LAY bet the reserved amount is the bet's liability,
    stake x (price - 1) rounded UP to the currency's minor unit; for BACK it
    is the stake.

    Idempotency. PlaceOrder's and PlaceOrders' keys are scoped to (RPC,
    `user_id`), ResolveOrder's to (ResolveOrder, `order_id`). The workflow is
    started with id conflict policy USE_EXISTING, so a retry with the same key
    and intent returns the same order; the same key with a different intent
    fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED. Outcomes are
    replayed by the platform rule of docs/CONVENTIONS.md: a check that failed
    with FAILED_PRECONDITION (market not open, risk rejected) is stored under
    the key, so to try again later the client sends a new key. Orders (and
    keys) are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED (`user_id` is not
    the caller; ResolveOrder is for operators) and UNAVAILABLE
    (DEPENDENCY_UNAVAILABLE, for example Temporal is down); these are not
    repeated below. A failed saga is not an RPC error: it is reported in the
    order's state and steps.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.PlaceOrder = channel.unary_unary('/order.v1.OrderValidatorService/PlaceOrder', request_serializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderResponse.FromString, _registered_method=True)
        self.PlaceOrders = channel.unary_unary('/order.v1.OrderValidatorService/PlaceOrders', request_serializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrdersRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrdersResponse.FromString, _registered_method=True)
        self.GetOrder = channel.unary_unary('/order.v1.OrderValidatorService/GetOrder', request_serializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderResponse.FromString, _registered_method=True)
        self.ResolveOrder = channel.unary_unary('/order.v1.OrderValidatorService/ResolveOrder', request_serializer=order_dot_v1_dot_order__validator__service__pb2.ResolveOrderRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__validator__service__pb2.ResolveOrderResponse.FromString, _registered_method=True)

class OrderValidatorServiceServicer:
    """OrderValidatorService (order-validator) is the client's entry point for
    placing bets. It is a stateless saga orchestrator: each order runs as one
    Temporal workflow, and the workflow's history is the order's only state.

    Bet-placement saga ("bet_placement", declared below with
    `(common.v1.saga)`):

    step  RPC                                         role            compensation
    1     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    2     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    3     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    4     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

    PlaceBet creates the bet PENDING, off the book; only ConfirmBet, after the
    pivot, puts it on the book. So nothing is ever matched with money that
    could still be released, and compensating step 2 never touches a
    counterparty (docs/services/order-validator.md argues why this order is
    kept).

    On a definitive failure before the pivot has succeeded (steps 1-3), the
    completed compensatable steps are compensated in reverse order: a failure
    at step 3 runs CancelBet, then CancelReservation; at step 2,
    CancelReservation. A step 1 or 2 whose outcome is unknown (timeout, retries
    exhausted) is compensated too, as if it had succeeded: the compensations
    accept a missing target and leave a tombstone. The pivot's outcome is
    never guessed: an unknown CommitReservation outcome is resolved with
    `wallet.v1.WalletService.GetReservation` (COMMITTED: go on to step 4;
    CANCELLED or EXPIRED: compensate; PENDING: commit again with the same key).
    After the pivot nothing is compensated: step 4 is retried with the same
    key and its failure never undoes the bet. Whenever an order ends without a
    bet (REJECTED, COMPENSATED, FAILED resolved by refund), the risk limits it
    consumed are given back with `risk.v1.RiskService.ReleaseBetLimits` (by
    `saga_id`, key "<saga_id>:release-limits"; it tolerates a missing
    assessment).

    Risk limits on unmatched stake. order-validator consumes
    `tam.order.v1.bet_stake.released` (BetStakeReleasedEvent) and gives back
    the limits of every cancelled or lapsed stake with ReleaseBetLimits (key
    "release:<bet_id>:<instruction_id>").

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): 5 s per
    attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts
    for steps 1-3 and 20 for step 4, after which the step is
    RETRIES_EXHAUSTED (an unknown outcome); compensations are retried without
    limit. ReserveBalance is sent with `ttl` unset (5 minutes) and with the
    order's `currency`; the forward path must finish well inside it.

    Ids and keys. `saga_id` is the Temporal workflow id and is derived from the
    request, so a retried PlaceOrder joins the same workflow instead of placing
    a second bet:
    h        = lowercase hex SHA-256 of UTF-8(user_id + "
" + idempotency_key)
    saga_id  = "bet-placement-" + h
    order_id = "order-" + h
    A PlaceOrders instruction i uses the derived key idempotency_key + ":" + i.
    Every step uses the idempotency key "<saga_id>:<step>", with <step> one of
    assess, reserve, place, commit, confirm, cancel-bet, cancel-reservation,
    release-limits. For a LAY bet the reserved amount is the bet's liability,
    stake x (price - 1) rounded UP to the currency's minor unit; for BACK it
    is the stake.

    Idempotency. PlaceOrder's and PlaceOrders' keys are scoped to (RPC,
    `user_id`), ResolveOrder's to (ResolveOrder, `order_id`). The workflow is
    started with id conflict policy USE_EXISTING, so a retry with the same key
    and intent returns the same order; the same key with a different intent
    fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED. Outcomes are
    replayed by the platform rule of docs/CONVENTIONS.md: a check that failed
    with FAILED_PRECONDITION (market not open, risk rejected) is stored under
    the key, so to try again later the client sends a new key. Orders (and
    keys) are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED (`user_id` is not
    the caller; ResolveOrder is for operators) and UNAVAILABLE
    (DEPENDENCY_UNAVAILABLE, for example Temporal is down); these are not
    repeated below. A failed saga is not an RPC error: it is reported in the
    order's state and steps.
    """

    def PlaceOrder(self, request, context):
        """Places a bet: checks the intent, then starts (or, on a retry, joins) the
        order's bet-placement workflow and returns at once with the order's
        current state (PENDING for a new order). The outcome arrives through
        GetOrder or the events OrderCompletedEvent, OrderCompensatedEvent and
        OrderFailedEvent.

        If the workflow of the derived `saga_id` already exists, the call returns
        it at once (after comparing the intent). Otherwise, in this order:
        1. `risk.v1.RiskService.CheckRateLimit` (action PLACE_BET, key
        "ratelimit:<saga_id>"). Not allowed -> RESOURCE_EXHAUSTED /
        RATE_LIMITED with a `google.rpc.RetryInfo` (not stored: retry with the
        same key). If risk-analyzer does not answer, the check fails open.
        2. OrderBookService.GetMarket: the market exists and is OPEN, the runner
        is ACTIVE, the currencies agree, the stake is at least `min_stake`.
        3. `risk.v1.RiskService.AssessBet`, a write that atomically consumes the
        user's stake and loss limits for the liability when it allows the
        bet (`saga_id`, key "<saga_id>:assess"). REJECT -> FAILED_PRECONDITION
        / RISK_REJECTED. No answer: fail closed above risk's documented
        threshold (UNAVAILABLE / DEPENDENCY_UNAVAILABLE, dependency
        "risk-analyzer"), else proceed as REVIEW.
        4. Start the workflow.

        Errors:
        * RESOURCE_EXHAUSTED / RATE_LIMITED.
        * NOT_FOUND / MARKET_NOT_FOUND, NOT_FOUND / SELECTION_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_OPEN, FAILED_PRECONDITION /
        RUNNER_NOT_ACTIVE (retry with a new key).
        * INVALID_ARGUMENT / CURRENCY_MISMATCH, INVALID_ARGUMENT /
        STAKE_BELOW_MINIMUM.
        * FAILED_PRECONDITION / RISK_REJECTED (retry with a new key).
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def PlaceOrders(self, request, context):
        """Places up to 60 orders on one market in one call: each instruction is
        checked and started like a PlaceOrder with the derived key
        idempotency_key + ":" + index, and has its own result. The rate limit is
        checked once for the batch (cost = the number of instructions).

        Per-instruction errors (in PlaceOrderResult): the PlaceOrder errors
        above.

        Errors:
        * RESOURCE_EXHAUSTED / RATE_LIMITED.
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetOrder(self, request, context):
        """Returns an order: its state and the history of its saga steps, read
        from the workflow (a Temporal query, or the history once it has closed).

        Errors: NOT_FOUND / ORDER_NOT_FOUND (also for another user's order).
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ResolveOrder(self, request, context):
        """Resolves a FAILED order (operators only) -> RESOLVED, and publishes
        OrderResolvedEvent:
        * REFUND: the reservation was committed but the bet is CANCELLED. The
        debited liability is credited back with
        `wallet.v1.WalletService.CreditBalance` (reason BET_REFUND, key
        "refund:<bet_id>:resolve-order", so a retried resolution never pays
        twice) and the limits are released (ReleaseBetLimits).
        * CONFIRM_BET: the bet is past the pivot; it is confirmed
        (OrderBookService.ConfirmBet, key "<saga_id>:confirm") and stands.
        * NO_ACTION: nothing was debited and no bet is live.

        Errors:
        * NOT_FOUND / ORDER_NOT_FOUND.
        * FAILED_PRECONDITION / ORDER_NOT_RESOLVABLE. Metadata: `state`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_OrderValidatorServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'PlaceOrder': grpc.unary_unary_rpc_method_handler(servicer.PlaceOrder, request_deserializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderRequest.FromString, response_serializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderResponse.SerializeToString), 'PlaceOrders': grpc.unary_unary_rpc_method_handler(servicer.PlaceOrders, request_deserializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrdersRequest.FromString, response_serializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrdersResponse.SerializeToString), 'GetOrder': grpc.unary_unary_rpc_method_handler(servicer.GetOrder, request_deserializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderRequest.FromString, response_serializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderResponse.SerializeToString), 'ResolveOrder': grpc.unary_unary_rpc_method_handler(servicer.ResolveOrder, request_deserializer=order_dot_v1_dot_order__validator__service__pb2.ResolveOrderRequest.FromString, response_serializer=order_dot_v1_dot_order__validator__service__pb2.ResolveOrderResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('order.v1.OrderValidatorService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('order.v1.OrderValidatorService', rpc_method_handlers)

class OrderValidatorService:
    """OrderValidatorService (order-validator) is the client's entry point for
    placing bets. It is a stateless saga orchestrator: each order runs as one
    Temporal workflow, and the workflow's history is the order's only state.

    Bet-placement saga ("bet_placement", declared below with
    `(common.v1.saga)`):

    step  RPC                                         role            compensation
    1     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    2     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    3     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    4     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

    PlaceBet creates the bet PENDING, off the book; only ConfirmBet, after the
    pivot, puts it on the book. So nothing is ever matched with money that
    could still be released, and compensating step 2 never touches a
    counterparty (docs/services/order-validator.md argues why this order is
    kept).

    On a definitive failure before the pivot has succeeded (steps 1-3), the
    completed compensatable steps are compensated in reverse order: a failure
    at step 3 runs CancelBet, then CancelReservation; at step 2,
    CancelReservation. A step 1 or 2 whose outcome is unknown (timeout, retries
    exhausted) is compensated too, as if it had succeeded: the compensations
    accept a missing target and leave a tombstone. The pivot's outcome is
    never guessed: an unknown CommitReservation outcome is resolved with
    `wallet.v1.WalletService.GetReservation` (COMMITTED: go on to step 4;
    CANCELLED or EXPIRED: compensate; PENDING: commit again with the same key).
    After the pivot nothing is compensated: step 4 is retried with the same
    key and its failure never undoes the bet. Whenever an order ends without a
    bet (REJECTED, COMPENSATED, FAILED resolved by refund), the risk limits it
    consumed are given back with `risk.v1.RiskService.ReleaseBetLimits` (by
    `saga_id`, key "<saga_id>:release-limits"; it tolerates a missing
    assessment).

    Risk limits on unmatched stake. order-validator consumes
    `tam.order.v1.bet_stake.released` (BetStakeReleasedEvent) and gives back
    the limits of every cancelled or lapsed stake with ReleaseBetLimits (key
    "release:<bet_id>:<instruction_id>").

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): 5 s per
    attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts
    for steps 1-3 and 20 for step 4, after which the step is
    RETRIES_EXHAUSTED (an unknown outcome); compensations are retried without
    limit. ReserveBalance is sent with `ttl` unset (5 minutes) and with the
    order's `currency`; the forward path must finish well inside it.

    Ids and keys. `saga_id` is the Temporal workflow id and is derived from the
    request, so a retried PlaceOrder joins the same workflow instead of placing
    a second bet:
    h        = lowercase hex SHA-256 of UTF-8(user_id + "
" + idempotency_key)
    saga_id  = "bet-placement-" + h
    order_id = "order-" + h
    A PlaceOrders instruction i uses the derived key idempotency_key + ":" + i.
    Every step uses the idempotency key "<saga_id>:<step>", with <step> one of
    assess, reserve, place, commit, confirm, cancel-bet, cancel-reservation,
    release-limits. For a LAY bet the reserved amount is the bet's liability,
    stake x (price - 1) rounded UP to the currency's minor unit; for BACK it
    is the stake.

    Idempotency. PlaceOrder's and PlaceOrders' keys are scoped to (RPC,
    `user_id`), ResolveOrder's to (ResolveOrder, `order_id`). The workflow is
    started with id conflict policy USE_EXISTING, so a retry with the same key
    and intent returns the same order; the same key with a different intent
    fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED. Outcomes are
    replayed by the platform rule of docs/CONVENTIONS.md: a check that failed
    with FAILED_PRECONDITION (market not open, risk rejected) is stored under
    the key, so to try again later the client sends a new key. Orders (and
    keys) are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED (`user_id` is not
    the caller; ResolveOrder is for operators) and UNAVAILABLE
    (DEPENDENCY_UNAVAILABLE, for example Temporal is down); these are not
    repeated below. A failed saga is not an RPC error: it is reported in the
    order's state and steps.
    """

    @staticmethod
    def PlaceOrder(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderValidatorService/PlaceOrder', order_dot_v1_dot_order__validator__service__pb2.PlaceOrderRequest.SerializeToString, order_dot_v1_dot_order__validator__service__pb2.PlaceOrderResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def PlaceOrders(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderValidatorService/PlaceOrders', order_dot_v1_dot_order__validator__service__pb2.PlaceOrdersRequest.SerializeToString, order_dot_v1_dot_order__validator__service__pb2.PlaceOrdersResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetOrder(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderValidatorService/GetOrder', order_dot_v1_dot_order__validator__service__pb2.GetOrderRequest.SerializeToString, order_dot_v1_dot_order__validator__service__pb2.GetOrderResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ResolveOrder(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderValidatorService/ResolveOrder', order_dot_v1_dot_order__validator__service__pb2.ResolveOrderRequest.SerializeToString, order_dot_v1_dot_order__validator__service__pb2.ResolveOrderResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)