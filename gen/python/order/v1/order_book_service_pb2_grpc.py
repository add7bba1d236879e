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
    """OrderBookService (order-book) owns markets, bets and the matching engine,
    and settles markets into wallet credits.

    Markets. A market (for example "match odds" of one football match) has a
    fixed set of selections and one currency. Its lifecycle is
    OpenMarket -> OPEN <-> SUSPENDED (SuspendMarket / OpenMarket)
    CloseMarket -> CLOSED, SettleMarket -> SETTLED
    (see MarketStatus). Only an OPEN market accepts bets and matches them.

    Bets and matching. A bet backs (BACK: the selection will win) or lays (LAY:
    the selection will not win) one selection at decimal odds. `stake` is
    always the backer's stake: for a LAY bet it is the backer stake the layer
    accepts. The money at risk, `liability`, is what the wallet reserves and
    then debits:
    * BACK: liability = stake.
    * LAY:  liability = stake x (odds - 1), rounded UP to 2 decimal places so
    that the hold always covers the exposure.
    The engine matches with price-time priority: a BACK at odds O matches
    resting LAY bets priced at O or higher, highest price first; a LAY at odds O
    matches resting BACK bets priced at O or lower, lowest price first; equal
    prices match oldest first. A fill is made at the resting bet's price, so the
    incoming bet can only get a better price than it asked for. Every bet shows
    `matched_stake` (sum of its fills) and `unmatched_stake` (still on the
    book); they always add up to `stake`. Matching runs inside PlaceBet, so its
    response already shows the immediate fills.

    Bet lifecycle (see BetStatus): PlaceBet -> PLACED (saga step 2, matched
    immediately) -> ConfirmBet -> CONFIRMED (step 4, after the wallet committed
    the liability) -> SettleMarket -> SETTLED; or PLACED -> CancelBet ->
    CANCELLED (the saga's compensation).

    Settlement. SettleMarket takes a result per selection and computes every
    bet's payout with exact decimals; each payout is rounded DOWN (toward zero)
    to 2 decimal places, once, at the end, and the remainder is not carried
    anywhere. Payouts are credited by calling `wallet.v1.WalletService
    .CreditBalance` with idempotency key "settlement:<bet_id>", so a bet is paid
    at most once however often the credit is retried. The payout table is on
    BetSettlement.payout and in docs/services/order-book.md.

    Money. Every amount is a decimal string in the market's currency, for
    example "100.00": digits, at most one '.', at most 2 fraction digits, no
    sign, no exponent. Odds and prices are decimal odds from "1.01" to "999.99"
    with at most 2 fraction digits. An amount or price with more fraction
    digits is rejected, never rounded.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user)
    for bet RPCs and to (RPC, market) for market RPCs. A retry with the same key
    and request returns the original outcome; the same key with a different
    request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry
    while the first call runs fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED / PERMISSION_DENIED
    (market writes are for trading operators only; PlaceBet, ConfirmBet and
    CancelBet for order-validator only; a bettor may read only their own bets,
    so ListBets from a bettor must set `user_id` to the caller) and
    UNAVAILABLE (DEPENDENCY_UNAVAILABLE); these are not repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.PlaceBet = channel.unary_unary('/order.v1.OrderBookService/PlaceBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetResponse.FromString, _registered_method=True)
        self.ConfirmBet = channel.unary_unary('/order.v1.OrderBookService/ConfirmBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetResponse.FromString, _registered_method=True)
        self.CancelBet = channel.unary_unary('/order.v1.OrderBookService/CancelBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.CancelBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.CancelBetResponse.FromString, _registered_method=True)
        self.GetBet = channel.unary_unary('/order.v1.OrderBookService/GetBet', request_serializer=order_dot_v1_dot_order__book__service__pb2.GetBetRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.GetBetResponse.FromString, _registered_method=True)
        self.ListBets = channel.unary_unary('/order.v1.OrderBookService/ListBets', request_serializer=order_dot_v1_dot_order__book__service__pb2.ListBetsRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.ListBetsResponse.FromString, _registered_method=True)
        self.GetMarketBook = channel.unary_unary('/order.v1.OrderBookService/GetMarketBook', request_serializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookResponse.FromString, _registered_method=True)
        self.OpenMarket = channel.unary_unary('/order.v1.OrderBookService/OpenMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketResponse.FromString, _registered_method=True)
        self.SuspendMarket = channel.unary_unary('/order.v1.OrderBookService/SuspendMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketResponse.FromString, _registered_method=True)
        self.CloseMarket = channel.unary_unary('/order.v1.OrderBookService/CloseMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketResponse.FromString, _registered_method=True)
        self.SettleMarket = channel.unary_unary('/order.v1.OrderBookService/SettleMarket', request_serializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketRequest.SerializeToString, response_deserializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketResponse.FromString, _registered_method=True)

class OrderBookServiceServicer:
    """OrderBookService (order-book) owns markets, bets and the matching engine,
    and settles markets into wallet credits.

    Markets. A market (for example "match odds" of one football match) has a
    fixed set of selections and one currency. Its lifecycle is
    OpenMarket -> OPEN <-> SUSPENDED (SuspendMarket / OpenMarket)
    CloseMarket -> CLOSED, SettleMarket -> SETTLED
    (see MarketStatus). Only an OPEN market accepts bets and matches them.

    Bets and matching. A bet backs (BACK: the selection will win) or lays (LAY:
    the selection will not win) one selection at decimal odds. `stake` is
    always the backer's stake: for a LAY bet it is the backer stake the layer
    accepts. The money at risk, `liability`, is what the wallet reserves and
    then debits:
    * BACK: liability = stake.
    * LAY:  liability = stake x (odds - 1), rounded UP to 2 decimal places so
    that the hold always covers the exposure.
    The engine matches with price-time priority: a BACK at odds O matches
    resting LAY bets priced at O or higher, highest price first; a LAY at odds O
    matches resting BACK bets priced at O or lower, lowest price first; equal
    prices match oldest first. A fill is made at the resting bet's price, so the
    incoming bet can only get a better price than it asked for. Every bet shows
    `matched_stake` (sum of its fills) and `unmatched_stake` (still on the
    book); they always add up to `stake`. Matching runs inside PlaceBet, so its
    response already shows the immediate fills.

    Bet lifecycle (see BetStatus): PlaceBet -> PLACED (saga step 2, matched
    immediately) -> ConfirmBet -> CONFIRMED (step 4, after the wallet committed
    the liability) -> SettleMarket -> SETTLED; or PLACED -> CancelBet ->
    CANCELLED (the saga's compensation).

    Settlement. SettleMarket takes a result per selection and computes every
    bet's payout with exact decimals; each payout is rounded DOWN (toward zero)
    to 2 decimal places, once, at the end, and the remainder is not carried
    anywhere. Payouts are credited by calling `wallet.v1.WalletService
    .CreditBalance` with idempotency key "settlement:<bet_id>", so a bet is paid
    at most once however often the credit is retried. The payout table is on
    BetSettlement.payout and in docs/services/order-book.md.

    Money. Every amount is a decimal string in the market's currency, for
    example "100.00": digits, at most one '.', at most 2 fraction digits, no
    sign, no exponent. Odds and prices are decimal odds from "1.01" to "999.99"
    with at most 2 fraction digits. An amount or price with more fraction
    digits is rejected, never rounded.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user)
    for bet RPCs and to (RPC, market) for market RPCs. A retry with the same key
    and request returns the original outcome; the same key with a different
    request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry
    while the first call runs fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED / PERMISSION_DENIED
    (market writes are for trading operators only; PlaceBet, ConfirmBet and
    CancelBet for order-validator only; a bettor may read only their own bets,
    so ListBets from a bettor must set `user_id` to the caller) and
    UNAVAILABLE (DEPENDENCY_UNAVAILABLE); these are not repeated below.
    """

    def PlaceBet(self, request, context):
        """Accepts a bet into the book (step 2 of the bet-placement saga) and
        matches it at once. The bet is created PLACED with its immediate fills;
        the rest stays on the book as unmatched stake.

        Before accepting, order-book reads the wallet reservation
        (`wallet.v1.WalletService.GetReservation`): it must be PENDING, belong to
        `user_id` and `saga_id`, and hold exactly the bet's `liability` in
        `currency`.

        Compensated by CancelBet. At most one bet exists per `saga_id`; a second
        PlaceBet for the same saga with a new idempotency key fails with
        ALREADY_EXISTS / BET_ALREADY_EXISTS.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND, NOT_FOUND / SELECTION_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_OPEN. Metadata: `status`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH.
        * FAILED_PRECONDITION / RESERVATION_MISMATCH.
        * ALREADY_EXISTS / BET_ALREADY_EXISTS. Metadata: `betId`.
        * ABORTED / SAGA_ALREADY_COMPENSATED: CancelBet already ran for this saga
        (a tombstone exists); the late placement is refused.
        * INVALID_ARGUMENT / VALIDATION_FAILED: a LAY bet whose liability,
        `stake` x (`odds` - 1) rounded UP, has more than 15 integer digits and
        so cannot be written as money. Field violation on `stake`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ConfirmBet(self, request, context):
        """Marks a PLACED bet CONFIRMED (step 4 of the saga, best effort): the
        wallet has committed its liability, so the bet can no longer be
        compensated and will be settled. Matching is not affected: a PLACED bet
        already matches.

        Confirming a CONFIRMED or SETTLED bet succeeds and returns it unchanged,
        whatever the idempotency key. If the step's retries run out, the bet stays
        PLACED and SettleMarket confirms it from the committed reservation.

        Errors:
        * NOT_FOUND / BET_NOT_FOUND.
        * FAILED_PRECONDITION / BET_CANCELLED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CancelBet(self, request, context):
        """Cancels a PLACED bet (the compensation of PlaceBet): its unmatched stake
        leaves the book and its fills are voided. The counterparties of voided
        fills get that stake back as unmatched stake at their own price and
        original time priority (it rejoins the book if the market is OPEN).
        No money moves here: the liability was only reserved, and the saga
        releases it with `wallet.v1.WalletService.CancelReservation` next.

        The bet is found by `bet_id` when it is set (it must then belong to
        `saga_id`), otherwise as the bet of `saga_id`. Safe to call at any time,
        as compensations must be:
        * PLACED: cancelled, outcome CANCELLED; BetCancelledEvent is published.
        * CANCELLED: succeeds, outcome ALREADY_CANCELLED.
        * `bet_id` empty and no bet exists for `saga_id` (PlaceBet never happened
        or has not arrived yet): succeeds with outcome NO_BET and records a
        tombstone, so that a late PlaceBet for the saga fails with ABORTED /
        SAGA_ALREADY_COMPENSATED.

        Errors:
        * FAILED_PRECONDITION / BET_ALREADY_CONFIRMED: the bet is CONFIRMED or
        SETTLED; the saga is past its pivot. Metadata: `status`.
        * NOT_FOUND / BET_NOT_FOUND: `bet_id` was given and does not exist, or
        belongs to another saga.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetBet(self, request, context):
        """Returns one bet with its fills and, once SETTLED, its settlement.

        Errors: NOT_FOUND / BET_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListBets(self, request, context):
        """Lists bets, newest first (by `create_time`, ties broken by `bet_id`),
        filtered by user, market, status and creation time. At least one of
        `user_id` and `market_id` must be set. Paginated (AIP-158).

        Errors: INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetMarketBook(self, request, context):
        """Returns a market with its price ladder: for every selection the best
        `depth` price levels available to back and available to lay, aggregated
        from unmatched stake. A snapshot as of `read_time`; it may be stale by the
        time the caller acts on it.

        Errors: NOT_FOUND / MARKET_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def OpenMarket(self, request, context):
        """Opens a market for betting. Creates it OPEN when `market_id` is new, or
        reopens a SUSPENDED market (SUSPENDED -> OPEN; matching resumes with the
        unmatched stake still on the book). Opening an OPEN market succeeds and
        returns it unchanged. `currency`, `sport` and `selections` must equal the
        existing market's on every call.

        Errors:
        * FAILED_PRECONDITION / MARKET_DEFINITION_MISMATCH.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: the market is CLOSED
        or SETTLED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SuspendMarket(self, request, context):
        """Suspends an OPEN market (OPEN -> SUSPENDED), for example while a goal is
        reviewed: PlaceBet fails with MARKET_NOT_OPEN and nothing matches, but
        unmatched stake stays on the book. Suspending a SUSPENDED market succeeds
        unchanged.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: CLOSED or SETTLED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CloseMarket(self, request, context):
        """Closes an OPEN or SUSPENDED market for good (-> CLOSED): no more bets or
        matching. Unmatched stake is not cancelled here; it is returned at
        settlement as part of each bet's payout. Closing a CLOSED market succeeds
        unchanged.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / INVALID_MARKET_TRANSITION: SETTLED.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def SettleMarket(self, request, context):
        """Settles a CLOSED market (CLOSED -> SETTLED) with one result per
        selection and returns the bets' settlements (at most 1000; see
        SettleMarketResponse.settlements_truncated).

        First every PLACED bet of the market is resolved against its wallet
        reservation: COMMITTED -> the bet is confirmed; CANCELLED or EXPIRED ->
        the bet is cancelled as by CancelBet; PENDING -> the call fails with
        BETS_PENDING_CONFIRMATION and changes nothing. Then every CONFIRMED bet
        is SETTLED with the payout rules of BetSettlement.payout, in one
        transaction together with the market's status. Payouts above zero are
        then credited by a worker (transactional outbox) with
        `wallet.v1.WalletService.CreditBalance`, idempotency key
        "settlement:<bet_id>", reason BET_WIN when the bet won (BACK on a WIN
        selection, LAY on a LOSE selection) and BET_REFUND otherwise, retried
        until the wallet accepts; `credit_status` shows the progress. A
        definitive wallet error (for example NOT_FOUND / WALLET_NOT_FOUND) keeps
        the credit PENDING and alerts operators; the worker keeps retrying with
        the same key, so the payout is made exactly once when the cause is
        fixed. ALREADY_EXISTS / BET_ALREADY_CREDITED means an operator already
        paid the bet under another key: the worker stops and alerts operators to
        reconcile; it never retries with a new key.

        Idempotent per (market_id, idempotency_key): a retry returns the original
        settlements (with their current `credit_status`). A second SettleMarket
        with another key fails with MARKET_ALREADY_SETTLED, even with the same
        results; correcting results needs a resettlement RPC that v1 does not
        have.

        Errors:
        * NOT_FOUND / MARKET_NOT_FOUND.
        * FAILED_PRECONDITION / MARKET_NOT_CLOSED: OPEN or SUSPENDED.
        * FAILED_PRECONDITION / MARKET_ALREADY_SETTLED.
        * INVALID_ARGUMENT / SELECTION_RESULTS_INVALID.
        * FAILED_PRECONDITION / BETS_PENDING_CONFIRMATION.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_OrderBookServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'PlaceBet': grpc.unary_unary_rpc_method_handler(servicer.PlaceBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.PlaceBetResponse.SerializeToString), 'ConfirmBet': grpc.unary_unary_rpc_method_handler(servicer.ConfirmBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ConfirmBetResponse.SerializeToString), 'CancelBet': grpc.unary_unary_rpc_method_handler(servicer.CancelBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.CancelBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.CancelBetResponse.SerializeToString), 'GetBet': grpc.unary_unary_rpc_method_handler(servicer.GetBet, request_deserializer=order_dot_v1_dot_order__book__service__pb2.GetBetRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.GetBetResponse.SerializeToString), 'ListBets': grpc.unary_unary_rpc_method_handler(servicer.ListBets, request_deserializer=order_dot_v1_dot_order__book__service__pb2.ListBetsRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.ListBetsResponse.SerializeToString), 'GetMarketBook': grpc.unary_unary_rpc_method_handler(servicer.GetMarketBook, request_deserializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.GetMarketBookResponse.SerializeToString), 'OpenMarket': grpc.unary_unary_rpc_method_handler(servicer.OpenMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.OpenMarketResponse.SerializeToString), 'SuspendMarket': grpc.unary_unary_rpc_method_handler(servicer.SuspendMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.SuspendMarketResponse.SerializeToString), 'CloseMarket': grpc.unary_unary_rpc_method_handler(servicer.CloseMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.CloseMarketResponse.SerializeToString), 'SettleMarket': grpc.unary_unary_rpc_method_handler(servicer.SettleMarket, request_deserializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketRequest.FromString, response_serializer=order_dot_v1_dot_order__book__service__pb2.SettleMarketResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('order.v1.OrderBookService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('order.v1.OrderBookService', rpc_method_handlers)

class OrderBookService:
    """OrderBookService (order-book) owns markets, bets and the matching engine,
    and settles markets into wallet credits.

    Markets. A market (for example "match odds" of one football match) has a
    fixed set of selections and one currency. Its lifecycle is
    OpenMarket -> OPEN <-> SUSPENDED (SuspendMarket / OpenMarket)
    CloseMarket -> CLOSED, SettleMarket -> SETTLED
    (see MarketStatus). Only an OPEN market accepts bets and matches them.

    Bets and matching. A bet backs (BACK: the selection will win) or lays (LAY:
    the selection will not win) one selection at decimal odds. `stake` is
    always the backer's stake: for a LAY bet it is the backer stake the layer
    accepts. The money at risk, `liability`, is what the wallet reserves and
    then debits:
    * BACK: liability = stake.
    * LAY:  liability = stake x (odds - 1), rounded UP to 2 decimal places so
    that the hold always covers the exposure.
    The engine matches with price-time priority: a BACK at odds O matches
    resting LAY bets priced at O or higher, highest price first; a LAY at odds O
    matches resting BACK bets priced at O or lower, lowest price first; equal
    prices match oldest first. A fill is made at the resting bet's price, so the
    incoming bet can only get a better price than it asked for. Every bet shows
    `matched_stake` (sum of its fills) and `unmatched_stake` (still on the
    book); they always add up to `stake`. Matching runs inside PlaceBet, so its
    response already shows the immediate fills.

    Bet lifecycle (see BetStatus): PlaceBet -> PLACED (saga step 2, matched
    immediately) -> ConfirmBet -> CONFIRMED (step 4, after the wallet committed
    the liability) -> SettleMarket -> SETTLED; or PLACED -> CancelBet ->
    CANCELLED (the saga's compensation).

    Settlement. SettleMarket takes a result per selection and computes every
    bet's payout with exact decimals; each payout is rounded DOWN (toward zero)
    to 2 decimal places, once, at the end, and the remainder is not carried
    anywhere. Payouts are credited by calling `wallet.v1.WalletService
    .CreditBalance` with idempotency key "settlement:<bet_id>", so a bet is paid
    at most once however often the credit is retried. The payout table is on
    BetSettlement.payout and in docs/services/order-book.md.

    Money. Every amount is a decimal string in the market's currency, for
    example "100.00": digits, at most one '.', at most 2 fraction digits, no
    sign, no exponent. Odds and prices are decimal odds from "1.01" to "999.99"
    with at most 2 fraction digits. An amount or price with more fraction
    digits is rejected, never rounded.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user)
    for bet RPCs and to (RPC, market) for market RPCs. A retry with the same key
    and request returns the original outcome; the same key with a different
    request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry
    while the first call runs fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "order.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `order.v1.OrderErrorReason`. Every RPC can also return INVALID_ARGUMENT
    (VALIDATION_FAILED), UNAUTHENTICATED, PERMISSION_DENIED / PERMISSION_DENIED
    (market writes are for trading operators only; PlaceBet, ConfirmBet and
    CancelBet for order-validator only; a bettor may read only their own bets,
    so ListBets from a bettor must set `user_id` to the caller) and
    UNAVAILABLE (DEPENDENCY_UNAVAILABLE); these are not repeated below.
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
    def GetBet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/GetBet', order_dot_v1_dot_order__book__service__pb2.GetBetRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.GetBetResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListBets(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/ListBets', order_dot_v1_dot_order__book__service__pb2.ListBetsRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.ListBetsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetMarketBook(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/GetMarketBook', order_dot_v1_dot_order__book__service__pb2.GetMarketBookRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.GetMarketBookResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def OpenMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/OpenMarket', order_dot_v1_dot_order__book__service__pb2.OpenMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.OpenMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SuspendMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/SuspendMarket', order_dot_v1_dot_order__book__service__pb2.SuspendMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.SuspendMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CloseMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/CloseMarket', order_dot_v1_dot_order__book__service__pb2.CloseMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.CloseMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def SettleMarket(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/order.v1.OrderBookService/SettleMarket', order_dot_v1_dot_order__book__service__pb2.SettleMarketRequest.SerializeToString, order_dot_v1_dot_order__book__service__pb2.SettleMarketResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)