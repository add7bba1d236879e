"""Fills and checks the envelope of an event (same rules as com.tam.protos.events.Envelopes)."""

import datetime
import uuid
from typing import List, Optional, TypeVar, cast

import protovalidate
from google.protobuf import message as _message

from tam_protos.gen.python.common.v1 import event_pb2

from .ordering import FACT, SNAPSHOT
from .registry import EventType

M = TypeVar("M", bound=_message.Message)


def metadata(event: _message.Message) -> event_pb2.EventMetadata:
    """The envelope (field 1) of an event."""
    field = event.DESCRIPTOR.fields_by_number.get(1)
    if field is None or field.message_type is None or (
        field.message_type.full_name != event_pb2.EventMetadata.DESCRIPTOR.full_name
    ):
        raise ValueError(f"{event.DESCRIPTOR.full_name} has no field 1 'common.v1.EventMetadata metadata'")
    return cast(event_pb2.EventMetadata, getattr(event, field.name))


def prepare(event_type: EventType, event: M, now: Optional[datetime.datetime] = None) -> M:
    """Returns a copy of the event with its envelope completed and checked.

    Fills an empty ``event_id`` (random UUID), an unset ``occur_time`` (now),
    ``producer`` and ``subject`` (declared values; a different value is an
    error); SNAPSHOT and FACT events need ``aggregate_id`` and
    ``aggregate_version`` >= 1; the protovalidate rules must pass.
    Raises ``ValueError`` naming each field and rule that failed.
    """
    if event.DESCRIPTOR.full_name != event_type.type_name:
        raise ValueError(f"event is a {event.DESCRIPTOR.full_name}, not a {event_type.type_name}")
    filled = type(event)()
    filled.CopyFrom(event)
    meta = metadata(filled)
    problems: List[str] = []
    if not meta.event_id:
        meta.event_id = str(uuid.uuid4())
    if not meta.HasField("occur_time"):
        meta.occur_time.FromDatetime(now or datetime.datetime.now(datetime.timezone.utc))
    if not meta.producer:
        meta.producer = event_type.producer
    elif meta.producer != event_type.producer:
        problems.append(
            f'metadata.producer: is "{meta.producer}" but {event_type.type_name} is declared with producer "{event_type.producer}"'
        )
    if not meta.subject:
        meta.subject = event_type.subject
    elif meta.subject != event_type.subject:
        problems.append(
            f'metadata.subject: is "{meta.subject}" but {event_type.type_name} is published on "{event_type.subject}"'
        )
    if event_type.kind in (FACT, SNAPSHOT):
        if not meta.aggregate_id:
            problems.append(
                f"metadata.aggregate_id: required for {event_type.kind_name} events (the id of the {event_type.aggregate})"
            )
        if meta.aggregate_version < 1:
            problems.append(
                f"metadata.aggregate_version: must be >= 1 for {event_type.kind_name} events, got {meta.aggregate_version}"
            )
    for v in protovalidate.collect_violations(filled):
        p = v.proto
        elements = p.field.elements if p.field is not None else []
        path = ".".join(e.field_name for e in elements)
        problems.append(f"{path}: {p.rule_id}: {p.message}")
    if problems:
        raise ValueError(f"{event_type.type_name} cannot be published: " + "; ".join(problems))
    return filled
