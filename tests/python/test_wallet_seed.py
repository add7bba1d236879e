"""The README's Python usage, run against the installed `tam-protos` wheel."""

import importlib
import os
import pkgutil

import grpc
import protovalidate
import pytest

import tam_protos.gen.python
from tam_protos.gen.python.common.v1 import event_pb2
from tam_protos.gen.python.wallet.v1 import wallet_events_pb2

import rich_status
from wallet_fake import assert_seed_reservation, seed_request, start_server


@pytest.fixture
def address():
    server, port = start_server()
    yield f"127.0.0.1:{port}"
    server.stop(grace=None)


def test_readme_python_snippet(address):
    # The README snippet, verbatim except for the address.
    from tam_protos.gen.python.wallet.v1 import wallet_service_pb2
    from tam_protos.gen.python.wallet.v1 import wallet_service_pb2_grpc

    # Create channel and stub
    channel = grpc.insecure_channel(address)
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

    assert_seed_reservation(response)
    channel.close()


def test_server_rejects_bad_money_over_the_wire(address):
    from tam_protos.gen.python.wallet.v1 import wallet_service_pb2_grpc

    with grpc.insecure_channel(address) as channel:
        stub = wallet_service_pb2_grpc.WalletServiceStub(channel)
        with pytest.raises(grpc.RpcError) as err:
            stub.ReserveBalance(seed_request(amount="1e3"))
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT


def test_protovalidate_accepts_seed_request():
    protovalidate.validate(seed_request())
    assert protovalidate.collect_violations(seed_request()) == []


@pytest.mark.parametrize("amount", ["1e3", "-100.00", "100.0001", "", "0.00"])
def test_protovalidate_rejects_bad_money(amount):
    with pytest.raises(protovalidate.ValidationError):
        protovalidate.validate(seed_request(amount=amount))
    violations = protovalidate.collect_violations(seed_request(amount=amount))
    assert [v.proto.field.elements[0].field_name for v in violations] == ["amount"]


def test_cross_file_imports_resolve_inside_the_package():
    # wallet/v1/wallet_events.proto imports common/v1/event.proto: the
    # generated module uses the packaged common.v1 module, not a top-level one.
    deps = {d.name for d in wallet_events_pb2.DESCRIPTOR.dependencies}
    assert "common/v1/event.proto" in deps
    assert wallet_events_pb2.common_dot_v1_dot_event__pb2 is event_pb2
    for top_level in ("wallet", "common", "buf"):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(top_level)


def test_every_generated_module_imports():
    names = [
        m.name
        for m in pkgutil.walk_packages(tam_protos.gen.python.__path__, "tam_protos.gen.python.")
        if m.name.endswith(("_pb2", "_pb2_grpc"))
    ]
    assert "tam_protos.gen.python.wallet.v1.wallet_service_pb2_grpc" in names
    for name in names:
        importlib.import_module(name)


@pytest.mark.skipif(
    not os.environ.get("TAM_INTEROP_ADDR"),
    reason="TAM_INTEROP_ADDR not set (run scripts/interop-test.sh)",
)
def test_java_interop_reserve_balance():
    """Calls the Java test server started by scripts/interop-test.sh."""
    from tam_protos.gen.python.wallet.v1 import wallet_service_pb2_grpc

    with grpc.insecure_channel(os.environ["TAM_INTEROP_ADDR"]) as channel:
        stub = wallet_service_pb2_grpc.WalletServiceStub(channel)
        assert_seed_reservation(stub.ReserveBalance(seed_request(), timeout=30))
        with pytest.raises(grpc.RpcError) as err:
            stub.ReserveBalance(seed_request(amount="1e3"), timeout=30)
    assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    # The Java kit's status: ErrorInfo VALIDATION_FAILED, then a BadRequest naming the field.
    assert rich_status.error_info(err.value) == ("VALIDATION_FAILED", "wallet.tam.internal")
    assert rich_status.violation_fields(err.value) == ["amount"]


def test_embedded_descriptors_keep_the_proto_file_options():
    # Generated code embeds the descriptors as written in proto/: no managed
    # mode rewrote java_package or go_package (the Java artifact agrees).
    from tam_protos.gen.python.wallet.v1 import wallet_service_pb2

    options = wallet_service_pb2.DESCRIPTOR.GetOptions()
    assert options.java_package == "com.tam.protos.wallet.v1"
    assert options.go_package == "github.com/tam/tam-protos/gen/go/wallet/v1;walletv1"
