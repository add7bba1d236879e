"""The validation interceptors (sync and aio, server and client) over loopback."""

from __future__ import annotations

import asyncio
from concurrent import futures
from typing import Any, Iterator

import grpc
import grpc.aio
import pytest
from google.rpc import status_pb2

from tam_protos import errors, validation
from tam_protos.gen.python.notification.v1 import notification_service_pb2 as notification
from tam_protos.gen.python.wallet.v1 import wallet_service_pb2, wallet_service_pb2_grpc

RESERVE = "/wallet.v1.WalletService/ReserveBalance"


def seed(**overrides: str) -> wallet_service_pb2.ReserveBalanceRequest:
    fields = dict(user_id="user-123", amount="100.00", saga_id="saga-456", idempotency_key="idempotency-789")
    fields.update(overrides)
    return wallet_service_pb2.ReserveBalanceRequest(**fields)


class Wallet(wallet_service_pb2_grpc.WalletServiceServicer):
    def __init__(self) -> None:
        self.calls = 0

    def ReserveBalance(self, request: Any, context: Any) -> Any:
        self.calls += 1
        return wallet_service_pb2.ReserveBalanceResponse()


class AioWallet(wallet_service_pb2_grpc.WalletServiceServicer):
    def __init__(self) -> None:
        self.calls = 0

    async def ReserveBalance(self, request: Any, context: Any) -> Any:  # type: ignore[override]
        self.calls += 1
        return wallet_service_pb2.ReserveBalanceResponse()


@pytest.fixture
def sync_server() -> Iterator[tuple[str, Wallet]]:
    wallet = Wallet()
    server = grpc.server(futures.ThreadPoolExecutor(4), interceptors=[validation.ValidationInterceptor()])
    wallet_service_pb2_grpc.add_WalletServiceServicer_to_server(wallet, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield f"127.0.0.1:{port}", wallet
    server.stop(None)


def test_seed_request_reaches_the_handler(sync_server: tuple[str, Wallet]) -> None:
    address, wallet = sync_server
    with grpc.insecure_channel(address) as channel:
        response = wallet_service_pb2_grpc.WalletServiceStub(channel).ReserveBalance(seed())
    assert isinstance(response, wallet_service_pb2.ReserveBalanceResponse) and wallet.calls == 1


def test_bad_request_gets_the_d1_status_over_the_wire(sync_server: tuple[str, Wallet]) -> None:
    address, wallet = sync_server
    request = seed(amount="1e3", user_id="")
    with grpc.insecure_channel(address) as channel:
        with pytest.raises(grpc.RpcError) as e:
            wallet_service_pb2_grpc.WalletServiceStub(channel).ReserveBalance(request)
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT  # type: ignore[attr-defined]
    status = errors.status_of(e.value)
    assert status is not None
    assert errors.serialize(status) == errors.serialize(validation.check(request, RESERVE))  # type: ignore[arg-type]
    info = errors.error_info(status)
    assert info is not None and info.reason == "VALIDATION_FAILED" and info.domain == "wallet.tam.internal"
    fields = [(v.field, v.reason) for v in errors.bad_request(status).field_violations]  # type: ignore[union-attr]
    assert fields == sorted(fields) and ("amount", "string.pattern") in fields
    assert wallet.calls == 0  # the handler never ran


def test_grpcio_status_reads_the_same_status(sync_server: tuple[str, Wallet]) -> None:
    rpc_status = pytest.importorskip("grpc_status.rpc_status")
    address, _ = sync_server
    with grpc.insecure_channel(address) as channel:
        with pytest.raises(grpc.RpcError) as e:
            wallet_service_pb2_grpc.WalletServiceStub(channel).ReserveBalance(seed(amount="-1"))
    assert rpc_status.from_call(e.value) == errors.status_of(e.value)


def test_cap_sort_truncation_and_escaping() -> None:
    request = notification.SendNotificationRequest()
    for i in range(30):
        request.parameters[f"Bad key {i:02d}"] = "v"
    request.parameters['q"\\\n' + "K" * 70] = "v"
    status = validation.check(request, "/notification.v1.NotificationService/SendNotification")
    assert status is not None
    info = errors.error_info(status)
    assert info is not None and info.metadata["violationsTruncated"] == "true"
    violations = errors.bad_request(status).field_violations  # type: ignore[union-attr]
    assert len(violations) == validation.MAX_FIELD_VIOLATIONS
    keys = [v.field for v in violations]
    assert keys == sorted(keys)
    assert len(errors.serialize(status)) <= validation.MAX_STATUS_BYTES


def test_field_path_escaping_and_cut() -> None:
    request = notification.SendNotificationRequest()
    request.parameters['q"\\\n\x01' + "K" * 70] = "v"
    status = validation.check(request, "/notification.v1.NotificationService/SendNotification")
    fields = [v.field for v in errors.bad_request(status).field_violations]  # type: ignore[arg-type,union-attr]
    key_field = next(f for f in fields if f.startswith("parameters["))
    assert key_field == 'parameters["q\\"\\\\\\n\\u0001' + "K" * 59 + '\u2026"]'


def test_large_requests_get_the_fail_fast_pass() -> None:
    request = notification.SendNotificationRequest()
    for i in range(45):
        request.parameters[f"Bad key {i:02d}" + "x" * 100] = "v"
    assert request.ByteSize() > validation.FULL_PASS_MAX_BYTES
    status = validation.check(request, "/notification.v1.NotificationService/SendNotification")
    info = errors.error_info(status)  # type: ignore[arg-type]
    assert info is not None and info.metadata["violationsTruncated"] == "true"


def test_client_interceptor_fails_locally_with_the_server_status(sync_server: tuple[str, Wallet]) -> None:
    address, wallet = sync_server
    request = seed(amount="1.0001")
    with grpc.insecure_channel(address) as raw:
        channel = grpc.intercept_channel(raw, validation.ClientValidationInterceptor())
        with pytest.raises(grpc.RpcError) as e:
            wallet_service_pb2_grpc.WalletServiceStub(channel).ReserveBalance(request)
        wallet_service_pb2_grpc.WalletServiceStub(channel).ReserveBalance(seed())
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT  # type: ignore[attr-defined]
    assert errors.status_of(e.value) == validation.check(request, RESERVE)
    assert wallet.calls == 1  # only the good request was sent


def test_aio_server_and_client() -> None:
    async def run() -> None:
        wallet = AioWallet()
        server = grpc.aio.server(interceptors=[validation.AioValidationInterceptor()])
        wallet_service_pb2_grpc.add_WalletServiceServicer_to_server(wallet, server)
        port = server.add_insecure_port("127.0.0.1:0")
        await server.start()
        try:
            async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                stub = wallet_service_pb2_grpc.WalletServiceStub(channel)
                assert isinstance(await stub.ReserveBalance(seed()), wallet_service_pb2.ReserveBalanceResponse)
                with pytest.raises(grpc.aio.AioRpcError) as e:
                    await stub.ReserveBalance(seed(amount="abc"))
                assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT
                assert errors.status_of(e.value) == validation.check(seed(amount="abc"), RESERVE)
            async with grpc.aio.insecure_channel(
                f"127.0.0.1:{port}", interceptors=[validation.AioClientValidationInterceptor()]
            ) as channel:
                stub = wallet_service_pb2_grpc.WalletServiceStub(channel)
                with pytest.raises(grpc.aio.AioRpcError) as e2:
                    await stub.ReserveBalance(seed(amount="abc"))
                assert errors.status_of(e2.value) == validation.check(seed(amount="abc"), RESERVE)
            assert wallet.calls == 1
        finally:
            await server.stop(None)

    asyncio.run(run())


def test_status_message_counts_violations() -> None:
    one = validation.check(seed(amount="x"), RESERVE)
    assert one is not None and one.message == "request failed validation: 1 violation"
    assert isinstance(one, status_pb2.Status)


def test_reason_enums_round_trip() -> None:
    desc = errors.ErrorReason.DESCRIPTOR
    assert errors.enum_prefix(desc) == "ERROR_REASON_"
    number = errors.ErrorReason.Value("ERROR_REASON_TOKEN_MISSING")
    assert errors.to_reason(desc, number) == "TOKEN_MISSING"
    assert errors.from_reason(desc, "TOKEN_MISSING") == number
    assert errors.from_reason(desc, "UNSPECIFIED") is None
    with pytest.raises(ValueError):
        errors.to_reason(desc, 0)
    status = errors.error(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_MISSING", errors.domain("wallet"), "m")
    assert errors.has_reason(status, desc, number)
