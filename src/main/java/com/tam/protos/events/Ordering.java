package com.tam.protos.events;

import com.tam.protos.common.v1.EventKind;

/**
 * What a consumer does with an event, given its kind, its {@code aggregate_version} and the last
 * version applied for its aggregate (docs/EVENTS.md, "Consuming").
 */
public final class Ordering {

  /** The decision for one delivery. */
  public enum Decision {
    /** Run the handler, then record the version and ack. */
    APPLY,
    /** Already applied (or, for a snapshot, superseded): ack without running the handler. */
    SKIP,
    /** A fact arrived before its predecessor: keep it unacked until the gap is filled. */
    HOLD,
    /** The envelope breaks the kind's rules (no aggregate id, version below 1): dead-letter. */
    INVALID
  }

  private Ordering() {}

  /**
   * Decides what to do with an event.
   *
   * <ul>
   *   <li>FACT: version = last + 1 applies; version &le; last is skipped; version &gt; last + 1
   *       waits for the missing versions.
   *   <li>SNAPSHOT: a version newer than the last applied one wins; older or equal ones are
   *       skipped.
   *   <li>UNSPECIFIED: no ordering is declared; every delivery is applied.
   * </ul>
   */
  public static Decision decide(EventKind kind, String aggregateId, long version, long last) {
    return switch (kind) {
      case EVENT_KIND_FACT, EVENT_KIND_SNAPSHOT -> {
        if (aggregateId.isEmpty() || version < 1) {
          yield Decision.INVALID;
        }
        if (version <= last) {
          yield Decision.SKIP;
        }
        yield kind == EventKind.EVENT_KIND_FACT && version > last + 1
            ? Decision.HOLD
            : Decision.APPLY;
      }
      default -> Decision.APPLY;
    };
  }

  /** Why {@link Decision#INVALID} was decided, for the dead-letter reason. */
  public static String invalidReason(EventKind kind, String aggregateId, long version) {
    return aggregateId.isEmpty()
        ? kind + " event without metadata.aggregate_id"
        : kind + " event with metadata.aggregate_version " + version + " (must be >= 1)";
  }
}
