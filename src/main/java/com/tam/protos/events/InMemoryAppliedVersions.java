package com.tam.protos.events;

import java.util.HashMap;
import java.util.Map;

/** {@link AppliedVersions} in a map: for consumers whose own state lives in memory, and tests. */
public final class InMemoryAppliedVersions implements AppliedVersions {

  private final Map<String, Long> versions = new HashMap<>();

  @Override
  public synchronized long lastApplied(String aggregate, String aggregateId) {
    return versions.getOrDefault(key(aggregate, aggregateId), 0L);
  }

  @Override
  public synchronized void apply(String aggregate, String aggregateId, long version, Work work)
      throws Exception {
    work.run();
    versions.put(key(aggregate, aggregateId), version);
  }

  private static String key(String aggregate, String aggregateId) {
    return aggregate + "\u0000" + aggregateId;
  }
}
