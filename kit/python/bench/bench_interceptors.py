"""Per-call overhead of the Python kit's validation and session interceptors (docs/BENCHMARKS.md).

A separate command, never part of the test command:

    .tools/py-kit/bin/python kit/python/bench/bench_interceptors.py [--calls 2000] [--rounds 7]

(.tools/py-kit is the venv scripts/python-kit-test.sh builds: the installed wheel.) It measures one
unary ``WalletService.ReserveBalance`` call with the seed request over loopback TCP (sync grpcio
server with a 4-thread pool, sync client stub) through four server chains, and the kit's pieces in
isolation, and prints the median over rounds of the mean time per call, in microseconds.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from concurrent import futures
from typing import Any, Callable

import grpc
import protovalidate
from google.protobuf import timestamp_pb2

from tam_protos import session, validation
from tam_protos.gen.python.user.v1 import user_service_pb2, user_service_pb2_grpc
from tam_protos.gen.python.wallet.v1 import wallet_service_pb2, wallet_service_pb2_grpc

TOKEN = "eyJhbGciOiJIUzI1NiJ9." + "x" * 740 + ".c2lnbmF0dXJlc2lnbmF0dXJl"  # ~800 characters
METHOD = "/wallet.v1.WalletService/ReserveBalance"
SEED = wallet_service_pb2.ReserveBalanceRequest(
    user_id="user-123", amount="100.00", saga_id="saga-456", idempotency_key="idempotency-789"
)


class Wallet(wallet_service_pb2_grpc.WalletServiceServicer):
    def ReserveBalance(self, request: Any, context: Any) -> Any:
        return wallet_service_pb2.ReserveBalanceResponse()


class Users(user_service_pb2_grpc.UserServiceServicer):
    def ValidateSession(self, request: Any, context: Any) -> Any:
        return user_service_pb2.ValidateSessionResponse(
            user_id="user-123", session_id="s-1", expire_time=timestamp_pb2.Timestamp(seconds=int(time.time()) + 3600)
        )


def serve(interceptors: list[Any], users: bool = False) -> tuple[grpc.Server, str]:
    server = grpc.server(futures.ThreadPoolExecutor(4), interceptors=interceptors)
    if users:
        user_service_pb2_grpc.add_UserServiceServicer_to_server(Users(), server)
    else:
        wallet_service_pb2_grpc.add_WalletServiceServicer_to_server(Wallet(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    return server, f"127.0.0.1:{port}"


def measure(fn: Callable[[], Any], calls: int, rounds: int) -> float:
    for _ in range(max(100, calls // 10)):
        fn()
    means = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        means.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(means)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    users_server, users_address = serve([], users=True)
    user_channel = grpc.insecure_channel(users_address)
    users_stub = user_service_pb2_grpc.UserServiceStub(user_channel)
    chains: dict[str, list[Any]] = {
        "none": [],
        "validation": [validation.ValidationInterceptor()],
        "session hit + validation": [session.SessionInterceptor(users_stub), validation.ValidationInterceptor()],
        "session miss + validation": [
            session.SessionInterceptor(users_stub, cache_ttl_seconds=0),
            validation.ValidationInterceptor(),
        ],
    }
    metadata = (("authorization", f"Bearer {TOKEN}"),)
    results: dict[str, float] = {}
    # All chains run side by side and are measured round by round, interleaved, so that a busy
    # machine disturbs them alike; the minimum of the round means is the least disturbed figure.
    servers, stubs, channels = [], {}, []
    for name, interceptors in chains.items():
        server, address = serve(interceptors)
        channel = grpc.insecure_channel(address)
        stub = wallet_service_pb2_grpc.WalletServiceStub(channel)
        stub.ReserveBalance(SEED, metadata=metadata)
        servers.append(server)
        channels.append(channel)
        stubs[name] = stub
    rounds: dict[str, list[float]] = {name: [] for name in chains}
    for _ in range(args.rounds):
        for name, stub in stubs.items():
            rounds[name].append(measure(lambda: stub.ReserveBalance(SEED, metadata=metadata), args.calls, 1))
    for name, values in rounds.items():
        results[name] = min(values)
        results[name + " (median)"] = statistics.median(values)
    for channel in channels:
        channel.close()
    for server in servers:
        server.stop(None)

    hit = session.SessionInterceptor(users_stub)
    hit.authenticate(metadata, METHOD, None)
    bad = wallet_service_pb2.ReserveBalanceRequest(
        user_id="user-123", amount="1e3", saga_id="saga-456", idempotency_key="idempotency-789"
    )
    plain = protovalidate.Validator()
    parts = {
        "protovalidate collect_violations (valid seed)": lambda: plain.collect_violations(SEED),
        "validation.check (valid seed)": lambda: validation.check(SEED, METHOD),
        "validation.check (amount 1e3, builds the D1 status)": lambda: validation.check(bad, METHOD),
        "session authenticate, cache hit (800-char token)": lambda: hit.authenticate(metadata, METHOD, None),
        "token_key (SHA-256 of 800 chars)": lambda: session.token_key(TOKEN),
    }
    for name, fn in parts.items():
        results[name] = min(measure(fn, args.calls * 5, 1) for _ in range(args.rounds))
    user_channel.close()
    users_server.stop(None)

    print(f"# {platform.python_implementation()} {platform.python_version()}, grpcio {grpc.__version__},"
          f" {args.rounds} rounds x {args.calls} calls, minimum (and median) of round means")
    base = results["none"]
    for name, value in results.items():
        extra = f"  ({value - base:+.1f} us vs none)" if name in chains and name != "none" else ""
        print(f"{name:55s} {value:9.2f} us{extra}")


if __name__ == "__main__":
    main()
