"""Ordering by ``metadata.aggregate_version`` (the same rules as com.tam.protos.events.Ordering)."""

import enum
import threading
from typing import Awaitable, Callable, Dict, Protocol, Tuple, cast

from tam_protos.gen.python.common.v1 import annotations_pb2

FACT = annotations_pb2.EVENT_KIND_FACT
SNAPSHOT = annotations_pb2.EVENT_KIND_SNAPSHOT


class Decision(enum.Enum):
    """What a consumer does with one delivery."""

    #: Run the handler, record the version, ack.
    APPLY = "apply"
    #: Already applied (or an older snapshot): ack without the handler.
    SKIP = "skip"
    #: A fact ahead of a gap: keep it unacked until the gap is filled.
    HOLD = "hold"
    #: The envelope breaks the kind's rules: dead-letter.
    INVALID = "invalid"


def decide(kind: int, aggregate_id: str, version: int, last: int) -> Decision:
    """FACT: next version applies, later ones wait, applied ones are skipped.
    SNAPSHOT: a newer version wins. Unspecified kind: always applied."""
    if kind not in (FACT, SNAPSHOT):
        return Decision.APPLY
    if not aggregate_id or version < 1:
        return Decision.INVALID
    if version <= last:
        return Decision.SKIP
    if kind == FACT and version > last + 1:
        return Decision.HOLD
    return Decision.APPLY


def invalid_reason(kind: int, aggregate_id: str, version: int) -> str:
    """Why :data:`Decision.INVALID` was decided (the dead-letter reason)."""
    name = annotations_pb2.EventKind.Name(cast("annotations_pb2.EventKind.ValueType", kind))
    if not aggregate_id:
        return f"{name} event without metadata.aggregate_id"
    return f"{name} event with metadata.aggregate_version {version} (must be >= 1)"


Work = Callable[[], Awaitable[None]]


class AppliedVersions(Protocol):
    """The last applied ``aggregate_version`` per aggregate.

    Implement it on your database so that :meth:`apply` runs the handler's work
    and stores the version in one transaction: a crash before the ack then
    leads to a redelivery that is skipped, never applied twice.
    """

    async def last_applied(self, aggregate: str, aggregate_id: str) -> int:
        """The last version applied, 0 when none."""

    async def apply(self, aggregate: str, aggregate_id: str, version: int, work: Work) -> None:
        """Runs ``work`` and records ``version``; nothing is recorded if it raises."""


class InMemoryAppliedVersions:
    """:class:`AppliedVersions` in a dict, for consumers whose state is in memory, and tests."""

    def __init__(self) -> None:
        self._versions: Dict[Tuple[str, str], int] = {}
        self._lock = threading.Lock()

    async def last_applied(self, aggregate: str, aggregate_id: str) -> int:
        with self._lock:
            return self._versions.get((aggregate, aggregate_id), 0)

    async def apply(self, aggregate: str, aggregate_id: str, version: int, work: Work) -> None:
        await work()
        with self._lock:
            self._versions[(aggregate, aggregate_id)] = version
