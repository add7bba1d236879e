package com.tam.protos.testkit.support;

import java.util.Random;
import java.util.UUID;

/**
 * Mints ids (event ids, reservation ids, bet ids, ...). Seeded, so that a simulation run with one
 * seed mints the same ids again and a failure can be replayed. Thread-safe.
 */
public final class Ids {
  private final Random random;

  private Ids(Random random) {
    this.random = random;
  }

  /**
   * Ids from a seeded source.
   *
   * @param seed the seed
   * @return the id source
   */
  public static Ids seeded(long seed) {
    return new Ids(new Random(seed));
  }

  /**
   * A random (version 4) UUID in its lower-case hyphenated form.
   *
   * @return the UUID string
   */
  public synchronized String uuid() {
    long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }
}
