"""Session middleware: authenticates ``authorization: Bearer <token>`` with
``user.v1.UserService.ValidateSession`` before any handler runs, with the rules of the Java
``SessionInterceptor`` (docs/AUTH.md):

* public methods (the :data:`USER_SERVICE_PUBLIC_METHODS`, built from the generated descriptors,
  plus your own) need no token;
* a missing header is ``UNAUTHENTICATED / TOKEN_MISSING``; two headers, a token longer than 8192
  characters or one that is not JWT-shaped are ``TOKEN_INVALID`` without calling user-service;
* positive results are cached for ``min(30 s, expire_time - now)`` in a bounded LRU keyed by the
  token's SHA-256 (never by the token); negative results are not cached;
* concurrent checks of the same token share one ``ValidateSession`` call, and at most
  ``max_in_flight`` calls run at once;
* user-service's ``TOKEN_INVALID`` / ``TOKEN_EXPIRED`` / ``SESSION_REVOKED`` are passed on with the
  user domain; anything else (down, deadline, malformed answer) fails closed with
  ``UNAVAILABLE / DEPENDENCY_UNAVAILABLE``;
* the token is never logged, stored or put in an error;
* the handler finds the :class:`Session` with :func:`current_session`.

:class:`SessionInterceptor` is for sync servers (it takes a sync ``UserServiceStub``),
:class:`AioSessionInterceptor` for ``grpc.aio`` servers (an aio stub).
"""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import inspect
import re
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, cast, AsyncIterator, Callable, Iterable, Iterator, Mapping, Optional, Union

import grpc
import grpc.aio
from google.rpc import status_pb2

from tam_protos import errors
from tam_protos.gen.python.user.v1 import user_service_pb2


__all__ = [
    "MAX_CACHE_TTL_SECONDS",
    "MAX_TOKEN_LENGTH",
    "USER_SERVICE_PUBLIC_METHODS",
    "AioSessionInterceptor",
    "Session",
    "SessionCache",
    "SessionInterceptor",
    "current_session",
    "require_session",
    "token_key",
]

MAX_CACHE_TTL_SECONDS = 30.0
"""The most a positive result may be cached (user/v1 ValidateSession contract)."""
MAX_TOKEN_LENGTH = 8192
"""Longest token passed on; ``ValidateSessionRequest.access_token`` allows 8192 characters."""

_USER_SERVICE = user_service_pb2.DESCRIPTOR.services_by_name["UserService"]
USER_SERVICE_PUBLIC_METHODS: frozenset[str] = frozenset(
    f"{_USER_SERVICE.full_name}/{_USER_SERVICE.methods_by_name[name].name}"
    for name in ("RegisterUser", "LoginUser", "RefreshSession", "ValidateSession")
)
"""The user-service methods that need no token, from the generated descriptors."""

_BEARER = re.compile(r"^[Bb][Ee][Aa][Rr][Ee][Rr] +(\S+) *$")
_JWT = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")
_USER_DOMAIN = errors.domain("user")
_USER_REASONS = frozenset({"TOKEN_INVALID", "TOKEN_EXPIRED", "SESSION_REVOKED"})
_MAX_TIMESTAMP_SECONDS = 253402300799  # 9999-12-31T23:59:59Z, the Timestamp range


@dataclass(frozen=True)
class Session:
    """The authenticated session of the current call."""

    user_id: str
    session_id: str
    roles: tuple[str, ...]
    claims: Mapping[str, str] = field(default_factory=dict)
    expire_time: datetime = field(default=datetime.max.replace(tzinfo=timezone.utc))

    def __repr__(self) -> str:
        return f"Session(user_id={self.user_id!r}, session_id={self.session_id!r}, roles={self.roles!r})"


_current: contextvars.ContextVar[Optional[Session]] = contextvars.ContextVar(
    "tam_protos_session", default=None
)


def current_session() -> Optional[Session]:
    """The session of the call being handled, or ``None`` (public method or outside a call)."""
    return _current.get()


def require_session() -> Session:
    """The session of the call being handled; raises ``LookupError`` when there is none."""
    session = _current.get()
    if session is None:
        raise LookupError("no authenticated session in this context")
    return session


def token_key(token: str) -> str:
    """The hex SHA-256 of a token: the only form in which a token is kept."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class SessionCache:
    """Bounded LRU of positive results, keyed by :func:`token_key`; thread-safe."""

    def __init__(
        self,
        ttl_seconds: float = MAX_CACHE_TTL_SECONDS,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not 0 <= ttl_seconds <= MAX_CACHE_TTL_SECONDS:
            raise ValueError("cache TTL must be between 0 and 30 seconds")
        if max_entries < 1:
            raise ValueError("max_entries must be positive")
        self._ttl = ttl_seconds
        self._max = max_entries
        self._clock = clock
        self._entries: OrderedDict[str, tuple[float, Session]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Optional[Session]:
        now = self._clock()
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[0] <= now:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry[1]

    def put(self, key: str, session: Session) -> None:
        now = self._clock()
        until = min(now + self._ttl, session.expire_time.timestamp())
        if until <= now:
            return
        with self._lock:
            self._entries[key] = (until, session)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


_Outcome = Union[Session, status_pb2.Status]


class _Rules:
    """The decisions shared by the sync and aio interceptors."""

    def __init__(
        self,
        public_methods: Iterable[str],
        cache: SessionCache,
        validate_timeout: float,
        max_in_flight: int,
        clock: Callable[[], float],
        stream_recheck: float = MAX_CACHE_TTL_SECONDS,
    ) -> None:
        if not 0 < stream_recheck <= MAX_CACHE_TTL_SECONDS:
            raise ValueError("stream_recheck_seconds must be above 0 and at most 30")
        self.recheck = stream_recheck
        self.public = frozenset(m.lstrip("/") for m in (*USER_SERVICE_PUBLIC_METHODS, *public_methods))
        self.cache = cache
        self.timeout = validate_timeout
        self.max_in_flight = max_in_flight
        self.clock = clock

    def is_public(self, method: str) -> bool:
        return method.lstrip("/") in self.public

    @staticmethod
    def token(metadata: Any, method: str) -> Union[str, status_pb2.Status]:
        values = [v for k, v in (metadata or ()) if k == "authorization"]
        if len(values) > 1:
            return _unauthenticated("TOKEN_INVALID", "more than one authorization header")
        match = _BEARER.match(values[0]) if values and isinstance(values[0], str) else None
        if match is None:
            return errors.error(
                grpc.StatusCode.UNAUTHENTICATED,
                "TOKEN_MISSING",
                errors.domain_of(method),
                "missing `authorization: Bearer <token>` metadata",
            )
        token = match.group(1)
        if len(token) > MAX_TOKEN_LENGTH:
            return _unauthenticated("TOKEN_INVALID", "access token is too long")
        if not _JWT.match(token):
            return _unauthenticated("TOKEN_INVALID", "access token is not a JWT")
        return token

    def deadline(self, time_remaining: Optional[float]) -> float:
        return self.timeout if time_remaining is None else max(0.0, min(self.timeout, time_remaining))

    def session(self, response: user_service_pb2.ValidateSessionResponse, method: str) -> _Outcome:
        if not response.user_id or not response.session_id or not response.HasField("expire_time"):
            return _unavailable(method, "user-service returned an incomplete session")
        ts = response.expire_time
        if not (0 <= ts.seconds <= _MAX_TIMESTAMP_SECONDS and 0 <= ts.nanos < 1_000_000_000):
            return _unavailable(method, "user-service returned an invalid expire_time")
        expire = datetime.fromtimestamp(ts.seconds + ts.nanos / 1e9, tz=timezone.utc)
        if expire.timestamp() <= self.clock():
            return _unauthenticated("TOKEN_EXPIRED", "access token expired")
        return Session(
            user_id=response.user_id,
            session_id=response.session_id,
            roles=tuple(response.roles),
            claims=dict(response.claims),
            expire_time=expire,
        )

    @staticmethod
    def failure(error: BaseException, method: str) -> status_pb2.Status:
        code = error.code() if isinstance(error, (grpc.aio.AioRpcError, grpc.Call)) else None
        if code == grpc.StatusCode.UNAUTHENTICATED:
            reason = errors.reason(error)
            if reason in _USER_REASONS:
                # Rebuilt with the user domain and no upstream metadata.
                return _unauthenticated(reason, f"session rejected: {reason.lower()}")
            return _unauthenticated("TOKEN_INVALID", "session rejected")
        if code == grpc.StatusCode.INVALID_ARGUMENT:
            return _unauthenticated("TOKEN_INVALID", "session rejected")
        name = code.name if code is not None else "UNKNOWN"
        return _unavailable(method, f"user-service could not validate the session: {name}")

    def expired(self, current: Session) -> Optional[status_pb2.Status]:
        if current.expire_time.timestamp() <= self.clock():
            return _unauthenticated("TOKEN_EXPIRED", "access token expired")
        return None

    @staticmethod
    def busy(method: str) -> status_pb2.Status:
        return _unavailable(method, "too many session checks in flight")


def _unauthenticated(reason: str, message: str) -> status_pb2.Status:
    return errors.error(grpc.StatusCode.UNAUTHENTICATED, reason, _USER_DOMAIN, message)


def _unavailable(method: str, message: str) -> status_pb2.Status:
    return errors.error(
        grpc.StatusCode.UNAVAILABLE,
        "DEPENDENCY_UNAVAILABLE",
        errors.domain_of(method),
        message,
        {"dependency": "user-service"},
    )


class SessionInterceptor(grpc.ServerInterceptor):
    """Sync server interceptor; share one per server so that the cache is shared.

    ``user_service`` is a sync ``UserServiceStub`` on a channel that carries no caller credentials.
    Register it first: ``grpc.server(pool, interceptors=[session, validation])``.
    """

    def __init__(
        self,
        user_service: Any,
        public_methods: Iterable[str] = (),
        cache_ttl_seconds: float = MAX_CACHE_TTL_SECONDS,
        cache_max_entries: int = 10_000,
        validate_timeout_seconds: float = 2.0,
        max_in_flight: int = 64,
        clock: Callable[[], float] = time.time,
        stream_recheck_seconds: float = MAX_CACHE_TTL_SECONDS,
    ) -> None:
        self._stub = user_service
        self._rules = _Rules(
            public_methods,
            SessionCache(cache_ttl_seconds, cache_max_entries, clock),
            validate_timeout_seconds,
            max_in_flight,
            clock,
            stream_recheck_seconds,
        )
        self._lock = threading.Lock()
        self._pending: dict[str, Future[_Outcome]] = {}

    @property
    def cache(self) -> SessionCache:
        return self._rules.cache

    def authenticate(self, metadata: Any, method: str, time_remaining: Optional[float]) -> _Outcome:
        """The session for a call's metadata, or the status to end it with."""
        token = self._rules.token(metadata, method)
        if isinstance(token, status_pb2.Status):
            return token
        key = token_key(token)
        cached = self._rules.cache.get(key)
        if cached is not None:
            return cached
        with self._lock:
            pending = self._pending.get(key)
            leader = pending is None
            if leader:
                if len(self._pending) >= self._rules.max_in_flight:
                    return self._rules.busy(method)
                pending = Future()
                self._pending[key] = pending
        assert pending is not None
        if not leader:
            return pending.result()
        try:
            outcome = self._call(token, method, time_remaining)
            if isinstance(outcome, Session):
                self._rules.cache.put(key, outcome)
            pending.set_result(outcome)
            return outcome
        finally:
            with self._lock:
                self._pending.pop(key, None)
            if not pending.done():
                pending.set_result(_unavailable(method, "user-service could not validate the session"))

    def _call(self, token: str, method: str, time_remaining: Optional[float]) -> _Outcome:
        try:
            response = self._stub.ValidateSession(
                user_service_pb2.ValidateSessionRequest(access_token=token),
                timeout=self._rules.deadline(time_remaining),
            )
        except grpc.RpcError as e:
            return self._rules.failure(e, method)
        except Exception:  # noqa: BLE001 - fail closed
            return _unavailable(method, "user-service could not validate the session: UNKNOWN")
        return self._rules.session(response, method)

    def _enter(self, context: grpc.ServicerContext, method: str) -> contextvars.Token[Optional[Session]]:
        outcome = self.authenticate(context.invocation_metadata(), method, context.time_remaining())
        if isinstance(outcome, status_pb2.Status):
            errors.abort(context, outcome)
        return _current.set(outcome)

    def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Optional[grpc.RpcMethodHandler[Any, Any]]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> Optional[grpc.RpcMethodHandler[Any, Any]]:
        handler = continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or self._rules.is_public(method):
            return handler
        enter = self._enter
        h: Any = handler

        if h.unary_unary is not None or h.stream_unary is not None:
            inner = h.unary_unary or h.stream_unary

            def unary_response(request: Any, context: grpc.ServicerContext) -> Any:
                token = enter(context, method)
                try:
                    return inner(request, context)
                finally:
                    _current.reset(token)

            make = grpc.unary_unary_rpc_method_handler if h.unary_unary else grpc.stream_unary_rpc_method_handler
            return make(unary_response, h.request_deserializer, h.response_serializer)

        inner_s = h.unary_stream or h.stream_stream

        rules = self._rules
        authenticate = self.authenticate

        def stream_response(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
            # A stream outlives neither its session's expiry nor a revocation: before each
            # response it checks expire_time, and every stream_recheck_seconds it validates the
            # session again (through the cache, so user-service is asked at least every 30 s).
            token = enter(context, method)
            current = require_session()
            checked = rules.clock()
            try:
                for response in inner_s(request, context):
                    ended = rules.expired(current)
                    if ended is None and rules.clock() - checked >= rules.recheck:
                        outcome = authenticate(context.invocation_metadata(), method, context.time_remaining())
                        checked = rules.clock()
                        ended = outcome if isinstance(outcome, status_pb2.Status) else None
                    if ended is not None:
                        errors.abort(context, ended)
                    yield response
            finally:
                _current.reset(token)

        make_s = grpc.unary_stream_rpc_method_handler if h.unary_stream else grpc.stream_stream_rpc_method_handler
        return make_s(stream_response, h.request_deserializer, h.response_serializer)


class AioSessionInterceptor(grpc.aio.ServerInterceptor):
    """The :class:`SessionInterceptor` for ``grpc.aio`` servers; ``user_service`` is an aio stub."""

    def __init__(
        self,
        user_service: Any,
        public_methods: Iterable[str] = (),
        cache_ttl_seconds: float = MAX_CACHE_TTL_SECONDS,
        cache_max_entries: int = 10_000,
        validate_timeout_seconds: float = 2.0,
        max_in_flight: int = 64,
        clock: Callable[[], float] = time.time,
        stream_recheck_seconds: float = MAX_CACHE_TTL_SECONDS,
    ) -> None:
        self._stub = user_service
        self._rules = _Rules(
            public_methods,
            SessionCache(cache_ttl_seconds, cache_max_entries, clock),
            validate_timeout_seconds,
            max_in_flight,
            clock,
            stream_recheck_seconds,
        )
        self._pending: dict[str, asyncio.Future[_Outcome]] = {}

    @property
    def cache(self) -> SessionCache:
        return self._rules.cache

    async def authenticate(self, metadata: Any, method: str, time_remaining: Optional[float]) -> _Outcome:
        """The session for a call's metadata, or the status to end it with."""
        token = self._rules.token(metadata, method)
        if isinstance(token, status_pb2.Status):
            return token
        key = token_key(token)
        cached = self._rules.cache.get(key)
        if cached is not None:
            return cached
        pending = self._pending.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        if len(self._pending) >= self._rules.max_in_flight:
            return self._rules.busy(method)
        future: asyncio.Future[_Outcome] = asyncio.get_running_loop().create_future()
        self._pending[key] = future
        try:
            outcome = await self._call(token, method, time_remaining)
            if isinstance(outcome, Session):
                self._rules.cache.put(key, outcome)
            future.set_result(outcome)
            return outcome
        finally:
            self._pending.pop(key, None)
            if not future.done():
                future.set_result(_unavailable(method, "user-service could not validate the session"))

    async def _call(self, token: str, method: str, time_remaining: Optional[float]) -> _Outcome:
        try:
            response = await self._stub.ValidateSession(
                user_service_pb2.ValidateSessionRequest(access_token=token),
                timeout=self._rules.deadline(time_remaining),
            )
        except grpc.RpcError as e:
            return self._rules.failure(e, method)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - fail closed
            return _unavailable(method, "user-service could not validate the session: UNKNOWN")
        return self._rules.session(response, method)

    async def _enter(self, context: Any, method: str) -> contextvars.Token[Optional[Session]]:
        outcome = await self.authenticate(context.invocation_metadata(), method, context.time_remaining())
        if isinstance(outcome, status_pb2.Status):
            await errors.abort_aio(context, outcome)
        assert isinstance(outcome, Session)
        return _current.set(outcome)

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Any],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any]:
        handler = await continuation(handler_call_details)
        method = handler_call_details.method
        if handler is None or self._rules.is_public(method):
            return cast("grpc.RpcMethodHandler[Any, Any]", handler)
        enter = self._enter
        rules = self._rules
        authenticate = self.authenticate
        h: Any = handler
        kinds = (
            ("unary_unary", grpc.unary_unary_rpc_method_handler),
            ("unary_stream", grpc.unary_stream_rpc_method_handler),
            ("stream_unary", grpc.stream_unary_rpc_method_handler),
            ("stream_stream", grpc.stream_stream_rpc_method_handler),
        )
        for attr, make in kinds:
            inner = getattr(h, attr)
            if inner is None:
                continue
            if inspect.isasyncgenfunction(inner):

                async def gen(request: Any, context: Any, inner: Any = inner) -> AsyncIterator[Any]:
                    # As the sync stream: expiry and revocation end the stream.
                    token = await enter(context, method)
                    current = require_session()
                    checked = rules.clock()
                    try:
                        async for response in inner(request, context):
                            ended = rules.expired(current)
                            if ended is None and rules.clock() - checked >= rules.recheck:
                                outcome = await authenticate(
                                    context.invocation_metadata(), method, context.time_remaining()
                                )
                                checked = rules.clock()
                                ended = outcome if isinstance(outcome, status_pb2.Status) else None
                            if ended is not None:
                                await errors.abort_aio(context, ended)
                            yield response
                    finally:
                        _current.reset(token)

                return make(gen, h.request_deserializer, h.response_serializer)

            async def coro(request: Any, context: Any, inner: Any = inner) -> Any:
                token = await enter(context, method)
                try:
                    return await inner(request, context)
                finally:
                    _current.reset(token)

            return make(coro, h.request_deserializer, h.response_serializer)
        return cast("grpc.RpcMethodHandler[Any, Any]", handler)
