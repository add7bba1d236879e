"""tam_protos.events without a server: registry, ordering, envelopes, stream files.

The JetStream helpers are tested against a real nats-server in tests/nats
(scripts/nats-test.sh).
"""

import json
import pathlib
import re
import subprocess
import sys

import pytest

from tam_protos.events import (
    DUPLICATE_WINDOW_SECONDS,
    PUBLISH_RETRY_HORIZON_SECONDS,
    Decision,
    EventRegistry,
    decide,
    header_safe,
    prepare,
)
from tam_protos.gen.python.common.v1 import annotations_pb2, event_pb2
from tam_protos.gen.python.wallet.v1 import wallet_events_pb2

REPO = pathlib.Path(__file__).resolve().parents[2]
FACT = annotations_pb2.EVENT_KIND_FACT
SNAPSHOT = annotations_pb2.EVENT_KIND_SNAPSHOT
KINDS = {"FACT": FACT, "SNAPSHOT": SNAPSHOT, "UNSPECIFIED": annotations_pb2.EVENT_KIND_UNSPECIFIED}


def catalogue_rows():
    """(subject, type, producer, kind) of docs/EVENTS.md, which the Java build generates."""
    rows = []
    for line in (REPO / "docs" / "EVENTS.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| `(tam\.[^`]+)` \| `([^`]+)` \| `[^`]+` \| ([A-Z]+) \| [^|]+ \| ([^|]+) \|", line)
        if m:
            rows.append((m.group(1), m.group(2), m.group(4).strip(), KINDS[m.group(3)]))
    return sorted(rows)


def test_registry_agrees_with_the_catalogue_generated_from_the_java_descriptors():
    registry = EventRegistry.load()
    ours = sorted((t.subject, t.type_name, t.producer, t.kind) for t in registry.all())
    assert ours == catalogue_rows()
    assert len(ours) >= 10


def test_registry_maps_subjects_to_generated_classes_and_back():
    registry = EventRegistry.load()
    t = registry.by_subject("tam.wallet.v1.reservation.committed")
    assert t.message_class is wallet_events_pb2.ReservationCommittedEvent
    assert t.stream == "TAM_WALLET" and t.schema_version == "v1" and t.domain == "wallet"
    assert registry.of(wallet_events_pb2.ReservationCommittedEvent()) is t
    assert "reporting-service" in t.consumers
    with pytest.raises(ValueError, match="common.v1.EventMetadata is not an event"):
        registry.of(event_pb2.EventMetadata())


def test_every_event_subject_falls_in_exactly_one_committed_stream():
    streams = {p.stem: json.loads(p.read_text()) for p in (REPO / "nats" / "streams").glob("*.json")}

    def matches(pattern, subject):
        f, s = pattern.split("."), subject.split(".")
        for i, token in enumerate(f):
            if token == ">":
                return len(s) > i
            if i >= len(s) or token not in ("*", s[i]):
                return False
        return len(f) == len(s)

    for t in EventRegistry.load().all():
        holders = [name for name, cfg in streams.items() if any(matches(p, t.subject) for p in cfg["subjects"])]
        assert holders == [t.stream], t.subject
    for cfg in streams.values():
        window = cfg["duplicate_window"] / 1e9
        assert window == DUPLICATE_WINDOW_SECONDS
        assert window >= PUBLISH_RETRY_HORIZON_SECONDS


def test_ordering_rules():
    assert decide(FACT, "r", 1, 0) is Decision.APPLY
    assert decide(FACT, "r", 5, 3) is Decision.HOLD
    assert decide(FACT, "r", 3, 3) is Decision.SKIP
    assert decide(FACT, "", 1, 0) is Decision.INVALID
    assert decide(SNAPSHOT, "p", 9, 3) is Decision.APPLY
    assert decide(SNAPSHOT, "p", 2, 3) is Decision.SKIP
    assert decide(annotations_pb2.EVENT_KIND_UNSPECIFIED, "", 0, 0) is Decision.APPLY


def test_prepare_fills_the_envelope():
    t = EventRegistry.load().by_subject("tam.wallet.v1.transaction.recorded")
    event = wallet_events_pb2.TransactionRecordedEvent(
        metadata=event_pb2.EventMetadata(aggregate_id="res-1", aggregate_version=2)
    )
    filled = prepare(t, event)
    m = filled.metadata
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", m.event_id)
    assert m.HasField("occur_time")
    assert (m.producer, m.subject) == ("wallet-service", "tam.wallet.v1.transaction.recorded")
    assert not event.metadata.event_id  # the caller's message is not changed


def test_prepare_names_the_field_and_rule_that_failed():
    t = EventRegistry.load().by_subject("tam.wallet.v1.transaction.recorded")
    bad = wallet_events_pb2.TransactionRecordedEvent(
        metadata=event_pb2.EventMetadata(event_id="not-a-uuid", producer="order-book")
    )
    with pytest.raises(ValueError) as e:
        prepare(t, bad)
    text = str(e.value)
    assert 'metadata.producer: is "order-book"' in text
    assert "metadata.aggregate_id: required for EVENT_KIND_FACT events" in text
    assert "metadata.aggregate_version: must be >= 1" in text
    assert "metadata.event_id: string.uuid" in text


def test_dead_letter_reasons_are_one_short_ascii_line():
    assert header_safe("bad\r\nthing\u00e9") == "bad thing"
    assert len(header_safe("x" * 5000)) == 1024


def test_the_registry_does_not_need_nats_py():
    code = "import sys, tam_protos.events as e; e.EventRegistry.load(); print('nats' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
