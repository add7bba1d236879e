# A Temporal dev server (`temporal server start-dev` from the pinned Temporal
# CLI, scripts/temporal-tools.sh) on free loopback ports, in memory. Source it,
# then call start_temporal_dev WORKDIR: it sets TEMPORAL_ADDRESS (host:port) and
# TEMPORAL_PID, and returns once namespace `default` is served. The caller stops
# it with stop_temporal_dev (in its EXIT trap). TEMPORAL_DEV_ARGS adds
# arguments to start-dev (word-split), for example
# "--dynamic-config-value matching.numTaskqueueReadPartitions=1".
# shellcheck shell=bash

TEMPORAL_PID=""
TEMPORAL_ADDRESS=""

start_temporal_dev() {
  local work="$1" port
  "$REPO_ROOT/scripts/temporal-tools.sh"
  port="$(free_port)"
  TEMPORAL_ADDRESS="127.0.0.1:$port"
  log "Temporal dev server on $TEMPORAL_ADDRESS (temporal server start-dev, in-memory)"
  # shellcheck disable=SC2086 # TEMPORAL_DEV_ARGS is split into arguments on purpose
  "$REPO_ROOT/.tools/bin/temporal" server start-dev --headless --ip 127.0.0.1 \
    --port "$port" --ui-port "$(free_port)" --http-port "$(free_port)" \
    --metrics-port "$(free_port)" --log-level warn ${TEMPORAL_DEV_ARGS:-} >"$work/temporal.log" 2>&1 &
  TEMPORAL_PID=$!
  for _ in $(seq 1 120); do
    if "$REPO_ROOT/.tools/bin/temporal" operator namespace describe --address "$TEMPORAL_ADDRESS" \
        --namespace default >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$TEMPORAL_PID" 2>/dev/null || { cat "$work/temporal.log" >&2; die "the Temporal dev server exited"; }
    sleep 0.5
  done
  cat "$work/temporal.log" >&2
  die "the Temporal dev server did not serve namespace default within 60 s"
}

stop_temporal_dev() {
  if [[ -n "$TEMPORAL_PID" ]] && kill -0 "$TEMPORAL_PID" 2>/dev/null; then
    kill -TERM "$TEMPORAL_PID" 2>/dev/null || true
    wait "$TEMPORAL_PID" 2>/dev/null || true
  fi
  TEMPORAL_PID=""
}
