package com.tam.protos.events;

import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.nats.EventConsumer;
import com.tam.protos.events.nats.EventPublisher;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load run of docs/BENCHMARKS.md (scripts/nats-bench.sh runs it; not part of the tests).
 * Publishes N wallet FACT events (1,000 wallets, versions in order) through {@link EventPublisher},
 * one at a time, each waiting for the stream's ack, then reads them back with one durable {@link
 * EventConsumer} that applies the per-aggregate ordering. Prints events/s and publish-ack latency
 * percentiles.
 *
 * <pre>java -cp ... com.tam.protos.events.EventsLoadTool nats://127.0.0.1:PORT 100000</pre>
 */
public final class EventsLoadTool {

  private static final int WALLETS = 1_000;

  private EventsLoadTool() {}

  /** Entry point: URL and number of events. */
  public static void main(String[] args) throws Exception {
    String url = args[0];
    int n = Integer.parseInt(args[1]);
    try (Connection nc = Nats.connect(new Options.Builder().server(url).build())) {
      EventPublisher publisher = new EventPublisher(nc);
      long[] latency = new long[n];
      long bytes = 0;
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        TransactionRecordedEvent event =
            TransactionRecordedEvent.newBuilder()
                .setMetadata(
                    EventMetadata.newBuilder()
                        .setAggregateId("wallet-" + (i % WALLETS))
                        .setAggregateVersion(i / WALLETS + 1)
                        .setCorrelationId("load-" + i))
                .build();
        long t0 = System.nanoTime();
        var published = publisher.publish(event);
        latency[i] = System.nanoTime() - t0;
        bytes += published.event().getSerializedSize();
        if (published.duplicate()) {
          throw new IllegalStateException("unexpected duplicate at " + i);
        }
      }
      double publishSeconds = (System.nanoTime() - start) / 1e9;
      Arrays.sort(latency);

      AtomicLong applied = new AtomicLong();
      long consumeStart = System.nanoTime();
      EventConsumer consumer =
          EventConsumer.builder(nc, "load-consumer")
              .on(TransactionRecordedEvent.class, e -> applied.incrementAndGet())
              .batchSize(256)
              .pollWait(Duration.ofMillis(200))
              .build()
              .start();
      while (applied.get() < n) {
        Thread.sleep(5);
      }
      double consumeSeconds = (System.nanoTime() - consumeStart) / 1e9;
      consumer.close();

      System.out.printf("events:                    %d (%d wallets, FACT, in order)%n", n, WALLETS);
      System.out.printf("payload:                   %d bytes on average%n", bytes / n);
      System.out.printf(
          "publish (sync, acked):     %.0f events/s (%.1f s)%n",
          n / publishSeconds, publishSeconds);
      System.out.printf(
          "publish-ack latency:       p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
          pct(latency, 50), pct(latency, 99), pct(latency, 99.9), latency[n - 1] / 1e6);
      System.out.printf(
          "consume (durable, acked):  %.0f events/s (%.1f s)%n",
          n / consumeSeconds, consumeSeconds);
    }
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
