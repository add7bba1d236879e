"""NATS header names of TAM events (the same as com.tam.protos.events.EventHeaders)."""

import re


class EventHeaders:
    """Header names and values."""

    MSG_ID = "Nats-Msg-Id"
    EVENT_TYPE = "Tam-Event-Type"
    SCHEMA_VERSION = "Tam-Schema-Version"
    CONTENT_TYPE = "Content-Type"
    PROTOBUF = "application/x-protobuf"
    DEAD_LETTER_REASON = "Tam-Dead-Letter-Reason"
    DEAD_LETTER_CONSUMER = "Tam-Dead-Letter-Consumer"
    DEAD_LETTER_DELIVERIES = "Tam-Dead-Letter-Deliveries"
    ORIGINAL_SUBJECT = "Tam-Original-Subject"
    ORIGINAL_STREAM = "Tam-Original-Stream"
    ORIGINAL_SEQUENCE = "Tam-Original-Sequence"
    MAX_REASON_LENGTH = 1024


_NOT_PRINTABLE = re.compile(r"[^\x20-\x7e]+")


def header_safe(reason: str) -> str:
    """One line of printable ASCII, at most 1024 characters (cut with ``...``)."""
    line = _NOT_PRINTABLE.sub(" ", reason or "").strip()
    if len(line) <= EventHeaders.MAX_REASON_LENGTH:
        return line
    return line[: EventHeaders.MAX_REASON_LENGTH - 3] + "..."
