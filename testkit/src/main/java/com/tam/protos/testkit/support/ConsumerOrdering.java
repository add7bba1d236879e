package com.tam.protos.testkit.support;

import com.google.protobuf.Message;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.events.Ordering;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Applies the ordering rule of each event's kind ({@link Ordering}) for one consumer service, as a
 * JetStream consumer of the reference services does: a SNAPSHOT applies only when newer than the
 * last one applied for its aggregate; a FACT applies once, in sequence, and one that arrives after
 * a gap is held here (not lost) until the gap is filled.
 *
 * <p>A consumer that subscribes to only some of an aggregate's FACT types (risk-analyzer consumes
 * {@code bet.placed}, {@code bet.settled} and {@code bet.cancelled} but not {@code bet.confirmed})
 * never sees the other versions, so for such an aggregate a gap cannot be told from an event it
 * does not receive: there, facts apply when newer than the last applied one (duplicates and stale
 * redeliveries are still skipped). Which aggregates this applies to is read from the contracts'
 * declared consumers ({@link EventRegistry}).
 */
public final class ConsumerOrdering {
  private final String consumer;
  private final EventRegistry registry = EventRegistry.load();
  private final Map<String, Long> last = new HashMap<>();
  private final Map<String, TreeMap<Long, Runnable>> held = new HashMap<>();
  private final Set<String> partialAggregates = new HashSet<>();

  /**
   * Ordering for one consumer.
   *
   * @param consumer the consuming service's name, for example {@code risk-analyzer}
   */
  public ConsumerOrdering(String consumer) {
    this.consumer = consumer;
    Map<String, Boolean> complete = new HashMap<>();
    for (EventType t : registry.all()) {
      if (t.kind() == EventKind.EVENT_KIND_FACT) {
        complete.merge(t.aggregate(), t.consumers().contains(consumer), Boolean::logicalAnd);
      }
    }
    complete.forEach(
        (aggregate, all) -> {
          if (!all) {
            partialAggregates.add(aggregate);
          }
        });
  }

  /**
   * Delivers one event: applies it (and any held successors) or skips or holds it.
   *
   * @param event the event
   * @param apply the handler
   * @param <T> the event type
   */
  public synchronized <T extends Message> void deliver(T event, Consumer<? super T> apply) {
    EventType type = registry.of(event);
    EventMetadata meta = Envelopes.metadata(event);
    String key = type.aggregate() + "/" + meta.getAggregateId();
    long version = meta.getAggregateVersion();
    long applied = last.getOrDefault(key, 0L);
    Ordering.Decision decision =
        Ordering.decide(type.kind(), meta.getAggregateId(), version, applied);
    if (decision == Ordering.Decision.HOLD && partialAggregates.contains(type.aggregate())) {
      decision = Ordering.Decision.APPLY;
    }
    switch (decision) {
      case SKIP -> drain(key); // already applied; a held successor may still be waiting
      case INVALID -> {
        // Unusable envelope: acknowledged without effect.
      }
      case HOLD ->
          held.computeIfAbsent(key, k -> new TreeMap<>()).put(version, () -> apply.accept(event));
      case APPLY -> {
        apply.accept(event);
        last.put(key, version);
        drain(key);
      }
    }
  }

  /** Applies held facts that are next in sequence; one whose handler throws stays held. */
  private void drain(String key) {
    TreeMap<Long, Runnable> waiting = held.get(key);
    if (waiting == null) {
      return;
    }
    long applied = last.getOrDefault(key, 0L);
    while (waiting.containsKey(applied + 1)) {
      waiting.get(applied + 1).run();
      waiting.remove(applied + 1);
      applied++;
      last.put(key, applied);
    }
    waiting.headMap(applied, true).clear();
  }

  /**
   * The consumer's name.
   *
   * @return the name
   */
  public String consumer() {
    return consumer;
  }

  /**
   * How many facts are held waiting for a missing predecessor (inspection).
   *
   * @return the count
   */
  public synchronized int heldCount() {
    return held.values().stream().mapToInt(Map::size).sum();
  }
}
