package com.tam.protos.testkit.validator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time spent inside the saga's activities, per RPC: what the saga-throughput benchmark
 * reports as "where the time goes". Thread-safe; costs two counter updates per call.
 */
public final class ActivityTimings {
  /** Calls and total nanoseconds of one activity. */
  public record Figure(long calls, long totalNanos) {
    /**
     * Mean latency in microseconds.
     *
     * @return the mean, 0 without calls
     */
    public double meanMicros() {
      return calls == 0 ? 0 : totalNanos / 1000.0 / calls;
    }
  }

  private final Map<String, LongAdder[]> figures = new ConcurrentHashMap<>();

  void record(String method, long nanos) {
    LongAdder[] f =
        figures.computeIfAbsent(method, m -> new LongAdder[] {new LongAdder(), new LongAdder()});
    f[0].increment();
    f[1].add(nanos);
  }

  /**
   * A copy of the figures, by method name.
   *
   * @return method name to calls and total time
   */
  public Map<String, Figure> snapshot() {
    Map<String, Figure> out = new TreeMap<>();
    figures.forEach((m, f) -> out.put(m, new Figure(f[0].sum(), f[1].sum())));
    return out;
  }

  /** Forgets the figures so far (after a warm-up). */
  public void reset() {
    figures.clear();
  }
}
