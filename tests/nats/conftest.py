"""A real nats-server with JetStream for the event tests (scripts/nats-test.sh).

TAM_NATS_SERVER names the binary (scripts/nats-tools.sh installs it into
.tools/bin); each test gets its own server on a free loopback port, storing in
a temporary directory, with the streams created from the committed
nats/streams/*.json (num_replicas 1: one server). It is stopped afterwards.
"""

import json
import os
import pathlib
import re
import socket
import subprocess
import time

import nats
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NatsServer:
    def __init__(self, binary: str, store: pathlib.Path):
        self.binary = binary
        self.store = store
        self.port = _free_port()
        self.log = store / "nats-server.log"
        self.process = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        ready_before = self._ready_lines()
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(
                [self.binary, "-js", "-a", "127.0.0.1", "-p", str(self.port), "-sd", str(self.store / "js")],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("nats-server exited: " + self.log.read_text())
            if self._ready_lines() > ready_before:
                return
            time.sleep(0.05)
        raise RuntimeError(f"nats-server did not start on port {self.port}")

    def crash_and_restart(self) -> None:
        self.process.kill()
        self.process.wait()
        self.start()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def _ready_lines(self) -> int:
        if not self.log.exists():
            return 0
        return self.log.read_text(errors="replace").count("Server is ready")


async def create_streams(nc) -> None:
    """Creates every stream from nats/streams/*.json, as `nats stream add --config` does."""
    for path in sorted((REPO / "nats" / "streams").glob("*.json")):
        body = re.sub(r'"num_replicas": \d+', '"num_replicas": 1', path.read_text())
        reply = await nc.request(f"$JS.API.STREAM.CREATE.{path.stem}", body.encode(), timeout=10)
        answer = json.loads(reply.data)
        if "error" in answer:
            raise RuntimeError(f"stream {path.name} refused: {answer['error']}")


async def connect(url: str):
    return await nats.connect(url, max_reconnect_attempts=-1, reconnect_time_wait=0.1, connect_timeout=5)


@pytest.fixture
def server(tmp_path):
    binary = os.environ.get("TAM_NATS_SERVER", str(REPO / ".tools" / "bin" / "nats-server"))
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no nats-server at {binary}: install it with scripts/nats-tools.sh")
    s = NatsServer(binary, tmp_path)
    s.start()
    yield s
    s.stop()
