"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...order.v1 import order_book_service_pb2 as order_dot_v1_dot_order__book__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in order/v1/order_book_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class OrderBookServiceStub:
    """OrderBookService (order-book) owns the market catalogue, bets, the matching
    engine and settlement, and books settlement money in the wallet.

    Catalogue. A fixture (a sporting event) has markets; a market has 2-100
    runners (selections), one currency, a commission rate, a minimum stake and
    a `market_version`. See MarketState for the market lifecycle.

    Price ladder. Every price (orders, bets, fills, book levels) is a tick of
    this ladder, written with exactly 2 decimals:
    from    up to   tick        from    up to   tick
    1.01    2       0.01        10      20      0.50
    2       3       0.02        20      30      1
    3       4       0.05        30      50      2
    4       6       0.10        50      100     5
    6       10      0.20        100     990     10
    A price off the ladder ("2.01", "2.5") fails validation (INVALID_ARGUMENT
    / VALIDATION_FAILED, rule `string.pattern` on the price field). Minimum
    stake per currency (backer stake; the market's `min_stake`): EUR, GBP, USD
    2.00; JPY 200; KWD, BHD 0.500.

    Bets and matching. A bet backs (BACK) or lays (LAY) one runner at a price.
    `stake` is always the backer's stake; the money at risk (`liability`) is
    the stake for BACK and stake x (price - 1), rounded UP to the currency's
    minor unit, for LAY. The engine matches with price-time priority: a BACK
    at price P matches resting LAY stake at P or higher, best first; a LAY at P
    matches resting BACK stake at P or lower, best first; equal prices match
    oldest first. A fill is made at the resting bet's price.

    Money before matching (the fix of a defect where a matched bet could be
    un-matched). A bet reaches the matching engine only after its money is
    committed: PlaceBet (saga step 3) creates it PENDING, off the book;
    ConfirmBet (step 5, after `wallet.v1.WalletService.CommitReservation`)
    puts it on the book. So every fill is made between two bets whose money is
    already debited, and a fill, once made, is final: only VoidMarket, a
    removed runner or a VOID result voids it (FillVoidedEvent). The saga's
    compensation (CancelBet) only ever cancels a PENDING bet, which has no
    fills, so no counterparty is affected. The argument for keeping the seed's
    saga order is in docs/services/order-validator.md.

    Bettor's controls. CancelBets cancels a bet's unmatched stake or reduces it
    (`size_reduction`); ReplaceBets moves the unmatched stake to a new price
    (it loses its time priority). Each bet has a persistence type: LAPSE
    stake lapses when the market turns in-play and at a material suspension;
    PERSIST stake stays. Every stake leaves the book at the close. Whatever
    releases unmatched stake, its money is refunded at once with
    `wallet.v1.WalletService.CreditBalance` (reason BET_REFUND), idempotency
    key "refund:<bet_id>:<instruction_id>", where the instruction id is
    deterministic: the one returned by CancelBets / ReplaceBets, or
    "lapse-v<market_version>" for a lapse (the market version that caused
    it), or "lapse-confirm" at ConfirmBet. One bet can receive several
    refunds, each exactly once; their sum never exceeds its liability. The
    refund amount is what the bet holds minus what it still needs: with H =
    `liability_held` before the change, the refund is H - need, where need is
    sum(s_i) + remaining (BACK) or sum(s_i x (p_i - 1)) + remaining x (price -
    1) rounded UP (LAY), over its non-void fills after the change.

    Settlement. SettleMarket starts a settlement job (AIP-151, SettlementJob)
    that settles the bets in bounded batches: per bet the payout of
    BetSettlement (credited with key "settlement:<bet_id>"), then per user the
    commission of CommissionCharge (key "commission:<market_id>:<user_id>").
    ResettleMarket and VoidMarket correct a settled market: each bet's payout
    difference is booked with `wallet.v1.WalletService.AdjustSettlement`, key
    "resettle:<bet_id>:<settlement_version>", and each user's commission
    difference with key "commission:<market_id>:<user_id>:
    <settlement_version>".

    Idempotency. Every write carries `idempotency_key`, scoped to a field
    every request of the RPC carries: (RPC, `saga_id`) for PlaceBet,
    ConfirmBet and CancelBet; (RPC, `user_id`) for CancelBets and ReplaceBets;
    (RPC, `market_id`) for market operations. Outcomes are replayed by the
    platform rule of docs/CONVENTIONS.md ("Which outcomes are replayed"): a
    stored FAILED_PRECONDITION whose cause can change is retried with a new
    key. Keys are kept for at least 7 days.

    Streams. StreamMarketChanges and StreamBetChanges send a complete state per
    change (a MarketBook, a Bet) with a `cursor`; a client that reconnects
    passes the last cursor it processed and receives every change after it
    (retained for 24 hours; older cursors fail with OUT_OF_RANGE /
    CURSOR_EXPIRED). The server ends a stream with OK after 1 hour and with
    UNAVAILABLE when it shuts down; clients resume from their cursor.

    Access. Market writes (OpenMarket, UpdateMarket, SuspendMarket,
    CloseMarket, SettleMarket, ResettleMarket, VoidMarket) are for trading
    operators; PlaceBet, ConfirmBet and CancelBet for order-validator; a
    bettor may cancel, replace, read and stream only their own bets (`user_id`
    must be the caller). Catalogue and book reads are public to authenticated
    callers.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED / PERMISSION_DENIED
    and UNAVAILABLE (DEPENDENCY_UNAVAILABLE); these are not repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.PlaceBet = channel.unary_unary('/order.v1.OrderBookService/PlaceBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetResponse.FromString, _registered_method=True)
        self.ConfirmBet = channel.unary_unary('/order.v1.OrderBookService/ConfirmBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetResponse.FromString, _registered_method=True)
        self.CancelBet = channel.unary_unary('/order.v1.OrderBookService/CancelBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.CancelBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.CancelBetResponse.FromString, _registered_method=True)
        self.CancelBets = channel.unary_unary('/order.v1.OrderBookService/CancelBets', request_serializer=order_dot_v1_dot_order__book__service__pb2.CancelBetsRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.CancelBetsResponse.FromString, _registered_method=True)
        self.ReplaceBets = channel.unary_unary('/order.v1.OrderBookService/ReplaceBets', request_serializer=order_dot_v1_dot_order__book__service__pb2.ReplaceBetsRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ReplaceBetsResponse.FromString, _registered_method=True)
        self.GetBet = channel.unary_unary('/order.v1.OrderBookService/GetBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.GetBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.GetBetResponse.FromString, _registered_method=True)
        self.ListBets = channel.unary_unary('/order.v1.OrderBookService/ListBets', request_serializer=order_dot_v1_dot_order__book__service__pb2.ListBetsRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ListBetsResponse.FromString, _registered_method=True)
        self.ListBetFills = channel.unary_unary('/order.v1.OrderBookService/ListBetFills', request_serializer=order_dot_v1_dot_order__book__service__pb2.ListBetFillsRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ListBetFillsResponse.FromString, _registered_method=True)
        self.GetMarket = channel.unary_unary('/order.v1.OrderBookService/GetMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.GetMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.GetMarketResponse.FromString, _registered_method=True)
        self.ListMarkets = channel.unary_unary('/order.v1.OrderBookService/ListMarkets', request_serializer=order_dot_v1_dot_order__book__service__pb2.ListMarketsRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ListMarketsResponse.FromString, _registered_method=True)
        self.ListFixtures = channel.unary_unary('/order.v1.OrderBookService/ListFixtures', request_serializer=order_dot_v1_dot_order__book__service__pb2.ListFixturesRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ListFixturesResponse.FromString, _registered_method=True)
        self.GetMarketBook = channel.unary_unary('/order.v1.OrderBookService/GetMarketBook', request_serializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookResponse.FromString, _registered_method=True)
        self.StreamMarketChanges = channel.unary_stream('/order.v1.OrderBookService/StreamMarketChanges', request_serializer=order_dot_v1_dot_order__book__service__pb2.StreamMarketChangesRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.StreamMarketChangesResponse.FromString, _registered_method=True)
        self.StreamBetChanges = channel.unary_stream('/order.v1.OrderBookService/StreamBetChanges', request_serializer=order_dot_v1_dot_order__book__service__pb2.StreamBetChangesRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.StreamBetChangesResponse.FromString, _registered_method=True)
        self.OpenMarket = channel.unary_unary('/order.v1.OrderBookService/OpenMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketResponse.FromString, _registered_method=True)
        self.UpdateMarket = channel.unary_unary('/order.v1.OrderBookService/UpdateMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.UpdateMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.UpdateMarketResponse.FromString, _registered_method=True)
        self.SuspendMarket = channel.unary_unary('/order.v1.OrderBookService/SuspendMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketResponse.FromString, _registered_method=True)
        self.CloseMarket = channel.unary_unary('/order.v1.OrderBookService/CloseMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketResponse.FromString, _registered_method=True)
        self.SettleMarket = channel.unary_unary('/order.v1.OrderBookService/SettleMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketResponse.FromString, _registered_method=True)
        self.ResettleMarket = channel.unary_unary('/order.v1.OrderBookService/ResettleMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.ResettleMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ResettleMarketResponse.FromString, _registered_method=True)
        self.VoidMarket = channel.unary_unary('/order.v1.OrderBookService/VoidMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.VoidMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.VoidMarketResponse.FromString, _registered_method=True)
        self.GetSettlementJob = channel.unary_unary('/order.v1.OrderBookService/GetSettlementJob', request_serializer=order_dot_v1_dot_order__book__service__pb2.GetSettlementJobRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.GetSettlementJobResponse.FromString, _registered_method=True)

class OrderBookServiceServicer:
    """OrderBookService (order-book) owns the market catalogue, bets, the matching
    engine and settlement, and books settlement money in the wallet.

    Catalogue. A fixture (a sporting event) has markets; a market has 2-100
    runners (selections), one currency, a commission rate, a minimum stake and
    a `market_version`. See MarketState for the market lifecycle.

    Price ladder. Every price (orders, bets, fills, book levels) is a tick of
    this ladder, written with exactly 2 decimals:
    from    up to   tick        from    up to   tick
    1.01    2       0.01        10      20      0.50
    2       3       0.02        20      30      1
    3       4       0.05        30      50      2
    4       6       0.10        50      100     5
    6       10      0.20        100     990     10
    A price off the ladder ("2.01", "2.5") fails validation (INVALID_ARGUMENT
    / VALIDATION_FAILED, rule `string.pattern` on the price field). Minimum
    stake per currency (backer stake; the market's `min_stake`): EUR, GBP, USD
    2.00; JPY 200; KWD, BHD 0.500.

    Bets and matching. A bet backs (BACK) or lays (LAY) one runner at a price.
    `stake` is always the backer's stake; the money at risk (`liability`) is
    the stake for BACK and stake x (price - 1), rounded UP to the currency's
    minor unit, for LAY. The engine matches with price-time priority: a BACK
    at price P matches resting LAY stake at P or higher, best first; a LAY at P
    matches resting BACK stake at P or lower, best first; equal prices match
    oldest first. A fill is made at the resting bet's price.

    Money before matching (the fix of a defect where a matched bet could be
    un-matched). A bet reaches the matching engine only after its money is
    committed: PlaceBet (saga step 3) creates it PENDING, off the book;
    ConfirmBet (step 5, after `wallet.v1.WalletService.CommitReservation`)
    puts it on the book. So every fill is made between two bets whose money is
    already debited, and a fill, once made, is final: only VoidMarket, a
    removed runner or a VOID result voids it (FillVoidedEvent). The saga's
    compensation (CancelBet) only ever cancels a PENDING bet, which has no
    fills, so no counterparty is affected. The argument for keeping the seed's
    saga order is in docs/services/order-validator.md.

    Bettor's controls. CancelBets cancels a bet's unmatched stake or reduces it
    (`size_reduction`); ReplaceBets moves the unmatched stake to a new price
    (it loses its time priority). Each bet has a persistence type: LAPSE
    stake lapses when the market turns in-play and at a material suspension;
    PERSIST stake stays. Every stake leaves the book at the close. Whatever
    releases unmatched stake, its money is refunded at once with
    `wallet.v1.WalletService.CreditBalance` (reason BET_REFUND), idempotency
    key "refund:<bet_id>:<instruction_id>", where the instruction id is
    deterministic: the one returned by CancelBets / ReplaceBets, or
    "lapse-v<market_version>" for a lapse (the market version that caused
    it), or "lapse-confirm" at ConfirmBet. One bet can receive several
    refunds, each exactly once; their sum never exceeds its liability. The
    refund amount is what the bet holds minus what it still needs: with H =
    `liability_held` before the change, the refund is H - need, where need is
    sum(s_i) + remaining (BACK) or sum(s_i x (p_i - 1)) + remaining x (price -
    1) rounded UP (LAY), over its non-void fills after the change.

    Settlement. SettleMarket starts a settlement job (AIP-151, SettlementJob)
    that settles the bets in bounded batches: per bet the payout of
    BetSettlement (credited with key "settlement:<bet_id>"), then per user the
    commission of CommissionCharge (key "commission:<market_id>:<user_id>").
    ResettleMarket and VoidMarket correct a settled market: each bet's payout
    difference is booked with `wallet.v1.WalletService.AdjustSettlement`, key
    "resettle:<bet_id>:<settlement_version>", and each user's commission
    difference with key "commission:<market_id>:<user_id>:
    <settlement_version>".

    Idempotency. Every write carries `idempotency_key`, scoped to a field
    every request of the RPC carries: (RPC, `saga_id`) for PlaceBet,
    ConfirmBet and CancelBet; (RPC, `user_id`) for CancelBets and ReplaceBets;
    (RPC, `market_id`) for market operations. Outcomes are replayed by the
    platform rule of docs/CONVENTIONS.md ("Which outcomes are replayed"): a
    stored FAILED_PRECONDITION whose cause can change is retried with a new
    key. Keys are kept for at least 7 days.

    Streams. StreamMarketChanges and StreamBetChanges send a complete state per
    change (a MarketBook, a Bet) with a `cursor`; a client that reconnects
    passes the last cursor it processed and receives every change after it
    (retained for 24 hours; older cursors fail with OUT_OF_RANGE /
    CURSOR_EXPIRED). The server ends a stream with OK after 1 hour and with
    UNAVAILABLE when it shuts down; clients resume from their cursor.

    Access. Market writes (OpenMarket, UpdateMarket, SuspendMarket,
    CloseMarket, SettleMarket, ResettleMarket, VoidMarket) are for trading
    operators; PlaceBet, ConfirmBet and CancelBet for order-validator; a
    bettor may cancel, replace, read and stream only their own bets (`user_id`
    must be the caller). Catalogue and book reads are public to authenticated
    callers.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED / PERMISSION_DENIED
    and UNAVAILABLE (DEPENDENCY_UNAVAILABLE); these are not repeated below.
    """

    def PlaceBet(self, request, context):
        """Creates a bet for an order (step 3 of the bet-placement saga), PENDING:
        its liability is reserved, it is NOT on the book and cannot match.

        Checks, in order: the market exists and is OPEN or SUSPENDED, the runner
        is ACTIVE, the currency is the market's, the stake is at least the
        market's `min_stake`, and the wallet reservation
        (`wallet.v1.WalletService.GetReservation`) is PENDING, belongs to
        `user_id` and `saga_id` and holds exactly the bet's `liability` in
        `currency`.

        Compensated by CancelBet. At most one bet exists per `saga_id`; a second
        PlaceBet for the same saga with a new idempotency key fails with
        ALREADY_EXISTS / BET_ALREADY_EXISTS. Publishes BetPlacedEvent.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND, NOT_FOUND / SELECTION_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_OPEN (CLOSED, SETTLED or VOIDED).
        * FAILED_PRECONDITION / RUNNER_NOT_ACTIVE.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH, INVALID_ARGUMENT /
        STAKE_BELOW_MINIMUM.
        * FAILED_PRECONDITION / RESERVATION_MISMATCH.
        * ALREADY_EXISTS / BET_ALREADY_EXISTS. Metadata: `betId`.
        * ABORTED / SAGA_ALREADY_COMPENSATED: CancelBet already ran for this saga
        (a tombstone exists); the late placement is refused.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ConfirmBet(self, request, context):
        """Puts a PENDING bet on the book (step 5 of the saga, best effort): the
        wallet has committed its liability, so the bet can no longer be
        compensated. The bet becomes EXECUTABLE and is matched at once; while the
        market is in-play the engine first waits `Market.bet_delay`.

        The whole stake lapses instead (state EXECUTION_COMPLETE, refunded at
        once with key "refund:<bet_id>:lapse-confirm", BetStakeReleasedEvent with
        reason LAPSED_AT_CONFIRMATION) when the market is no longer OPEN or
        SUSPENDED, the runner is no longer ACTIVE, or the bet's `market_version`
        is set and the market's version is higher (it changed materially since
        the order was priced). On a SUSPENDED market the bet joins the book and
        waits for the reopening.

        Confirming a bet that is past PENDING succeeds and returns it unchanged,
        whatever the key. If the saga's retries run out, order-book's reconciler
        confirms every PENDING bet older than 10 minutes whose reservation is
        COMMITTED (and cancels those whose reservation is CANCELLED or EXPIRED),
        so a paid bet never stays off the book.

        Errors:
        * NOT_FOUND / BET_NOT_FOUND: no bet with `bet_id` in `saga_id`.
        * FAILED_PRECONDITION / BET_CANCELLED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CancelBet(self, request, context):
        """Cancels a PENDING bet (the compensation of PlaceBet). A PENDING bet was
        never on the book, so nothing is unmatched from a counterparty and no
        money moves here: the saga releases the reservation with
        `wallet.v1.WalletService.CancelReservation` next.

        Tolerates a missing target, as every compensation must: the bet is found
        by `bet_id` when set (it must then belong to `saga_id`), otherwise as the
        bet of `saga_id`.
        * PENDING: cancelled, outcome CANCELLED; BetCancelledEvent is published.
        * CANCELLED: succeeds, outcome ALREADY_CANCELLED.
        * No such bet (PlaceBet never happened, has not arrived yet, or `bet_id`
        is unknown): succeeds with outcome NO_BET and records a tombstone for
        the saga, so that a late PlaceBet fails with ABORTED /
        SAGA_ALREADY_COMPENSATED.

        Errors:
        * FAILED_PRECONDITION / BET_ALREADY_CONFIRMED: the bet is past PENDING;
        the saga is past its pivot. Metadata: `state`.
        * NOT_FOUND / BET_NOT_FOUND: `bet_id` names a bet of another saga.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CancelBets(self, request, context):
        """Cancels or reduces the unmatched stake of up to 60 of the caller's bets
        on one market, each instruction with its own result (a failed
        instruction does not stop the others). An instruction without
        `size_reduction` cancels all the unmatched stake; with one, it removes
        that much (capped at the unmatched stake). Matched stake is never
        touched. Every released stake is refunded at once (see the service
        comment; key "refund:<bet_id>:<instruction_id>") and publishes
        BetStakeReleasedEvent. A bet whose unmatched stake reaches 0 becomes
        EXECUTION_COMPLETE.

        Per-instruction errors (in CancelBetResult): NOT_FOUND /
        BET_NOT_IN_MARKET, FAILED_PRECONDITION / BET_NOT_EXECUTABLE,
        INVALID_ARGUMENT / CURRENCY_MISMATCH (a `size_reduction` in another
        currency than the market's).

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ReplaceBets(self, request, context):
        """Moves the unmatched stake of up to 60 of the caller's bets on one market
        to a new price, each instruction with its own result. The stake keeps
        its bet id, rejoins the book at the new price with a new time priority,
        and is matched at once if the new price crosses. BACK stake needs no new
        money. LAY stake may move to a lower price, whose surplus liability is
        refunded ("refund:<bet_id>:<instruction_id>", reason REPLACED), but not
        to a higher one (that needs new money: cancel and place a new order).
        The market must be OPEN.

        Per-instruction errors (in ReplaceBetResult): NOT_FOUND /
        BET_NOT_IN_MARKET, FAILED_PRECONDITION / BET_NOT_EXECUTABLE,
        INVALID_ARGUMENT / REPLACE_EXCEEDS_LIABILITY.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_OPEN (retry with a new key once it is
        OPEN).
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetBet(self, request, context):
        """Returns one bet with its sizes and, once settled, its settlement (not
        its fills: ListBetFills).

        Errors: NOT_FOUND / BET_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListBets(self, request, context):
        """Lists bets, newest first (by `create_time`, ties broken by `bet_id`),
        filtered by user, market, state and creation time. At least one of
        `user_id` and `market_id` must be set. Paginated (AIP-158).

        Errors: INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListBetFills(self, request, context):
        """Lists the fills of one bet, oldest first (by `create_time`, ties broken
        by `fill_id`). Paginated (AIP-158). A bettor sees the counterparty's bet
        id empty.

        Errors: NOT_FOUND / BET_NOT_FOUND, INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetMarket(self, request, context):
        """Returns one market of the catalogue.

        Errors: NOT_FOUND / MARKET_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListMarkets(self, request, context):
        """Lists markets of the catalogue by fixture start time, earliest first
        (ties broken by `market_id`), filtered by sport, competition, fixture,
        market type, state, in-play flag and start time. Paginated (AIP-158).

        Errors: INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListFixtures(self, request, context):
        """Lists fixtures (sporting events) by start time, earliest first (ties
        broken by `fixture_id`), filtered by sport, competition and start time.
        Paginated (AIP-158).

        Errors: INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetMarketBook(self, request, context):
        """Returns a market's book: per runner the best `depth` price levels
        available to back and to lay, the matched amount and the last price
        traded, at one `market_version`. A snapshot; it may be stale by the time
        the caller acts on it (an order priced on it may carry its version).

        Errors: NOT_FOUND / MARKET_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def StreamMarketChanges(self, request, context):
        """Streams the books of up to 50 markets: first the current book of each,
        then a new book whenever one changes (conflated: at most one message per
        market per 50 ms; every message is a complete book, so a skipped one
        loses nothing). Resumable from `cursor` (see the service comment).

        Errors: NOT_FOUND / MARKET_NOT_FOUND, OUT_OF_RANGE / CURSOR_EXPIRED.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def StreamBetChanges(self, request, context):
        """Streams every change of the caller's bets (optionally of one market):
        placement, confirmation, each fill, cancellation, lapse, replacement,
        settlement. Each message carries the bet's complete current state and,
        for a fill, the fill. Without `cursor` the stream starts with the bets
        that are not yet settled; with one it replays every change after it, in
        order, then continues live.

        Errors: OUT_OF_RANGE / CURSOR_EXPIRED.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def OpenMarket(self, request, context):
        """Creates a market OPEN when `market_id` is new, or reopens a SUSPENDED
        market (SUSPENDED -> OPEN; matching resumes). Opening an OPEN market
        succeeds and returns it unchanged. `fixture.fixture_id`, `market_type`,
        `currency` and the runners' ids must equal the existing market's.
        Publishes MarketUpdatedEvent.

        Errors:
        * FAILED_PRECONDITION / MARKET_DEFINITION_MISMATCH.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: CLOSED, SETTLED or
        VOIDED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def UpdateMarket(self, request, context):
        """Updates an OPEN or SUSPENDED market (AIP-134). Paths of `update_mask`
        (fields of MarketUpdate): `display_name`, `in_play` (only false -> true:
        the market turns in-play; LAPSE stake lapses and `market_version`
        increments), `bet_delay`, `fixture_start_time`, `removed_selection_ids`
        (ACTIVE -> REMOVED: their unmatched stake lapses, their fills are
        voided, `market_version` increments). An empty mask applies all of them.
        Publishes MarketUpdatedEvent.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND, NOT_FOUND / SELECTION_NOT_FOUND.
        * INVALID_ARGUMENT / VALIDATION_FAILED: an `update_mask` path that is
        not one of the five above (rule "update_market.update_mask"; the
        field violation names `update_mask`). Nothing is applied.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: CLOSED, SETTLED or
        VOIDED, or an impossible change (in_play back to false, a runner
        returned to ACTIVE).
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SuspendMarket(self, request, context):
        """Suspends an OPEN market (OPEN -> SUSPENDED): nothing matches and new bets
        wait off the book. With `material` (a goal, a red card), the version
        increments and LAPSE stake lapses (refunded). Suspending a SUSPENDED
        market succeeds unchanged. Publishes MarketUpdatedEvent.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: CLOSED, SETTLED or
        VOIDED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CloseMarket(self, request, context):
        """Closes an OPEN or SUSPENDED market for good (-> CLOSED): every unmatched
        stake, LAPSE and PERSIST, lapses and is refunded at once. Closing a
        CLOSED market succeeds unchanged. Publishes MarketUpdatedEvent.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: SETTLED or VOIDED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SettleMarket(self, request, context):
        """Starts settling a CLOSED market with one result per runner and returns
        at once with the settlement job, RUNNING (AIP-151). The market becomes
        SETTLED (settlement_version 1) with its results immediately; the job
        then settles the bets with matched stake in batches (BetSettledEvent
        each), credits their payouts (key "settlement:<bet_id>"), and finally
        charges each user's commission (CommissionChargedEvent). Poll
        GetSettlementJob. PENDING bets are not settled: they have no fills, and
        ConfirmBet lapses them.

        A wallet booking refused definitively (for example NOT_FOUND /
        WALLET_NOT_FOUND) stays PENDING and is retried with the same key; the
        job alerts operators. ALREADY_EXISTS / BET_ALREADY_CREDITED means the
        bet was already paid under the same key's ledger entry by an operator:
        the job stops for that bet and alerts; it never retries with a new key.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_CLOSED (retry with a new key after
        CloseMarket).
        * FAILED_PRECONDITION / MARKET_ALREADY_SETTLED.
        * INVALID_ARGUMENT / SELECTION_RESULTS_INVALID.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ResettleMarket(self, request, context):
        """Corrects the results of a SETTLED market and returns the new settlement
        job (settlement_version + 1). Every settled bet gets a new
        BetSettlement; the payout difference is booked with
        `wallet.v1.WalletService.AdjustSettlement` (key
        "resettle:<bet_id>:<settlement_version>"; a debit may take the balance
        negative, as a chargeback does), each user's commission difference with
        key "commission:<market_id>:<user_id>:<settlement_version>".
        Publishes BetResettledEvent per bet and MarketUpdatedEvent.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_SETTLED.
        * FAILED_PRECONDITION / SETTLEMENT_IN_PROGRESS.
        * INVALID_ARGUMENT / SELECTION_RESULTS_INVALID.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def VoidMarket(self, request, context):
        """Voids a market in any state but VOIDED and returns the void's settlement
        job. Unmatched stake lapses (refunded), every fill is voided
        (FillVoidedEvent), every bet with matched stake gets its
        `liability_held` back: credited with key "settlement:<bet_id>" when the
        market was not settled, or booked as the difference to the previous
        payout with key "resettle:<bet_id>:<settlement_version>" when it was.
        Commission already charged is refunded the same way. -> VOIDED.
        PENDING bets are not voided: they have no fills, and ConfirmBet lapses
        them (LAPSED_AT_CONFIRMATION, refunded at once).

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: already VOIDED.
        * FAILED_PRECONDITION / SETTLEMENT_IN_PROGRESS.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetSettlementJob(self, request, context):
        """Returns a settlement job with its progress.

        Errors: NOT_FOUND / SETTLEMENT_JOB_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_OrderBookServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'PlaceBet': grpc.unary_unary_rpc_method_handler(servicer.PlaceBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetResponse.SerializeToString), 'ConfirmBet': grpc.unary_unary_rpc_method_handler(servicer.ConfirmBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetResponse.SerializeToString), 'CancelBet': grpc.unary_unary_rpc_method_handler(servicer.CancelBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.CancelBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.CancelBetResponse.SerializeToString), 'CancelBets': grpc.unary_unary_rpc_method_handler(servicer.CancelBets, request_deserializer=order_dot_v1_dot_order__book__service__pb2.CancelBetsRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.CancelBetsResponse.SerializeToString), 'ReplaceBets': grpc.unary_unary_rpc_method_handler(servicer.ReplaceBets, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ReplaceBetsRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ReplaceBetsResponse.SerializeToString), 'GetBet': grpc.unary_unary_rpc_method_handler(servicer.GetBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.GetBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.GetBetResponse.SerializeToString), 'ListBets': grpc.unary_unary_rpc_method_handler(servicer.ListBets, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ListBetsRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ListBetsResponse.SerializeToString), 'ListBetFills': grpc.unary_unary_rpc_method_handler(servicer.ListBetFills, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ListBetFillsRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ListBetFillsResponse.SerializeToString), 'GetMarket': grpc.unary_unary_rpc_method_handler(servicer.GetMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.GetMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.GetMarketResponse.SerializeToString), 'ListMarkets': grpc.unary_unary_rpc_method_handler(servicer.ListMarkets, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ListMarketsRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ListMarketsResponse.SerializeToString), 'ListFixtures': grpc.unary_unary_rpc_method_handler(servicer.ListFixtures, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ListFixturesRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ListFixturesResponse.SerializeToString), 'GetMarketBook': grpc.unary_unary_rpc_method_handler(servicer.GetMarketBook, request_deserializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookResponse.SerializeToString), 'StreamMarketChanges': grpc.unary_stream_rpc_method_handler(servicer.StreamMarketChanges, request_deserializer=order_dot_v1_dot_order__book__service__pb2.StreamMarketChangesRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.StreamMarketChangesResponse.SerializeToString), 'StreamBetChanges': grpc.unary_stream_rpc_method_handler(servicer.StreamBetChanges, request_deserializer=order_dot_v1_dot_order__book__service__pb2.StreamBetChangesRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.StreamBetChangesResponse.SerializeToString), 'OpenMarket': grpc.unary_unary_rpc_method_handler(servicer.OpenMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketResponse.SerializeToString), 'UpdateMarket': grpc.unary_unary_rpc_method_handler(servicer.UpdateMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.UpdateMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.UpdateMarketResponse.SerializeToString), 'SuspendMarket': grpc.unary_unary_rpc_method_handler(servicer.SuspendMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketResponse.SerializeToString), 'CloseMarket': grpc.unary_unary_rpc_method_handler(servicer.CloseMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketResponse.SerializeToString), 'SettleMarket': grpc.unary_unary_rpc_method_handler(servicer.SettleMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketResponse.SerializeToString), 'ResettleMarket': grpc.unary_unary_rpc_method_handler(servicer.ResettleMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ResettleMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ResettleMarketResponse.SerializeToString), 'VoidMarket': grpc.unary_unary_rpc_method_handler(servicer.VoidMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.VoidMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.VoidMarketResponse.SerializeToString), 'GetSettlementJob': grpc.unary_unary_rpc_method_handler(servicer.GetSettlementJob, request_deserializer=order_dot_v1_dot_order__book__service__pb2.GetSettlementJobRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.GetSettlementJobResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('order.v1.OrderBookService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('order.v1.OrderBookService', rpc_method_handlers)

class OrderBookService:
    """OrderBookService (order-book) owns the market catalogue, bets, the matching
    engine and settlement, and books settlement money in the wallet.

    Catalogue. A fixture (a sporting event) has markets; a market has 2-100
    runners (selections), one currency, a commission rate, a minimum stake and
    a `market_version`. See MarketState for the market lifecycle.

    Price ladder. Every price (orders, bets, fills, book levels) is a tick of
    this ladder, written with exactly 2 decimals:
    from    up to   tick        from    up to   tick
    1.01    2       0.01        10      20      0.50
    2       3       0.02        20      30      1
    3       4       0.05        30      50      2
    4       6       0.10        50      100     5
    6       10      0.20        100     990     10
    A price off the ladder ("2.01", "2.5") fails validation (INVALID_ARGUMENT
    / VALIDATION_FAILED, rule `string.pattern` on the price field). Minimum
    stake per currency (backer stake; the market's `min_stake`): EUR, GBP, USD
    2.00; JPY 200; KWD, BHD 0.500.

    Bets and matching. A bet backs (BACK) or lays (LAY) one runner at a price.
    `stake` is always the backer's stake; the money at risk (`liability`) is
    the stake for BACK and stake x (price - 1), rounded UP to the currency's
    minor unit, for LAY. The engine matches with price-time priority: a BACK
    at price P matches resting LAY stake at P or higher, best first; a LAY at P
    matches resting BACK stake at P or lower, best first; equal prices match
    oldest first. A fill is made at the resting bet's price.

    Money before matching (the fix of a defect where a matched bet could be
    un-matched). A bet reaches the matching engine only after its money is
    committed: PlaceBet (saga step 3) creates it PENDING, off the book;
    ConfirmBet (step 5, after `wallet.v1.WalletService.CommitReservation`)
    puts it on the book. So every fill is made between two bets whose money is
    already debited, and a fill, once made, is final: only VoidMarket, a
    removed runner or a VOID result voids it (FillVoidedEvent). The saga's
    compensation (CancelBet) only ever cancels a PENDING bet, which has no
    fills, so no counterparty is affected. The argument for keeping the seed's
    saga order is in docs/services/order-validator.md.

    Bettor's controls. CancelBets cancels a bet's unmatched stake or reduces it
    (`size_reduction`); ReplaceBets moves the unmatched stake to a new price
    (it loses its time priority). Each bet has a persistence type: LAPSE
    stake lapses when the market turns in-play and at a material suspension;
    PERSIST stake stays. Every stake leaves the book at the close. Whatever
    releases unmatched stake, its money is refunded at once with
    `wallet.v1.WalletService.CreditBalance` (reason BET_REFUND), idempotency
    key "refund:<bet_id>:<instruction_id>", where the instruction id is
    deterministic: the one returned by CancelBets / ReplaceBets, or
    "lapse-v<market_version>" for a lapse (the market version that caused
    it), or "lapse-confirm" at ConfirmBet. One bet can receive several
    refunds, each exactly once; their sum never exceeds its liability. The
    refund amount is what the bet holds minus what it still needs: with H =
    `liability_held` before the change, the refund is H - need, where need is
    sum(s_i) + remaining (BACK) or sum(s_i x (p_i - 1)) + remaining x (price -
    1) rounded UP (LAY), over its non-void fills after the change.

    Settlement. SettleMarket starts a settlement job (AIP-151, SettlementJob)
    that settles the bets in bounded batches: per bet the payout of
    BetSettlement (credited with key "settlement:<bet_id>"), then per user the
    commission of CommissionCharge (key "commission:<market_id>:<user_id>").
    ResettleMarket and VoidMarket correct a settled market: each bet's payout
    difference is booked with `wallet.v1.WalletService.AdjustSettlement`, key
    "resettle:<bet_id>:<settlement_version>", and each user's commission
    difference with key "commission:<market_id>:<user_id>:
    <settlement_version>".

    Idempotency. Every write carries `idempotency_key`, scoped to a field
    every request of the RPC carries: (RPC, `saga_id`) for PlaceBet,
    ConfirmBet and CancelBet; (RPC, `user_id`) for CancelBets and ReplaceBets;
    (RPC, `market_id`) for market operations. Outcomes are replayed by the
    platform rule of docs/CONVENTIONS.md ("Which outcomes are replayed"): a
    stored FAILED_PRECONDITION whose cause can change is retried with a new
    key. Keys are kept for at least 7 days.

    Streams. StreamMarketChanges and StreamBetChanges send a complete state per
    change (a MarketBook, a Bet) with a `cursor`; a client that reconnects
    passes the last cursor it processed and receives every change after it
    (retained for 24 hours; older cursors fail with OUT_OF_RANGE /
    CURSOR_EXPIRED). The server ends a stream with OK after 1 hour and with
    UNAVAILABLE when it shuts down; clients resume from their cursor.

    Access. Market writes (OpenMarket, UpdateMarket, SuspendMarket,
    CloseMarket, SettleMarket, ResettleMarket, VoidMarket) are for trading
    operators; PlaceBet, ConfirmBet and CancelBet for order-validator; a
    bettor may cancel, replace, read and stream only their own bets (`user_id`
    must be the caller). Catalogue and book reads are public to authenticated
    callers.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED / PERMISSION_DENIED
    and UNAVAILABLE (DEPENDENCY_UNAVAILABLE); these are not repeated below.
    """

    @staticmethod
    def PlaceBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/PlaceBet', order_dot_v1_dot_order__book__service__pb2.PlaceBetRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.PlaceBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ConfirmBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ConfirmBet', order_dot_v1_dot_order__book__service__pb2.ConfirmBetRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ConfirmBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CancelBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/CancelBet', order_dot_v1_dot_order__book__service__pb2.CancelBetRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.CancelBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CancelBets(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/CancelBets', order_dot_v1_dot_order__book__service__pb2.CancelBetsRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.CancelBetsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ReplaceBets(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ReplaceBets', order_dot_v1_dot_order__book__service__pb2.ReplaceBetsRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ReplaceBetsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/GetBet', order_dot_v1_dot_order__book__service__pb2.GetBetRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.GetBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListBets(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ListBets', order_dot_v1_dot_order__book__service__pb2.ListBetsRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ListBetsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListBetFills(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ListBetFills', order_dot_v1_dot_order__book__service__pb2.ListBetFillsRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ListBetFillsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/GetMarket', order_dot_v1_dot_order__book__service__pb2.GetMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.GetMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListMarkets(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ListMarkets', order_dot_v1_dot_order__book__service__pb2.ListMarketsRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ListMarketsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListFixtures(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ListFixtures', order_dot_v1_dot_order__book__service__pb2.ListFixturesRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ListFixturesResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetMarketBook(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/GetMarketBook', order_dot_v1_dot_order__book__service__pb2.GetMarketBookRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.GetMarketBookResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def StreamMarketChanges(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_stream(request, target, '/order.v1.OrderBookService/StreamMarketChanges', order_dot_v1_dot_order__book__service__pb2.StreamMarketChangesRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.StreamMarketChangesResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def StreamBetChanges(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_stream(request, target, '/order.v1.OrderBookService/StreamBetChanges', order_dot_v1_dot_order__book__service__pb2.StreamBetChangesRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.StreamBetChangesResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def OpenMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/OpenMarket', order_dot_v1_dot_order__book__service__pb2.OpenMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.OpenMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def UpdateMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/UpdateMarket', order_dot_v1_dot_order__book__service__pb2.UpdateMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.UpdateMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SuspendMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/SuspendMarket', order_dot_v1_dot_order__book__service__pb2.SuspendMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.SuspendMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CloseMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/CloseMarket', order_dot_v1_dot_order__book__service__pb2.CloseMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.CloseMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SettleMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/SettleMarket', order_dot_v1_dot_order__book__service__pb2.SettleMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.SettleMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ResettleMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ResettleMarket', order_dot_v1_dot_order__book__service__pb2.ResettleMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ResettleMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def VoidMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/VoidMarket', order_dot_v1_dot_order__book__service__pb2.VoidMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.VoidMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetSettlementJob(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/GetSettlementJob', order_dot_v1_dot_order__book__service__pb2.GetSettlementJobRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.GetSettlementJobResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)