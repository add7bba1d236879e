"""The session interceptors (sync and aio) against a fake user-service over loopback."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from concurrent import futures
from typing import Any, Iterator, Optional

import grpc
import grpc.aio
import pytest
from google.protobuf import timestamp_pb2

from tam_protos import errors, session
from tam_protos.gen.python.user.v1 import user_service_pb2, user_service_pb2_grpc
from tam_protos.gen.python.wallet.v1 import wallet_service_pb2, wallet_service_pb2_grpc

GOOD = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJl"
REVOKED = "eyJhbGciOiJIUzI1NiJ9.cmV2b2tlZA.c2ln"
EXPIRED = "eyJhbGciOiJIUzI1NiJ9.ZXhwaXJlZA.c2ln"
PAST = "eyJhbGciOiJIUzI1NiJ9.cGFzdA.c2ln"
BROKEN = "eyJhbGciOiJIUzI1NiJ9.YnJva2Vu.c2ln"
SLOW = "eyJhbGciOiJIUzI1NiJ9.c2xvdw.c2ln"


class FakeUsers(user_service_pb2_grpc.UserServiceServicer):
    """Answers ValidateSession by token; counts calls; never sees anything else."""

    def __init__(self) -> None:
        self.calls = 0
        self.lock = threading.Lock()

    def ValidateSession(self, request: Any, context: Any) -> Any:
        with self.lock:
            self.calls += 1
        token = request.access_token
        if token == SLOW:
            time.sleep(1.0)
        if token in (REVOKED, EXPIRED):
            reason = "SESSION_REVOKED" if token == REVOKED else "TOKEN_EXPIRED"
            errors.abort(
                context,
                errors.error(grpc.StatusCode.UNAUTHENTICATED, reason, "user.tam.internal", "no", {"leak": "x"}),
            )
        expire = timestamp_pb2.Timestamp(seconds=int(time.time()) + (-10 if token == PAST else 3600))
        if token == BROKEN:
            expire = timestamp_pb2.Timestamp(seconds=2**62)
        if token == GOOD or token in (PAST, BROKEN):
            return user_service_pb2.ValidateSessionResponse(
                user_id="user-123", session_id="s-1", roles=["bettor"], expire_time=expire
            )
        errors.abort(
            context, errors.error(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", "user.tam.internal", "bad")
        )


class Wallet(wallet_service_pb2_grpc.WalletServiceServicer):
    def __init__(self) -> None:
        self.seen: list[Optional[session.Session]] = []

    def ReserveBalance(self, request: Any, context: Any) -> Any:
        self.seen.append(session.current_session())
        return wallet_service_pb2.ReserveBalanceResponse()


def _serve(servicer_adder: Any, servicer: Any, interceptors: list[Any]) -> tuple[grpc.Server, str]:
    # Room for the 9,000-character token of the too-long case (grpcio's default is 8 KiB, with
    # random rejections between its soft and hard limits).
    server = grpc.server(
        futures.ThreadPoolExecutor(8), interceptors=interceptors, options=[("grpc.max_metadata_size", 64 * 1024)]
    )
    servicer_adder(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    return server, f"127.0.0.1:{port}"


@pytest.fixture
def users() -> Iterator[tuple[FakeUsers, str]]:
    fake = FakeUsers()
    server, address = _serve(user_service_pb2_grpc.add_UserServiceServicer_to_server, fake, [])
    yield fake, address
    server.stop(None)


@pytest.fixture
def wallet(users: tuple[FakeUsers, str]) -> Iterator[tuple[Wallet, str, session.SessionInterceptor, FakeUsers]]:
    fake, user_address = users
    channel = grpc.insecure_channel(user_address)
    interceptor = session.SessionInterceptor(user_service_pb2_grpc.UserServiceStub(channel), validate_timeout_seconds=0.5)
    servicer = Wallet()
    server, address = _serve(wallet_service_pb2_grpc.add_WalletServiceServicer_to_server, servicer, [interceptor])
    yield servicer, address, interceptor, fake
    server.stop(None)
    channel.close()


def _call(address: str, metadata: Any = ()) -> Any:
    with grpc.insecure_channel(address, options=[("grpc.max_metadata_size", 64 * 1024)]) as channel:
        return wallet_service_pb2_grpc.WalletServiceStub(channel).ReserveBalance(
            wallet_service_pb2.ReserveBalanceRequest(), metadata=metadata, timeout=5
        )


def _fail(address: str, metadata: Any = ()) -> grpc.RpcError:
    with pytest.raises(grpc.RpcError) as e:
        _call(address, metadata)
    return e.value


def test_session_reaches_the_handler_and_is_cached_by_hash(wallet: Any) -> None:
    servicer, address, interceptor, fake = wallet
    _call(address, (("authorization", f"Bearer {GOOD}"),))
    _call(address, (("authorization", f"bearer {GOOD}"),))
    assert fake.calls == 1  # second call served from the cache
    seen = servicer.seen[0]
    assert seen is not None and seen.user_id == "user-123" and seen.roles == ("bettor",)
    keys = list(interceptor.cache._entries)  # noqa: SLF001 - the key is the hash, never the token
    assert keys == [session.token_key(GOOD)] and GOOD not in repr(interceptor.cache._entries)  # noqa: SLF001


@pytest.mark.parametrize(
    ("metadata", "code", "reason", "domain"),
    [
        ((), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", "wallet.tam.internal"),
        ((("authorization", "Basic abc"),), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", "wallet.tam.internal"),
        ((("authorization", "Bearer not-a-jwt"),), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", "user.tam.internal"),
        ((("authorization", "Bearer a.b." + "c" * 9000),), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", "user.tam.internal"),
        ((("authorization", f"Bearer {GOOD}"), ("authorization", f"Bearer {GOOD}")), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", "user.tam.internal"),
        ((("authorization", f"Bearer {REVOKED}"),), grpc.StatusCode.UNAUTHENTICATED, "SESSION_REVOKED", "user.tam.internal"),
        ((("authorization", f"Bearer {EXPIRED}"),), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_EXPIRED", "user.tam.internal"),
        ((("authorization", f"Bearer {PAST}"),), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_EXPIRED", "user.tam.internal"),
        ((("authorization", "Bearer eyJ.eHg.eHg"),), grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", "user.tam.internal"),
        ((("authorization", f"Bearer {BROKEN}"),), grpc.StatusCode.UNAVAILABLE, "DEPENDENCY_UNAVAILABLE", "wallet.tam.internal"),
        ((("authorization", f"Bearer {SLOW}"),), grpc.StatusCode.UNAVAILABLE, "DEPENDENCY_UNAVAILABLE", "wallet.tam.internal"),
    ],
    ids=["missing", "basic", "not-jwt", "too-long", "two-headers", "revoked", "expired", "past", "invalid", "bad-expire", "deadline"],
)
def test_rejections_have_distinct_reasons(wallet: Any, metadata: Any, code: Any, reason: str, domain: str, caplog: Any) -> None:
    servicer, address, _, _ = wallet
    caplog.set_level(logging.DEBUG)
    error = _fail(address, metadata)
    assert error.code() == code  # type: ignore[attr-defined]
    info = errors.error_info(error)
    assert info is not None and info.reason == reason and info.domain == domain
    assert "leak" not in info.metadata  # upstream ErrorInfo rebuilt, not forwarded
    assert servicer.seen == []  # the handler never ran
    for _, value in metadata:
        token = value.split(" ", 1)[-1]
        assert token not in (error.details() or "")  # type: ignore[attr-defined]
        assert token not in caplog.text


def test_fails_closed_when_user_service_is_down() -> None:
    channel = grpc.insecure_channel("127.0.0.1:1")  # nothing listens there
    interceptor = session.SessionInterceptor(user_service_pb2_grpc.UserServiceStub(channel), validate_timeout_seconds=0.5)
    servicer = Wallet()
    server, address = _serve(wallet_service_pb2_grpc.add_WalletServiceServicer_to_server, servicer, [interceptor])
    try:
        error = _fail(address, (("authorization", f"Bearer {GOOD}"),))
        assert error.code() == grpc.StatusCode.UNAVAILABLE  # type: ignore[attr-defined]
        info = errors.error_info(error)
        assert info is not None and info.reason == "DEPENDENCY_UNAVAILABLE" and info.metadata["dependency"] == "user-service"
        assert GOOD not in (error.details() or "")  # type: ignore[attr-defined]
        assert servicer.seen == []
    finally:
        server.stop(None)
        channel.close()


def test_public_methods_come_from_the_descriptors() -> None:
    assert session.USER_SERVICE_PUBLIC_METHODS == {
        "user.v1.UserService/RegisterUser",
        "user.v1.UserService/LoginUser",
        "user.v1.UserService/RefreshSession",
        "user.v1.UserService/ValidateSession",
    }


def test_public_method_needs_no_token(users: tuple[FakeUsers, str]) -> None:
    fake, user_address = users
    with grpc.insecure_channel(user_address) as channel:
        interceptor = session.SessionInterceptor(
            user_service_pb2_grpc.UserServiceStub(channel), public_methods=["wallet.v1.WalletService/ReserveBalance"]
        )
        servicer = Wallet()
        server, address = _serve(wallet_service_pb2_grpc.add_WalletServiceServicer_to_server, servicer, [interceptor])
        try:
            _call(address)
        finally:
            server.stop(None)
    assert servicer.seen == [None] and fake.calls == 0


def test_cache_is_lru_bounded_and_ttl_is_min_of_30s_and_expiry() -> None:
    now = [1000.0]
    cache = session.SessionCache(ttl_seconds=30, max_entries=2, clock=lambda: now[0])

    def s(expire: float) -> session.Session:
        from datetime import datetime, timezone

        return session.Session("u", "s", (), {}, datetime.fromtimestamp(expire, tz=timezone.utc))

    cache.put("a", s(5000))
    cache.put("b", s(1010))  # expires in 10 s: cached for 10 s, not 30
    assert cache.get("a") is not None  # touch a: b is now least recently used
    cache.put("c", s(5000))
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c") is not None
    cache.put("d", s(1010))
    now[0] += 11
    assert cache.get("d") is None  # TTL = expiry - now
    now[0] += 20
    assert cache.get("a") is None  # 30 s maximum
    with pytest.raises(ValueError):
        session.SessionCache(ttl_seconds=31)


def test_concurrent_checks_of_one_token_share_one_call(wallet: Any) -> None:
    _, address, _, fake = wallet
    token = GOOD
    with futures.ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda _: _call(address, (("authorization", f"Bearer {token}"),)), range(6)))
    assert fake.calls <= 2  # one leader; a late arrival may find the cache or start one more


def test_aio_interceptor(users: tuple[FakeUsers, str]) -> None:
    fake, user_address = users

    class AioWallet(wallet_service_pb2_grpc.WalletServiceServicer):
        seen: list[Optional[session.Session]] = []

        async def ReserveBalance(self, request: Any, context: Any) -> Any:  # type: ignore[override]
            self.seen.append(session.current_session())
            return wallet_service_pb2.ReserveBalanceResponse()

    async def run() -> None:
        async with grpc.aio.insecure_channel(user_address) as user_channel:
            interceptor = session.AioSessionInterceptor(user_service_pb2_grpc.UserServiceStub(user_channel))
            servicer = AioWallet()
            server = grpc.aio.server(interceptors=[interceptor])
            wallet_service_pb2_grpc.add_WalletServiceServicer_to_server(servicer, server)
            port = server.add_insecure_port("127.0.0.1:0")
            await server.start()
            try:
                async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                    stub = wallet_service_pb2_grpc.WalletServiceStub(channel)
                    request = wallet_service_pb2.ReserveBalanceRequest()
                    await asyncio.gather(
                        *(stub.ReserveBalance(request, metadata=(("authorization", f"Bearer {GOOD}"),)) for _ in range(5))
                    )
                    assert fake.calls == 1  # merged and cached
                    with pytest.raises(grpc.aio.AioRpcError) as e:
                        await stub.ReserveBalance(request, metadata=(("authorization", f"Bearer {REVOKED}"),))
                    assert errors.reason(e.value) == "SESSION_REVOKED"
                    with pytest.raises(grpc.aio.AioRpcError) as e2:
                        await stub.ReserveBalance(request)
                    assert errors.reason(e2.value) == "TOKEN_MISSING"
                assert [s.user_id if s else None for s in servicer.seen] == ["user-123"] * 5
            finally:
                await server.stop(None)

    asyncio.run(run())


class Feed:
    """A server-streaming handler that sends a message every 10 ms until the client goes away."""

    def StreamNotifications(self, request: Any, context: Any) -> Iterator[Any]:
        from tam_protos.gen.python.notification.v1 import notification_service_pb2

        while context.is_active():
            time.sleep(0.01)
            yield notification_service_pb2.StreamNotificationsResponse()


class Revoking(FakeUsers):
    def ValidateSession(self, request: Any, context: Any) -> Any:
        if self.calls >= 1:
            with self.lock:
                self.calls += 1
            errors.abort(context, errors.error(grpc.StatusCode.UNAUTHENTICATED, "SESSION_REVOKED", "user.tam.internal", "revoked"))
        return super().ValidateSession(request, context)


def test_a_stream_ends_when_its_session_is_revoked() -> None:
    from tam_protos.gen.python.notification.v1 import notification_service_pb2, notification_service_pb2_grpc

    fake = Revoking()
    user_server, user_address = _serve(user_service_pb2_grpc.add_UserServiceServicer_to_server, fake, [])
    channel = grpc.insecure_channel(user_address)
    interceptor = session.SessionInterceptor(
        user_service_pb2_grpc.UserServiceStub(channel), cache_ttl_seconds=0, stream_recheck_seconds=0.05
    )
    handler = grpc.method_handlers_generic_handler(
        "notification.v1.NotificationService",
        {
            "StreamNotifications": grpc.unary_stream_rpc_method_handler(
                Feed().StreamNotifications,
                notification_service_pb2.StreamNotificationsRequest.FromString,
                notification_service_pb2.StreamNotificationsResponse.SerializeToString,
            )
        },
    )
    server = grpc.server(futures.ThreadPoolExecutor(4), interceptors=[interceptor])
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        with grpc.insecure_channel(f"127.0.0.1:{port}") as client:
            stub = notification_service_pb2_grpc.NotificationServiceStub(client)
            with pytest.raises(grpc.RpcError) as e:
                for _ in stub.StreamNotifications(
                    notification_service_pb2.StreamNotificationsRequest(), metadata=(("authorization", f"Bearer {GOOD}"),), timeout=5
                ):
                    pass
        assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED  # type: ignore[attr-defined]
        assert errors.reason(e.value) == "SESSION_REVOKED"
    finally:
        server.stop(None)
        user_server.stop(None)
        channel.close()


def test_an_aio_stream_ends_when_its_session_is_revoked() -> None:
    from tam_protos.gen.python.notification.v1 import notification_service_pb2, notification_service_pb2_grpc

    fake = Revoking()
    user_server, user_address = _serve(user_service_pb2_grpc.add_UserServiceServicer_to_server, fake, [])

    async def feed(request: Any, context: Any) -> Any:
        while True:
            await asyncio.sleep(0.01)
            yield notification_service_pb2.StreamNotificationsResponse()

    async def run() -> None:
        async with grpc.aio.insecure_channel(user_address) as user_channel:
            interceptor = session.AioSessionInterceptor(
                user_service_pb2_grpc.UserServiceStub(user_channel), cache_ttl_seconds=0, stream_recheck_seconds=0.05
            )
            server = grpc.aio.server(interceptors=[interceptor])
            server.add_generic_rpc_handlers(
                (
                    grpc.method_handlers_generic_handler(
                        "notification.v1.NotificationService",
                        {
                            "StreamNotifications": grpc.unary_stream_rpc_method_handler(
                                feed,
                                notification_service_pb2.StreamNotificationsRequest.FromString,
                                notification_service_pb2.StreamNotificationsResponse.SerializeToString,
                            )
                        },
                    ),
                )
            )
            port = server.add_insecure_port("127.0.0.1:0")
            await server.start()
            try:
                async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                    stub = notification_service_pb2_grpc.NotificationServiceStub(channel)
                    call = stub.StreamNotifications(
                        notification_service_pb2.StreamNotificationsRequest(),
                        metadata=(("authorization", f"Bearer {GOOD}"),),
                        timeout=5,
                    )
                    with pytest.raises(grpc.aio.AioRpcError) as e:
                        async for _ in call:
                            pass
                    assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED
                    assert errors.reason(e.value) == "SESSION_REVOKED"
            finally:
                await server.stop(None)

    try:
        asyncio.run(run())
    finally:
        user_server.stop(None)
