package com.tam.protos.testkit.tck;

import com.google.protobuf.Message;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The checks every published event must pass, as the platform's consumers rely on them. Each
 * finding starts with its rule id:
 *
 * <ul>
 *   <li>{@code [events.declared]}: the message is an event declared with {@code (common.v1.event)}
 *       (a tap also reports messages on subjects no event declares);
 *   <li>{@code [events.decodable]} (reported by a tap): the payload decodes as the subject's event;
 *   <li>{@code [events.envelope]}: the envelope is complete as published: {@code event_id}, {@code
 *       occur_time}, the declared {@code producer} and {@code subject}, and for FACT and SNAPSHOT
 *       events {@code aggregate_id} and an {@code aggregate_version} of at least 1;
 *   <li>{@code [events.valid]}: the whole event passes its protovalidate rules;
 *   <li>{@code [events.event-id-unique]}: a redelivery repeats an event exactly; a different event
 *       never reuses an {@code event_id};
 *   <li>{@code [events.fact-sequence]}: the FACT events of one aggregate carry each {@code
 *       aggregate_version} once, and, from the first one observed, without a gap.
 * </ul>
 *
 * <p>One instance follows one target's stream of events: {@link #of(TckEvents)} keeps it per tap,
 * and each {@link #check} looks only at the events published since the previous one.
 */
public final class EventConformance {
  private static final Map<TckEvents, EventConformance> BY_TAP = new WeakHashMap<>();

  /** What precedes the list of problems in the message of {@code Envelopes.prepare}. */
  private static final String CANNOT_PUBLISH = " cannot be published: ";

  private final EventRegistry registry = EventRegistry.load();
  private final Map<String, Message> byEventId = new HashMap<>();

  /** FACT versions seen, by aggregate type and id. */
  private final Map<String, TreeMap<Long, String>> facts = new HashMap<>();

  private final Set<String> reportedGaps = new HashSet<>();
  private int checked;
  private int problemsSeen;

  /** A checker that has seen no event yet. */
  public EventConformance() {}

  /**
   * The checker that follows {@code tap}'s events (one per tap, for as long as the tap lives).
   *
   * @param tap the target's events
   * @return its checker
   */
  public static EventConformance of(TckEvents tap) {
    synchronized (BY_TAP) {
      return BY_TAP.computeIfAbsent(tap, t -> new EventConformance());
    }
  }

  /**
   * Checks the events of {@code published} that an earlier call has not seen ({@code published} is
   * the tap's whole record, which only grows). Gaps in FACT sequences are left to {@link
   * #openGaps()}, since a later event may still fill them.
   *
   * @param published every event published so far, oldest first
   * @return the findings, each starting with its rule id; empty when all conform
   */
  public synchronized List<String> check(List<? extends Message> published) {
    List<String> out = new ArrayList<>();
    for (int i = Math.min(checked, published.size()); i < published.size(); i++) {
      checkOne(published.get(i), out);
    }
    checked = Math.max(checked, published.size());
    return out;
  }

  /**
   * Checks one event as delivered (in any order, redeliveries included): every rule but the gaps,
   * which {@link #openGaps()} reports once all events are in.
   *
   * @param event the event
   * @return the findings, each starting with its rule id
   */
  public synchronized List<String> checkEvent(Message event) {
    List<String> out = new ArrayList<>();
    checkOne(event, out);
    return out;
  }

  /**
   * The tap's own findings ({@link TckEvents#problems()}) that an earlier call has not returned.
   *
   * @param problems the tap's findings so far, oldest first
   * @return the new ones
   */
  public synchronized List<String> newProblems(List<String> problems) {
    List<String> out =
        List.copyOf(problems.subList(Math.min(problemsSeen, problems.size()), problems.size()));
    problemsSeen = Math.max(problemsSeen, problems.size());
    return out;
  }

  /**
   * The gaps in the FACT sequences seen so far (from the first version observed per aggregate),
   * except those already {@linkplain #report reported}.
   *
   * @return one finding per gap, {@code [events.fact-sequence]}
   */
  public synchronized List<String> openGaps() {
    return gaps(false);
  }

  /**
   * Marks the open gaps as reported, so that each gap fails one check only.
   *
   * @return the gaps that were open
   */
  public synchronized List<String> report() {
    return gaps(true);
  }

  private void checkOne(Message event, List<String> out) {
    String typeName = event.getDescriptorForType().getFullName();
    Optional<EventType> declared = registry.byTypeName(typeName);
    if (declared.isEmpty()) {
      out.add("[events.declared] " + typeName + " is not a declared event");
      return;
    }
    EventType type = declared.get();
    EventMetadata meta = Envelopes.metadata(event);
    String at =
        typeName + " " + (meta.getEventId().isEmpty() ? "(no event_id)" : meta.getEventId());
    List<String> missing = new ArrayList<>();
    if (meta.getEventId().isEmpty()) {
      missing.add("event_id");
    }
    if (!meta.hasOccurTime()) {
      missing.add("occur_time");
    }
    if (meta.getProducer().isEmpty()) {
      missing.add("producer");
    }
    if (meta.getSubject().isEmpty()) {
      missing.add("subject");
    }
    if (!missing.isEmpty()) {
      out.add(
          "[events.envelope] "
              + at
              + ": metadata."
              + String.join(", metadata.", missing)
              + " not set as published");
    }
    try {
      Envelopes.prepare(type, event, Instant.EPOCH);
    } catch (IllegalArgumentException e) {
      // "<type> cannot be published: <field>: <problem>; <field>: <problem>; ..."
      String message = e.getMessage();
      int list = message.indexOf(CANNOT_PUBLISH);
      for (String problem :
          (list < 0 ? message : message.substring(list + CANNOT_PUBLISH.length())).split("; ")) {
        out.add(
            (problem.startsWith("metadata.") ? "[events.envelope] " : "[events.valid] ")
                + at
                + ": "
                + problem);
      }
    }
    if (meta.getEventId().isEmpty()) {
      return;
    }
    Message earlier = byEventId.putIfAbsent(meta.getEventId(), event);
    if (earlier != null) {
      if (!earlier.equals(event)) {
        out.add(
            "[events.event-id-unique] "
                + at
                + ": the event_id of an earlier, different "
                + earlier.getDescriptorForType().getName());
      }
      return; // a redelivery: its version is already counted
    }
    if (type.kind() == EventKind.EVENT_KIND_FACT && meta.getAggregateVersion() >= 1) {
      String aggregate = type.aggregate() + " " + meta.getAggregateId();
      String other =
          facts
              .computeIfAbsent(aggregate, a -> new TreeMap<>())
              .putIfAbsent(meta.getAggregateVersion(), meta.getEventId());
      if (other != null) {
        out.add(
            "[events.fact-sequence] "
                + at
                + ": "
                + aggregate
                + " version "
                + meta.getAggregateVersion()
                + " was already published as event "
                + other);
      }
    }
  }

  private List<String> gaps(boolean markReported) {
    List<String> out = new ArrayList<>();
    facts.forEach(
        (aggregate, versions) -> {
          long expected = versions.firstKey();
          for (long v : versions.keySet()) {
            String gap = aggregate + "#" + expected;
            if (v != expected
                && !reportedGaps.contains(gap)
                && (!markReported || reportedGaps.add(gap))) {
              out.add(
                  "[events.fact-sequence] "
                      + aggregate
                      + ": version "
                      + v
                      + " was published but "
                      + (v - 1 > expected
                          ? "versions " + expected + "-" + (v - 1) + " were not"
                          : "version " + expected + " was not"));
            }
            expected = v + 1;
          }
        });
    return out;
  }
}
