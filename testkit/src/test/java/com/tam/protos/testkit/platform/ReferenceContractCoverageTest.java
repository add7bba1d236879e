package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.BindableService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seven reference services cover their contracts: every RPC is implemented, and each service
 * subscribes to exactly the subjects its {@code (common.v1.service_info)} lists as consumed. The
 * platform is assembled as {@link ReferencePlatform} does it, on a bus that records subscriptions.
 */
class ReferenceContractCoverageTest {
  private static final List<AutoCloseable> RESOURCES = new ArrayList<>();
  private static ContractCoverage.SubscriptionRecorder bus;
  private static List<BindableService> references;

  @BeforeAll
  static void assemble() {
    MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
    PlatformServer.Builder server = PlatformServer.newBuilder(clock);
    bus = new ContractCoverage.SubscriptionRecorder();
    Assembly a =
        new Assembly(
            server,
            new ServiceContext(
                clock,
                bus,
                server.channel(),
                BearerToken.of(DemoTokens.SERVICE_TOKEN),
                Ids.seeded(11)),
            null,
            RESOURCES);
    references =
        List.of(
            a.users, a.wallet, a.risk, a.orderBook, a.orderValidator, a.notifications, a.reporting);
  }

  @AfterAll
  static void close() throws Exception {
    for (int i = RESOURCES.size() - 1; i >= 0; i--) {
      RESOURCES.get(i).close();
    }
  }

  @Test
  void everyServiceTheContractsDeclareHasAReference() {
    Set<String> declared = ContractCoverage.declaredServices();

    assertThat(declared).as("the seven services of the spec").hasSize(7);
    assertThat(ContractCoverage.servicesWithoutReference(declared, references)).isEmpty();
  }

  @Test
  void aServiceWithoutAReferenceIsReported() {
    List<BindableService> sixOfSeven =
        references.stream()
            .filter(
                r ->
                    !ContractCoverage.deployableName(ContractCoverage.descriptor(r))
                        .equals("reporting-service"))
            .toList();

    assertThat(
            ContractCoverage.servicesWithoutReference(
                ContractCoverage.declaredServices(), sixOfSeven))
        .containsExactly(
            "reporting.v1.ReportingService is declared in the contracts but has no reference"
                + " service");
  }

  @Test
  void everyRpcOfEveryContractIsImplemented() {
    List<String> missing = new ArrayList<>();
    references.forEach(r -> missing.addAll(ContractCoverage.unimplementedRpcs(r)));

    assertThat(missing).isEmpty();
  }

  @Test
  void everyServiceSubscribesToExactlyItsConsumedSubjects() {
    List<ServiceDescriptor> contracts =
        references.stream().map(ContractCoverage::descriptor).toList();

    assertThat(ContractCoverage.subscriptionMismatches(contracts, bus.subscriptions())).isEmpty();
  }

  @Test
  void aServiceLeftToTheGeneratedDefaultsIsReported() {
    List<String> missing =
        ContractCoverage.unimplementedRpcs(new WalletServiceGrpc.WalletServiceImplBase() {});

    assertThat(missing)
        .hasSize(WalletServiceGrpc.getServiceDescriptor().getMethods().size())
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("wallet.v1.WalletService.ReserveBalance: ")
                    .endsWith("the generated default answers UNIMPLEMENTED"));
  }

  @Test
  void aMissingAndAnExtraSubscriptionAreReported() {
    List<ServiceDescriptor> contracts =
        references.stream().map(ContractCoverage::descriptor).toList();
    Map<String, Set<String>> subscribed = new HashMap<>(bus.subscriptions());
    Set<String> wallet = new java.util.TreeSet<>(subscribed.get("wallet-service"));
    wallet.remove("tam.user.v1.user.registered");
    wallet.add("tam.order.v1.bet.settled");
    subscribed.put("wallet-service", wallet);

    assertThat(ContractCoverage.subscriptionMismatches(contracts, subscribed))
        .containsExactlyInAnyOrder(
            "wallet-service does not subscribe to tam.user.v1.user.registered, which"
                + " wallet.v1.WalletService lists in consumed_subjects",
            "wallet-service subscribes to tam.order.v1.bet.settled, which"
                + " wallet.v1.WalletService does not list in consumed_subjects");
  }
}
