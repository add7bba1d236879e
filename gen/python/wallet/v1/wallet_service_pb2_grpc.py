"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...wallet.v1 import wallet_service_pb2 as wallet_dot_v1_dot_wallet__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in wallet/v1/wallet_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class WalletServiceStub:
    """WalletService (wallet-service) owns every user's money: the balance, the
    reservations that hold stakes while a bet is being placed, and the ledger
    that records every movement.

    Balance model. Each user has one wallet in one currency, with three figures:
    * `balance`: settled funds. Changed only by ledger postings (deposit,
    withdrawal, committed reservation, credit).
    * `reserved`: the sum of PENDING reservations.
    * `available` = `balance` - `reserved`: what a new reservation or a
    withdrawal may use. It never goes below zero.

    Reservations are a two-phase hold (2PC style):
    ReserveBalance     -> reservation PENDING   (available decreases)
    CommitReservation  -> reservation COMMITTED (balance decreases, hold released)
    CancelReservation  -> reservation CANCELLED (hold released, available restored)
    TTL elapses        -> reservation EXPIRED   (hold released, available restored)
    COMMITTED, CANCELLED and EXPIRED are terminal.

    Money. Every amount is a decimal string in the wallet's currency, for
    example "100.00": digits, at most one '.', at most 2 fraction digits, no
    sign, no exponent. The service stores exact decimals and never rounds an
    amount it receives (it only adds and subtracts); an amount with more
    fraction digits than the currency allows is rejected. Amounts in responses
    and events always have exactly 2 fraction digits ("500.00", never "500" or
    "500.0").

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user);
    for CommitReservation and CancelReservation the user is the reservation's
    owner. A retry with the same key and the same request returns the original outcome
    (including the original error, if it was not retryable) and moves no money.
    The same key with a different request fails with FAILED_PRECONDITION and
    reason IDEMPOTENCY_KEY_REUSED. While the first request is in flight a retry
    fails with ABORTED and reason IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days.

    Access. Every RPC needs an access token (docs/AUTH.md). A caller whose
    only role is "user" may call GetBalance, GetReservation and
    ListTransactions, for its own wallet only; it can never move money. Every
    write needs the role "service" (order-validator, order-book, the sign-up and
    payment flows), except CreditBalance with reason MANUAL_ADJUSTMENT, which
    needs "operator" or "service". Reading another user's wallet needs
    "service" or "operator". Anything else fails with PERMISSION_DENIED /
    PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "wallet.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `wallet.v1.WalletErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED; see docs/AUTH.md), PERMISSION_DENIED /
    PERMISSION_DENIED (see Access) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.OpenWallet = channel.unary_unary('/wallet.v1.WalletService/OpenWallet', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.OpenWalletRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.OpenWalletResponse.FromString, _registered_method=True)
        self.GetBalance = channel.unary_unary('/wallet.v1.WalletService/GetBalance', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetBalanceRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetBalanceResponse.FromString, _registered_method=True)
        self.ReserveBalance = channel.unary_unary('/wallet.v1.WalletService/ReserveBalance', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceResponse.FromString, _registered_method=True)
        self.CommitReservation = channel.unary_unary('/wallet.v1.WalletService/CommitReservation', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.CommitReservationRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CommitReservationResponse.FromString, _registered_method=True)
        self.CancelReservation = channel.unary_unary('/wallet.v1.WalletService/CancelReservation', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.CancelReservationRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CancelReservationResponse.FromString, _registered_method=True)
        self.GetReservation = channel.unary_unary('/wallet.v1.WalletService/GetReservation', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetReservationRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetReservationResponse.FromString, _registered_method=True)
        self.CreditBalance = channel.unary_unary('/wallet.v1.WalletService/CreditBalance', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceResponse.FromString, _registered_method=True)
        self.DepositFunds = channel.unary_unary('/wallet.v1.WalletService/DepositFunds', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.DepositFundsRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.DepositFundsResponse.FromString, _registered_method=True)
        self.WithdrawFunds = channel.unary_unary('/wallet.v1.WalletService/WithdrawFunds', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.WithdrawFundsRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.WithdrawFundsResponse.FromString, _registered_method=True)
        self.ListTransactions = channel.unary_unary('/wallet.v1.WalletService/ListTransactions', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsResponse.FromString, _registered_method=True)

class WalletServiceServicer:
    """WalletService (wallet-service) owns every user's money: the balance, the
    reservations that hold stakes while a bet is being placed, and the ledger
    that records every movement.

    Balance model. Each user has one wallet in one currency, with three figures:
    * `balance`: settled funds. Changed only by ledger postings (deposit,
    withdrawal, committed reservation, credit).
    * `reserved`: the sum of PENDING reservations.
    * `available` = `balance` - `reserved`: what a new reservation or a
    withdrawal may use. It never goes below zero.

    Reservations are a two-phase hold (2PC style):
    ReserveBalance     -> reservation PENDING   (available decreases)
    CommitReservation  -> reservation COMMITTED (balance decreases, hold released)
    CancelReservation  -> reservation CANCELLED (hold released, available restored)
    TTL elapses        -> reservation EXPIRED   (hold released, available restored)
    COMMITTED, CANCELLED and EXPIRED are terminal.

    Money. Every amount is a decimal string in the wallet's currency, for
    example "100.00": digits, at most one '.', at most 2 fraction digits, no
    sign, no exponent. The service stores exact decimals and never rounds an
    amount it receives (it only adds and subtracts); an amount with more
    fraction digits than the currency allows is rejected. Amounts in responses
    and events always have exactly 2 fraction digits ("500.00", never "500" or
    "500.0").

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user);
    for CommitReservation and CancelReservation the user is the reservation's
    owner. A retry with the same key and the same request returns the original outcome
    (including the original error, if it was not retryable) and moves no money.
    The same key with a different request fails with FAILED_PRECONDITION and
    reason IDEMPOTENCY_KEY_REUSED. While the first request is in flight a retry
    fails with ABORTED and reason IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days.

    Access. Every RPC needs an access token (docs/AUTH.md). A caller whose
    only role is "user" may call GetBalance, GetReservation and
    ListTransactions, for its own wallet only; it can never move money. Every
    write needs the role "service" (order-validator, order-book, the sign-up and
    payment flows), except CreditBalance with reason MANUAL_ADJUSTMENT, which
    needs "operator" or "service". Reading another user's wallet needs
    "service" or "operator". Anything else fails with PERMISSION_DENIED /
    PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "wallet.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `wallet.v1.WalletErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED; see docs/AUTH.md), PERMISSION_DENIED /
    PERMISSION_DENIED (see Access) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    def OpenWallet(self, request, context):
        """Opens the user's wallet in `currency`, with zero balance. Called once per
        user by the sign-up flow after UserService.RegisterUser succeeds; every
        other RPC answers NOT_FOUND / WALLET_NOT_FOUND until it has run.

        A user has at most one wallet and its currency never changes. Opening a
        wallet that already exists in the same currency succeeds and returns it
        unchanged, whatever the idempotency key (natural idempotency).

        Errors:
        * ALREADY_EXISTS / WALLET_ALREADY_EXISTS: the user already has a wallet in
        another currency. Metadata: `walletCurrency`.
        * INVALID_ARGUMENT / CURRENCY_NOT_SUPPORTED: the platform does not operate
        in `currency` (a well-formed code outside the configured list; every
        supported currency has 2 minor-unit digits). Metadata: `currency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetBalance(self, request, context):
        """Returns the wallet's balance, reserved and available amounts.

        Errors: NOT_FOUND / WALLET_NOT_FOUND if the user has no wallet.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ReserveBalance(self, request, context):
        """Places a hold of `amount` on the user's available funds for a saga (step
        1 of bet placement). Creates a PENDING reservation that expires after
        `ttl` unless it is committed or cancelled first.

        Compensated by CancelReservation. At most one reservation exists per
        (user_id, saga_id); a second ReserveBalance for the same saga with a new
        idempotency key fails with ALREADY_EXISTS / RESERVATION_ALREADY_EXISTS.

        Errors:
        * FAILED_PRECONDITION / INSUFFICIENT_FUNDS: `available` < `amount`.
        Metadata: `available`, `requested`.
        * FAILED_PRECONDITION / WALLET_FROZEN: the wallet is frozen by risk.
        * NOT_FOUND / WALLET_NOT_FOUND.
        * ALREADY_EXISTS / RESERVATION_ALREADY_EXISTS. Metadata: `reservationId`.
        * ABORTED / SAGA_ALREADY_COMPENSATED: CancelReservation already ran for
        this saga; the late reserve is refused so the hold cannot leak.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CommitReservation(self, request, context):
        """Turns a PENDING reservation into a debit: `balance` decreases by the
        reserved amount, the hold is released, and a RESERVATION_COMMIT ledger
        entry is written. This is the saga's pivot: it has no compensation. Money
        is returned later only through CreditBalance (settlement or refund).

        Committing an already COMMITTED reservation succeeds and returns it
        unchanged, with its original RESERVATION_COMMIT transaction, whatever the
        idempotency key. A PENDING reservation whose `expire_time` has passed is
        never debited, even if the expiry job has not released it yet: the call
        expires it in the same transaction (PENDING -> EXPIRED) and fails with
        RESERVATION_NOT_PENDING. Commit, cancel and expiry serialise on the
        reservation; the first one wins. A frozen wallet still commits.

        Errors:
        * NOT_FOUND / RESERVATION_NOT_FOUND: no reservation `reservation_id`, or
        it belongs to another saga.
        * FAILED_PRECONDITION / RESERVATION_NOT_PENDING: it is CANCELLED or
        EXPIRED. Metadata: `status`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CancelReservation(self, request, context):
        """Releases a PENDING reservation (the compensation of ReserveBalance):
        `available` is restored and a RESERVATION_RELEASE ledger entry is written.

        Safe to call at any time, as compensations must be:
        * CANCELLED or EXPIRED: succeeds, outcome ALREADY_RELEASED.
        * `reservation_id` empty and no reservation exists for `saga_id` (the
        reserve never happened or has not arrived yet): succeeds with outcome
        NO_RESERVATION and records a tombstone, so that a late ReserveBalance for
        the saga fails with ABORTED / SAGA_ALREADY_COMPENSATED.

        Errors:
        * FAILED_PRECONDITION / RESERVATION_ALREADY_COMMITTED: the pivot already
        happened; undo it with CreditBalance (CREDIT_REASON_BET_REFUND)
        instead.
        * NOT_FOUND / RESERVATION_NOT_FOUND: `reservation_id` was given and does
        not exist, or belongs to another saga than `saga_id` (or to another
        user than `user_id`, when that is set). No tombstone is recorded.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetReservation(self, request, context):
        """Returns one reservation with its current status.

        Errors: NOT_FOUND / RESERVATION_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CreditBalance(self, request, context):
        """Adds funds to `balance` for a settlement payout or a refund. Called by
        order-book when a market settles, once per bet whose payout is above zero
        (the amount is order.v1.BetSettlement.payout, already rounded down by
        order-book: a winning back bet is paid its matched stake x price plus its
        unmatched stake, PUSH/VOID returns the amount debited, which is the
        liability for a lay bet), with reason BET_WIN when the bet won and
        BET_REFUND otherwise; and by operators for refunds. Credits run on a
        frozen wallet.

        order-book uses the idempotency key "settlement:<bet_id>" so that a bet is
        paid at most once however often settlement is retried. Independently of
        keys, a bet receives at most one BET_WIN or BET_REFUND credit: a second
        one for the same `bet_id` under a different key is refused, so that a
        manual refund and a settlement (or two keys by mistake) can never pay a
        bet twice. Corrections beyond that are MANUAL_ADJUSTMENT credits.

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `currency` differs from the
        wallet's. Metadata: `walletCurrency`.
        * ALREADY_EXISTS / BET_ALREADY_CREDITED: the bet already has a BET_WIN or
        BET_REFUND credit. Metadata: `transactionId` (the existing credit).
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def DepositFunds(self, request, context):
        """Adds externally received funds (a confirmed payment) to `balance`.
        `payment_reference` is unique per wallet: a second deposit with the same
        reference and a new key fails with ALREADY_EXISTS / DUPLICATE_PAYMENT.

        Before acting it calls risk.v1.RiskService.CheckRateLimit with action
        RATE_LIMIT_ACTION_DEPOSIT; if risk-analyzer does not answer, the deposit
        goes ahead (fail open).

        Errors: NOT_FOUND / WALLET_NOT_FOUND; INVALID_ARGUMENT / CURRENCY_MISMATCH;
        ALREADY_EXISTS / DUPLICATE_PAYMENT; FAILED_PRECONDITION / WALLET_FROZEN;
        RESOURCE_EXHAUSTED / RATE_LIMITED (with `google.rpc.RetryInfo`);
        FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED;
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def WithdrawFunds(self, request, context):
        """Removes funds from `balance` for a payout to the user's payment method.
        Only `available` funds can be withdrawn; reserved funds cannot. Before
        acting it calls risk.v1.RiskService.CheckRateLimit with action
        RATE_LIMIT_ACTION_WITHDRAW; if risk-analyzer does not answer, the call
        fails with UNAVAILABLE / DEPENDENCY_UNAVAILABLE (fail closed). The ledger
        entry is written when the funds leave the wallet; paying them out to
        `withdrawal_method_id` is the payment flow's business, outside v1.

        Errors: FAILED_PRECONDITION / INSUFFICIENT_FUNDS; NOT_FOUND /
        WALLET_NOT_FOUND; INVALID_ARGUMENT / CURRENCY_MISMATCH;
        FAILED_PRECONDITION / WALLET_FROZEN; RESOURCE_EXHAUSTED / RATE_LIMITED
        (with `google.rpc.RetryInfo`); FAILED_PRECONDITION /
        IDEMPOTENCY_KEY_REUSED; ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListTransactions(self, request, context):
        """Lists the wallet's ledger, newest first (by `create_time`, then by the
        wallet's ledger sequence, so that entries written in the same instant keep
        a stable order across pages): the complete audit trail. Every change to
        `balance` or `reserved` appears exactly once. Entries are never deleted.
        Paginated (AIP-158).

        Errors: NOT_FOUND / WALLET_NOT_FOUND; INVALID_ARGUMENT /
        INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_WalletServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'OpenWallet': grpc.unary_unary_rpc_method_handler(servicer.OpenWallet, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.OpenWalletRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.OpenWalletResponse.SerializeToString), 'GetBalance': grpc.unary_unary_rpc_method_handler(servicer.GetBalance, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetBalanceRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetBalanceResponse.SerializeToString), 'ReserveBalance': grpc.unary_unary_rpc_method_handler(servicer.ReserveBalance, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceResponse.SerializeToString), 'CommitReservation': grpc.unary_unary_rpc_method_handler(servicer.CommitReservation, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CommitReservationRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.CommitReservationResponse.SerializeToString), 'CancelReservation': grpc.unary_unary_rpc_method_handler(servicer.CancelReservation, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CancelReservationRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.CancelReservationResponse.SerializeToString), 'GetReservation': grpc.unary_unary_rpc_method_handler(servicer.GetReservation, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetReservationRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetReservationResponse.SerializeToString), 'CreditBalance': grpc.unary_unary_rpc_method_handler(servicer.CreditBalance, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceResponse.SerializeToString), 'DepositFunds': grpc.unary_unary_rpc_method_handler(servicer.DepositFunds, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.DepositFundsRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.DepositFundsResponse.SerializeToString), 'WithdrawFunds': grpc.unary_unary_rpc_method_handler(servicer.WithdrawFunds, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.WithdrawFundsRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.WithdrawFundsResponse.SerializeToString), 'ListTransactions': grpc.unary_unary_rpc_method_handler(servicer.ListTransactions, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('wallet.v1.WalletService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('wallet.v1.WalletService', rpc_method_handlers)

class WalletService:
    """WalletService (wallet-service) owns every user's money: the balance, the
    reservations that hold stakes while a bet is being placed, and the ledger
    that records every movement.

    Balance model. Each user has one wallet in one currency, with three figures:
    * `balance`: settled funds. Changed only by ledger postings (deposit,
    withdrawal, committed reservation, credit).
    * `reserved`: the sum of PENDING reservations.
    * `available` = `balance` - `reserved`: what a new reservation or a
    withdrawal may use. It never goes below zero.

    Reservations are a two-phase hold (2PC style):
    ReserveBalance     -> reservation PENDING   (available decreases)
    CommitReservation  -> reservation COMMITTED (balance decreases, hold released)
    CancelReservation  -> reservation CANCELLED (hold released, available restored)
    TTL elapses        -> reservation EXPIRED   (hold released, available restored)
    COMMITTED, CANCELLED and EXPIRED are terminal.

    Money. Every amount is a decimal string in the wallet's currency, for
    example "100.00": digits, at most one '.', at most 2 fraction digits, no
    sign, no exponent. The service stores exact decimals and never rounds an
    amount it receives (it only adds and subtracts); an amount with more
    fraction digits than the currency allows is rejected. Amounts in responses
    and events always have exactly 2 fraction digits ("500.00", never "500" or
    "500.0").

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, user);
    for CommitReservation and CancelReservation the user is the reservation's
    owner. A retry with the same key and the same request returns the original outcome
    (including the original error, if it was not retryable) and moves no money.
    The same key with a different request fails with FAILED_PRECONDITION and
    reason IDEMPOTENCY_KEY_REUSED. While the first request is in flight a retry
    fails with ABORTED and reason IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are
    kept for at least 7 days.

    Access. Every RPC needs an access token (docs/AUTH.md). A caller whose
    only role is "user" may call GetBalance, GetReservation and
    ListTransactions, for its own wallet only; it can never move money. Every
    write needs the role "service" (order-validator, order-book, the sign-up and
    payment flows), except CreditBalance with reason MANUAL_ADJUSTMENT, which
    needs "operator" or "service". Reading another user's wallet needs
    "service" or "operator". Anything else fails with PERMISSION_DENIED /
    PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "wallet.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `wallet.v1.WalletErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED; see docs/AUTH.md), PERMISSION_DENIED /
    PERMISSION_DENIED (see Access) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    @staticmethod
    def OpenWallet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/OpenWallet', wallet_dot_v1_dot_wallet__service__pb2.OpenWalletRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.OpenWalletResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetBalance(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/GetBalance', wallet_dot_v1_dot_wallet__service__pb2.GetBalanceRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.GetBalanceResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ReserveBalance(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/ReserveBalance', wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CommitReservation(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/CommitReservation', wallet_dot_v1_dot_wallet__service__pb2.CommitReservationRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.CommitReservationResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CancelReservation(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/CancelReservation', wallet_dot_v1_dot_wallet__service__pb2.CancelReservationRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.CancelReservationResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetReservation(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/GetReservation', wallet_dot_v1_dot_wallet__service__pb2.GetReservationRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.GetReservationResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def CreditBalance(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/CreditBalance', wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def DepositFunds(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/DepositFunds', wallet_dot_v1_dot_wallet__service__pb2.DepositFundsRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.DepositFundsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def WithdrawFunds(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/WithdrawFunds', wallet_dot_v1_dot_wallet__service__pb2.WithdrawFundsRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.WithdrawFundsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListTransactions(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/ListTransactions', wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)