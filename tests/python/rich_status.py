"""Reads the google.rpc.Status a gRPC server put in the `grpc-status-details-bin`
trailer, without the googleapis protos: a few lines of protobuf wire decoding
for the fields the tests check (Status.details, ErrorInfo.reason/domain,
BadRequest.field_violations[].field)."""

ERROR_INFO = "type.googleapis.com/google.rpc.ErrorInfo"
BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest"


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return value, i


def _fields(buf: bytes):
    """Yields (field number, value) of a message; value is int or bytes."""
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        number, wire_type = key >> 3, key & 7
        if wire_type == 0:
            value, i = _varint(buf, i)
        elif wire_type == 2:
            size, i = _varint(buf, i)
            value, i = buf[i : i + size], i + size
        else:
            raise ValueError(f"unexpected wire type {wire_type}")
        yield number, value


def details(rpc_error) -> dict[str, bytes]:
    """Maps the type URL of each detail of a failed call to its packed bytes."""
    trailers = dict(rpc_error.trailing_metadata() or ())
    status = trailers.get("grpc-status-details-bin", b"")
    out = {}
    for number, any_bytes in _fields(status):
        if number == 3:  # Status.details
            any_fields = dict(_fields(any_bytes))
            out[any_fields[1].decode()] = any_fields.get(2, b"")
    return out


def error_info(rpc_error) -> tuple[str, str]:
    """(reason, domain) of the call's ErrorInfo."""
    fields = dict(_fields(details(rpc_error)[ERROR_INFO]))
    return fields.get(1, b"").decode(), fields.get(2, b"").decode()


def violation_fields(rpc_error) -> list[str]:
    """The `field` of every BadRequest field violation, in order."""
    out = []
    for number, violation in _fields(details(rpc_error)[BAD_REQUEST]):
        if number == 1:  # BadRequest.field_violations
            out.append(dict(_fields(violation)).get(1, b"").decode())
    return out
