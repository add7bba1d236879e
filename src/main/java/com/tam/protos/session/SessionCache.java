package com.tam.protos.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bounded, expiring cache of positive ValidateSession results, keyed by the SHA-256 of the token
 * (never the token). Least recently used entries are evicted first. Thread-safe.
 */
final class SessionCache {

  private record Entry(AuthenticatedSession session, Instant expiresAt) {}

  private final Clock clock;
  private final Duration maxTtl;
  private final Map<String, Entry> entries;

  SessionCache(Clock clock, Duration maxTtl, int maxEntries) {
    this.clock = clock;
    this.maxTtl = maxTtl;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /** Returns the cached session, or {@code null} when absent or expired. */
  synchronized AuthenticatedSession get(String tokenHash) {
    Entry entry = entries.get(tokenHash);
    if (entry == null) {
      return null;
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(tokenHash);
      return null;
    }
    return entry.session();
  }

  /**
   * Caches a session until {@code min(now + maxTtl, session.expireTime)}; does nothing when that is
   * not in the future.
   */
  synchronized void put(String tokenHash, AuthenticatedSession session) {
    Instant now = clock.instant();
    Instant limit = now.plus(maxTtl);
    Instant expiresAt = session.expireTime().isBefore(limit) ? session.expireTime() : limit;
    if (expiresAt.isAfter(now)) {
      entries.put(tokenHash, new Entry(session, expiresAt));
    }
  }

  synchronized int size() {
    return entries.size();
  }
}
