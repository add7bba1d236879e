package com.tam.protos.testkit.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs conformance suites programmatically and installs the target they use. */
public final class Tck {
  private static volatile TckTarget installed;

  private Tck() {}

  /**
   * The installed target, or the one the system properties describe.
   *
   * @return the target
   */
  public static TckTarget current() {
    TckTarget t = installed;
    return t != null ? t : ConfiguredTarget.fromSystemProperties();
  }

  /**
   * Installs a target for the suites run until the returned scope is closed. One at a time.
   *
   * @param target the target
   * @return the scope; closing it uninstalls the target
   */
  public static synchronized AutoCloseable use(TckTarget target) {
    if (installed != null) {
      throw new IllegalStateException("a TCK target is already installed");
    }
    installed = target;
    return () -> installed = null;
  }

  /**
   * Runs suites against a target and reports every test's outcome.
   *
   * @param target the implementation under test
   * @param suites the suite classes
   * @return the report
   */
  public static TckReport run(TckTarget target, Class<?>... suites) {
    try (AutoCloseable scope = use(target)) {
      return run(suites);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs suites against the installed or configured target.
   *
   * @param suites the suite classes
   * @return the report
   */
  public static TckReport run(Class<?>... suites) {
    LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
    for (Class<?> suite : suites) {
      request.selectors(selectClass(suite));
    }
    LauncherDiscoveryRequest discovery = request.build();
    List<TckReport.Outcome> outcomes = new ArrayList<>();
    TestExecutionListener listener =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (!id.isTest()) {
              return;
            }
            Optional<Throwable> failure = result.getThrowable();
            boolean aborted = result.getStatus() == TestExecutionResult.Status.ABORTED;
            outcomes.add(
                new TckReport.Outcome(
                    id.getDisplayName(),
                    id.getLegacyReportingName(),
                    result.getStatus() == TestExecutionResult.Status.SUCCESSFUL,
                    aborted
                        ? "skipped: " + failure.map(Throwable::getMessage).orElse("assumption")
                        : failure.map(Tck::describe).orElse(""),
                    aborted));
          }

          @Override
          public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
              outcomes.add(
                  new TckReport.Outcome(
                      id.getDisplayName(),
                      id.getLegacyReportingName(),
                      false,
                      "skipped: " + reason,
                      true));
            }
          }
        };
    TckReasons.reset();
    LauncherFactory.create().execute(discovery, listener);
    return new TckReport(outcomes, TckReasons.snapshot(), TckReasons.metadataSnapshot());
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
