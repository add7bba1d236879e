package com.tam.protos.testkit.simulation;

import com.tam.protos.common.v1.EventKind;
import com.tam.protos.events.Ordering;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds every wallet's ledger from {@code tam.wallet.v1.transaction.recorded}, as a downstream
 * consumer must: the event is a FACT of the aggregate "wallet" (aggregate id = user id, version =
 * the entry's sequence), so each version is applied once, in order; a duplicate is skipped and an
 * event that arrives after a gap is held until the gap is filled ({@link Ordering}). Whatever the
 * bus does (drops redelivered later, duplicates, reordering), the rebuilt ledger must equal the
 * wallet's. Thread-safe.
 */
public final class EventLedger {

  /** The consumer name under which it subscribes. */
  public static final String CONSUMER = "simulation-auditor";

  private final Map<String, List<Transaction>> applied = new HashMap<>();
  private final Map<String, Map<Long, TransactionRecordedEvent>> held = new HashMap<>();
  private final List<String> invalid = new ArrayList<>();
  private long deliveries;
  private long duplicates;
  private long heldCount;

  /**
   * Subscribes a new ledger to the bus.
   *
   * @param bus the platform's event bus
   * @return the ledger, filled as events are delivered
   */
  public static EventLedger subscribe(EventBus bus) {
    EventLedger l = new EventLedger();
    bus.subscribe(CONSUMER, TransactionRecordedEvent.getDefaultInstance(), l::accept);
    return l;
  }

  /**
   * Consumes one delivery.
   *
   * @param e the event
   */
  public synchronized void accept(TransactionRecordedEvent e) {
    deliveries++;
    String wallet = e.getMetadata().getAggregateId();
    long version = e.getMetadata().getAggregateVersion();
    List<Transaction> ledger = applied.computeIfAbsent(wallet, w -> new ArrayList<>());
    switch (Ordering.decide(EventKind.EVENT_KIND_FACT, wallet, version, ledger.size())) {
      case APPLY -> {
        ledger.add(e.getTransaction());
        Map<Long, TransactionRecordedEvent> waiting =
            held.computeIfAbsent(wallet, w -> new TreeMap<>());
        TransactionRecordedEvent next;
        while ((next = waiting.remove((long) ledger.size() + 1)) != null) {
          ledger.add(next.getTransaction());
        }
      }
      case SKIP -> duplicates++;
      case HOLD -> {
        heldCount++;
        held.computeIfAbsent(wallet, w -> new TreeMap<>()).putIfAbsent(version, e);
      }
      case INVALID ->
          invalid.add(
              "event "
                  + e.getMetadata().getEventId()
                  + ": "
                  + Ordering.invalidReason(EventKind.EVENT_KIND_FACT, wallet, version));
    }
  }

  /**
   * The ledgers rebuilt so far, by user id, oldest entry first.
   *
   * @return a snapshot copy
   */
  public synchronized Map<String, List<Transaction>> ledgers() {
    Map<String, List<Transaction>> out = new HashMap<>();
    applied.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /**
   * What could not be applied: events still held behind a gap, and invalid envelopes.
   *
   * @return one line per problem
   */
  public synchronized List<String> problems() {
    List<String> out = new ArrayList<>(invalid);
    held.forEach(
        (wallet, waiting) -> {
          if (!waiting.isEmpty()) {
            out.add(
                wallet
                    + ": versions "
                    + waiting.keySet()
                    + " held behind a gap after version "
                    + applied.getOrDefault(wallet, List.of()).size());
          }
        });
    return out;
  }

  /**
   * Delivery figures for the report.
   *
   * @return deliveries, duplicates skipped, deliveries held behind a gap
   */
  public synchronized String figures() {
    return deliveries
        + " deliveries, "
        + duplicates
        + " duplicates skipped, "
        + heldCount
        + " held behind a gap";
  }
}
