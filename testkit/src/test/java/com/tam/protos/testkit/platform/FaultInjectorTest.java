package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.OpenWalletResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {
  private static final String OPEN = "wallet.v1.WalletService/OpenWallet";
  private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  private final List<OpenWalletRequest> effects = new CopyOnWriteArrayList<>();
  private PlatformServer server;

  /** Records every OpenWallet its handler runs: the effect the faults are measured against. */
  final class RecordingWallet extends WalletServiceGrpc.WalletServiceImplBase {
    @Override
    public void openWallet(OpenWalletRequest request, StreamObserver<OpenWalletResponse> out) {
      effects.add(request);
      out.onNext(
          OpenWalletResponse.newBuilder()
              .setUserId(request.getUserId())
              .setCurrency(request.getCurrency())
              .setCreated(effects.size() == 1)
              .build());
      out.onCompleted();
    }

    @Override
    public void getBalance(GetBalanceRequest request, StreamObserver<GetBalanceResponse> out) {
      out.onNext(GetBalanceResponse.newBuilder().setBalance("1.00").build());
      out.onCompleted();
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private WalletServiceGrpc.WalletServiceBlockingStub start(FaultPlan plan) {
    server =
        PlatformServer.newBuilder(clock)
            .addService(new RecordingWallet())
            .intercept(new FaultInjector(plan))
            .start();
    return WalletServiceGrpc.newBlockingStub(server.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
  }

  private static OpenWalletRequest open(String key) {
    return OpenWalletRequest.newBuilder()
        .setUserId("alice")
        .setCurrency("EUR")
        .setIdempotencyKey(key)
        .build();
  }

  @Test
  @DisplayName("fail-before: the caller gets UNAVAILABLE and the handler never runs")
  void failBeforeHasNoEffect() {
    var wallet = start(FaultPlan.seeded(1).failBefore(OPEN, 1.0, Status.Code.UNAVAILABLE).build());

    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> wallet.openWallet(open("k1")));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(effects).as("no effect").isEmpty();
  }

  @Test
  @DisplayName("fail-after: the handler's effect stays in place and the caller gets the error")
  void failAfterLeavesTheEffect() {
    var wallet =
        start(FaultPlan.seeded(1).failAfter(OPEN, 1.0, Status.Code.DEADLINE_EXCEEDED).build());

    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> wallet.openWallet(open("k1")));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(e.getStatus().getDescription()).contains("after", OPEN);
    assertThat(effects).as("the effect happened once").containsExactly(open("k1"));
  }

  @Test
  @DisplayName("duplicate: the handler runs twice with the same request; the caller gets one reply")
  void duplicateDeliversTwice() {
    var wallet = start(FaultPlan.seeded(1).duplicate(OPEN, 1.0).build());

    OpenWalletResponse reply = wallet.openWallet(open("k1"));

    assertThat(effects).containsExactly(open("k1"), open("k1"));
    assertThat(reply.getCreated()).as("the caller sees the second delivery's outcome").isFalse();
  }

  @Test
  @DisplayName(
      "latency: a call held past the caller's deadline fails and never reaches the handler")
  void latencyPastTheDeadline() {
    var wallet = start(FaultPlan.seeded(1).latency(OPEN, 1.0, Duration.ofMillis(400)).build());

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> wallet.withDeadlineAfter(50, TimeUnit.MILLISECONDS).openWallet(open("k1")));
    OpenWalletResponse later = wallet.openWallet(open("k2"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    assertThat(later.getUserId())
        .as("without a deadline the held call completes")
        .isEqualTo("alice");
    assertThat(effects).containsExactly(open("k2"));
  }

  @Test
  @DisplayName("a rule for one method leaves the others alone; * leaves ValidateSession alone")
  void rulesMatchTheirMethods() {
    var wallet =
        start(
            FaultPlan.seeded(1)
                .failBefore(OPEN, 1.0, Status.Code.UNAVAILABLE)
                .failBefore("wallet.v1.WalletService/GetBalance", 0.0, Status.Code.UNAVAILABLE)
                .build());

    GetBalanceResponse balance =
        wallet.getBalance(GetBalanceRequest.newBuilder().setUserId("alice").build());
    assertThat(balance.getBalance()).isEqualTo("1.00");

    server.close();
    var all = start(FaultPlan.seeded(1).failBefore("*", 1.0, Status.Code.UNAVAILABLE).build());
    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> all.openWallet(open("k1")));
    assertThat(e.getStatus().getCode())
        .as("authenticated (ValidateSession untouched), then failed by the wildcard")
        .isEqualTo(Status.Code.UNAVAILABLE);
  }

  @Test
  @DisplayName("one seed makes the same choices again; the plan counts what it injected")
  void seededChoicesRepeat() {
    FaultPlan first = FaultPlan.seeded(42).failBefore("*", 0.5, Status.Code.UNAVAILABLE).build();
    FaultPlan second = FaultPlan.seeded(42).failBefore("*", 0.5, Status.Code.UNAVAILABLE).build();
    List<Boolean> a = new ArrayList<>();
    List<Boolean> b = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      a.add(first.decide(OPEN, true).failBefore() != null);
      b.add(second.decide(OPEN, true).failBefore() != null);
    }

    assertThat(a).isEqualTo(b).contains(true, false);
    assertThat(first.injected(FaultPlan.Kind.FAIL_BEFORE))
        .isEqualTo(a.stream().filter(x -> x).count());
  }

  @Test
  @DisplayName("the plan refuses codes that are not transport failures, and bad probabilities")
  void planRefusesNonsense() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> FaultPlan.seeded(1).failBefore(OPEN, 1.0, Status.Code.INTERNAL)))
        .hasMessageContaining("UNAVAILABLE or DEADLINE_EXCEEDED");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> FaultPlan.seeded(1).duplicate(OPEN, 1.5)))
        .hasMessageContaining("probability");
    assertThat(FaultPlan.none().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("the injector's plan can be swapped while the server runs")
  void planSwap() {
    FaultInjector injector =
        new FaultInjector(
            FaultPlan.seeded(1).failBefore(OPEN, 1.0, Status.Code.UNAVAILABLE).build());
    server =
        PlatformServer.newBuilder(clock)
            .addService(new RecordingWallet())
            .intercept(injector)
            .start();
    var wallet =
        WalletServiceGrpc.newBlockingStub(server.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
    assertThat(
            catchThrowableOfType(StatusRuntimeException.class, () -> wallet.openWallet(open("a"))))
        .isNotNull();

    injector.plan(FaultPlan.none());

    assertThat(wallet.openWallet(open("b")).getUserId()).isEqualTo("alice");
    assertThat(effects).containsExactly(open("b"));
  }
}
