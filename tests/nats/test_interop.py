"""Java publishes and Python consumes, and the reverse, with identical decoded events.

The Java side is com.tam.protos.events.EventsInteropTool (test classes of the
Maven build), run with TAM_JAVA_CLASSPATH (scripts/nats-test.sh sets it).
The events are tests/nats/interop_events.json, parsed by each language's
protobuf JSON parser.
"""

import asyncio
import json
import os
import pathlib
import subprocess

import pytest
from google.protobuf import json_format

from conftest import connect, create_streams
from tam_protos.events import EventHeaders, EventRegistry, metadata
from tam_protos.events.jetstream import EventConsumer, EventPublisher

FIXTURE = pathlib.Path(__file__).with_name("interop_events.json")
TOOL = "com.tam.protos.events.EventsInteropTool"


def expected_events():
    registry = EventRegistry.load()
    out = []
    for entry in json.loads(FIXTURE.read_text(encoding="utf-8")):
        cls = registry.by_type_name(entry["type"]).message_class
        out.append(json_format.ParseDict(entry["event"], cls()))
    return out


def java(*args):
    classpath = os.environ.get("TAM_JAVA_CLASSPATH")
    if not classpath:
        pytest.fail("TAM_JAVA_CLASSPATH is not set: run scripts/nats-test.sh")
    return subprocess.run(
        ["java", "-cp", classpath, TOOL, *args], capture_output=True, text=True, timeout=120
    )


def test_java_publishes_and_python_consumes_identical_events(server):
    expected = expected_events()

    async def scenario():
        nc = await connect(server.url)
        await create_streams(nc)
        result = await asyncio.get_running_loop().run_in_executor(
            None, lambda: java("publish", server.url, str(FIXTURE))
        )
        assert result.returncode == 0, result.stdout + result.stderr
        got = {}
        headers = {}

        async def record(e):
            got[e.metadata.event_id] = e.event
            headers[e.metadata.event_id] = e.headers

        registry = EventRegistry.load()
        consumers = []
        for stream in sorted({registry.of(m).stream for m in expected}):
            c = EventConsumer(nc, "python-interop")
            for m in expected:
                if registry.of(m).stream == stream:
                    c.on(type(m), record)
            consumers.append(await c.start())
        deadline = asyncio.get_running_loop().time() + 30
        while len(got) < len(expected) and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)
        for c in consumers:
            await c.close()
        await nc.close()
        return got, headers

    got, headers = asyncio.run(scenario())
    assert len(got) == len(expected)
    for m in expected:
        event_id = metadata(m).event_id
        assert got[event_id] == m
        assert got[event_id].SerializeToString(deterministic=True) == m.SerializeToString(deterministic=True)
        assert headers[event_id][EventHeaders.MSG_ID] == event_id
        assert headers[event_id][EventHeaders.EVENT_TYPE] == m.DESCRIPTOR.full_name
        assert headers[event_id][EventHeaders.SCHEMA_VERSION] == "v1"


def test_python_publishes_and_java_consumes_identical_events(server):
    expected = expected_events()

    async def scenario():
        nc = await connect(server.url)
        await create_streams(nc)
        publisher = EventPublisher(nc)
        for m in expected:
            published = await publisher.publish(m)
            assert published.event == m  # the fixture's envelope is complete: nothing changed
        await nc.close()

    asyncio.run(scenario())
    result = java("consume", server.url, str(FIXTURE), "java-interop")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"consumed {len(expected)} of {len(expected)}, mismatches 0" in result.stdout
