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
    1     risk.v1.RiskService.AssessBet               COMPENSATABLE   ReleaseBetLimits
    2     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    3     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    4     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    5     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

    Steps 2-5 are the platform spec's four steps, in its order. Step 1, the
    risk assessment, consumes the user's stake and loss limits (a write), so
    it is a compensatable step of the workflow: only the workflow can
    guarantee that limits consumed for an order that ends without a bet are
    given back, whatever crashes in between. PlaceBet creates the bet
    PENDING, off the book; only ConfirmBet, after the pivot, puts it on the
    book. So nothing is ever matched with money that could still be released,
    and compensating PlaceBet never touches a counterparty
    (docs/services/order-validator.md argues why this order is kept).

    On a definitive failure before the pivot has succeeded (steps 1-4), the
    completed compensatable steps are compensated in reverse order: a failure
    at step 4 runs CancelBet, CancelReservation, then ReleaseBetLimits; at
    step 3, CancelReservation then ReleaseBetLimits; at step 2,
    ReleaseBetLimits; at step 1 nothing (a REJECT consumes no limits). A step
    1, 2 or 3 whose outcome is unknown (timeout, retries exhausted) is
    compensated too, as if it had succeeded: the compensations accept a
    missing target and leave a tombstone. The pivot's outcome is never
    guessed: an unknown CommitReservation outcome is resolved with
    `wallet.v1.WalletService.GetReservation` (COMMITTED: go on to step 5;
    CANCELLED or EXPIRED: compensate; PENDING: commit again with the same key).
    After the pivot nothing is compensated: step 5 is retried with the same
    key and its failure never undoes the bet. An order resolved by refund
    (ResolveOrder) releases the limits too.

    Step 1 in detail. The workflow calls `risk.v1.RiskService.AssessBet` with
    the order's `saga_id`, its liability and key "<saga_id>:assess".
    * ALLOW or REVIEW: the limits are consumed; go on to step 2.
    * REJECT: the step FAILED (its `last_error` is FAILED_PRECONDITION /
    RISK_REJECTED with metadata `assessmentId`, `riskReasons`, `maxStake`);
    the order ends REJECTED. Nothing was consumed, nothing is compensated.
    * An error from risk-analyzer that is definitive (for example
    INVALID_ARGUMENT / CURRENCY_MISMATCH) fails the step the same way; the
    order ends REJECTED with that reason.
    * No decision (DEADLINE_EXCEEDED, UNAVAILABLE or MODEL_UNAVAILABLE after
    its 2 attempts): fail-closed rule. If the order's liability is above
    order-validator's fail-open threshold for the currency (service
    configuration; default "0", so by default every order fails closed),
    the step is RETRIES_EXHAUSTED, its compensation ReleaseBetLimits runs
    (it leaves a tombstone, so a late assessment cannot consume limits) and
    the order ends REJECTED with reason DEPENDENCY_UNAVAILABLE. At or below
    the threshold the step is RETRIES_EXHAUSTED but the order goes on as if
    risk had answered REVIEW; the step still counts as completed, so a later
    failure runs ReleaseBetLimits as usual.

    Risk limits on unmatched stake. order-validator consumes
    `tam.order.v1.bet_stake.released` (BetStakeReleasedEvent) and gives back
    the limits of every cancelled or lapsed stake with ReleaseBetLimits (key
    "release:<bet_id>:<instruction_id>").

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): step 1 has 2
    attempts of 100 ms each (risk's latency budget); steps 2-5 have 5 s per
    attempt with exponential backoff from 200 ms doubling up to 5 s, 5
    attempts for steps 2-4 and 20 for step 5; a step whose attempts run out is
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
    Every step uses the idempotency key "<saga_id>:<name>": assess, reserve,
    place, commit and confirm for steps 1-5, release-limits,
    cancel-reservation and cancel-bet for the compensations of steps 1-3. For a LAY bet the reserved amount is the bet's liability,
    stake x (price - 1) rounded UP to the currency's minor unit; for BACK it
    is the stake.

    Idempotency. PlaceOrder's and PlaceOrders' keys are scoped to (RPC,
    `user_id`), ResolveOrder's to (ResolveOrder, `order_id`). The workflow is
    started with id conflict policy USE_EXISTING, so a retry with the same key
    and intent returns the same order; the same key with a different intent
    fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED. Outcomes are
    replayed by the platform rule of docs/CONVENTIONS.md: a check that failed
    with FAILED_PRECONDITION (market not open) is stored under the key, and an
    order that ended (REJECTED by risk, for example) is returned again for
    its key, so to try again later the client sends a new key. Orders (and
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
    1     risk.v1.RiskService.AssessBet               COMPENSATABLE   ReleaseBetLimits
    2     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    3     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    4     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    5     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

    Steps 2-5 are the platform spec's four steps, in its order. Step 1, the
    risk assessment, consumes the user's stake and loss limits (a write), so
    it is a compensatable step of the workflow: only the workflow can
    guarantee that limits consumed for an order that ends without a bet are
    given back, whatever crashes in between. PlaceBet creates the bet
    PENDING, off the book; only ConfirmBet, after the pivot, puts it on the
    book. So nothing is ever matched with money that could still be released,
    and compensating PlaceBet never touches a counterparty
    (docs/services/order-validator.md argues why this order is kept).

    On a definitive failure before the pivot has succeeded (steps 1-4), the
    completed compensatable steps are compensated in reverse order: a failure
    at step 4 runs CancelBet, CancelReservation, then ReleaseBetLimits; at
    step 3, CancelReservation then ReleaseBetLimits; at step 2,
    ReleaseBetLimits; at step 1 nothing (a REJECT consumes no limits). A step
    1, 2 or 3 whose outcome is unknown (timeout, retries exhausted) is
    compensated too, as if it had succeeded: the compensations accept a
    missing target and leave a tombstone. The pivot's outcome is never
    guessed: an unknown CommitReservation outcome is resolved with
    `wallet.v1.WalletService.GetReservation` (COMMITTED: go on to step 5;
    CANCELLED or EXPIRED: compensate; PENDING: commit again with the same key).
    After the pivot nothing is compensated: step 5 is retried with the same
    key and its failure never undoes the bet. An order resolved by refund
    (ResolveOrder) releases the limits too.

    Step 1 in detail. The workflow calls `risk.v1.RiskService.AssessBet` with
    the order's `saga_id`, its liability and key "<saga_id>:assess".
    * ALLOW or REVIEW: the limits are consumed; go on to step 2.
    * REJECT: the step FAILED (its `last_error` is FAILED_PRECONDITION /
    RISK_REJECTED with metadata `assessmentId`, `riskReasons`, `maxStake`);
    the order ends REJECTED. Nothing was consumed, nothing is compensated.
    * An error from risk-analyzer that is definitive (for example
    INVALID_ARGUMENT / CURRENCY_MISMATCH) fails the step the same way; the
    order ends REJECTED with that reason.
    * No decision (DEADLINE_EXCEEDED, UNAVAILABLE or MODEL_UNAVAILABLE after
    its 2 attempts): fail-closed rule. If the order's liability is above
    order-validator's fail-open threshold for the currency (service
    configuration; default "0", so by default every order fails closed),
    the step is RETRIES_EXHAUSTED, its compensation ReleaseBetLimits runs
    (it leaves a tombstone, so a late assessment cannot consume limits) and
    the order ends REJECTED with reason DEPENDENCY_UNAVAILABLE. At or below
    the threshold the step is RETRIES_EXHAUSTED but the order goes on as if
    risk had answered REVIEW; the step still counts as completed, so a later
    failure runs ReleaseBetLimits as usual.

    Risk limits on unmatched stake. order-validator consumes
    `tam.order.v1.bet_stake.released` (BetStakeReleasedEvent) and gives back
    the limits of every cancelled or lapsed stake with ReleaseBetLimits (key
    "release:<bet_id>:<instruction_id>").

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): step 1 has 2
    attempts of 100 ms each (risk's latency budget); steps 2-5 have 5 s per
    attempt with exponential backoff from 200 ms doubling up to 5 s, 5
    attempts for steps 2-4 and 20 for step 5; a step whose attempts run out is
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
    Every step uses the idempotency key "<saga_id>:<name>": assess, reserve,
    place, commit and confirm for steps 1-5, release-limits,
    cancel-reservation and cancel-bet for the compensations of steps 1-3. For a LAY bet the reserved amount is the bet's liability,
    stake x (price - 1) rounded UP to the currency's minor unit; for BACK it
    is the stake.

    Idempotency. PlaceOrder's and PlaceOrders' keys are scoped to (RPC,
    `user_id`), ResolveOrder's to (ResolveOrder, `order_id`). The workflow is
    started with id conflict policy USE_EXISTING, so a retry with the same key
    and intent returns the same order; the same key with a different intent
    fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED. Outcomes are
    replayed by the platform rule of docs/CONVENTIONS.md: a check that failed
    with FAILED_PRECONDITION (market not open) is stored under the key, and an
    order that ended (REJECTED by risk, for example) is returned again for
    its key, so to try again later the client sends a new key. Orders (and
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
        current state (PENDING for a new order). The outcome, including the risk
        assessment (saga step 1), arrives through GetOrder or the events
        OrderCompletedEvent, OrderCompensatedEvent (also for REJECTED) and
        OrderFailedEvent.

        If the workflow of the derived `saga_id` already exists, the call returns
        it at once (after comparing the intent). Otherwise, in this order:
        1. `risk.v1.RiskService.CheckRateLimit` (action PLACE_BET, key
        "ratelimit:<saga_id>"). Not allowed -> RESOURCE_EXHAUSTED /
        RATE_LIMITED with a `google.rpc.RetryInfo` (not stored: retry with the
        same key). If risk-analyzer does not answer (after one retry with the
        same key), the fail-closed rule of step 1 applies at once: an order
        whose liability is above the fail-open threshold (default "0") fails
        with UNAVAILABLE / DEPENDENCY_UNAVAILABLE, dependency "risk-analyzer"
        (not stored: retry with the same key); one at or below it goes on.
        2. OrderBookService.GetMarket: the market exists and is OPEN, the runner
        is ACTIVE, the currencies agree, the stake is at least `min_stake`.
        3. Start the workflow; its step 1 is the risk assessment
        (`risk.v1.RiskService.AssessBet`; a REJECT ends the order REJECTED
        with reason RISK_REJECTED, see the service comment).

        Errors:
        * RESOURCE_EXHAUSTED / RATE_LIMITED.
        * UNAVAILABLE / DEPENDENCY_UNAVAILABLE: risk-analyzer did not answer the
        rate-limit check and the order fails closed (see step 1 above).
        * NOT_FOUND / MARKET_NOT_FOUND, NOT_FOUND / SELECTION_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_OPEN, FAILED_PRECONDITION /
        RUNNER_NOT_ACTIVE (retry with a new key).
        * INVALID_ARGUMENT / CURRENCY_MISMATCH, INVALID_ARGUMENT /
        STAKE_BELOW_MINIMUM.
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
        checked once for the batch (cost = the number of instructions); if
        risk-analyzer does not answer it, the instructions whose liability is
        above the fail-open threshold fail with UNAVAILABLE /
        DEPENDENCY_UNAVAILABLE in their results and the others go on.

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
    1     risk.v1.RiskService.AssessBet               COMPENSATABLE   ReleaseBetLimits
    2     wallet.v1.WalletService.ReserveBalance      COMPENSATABLE   CancelReservation
    3     order.v1.OrderBookService.PlaceBet          COMPENSATABLE   CancelBet
    4     wallet.v1.WalletService.CommitReservation   FINAL (pivot)   none
    5     order.v1.OrderBookService.ConfirmBet        BEST_EFFORT     none

    Steps 2-5 are the platform spec's four steps, in its order. Step 1, the
    risk assessment, consumes the user's stake and loss limits (a write), so
    it is a compensatable step of the workflow: only the workflow can
    guarantee that limits consumed for an order that ends without a bet are
    given back, whatever crashes in between. PlaceBet creates the bet
    PENDING, off the book; only ConfirmBet, after the pivot, puts it on the
    book. So nothing is ever matched with money that could still be released,
    and compensating PlaceBet never touches a counterparty
    (docs/services/order-validator.md argues why this order is kept).

    On a definitive failure before the pivot has succeeded (steps 1-4), the
    completed compensatable steps are compensated in reverse order: a failure
    at step 4 runs CancelBet, CancelReservation, then ReleaseBetLimits; at
    step 3, CancelReservation then ReleaseBetLimits; at step 2,
    ReleaseBetLimits; at step 1 nothing (a REJECT consumes no limits). A step
    1, 2 or 3 whose outcome is unknown (timeout, retries exhausted) is
    compensated too, as if it had succeeded: the compensations accept a
    missing target and leave a tombstone. The pivot's outcome is never
    guessed: an unknown CommitReservation outcome is resolved with
    `wallet.v1.WalletService.GetReservation` (COMMITTED: go on to step 5;
    CANCELLED or EXPIRED: compensate; PENDING: commit again with the same key).
    After the pivot nothing is compensated: step 5 is retried with the same
    key and its failure never undoes the bet. An order resolved by refund
    (ResolveOrder) releases the limits too.

    Step 1 in detail. The workflow calls `risk.v1.RiskService.AssessBet` with
    the order's `saga_id`, its liability and key "<saga_id>:assess".
    * ALLOW or REVIEW: the limits are consumed; go on to step 2.
    * REJECT: the step FAILED (its `last_error` is FAILED_PRECONDITION /
    RISK_REJECTED with metadata `assessmentId`, `riskReasons`, `maxStake`);
    the order ends REJECTED. Nothing was consumed, nothing is compensated.
    * An error from risk-analyzer that is definitive (for example
    INVALID_ARGUMENT / CURRENCY_MISMATCH) fails the step the same way; the
    order ends REJECTED with that reason.
    * No decision (DEADLINE_EXCEEDED, UNAVAILABLE or MODEL_UNAVAILABLE after
    its 2 attempts): fail-closed rule. If the order's liability is above
    order-validator's fail-open threshold for the currency (service
    configuration; default "0", so by default every order fails closed),
    the step is RETRIES_EXHAUSTED, its compensation ReleaseBetLimits runs
    (it leaves a tombstone, so a late assessment cannot consume limits) and
    the order ends REJECTED with reason DEPENDENCY_UNAVAILABLE. At or below
    the threshold the step is RETRIES_EXHAUSTED but the order goes on as if
    risk had answered REVIEW; the step still counts as completed, so a later
    failure runs ReleaseBetLimits as usual.

    Risk limits on unmatched stake. order-validator consumes
    `tam.order.v1.bet_stake.released` (BetStakeReleasedEvent) and gives back
    the limits of every cancelled or lapsed stake with ReleaseBetLimits (key
    "release:<bet_id>:<instruction_id>").

    Retries. Errors with code INVALID_ARGUMENT, FAILED_PRECONDITION,
    NOT_FOUND, ALREADY_EXISTS or PERMISSION_DENIED, and ABORTED with reason
    SAGA_ALREADY_COMPENSATED, are definitive; every other code (UNAVAILABLE,
    DEADLINE_EXCEEDED, ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS, ...) is
    retried with the same key. Defaults (service configuration): step 1 has 2
    attempts of 100 ms each (risk's latency budget); steps 2-5 have 5 s per
    attempt with exponential backoff from 200 ms doubling up to 5 s, 5
    attempts for steps 2-4 and 20 for step 5; a step whose attempts run out is
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
    Every step uses the idempotency key "<saga_id>:<name>": assess, reserve,
    place, commit and confirm for steps 1-5, release-limits,
    cancel-reservation and cancel-bet for the compensations of steps 1-3. For a LAY bet the reserved amount is the bet's liability,
    stake x (price - 1) rounded UP to the currency's minor unit; for BACK it
    is the stake.

    Idempotency. PlaceOrder's and PlaceOrders' keys are scoped to (RPC,
    `user_id`), ResolveOrder's to (ResolveOrder, `order_id`). The workflow is
    started with id conflict policy USE_EXISTING, so a retry with the same key
    and intent returns the same order; the same key with a different intent
    fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED. Outcomes are
    replayed by the platform rule of docs/CONVENTIONS.md: a check that failed
    with FAILED_PRECONDITION (market not open) is stored under the key, and an
    order that ended (REJECTED by risk, for example) is returned again for
    its key, so to try again later the client sends a new key. Orders (and
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