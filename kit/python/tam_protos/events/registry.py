"""The event registry, built from the descriptors of the generated modules.

:meth:`EventRegistry.load` imports every ``*_pb2`` module under
``tam_protos.gen.python`` and keeps each message that declares
``option (common.v1.event)``: nothing is listed by hand.
"""

import dataclasses
import importlib
import pkgutil
from types import ModuleType
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Type, cast

from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message

from tam_protos.gen.python.common.v1 import annotations_pb2


@dataclasses.dataclass(frozen=True)
class EventType:
    """One event of the contracts."""

    subject: str
    message_class: Type[_message.Message]
    kind: int
    aggregate: str
    producer: str
    consumers: Tuple[str, ...]

    #: Path of the sequence field.
    SEQUENCE_FIELD = "metadata.aggregate_version"

    @property
    def descriptor(self) -> _descriptor.Descriptor:
        return cast(_descriptor.Descriptor, self.message_class.DESCRIPTOR)

    @property
    def type_name(self) -> str:
        """Full protobuf name, e.g. ``wallet.v1.ReservationCommittedEvent``."""
        return self.descriptor.full_name

    @property
    def domain(self) -> str:
        return self.subject.split(".")[1]

    @property
    def schema_version(self) -> str:
        """Major version of the payload's package, e.g. ``v1``."""
        return self.subject.split(".")[2]

    @property
    def stream(self) -> str:
        return "TAM_" + self.domain.upper()

    @property
    def kind_name(self) -> str:
        return annotations_pb2.EventKind.Name(cast("annotations_pb2.EventKind.ValueType", self.kind))


class EventRegistry:
    """Every event, by subject and by type name."""

    _loaded: Optional["EventRegistry"] = None

    def __init__(self, types: Iterable[EventType]):
        self._by_subject: Dict[str, EventType] = {}
        self._by_type: Dict[str, EventType] = {}
        for t in sorted(types, key=lambda t: t.subject):
            clash = self._by_subject.get(t.subject)
            if clash is not None and clash.type_name != t.type_name:
                raise ValueError(
                    f"subject {t.subject} is declared by both {clash.type_name} and {t.type_name}"
                )
            self._by_subject[t.subject] = t
            self._by_type[t.type_name] = t

    @classmethod
    def load(cls) -> "EventRegistry":
        """The registry of the contracts in this package (loaded once)."""
        if cls._loaded is None:
            cls._loaded = cls.from_modules(_generated_modules())
        return cls._loaded

    @classmethod
    def from_modules(cls, modules: Iterable[ModuleType]) -> "EventRegistry":
        types = []
        for module in modules:
            for desc in module.DESCRIPTOR.message_types_by_name.values():
                options = desc.GetOptions()
                if options.HasExtension(annotations_pb2.event):
                    o = options.Extensions[annotations_pb2.event]
                    types.append(
                        EventType(
                            subject=o.subject,
                            message_class=getattr(module, desc.name),
                            kind=o.kind,
                            aggregate=o.aggregate,
                            producer=o.producer,
                            consumers=tuple(o.consumers),
                        )
                    )
        return cls(types)

    def all(self) -> List[EventType]:
        """Every event, sorted by subject."""
        return list(self._by_subject.values())

    def by_subject(self, subject: str) -> Optional[EventType]:
        return self._by_subject.get(subject)

    def by_type_name(self, full_name: str) -> Optional[EventType]:
        return self._by_type.get(full_name)

    def of(self, event: _message.Message) -> EventType:
        """The event type of a message; ``ValueError`` naming it when it is not an event."""
        t = self._by_type.get(event.DESCRIPTOR.full_name)
        if t is None:
            raise ValueError(
                f"{event.DESCRIPTOR.full_name} is not an event: it declares no (common.v1.event) option"
            )
        return t

    def consumed_by(self, service: str) -> List[EventType]:
        return [t for t in self.all() if service in t.consumers]

    def produced_by(self, service: str) -> List[EventType]:
        return [t for t in self.all() if t.producer == service]


def _generated_modules() -> Iterator[ModuleType]:
    import tam_protos.gen.python as root

    for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
        if info.name.endswith("_pb2") and ".buf." not in info.name:
            yield importlib.import_module(info.name)
