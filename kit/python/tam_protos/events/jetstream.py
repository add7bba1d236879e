"""Typed JetStream publisher and durable consumer on nats-py.

The same behaviour as the Java helpers (com.tam.protos.events.nats):

* :class:`EventPublisher` fills and checks the envelope, publishes on the
  declared subject with ``Nats-Msg-Id`` = ``event_id`` (the stream drops
  duplicates), ``Tam-Event-Type`` and ``Tam-Schema-Version`` headers, waits
  for the stream's ack and retries transient failures with the same id for at
  most :data:`~tam_protos.events.streams.PUBLISH_RETRY_HORIZON_SECONDS`.
* :class:`EventConsumer` is a pull-based durable consumer of one stream: it
  decodes each delivery into its generated type, acks after the handler
  returns, redelivers with backoff when the handler raises, applies FACT
  events in ``aggregate_version`` order (holding a later version, unacked,
  until the gap is filled, without blocking other aggregates; skipping what
  was applied), lets the latest SNAPSHOT win, and sends a poison event to
  ``tam.deadletter.<durable>.<subject>`` with the reason in headers after
  ``max_deliver`` deliveries. Unknown subjects go to ``on_unknown`` untouched;
  unknown fields stay in the decoded message.

Needs the ``nats`` extra: ``pip install 'tam-protos[nats]'``.
"""

import asyncio
import dataclasses
import datetime
import logging
import re
import time
from typing import Awaitable, Callable, Dict, List, Optional, Sequence

import nats.errors
import nats.js.errors
from google.protobuf import message as _message
from google.protobuf.message import DecodeError
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy

from tam_protos.gen.python.common.v1 import event_pb2

from .envelopes import metadata, prepare
from .headers import EventHeaders, header_safe
from .ordering import FACT, SNAPSHOT, AppliedVersions, Decision, InMemoryAppliedVersions, decide, invalid_reason
from .registry import EventRegistry, EventType
from .streams import DEAD_LETTER_STREAM, PUBLISH_RETRY_HORIZON_SECONDS, dead_letter_subject

log = logging.getLogger(__name__)

_DURABLE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclasses.dataclass(frozen=True)
class Published:
    """The event as published (envelope filled) and the stream's ack."""

    event: _message.Message
    stream: str
    seq: int
    duplicate: bool


class EventPublisher:
    """Publishes contract events to JetStream, typed."""

    def __init__(
        self,
        nc: Client,
        registry: Optional[EventRegistry] = None,
        retry_horizon: float = PUBLISH_RETRY_HORIZON_SECONDS,
        ack_timeout: float = 5.0,
    ):
        if retry_horizon > PUBLISH_RETRY_HORIZON_SECONDS:
            raise ValueError(
                f"retry horizon {retry_horizon}s exceeds {PUBLISH_RETRY_HORIZON_SECONDS}s: "
                "a late retry would fall outside the streams' duplicate window"
            )
        self._js = nc.jetstream()
        self._registry = registry or EventRegistry.load()
        self._horizon = retry_horizon
        self._ack_timeout = ack_timeout

    async def publish(self, event: _message.Message) -> Published:
        """Completes the envelope, publishes and waits for the ack.

        Raises ``ValueError`` for a non-event or an invalid envelope, and the
        last nats error when the stream did not ack within the retry horizon.
        """
        event_type = self._registry.of(event)
        filled = prepare(event_type, event)
        event_id = metadata(filled).event_id
        headers = {
            EventHeaders.MSG_ID: event_id,
            EventHeaders.EVENT_TYPE: event_type.type_name,
            EventHeaders.SCHEMA_VERSION: event_type.schema_version,
            EventHeaders.CONTENT_TYPE: EventHeaders.PROTOBUF,
        }
        payload = filled.SerializeToString()
        deadline = time.monotonic() + self._horizon
        backoff = 0.05
        while True:
            try:
                ack = await self._js.publish(
                    event_type.subject,
                    payload,
                    timeout=self._ack_timeout,
                    stream=event_type.stream,
                    headers=headers,
                )
                return Published(filled, ack.stream, ack.seq, bool(ack.duplicate))
            except nats.js.errors.APIError as e:
                if e.code != 503 or time.monotonic() + backoff > deadline:
                    raise
            except (nats.errors.TimeoutError, nats.errors.NoRespondersError, nats.errors.ConnectionClosedError,
                    nats.errors.ConnectionReconnectingError, nats.errors.OutboundBufferLimitError):
                if time.monotonic() + backoff > deadline:
                    raise
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 2.0)


@dataclasses.dataclass(frozen=True)
class ReceivedEvent:
    """One decoded delivery."""

    type: EventType
    event: _message.Message
    metadata: event_pb2.EventMetadata
    headers: Dict[str, str]
    deliveries: int
    stream_sequence: int


Handler = Callable[[ReceivedEvent], Awaitable[None]]
UnknownHandler = Callable[[Msg], Awaitable[None]]


@dataclasses.dataclass
class _Held:
    msg: Msg
    type: EventType
    event: _message.Message
    meta: event_pb2.EventMetadata
    last_touch: float


class EventConsumer:
    """A typed durable JetStream consumer of one stream.

    Register handlers with :meth:`on` (by generated class), then ``await
    start()``; ``await close()`` stops it. Handlers run one at a time on the
    consumer's task.
    """

    def __init__(
        self,
        nc: Client,
        durable: str,
        registry: Optional[EventRegistry] = None,
        applied: Optional[AppliedVersions] = None,
        max_deliver: int = 5,
        backoff: Sequence[float] = (1.0, 5.0, 30.0),
        ack_wait: float = 30.0,
        batch_size: int = 64,
        poll_wait: float = 0.5,
    ):
        if not _DURABLE.match(durable):
            raise ValueError(f'durable name "{durable}" must match {_DURABLE.pattern}')
        if max_deliver < 1:
            raise ValueError("max_deliver must be >= 1")
        if not backoff:
            raise ValueError("backoff needs at least one delay")
        self._nc = nc
        self._js = nc.jetstream()
        self._durable = durable
        self._registry = registry or EventRegistry.load()
        self._applied = applied or InMemoryAppliedVersions()
        self._max_deliver = max_deliver
        self._backoff = list(backoff)
        self._ack_wait = ack_wait
        self._batch = batch_size
        self._poll_wait = poll_wait
        self._handlers: Dict[str, Handler] = {}
        self._unknown: Optional[UnknownHandler] = None
        self._stream: Optional[str] = None
        self._held: Dict[tuple, Dict[int, _Held]] = {}
        self._task: Optional[asyncio.Task] = None
        self._running = False
        self._sub = None

    def on(self, message_class, handler: Handler) -> "EventConsumer":
        """Handles the events of a generated class."""
        t = self._registry.of(message_class())
        self._handlers[t.subject] = handler
        return self

    def whole_stream(self, stream: str, handler: UnknownHandler) -> "EventConsumer":
        """Reads the whole stream; messages without a handler go to ``handler`` untouched."""
        self._stream = stream
        self._unknown = handler
        return self

    @property
    def stream(self) -> str:
        if self._stream:
            return self._stream
        streams = sorted({self._registry.by_subject(s).stream for s in self._handlers})
        if len(streams) != 1:
            raise ValueError(
                f"a consumer reads exactly one stream; the handled events are in {streams}: "
                "build one consumer per stream"
            )
        return streams[0]

    @property
    def held_count(self) -> int:
        """FACT events held waiting for a missing earlier version."""
        return sum(len(v) for v in self._held.values())

    async def start(self) -> "EventConsumer":
        """Creates or updates the durable consumer and starts the loop."""
        if not self._handlers and self._unknown is None:
            raise ValueError("the consumer has no handler")
        config = ConsumerConfig(
            durable_name=self._durable,
            ack_policy=AckPolicy.EXPLICIT,
            ack_wait=self._ack_wait,
            max_deliver=-1,
            max_ack_pending=max(1000, self._batch * 4),
            deliver_policy=DeliverPolicy.ALL,
            filter_subjects=None if self._unknown else sorted(self._handlers),
        )
        stream = self.stream
        await self._js.add_consumer(stream, config=config)
        self._sub = await self._js.pull_subscribe_bind(durable=self._durable, stream=stream)
        self._running = True
        self._task = asyncio.create_task(self._loop(), name=f"tam-events-{self._durable}")
        return self

    async def close(self) -> None:
        """Stops the loop; held events stay unacked and are redelivered later."""
        self._running = False
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, timeout=self._poll_wait * 4 + 5)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                self._task.cancel()
        if self._sub is not None and not self._nc.is_closed:
            try:
                await self._sub.unsubscribe()
            except Exception:  # noqa: BLE001 - already gone
                pass

    async def _loop(self) -> None:
        while self._running:
            try:
                msgs = await self._sub.fetch(self._batch, timeout=self._poll_wait)
            except (nats.errors.TimeoutError, asyncio.TimeoutError):
                msgs = []  # nothing to fetch within poll_wait (nats-py raises either)
            except Exception:  # noqa: BLE001 - reconnecting, server restarting: keep polling
                if self._nc.is_closed:
                    log.warning("consumer %s stops: connection closed", self._durable)
                    return
                log.warning("consumer %s: fetch failed, retrying", self._durable, exc_info=True)
                await asyncio.sleep(self._poll_wait)
                continue
            for msg in msgs:
                try:
                    await self._process(msg)
                except Exception:  # noqa: BLE001 - keep consuming
                    log.exception("consumer %s: %s", self._durable, msg.subject)
            await self._touch_held()

    async def _process(self, msg: Msg) -> None:
        deliveries = msg.metadata.num_delivered
        handler = self._handlers.get(msg.subject)
        event_type = self._registry.by_subject(msg.subject)
        if handler is None or event_type is None:
            await self._on_unknown(msg)
            return
        if deliveries > self._max_deliver:
            await self._dead_letter(
                msg,
                f"delivered {deliveries} times without an ack (more than max_deliver={self._max_deliver}): "
                "the consumer crashed or timed out on it each time",
            )
            return
        event = event_type.message_class()
        try:
            event.ParseFromString(msg.data)
        except DecodeError as e:
            await self._dead_letter(msg, f"payload is not a valid {event_type.type_name}: {e}")
            return
        await self._dispatch(_Held(msg, event_type, event, metadata(event), time.monotonic()))

    async def _dispatch(self, h: _Held) -> None:
        kind = h.type.kind
        aggregate = h.type.aggregate
        agg_id = h.meta.aggregate_id
        version = h.meta.aggregate_version
        ordered = kind in (FACT, SNAPSHOT)
        last = await self._applied.last_applied(aggregate, agg_id) if ordered else 0
        decision = decide(kind, agg_id, version, last)
        if decision is Decision.SKIP:
            await h.msg.ack()
        elif decision is Decision.INVALID:
            await self._dead_letter(h.msg, invalid_reason(kind, agg_id, version))
        elif decision is Decision.HOLD:
            self._held.setdefault((aggregate, agg_id), {})[version] = h
        else:
            received = ReceivedEvent(
                type=h.type,
                event=h.event,
                metadata=h.meta,
                headers=dict(h.msg.headers or {}),
                deliveries=h.msg.metadata.num_delivered,
                stream_sequence=h.msg.metadata.sequence.stream,
            )
            handler = self._handlers[h.msg.subject]
            try:
                if ordered:
                    await self._applied.apply(aggregate, agg_id, version, lambda: handler(received))
                else:
                    await handler(received)
            except Exception as e:  # noqa: BLE001 - the handler's failure is the event's
                await self._failed(h.msg, e)
                return
            await h.msg.ack()
            if kind == FACT:
                await self._drain(aggregate, agg_id)

    async def _drain(self, aggregate: str, agg_id: str) -> None:
        key = (aggregate, agg_id)
        waiting = self._held.get(key)
        while waiting:
            last = await self._applied.last_applied(aggregate, agg_id)
            first = min(waiting)
            if first > last + 1:
                return
            h = waiting.pop(first)
            if not waiting:
                self._held.pop(key, None)
            if first <= last:
                await h.msg.ack()
                continue
            await self._dispatch(h)  # on success it drains the rest
            return

    async def _touch_held(self) -> None:
        now = time.monotonic()
        for waiting in self._held.values():
            for h in waiting.values():
                if now - h.last_touch >= self._ack_wait / 3:
                    await h.msg.in_progress()
                    h.last_touch = now

    async def _on_unknown(self, msg: Msg) -> None:
        if self._unknown is None:
            await msg.ack()
            return
        try:
            await self._unknown(msg)
        except Exception as e:  # noqa: BLE001
            await self._failed(msg, e)
            return
        await msg.ack()

    async def _failed(self, msg: Msg, error: Exception) -> None:
        deliveries = msg.metadata.num_delivered
        reason = f"{type(error).__module__}.{type(error).__qualname__}: {error}"
        if deliveries >= self._max_deliver:
            await self._dead_letter(
                msg, f"handler failed on delivery {deliveries} of {self._max_deliver}: {reason}"
            )
        else:
            delay = self._backoff[min(deliveries - 1, len(self._backoff) - 1)]
            await msg.nak(delay=delay)

    async def _dead_letter(self, msg: Msg, reason: str) -> None:
        md = msg.metadata
        origin = f"{md.stream}:{md.sequence.stream}"
        headers = dict(msg.headers or {})
        headers.update(
            {
                EventHeaders.MSG_ID: f"dead-letter:{self._durable}:{origin}",
                EventHeaders.DEAD_LETTER_REASON: header_safe(reason),
                EventHeaders.DEAD_LETTER_CONSUMER: self._durable,
                EventHeaders.DEAD_LETTER_DELIVERIES: str(md.num_delivered),
                EventHeaders.ORIGINAL_SUBJECT: msg.subject,
                EventHeaders.ORIGINAL_STREAM: md.stream,
                EventHeaders.ORIGINAL_SEQUENCE: str(md.sequence.stream),
            }
        )
        try:
            await self._js.publish(
                dead_letter_subject(self._durable, msg.subject),
                msg.data,
                stream=DEAD_LETTER_STREAM,
                headers=headers,
            )
        except Exception:  # noqa: BLE001 - never lose it: retry on a later delivery
            log.exception("consumer %s: dead letter of %s failed", self._durable, origin)
            await msg.nak(delay=self._backoff[-1])
            return
        log.warning("consumer %s: %s dead-lettered: %s", self._durable, origin, reason)
        await msg.term()
