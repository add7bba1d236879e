package com.tam.protos.testkit.tck;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a conformance run found.
 *
 * @param outcomes one entry per test, in execution order
 * @param reasonsChecked the error reasons the run saw the target produce and checked (in an {@code
 *     ErrorInfo.reason} or a {@code failure_reason} field), by the full name of their enum value,
 *     for example {@code common.v1.ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED}; sorted
 * @param reasonMetadata for each reason checked in an {@code ErrorInfo}, every {@code
 *     ErrorInfo.metadata} key that came with it in the run; sorted
 */
public record TckReport(
    List<Outcome> outcomes, Set<String> reasonsChecked, Map<String, Set<String>> reasonMetadata) {
  /**
   * A report.
   *
   * @param outcomes one entry per test, in execution order
   * @param reasonsChecked the reasons checked
   * @param reasonMetadata the metadata keys seen per reason
   */
  public TckReport {
    outcomes = List.copyOf(outcomes);
    reasonsChecked = Collections.unmodifiableSet(new TreeSet<>(reasonsChecked));
    Map<String, Set<String>> metadata = new TreeMap<>();
    reasonMetadata.forEach(
        (k, v) -> metadata.put(k, Collections.unmodifiableSet(new TreeSet<>(v))));
    reasonMetadata = Collections.unmodifiableMap(metadata);
  }

  /**
   * One test's outcome.
   *
   * @param displayName the test's display name
   * @param method the test method's reporting name
   * @param passed true if the test passed
   * @param failure the failure (exception type and message, which starts with the rule id); empty
   *     when passed; for a skipped test, why it was skipped
   * @param skipped true if the test did not run to a verdict: an assumption did not hold (for
   *     example the target has no movable clock) or it is disabled. Neither passed nor failed.
   */
  public record Outcome(
      String displayName, String method, boolean passed, String failure, boolean skipped) {
    /**
     * An outcome of a test that ran to a verdict.
     *
     * @param displayName the test's display name
     * @param method the test method's reporting name
     * @param passed true if the test passed
     * @param failure the failure; empty when passed
     */
    public Outcome(String displayName, String method, boolean passed, String failure) {
      this(displayName, method, passed, failure, false);
    }
  }

  /**
   * The failed tests.
   *
   * @return failed outcomes
   */
  public List<Outcome> failures() {
    return outcomes.stream().filter(o -> !o.passed() && !o.skipped()).toList();
  }

  /**
   * The skipped tests (an assumption did not hold, or disabled).
   *
   * @return skipped outcomes
   */
  public List<Outcome> skipped() {
    return outcomes.stream().filter(Outcome::skipped).toList();
  }

  /**
   * Whether no test failed and at least one passed (skipped tests are neither).
   *
   * @return true if green
   */
  public boolean passed() {
    return outcomes.stream().anyMatch(Outcome::passed) && failures().isEmpty();
  }

  /**
   * A readable summary: counts, then each failure and each skipped test on its own line.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder sb =
        new StringBuilder()
            .append(outcomes.stream().filter(Outcome::passed).count())
            .append(" passed, ")
            .append(failures().size())
            .append(" failed, ")
            .append(skipped().size())
            .append(" skipped");
    for (Outcome f : failures()) {
      sb.append('\n').append("  ").append(f.method()).append(": ").append(f.failure());
    }
    for (Outcome s : skipped()) {
      sb.append('\n').append("  ").append(s.method()).append(": ").append(s.failure());
    }
    return sb.toString();
  }
}
