package com.tam.protos.testkit.simulation;

/**
 * How many faults a simulation injects: the probability of each fault kind per RPC attempt and per
 * event delivery, drawn from the run's seeded random source.
 *
 * @param name the profile's name on the command line
 * @param failBefore probability that an RPC fails with UNAVAILABLE or DEADLINE_EXCEEDED before its
 *     handler runs
 * @param failAfter probability that an RPC's handler runs and the caller still gets UNAVAILABLE or
 *     DEADLINE_EXCEEDED (the unknown outcome)
 * @param latency probability that an RPC is delayed
 * @param duplicate probability that an RPC is delivered twice
 * @param dropEvents probability that an event delivery is lost (and redelivered later)
 * @param duplicateEvents probability that an event is delivered twice
 * @param reorderEvents probability that an event is delivered after later ones
 */
public record FaultProfile(
    String name,
    double failBefore,
    double failAfter,
    double latency,
    double duplicate,
    double dropEvents,
    double duplicateEvents,
    double reorderEvents) {

  /** No faults: the happy path, as a baseline. */
  public static final FaultProfile NONE = new FaultProfile("none", 0, 0, 0, 0, 0, 0, 0);

  /** A few percent of every fault kind: the default of the simulation. */
  public static final FaultProfile DEFAULT =
      new FaultProfile("default", 0.02, 0.02, 0.02, 0.02, 0.03, 0.03, 0.03);

  /** Every fault kind several times as often as the default. */
  public static final FaultProfile HEAVY =
      new FaultProfile("heavy", 0.08, 0.08, 0.05, 0.08, 0.10, 0.10, 0.10);

  /**
   * The profile of a name given on the command line.
   *
   * @param name {@code none}, {@code default} or {@code heavy}
   * @return the profile
   */
  public static FaultProfile named(String name) {
    return switch (name) {
      case "none" -> NONE;
      case "default" -> DEFAULT;
      case "heavy" -> HEAVY;
      default ->
          throw new IllegalArgumentException(
              "--faults must be none, default or heavy, not '" + name + "'");
    };
  }
}
