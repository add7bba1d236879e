package com.tam.protos.testkit.tck;

import java.util.List;

/**
 * What a conformance run found.
 *
 * @param outcomes one entry per test, in execution order
 */
public record TckReport(List<Outcome> outcomes) {
  /**
   * One test's outcome.
   *
   * @param displayName the test's display name
   * @param method the test method's reporting name
   * @param passed true if the test passed
   * @param failure the failure (exception type and message, which starts with the rule id); empty
   *     when passed
   */
  public record Outcome(String displayName, String method, boolean passed, String failure) {}

  /**
   * The failed tests.
   *
   * @return failed outcomes
   */
  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  /**
   * Whether every test passed (and at least one ran).
   *
   * @return true if green
   */
  public boolean passed() {
    return !outcomes.isEmpty() && failures().isEmpty();
  }

  /**
   * A readable summary: counts, then each failure on its own line.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb =
        new StringBuilder()
            .append(outcomes.size() - failures().size())
            .append(" passed, ")
            .append(failures().size())
            .append(" failed");
    for (Outcome f : failures()) {
      sb.append('\n').append("  ").append(f.method()).append(": ").append(f.failure());
    }
    return sb.toString();
  }
}
