package com.tam.protos.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounded, expiring cache of positive ValidateSession results, keyed by the SHA-256 of the token
 * (never the token). Least recently used entries are evicted first. Thread-safe.
 */
final class SessionCache {

  private record Entry(AuthenticatedSession session, Instant fetchedAt, Instant expiresAt) {}

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
  AuthenticatedSession get(String tokenHash) {
    return get(tokenHash, maxTtl);
  }

  /**
   * Returns the cached session if it was fetched at most {@code maxAge} ago, or {@code null} when
   * absent, expired or older.
   */
  synchronized AuthenticatedSession get(String tokenHash, Duration maxAge) {
    Entry entry = entries.get(tokenHash);
    if (entry == null) {
      return null;
    }
    Instant now = clock.instant();
    if (!now.isBefore(entry.expiresAt())) {
      entries.remove(tokenHash);
      return null;
    }
    if (now.isAfter(entry.fetchedAt().plus(maxAge))) {
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
      entries.put(tokenHash, new Entry(session, now, expiresAt));
    }
  }

  synchronized int size() {
    return entries.size();
  }

  /** The keys, least recently used first (tests: they must be hashes, never tokens). */
  synchronized List<String> keys() {
    return List.copyOf(entries.keySet());
  }
}
