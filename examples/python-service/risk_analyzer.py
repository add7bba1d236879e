"""A small risk-analyzer-shaped grpc.aio service built on the tam-protos Python kit.

Every call is authenticated by the session middleware (``UserService.ValidateSession``), then
validated with protovalidate; the handler only sees good requests from known users, finds the
caller's session in the context, and computes with exact decimal money.

    python risk_analyzer.py --port 9095 --user-service user-service:9090
"""

from __future__ import annotations

import argparse
import asyncio
from decimal import Decimal
from typing import Any

import grpc
import grpc.aio

from tam_protos import errors, money, session, validation
from tam_protos.gen.python.risk.v1 import risk_service_pb2, risk_service_pb2_grpc
from tam_protos.gen.python.user.v1 import user_service_pb2_grpc

# Above this stake (in the bet's currency) a bet goes to manual review.
REVIEW_ABOVE = Decimal("1000")
_DECISIONS = risk_service_pb2.AssessBetResponse.DESCRIPTOR.fields_by_name["decision"].enum_type


def decision(name: str) -> int:
    """The number of a RiskDecision value, read from the descriptor."""
    return int(_DECISIONS.values_by_name[name].number)


class RiskAnalyzer(risk_service_pb2_grpc.RiskServiceServicer):
    """AssessBet only: the rest of RiskService answers UNIMPLEMENTED."""

    async def AssessBet(self, request: Any, context: Any) -> Any:
        caller = session.require_session()
        if caller.user_id != request.user_id:
            await errors.abort_aio(
                context,
                errors.error(
                    grpc.StatusCode.PERMISSION_DENIED,
                    "PERMISSION_DENIED",
                    errors.domain("risk"),
                    "a user can only assess their own bets",
                ),
            )
        stake = money.parse_positive(request.stake, request.currency)
        odds = money.parse_odds(request.odds)
        # The money at risk: the stake for BACK, the liability for LAY.
        at_risk = stake
        if request.side == 2:  # BET_SIDE_LAY
            at_risk = money.lay_liability(stake, odds, request.currency)
        review = at_risk > REVIEW_ABOVE
        score = min(10_000, int(at_risk / REVIEW_ABOVE * 5_000))
        return risk_service_pb2.AssessBetResponse(
            decision=decision("RISK_DECISION_REVIEW" if review else "RISK_DECISION_ALLOW"),
            risk_score_bps=score,
            max_allowed_stake=money.format_money(REVIEW_ABOVE, request.currency),
        )


def build_server(user_service: user_service_pb2_grpc.UserServiceStub) -> grpc.aio.Server:
    """The server with the kit's interceptors: session first, then validation."""
    server = grpc.aio.server(
        interceptors=[session.AioSessionInterceptor(user_service), validation.AioValidationInterceptor()]
    )
    risk_service_pb2_grpc.add_RiskServiceServicer_to_server(RiskAnalyzer(), server)
    return server


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=9095)
    parser.add_argument("--user-service", default="user-service:9090")
    args = parser.parse_args()
    async with grpc.aio.insecure_channel(args.user_service) as channel:
        server = build_server(user_service_pb2_grpc.UserServiceStub(channel))
        server.add_insecure_port(f"[::]:{args.port}")
        await server.start()
        await server.wait_for_termination()


if __name__ == "__main__":
    asyncio.run(main())
