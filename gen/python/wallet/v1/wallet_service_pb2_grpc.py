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
    reservations that hold stakes while a bet is being placed, the payments
    that bring money in and take it out, and the ledger that records every
    movement. Resources are in wallet_resources.proto, error reasons in
    wallet_errors.proto, events in wallet_events.proto.

    Balance model. Each user has one wallet in one currency, with three figures:
    * `balance`: settled funds. Changed only by ledger entries (see
    TransactionType).
    * `reserved`: the sum of PENDING reservations.
    * `available` = max(0, `balance` - `reserved`): what a new reservation or
    a withdrawal may use. It never goes below zero.

    Debt rule. Debits the user asks for (ReserveBalance, StartWithdrawal) need
    `available` >= the amount. Debits the platform is owed are always booked,
    whatever `available` is: a CHARGEBACK, a COMMISSION, the debit of a
    BET_VOID_ADJUSTMENT, and the commit of a hold granted earlier. They may
    take `balance` below `reserved` (then `available` is 0) and below zero
    (the wallet owes the platform that much). While `balance` < `reserved`
    nothing can be reserved or withdrawn; later credits and deposits reduce
    the debt first, simply by adding to `balance`. A negative balance is
    visible to risk-analyzer through `tam.wallet.v1.transaction.recorded`.

    Reservations are a two-phase hold (2PC style):
    ReserveBalance     -> reservation PENDING   (available decreases)
    CommitReservation  -> reservation COMMITTED (balance decreases, hold released)
    CancelReservation  -> reservation CANCELLED (hold released, available restored)
    TTL elapses        -> reservation EXPIRED   (hold released, available restored)
    COMMITTED, CANCELLED and EXPIRED are terminal.

    Money. Every amount is a decimal string (see wallet_resources.proto):
    inputs carry at most the currency's minor-unit digits (JPY 0; KWD, BHD 3;
    EUR, GBP, USD and every other supported currency 2), checked by a CEL rule
    on each request that carries both an amount and a currency; outputs carry
    exactly that many. Every request that moves an amount names its
    `currency`, which must equal the wallet's (else INVALID_ARGUMENT /
    CURRENCY_MISMATCH). The one exception is ReserveBalance, whose original
    four-field form has no currency: there an empty `currency` means the
    wallet's.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, a field
    every request of the RPC carries): `saga_id` for CommitReservation and
    CancelReservation; `payment_id` for FailDeposit, ConfirmWithdrawal,
    FailWithdrawal and RecordChargeback; `user_id` for every other write.
    Replay follows the platform rule in docs/CONVENTIONS.md: a retry with the
    same key and the same request returns the stored outcome of the first call
    and moves no money. Wherever an error below can go away (funds arrive, a
    freeze is lifted, a limit resets), the client retries with a new key once
    it has; the same key keeps answering the stored error. Refusals that
    happen before the call executes are not stored, so a same-key retry is
    checked afresh: validation, authentication, RESOURCE_EXHAUSTED /
    RATE_LIMITED, UNAVAILABLE and ABORTED. The same key with a
    different request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.
    While the first request is in flight a retry fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.
    Deterministic keys the platform uses: "open-wallet:<user_id>",
    "<saga_id>:reserve", "<saga_id>:commit", "<saga_id>:cancel-reservation",
    "settlement:<bet_id>", "refund:<bet_id>:<instruction_id>",
    "commission:<market_id>:<user_id>" (a resettlement's difference:
    "commission:<market_id>:<user_id>:<settlement_version>"),
    "resettle:<bet_id>:<settlement_version>". Independently of keys,
    business rules (one reservation per saga, one BET_WIN per bet, refunds
    bounded by the committed stake, one commission per market and settlement
    version, one payment per reference) keep money safe when a caller mints a
    new key by mistake.

    Access. Every RPC needs an access token (docs/AUTH.md). A caller whose
    only role is "user" may call GetBalance, GetReservation, GetPayment and
    ListTransactions, for its own wallet only; it can never move money.
    Every write needs the role "service" (order-validator, order-book, the
    sign-up consumer, the payment flow), except CreditBalance with reason
    MANUAL_ADJUSTMENT, FreezeWallet and UnfreezeWallet, which need
    "operator" (CreditBalance also accepts "service"). Reading another user's
    wallet needs "service" or "operator". Anything else fails with
    PERMISSION_DENIED / PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "wallet.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `wallet.v1.WalletErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED; see docs/AUTH.md), PERMISSION_DENIED /
    PERMISSION_DENIED (see Access) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.

    Subjects consumed (JetStream durable consumers, explicit ack after the
    change is committed):
    * `tam.user.v1.user.registered` (user.v1.UserRegisteredEvent): opens the
    wallet with the registration's currency, as OpenWallet with key
    "open-wallet:<user_id>" (see OpenWallet).
    * `tam.risk.v1.alert.raised` (risk.v1.RiskAlertRaisedEvent): when
    `alert.recommended_action` is FREEZE_WALLET, freezes the wallet with
    reason RISK_ALERT, as FreezeWallet with key "freeze:<event_id>".
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
        self.ChargeCommission = channel.unary_unary('/wallet.v1.WalletService/ChargeCommission', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.ChargeCommissionRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ChargeCommissionResponse.FromString, _registered_method=True)
        self.AdjustSettlement = channel.unary_unary('/wallet.v1.WalletService/AdjustSettlement', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.AdjustSettlementRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.AdjustSettlementResponse.FromString, _registered_method=True)
        self.StartDeposit = channel.unary_unary('/wallet.v1.WalletService/StartDeposit', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.StartDepositRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.StartDepositResponse.FromString, _registered_method=True)
        self.ConfirmDeposit = channel.unary_unary('/wallet.v1.WalletService/ConfirmDeposit', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmDepositRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmDepositResponse.FromString, _registered_method=True)
        self.FailDeposit = channel.unary_unary('/wallet.v1.WalletService/FailDeposit', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.FailDepositRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.FailDepositResponse.FromString, _registered_method=True)
        self.StartWithdrawal = channel.unary_unary('/wallet.v1.WalletService/StartWithdrawal', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.StartWithdrawalRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.StartWithdrawalResponse.FromString, _registered_method=True)
        self.ConfirmWithdrawal = channel.unary_unary('/wallet.v1.WalletService/ConfirmWithdrawal', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmWithdrawalRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmWithdrawalResponse.FromString, _registered_method=True)
        self.FailWithdrawal = channel.unary_unary('/wallet.v1.WalletService/FailWithdrawal', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.FailWithdrawalRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.FailWithdrawalResponse.FromString, _registered_method=True)
        self.RecordChargeback = channel.unary_unary('/wallet.v1.WalletService/RecordChargeback', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.RecordChargebackRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.RecordChargebackResponse.FromString, _registered_method=True)
        self.GetPayment = channel.unary_unary('/wallet.v1.WalletService/GetPayment', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetPaymentRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetPaymentResponse.FromString, _registered_method=True)
        self.FreezeWallet = channel.unary_unary('/wallet.v1.WalletService/FreezeWallet', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.FreezeWalletRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.FreezeWalletResponse.FromString, _registered_method=True)
        self.UnfreezeWallet = channel.unary_unary('/wallet.v1.WalletService/UnfreezeWallet', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.UnfreezeWalletRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.UnfreezeWalletResponse.FromString, _registered_method=True)
        self.ListTransactions = channel.unary_unary('/wallet.v1.WalletService/ListTransactions', request_serializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsRequest.SerializeToString, response_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsResponse.FromString, _registered_method=True)

class WalletServiceServicer:
    """WalletService (wallet-service) owns every user's money: the balance, the
    reservations that hold stakes while a bet is being placed, the payments
    that bring money in and take it out, and the ledger that records every
    movement. Resources are in wallet_resources.proto, error reasons in
    wallet_errors.proto, events in wallet_events.proto.

    Balance model. Each user has one wallet in one currency, with three figures:
    * `balance`: settled funds. Changed only by ledger entries (see
    TransactionType).
    * `reserved`: the sum of PENDING reservations.
    * `available` = max(0, `balance` - `reserved`): what a new reservation or
    a withdrawal may use. It never goes below zero.

    Debt rule. Debits the user asks for (ReserveBalance, StartWithdrawal) need
    `available` >= the amount. Debits the platform is owed are always booked,
    whatever `available` is: a CHARGEBACK, a COMMISSION, the debit of a
    BET_VOID_ADJUSTMENT, and the commit of a hold granted earlier. They may
    take `balance` below `reserved` (then `available` is 0) and below zero
    (the wallet owes the platform that much). While `balance` < `reserved`
    nothing can be reserved or withdrawn; later credits and deposits reduce
    the debt first, simply by adding to `balance`. A negative balance is
    visible to risk-analyzer through `tam.wallet.v1.transaction.recorded`.

    Reservations are a two-phase hold (2PC style):
    ReserveBalance     -> reservation PENDING   (available decreases)
    CommitReservation  -> reservation COMMITTED (balance decreases, hold released)
    CancelReservation  -> reservation CANCELLED (hold released, available restored)
    TTL elapses        -> reservation EXPIRED   (hold released, available restored)
    COMMITTED, CANCELLED and EXPIRED are terminal.

    Money. Every amount is a decimal string (see wallet_resources.proto):
    inputs carry at most the currency's minor-unit digits (JPY 0; KWD, BHD 3;
    EUR, GBP, USD and every other supported currency 2), checked by a CEL rule
    on each request that carries both an amount and a currency; outputs carry
    exactly that many. Every request that moves an amount names its
    `currency`, which must equal the wallet's (else INVALID_ARGUMENT /
    CURRENCY_MISMATCH). The one exception is ReserveBalance, whose original
    four-field form has no currency: there an empty `currency` means the
    wallet's.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, a field
    every request of the RPC carries): `saga_id` for CommitReservation and
    CancelReservation; `payment_id` for FailDeposit, ConfirmWithdrawal,
    FailWithdrawal and RecordChargeback; `user_id` for every other write.
    Replay follows the platform rule in docs/CONVENTIONS.md: a retry with the
    same key and the same request returns the stored outcome of the first call
    and moves no money. Wherever an error below can go away (funds arrive, a
    freeze is lifted, a limit resets), the client retries with a new key once
    it has; the same key keeps answering the stored error. Refusals that
    happen before the call executes are not stored, so a same-key retry is
    checked afresh: validation, authentication, RESOURCE_EXHAUSTED /
    RATE_LIMITED, UNAVAILABLE and ABORTED. The same key with a
    different request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.
    While the first request is in flight a retry fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.
    Deterministic keys the platform uses: "open-wallet:<user_id>",
    "<saga_id>:reserve", "<saga_id>:commit", "<saga_id>:cancel-reservation",
    "settlement:<bet_id>", "refund:<bet_id>:<instruction_id>",
    "commission:<market_id>:<user_id>" (a resettlement's difference:
    "commission:<market_id>:<user_id>:<settlement_version>"),
    "resettle:<bet_id>:<settlement_version>". Independently of keys,
    business rules (one reservation per saga, one BET_WIN per bet, refunds
    bounded by the committed stake, one commission per market and settlement
    version, one payment per reference) keep money safe when a caller mints a
    new key by mistake.

    Access. Every RPC needs an access token (docs/AUTH.md). A caller whose
    only role is "user" may call GetBalance, GetReservation, GetPayment and
    ListTransactions, for its own wallet only; it can never move money.
    Every write needs the role "service" (order-validator, order-book, the
    sign-up consumer, the payment flow), except CreditBalance with reason
    MANUAL_ADJUSTMENT, FreezeWallet and UnfreezeWallet, which need
    "operator" (CreditBalance also accepts "service"). Reading another user's
    wallet needs "service" or "operator". Anything else fails with
    PERMISSION_DENIED / PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "wallet.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `wallet.v1.WalletErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED; see docs/AUTH.md), PERMISSION_DENIED /
    PERMISSION_DENIED (see Access) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.

    Subjects consumed (JetStream durable consumers, explicit ack after the
    change is committed):
    * `tam.user.v1.user.registered` (user.v1.UserRegisteredEvent): opens the
    wallet with the registration's currency, as OpenWallet with key
    "open-wallet:<user_id>" (see OpenWallet).
    * `tam.risk.v1.alert.raised` (risk.v1.RiskAlertRaisedEvent): when
    `alert.recommended_action` is FREEZE_WALLET, freezes the wallet with
    reason RISK_ALERT, as FreezeWallet with key "freeze:<event_id>".
    """

    def OpenWallet(self, request, context):
        """Opens the user's wallet in `currency`, with zero balance, and publishes
        WalletOpenedEvent.

        Wallet creation at sign-up is owned by wallet-service: it consumes
        `tam.user.v1.user.registered` and runs this RPC's logic with the
        registration's `currency` and the key "open-wallet:<user_id>". Crash
        safety: the consumer acknowledges the event only after the wallet row
        and its outbox event are committed, so a crash before the commit
        redelivers the event, and a crash after it finds the wallet existing
        (natural idempotency below). Until the wallet exists every other RPC
        answers NOT_FOUND / WALLET_NOT_FOUND. The RPC stays callable by
        "service" callers for repairs and back-fills.

        A user has at most one wallet and its currency never changes. Opening a
        wallet that already exists in the same currency succeeds and returns it
        unchanged (`created` false), whatever the idempotency key (natural
        idempotency).

        Errors:
        * ALREADY_EXISTS / WALLET_ALREADY_EXISTS: the user already has a wallet in
        another currency. Metadata: `walletCurrency`.
        * INVALID_ARGUMENT / CURRENCY_NOT_SUPPORTED: `currency` is not in the
        platform's currency table. Metadata: `currency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetBalance(self, request, context):
        """Returns the wallet's balance, reserved and available amounts, and
        whether it is frozen.

        Errors: NOT_FOUND / WALLET_NOT_FOUND if the user has no wallet.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ReserveBalance(self, request, context):
        """Places a hold of `amount` on the user's available funds for a saga (step
        2 of bet placement, after the risk assessment). Creates a PENDING reservation that expires after
        `ttl` unless it is committed or cancelled first.

        Compensated by CancelReservation. At most one reservation exists per
        saga; a second ReserveBalance for the same saga with a new idempotency
        key fails with ALREADY_EXISTS / RESERVATION_ALREADY_EXISTS.

        The original four-field request (user_id, amount, saga_id,
        idempotency_key) stays valid: without `currency` the amount is read in
        the wallet's currency, and an amount with more fraction digits than
        that currency allows fails with INVALID_ARGUMENT / VALIDATION_FAILED
        (rule "reserve_balance.money_scale").

        Errors:
        * FAILED_PRECONDITION / INSUFFICIENT_FUNDS: `available` < `amount`.
        Metadata: `available`, `requested`. Retry with a new key.
        * FAILED_PRECONDITION / WALLET_FROZEN. Retry with a new key after the
        wallet is unfrozen.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `currency` is set and differs
        from the wallet's. Metadata: `walletCurrency`.
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
        reservation; the first one wins. A frozen wallet still commits, and a
        commit is booked even if a chargeback has since taken `balance` below
        `reserved` (the debt rule in the service comment).

        Errors:
        * NOT_FOUND / RESERVATION_NOT_FOUND: no reservation `reservation_id`, or
        it belongs to another saga.
        * FAILED_PRECONDITION / RESERVATION_NOT_PENDING: it is CANCELLED or
        EXPIRED. Metadata: `state`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CancelReservation(self, request, context):
        """Releases the saga's PENDING reservation (the compensation of
        ReserveBalance): `available` is restored and a RESERVATION_RELEASE ledger
        entry is written.

        The target is the reservation of `saga_id` (saga ids are unique, so a
        saga has at most one reservation). `reservation_id`, when given, only
        speeds up the lookup: an id that is unknown or belongs to another saga
        is ignored, so that a compensation can never release another saga's
        hold. Safe to call at any time, as compensations must be:
        * PENDING: released, outcome RELEASED.
        * CANCELLED or EXPIRED: succeeds, outcome ALREADY_RELEASED.
        * No reservation for the saga (the reserve never happened, has not
        arrived yet, or `reservation_id` names no reservation): succeeds with
        outcome NO_RESERVATION and records a tombstone for the saga, so that a
        late ReserveBalance for it fails with ABORTED / SAGA_ALREADY_COMPENSATED.
        A missing target is never an error.

        Errors:
        * FAILED_PRECONDITION / RESERVATION_ALREADY_COMMITTED: the pivot already
        happened; give the stake back with CreditBalance
        (CREDIT_REASON_BET_REFUND) instead. Not retryable.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetReservation(self, request, context):
        """Returns one reservation with its current state. Served from the primary
        database, so that order-validator can resolve an unknown commit outcome.

        Errors: NOT_FOUND / RESERVATION_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def CreditBalance(self, request, context):
        """Adds funds to `balance`: a settlement payout, a refund of committed
        stake, or a manual credit. Writes a CREDIT entry. Credits run on a
        frozen wallet.

        * BET_WIN: a winning bet's payout (order.v1.BetSettlement.payout),
        idempotency key "settlement:<bet_id>". At most one BET_WIN per bet:
        a second one under another key fails with BET_ALREADY_CREDITED.
        * BET_REFUND: committed stake given back. A bet may receive several
        (one per cancelled or lapsed instruction, key
        "refund:<bet_id>:<instruction_id>"; a PUSH or VOID settlement, key
        "settlement:<bet_id>"), each key once; their sum never exceeds the
        stake committed for the bet (the sum of its RESERVATION_COMMIT
        entries), else REFUND_EXCEEDS_STAKE and nothing is credited. So a bet
        can never be paid twice, however keys are chosen.
        * MANUAL_ADJUSTMENT: operator goodwill or correction, no bet bound.

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: `currency` differs from the
        wallet's. Metadata: `walletCurrency`.
        * ALREADY_EXISTS / BET_ALREADY_CREDITED: the bet already has a BET_WIN
        credit. Metadata: `transactionId` (the existing credit).
        * FAILED_PRECONDITION / REFUND_EXCEEDS_STAKE: the refunds would exceed the
        committed stake. Metadata: `committed`, `refunded`, `requested`.
        * FAILED_PRECONDITION / BET_NOT_COMMITTED: a BET_REFUND for a bet with no
        committed stake on this wallet. Metadata: `betId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ChargeCommission(self, request, context):
        """Debits the exchange's commission on the user's net winnings in one
        market, computed by order-book at settlement (docs/CONVENTIONS.md,
        Commission: max(0, net) x rate_bp / 10000, rounded down to the minor
        unit). Writes a COMMISSION entry. Called after the market's BET_WIN
        credits, so the commission is covered by winnings just credited; it is
        booked even if the user has reserved part of them meanwhile, which can
        take `available` to 0 but never below (the debt rule in the service
        comment). Runs on a frozen wallet.

        Keys: "commission:<market_id>:<user_id>" for settlement version 1;
        a resettlement books only the difference, under
        "commission:<market_id>:<user_id>:<settlement_version>" (a negative
        difference is given back as CreditBalance MANUAL_ADJUSTMENT by the
        settlement worker). At most one COMMISSION per (user, market,
        settlement version), whatever the key.

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH. Metadata: `walletCurrency`.
        * ALREADY_EXISTS / COMMISSION_ALREADY_CHARGED. Metadata:
        `transactionId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def AdjustSettlement(self, request, context):
        """Books a settlement correction for one bet after its market was
        resettled or voided: the difference between what the bet was paid and
        what it is now owed, as a BET_VOID_ADJUSTMENT entry that credits or
        debits the wallet (`direction`). Key
        "resettle:<bet_id>:<settlement_version>"; at most one adjustment per
        (bet, settlement version), whatever the key. A debit is always booked,
        even on a frozen wallet and even if it makes `balance` negative (the
        debt rule in the service comment, as for a chargeback).

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH. Metadata: `walletCurrency`.
        * ALREADY_EXISTS / ADJUSTMENT_ALREADY_BOOKED. Metadata: `transactionId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def StartDeposit(self, request, context):
        """Starts a deposit: checks that it may happen and creates a PENDING
        deposit Payment; no money moves until ConfirmDeposit. Called by the
        payment flow before it sends the user to the provider. Every refusal
        happens here, never at confirmation.

        Checks, in order: the wallet exists and is not frozen; `currency` is the
        wallet's; risk.v1.RiskService.CheckRateLimit (action DEPOSIT, key
        "ratelimit:<idempotency_key>"); risk.v1.RiskService.CheckDeposit (the
        user's deposit limits and self-exclusion). If risk-analyzer does not
        answer, the deposit is refused with UNAVAILABLE / DEPENDENCY_UNAVAILABLE
        (fail closed: responsible-gambling limits must hold).

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH. Metadata: `walletCurrency`.
        * FAILED_PRECONDITION / WALLET_FROZEN. Retry with a new key after the
        wallet is unfrozen.
        * RESOURCE_EXHAUSTED / RATE_LIMITED (with `google.rpc.RetryInfo`); not
        stored, so a retry with the same key after the delay is checked again.
        * FAILED_PRECONDITION / DEPOSIT_LIMIT_EXCEEDED. Metadata: `limit`,
        `remaining`, `period`. Retry with a new key.
        * FAILED_PRECONDITION / SELF_EXCLUDED. Metadata: `endTime`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ConfirmDeposit(self, request, context):
        """Books funds the payment provider has confirmed: writes a DEPOSIT entry
        (`balance` increases) and moves the deposit to SUCCEEDED. Confirmed funds
        are always booked: the call is never refused because the wallet is
        frozen (the funds are then held with the rest of the balance until
        UnfreezeWallet), a rate limit or a deposit limit was reached since the
        start, or the deposit was marked FAILED by a timeout (late
        confirmation). With an empty `payment_id` it books a deposit that had no
        start (for example a bank transfer), creating its Payment as SUCCEEDED.
        `amount` is what the provider settled, which may differ from the amount
        started.

        `payment_reference` is unique per wallet: confirming it again under a new
        key fails with DUPLICATE_PAYMENT, so that funds are never booked twice.

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * NOT_FOUND / PAYMENT_NOT_FOUND: `payment_id` is set and unknown.
        * FAILED_PRECONDITION / PAYMENT_KIND_MISMATCH: `payment_id` is a
        withdrawal. Metadata: `kind`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH: the provider settled in another
        currency; the payment flow converts before confirming. Metadata:
        `walletCurrency`.
        * ALREADY_EXISTS / DUPLICATE_PAYMENT. Metadata: `paymentId`,
        `transactionId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def FailDeposit(self, request, context):
        """Marks a PENDING deposit FAILED (declined, abandoned or timed out at the
        provider). Moves no money. A FAILED deposit can still be confirmed
        later. Failing a FAILED deposit succeeds unchanged.

        Errors:
        * NOT_FOUND / PAYMENT_NOT_FOUND.
        * FAILED_PRECONDITION / PAYMENT_KIND_MISMATCH. Metadata: `kind`.
        * FAILED_PRECONDITION / PAYMENT_NOT_PENDING: the deposit already
        SUCCEEDED. Metadata: `state`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def StartWithdrawal(self, request, context):
        """Starts a withdrawal: debits `amount` from `balance` at once (WITHDRAWAL
        entry) and creates a PENDING withdrawal Payment; the payment flow then
        pays it out to `withdrawal_method_id` and reports the outcome with
        ConfirmWithdrawal or FailWithdrawal. Only `available` funds can be
        withdrawn.

        Checks, in order: the wallet exists and is not frozen; `currency` is the
        wallet's; risk.v1.RiskService.CheckRateLimit (action WITHDRAW);
        risk.v1.RiskService.CheckWithdrawal (a BLOCKED tier refuses every
        withdrawal; self-exclusion does not). If risk-analyzer does not answer,
        the call fails with UNAVAILABLE / DEPENDENCY_UNAVAILABLE (fail closed).

        Errors:
        * FAILED_PRECONDITION / INSUFFICIENT_FUNDS. Metadata: `available`,
        `requested`. Retry with a new key.
        * NOT_FOUND / WALLET_NOT_FOUND.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH. Metadata: `walletCurrency`.
        * FAILED_PRECONDITION / WALLET_FROZEN. Retry with a new key after the
        wallet is unfrozen.
        * FAILED_PRECONDITION / ACCOUNT_BLOCKED. Retry with a new key after the
        block is lifted.
        * RESOURCE_EXHAUSTED / RATE_LIMITED (with `google.rpc.RetryInfo`); not
        stored, so a retry with the same key after the delay is checked again.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ConfirmWithdrawal(self, request, context):
        """Records that the provider paid a PENDING withdrawal out: the withdrawal
        becomes SUCCEEDED. Moves no money (the WITHDRAWAL entry was written at
        the start). Confirming a SUCCEEDED withdrawal succeeds unchanged.

        Errors:
        * NOT_FOUND / PAYMENT_NOT_FOUND.
        * FAILED_PRECONDITION / PAYMENT_KIND_MISMATCH. Metadata: `kind`.
        * FAILED_PRECONDITION / PAYMENT_NOT_PENDING: the withdrawal FAILED and
        its funds were already given back. Metadata: `state`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def FailWithdrawal(self, request, context):
        """Records that a PENDING withdrawal could not be paid out: the withdrawal
        becomes FAILED and its amount is credited back with a REVERSAL entry
        (also on a frozen wallet). Failing a FAILED withdrawal succeeds
        unchanged and credits nothing.

        Errors:
        * NOT_FOUND / PAYMENT_NOT_FOUND.
        * FAILED_PRECONDITION / PAYMENT_KIND_MISMATCH. Metadata: `kind`.
        * FAILED_PRECONDITION / PAYMENT_NOT_PENDING: the withdrawal already
        SUCCEEDED; a payout returned afterwards is booked with ConfirmDeposit
        instead. Metadata: `state`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def RecordChargeback(self, request, context):
        """Books a chargeback: the provider took back (part of) a SUCCEEDED
        deposit. Writes a CHARGEBACK entry that debits `balance` by `amount`.
        Always booked, also on a frozen wallet, even when `available` is lower:
        `balance` may then become negative (the debt rule in the service
        comment), while `available` stays at 0. The sum of a deposit's
        chargebacks never exceeds its confirmed amount. risk-analyzer sees the
        entry through `tam.wallet.v1.transaction.recorded` and may flag
        PAYMENT_FRAUD.

        Errors:
        * NOT_FOUND / PAYMENT_NOT_FOUND.
        * FAILED_PRECONDITION / PAYMENT_KIND_MISMATCH. Metadata: `kind`.
        * FAILED_PRECONDITION / PAYMENT_NOT_PENDING: the deposit is not
        SUCCEEDED (nothing was booked to charge back). Metadata: `state`.
        * FAILED_PRECONDITION / CHARGEBACK_EXCEEDS_DEPOSIT. Metadata: `amount`,
        `chargedBackAmount`.
        * INVALID_ARGUMENT / CURRENCY_MISMATCH. Metadata: `walletCurrency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetPayment(self, request, context):
        """Returns one payment with its current state.

        Errors: NOT_FOUND / PAYMENT_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def FreezeWallet(self, request, context):
        """Freezes a wallet (operator): from now on ReserveBalance, StartDeposit and
        StartWithdrawal fail with FAILED_PRECONDITION / WALLET_FROZEN; business
        already under way (commits, cancellations, expiry, credits, commission,
        corrections, payment confirmations, chargebacks) still runs. PENDING
        reservations are left to commit or expire. Publishes WalletFrozenEvent.
        Freezing a frozen wallet succeeds and changes nothing (`changed` false);
        the first reason is kept.

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def UnfreezeWallet(self, request, context):
        """Unfreezes a wallet (operator), whatever froze it, and publishes
        WalletUnfrozenEvent. Unfreezing a wallet that is not frozen succeeds and
        changes nothing (`changed` false).

        Errors:
        * NOT_FOUND / WALLET_NOT_FOUND.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListTransactions(self, request, context):
        """Lists the wallet's ledger, newest first (by `sequence`, the wallet's
        gap-free ledger position, so that entries written in the same instant
        keep a stable order across pages): the complete audit trail. Every
        change to `balance` or `reserved` appears exactly once. Entries are never
        deleted. Paginated (AIP-158).

        Errors: NOT_FOUND / WALLET_NOT_FOUND; INVALID_ARGUMENT /
        INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_WalletServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'OpenWallet': grpc.unary_unary_rpc_method_handler(servicer.OpenWallet, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.OpenWalletRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.OpenWalletResponse.SerializeToString), 'GetBalance': grpc.unary_unary_rpc_method_handler(servicer.GetBalance, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetBalanceRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetBalanceResponse.SerializeToString), 'ReserveBalance': grpc.unary_unary_rpc_method_handler(servicer.ReserveBalance, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ReserveBalanceResponse.SerializeToString), 'CommitReservation': grpc.unary_unary_rpc_method_handler(servicer.CommitReservation, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CommitReservationRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.CommitReservationResponse.SerializeToString), 'CancelReservation': grpc.unary_unary_rpc_method_handler(servicer.CancelReservation, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CancelReservationRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.CancelReservationResponse.SerializeToString), 'GetReservation': grpc.unary_unary_rpc_method_handler(servicer.GetReservation, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetReservationRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetReservationResponse.SerializeToString), 'CreditBalance': grpc.unary_unary_rpc_method_handler(servicer.CreditBalance, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.CreditBalanceResponse.SerializeToString), 'ChargeCommission': grpc.unary_unary_rpc_method_handler(servicer.ChargeCommission, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ChargeCommissionRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ChargeCommissionResponse.SerializeToString), 'AdjustSettlement': grpc.unary_unary_rpc_method_handler(servicer.AdjustSettlement, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.AdjustSettlementRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.AdjustSettlementResponse.SerializeToString), 'StartDeposit': grpc.unary_unary_rpc_method_handler(servicer.StartDeposit, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.StartDepositRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.StartDepositResponse.SerializeToString), 'ConfirmDeposit': grpc.unary_unary_rpc_method_handler(servicer.ConfirmDeposit, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmDepositRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmDepositResponse.SerializeToString), 'FailDeposit': grpc.unary_unary_rpc_method_handler(servicer.FailDeposit, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.FailDepositRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.FailDepositResponse.SerializeToString), 'StartWithdrawal': grpc.unary_unary_rpc_method_handler(servicer.StartWithdrawal, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.StartWithdrawalRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.StartWithdrawalResponse.SerializeToString), 'ConfirmWithdrawal': grpc.unary_unary_rpc_method_handler(servicer.ConfirmWithdrawal, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmWithdrawalRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ConfirmWithdrawalResponse.SerializeToString), 'FailWithdrawal': grpc.unary_unary_rpc_method_handler(servicer.FailWithdrawal, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.FailWithdrawalRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.FailWithdrawalResponse.SerializeToString), 'RecordChargeback': grpc.unary_unary_rpc_method_handler(servicer.RecordChargeback, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.RecordChargebackRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.RecordChargebackResponse.SerializeToString), 'GetPayment': grpc.unary_unary_rpc_method_handler(servicer.GetPayment, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.GetPaymentRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.GetPaymentResponse.SerializeToString), 'FreezeWallet': grpc.unary_unary_rpc_method_handler(servicer.FreezeWallet, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.FreezeWalletRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.FreezeWalletResponse.SerializeToString), 'UnfreezeWallet': grpc.unary_unary_rpc_method_handler(servicer.UnfreezeWallet, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.UnfreezeWalletRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.UnfreezeWalletResponse.SerializeToString), 'ListTransactions': grpc.unary_unary_rpc_method_handler(servicer.ListTransactions, request_deserializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsRequest.FromString, response_serializer=wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('wallet.v1.WalletService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('wallet.v1.WalletService', rpc_method_handlers)

class WalletService:
    """WalletService (wallet-service) owns every user's money: the balance, the
    reservations that hold stakes while a bet is being placed, the payments
    that bring money in and take it out, and the ledger that records every
    movement. Resources are in wallet_resources.proto, error reasons in
    wallet_errors.proto, events in wallet_events.proto.

    Balance model. Each user has one wallet in one currency, with three figures:
    * `balance`: settled funds. Changed only by ledger entries (see
    TransactionType).
    * `reserved`: the sum of PENDING reservations.
    * `available` = max(0, `balance` - `reserved`): what a new reservation or
    a withdrawal may use. It never goes below zero.

    Debt rule. Debits the user asks for (ReserveBalance, StartWithdrawal) need
    `available` >= the amount. Debits the platform is owed are always booked,
    whatever `available` is: a CHARGEBACK, a COMMISSION, the debit of a
    BET_VOID_ADJUSTMENT, and the commit of a hold granted earlier. They may
    take `balance` below `reserved` (then `available` is 0) and below zero
    (the wallet owes the platform that much). While `balance` < `reserved`
    nothing can be reserved or withdrawn; later credits and deposits reduce
    the debt first, simply by adding to `balance`. A negative balance is
    visible to risk-analyzer through `tam.wallet.v1.transaction.recorded`.

    Reservations are a two-phase hold (2PC style):
    ReserveBalance     -> reservation PENDING   (available decreases)
    CommitReservation  -> reservation COMMITTED (balance decreases, hold released)
    CancelReservation  -> reservation CANCELLED (hold released, available restored)
    TTL elapses        -> reservation EXPIRED   (hold released, available restored)
    COMMITTED, CANCELLED and EXPIRED are terminal.

    Money. Every amount is a decimal string (see wallet_resources.proto):
    inputs carry at most the currency's minor-unit digits (JPY 0; KWD, BHD 3;
    EUR, GBP, USD and every other supported currency 2), checked by a CEL rule
    on each request that carries both an amount and a currency; outputs carry
    exactly that many. Every request that moves an amount names its
    `currency`, which must equal the wallet's (else INVALID_ARGUMENT /
    CURRENCY_MISMATCH). The one exception is ReserveBalance, whose original
    four-field form has no currency: there an empty `currency` means the
    wallet's.

    Idempotency. Every write carries `idempotency_key`, scoped to (RPC, a field
    every request of the RPC carries): `saga_id` for CommitReservation and
    CancelReservation; `payment_id` for FailDeposit, ConfirmWithdrawal,
    FailWithdrawal and RecordChargeback; `user_id` for every other write.
    Replay follows the platform rule in docs/CONVENTIONS.md: a retry with the
    same key and the same request returns the stored outcome of the first call
    and moves no money. Wherever an error below can go away (funds arrive, a
    freeze is lifted, a limit resets), the client retries with a new key once
    it has; the same key keeps answering the stored error. Refusals that
    happen before the call executes are not stored, so a same-key retry is
    checked afresh: validation, authentication, RESOURCE_EXHAUSTED /
    RATE_LIMITED, UNAVAILABLE and ABORTED. The same key with a
    different request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.
    While the first request is in flight a retry fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.
    Deterministic keys the platform uses: "open-wallet:<user_id>",
    "<saga_id>:reserve", "<saga_id>:commit", "<saga_id>:cancel-reservation",
    "settlement:<bet_id>", "refund:<bet_id>:<instruction_id>",
    "commission:<market_id>:<user_id>" (a resettlement's difference:
    "commission:<market_id>:<user_id>:<settlement_version>"),
    "resettle:<bet_id>:<settlement_version>". Independently of keys,
    business rules (one reservation per saga, one BET_WIN per bet, refunds
    bounded by the committed stake, one commission per market and settlement
    version, one payment per reference) keep money safe when a caller mints a
    new key by mistake.

    Access. Every RPC needs an access token (docs/AUTH.md). A caller whose
    only role is "user" may call GetBalance, GetReservation, GetPayment and
    ListTransactions, for its own wallet only; it can never move money.
    Every write needs the role "service" (order-validator, order-book, the
    sign-up consumer, the payment flow), except CreditBalance with reason
    MANUAL_ADJUSTMENT, FreezeWallet and UnfreezeWallet, which need
    "operator" (CreditBalance also accepts "service"). Reading another user's
    wallet needs "service" or "operator". Anything else fails with
    PERMISSION_DENIED / PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "wallet.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `wallet.v1.WalletErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED, SESSION_REVOKED; see docs/AUTH.md), PERMISSION_DENIED /
    PERMISSION_DENIED (see Access) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.

    Subjects consumed (JetStream durable consumers, explicit ack after the
    change is committed):
    * `tam.user.v1.user.registered` (user.v1.UserRegisteredEvent): opens the
    wallet with the registration's currency, as OpenWallet with key
    "open-wallet:<user_id>" (see OpenWallet).
    * `tam.risk.v1.alert.raised` (risk.v1.RiskAlertRaisedEvent): when
    `alert.recommended_action` is FREEZE_WALLET, freezes the wallet with
    reason RISK_ALERT, as FreezeWallet with key "freeze:<event_id>".
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
    def ChargeCommission(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/ChargeCommission', wallet_dot_v1_dot_wallet__service__pb2.ChargeCommissionRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.ChargeCommissionResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def AdjustSettlement(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/AdjustSettlement', wallet_dot_v1_dot_wallet__service__pb2.AdjustSettlementRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.AdjustSettlementResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def StartDeposit(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/StartDeposit', wallet_dot_v1_dot_wallet__service__pb2.StartDepositRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.StartDepositResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ConfirmDeposit(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/ConfirmDeposit', wallet_dot_v1_dot_wallet__service__pb2.ConfirmDepositRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.ConfirmDepositResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def FailDeposit(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/FailDeposit', wallet_dot_v1_dot_wallet__service__pb2.FailDepositRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.FailDepositResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def StartWithdrawal(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/StartWithdrawal', wallet_dot_v1_dot_wallet__service__pb2.StartWithdrawalRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.StartWithdrawalResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ConfirmWithdrawal(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/ConfirmWithdrawal', wallet_dot_v1_dot_wallet__service__pb2.ConfirmWithdrawalRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.ConfirmWithdrawalResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def FailWithdrawal(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/FailWithdrawal', wallet_dot_v1_dot_wallet__service__pb2.FailWithdrawalRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.FailWithdrawalResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def RecordChargeback(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/RecordChargeback', wallet_dot_v1_dot_wallet__service__pb2.RecordChargebackRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.RecordChargebackResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetPayment(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/GetPayment', wallet_dot_v1_dot_wallet__service__pb2.GetPaymentRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.GetPaymentResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def FreezeWallet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/FreezeWallet', wallet_dot_v1_dot_wallet__service__pb2.FreezeWalletRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.FreezeWalletResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def UnfreezeWallet(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/UnfreezeWallet', wallet_dot_v1_dot_wallet__service__pb2.UnfreezeWalletRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.UnfreezeWalletResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListTransactions(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/wallet.v1.WalletService/ListTransactions', wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsRequest.SerializeToString, wallet_dot_v1_dot_wallet__service__pb2.ListTransactionsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)