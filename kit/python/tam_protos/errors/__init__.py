"""Build and read TAM errors: a ``google.rpc.Status`` whose first detail is one
``google.rpc.ErrorInfo`` (AIP-193), optionally followed by details such as ``BadRequest``.

The Python twin of the Java ``com.tam.protos.errors`` (``RpcErrors``, ``ErrorReasons``). Statuses
travel in the ``grpc-status-details-bin`` trailer, as grpcio-status and every gRPC language expect;
:func:`to_grpc_status` serializes them deterministically, so equal statuses are equal bytes.

Raising, in a sync handler::

    context.abort_with_status(errors.to_grpc_status(errors.error(
        grpc.StatusCode.FAILED_PRECONDITION, "INSUFFICIENT_FUNDS", errors.domain("wallet"),
        "available funds are lower than the requested amount", {"available": "20.00"})))

Reading, in a client::

    except grpc.RpcError as e:
        if errors.reason(e) == "INSUFFICIENT_FUNDS": ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping, NoReturn, Optional, Sequence, Tuple, TypeVar

import grpc
import grpc.aio
from google.protobuf import any_pb2
from google.protobuf.descriptor import EnumDescriptor
from google.protobuf.message import DecodeError, Message
from google.rpc import error_details_pb2, status_pb2

# The platform-wide reasons (common.v1.ErrorReason), re-exported; each domain adds its own enum in
# tam_protos.gen.python.<domain>.v1, used the same way with to_reason.
from tam_protos.gen.python.common.v1.errors_pb2 import ErrorReason

__all__ = [
    "DETAILS_KEY",
    "ErrorReason",
    "DOMAIN_SUFFIX",
    "GrpcStatus",
    "abort",
    "abort_aio",
    "bad_request",
    "detail",
    "domain",
    "domain_of",
    "enum_prefix",
    "error",
    "error_info",
    "from_reason",
    "has_reason",
    "reason",
    "serialize",
    "status_of",
    "to_grpc_status",
    "to_reason",
]

DOMAIN_SUFFIX = ".tam.internal"
"""Suffix of every TAM error domain."""
DETAILS_KEY = "grpc-status-details-bin"
"""The trailer that carries the serialized ``google.rpc.Status``."""

_DOMAIN = re.compile(r"[a-z][a-z0-9_]*")
_M = TypeVar("_M", bound=Message)


def domain(name: str) -> str:
    """The error domain of a platform domain: ``"wallet"`` -> ``"wallet.tam.internal"``."""
    if not isinstance(name, str) or not _DOMAIN.fullmatch(name):
        raise ValueError(f"not a domain name: {name!r}")
    return name + DOMAIN_SUFFIX


def domain_of(full_name: str) -> str:
    """The domain of the service that owns a method or service name.

    Accepts ``"wallet.v1.WalletService/ReserveBalance"``, the gRPC Python spelling with a leading
    ``/``, or a service name.
    """
    name = full_name.lstrip("/")
    dot = name.find(".")
    if dot <= 0:
        raise ValueError(f"not a packaged gRPC name: {full_name!r}")
    return domain(name[:dot])


def enum_prefix(enum: EnumDescriptor) -> str:
    """The value prefix of an enum: ``ErrorReason`` -> ``ERROR_REASON_`` (as the Java kit)."""
    name = enum.name
    out = []
    for i, c in enumerate(name):
        boundary = (
            i > 0
            and c.isupper()
            and (
                name[i - 1].islower()
                or name[i - 1].isdigit()
                or (i + 1 < len(name) and name[i + 1].islower())
            )
        )
        if boundary:
            out.append("_")
        out.append(c.upper())
    return "".join(out) + "_"


def to_reason(enum: EnumDescriptor, number: int) -> str:
    """The ``ErrorInfo.reason`` of an enum value: the name without the enum prefix.

    ``to_reason(errors_pb2.ErrorReason.DESCRIPTOR, errors_pb2.ERROR_REASON_TOKEN_MISSING)`` is
    ``"TOKEN_MISSING"``. The zero value is never a reason.
    """
    value = enum.values_by_number.get(number)
    if value is None:
        raise ValueError(f"{enum.full_name} has no value {number}")
    if number == 0:
        raise ValueError(f"{enum.full_name}.{value.name} is the zero value and is never sent as a reason")
    prefix = enum_prefix(enum)
    if not value.name.startswith(prefix) or value.name == prefix:
        raise ValueError(f"{enum.full_name}.{value.name} does not start with the enum prefix {prefix}")
    return value.name[len(prefix) :]


def from_reason(enum: EnumDescriptor, reason: str) -> Optional[int]:
    """The enum value whose reason is ``reason``, or ``None``."""
    if not reason:
        return None
    value = enum.values_by_name.get(enum_prefix(enum) + reason)
    return None if value is None or value.number == 0 else value.number


def error(
    code: grpc.StatusCode,
    reason: str,
    domain: str,
    message: str,
    metadata: Optional[Mapping[str, str]] = None,
    details: Sequence[Message] = (),
) -> status_pb2.Status:
    """A status with one ``ErrorInfo`` first, then ``details``.

    ``reason`` is the reason string (see :func:`to_reason`); ``metadata`` entries go into the
    ``ErrorInfo`` (values are never secrets or user input).
    """
    if code == grpc.StatusCode.OK:
        raise ValueError("an error cannot have code OK")
    if not reason:
        raise ValueError("an error needs a reason")
    info = error_details_pb2.ErrorInfo(reason=reason, domain=domain)
    for k, v in (metadata or {}).items():
        info.metadata[k] = v
    status = status_pb2.Status(code=code.value[0], message=message)
    for d in (info, *details):
        # Packed by hand: Any.Pack serializes map fields in hash order; the bytes must not vary.
        status.details.append(
            any_pb2.Any(
                type_url="type.googleapis.com/" + d.DESCRIPTOR.full_name,
                value=d.SerializeToString(deterministic=True),
            )
        )
    return status


def serialize(status: status_pb2.Status) -> bytes:
    """The status's bytes, deterministic (map entries sorted by key), as the Java kit sends them."""
    return bytes(status.SerializeToString(deterministic=True))


@dataclass(frozen=True)
class GrpcStatus(grpc.Status):
    """A ``grpc.Status`` for ``context.abort_with_status`` carrying a rich status in its trailer."""

    code: grpc.StatusCode
    details: str
    trailing_metadata: Tuple[Tuple[str, bytes], ...]


def _code(number: int) -> grpc.StatusCode:
    for c in grpc.StatusCode:
        if c.value[0] == number:
            return c
    return grpc.StatusCode.UNKNOWN


def to_grpc_status(status: status_pb2.Status) -> GrpcStatus:
    """The ``grpc.Status`` for ``context.abort_with_status`` (sync servers)."""
    return GrpcStatus(_code(status.code), status.message, ((DETAILS_KEY, serialize(status)),))


def abort(context: grpc.ServicerContext, status: status_pb2.Status) -> NoReturn:
    """Ends a sync call with a rich status (raises, as ``abort_with_status`` does)."""
    context.abort_with_status(to_grpc_status(status))
    raise AssertionError("abort_with_status returned")  # pragma: no cover


async def abort_aio(context: grpc.aio.ServicerContext[Any, Any], status: status_pb2.Status) -> NoReturn:
    """Ends an aio call with a rich status (raises, as ``context.abort`` does)."""
    await context.abort(
        _code(status.code), status.message, ((DETAILS_KEY, serialize(status)),)
    )
    raise AssertionError("abort returned")  # pragma: no cover


def status_of(error: BaseException) -> Optional[status_pb2.Status]:
    """The ``google.rpc.Status`` a failed call carries (sync or aio), or ``None``."""
    trailers: Any = None
    code: Any = None
    if isinstance(error, grpc.aio.AioRpcError):
        trailers = error.trailing_metadata()
        code = error.code()
    elif isinstance(error, grpc.RpcError) and isinstance(error, grpc.Call):
        trailers = error.trailing_metadata()
        code = error.code()
    if not trailers:
        return None
    for key, value in trailers:
        if key == DETAILS_KEY and isinstance(value, bytes):
            try:
                status = status_pb2.Status.FromString(value)
            except DecodeError:
                return None
            if code is not None and status.code != code.value[0]:
                return None
            return status
    return None


def detail(source: BaseException | status_pb2.Status, message_type: type[_M]) -> Optional[_M]:
    """The first detail of the given type in a status or a failed call's status."""
    status = source if isinstance(source, status_pb2.Status) else status_of(source)
    if status is None:
        return None
    for packed in status.details:
        if packed.Is(message_type.DESCRIPTOR):
            out = message_type()
            if packed.Unpack(out):
                return out
    return None


def error_info(source: BaseException | status_pb2.Status) -> Optional[error_details_pb2.ErrorInfo]:
    """The ``ErrorInfo`` of a status or failed call."""
    return detail(source, error_details_pb2.ErrorInfo)


def bad_request(source: BaseException | status_pb2.Status) -> Optional[error_details_pb2.BadRequest]:
    """The ``BadRequest`` of a status or failed call (validation failures)."""
    return detail(source, error_details_pb2.BadRequest)


def reason(source: BaseException | status_pb2.Status) -> Optional[str]:
    """The ``ErrorInfo.reason`` of a status or failed call."""
    info = error_info(source)
    return info.reason if info is not None and info.reason else None


def has_reason(source: BaseException | status_pb2.Status, enum: EnumDescriptor, number: int) -> bool:
    """Whether the error carries the reason of this enum value."""
    return reason(source) == to_reason(enum, number)
