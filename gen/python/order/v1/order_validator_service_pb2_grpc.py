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
    placing a bet. It is a stateless saga orchestrator: each order runs as one
    Temporal workflow, and the workflow's history is the order's only state.

    Bet-placement saga ("bet_placement", declared below with
    `(common.v1.saga)`):

    step  RPC                                         role            compensation
    1     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    2     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    3     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    4     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

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
    key and its failure never undoes the bet.

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): 5 s per
    attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts
    for steps 1-3 and 20 for step 4, after which the step is
    RETRIES_EXHAUSTED (an unknown outcome); compensations are retried without
    limit. ReserveBalance is sent with `ttl` unset (5 minutes); the forward
    path must finish well inside it.

    Ids and keys. `saga_id` is the Temporal workflow id and is derived from the
    request, so a retried PlaceOrder joins the same workflow instead of placing
    a second bet:
    h        = lowercase hex SHA-256 of UTF-8(user_id + "
" + idempotency_key)
    saga_id  = "bet-placement-" + h
    order_id = "order-" + h
    Every step uses the idempotency key "<saga_id>:<step>", with <step> one of
    reserve, place, commit, confirm, cancel-bet, cancel-reservation; Temporal
    retries an activity with the same key, so a retry never repeats an effect.
    For a LAY bet the reserved amount is the bet's liability, stake x (odds -
    1) rounded UP to 2 decimal places (see OrderBookService); for BACK it is the
    stake.

    Idempotency. PlaceOrder's `idempotency_key` is scoped to the user. The
    workflow is started with id conflict policy USE_EXISTING, so a retry with
    the same key and intent returns the same order; the same key with a
    different intent fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.
    Orders (and keys) are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED (`user_id` is not
    the caller) and UNAVAILABLE (DEPENDENCY_UNAVAILABLE, for example Temporal
    is down); these are not repeated below. A failed saga is not an RPC error:
    it is reported in the order's status and steps.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.PlaceOrder = channel.unary_unary('/order.v1.OrderValidatorService/PlaceOrder', request_serializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderResponse.FromString, _registered_method=True)
        self.GetOrder = channel.unary_unary('/order.v1.OrderValidatorService/GetOrder', request_serializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderResponse.FromString, _registered_method=True)

class OrderValidatorServiceServicer:
    """OrderValidatorService (order-validator) is the client's entry point for
    placing a bet. It is a stateless saga orchestrator: each order runs as one
    Temporal workflow, and the workflow's history is the order's only state.

    Bet-placement saga ("bet_placement", declared below with
    `(common.v1.saga)`):

    step  RPC                                         role            compensation
    1     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    2     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    3     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    4     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

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
    key and its failure never undoes the bet.

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): 5 s per
    attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts
    for steps 1-3 and 20 for step 4, after which the step is
    RETRIES_EXHAUSTED (an unknown outcome); compensations are retried without
    limit. ReserveBalance is sent with `ttl` unset (5 minutes); the forward
    path must finish well inside it.

    Ids and keys. `saga_id` is the Temporal workflow id and is derived from the
    request, so a retried PlaceOrder joins the same workflow instead of placing
    a second bet:
    h        = lowercase hex SHA-256 of UTF-8(user_id + "
" + idempotency_key)
    saga_id  = "bet-placement-" + h
    order_id = "order-" + h
    Every step uses the idempotency key "<saga_id>:<step>", with <step> one of
    reserve, place, commit, confirm, cancel-bet, cancel-reservation; Temporal
    retries an activity with the same key, so a retry never repeats an effect.
    For a LAY bet the reserved amount is the bet's liability, stake x (odds -
    1) rounded UP to 2 decimal places (see OrderBookService); for BACK it is the
    stake.

    Idempotency. PlaceOrder's `idempotency_key` is scoped to the user. The
    workflow is started with id conflict policy USE_EXISTING, so a retry with
    the same key and intent returns the same order; the same key with a
    different intent fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.
    Orders (and keys) are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED (`user_id` is not
    the caller) and UNAVAILABLE (DEPENDENCY_UNAVAILABLE, for example Temporal
    is down); these are not repeated below. A failed saga is not an RPC error:
    it is reported in the order's status and steps.
    """

    def PlaceOrder(self, request, context):
        """Places a bet: checks the intent, then starts (or, on a retry, joins) the
        order's bet-placement workflow and returns at once with the order's
        current status (PENDING for a new order). The outcome arrives through
        GetOrder or the events OrderCompletedEvent and OrderCompensatedEvent.

        This is a write but not a saga step: it starts the saga. If the workflow
        of the derived `saga_id` already exists, the call returns it at once
        (after comparing the intent). Otherwise, in this order:
        1. `risk.v1.RiskService.CheckRateLimit` (action PLACE_BET, key
        "ratelimit:<saga_id>"). Not allowed -> RESOURCE_EXHAUSTED /
        RATE_LIMITED with a `google.rpc.RetryInfo`. If risk-analyzer does not
        answer, the check fails open.
        2. OrderBookService.GetMarketBook: the market exists and is OPEN, the
        selection belongs to it, and the currencies agree.
        3. `risk.v1.RiskService.AssessBet` (deadline 100 ms, `client` filled from
        the call's metadata). REJECT -> FAILED_PRECONDITION / RISK_REJECTED.
        risk's INVALID_ARGUMENT / CURRENCY_MISMATCH (the wallet's currency
        differs) -> INVALID_ARGUMENT / CURRENCY_MISMATCH.
        No answer: proceed as REVIEW if the liability (the amount at risk) is
        at most the fail-open limit (default "100.00"), else UNAVAILABLE /
        DEPENDENCY_UNAVAILABLE (dependency "risk-analyzer").
        4. Start the workflow. After a REVIEW (or fail-open) decision the
        workflow, once COMPLETED, reports the placement with
        `risk.v1.RiskService.RecordActivity` (type BET_PLACED, outcome
        SUCCEEDED, `activity_id` "bet_placed:<bet_id>", the `assessment_id`
        (empty after fail-open), idempotency key "<saga_id>:record-activity";
        ALREADY_EXISTS / ACTIVITY_ALREADY_RECORDED counts as success); this is
        not a saga step and its failure does not change the order.
        A failed check creates no order and does not use up the idempotency key.

        Errors:
        * RESOURCE_EXHAUSTED / RATE_LIMITED.
        * NOT_FOUND / MARKET_NOT_FOUND, NOT_FOUND / SELECTION_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_OPEN. Metadata: `status`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `currency` differs from the
        market's or (as reported by risk-analyzer) the wallet's. Metadata:
        `marketCurrency` or `walletCurrency`.
        * FAILED_PRECONDITION / RISK_REJECTED.
        * INVALID_ARGUMENT / VALIDATION_FAILED: a LAY bet whose liability has
        more than 15 integer digits and so cannot be reserved (checked before
        step 1, field violation on `stake`), as OrderBookService.PlaceBet would
        refuse it.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetOrder(self, request, context):
        """Returns an order: its status and the history of its saga steps, read
        from the workflow (a Temporal query, or the history once it has closed).

        Errors: NOT_FOUND / ORDER_NOT_FOUND (also for another user's order).
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_OrderValidatorServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'PlaceOrder': grpc.unary_unary_rpc_method_handler(servicer.PlaceOrder, request_deserializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderRequest.FromString, response_serializer=order_dot_v1_dot_order__validator__service__pb2.PlaceOrderResponse.SerializeToString), 'GetOrder': grpc.unary_unary_rpc_method_handler(servicer.GetOrder, request_deserializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderRequest.FromString, response_serializer=order_dot_v1_dot_order__validator__service__pb2.GetOrderResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('order.v1.OrderValidatorService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('order.v1.OrderValidatorService', rpc_method_handlers)

class OrderValidatorService:
    """OrderValidatorService (order-validator) is the client's entry point for
    placing a bet. It is a stateless saga orchestrator: each order runs as one
    Temporal workflow, and the workflow's history is the order's only state.

    Bet-placement saga ("bet_placement", declared below with
    `(common.v1.saga)`):

    step  RPC                                         role            compensation
    1     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    2     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    3     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    4     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

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
    key and its failure never undoes the bet.

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): 5 s per
    attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts
    for steps 1-3 and 20 for step 4, after which the step is
    RETRIES_EXHAUSTED (an unknown outcome); compensations are retried without
    limit. ReserveBalance is sent with `ttl` unset (5 minutes); the forward
    path must finish well inside it.

    Ids and keys. `saga_id` is the Temporal workflow id and is derived from the
    request, so a retried PlaceOrder joins the same workflow instead of placing
    a second bet:
    h        = lowercase hex SHA-256 of UTF-8(user_id + "
" + idempotency_key)
    saga_id  = "bet-placement-" + h
    order_id = "order-" + h
    Every step uses the idempotency key "<saga_id>:<step>", with <step> one of
    reserve, place, commit, confirm, cancel-bet, cancel-reservation; Temporal
    retries an activity with the same key, so a retry never repeats an effect.
    For a LAY bet the reserved amount is the bet's liability, stake x (odds -
    1) rounded UP to 2 decimal places (see OrderBookService); for BACK it is the
    stake.

    Idempotency. PlaceOrder's `idempotency_key` is scoped to the user. The
    workflow is started with id conflict policy USE_EXISTING, so a retry with
    the same key and intent returns the same order; the same key with a
    different intent fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.
    Orders (and keys) are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED (`user_id` is not
    the caller) and UNAVAILABLE (DEPENDENCY_UNAVAILABLE, for example Temporal
    is down); these are not repeated below. A failed saga is not an RPC error:
    it is reported in the order's status and steps.
    """

    @staticmethod
    def PlaceOrder(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderValidatorService/PlaceOrder', order_dot_v1_dot_order__validator__service__pb2.PlaceOrderRequest.SerializeToString, order_dot_v1_dot_order__validator__service__pb2.PlaceOrderResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetOrder(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderValidatorService/GetOrder', order_dot_v1_dot_order__validator__service__pb2.GetOrderRequest.SerializeToString, order_dot_v1_dot_order__validator__service__pb2.GetOrderResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)