package com.tam.protos.testkit.simulation;

import com.google.protobuf.Message;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.tck.EventConformance;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every event the platform publishes, as one more consumer receives it (so with the bus's
 * drops, duplicates and reordering), with the conformance suites' {@link EventConformance}:
 * complete envelopes, valid payloads, an {@code event_id} never reused for another event, each FACT
 * version published once and, by the end of the run, no gap. Thread-safe.
 */
public final class EventAudit {
  /** The consumer name under which it subscribes to every declared event. */
  public static final String CONSUMER = "simulation-event-audit";

  private final EventConformance conformance = new EventConformance();
  private final List<String> findings = new ArrayList<>();
  private long deliveries;

  private EventAudit() {}

  /**
   * Subscribes a new audit to every event type the contracts declare.
   *
   * @param bus the platform's event bus
   * @return the audit, filled as events are delivered
   */
  public static EventAudit subscribe(EventBus bus) {
    EventAudit audit = new EventAudit();
    for (EventType type : EventRegistry.load().all()) {
      bus.subscribe(CONSUMER, type.defaultInstance(), audit::accept);
    }
    return audit;
  }

  private synchronized void accept(Message event) {
    deliveries++;
    findings.addAll(conformance.checkEvent(event));
  }

  /**
   * What the events broke so far, gaps in FACT sequences included (call it once the bus is quiet).
   *
   * @return the findings, each starting with its rule id
   */
  public synchronized List<String> findings() {
    List<String> out = new ArrayList<>(findings);
    out.addAll(conformance.openGaps());
    return out;
  }

  /**
   * For the run's figures.
   *
   * @return the number of deliveries checked
   */
  public synchronized long deliveries() {
    return deliveries;
  }
}
