"""TAM events: the registry built from the contracts' descriptors, envelopes and ordering.

Everything here needs only protobuf (and protovalidate for the envelope check).
The JetStream publisher and consumer live in :mod:`tam_protos.events.jetstream`
and need the ``nats`` extra (``pip install 'tam-protos[nats]'``, which brings
nats-py). docs/EVENTS.md describes producing and consuming.
"""

from .envelopes import metadata, prepare
from .headers import EventHeaders, header_safe
from .ordering import AppliedVersions, Decision, InMemoryAppliedVersions, decide, invalid_reason
from .registry import EventRegistry, EventType
from .streams import (
    DEAD_LETTER_PREFIX,
    DEAD_LETTER_STREAM,
    DUPLICATE_WINDOW_SECONDS,
    PUBLISH_RETRY_HORIZON_SECONDS,
    dead_letter_subject,
    stream_name,
)

__all__ = [
    "AppliedVersions",
    "DEAD_LETTER_PREFIX",
    "DEAD_LETTER_STREAM",
    "DUPLICATE_WINDOW_SECONDS",
    "Decision",
    "EventHeaders",
    "EventRegistry",
    "EventType",
    "InMemoryAppliedVersions",
    "PUBLISH_RETRY_HORIZON_SECONDS",
    "dead_letter_subject",
    "decide",
    "header_safe",
    "invalid_reason",
    "metadata",
    "prepare",
    "stream_name",
]
