package com.tam.protos.testkit.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mints ids (event ids, reservation ids, bet ids, ...). Seeded, so that a simulation run with one
 * seed mints the same ids again and a failure can be replayed. Thread-safe and lock-free: the n-th
 * id of a seed is a pure function of the seed and n (two SplitMix64 outputs with the version and
 * variant bits set), so concurrent callers share one atomic counter and never a lock.
 */
public final class Ids {
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private final long base;
  private final AtomicLong next = new AtomicLong();

  private Ids(long seed) {
    this.base = mix(seed);
  }

  /**
   * Ids from a seeded source.
   *
   * @param seed the seed
   * @return the id source
   */
  public static Ids seeded(long seed) {
    return new Ids(seed);
  }

  /**
   * A random (version 4) UUID in its lower-case hyphenated form.
   *
   * @return the UUID string
   */
  public String uuid() {
    long n = next.getAndIncrement();
    long hi = (mix(base + (2 * n + 1) * GAMMA) & ~0xF000L) | 0x4000L;
    long lo = (mix(base + (2 * n + 2) * GAMMA) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  /** SplitMix64's finaliser (Steele, Lea and Flood, 2014): a bijection on 64-bit values. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
