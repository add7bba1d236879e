#!/usr/bin/env bash
# The NATS load run of docs/BENCHMARKS.md (manual; not part of check.sh):
# one nats-server with JetStream on a free loopback port and a temporary store;
# the TAM_WALLET stream created from nats/streams/TAM_WALLET.json with
# `nats stream add --config` (num_replicas 1: one server); N events (default
# 100,000) published through the Java EventPublisher and read back by one
# durable EventConsumer (EventsLoadTool); then `nats bench js pub sync` and
# `nats bench js fetch` with the same message count and size on the same server.
# Stops the server and deletes the store at the end.
#
#   scripts/nats-bench.sh [N]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"
n="${1:-100000}"

"$REPO_ROOT/scripts/nats-tools.sh" --cli
nats_cli="$REPO_ROOT/.tools/bin/nats"

log "Compiling the load tool (./mvnw test-compile)"
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$REPO_ROOT/target/nats-classpath.txt" >/dev/null
cp="$REPO_ROOT/target/test-classes:$REPO_ROOT/target/classes:$(cat "$REPO_ROOT/target/nats-classpath.txt")"

store="$(mktemp -d)"
port="$(free_port)"
"$REPO_ROOT/.tools/bin/nats-server" -js -a 127.0.0.1 -p "$port" -sd "$store/js" >"$store/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$store"' EXIT
for _ in $(seq 1 100); do grep -q "Server is ready" "$store/server.log" && break; sleep 0.1; done
url="nats://127.0.0.1:$port"
export NATS_URL="$url"

log "nats stream add --config nats/streams/TAM_WALLET.json (num_replicas 1)"
sed 's/"num_replicas": [0-9]*/"num_replicas": 1/' nats/streams/TAM_WALLET.json >"$store/TAM_WALLET.json"
"$nats_cli" stream add --config "$store/TAM_WALLET.json" >/dev/null
"$nats_cli" stream info TAM_WALLET --json | python3 -c 'import json,sys; c=json.load(sys.stdin)["config"]; print("created", c["name"], c["subjects"], "duplicate_window", c["duplicate_window"])'

log "Java: $n events through EventPublisher and one durable EventConsumer"
java -cp "$cp" com.tam.protos.events.EventsLoadTool "$url" "$n" | tee "$store/java.txt"
size="$(sed -n 's/^payload: *\([0-9]*\) bytes.*/\1/p' "$store/java.txt")"

log "nats bench js pub sync: $n messages of ${size} B on the same server (stream benchstream)"
"$nats_cli" bench js pub sync tam.bench.published --stream benchstream --create --storage file \
  --msgs "$n" --size "${size}B" --dedup --no-progress
log "nats bench js fetch: $n messages, durable consumer, explicit acks"
"$nats_cli" bench js fetch --stream benchstream --consumer nats-bench --msgs "$n" --no-progress
