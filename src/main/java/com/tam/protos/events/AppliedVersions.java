package com.tam.protos.events;

/**
 * The consumer's record of the last {@code aggregate_version} it applied per aggregate, the state
 * behind the ordering rules of {@link Ordering}.
 *
 * <p>For effectively-once processing a service implements it on its own database: {@link #apply}
 * runs the handler's work and stores the new version in <em>one</em> transaction, so that a crash
 * before the JetStream ack leads to a redelivery that is skipped, never applied twice. {@link
 * InMemoryAppliedVersions} is enough for consumers whose state is itself in memory.
 */
public interface AppliedVersions {

  /** The work of a handler, run inside {@link #apply}. */
  @FunctionalInterface
  interface Work {
    /** Applies the event. */
    void run() throws Exception;
  }

  /**
   * Returns the last version applied for an aggregate, 0 when none.
   *
   * @param aggregate the aggregate type, e.g. {@code reservation}
   * @param aggregateId the aggregate instance, {@code EventMetadata.aggregate_id}
   */
  long lastApplied(String aggregate, String aggregateId);

  /**
   * Runs {@code work} and records {@code version} as applied for the aggregate, atomically: if
   * {@code work} throws, nothing is recorded.
   */
  void apply(String aggregate, String aggregateId, long version, Work work) throws Exception;
}
