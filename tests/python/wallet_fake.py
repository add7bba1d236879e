"""An in-process WalletService used by the tests: the same behaviour as the
Go (gen/go/wallet/v1/wallet_service_test.go) and Java
(com.tam.protos.testing.FakeWallet, served by com.tam.protos.interop.InteropWalletServer) test servers."""

from concurrent import futures

import grpc
import protovalidate

from tam_protos.gen.python.wallet.v1 import (
    wallet_resources_pb2,
    wallet_service_pb2,
    wallet_service_pb2_grpc,
)


def seed_request(**overrides) -> wallet_service_pb2.ReserveBalanceRequest:
    """The request of the README's Python snippet, value for value."""
    fields = dict(
        user_id="user-123",
        amount="100.00",
        saga_id="saga-456",
        idempotency_key="idempotency-789",
    )
    fields.update(overrides)
    return wallet_service_pb2.ReserveBalanceRequest(**fields)


def assert_seed_reservation(response: wallet_service_pb2.ReserveBalanceResponse) -> None:
    """The response every test server gives to the seed request."""
    r = response.reservation
    assert r.reservation_id == "res-saga-456"
    assert r.user_id == "user-123"
    assert r.saga_id == "saga-456"
    assert r.amount == "100.00"
    assert r.currency == "EUR"
    assert r.state == wallet_resources_pb2.RESERVATION_STATE_PENDING
    assert response.available_after == "400.00"


class FakeWallet(wallet_service_pb2_grpc.WalletServiceServicer):
    """Validates with protovalidate, then echoes the request in a PENDING
    reservation "res-<saga_id>" on a wallet holding 500.00 EUR."""

    def ReserveBalance(self, request, context):
        try:
            protovalidate.validate(request)
        except protovalidate.ValidationError as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(e))
        return wallet_service_pb2.ReserveBalanceResponse(
            reservation=wallet_resources_pb2.Reservation(
                reservation_id=f"res-{request.saga_id}",
                user_id=request.user_id,
                saga_id=request.saga_id,
                amount=request.amount,
                currency="EUR",
                state=wallet_resources_pb2.RESERVATION_STATE_PENDING,
            ),
            available_after="400.00",
        )


def start_server() -> tuple[grpc.Server, int]:
    """Starts FakeWallet on a free loopback port; returns (server, port)."""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    wallet_service_pb2_grpc.add_WalletServiceServicer_to_server(FakeWallet(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    return server, port
