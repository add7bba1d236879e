"""The example service over loopback: good and bad requests, with and without a session."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

import grpc
import grpc.aio
import pytest
from google.protobuf import timestamp_pb2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import risk_analyzer  # noqa: E402
from tam_protos import errors, validation  # noqa: E402
from tam_protos.gen.python.risk.v1 import risk_service_pb2, risk_service_pb2_grpc  # noqa: E402
from tam_protos.gen.python.user.v1 import user_service_pb2, user_service_pb2_grpc  # noqa: E402

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJl"
AUTH = (("authorization", f"Bearer {TOKEN}"),)
METHOD = "/risk.v1.RiskService/AssessBet"


class Users(user_service_pb2_grpc.UserServiceServicer):
    async def ValidateSession(self, request: Any, context: Any) -> Any:  # type: ignore[override]
        if request.access_token != TOKEN:
            await errors.abort_aio(
                context, errors.error(grpc.StatusCode.UNAUTHENTICATED, "TOKEN_INVALID", "user.tam.internal", "bad")
            )
        return user_service_pb2.ValidateSessionResponse(
            user_id="user-123",
            session_id="s-1",
            expire_time=timestamp_pb2.Timestamp(seconds=int(time.time()) + 3600),
        )


def bet(**overrides: Any) -> risk_service_pb2.AssessBetRequest:
    fields: dict[str, Any] = dict(
        user_id="user-123", market_id="market-1", selection_id="home", side=1, odds="2.50", stake="10.00", currency="EUR"
    )
    # AssessBet may be a saga write (risk/v1): then it carries its keys too.
    known = risk_service_pb2.AssessBetRequest.DESCRIPTOR.fields_by_name
    for name, value in (("idempotency_key", "idem-1"), ("saga_id", "saga-456")):
        if name in known:
            fields[name] = value
    fields.update(overrides)
    return risk_service_pb2.AssessBetRequest(**fields)


def run(test: Callable[[risk_service_pb2_grpc.RiskServiceStub], Awaitable[None]]) -> None:
    async def main() -> None:
        users = grpc.aio.server()
        user_service_pb2_grpc.add_UserServiceServicer_to_server(Users(), users)
        user_port = users.add_insecure_port("127.0.0.1:0")
        await users.start()
        async with grpc.aio.insecure_channel(f"127.0.0.1:{user_port}") as user_channel:
            server = risk_analyzer.build_server(user_service_pb2_grpc.UserServiceStub(user_channel))
            port = server.add_insecure_port("127.0.0.1:0")
            await server.start()
            try:
                async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
                    await test(risk_service_pb2_grpc.RiskServiceStub(channel))
            finally:
                await server.stop(None)
        await users.stop(None)

    asyncio.run(main())


def test_good_request_with_a_session_is_assessed() -> None:
    async def test(stub: risk_service_pb2_grpc.RiskServiceStub) -> None:
        small = await stub.AssessBet(bet(), metadata=AUTH)
        assert small.decision == risk_analyzer.decision("RISK_DECISION_ALLOW")
        assert small.max_allowed_stake == "1000.00"
        big = await stub.AssessBet(bet(stake="600.00", side=2, odds="3.00"), metadata=AUTH)  # LAY liability 1200
        assert big.decision == risk_analyzer.decision("RISK_DECISION_REVIEW")
        yen = await stub.AssessBet(bet(stake="500", currency="JPY"), metadata=AUTH)
        assert yen.max_allowed_stake == "1000"

    run(test)


def test_bad_request_with_a_session_gets_the_d1_status() -> None:
    async def test(stub: risk_service_pb2_grpc.RiskServiceStub) -> None:
        request = bet(stake="1e3", odds="1.00")
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await stub.AssessBet(request, metadata=AUTH)
        assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert errors.status_of(e.value) == validation.check(request, METHOD)
        fields = {v.field for v in errors.bad_request(e.value).field_violations}  # type: ignore[union-attr]
        assert {"stake", "odds"} <= fields

    run(test)


def test_without_a_session_nothing_is_revealed() -> None:
    async def test(stub: risk_service_pb2_grpc.RiskServiceStub) -> None:
        for request in (bet(), bet(stake="1e3")):
            with pytest.raises(grpc.aio.AioRpcError) as e:
                await stub.AssessBet(request)
            assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED
            assert errors.reason(e.value) == "TOKEN_MISSING"
        with pytest.raises(grpc.aio.AioRpcError) as e2:
            await stub.AssessBet(bet(), metadata=(("authorization", "Bearer a.b.c"),))
        assert errors.reason(e2.value) == "TOKEN_INVALID"

    run(test)


def test_a_session_cannot_assess_another_users_bet() -> None:
    async def test(stub: risk_service_pb2_grpc.RiskServiceStub) -> None:
        with pytest.raises(grpc.aio.AioRpcError) as e:
            await stub.AssessBet(bet(user_id="user-999"), metadata=AUTH)
        assert e.value.code() == grpc.StatusCode.PERMISSION_DENIED

    run(test)
