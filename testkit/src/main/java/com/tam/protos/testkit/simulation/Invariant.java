package com.tam.protos.testkit.simulation;

import java.util.List;

/**
 * The outcome of one named platform invariant, checked after a simulation has reached quiescence.
 *
 * @param name the invariant's stable name, for example {@code money-conserved}
 * @param ok whether it holds
 * @param details what was checked and, when it fails, every violation found (at most a few listed)
 *     followed by the seed and the command that reproduces the run
 */
public record Invariant(String name, boolean ok, String details) {

  /** How many violations a failing invariant lists before it only counts the rest. */
  static final int MAX_LISTED = 10;

  /**
   * An invariant that holds.
   *
   * @param name its name
   * @param what what was checked, for the report
   * @return the outcome
   */
  public static Invariant holds(String name, String what) {
    return new Invariant(name, true, what);
  }

  /**
   * The outcome of a check that collected its violations: it holds when there are none.
   *
   * @param name its name
   * @param what what was checked
   * @param violations one line per violation
   * @param run the run, whose seed and command are appended to a failure
   * @return the outcome
   */
  public static Invariant of(String name, String what, List<String> violations, Reproduction run) {
    if (violations.isEmpty()) {
      return holds(name, what);
    }
    StringBuilder b = new StringBuilder();
    b.append(violations.size()).append(" violation(s) of ").append(name).append(" (").append(what);
    b.append("):");
    for (int i = 0; i < Math.min(MAX_LISTED, violations.size()); i++) {
      b.append("\n  - ").append(violations.get(i));
    }
    if (violations.size() > MAX_LISTED) {
      b.append("\n  ... and ").append(violations.size() - MAX_LISTED).append(" more");
    }
    b.append("\n  ").append(run.describe());
    return new Invariant(name, false, b.toString());
  }

  @Override
  public String toString() {
    return (ok ? "[ OK ] " : "[FAIL] ") + name + ": " + details;
  }
}
