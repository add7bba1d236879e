"""A small in-memory wallet-service in Python that passes the Java wallet conformance suite.

It shows that a team writing a service in Python runs the same TCK as a Java team: the suite only
needs an address (scripts/python-wallet-tck.sh starts this server and runs
``com.tam.protos.testkit.tck.TckMain --suite wallet`` against it).

Built on the ``tam-protos`` wheel: the generated ``tam_protos.gen.python.wallet.v1`` stubs, the
kit's ``ValidationInterceptor`` (bad input gets the platform's VALIDATION_FAILED status), its rich
errors (``tam_protos.errors``) and exact decimal money (``tam_protos.money``).

Simplifications, on purpose (a demonstration, not a production service):

* everything lives in memory, behind one lock;
* it accepts the testkit's demo tokens directly instead of asking a user-service:
  ``sandbox-service-token`` (role service), ``sandbox-operator-token`` (role operator) and
  ``sandbox-user-token:<user_id>`` (role user);
* its clock is the system clock, which the suite cannot move, so the suite skips the TTL rules
  (expiry is still implemented: a hold past its ``expire_time`` is released on the next call);
* no events are published and risk-analyzer is not called (no bus, no neighbours).

Usage: ``python wallet_server.py --port 0 --port-file PATH`` (port 0 picks a free port, written
to PATH once the server listens on 127.0.0.1).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import os
import signal
import threading
import time
import uuid
from concurrent import futures
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable, Optional

import grpc
from google.protobuf import timestamp_pb2
from google.rpc import error_details_pb2, status_pb2

from tam_protos import errors, money, validation
from tam_protos.gen.python.wallet.v1 import (
    wallet_resources_pb2 as res,
    wallet_service_pb2 as svc,
    wallet_service_pb2_grpc as svc_grpc,
)

DOMAIN = "wallet.tam.internal"
USER_DOMAIN = "user.tam.internal"
M = "/wallet.v1.WalletService/"
STORED = {
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.ALREADY_EXISTS,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.OUT_OF_RANGE,
    grpc.StatusCode.PERMISSION_DENIED,
}
SERVICE_TOKEN = "sandbox-service-token"
OPERATOR_TOKEN = "sandbox-operator-token"
USER_PREFIX = "sandbox-user-token:"
DEFAULT_TTL_SECONDS = 300
DEFAULT_PAGE_SIZE = 50

RS = res.ReservationState
TT = res.TransactionType
PS = res.PaymentState
PK = res.PaymentKind


class Failure(Exception):
    """An RPC error carrying its google.rpc.Status."""

    def __init__(self, status: status_pb2.Status) -> None:
        super().__init__(status.message)
        self.status = status

    @property
    def code(self) -> grpc.StatusCode:
        return next(c for c in grpc.StatusCode if c.value[0] == self.status.code)


def fail(code: grpc.StatusCode, reason: str, message: str, domain: str = DOMAIN, **metadata: str) -> Failure:
    return Failure(errors.error(code, reason, domain, message, metadata))


def now_ts() -> timestamp_pb2.Timestamp:
    ns = time.time_ns()
    return timestamp_pb2.Timestamp(seconds=ns // 1_000_000_000, nanos=ns % 1_000_000_000)


def ts_ns(t: timestamp_pb2.Timestamp) -> int:
    return t.seconds * 1_000_000_000 + t.nanos


@dataclass
class Caller:
    user_id: str
    roles: frozenset[str]


def caller_of(context: grpc.ServicerContext) -> Optional[Caller]:
    """The demo session of the call's bearer token; None if there is no usable token."""
    values = [v for k, v in context.invocation_metadata() if k == "authorization"]
    if len(values) != 1 or not str(values[0]).startswith("Bearer "):
        return None
    token = str(values[0])[len("Bearer "):]
    if token == SERVICE_TOKEN:
        return Caller("sandbox-service", frozenset({"service"}))
    if token == OPERATOR_TOKEN:
        return Caller("sandbox-operator", frozenset({"operator"}))
    if token.startswith(USER_PREFIX) and len(token) > len(USER_PREFIX):
        return Caller(token[len(USER_PREFIX):], frozenset({"user"}))
    return None


class DemoAuthInterceptor(grpc.ServerInterceptor):
    """Authenticates the demo tokens before validation runs (unauthenticated callers learn nothing)."""

    def intercept_service(self, continuation: Callable[..., Any], details: grpc.HandlerCallDetails) -> Any:
        handler = continuation(details)
        if handler is None or handler.unary_unary is None:
            return handler
        metadata = dict(details.invocation_metadata or ())
        header = metadata.get("authorization")
        if header is None:
            status = errors.error(
                grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", DOMAIN, "no access token"
            )
        else:
            token = str(header)[len("Bearer "):] if str(header).startswith("Bearer ") else ""
            ok = token in (SERVICE_TOKEN, OPERATOR_TOKEN) or (
                token.startswith(USER_PREFIX) and len(token) > len(USER_PREFIX)
            )
            if ok:
                return handler
            status = errors.error(
                grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", USER_DOMAIN, "access token is not valid"
            )

        def refuse(request: Any, context: grpc.ServicerContext) -> Any:
            errors.abort(context, status)

        return grpc.unary_unary_rpc_method_handler(
            refuse, handler.request_deserializer, handler.response_serializer
        )


@dataclass
class Wallet:
    user_id: str
    currency: str
    open_time: timestamp_pb2.Timestamp
    balance: Decimal = Decimal(0)
    reserved: Decimal = Decimal(0)
    update_time: Optional[timestamp_pb2.Timestamp] = None
    freeze_reason: int = 0
    ledger: list[res.Transaction] = field(default_factory=list)
    bet_wins: dict[str, str] = field(default_factory=dict)
    committed: dict[str, Decimal] = field(default_factory=dict)
    refunded: dict[str, Decimal] = field(default_factory=dict)
    commissions: dict[tuple[str, int], str] = field(default_factory=dict)
    adjustments: dict[tuple[str, int], str] = field(default_factory=dict)
    references: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def available(self) -> Decimal:
        return max(Decimal(0), self.balance - self.reserved)

    def fmt(self, amount: Decimal) -> str:
        return money.format_money(amount, self.currency)


@dataclass
class Hold:
    user_id: str
    saga_id: str
    value: res.Reservation
    commit: Optional[res.Transaction] = None


@dataclass
class Pay:
    user_id: str
    value: res.Payment
    deposit_tx: str = ""


class WalletService(svc_grpc.WalletServiceServicer):
    """Every RPC of wallet.v1.WalletService, in memory, as the contract's comments say."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.wallets: dict[str, Wallet] = {}
        self.holds: dict[str, Hold] = {}
        self.sagas: dict[str, str] = {}  # saga id -> reservation id, or "" for a tombstone
        self.payments: dict[str, Pay] = {}
        self.keys: dict[tuple[str, str, str], list[Any]] = {}
        self.token_key = os.urandom(32)

    # -- plumbing --------------------------------------------------------------------------------

    def _run(self, context: grpc.ServicerContext, body: Callable[[], Any]) -> Any:
        try:
            with self.lock:
                self._expire_due()
                return body()
        except Failure as f:
            errors.abort(context, f.status)
        except money.MoneyError as e:
            errors.abort(context, errors.error(grpc.StatusCode.INVALID_ARGUMENT, "VALIDATION_FAILED", DOMAIN, str(e)))

    def _write(self, method: str, scope: str, key: str, request: Any, effect: Callable[[], Any]) -> Any:
        """The platform's replay rule: stored decisions, KEY_REUSED, IN_PROGRESS."""
        scoped = (method, scope, key)
        fingerprint = request.SerializeToString(deterministic=True)
        entry = self.keys.get(scoped)
        if entry is not None:
            if entry[0] != fingerprint:
                raise fail(
                    grpc.StatusCode.FAILED_PRECONDITION,
                    "IDEMPOTENCY_KEY_REUSED",
                    f"idempotency key was used for a different {method} request",
                    idempotencyKey=key,
                )
            if entry[1] == "running":
                raise fail(grpc.StatusCode.ABORTED, "IDEMPOTENCY_REQUEST_IN_PROGRESS", "still running")
            if entry[1] == "error":
                raise Failure(entry[2])
            return entry[2]
        entry = [fingerprint, "running", None]
        self.keys[scoped] = entry
        try:
            response = effect()
        except Failure as f:
            if f.code in STORED:
                entry[1:] = ["error", f.status]
            else:
                del self.keys[scoped]
            raise
        except BaseException:
            del self.keys[scoped]
            raise
        entry[1:] = ["done", response]
        return response

    def _require_role(self, context: grpc.ServicerContext, resource: str, *roles: str) -> Caller:
        c = caller_of(context)
        if c is None:
            raise fail(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", "no access token")
        if not c.roles.intersection(roles):
            raise fail(
                grpc.StatusCode.PERMISSION_DENIED,
                "PERMISSION_DENIED",
                f"permission denied on {resource}: needs the role {' or '.join(roles)}",
                resource=resource,
            )
        return c

    def _require_read(self, context: grpc.ServicerContext, owner: str, resource: str) -> None:
        c = caller_of(context)
        if c is None:
            raise fail(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", "no access token")
        if c.roles & {"service", "operator"} or ("user" in c.roles and c.user_id == owner):
            return
        raise fail(
            grpc.StatusCode.PERMISSION_DENIED,
            "PERMISSION_DENIED",
            f"permission denied on {resource}: a user may only read its own wallet",
            resource=resource,
        )

    def _wallet(self, user_id: str) -> Wallet:
        w = self.wallets.get(user_id)
        if w is None:
            raise fail(grpc.StatusCode.NOT_FOUND, "WALLET_NOT_FOUND", "the user has no wallet", userId=user_id)
        return w

    def _currency(self, w: Wallet, currency: str) -> None:
        if currency != w.currency:
            raise fail(
                grpc.StatusCode.INVALID_ARGUMENT,
                "CURRENCY_MISMATCH",
                f"the wallet's currency is {w.currency}",
                walletCurrency=w.currency,
            )

    def _payment(self, payment_id: str) -> Pay:
        p = self.payments.get(payment_id)
        if p is None:
            raise fail(grpc.StatusCode.NOT_FOUND, "PAYMENT_NOT_FOUND", f"no payment {payment_id}", paymentId=payment_id)
        return p

    @staticmethod
    def _kind(p: Pay, kind: int) -> None:
        if p.value.kind != kind:
            name = PK.Name(p.value.kind)
            raise fail(grpc.StatusCode.FAILED_PRECONDITION, "PAYMENT_KIND_MISMATCH", f"the payment is a {name}", kind=name)

    @staticmethod
    def _not_pending(p: Pay) -> Failure:
        name = PS.Name(p.value.state)
        return fail(grpc.StatusCode.FAILED_PRECONDITION, "PAYMENT_NOT_PENDING", f"the payment is {name}", state=name)

    @staticmethod
    def _insufficient(w: Wallet, amount: Decimal) -> Failure:
        return fail(
            grpc.StatusCode.FAILED_PRECONDITION,
            "INSUFFICIENT_FUNDS",
            "available funds are lower than the requested amount",
            available=w.fmt(w.available),
            requested=w.fmt(amount),
        )

    @staticmethod
    def _frozen(w: Wallet) -> Failure:
        return fail(
            grpc.StatusCode.FAILED_PRECONDITION,
            "WALLET_FROZEN",
            "the wallet is frozen",
            freezeReason=res.FreezeReason.Name(w.freeze_reason),
        )

    def _book(self, w: Wallet, entry: res.Transaction, balance_delta: Decimal, reserved_delta: Decimal) -> res.Transaction:
        before, available_before = w.balance, w.available
        w.balance += balance_delta
        w.reserved += reserved_delta
        t = now_ts()
        w.update_time = t
        entry.transaction_id = str(uuid.uuid4())
        entry.user_id = w.user_id
        entry.currency = w.currency
        entry.balance_before = money.format_signed(before, w.currency)
        entry.balance_after = money.format_signed(w.balance, w.currency)
        entry.available_before = w.fmt(available_before)
        entry.available_after = w.fmt(w.available)
        entry.create_time.CopyFrom(t)
        entry.sequence = len(w.ledger) + 1
        w.ledger.append(entry)
        return entry

    def _release(self, w: Wallet, h: Hold, state: int, key: str, reason: str) -> None:
        h.value.state = state
        h.value.update_time.CopyFrom(now_ts())
        amount = money.parse(h.value.amount, w.currency)
        self._book(
            w,
            res.Transaction(
                type=TT.TRANSACTION_TYPE_RESERVATION_RELEASE,
                amount=h.value.amount,
                saga_id=h.saga_id,
                reservation_id=h.value.reservation_id,
                description=reason,
                idempotency_key=key,
            ),
            Decimal(0),
            -amount,
        )

    def _expire_due(self) -> None:
        now = time.time_ns()
        for h in self.holds.values():
            if h.value.state == RS.RESERVATION_STATE_PENDING and ts_ns(h.value.expire_time) <= now:
                self._release(
                    self.wallets[h.user_id], h, RS.RESERVATION_STATE_EXPIRED,
                    "expiry:" + h.value.reservation_id, "reservation expired",
                )

    @staticmethod
    def _copy(message: Any) -> Any:
        out = type(message)()
        out.CopyFrom(message)
        return out

    # -- RPCs ------------------------------------------------------------------------------------

    def OpenWallet(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                if request.currency not in money.currencies():
                    raise fail(
                        grpc.StatusCode.INVALID_ARGUMENT,
                        "CURRENCY_NOT_SUPPORTED",
                        f"currency {request.currency} is not supported",
                        currency=request.currency,
                    )
                w = self.wallets.get(request.user_id)
                if w is not None:
                    if w.currency != request.currency:
                        raise fail(
                            grpc.StatusCode.ALREADY_EXISTS,
                            "WALLET_ALREADY_EXISTS",
                            f"the user already has a wallet in {w.currency}",
                            walletCurrency=w.currency,
                        )
                    return svc.OpenWalletResponse(user_id=w.user_id, currency=w.currency, created=False, create_time=w.open_time)
                t = now_ts()
                self.wallets[request.user_id] = Wallet(request.user_id, request.currency, t, update_time=t)
                return svc.OpenWalletResponse(user_id=request.user_id, currency=request.currency, created=True, create_time=t)

            return self._write(M + "OpenWallet", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def GetBalance(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_read(context, request.user_id, "wallets/" + request.user_id)
            w = self._wallet(request.user_id)
            r = svc.GetBalanceResponse(
                balance=money.format_signed(w.balance, w.currency),
                currency=w.currency,
                reserved=w.fmt(w.reserved),
                available=w.fmt(w.available),
                update_time=w.update_time,
                frozen=w.freeze_reason != 0,
            )
            if w.freeze_reason:
                r.freeze_reason = w.freeze_reason
            return r

        return self._run(context, body)

    def _saga_taken(self, saga_id: str) -> None:
        slot = self.sagas.get(saga_id)
        if slot is None:
            return
        if slot == "":
            raise fail(grpc.StatusCode.ABORTED, "SAGA_ALREADY_COMPENSATED", "the saga was compensated", sagaId=saga_id)
        raise fail(
            grpc.StatusCode.ALREADY_EXISTS, "RESERVATION_ALREADY_EXISTS", "the saga already has a reservation", reservationId=slot
        )

    def ReserveBalance(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                self._saga_taken(request.saga_id)
                if w.freeze_reason:
                    raise self._frozen(w)
                if request.currency:
                    self._currency(w, request.currency)
                try:
                    amount = money.parse_positive(request.amount, w.currency)
                except money.MoneyError:
                    raise Failure(
                        validation.to_status(
                            [
                                error_details_pb2.BadRequest.FieldViolation(
                                    field="amount",
                                    reason="reserve_balance.money_scale",
                                    description=f"amounts have at most the currency's minor-unit digits ({w.currency} {money.scale(w.currency)})",
                                )
                            ],
                            M[1:] + "ReserveBalance",
                        )
                    ) from None
                if w.available < amount:
                    raise self._insufficient(w, amount)
                rid = str(uuid.uuid4())
                t = now_ts()
                ttl_ns = (
                    request.ttl.seconds * 1_000_000_000 + request.ttl.nanos
                    if request.HasField("ttl")
                    else DEFAULT_TTL_SECONDS * 1_000_000_000
                )
                expire_ns = ts_ns(t) + ttl_ns
                r = res.Reservation(
                    reservation_id=rid,
                    user_id=w.user_id,
                    saga_id=request.saga_id,
                    amount=w.fmt(amount),
                    currency=w.currency,
                    state=RS.RESERVATION_STATE_PENDING,
                    create_time=t,
                    expire_time=timestamp_pb2.Timestamp(seconds=expire_ns // 1_000_000_000, nanos=expire_ns % 1_000_000_000),
                    update_time=t,
                )
                self.sagas[request.saga_id] = rid
                self.holds[rid] = Hold(w.user_id, request.saga_id, r)
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_RESERVATION_HOLD,
                        amount=r.amount,
                        saga_id=request.saga_id,
                        reservation_id=rid,
                        idempotency_key=request.idempotency_key,
                    ),
                    Decimal(0),
                    amount,
                )
                return svc.ReserveBalanceResponse(reservation=self._copy(r), available_after=tx.available_after)

            first = self._write(M + "ReserveBalance", request.user_id, request.idempotency_key, request, effect)
            # A replay returns the reservation in its current state.
            return svc.ReserveBalanceResponse(
                reservation=self.holds[first.reservation.reservation_id].value,
                available_after=first.available_after,
            )

        return self._run(context, body)

    def CommitReservation(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "reservations/" + request.reservation_id, "service")

            def effect() -> Any:
                h = self.holds.get(request.reservation_id)
                if h is None or h.saga_id != request.saga_id:
                    raise fail(
                        grpc.StatusCode.NOT_FOUND,
                        "RESERVATION_NOT_FOUND",
                        "no such reservation for this saga",
                        reservationId=request.reservation_id,
                    )
                w = self.wallets[h.user_id]
                state = h.value.state
                if state == RS.RESERVATION_STATE_COMMITTED:
                    return svc.CommitReservationResponse(reservation=h.value, transaction=h.commit)
                if state != RS.RESERVATION_STATE_PENDING:
                    name = RS.Name(state)
                    raise fail(grpc.StatusCode.FAILED_PRECONDITION, "RESERVATION_NOT_PENDING", f"the reservation is {name}", state=name)
                amount = money.parse(h.value.amount, w.currency)
                h.value.state = RS.RESERVATION_STATE_COMMITTED
                h.value.update_time.CopyFrom(now_ts())
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_RESERVATION_COMMIT,
                        amount=h.value.amount,
                        saga_id=h.saga_id,
                        reservation_id=h.value.reservation_id,
                        bet_id=request.bet_id,
                        idempotency_key=request.idempotency_key,
                    ),
                    -amount,
                    -amount,
                )
                h.commit = tx
                if request.bet_id:
                    w.committed[request.bet_id] = w.committed.get(request.bet_id, Decimal(0)) + amount
                return svc.CommitReservationResponse(reservation=self._copy(h.value), transaction=tx)

            return self._write(M + "CommitReservation", request.saga_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def CancelReservation(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "sagas/" + request.saga_id, "service")

            def effect() -> Any:
                slot = self.sagas.get(request.saga_id)
                if not slot:
                    self.sagas[request.saga_id] = ""
                    return svc.CancelReservationResponse(outcome=svc.CANCEL_OUTCOME_NO_RESERVATION)
                h = self.holds[slot]
                w = self.wallets[h.user_id]
                if h.value.state == RS.RESERVATION_STATE_PENDING:
                    self._release(w, h, RS.RESERVATION_STATE_CANCELLED, request.idempotency_key, request.reason)
                    return svc.CancelReservationResponse(reservation=self._copy(h.value), outcome=svc.CANCEL_OUTCOME_RELEASED)
                if h.value.state == RS.RESERVATION_STATE_COMMITTED:
                    raise fail(
                        grpc.StatusCode.FAILED_PRECONDITION,
                        "RESERVATION_ALREADY_COMMITTED",
                        "the reservation is COMMITTED; refund with CreditBalance (BET_REFUND)",
                    )
                return svc.CancelReservationResponse(reservation=self._copy(h.value), outcome=svc.CANCEL_OUTCOME_ALREADY_RELEASED)

            return self._write(M + "CancelReservation", request.saga_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def GetReservation(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            if caller_of(context) is None:
                raise fail(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", "no access token")
            h = self.holds.get(request.reservation_id)
            if h is None:
                raise fail(
                    grpc.StatusCode.NOT_FOUND, "RESERVATION_NOT_FOUND", "no such reservation", reservationId=request.reservation_id
                )
            self._require_read(context, h.user_id, "reservations/" + request.reservation_id)
            return svc.GetReservationResponse(reservation=h.value)

        return self._run(context, body)

    def CreditBalance(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            manual = request.reason == res.CREDIT_REASON_MANUAL_ADJUSTMENT
            roles = ("service", "operator") if manual else ("service",)
            self._require_role(context, "wallets/" + request.user_id, *roles)

            def effect() -> Any:
                w = self._wallet(request.user_id)
                self._currency(w, request.currency)
                amount = money.parse_positive(request.amount, w.currency)
                bet = request.bet_id
                if request.reason == res.CREDIT_REASON_BET_WIN and bet in w.bet_wins:
                    raise fail(
                        grpc.StatusCode.ALREADY_EXISTS,
                        "BET_ALREADY_CREDITED",
                        "the bet already has a BET_WIN credit",
                        transactionId=w.bet_wins[bet],
                    )
                if request.reason == res.CREDIT_REASON_BET_REFUND:
                    committed = w.committed.get(bet, Decimal(0))
                    if committed == 0:
                        raise fail(
                            grpc.StatusCode.FAILED_PRECONDITION, "BET_NOT_COMMITTED", "no committed stake for the bet", betId=bet
                        )
                    refunded = w.refunded.get(bet, Decimal(0))
                    if refunded + amount > committed:
                        raise fail(
                            grpc.StatusCode.FAILED_PRECONDITION,
                            "REFUND_EXCEEDS_STAKE",
                            "the refunds would exceed the committed stake",
                            committed=w.fmt(committed),
                            refunded=w.fmt(refunded),
                            requested=w.fmt(amount),
                        )
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_CREDIT,
                        amount=w.fmt(amount),
                        bet_id=bet,
                        credit_reason=request.reason,
                        description=request.description,
                        idempotency_key=request.idempotency_key,
                    ),
                    amount,
                    Decimal(0),
                )
                if request.reason == res.CREDIT_REASON_BET_WIN:
                    w.bet_wins[bet] = tx.transaction_id
                elif request.reason == res.CREDIT_REASON_BET_REFUND:
                    w.refunded[bet] = w.refunded.get(bet, Decimal(0)) + amount
                return svc.CreditBalanceResponse(transaction=tx)

            return self._write(M + "CreditBalance", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def ChargeCommission(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                self._currency(w, request.currency)
                amount = money.parse_positive(request.amount, w.currency)
                slot = (request.market_id, request.settlement_version)
                if slot in w.commissions:
                    raise fail(
                        grpc.StatusCode.ALREADY_EXISTS,
                        "COMMISSION_ALREADY_CHARGED",
                        "commission for this market and version is booked",
                        transactionId=w.commissions[slot],
                    )
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_COMMISSION,
                        amount=w.fmt(amount),
                        market_id=request.market_id,
                        settlement_version=request.settlement_version,
                        description=f"commission on net winnings {request.net_winnings} at {request.rate_bp} bp",
                        idempotency_key=request.idempotency_key,
                    ),
                    -amount,
                    Decimal(0),
                )
                w.commissions[slot] = tx.transaction_id
                return svc.ChargeCommissionResponse(transaction=tx)

            return self._write(M + "ChargeCommission", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def AdjustSettlement(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                self._currency(w, request.currency)
                amount = money.parse_positive(request.amount, w.currency)
                slot = (request.bet_id, request.settlement_version)
                if slot in w.adjustments:
                    raise fail(
                        grpc.StatusCode.ALREADY_EXISTS,
                        "ADJUSTMENT_ALREADY_BOOKED",
                        "an adjustment for this bet and version is booked",
                        transactionId=w.adjustments[slot],
                    )
                debit = request.direction == res.ADJUSTMENT_DIRECTION_DEBIT
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_BET_VOID_ADJUSTMENT,
                        amount=w.fmt(amount),
                        adjustment_direction=request.direction,
                        bet_id=request.bet_id,
                        market_id=request.market_id,
                        settlement_version=request.settlement_version,
                        description=request.description,
                        idempotency_key=request.idempotency_key,
                    ),
                    -amount if debit else amount,
                    Decimal(0),
                )
                w.adjustments[slot] = tx.transaction_id
                return svc.AdjustSettlementResponse(transaction=tx)

            return self._write(M + "AdjustSettlement", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def StartDeposit(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                if w.freeze_reason:
                    raise self._frozen(w)
                self._currency(w, request.currency)
                amount = money.parse_positive(request.amount, w.currency)
                t = now_ts()
                p = res.Payment(
                    payment_id=str(uuid.uuid4()),
                    user_id=w.user_id,
                    kind=PK.PAYMENT_KIND_DEPOSIT,
                    state=PS.PAYMENT_STATE_PENDING,
                    amount=w.fmt(amount),
                    currency=w.currency,
                    charged_back_amount=w.fmt(Decimal(0)),
                    create_time=t,
                    update_time=t,
                )
                self.payments[p.payment_id] = Pay(w.user_id, p)
                return svc.StartDepositResponse(payment=self._copy(p))

            return self._write(M + "StartDeposit", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def ConfirmDeposit(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                pay: Optional[Pay] = None
                if request.payment_id:
                    pay = self.payments.get(request.payment_id)
                    if pay is None or pay.user_id != w.user_id:
                        raise fail(
                            grpc.StatusCode.NOT_FOUND,
                            "PAYMENT_NOT_FOUND",
                            f"no payment {request.payment_id}",
                            paymentId=request.payment_id,
                        )
                    self._kind(pay, PK.PAYMENT_KIND_DEPOSIT)
                self._currency(w, request.currency)
                booked = w.references.get(request.payment_reference)
                if booked is None and pay is not None and pay.value.state == PS.PAYMENT_STATE_SUCCEEDED:
                    booked = (pay.value.payment_id, pay.deposit_tx)
                if booked is not None:
                    raise fail(
                        grpc.StatusCode.ALREADY_EXISTS,
                        "DUPLICATE_PAYMENT",
                        "the payment is already booked",
                        paymentId=booked[0],
                        transactionId=booked[1],
                    )
                amount = money.parse_positive(request.amount, w.currency)
                t = now_ts()
                if pay is None:
                    pay = Pay(
                        w.user_id,
                        res.Payment(
                            payment_id=str(uuid.uuid4()),
                            user_id=w.user_id,
                            kind=PK.PAYMENT_KIND_DEPOSIT,
                            currency=w.currency,
                            charged_back_amount=w.fmt(Decimal(0)),
                            create_time=t,
                        ),
                    )
                    self.payments[pay.value.payment_id] = pay
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_DEPOSIT,
                        amount=w.fmt(amount),
                        payment_reference=request.payment_reference,
                        payment_id=pay.value.payment_id,
                        idempotency_key=request.idempotency_key,
                    ),
                    amount,
                    Decimal(0),
                )
                pay.value.state = PS.PAYMENT_STATE_SUCCEEDED
                pay.value.amount = w.fmt(amount)
                pay.value.payment_reference = request.payment_reference
                pay.value.ClearField("failure_reason")
                pay.value.transaction_ids.append(tx.transaction_id)
                pay.value.update_time.CopyFrom(t)
                pay.deposit_tx = tx.transaction_id
                w.references[request.payment_reference] = (pay.value.payment_id, tx.transaction_id)
                return svc.ConfirmDepositResponse(payment=self._copy(pay.value), transaction=tx)

            return self._write(M + "ConfirmDeposit", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def FailDeposit(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "payments/" + request.payment_id, "service")

            def effect() -> Any:
                pay = self._payment(request.payment_id)
                self._kind(pay, PK.PAYMENT_KIND_DEPOSIT)
                if pay.value.state == PS.PAYMENT_STATE_PENDING:
                    pay.value.state = PS.PAYMENT_STATE_FAILED
                    pay.value.failure_reason = request.failure_reason
                    pay.value.update_time.CopyFrom(now_ts())
                elif pay.value.state != PS.PAYMENT_STATE_FAILED:
                    raise self._not_pending(pay)
                return svc.FailDepositResponse(payment=self._copy(pay.value))

            return self._write(M + "FailDeposit", request.payment_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def StartWithdrawal(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "service")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                if w.freeze_reason:
                    raise self._frozen(w)
                self._currency(w, request.currency)
                amount = money.parse_positive(request.amount, w.currency)
                if w.available < amount:
                    raise self._insufficient(w, amount)
                pid = str(uuid.uuid4())
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_WITHDRAWAL,
                        amount=w.fmt(amount),
                        payment_id=pid,
                        idempotency_key=request.idempotency_key,
                    ),
                    -amount,
                    Decimal(0),
                )
                t = now_ts()
                p = res.Payment(
                    payment_id=pid,
                    user_id=w.user_id,
                    kind=PK.PAYMENT_KIND_WITHDRAWAL,
                    state=PS.PAYMENT_STATE_PENDING,
                    amount=w.fmt(amount),
                    currency=w.currency,
                    withdrawal_method_id=request.withdrawal_method_id,
                    charged_back_amount=w.fmt(Decimal(0)),
                    transaction_ids=[tx.transaction_id],
                    create_time=t,
                    update_time=t,
                )
                self.payments[pid] = Pay(w.user_id, p)
                return svc.StartWithdrawalResponse(payment=self._copy(p), transaction=tx)

            return self._write(M + "StartWithdrawal", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def ConfirmWithdrawal(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "payments/" + request.payment_id, "service")

            def effect() -> Any:
                pay = self._payment(request.payment_id)
                self._kind(pay, PK.PAYMENT_KIND_WITHDRAWAL)
                if pay.value.state == PS.PAYMENT_STATE_PENDING:
                    pay.value.state = PS.PAYMENT_STATE_SUCCEEDED
                    pay.value.payment_reference = request.payment_reference
                    pay.value.update_time.CopyFrom(now_ts())
                elif pay.value.state != PS.PAYMENT_STATE_SUCCEEDED:
                    raise self._not_pending(pay)
                return svc.ConfirmWithdrawalResponse(payment=self._copy(pay.value))

            return self._write(M + "ConfirmWithdrawal", request.payment_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def FailWithdrawal(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "payments/" + request.payment_id, "service")

            def effect() -> Any:
                pay = self._payment(request.payment_id)
                self._kind(pay, PK.PAYMENT_KIND_WITHDRAWAL)
                resp = svc.FailWithdrawalResponse()
                if pay.value.state == PS.PAYMENT_STATE_PENDING:
                    w = self.wallets[pay.user_id]
                    amount = money.parse(pay.value.amount, w.currency)
                    tx = self._book(
                        w,
                        res.Transaction(
                            type=TT.TRANSACTION_TYPE_REVERSAL,
                            amount=pay.value.amount,
                            payment_id=pay.value.payment_id,
                            description=request.failure_reason,
                            idempotency_key=request.idempotency_key,
                        ),
                        amount,
                        Decimal(0),
                    )
                    pay.value.state = PS.PAYMENT_STATE_FAILED
                    pay.value.failure_reason = request.failure_reason
                    pay.value.transaction_ids.append(tx.transaction_id)
                    pay.value.update_time.CopyFrom(now_ts())
                    resp.transaction.CopyFrom(tx)
                elif pay.value.state != PS.PAYMENT_STATE_FAILED:
                    raise self._not_pending(pay)
                resp.payment.CopyFrom(pay.value)
                return resp

            return self._write(M + "FailWithdrawal", request.payment_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def RecordChargeback(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "payments/" + request.payment_id, "service")

            def effect() -> Any:
                pay = self._payment(request.payment_id)
                self._kind(pay, PK.PAYMENT_KIND_DEPOSIT)
                if pay.value.state != PS.PAYMENT_STATE_SUCCEEDED:
                    raise self._not_pending(pay)
                w = self.wallets[pay.user_id]
                self._currency(w, request.currency)
                amount = money.parse_positive(request.amount, w.currency)
                charged = money.parse(pay.value.charged_back_amount, w.currency)
                if charged + amount > money.parse(pay.value.amount, w.currency):
                    raise fail(
                        grpc.StatusCode.FAILED_PRECONDITION,
                        "CHARGEBACK_EXCEEDS_DEPOSIT",
                        "the chargebacks would exceed the deposit",
                        amount=pay.value.amount,
                        chargedBackAmount=pay.value.charged_back_amount,
                    )
                tx = self._book(
                    w,
                    res.Transaction(
                        type=TT.TRANSACTION_TYPE_CHARGEBACK,
                        amount=w.fmt(amount),
                        payment_id=pay.value.payment_id,
                        payment_reference=request.chargeback_reference,
                        idempotency_key=request.idempotency_key,
                    ),
                    -amount,
                    Decimal(0),
                )
                pay.value.charged_back_amount = w.fmt(charged + amount)
                pay.value.transaction_ids.append(tx.transaction_id)
                pay.value.update_time.CopyFrom(now_ts())
                return svc.RecordChargebackResponse(payment=self._copy(pay.value), transaction=tx)

            return self._write(M + "RecordChargeback", request.payment_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def GetPayment(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            if caller_of(context) is None:
                raise fail(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", "no access token")
            pay = self._payment(request.payment_id)
            self._require_read(context, pay.user_id, "payments/" + request.payment_id)
            return svc.GetPaymentResponse(payment=pay.value)

        return self._run(context, body)

    def FreezeWallet(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "operator")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                if w.freeze_reason:
                    return svc.FreezeWalletResponse(changed=False, freeze_reason=w.freeze_reason)
                w.freeze_reason = res.FREEZE_REASON_OPERATOR
                w.update_time = now_ts()
                return svc.FreezeWalletResponse(changed=True, freeze_reason=w.freeze_reason)

            return self._write(M + "FreezeWallet", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def UnfreezeWallet(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_role(context, "wallets/" + request.user_id, "operator")

            def effect() -> Any:
                w = self._wallet(request.user_id)
                if not w.freeze_reason:
                    return svc.UnfreezeWalletResponse(changed=False)
                w.freeze_reason = 0
                w.update_time = now_ts()
                return svc.UnfreezeWalletResponse(changed=True)

            return self._write(M + "UnfreezeWallet", request.user_id, request.idempotency_key, request, effect)

        return self._run(context, body)

    def _mac(self, body: str) -> str:
        return hmac.new(self.token_key, body.encode(), hashlib.sha256).hexdigest()[:24]

    def ListTransactions(self, request: Any, context: grpc.ServicerContext) -> Any:
        def body() -> Any:
            self._require_read(context, request.user_id, "wallets/" + request.user_id)
            size = request.page_size or DEFAULT_PAGE_SIZE
            filt = svc.ListTransactionsRequest()
            filt.CopyFrom(request)
            filt.ClearField("page_size")
            filt.ClearField("page_token")
            digest = hashlib.sha256(filt.SerializeToString(deterministic=True)).hexdigest()[:32]
            before = None
            if request.page_token:
                bad = fail(grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", "the page token is not valid")
                try:
                    raw = base64.urlsafe_b64decode(request.page_token + "=" * (-len(request.page_token) % 4)).decode()
                    text, mac = raw.rsplit(":", 1)
                    version, token_filter, last = text.split(":")
                except (ValueError, UnicodeDecodeError):
                    raise bad from None
                if version != "v1" or not hmac.compare_digest(mac, self._mac(text)) or token_filter != digest:
                    raise bad
                before = int(last)
            w = self._wallet(request.user_id)
            page: list[res.Transaction] = []
            more = False
            for t in reversed(w.ledger):
                if before is not None and t.sequence >= before:
                    continue
                if request.types and t.type not in request.types:
                    continue
                if request.HasField("start_time") and ts_ns(t.create_time) < ts_ns(request.start_time):
                    continue
                if request.HasField("end_time") and ts_ns(t.create_time) >= ts_ns(request.end_time):
                    continue
                if request.saga_id and t.saga_id != request.saga_id:
                    continue
                if request.bet_id and t.bet_id != request.bet_id:
                    continue
                if len(page) == size:
                    more = True
                    break
                page.append(t)
            out = svc.ListTransactionsResponse(transactions=page)
            if more:
                text = f"v1:{digest}:{page[-1].sequence}"
                out.next_page_token = base64.urlsafe_b64encode(f"{text}:{self._mac(text)}".encode()).decode().rstrip("=")
            return out

        return self._run(context, body)


def serve(port: int, port_file: Optional[str]) -> None:
    server = grpc.server(
        futures.ThreadPoolExecutor(max_workers=8),
        interceptors=[DemoAuthInterceptor(), validation.ValidationInterceptor()],
    )
    svc_grpc.add_WalletServiceServicer_to_server(WalletService(), server)
    bound = server.add_insecure_port(f"127.0.0.1:{port}")
    server.start()
    if port_file:
        tmp = port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write(str(bound))
        os.replace(tmp, port_file)
    print(f"python wallet-service listening on 127.0.0.1:{bound}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    server.stop(grace=2).wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    args = parser.parse_args()
    serve(args.port, args.port_file)
