"""The Python JetStream helpers against a real nats-server (same cases as EventsOnNatsTest)."""

import asyncio
import time

from conftest import connect, create_streams
from tam_protos.events import EventHeaders, EventRegistry, InMemoryAppliedVersions, metadata
from tam_protos.events.jetstream import EventConsumer, EventPublisher
from tam_protos.gen.python.common.v1 import annotations_pb2, event_pb2
from tam_protos.gen.python.risk.v1 import risk_events_pb2
from tam_protos.gen.python.wallet.v1 import wallet_events_pb2

DURABLE = "reporting-service"


def fact(wallet_id: str, version: int):
    """A FACT event of TAM_WALLET (gap-free sequence per wallet)."""
    return wallet_events_pb2.TransactionRecordedEvent(
        metadata=event_pb2.EventMetadata(aggregate_id=wallet_id, aggregate_version=version)
    )


def snapshot_type():
    """The first SNAPSHOT event of TAM_WALLET in the registry (the latest version wins)."""
    return next(
        t for t in EventRegistry.load().all() if t.kind == annotations_pb2.EVENT_KIND_SNAPSHOT and t.stream == "TAM_WALLET"
    )


def snapshot(aggregate_id: str, version: int):
    """A SNAPSHOT event with only its envelope set."""
    return snapshot_type().message_class(
        metadata=event_pb2.EventMetadata(aggregate_id=aggregate_id, aggregate_version=version)
    )


def tier(user_id: str, version: int):
    """An event of TAM_RISK, one aggregate per user."""
    return risk_events_pb2.RiskTierChangedEvent(
        metadata=event_pb2.EventMetadata(aggregate_id=user_id, aggregate_version=version), user_id=user_id
    )


async def wait_for(what, condition, timeout=30.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def run(server, scenario):
    async def main():
        nc = await connect(server.url)
        try:
            await create_streams(nc)
            await scenario(nc)
        finally:
            await nc.close()

    asyncio.run(main())


async def messages(nc, stream):
    return (await nc.jetstream().stream_info(stream)).state.messages


def test_the_same_event_published_twice_is_stored_once(server):
    async def scenario(nc):
        publisher = EventPublisher(nc)
        first = await publisher.publish(fact("res-1", 1))
        again = await publisher.publish(first.event)
        other = await publisher.publish(fact("res-1", 2))
        assert not first.duplicate and again.duplicate and not other.duplicate
        assert again.seq == first.seq
        assert await messages(nc, "TAM_WALLET") == 2
        stored = await nc.jetstream().get_msg("TAM_WALLET", first.seq)
        assert stored.headers[EventHeaders.MSG_ID] == metadata(first.event).event_id
        assert stored.headers[EventHeaders.EVENT_TYPE] == "wallet.v1.TransactionRecordedEvent"
        assert stored.headers[EventHeaders.SCHEMA_VERSION] == "v1"
        assert wallet_events_pb2.TransactionRecordedEvent.FromString(stored.data) == first.event

    run(server, scenario)


class SimulatedCrash(BaseException):
    """Raised after the store's transaction committed: the process dies before the ack."""


def test_a_consumer_that_crashes_before_ack_gets_the_event_again_and_applies_it_once(server):
    async def scenario(nc):
        database = InMemoryAppliedVersions()
        crash_next = [True]

        class CrashingAfterCommit:
            async def last_applied(self, aggregate, aggregate_id):
                return await database.last_applied(aggregate, aggregate_id)

            async def apply(self, aggregate, aggregate_id, version, work):
                await database.apply(aggregate, aggregate_id, version, work)
                if crash_next[0]:
                    crash_next[0] = False
                    raise SimulatedCrash()

        effects = []

        async def record(e):
            effects.append(f"{e.metadata.aggregate_id}@{e.metadata.aggregate_version}")

        crashing = await connect(server.url)
        first = EventConsumer(crashing, DURABLE, applied=CrashingAfterCommit(), ack_wait=1.0)
        first.on(wallet_events_pb2.TransactionRecordedEvent, record)
        await first.start()
        publisher = EventPublisher(nc)
        await publisher.publish(fact("res-7", 1))
        await wait_for("the crash", lambda: first._task.done())
        assert isinstance(first._task.exception(), SimulatedCrash)
        await crashing.close()

        second = EventConsumer(nc, DURABLE, applied=database, ack_wait=1.0)
        second.on(wallet_events_pb2.TransactionRecordedEvent, record)
        await second.start()
        js = nc.jetstream()

        async def acked():
            info = await js.consumer_info("TAM_WALLET", DURABLE)
            return info.num_ack_pending == 0 and info.ack_floor.stream_seq == 1

        deadline = asyncio.get_running_loop().time() + 30
        while not await acked():
            assert asyncio.get_running_loop().time() < deadline, "redelivery not acked"
            await asyncio.sleep(0.05)
        await publisher.publish(fact("res-7", 2))
        await wait_for("the next version", lambda: len(effects) == 2)
        await second.close()
        assert effects == ["res-7@1", "res-7@2"]

    run(server, scenario)


def test_facts_out_of_order_are_applied_in_order_and_a_gap_holds_only_its_aggregate(server):
    async def scenario(nc):
        applied = []

        async def record(e):
            applied.append(f"{e.metadata.aggregate_id}@{e.metadata.aggregate_version}")

        consumer = EventConsumer(nc, DURABLE, ack_wait=2.0)
        consumer.on(wallet_events_pb2.TransactionRecordedEvent, record)
        await consumer.start()
        publisher = EventPublisher(nc)
        for v in (3, 1, 2, 5):
            await publisher.publish(fact("A", v))
        await publisher.publish(fact("B", 2))
        await publisher.publish(fact("B", 1))
        await publisher.publish(fact("A", 2))  # a second copy of an applied version
        await wait_for("A up to the gap and B", lambda: len(applied) == 5)
        await publisher.publish(fact("B", 3))
        await wait_for("B to go on while A waits", lambda: "B@3" in applied)
        await asyncio.sleep(3)  # longer than ack_wait: the held A@5 must not be redelivered
        assert [a for a in applied if a.startswith("A")] == ["A@1", "A@2", "A@3"]
        assert [a for a in applied if a.startswith("B")] == ["B@1", "B@2", "B@3"]
        assert consumer.held_count == 1
        await publisher.publish(fact("A", 4))
        await wait_for("the gap to be filled", lambda: "A@5" in applied)
        assert [a for a in applied if a.startswith("A")] == ["A@1", "A@2", "A@3", "A@4", "A@5"]
        assert consumer.held_count == 0
        await consumer.close()

    run(server, scenario)


def test_snapshots_let_the_latest_version_win(server):
    async def scenario(nc):
        applied = []

        async def record(e):
            applied.append(e.metadata.aggregate_version)

        consumer = EventConsumer(nc, DURABLE)
        consumer.on(snapshot_type().message_class, record)
        await consumer.start()
        publisher = EventPublisher(nc)
        for v in (1, 3, 2, 3, 7):
            await publisher.publish(snapshot("agg-9", v))
        await wait_for("version 7", lambda: 7 in applied)
        await consumer.close()
        assert applied == [1, 3, 7]

    run(server, scenario)


def test_a_poison_event_lands_on_the_dead_letter_subject_after_max_deliver_tries(server):
    async def scenario(nc):
        attempts = []
        times = []
        applied = []

        async def handle(e):
            if e.event.user_id == "poison":
                attempts.append(e.deliveries)
                times.append(time.monotonic())
                raise RuntimeError(f"cannot apply tier for {e.event.user_id}")
            applied.append(e.event.user_id)

        consumer = EventConsumer(nc, DURABLE, max_deliver=3, backoff=(0.3, 0.6))
        consumer.on(risk_events_pb2.RiskTierChangedEvent, handle)
        await consumer.start()
        publisher = EventPublisher(nc)
        poison = await publisher.publish(tier("poison", 1))
        await publisher.publish(tier("healthy", 1))
        await nc.jetstream().publish("tam.risk.v1.profile.tier_changed", b"\xff\x01\x02")
        js = nc.jetstream()

        async def dead():
            return await messages(nc, "TAM_DEADLETTER")

        deadline = asyncio.get_running_loop().time() + 30
        while await dead() < 2:
            assert asyncio.get_running_loop().time() < deadline, "no dead letters"
            await asyncio.sleep(0.05)
        await consumer.close()
        assert attempts == [1, 2, 3]
        # redelivered after the backoff: 0.3 s after the 1st failure, 0.6 s after the 2nd
        assert times[1] - times[0] >= 0.29 and times[2] - times[1] >= 0.59
        assert applied == ["healthy"]
        letters = [await js.get_msg("TAM_DEADLETTER", seq) for seq in (1, 2)]
        letters.sort(key=lambda m: "handler failed" not in m.headers[EventHeaders.DEAD_LETTER_REASON])
        dl, garbage = letters
        assert dl.subject == "tam.deadletter.reporting-service.tam.risk.v1.profile.tier_changed"
        reason = dl.headers[EventHeaders.DEAD_LETTER_REASON]
        assert "handler failed on delivery 3 of 3" in reason
        assert "RuntimeError: cannot apply tier for poison" in reason
        assert dl.headers[EventHeaders.DEAD_LETTER_CONSUMER] == DURABLE
        assert dl.headers[EventHeaders.DEAD_LETTER_DELIVERIES] == "3"
        assert dl.headers[EventHeaders.ORIGINAL_SUBJECT] == "tam.risk.v1.profile.tier_changed"
        assert dl.headers[EventHeaders.ORIGINAL_STREAM] == "TAM_RISK"
        assert dl.headers[EventHeaders.EVENT_TYPE] == "risk.v1.RiskTierChangedEvent"
        assert dl.data == poison.event.SerializeToString()
        assert garbage.headers[EventHeaders.DEAD_LETTER_REASON].startswith(
            "payload is not a valid risk.v1.RiskTierChangedEvent"
        )

    run(server, scenario)


def test_unknown_event_types_and_fields_survive_untouched(server):
    async def scenario(nc):
        unknown = []
        known = []

        async def on_unknown(msg):
            unknown.append(msg)

        async def on_known(e):
            known.append(e.event)

        consumer = EventConsumer(nc, DURABLE)
        consumer.on(wallet_events_pb2.TransactionRecordedEvent, on_known)
        consumer.whole_stream("TAM_WALLET", on_unknown)
        await consumer.start()
        future_payload = b"\x0a\x02\x08\x01\xa2\x06\x01\x78"
        await nc.jetstream().publish(
            "tam.wallet.v1.wallet.renamed",
            future_payload,
            headers={EventHeaders.EVENT_TYPE: "wallet.v1.WalletRenamedEvent"},
        )
        base = fact("R", 1)
        base.metadata.event_id = "5f0c7d0e-1111-4c8e-9f51-6d2c0e8a1b01"
        base.metadata.occur_time.FromSeconds(1_780_000_000)
        with_new_field = base.SerializeToString() + b"\x98\x06\x07"  # field 99, varint 7
        newer = wallet_events_pb2.TransactionRecordedEvent.FromString(with_new_field)
        published = await EventPublisher(nc).publish(newer)
        await wait_for("both deliveries", lambda: len(unknown) == 1 and len(known) == 1)
        await consumer.close()
        assert unknown[0].subject == "tam.wallet.v1.wallet.renamed"
        assert unknown[0].data == future_payload
        assert unknown[0].headers[EventHeaders.EVENT_TYPE] == "wallet.v1.WalletRenamedEvent"
        assert known[0].SerializeToString() == published.event.SerializeToString()
        assert b"\x98\x06\x07" in known[0].SerializeToString()
        assert await messages(nc, "TAM_DEADLETTER") == 0
        assert await messages(nc, "TAM_WALLET") == 2
        assert (await nc.jetstream().get_msg("TAM_WALLET", 1)).data == future_payload

    run(server, scenario)


def test_a_server_restart_in_the_middle_of_a_stream_loses_nothing_that_was_acked(server):
    total = 200

    async def scenario(nc):
        versions, ids, acked = [], [], []

        async def record(e):
            versions.append(e.metadata.aggregate_version)
            ids.append(e.metadata.event_id)

        # The consumer runs through the crash too: it must resume and apply each event once.
        consumer = EventConsumer(nc, DURABLE, ack_wait=2.0)
        consumer.on(wallet_events_pb2.TransactionRecordedEvent, record)
        await consumer.start()
        publisher = EventPublisher(nc)

        async def produce():
            for v in range(1, total + 1):
                p = await publisher.publish(fact("R", v))
                acked.append(metadata(p.event).event_id)

        task = asyncio.create_task(produce())
        await wait_for("a third of the events", lambda: len(acked) >= total // 3)
        await asyncio.get_running_loop().run_in_executor(None, server.crash_and_restart)
        await asyncio.wait_for(task, timeout=60)
        assert len(acked) == total and len(set(acked)) == total
        await wait_for("every acked event", lambda: len(versions) == total)
        await consumer.close()
        assert await messages(nc, "TAM_WALLET") == total
        assert versions == list(range(1, total + 1))
        assert sorted(ids) == sorted(acked)

    run(server, scenario)
