package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import com.tam.protos.testkit.tck.ErrorReasonDocs;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Every error reason the contracts declare is provoked and checked by a conformance suite against
 * the reference services, so that a team running the suites learns each reason's trigger, and a
 * reason that no implementation can be held to is found by a machine rather than by reading.
 *
 * <p>The test runs every {@code Reference*ConformanceTest} of the testkit (one per service, found
 * by discovery so that a service added later is included) through {@link Tck#run(Class[])}, which
 * records each reason an assertion checked, and compares that with every value of every {@code
 * *ErrorReason} enum in the shipped descriptor set.
 *
 * <p>{@link #EXEMPT} lists the reasons that a client of one service cannot provoke, each with the
 * reason why and where the reference's own tests provoke it instead.
 */
class ErrorReasonCoverageTest {
  /**
   * Why a reason is exempt from the suites, and the testkit test that provokes it against the
   * reference instead (empty when no reference service sends it).
   */
  record Exemption(String why, String provokedIn) {}

  /** Reasons no suite can provoke through the service's API alone. */
  static final Map<String, Exemption> EXEMPT =
      Map.ofEntries(
          exempt(
              "common.v1.ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE",
              "needs a dependency of the target to fail",
              "ReferenceWalletServiceTest"),
          exempt(
              "common.v1.ErrorReason.ERROR_REASON_IDEMPOTENCY_REQUEST_IN_PROGRESS",
              "needs two calls with one key to overlap, which a client cannot time",
              "IdempotencyStoreTest"),
          exempt(
              "common.v1.ErrorReason.ERROR_REASON_RESOURCE_NOT_FOUND",
              "the generic fallback: every reference names a missing resource with a reason of its"
                  + " own domain (WALLET_NOT_FOUND, BET_NOT_FOUND, ...)",
              ""),
          exempt(
              "common.v1.ErrorReason.ERROR_REASON_RATE_LIMITED",
              "the limits are risk-analyzer's configured policies, which the contract does not fix",
              "UserWithRiskTest"),
          exempt(
              "risk.v1.RiskErrorReason.RISK_ERROR_REASON_MODEL_UNAVAILABLE",
              "needs the target to run without a scoring model",
              "ReferenceRiskServiceTest"),
          exempt(
              "risk.v1.RiskErrorReason.RISK_ERROR_REASON_RATE_LIMIT_POLICY_NOT_FOUND",
              "which subject kinds and actions have a policy is the target's configuration",
              "ReferenceRiskServiceTest"),
          exempt(
              "risk.v1.RiskErrorReason.RISK_ERROR_REASON_BLOCKING_FLAG_SET",
              "only consumed events (a chargeback, a match-fixing report) set a blocking flag",
              "ReferenceRiskServiceTest"),
          exempt(
              "order.v1.OrderErrorReason.ORDER_ERROR_REASON_SETTLEMENT_IN_PROGRESS",
              "needs a settlement job still RUNNING when the next correction arrives; a job ends"
                  + " on its own once the wallet accepts its bookings, so only a failing wallet"
                  + " (or a race with the job) holds one",
              "ReferenceOrderBookServiceTest"),
          exempt(
              "order.v1.OrderErrorReason.ORDER_ERROR_REASON_UPDATE_PATH_NOT_ALLOWED",
              "the contract's CEL rule update_market.update_mask admits only the five updatable"
                  + " paths, so any other path fails validation (VALIDATION_FAILED) before the"
                  + " service could answer UPDATE_PATH_NOT_ALLOWED",
              "ReferenceOrderBookServiceTest"),
          exempt(
              "reporting.v1.ReportingErrorReason.REPORTING_ERROR_REASON_GENERATION_FAILED",
              "needs the target's report workers to crash",
              "ReportJobLifecycleTest"),
          exempt(
              "reporting.v1.ReportingErrorReason.REPORTING_ERROR_REASON_SOURCE_DATA_UNAVAILABLE",
              "needs the target's event store to fail",
              "ReportJobLifecycleTest"),
          exempt(
              "reporting.v1.ReportingErrorReason.REPORTING_ERROR_REASON_REPORT_ALREADY_IN_PROGRESS",
              "needs a job to stay QUEUED or RUNNING while the client asks again, and a target's"
                  + " worker may finish first",
              "ReportJobLifecycleTest"));

  private static Map.Entry<String, Exemption> exempt(String reason, String why, String test) {
    return Map.entry(reason, new Exemption(why, test));
  }

  private static final String INSUFFICIENT_FUNDS =
      "wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS";

  private static TckReport run;
  private static List<Class<?>> suites;

  @BeforeAll
  static void runEveryReferenceConformanceTest() {
    suites = referenceConformanceTests();
    run = Tck.run(suites.toArray(Class<?>[]::new));
  }

  @Test
  void everyServiceHasAConformanceTestAndItPasses() {
    assertThat(suites)
        .as("one Reference*ConformanceTest per declared service")
        .hasSize(ContractCoverage.declaredServices().size());
    assertThat(run.failures()).as(run.summary()).isEmpty();
  }

  @Test
  void everyDeclaredReasonIsProvokedAndCheckedByASuite() {
    assertThat(
            ContractCoverage.reasonCoverageFindings(
                ErrorReasonDocs.reasons(), run.reasonsChecked(), EXEMPT.keySet()))
        .isEmpty();
  }

  @Test
  void everyReasonCarriesTheMetadataItsCommentDocuments() {
    assertThat(ContractCoverage.metadataFindings(ErrorReasonDocs.metadata(), run.reasonMetadata()))
        .isEmpty();
  }

  @Test
  void theDocumentedMetadataIsReadFromTheComments() {
    Map<String, ErrorReasonDocs.MetadataKeys> documented = ErrorReasonDocs.metadata();

    assertThat(ErrorReasonDocs.reasons())
        .as("every declared reason, those without metadata too, never the zero value")
        .contains(INSUFFICIENT_FUNDS, "common.v1.ErrorReason.ERROR_REASON_RATE_LIMITED")
        .doesNotContain("common.v1.ErrorReason.ERROR_REASON_UNSPECIFIED")
        .containsAll(documented.keySet());
    assertThat(documented.get(INSUFFICIENT_FUNDS))
        .isEqualTo(new ErrorReasonDocs.MetadataKeys(Set.of("available", "requested"), false));
    assertThat(documented.get("order.v1.OrderErrorReason.ORDER_ERROR_REASON_RESERVATION_MISMATCH"))
        .as("\"the last two omitted when it does not exist\"")
        .isEqualTo(
            new ErrorReasonDocs.MetadataKeys(
                Set.of("reservationId", "expectedAmount", "reservedAmount", "reservationStatus"),
                true));
    assertThat(run.reasonMetadata().get(INSUFFICIENT_FUNDS))
        .as("what the wallet suite saw")
        .containsExactlyInAnyOrder("available", "requested");
  }

  @Test
  void metadataMissingOrUndocumentedIsReported() {
    Map<String, ErrorReasonDocs.MetadataKeys> documented = ErrorReasonDocs.metadata();
    Map<String, Set<String>> seen =
        Map.of(
            INSUFFICIENT_FUNDS,
            Set.of("available", "balance"),
            "order.v1.OrderErrorReason.ORDER_ERROR_REASON_RESERVATION_MISMATCH",
            Set.of("reservationId", "expectedAmount"));

    assertThat(ContractCoverage.metadataFindings(documented, seen))
        .containsExactlyInAnyOrder(
            INSUFFICIENT_FUNDS
                + " was sent with metadata `balance`, which its comment does not document",
            INSUFFICIENT_FUNDS + " documents metadata `requested` but was sent without it");
  }

  @Test
  void everyExemptReasonIsProvokedByTheTestItNames() {
    EXEMPT.forEach(
        (reason, exemption) -> {
          if (exemption.provokedIn().isEmpty()) {
            return;
          }
          String constant = reason.substring(reason.lastIndexOf('.') + 1);
          assertThat(testSource(exemption.provokedIn()).contains(constant))
              .as(
                  "%s is exempt from the suites; %s must provoke it",
                  reason, exemption.provokedIn())
              .isTrue();
        });
  }

  @Test
  void aReasonNoSuiteChecksIsReported() {
    Set<String> declared = ErrorReasonDocs.reasons();
    Set<String> checked = new LinkedHashSet<>(declared);
    checked.removeAll(EXEMPT.keySet());
    checked.remove("wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS");

    assertThat(ContractCoverage.reasonCoverageFindings(declared, checked, EXEMPT.keySet()))
        .containsExactly(
            "wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS is declared but"
                + " no conformance suite provokes and checks it");
  }

  @Test
  void aStaleOrUnknownExemptionIsReported() {
    Set<String> declared = ErrorReasonDocs.reasons();
    Set<String> exempt =
        Set.of(
            "wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS",
            "wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_NO_SUCH_THING");
    Set<String> checked = new LinkedHashSet<>(declared);

    assertThat(ContractCoverage.reasonCoverageFindings(declared, checked, exempt))
        .containsExactly(
            "wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS is exempt but a"
                + " suite checks it: remove the exemption",
            "wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_NO_SUCH_THING is exempt but no"
                + " contract declares it");
  }

  /** The testkit's Reference*ConformanceTest classes, by JUnit discovery. */
  private static List<Class<?>> referenceConformanceTests() {
    TestPlan plan =
        LauncherFactory.create()
            .discover(
                LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectPackage("com.tam.protos.testkit"))
                    .filters(includeClassNamePatterns(".*\\.Reference[A-Za-z]+ConformanceTest"))
                    .build());
    List<Class<?>> out = new ArrayList<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier child : plan.getChildren(root)) {
        child
            .getSource()
            .filter(ClassSource.class::isInstance)
            .map(s -> ((ClassSource) s).getJavaClass())
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** The source of the testkit test class with that simple name. */
  private static String testSource(String simpleName) {
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      Path file =
          files
              .filter(p -> p.getFileName().toString().equals(simpleName + ".java"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no test class " + simpleName));
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
