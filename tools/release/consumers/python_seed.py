"""Release rehearsal: the Python consumer (scripts/release-rehearsal.sh).

Runs in a clean venv where `tam-protos` was installed with pip from the
rehearsal's package index. Serves WalletService with the installed stubs on a
free loopback port, then makes the README's seed call against it, verbatim
except for the address, and checks the answer. Exits non-zero on anything
unexpected.
"""

import sys
from concurrent import futures

import grpc

import tam_protos
from tam_protos.gen.python.wallet.v1 import wallet_service_pb2
from tam_protos.gen.python.wallet.v1 import wallet_service_pb2_grpc


class Wallet(wallet_service_pb2_grpc.WalletServiceServicer):
    def ReserveBalance(self, request, context):
        reservation = wallet_service_pb2.Reservation(
            reservation_id="res-" + request.saga_id,
            user_id=request.user_id,
            saga_id=request.saga_id,
            amount=request.amount,
        )
        return wallet_service_pb2.ReserveBalanceResponse(reservation=reservation)


def main() -> int:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    wallet_service_pb2_grpc.add_WalletServiceServicer_to_server(Wallet(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        # Create channel and stub
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        wallet_client = wallet_service_pb2_grpc.WalletServiceStub(channel)

        # Reserve balance
        response = wallet_client.ReserveBalance(
            wallet_service_pb2.ReserveBalanceRequest(
                user_id="user-123",
                amount="100.00",
                saga_id="saga-456",
                idempotency_key="idempotency-789"
            )
        )
        channel.close()
        r = response.reservation
        assert (r.reservation_id, r.user_id, r.amount) == ("res-saga-456", "user-123", "100.00"), response
        print(f"python consumer: seed call answered {r.reservation_id} "
              f"(tam_protos from {tam_protos.__path__[0]})")
        return 0
    finally:
        server.stop(None)


if __name__ == "__main__":
    sys.exit(main())
