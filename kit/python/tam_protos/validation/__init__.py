"""Request validation with protovalidate, answered exactly like the Java ``ValidationInterceptor``.

A request that breaks its ``buf.validate`` rules gets ``INVALID_ARGUMENT`` with the
``google.rpc.Status`` of decision D1 (docs/python.md), byte for byte the status the Java kit sends:
``ErrorInfo`` (reason ``VALIDATION_FAILED``, the called service's domain, ``violationCount``, and
``violationsTruncated`` when not every violation is listed) and a ``BadRequest`` with at most 20
field violations sorted by field, rule id and description, the whole status at most 4 KiB.

Work is bounded: a request of at most :data:`FULL_PASS_MAX_BYTES` serialized bytes gets the full
pass, a larger one a fail-fast pass (its status is marked ``violationsTruncated``).

* :class:`ValidationInterceptor` / :class:`AioValidationInterceptor`: server side (sync / aio);
* :class:`ClientValidationInterceptor` / :class:`AioClientValidationInterceptor`: optional
  client-side counterparts that fail the call locally with the same status;
* :func:`check`, :func:`to_status`, :func:`field_path`: the mapping itself.
"""

from __future__ import annotations

import inspect
from typing import Any, cast, AsyncIterator, Callable, Iterable, Iterator, Optional, Sequence

import grpc
import grpc.aio
import protovalidate
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2

from tam_protos import errors


__all__ = [
    "ELLIPSIS",
    "FULL_PASS_MAX_BYTES",
    "MAX_DESCRIPTION_CODE_POINTS",
    "MAX_FIELD_VIOLATIONS",
    "MAX_KEY_CODE_POINTS",
    "MAX_STATUS_BYTES",
    "VIOLATIONS_TRUNCATED_KEY",
    "VIOLATION_COUNT_KEY",
    "AioClientValidationInterceptor",
    "AioValidationInterceptor",
    "ClientValidationInterceptor",
    "LocalRpcError",
    "Validation",
    "ValidationInterceptor",
    "check",
    "field_path",
    "field_violation",
    "to_status",
]

VIOLATION_COUNT_KEY = "violationCount"
VIOLATIONS_TRUNCATED_KEY = "violationsTruncated"
MAX_FIELD_VIOLATIONS = 20
MAX_KEY_CODE_POINTS = 64
MAX_DESCRIPTION_CODE_POINTS = 256
MAX_STATUS_BYTES = 4096
FULL_PASS_MAX_BYTES = 4096
ELLIPSIS = "\u2026"
_VALIDATION_FAILED = "VALIDATION_FAILED"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + ELLIPSIS


def _escape(key: str) -> str:
    out = []
    for ch in key:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return "".join(out)


def field_path(path: Any) -> str:
    """Renders a protovalidate ``FieldPath`` as AIP-193 spells it (decision D1).

    ``reservation.amount``, ``types[0]``, ``limits[18446744073709551615]``, ``flags[true]``,
    ``labels["key"]`` with ``\\`` and ``"`` escaped, control characters as ``\\n``, ``\\t``,
    ``\\r`` or ``\\u00XX``, and keys longer than 64 code points cut (plus ``…``) before escaping.
    """
    if path is None:
        return ""
    parts = []
    for element in path.elements:
        text = element.field_name
        sub = element.subscript
        if sub is not None:
            kind, value = sub.field, sub.value
            if kind == "bool_key":
                text += "[true]" if value else "[false]"
            elif kind == "uint_key":
                text += f"[{int(value) & 0xFFFFFFFFFFFFFFFF}]"
            elif kind == "string_key":
                text += '["' + _escape(_cut(str(value), MAX_KEY_CODE_POINTS)) + '"]'
            else:  # index, int_key
                text += f"[{int(value)}]"
        parts.append(text)
    return ".".join(parts)


def field_violation(violation: Any) -> error_details_pb2.BadRequest.FieldViolation:
    """One ``BadRequest`` entry from a ``buf.validate.Violation``: path, rule id, cut message."""
    return error_details_pb2.BadRequest.FieldViolation(
        field=field_path(violation.field),
        reason=violation.rule_id or "",
        description=_cut(violation.message or "", MAX_DESCRIPTION_CODE_POINTS),
    )


def to_status(
    violations: Sequence[error_details_pb2.BadRequest.FieldViolation],
    full_method: str,
    stopped_early: bool = False,
) -> status_pb2.Status:
    """The D1 status for the violations found (in any order; at least one)."""
    if not violations:
        raise ValueError("a validation failure has at least one violation")
    count = len(violations)
    domain = errors.domain_of(full_method)
    ordered = sorted(violations, key=lambda v: (v.field, v.reason, v.description))
    listed = min(count, MAX_FIELD_VIOLATIONS)
    while True:
        truncated = stopped_early or listed < count
        metadata = {VIOLATION_COUNT_KEY: str(count)}
        if truncated:
            metadata[VIOLATIONS_TRUNCATED_KEY] = "true"
        status = errors.error(
            grpc.StatusCode.INVALID_ARGUMENT,
            _VALIDATION_FAILED,
            domain,
            f"request failed validation: {count} violation{'' if count == 1 else 's'}",
            metadata,
            [error_details_pb2.BadRequest(field_violations=ordered[:listed])],
        )
        if status.ByteSize() <= MAX_STATUS_BYTES or listed == 0:
            return status
        listed -= 1


class Validation:
    """A protovalidate validator with the bounded two-pass policy; thread-safe, share one."""

    def __init__(self, validator: Optional[protovalidate.Validator] = None) -> None:
        self._validator = validator or protovalidate.Validator()

    def check(self, request: Message, full_method: str) -> Optional[status_pb2.Status]:
        """The D1 status for a bad request, ``None`` for a valid one.

        Raises ``protovalidate.CompilationError`` / ``EvaluationError`` when a rule cannot run.
        """
        fail_fast = request.ByteSize() > FULL_PASS_MAX_BYTES
        found = self._validator.collect_violations(request, fail_fast=fail_fast)
        if not found:
            return None
        return to_status([field_violation(v.proto) for v in found], full_method, fail_fast)


_DEFAULT = Validation()


def check(request: Message, full_method: str) -> Optional[status_pb2.Status]:
    """:meth:`Validation.check` with a shared default validator."""
    return _DEFAULT.check(request, full_method)


_INTERNAL = "request validation could not run"


class ValidationInterceptor(grpc.ServerInterceptor):
    """Sync server interceptor: validates every request message before the handler sees it.

    A bad request ends the call with the D1 status; the handler never runs (unary requests) or
    sees no further message (streaming requests). A rule that cannot run ends it with INTERNAL.
    Register it after the session interceptor (``interceptors=[session, validation]``), so that
    unauthenticated callers learn nothing about the rules.
    """

    def __init__(self, validation: Optional[Validation] = None) -> None:
        self._validation = validation or _DEFAULT

    def _verify(self, request: Any, context: grpc.ServicerContext, method: str) -> None:
        if not isinstance(request, Message):
            return
        try:
            status = self._validation.check(request, method)
        except Exception:  # noqa: BLE001 - a broken rule must not reach the handler
            context.abort(grpc.StatusCode.INTERNAL, _INTERNAL)
        if status is not None:
            errors.abort(context, status)

    def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Optional[grpc.RpcMethodHandler[Any, Any]]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> Optional[grpc.RpcMethodHandler[Any, Any]]:
        handler = continuation(handler_call_details)
        if handler is None:
            return None
        method = handler_call_details.method
        verify = self._verify
        h: Any = handler

        def checked(requests: Iterator[Any], context: grpc.ServicerContext) -> Iterator[Any]:
            for request in requests:
                verify(request, context, method)
                yield request

        if h.unary_unary is not None:
            inner_uu = h.unary_unary

            def unary_unary(request: Any, context: grpc.ServicerContext) -> Any:
                verify(request, context, method)
                return inner_uu(request, context)

            return grpc.unary_unary_rpc_method_handler(
                unary_unary, h.request_deserializer, h.response_serializer
            )
        if h.unary_stream is not None:
            inner_us = h.unary_stream

            def unary_stream(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                verify(request, context, method)
                yield from inner_us(request, context)

            return grpc.unary_stream_rpc_method_handler(
                unary_stream, h.request_deserializer, h.response_serializer
            )
        if h.stream_unary is not None:
            inner_su = h.stream_unary

            def stream_unary(requests: Iterator[Any], context: grpc.ServicerContext) -> Any:
                return inner_su(checked(requests, context), context)

            return grpc.stream_unary_rpc_method_handler(
                stream_unary, h.request_deserializer, h.response_serializer
            )
        inner_ss = h.stream_stream

        def stream_stream(requests: Iterator[Any], context: grpc.ServicerContext) -> Iterator[Any]:
            yield from inner_ss(checked(requests, context), context)

        return grpc.stream_stream_rpc_method_handler(
            stream_stream, h.request_deserializer, h.response_serializer
        )


class AioValidationInterceptor(grpc.aio.ServerInterceptor):
    """The :class:`ValidationInterceptor` for ``grpc.aio`` servers."""

    def __init__(self, validation: Optional[Validation] = None) -> None:
        self._validation = validation or _DEFAULT

    async def _verify(self, request: Any, context: Any, method: str) -> None:
        if not isinstance(request, Message):
            return
        try:
            status = self._validation.check(request, method)
        except Exception:  # noqa: BLE001
            await context.abort(grpc.StatusCode.INTERNAL, _INTERNAL)
            return
        if status is not None:
            await errors.abort_aio(context, status)

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Any],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler[Any, Any]:
        handler = await continuation(handler_call_details)
        if handler is None:
            return cast("grpc.RpcMethodHandler[Any, Any]", handler)
        method = handler_call_details.method
        verify = self._verify
        h: Any = handler

        async def checked(requests: AsyncIterator[Any], context: Any) -> AsyncIterator[Any]:
            async for request in requests:
                await verify(request, context, method)
                yield request

        if h.unary_unary is not None:
            inner_uu = h.unary_unary

            async def unary_unary(request: Any, context: Any) -> Any:
                await verify(request, context, method)
                return await inner_uu(request, context)

            return grpc.unary_unary_rpc_method_handler(
                unary_unary, h.request_deserializer, h.response_serializer
            )
        if h.unary_stream is not None:
            inner_us = h.unary_stream
            if inspect.isasyncgenfunction(inner_us):

                async def unary_stream_gen(request: Any, context: Any) -> AsyncIterator[Any]:
                    await verify(request, context, method)
                    async for response in inner_us(request, context):
                        yield response

                return grpc.unary_stream_rpc_method_handler(
                    unary_stream_gen, h.request_deserializer, h.response_serializer
                )

            async def unary_stream(request: Any, context: Any) -> Any:
                await verify(request, context, method)
                return await inner_us(request, context)

            return grpc.unary_stream_rpc_method_handler(
                unary_stream, h.request_deserializer, h.response_serializer
            )
        if h.stream_unary is not None:
            inner_su = h.stream_unary

            async def stream_unary(requests: AsyncIterator[Any], context: Any) -> Any:
                return await inner_su(checked(requests, context), context)

            return grpc.stream_unary_rpc_method_handler(
                stream_unary, h.request_deserializer, h.response_serializer
            )
        inner_ss = h.stream_stream
        if inspect.isasyncgenfunction(inner_ss):

            async def stream_stream_gen(requests: AsyncIterator[Any], context: Any) -> AsyncIterator[Any]:
                async for response in inner_ss(checked(requests, context), context):
                    yield response

            return grpc.stream_stream_rpc_method_handler(
                stream_stream_gen, h.request_deserializer, h.response_serializer
            )

        async def stream_stream(requests: AsyncIterator[Any], context: Any) -> Any:
            return await inner_ss(checked(requests, context), context)

        return grpc.stream_stream_rpc_method_handler(
            stream_stream, h.request_deserializer, h.response_serializer
        )


class LocalRpcError(grpc.RpcError, grpc.Call):
    """The error a client interceptor raises without calling the server: it reads like the server's.

    ``errors.status_of(e)`` returns the same D1 status the server would have sent.
    """

    def __init__(self, status: status_pb2.Status) -> None:
        super().__init__(status.message)
        self._status = status

    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.INVALID_ARGUMENT

    def details(self) -> str:
        return str(self._status.message)

    def trailing_metadata(self) -> Any:
        return ((errors.DETAILS_KEY, errors.serialize(self._status)),)

    def initial_metadata(self) -> Any:
        return ()

    def is_active(self) -> bool:
        return False

    def time_remaining(self) -> float:
        return 0.0

    def cancel(self) -> bool:
        return False

    def add_callback(self, callback: Callable[[], None]) -> bool:
        return False


def _client_check(validation: Validation, method: str, request: Any) -> Optional[status_pb2.Status]:
    return validation.check(request, method) if isinstance(request, Message) else None


class ClientValidationInterceptor(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
):
    """Optional client-side check: a bad request fails locally with the server's D1 status.

    ``channel = grpc.intercept_channel(channel, ClientValidationInterceptor())``. Servers validate
    anyway; never rely on clients.
    """

    def __init__(self, validation: Optional[Validation] = None) -> None:
        self._validation = validation or _DEFAULT

    def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        status = _client_check(self._validation, client_call_details.method, request)
        if status is not None:
            raise LocalRpcError(status)
        return continuation(client_call_details, request)

    def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        status = _client_check(self._validation, client_call_details.method, request)
        if status is not None:
            raise LocalRpcError(status)
        return continuation(client_call_details, request)


class AioClientValidationInterceptor(
    grpc.aio.UnaryUnaryClientInterceptor, grpc.aio.UnaryStreamClientInterceptor
):
    """The :class:`ClientValidationInterceptor` for ``grpc.aio`` channels (raises ``AioRpcError``)."""

    def __init__(self, validation: Optional[Validation] = None) -> None:
        self._validation = validation or _DEFAULT

    def _raise(self, method: Any, request: Any) -> None:
        name = method.decode() if isinstance(method, bytes) else str(method)
        status = _client_check(self._validation, name, request)
        if status is not None:
            raise grpc.aio.AioRpcError(
                grpc.StatusCode.INVALID_ARGUMENT,
                grpc.aio.Metadata(),
                grpc.aio.Metadata((errors.DETAILS_KEY, errors.serialize(status))),
                status.message,
                None,
            )

    async def intercept_unary_unary(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        self._raise(client_call_details.method, request)
        return await continuation(client_call_details, request)

    async def intercept_unary_stream(self, continuation: Any, client_call_details: Any, request: Any) -> Any:
        self._raise(client_call_details.method, request)
        return await continuation(client_call_details, request)


