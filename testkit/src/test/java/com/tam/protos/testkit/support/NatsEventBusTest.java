package com.tam.protos.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.wallet.v1.WalletFrozenEvent;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The NATS bus against a real nats-server (installed by scripts/nats-tools.sh; {@code
 * -Dtam.nats.server=PATH}). Tagged {@code nats}: runs in the nats gate, not in the plain build.
 */
@Tag("nats")
class NatsEventBusTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private NatsServerProcess server;
  private String url;
  private NatsEventBus bus;

  @BeforeEach
  void startServer() throws Exception {
    server = NatsServerProcess.start();
    url = server.url();
    bus = NatsEventBus.connect(url, MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z")));
  }

  @AfterEach
  void stopServer() throws Exception {
    if (bus != null) {
      bus.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WalletOpenedEvent opened(String user, long version) {
    return WalletOpenedEvent.newBuilder()
        .setMetadata(
            EventMetadata.newBuilder()
                .setEventId(
                    java.util.UUID.nameUUIDFromBytes((user + version).getBytes()).toString())
                .setAggregateId(user)
                .setAggregateVersion(version))
        .setUserId(user)
        .setCurrency("EUR")
        .build();
  }

  @Test
  @DisplayName("events go through JetStream to every consumer service of their type, once each")
  void deliversThroughJetStream() throws Exception {
    List<String> risk = new CopyOnWriteArrayList<>();
    List<String> reporting = new CopyOnWriteArrayList<>();
    List<WalletFrozenEvent> frozen = new CopyOnWriteArrayList<>();
    bus.subscribe(
        "risk-analyzer", WalletOpenedEvent.getDefaultInstance(), e -> risk.add(e.getUserId()));
    bus.subscribe(
        "reporting-service",
        WalletOpenedEvent.getDefaultInstance(),
        e -> reporting.add(e.getUserId()));
    bus.subscribe("notification-service", WalletFrozenEvent.getDefaultInstance(), frozen::add);

    bus.publish(opened("alice", 1));
    bus.publish(opened("bob", 1));
    bus.publish(opened("alice", 1)); // a publisher retry: same event id, dropped by the stream

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(risk).containsExactly("alice", "bob");
    assertThat(reporting).containsExactly("alice", "bob");
    assertThat(frozen).isEmpty();
  }

  @Test
  @DisplayName(
      "the platform on NATS (the sandbox's --nats): registrations open the demo wallets through JetStream")
  void platformOnNats() {
    bus.close();
    bus = null;
    try (var p =
        com.tam.protos.testkit.platform.ReferencePlatform.builder()
            .natsUrl(url)
            .demoData(true)
            .start()) {
      var balance =
          com.tam.protos.wallet.v1.WalletServiceGrpc.newBlockingStub(p.channel())
              .withCallCredentials(BearerToken.of(DemoTokens.userToken("alice")))
              .getBalance(
                  com.tam.protos.wallet.v1.GetBalanceRequest.newBuilder()
                      .setUserId("alice")
                      .build());

      assertThat(p.events()).isInstanceOf(NatsEventBus.class);
      assertThat(balance.getBalance()).isEqualTo("1000.00");
    }
  }

  @Test
  @DisplayName("a handler that throws gets the event again from the stream until it succeeds")
  void redeliversAfterAFailure() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    List<String> applied = new CopyOnWriteArrayList<>();
    bus.subscribe(
        "risk-analyzer",
        WalletOpenedEvent.getDefaultInstance(),
        e -> {
          if (calls.incrementAndGet() <= 2) {
            throw new IllegalStateException("database down");
          }
          applied.add(e.getUserId());
        });

    bus.publish(opened("alice", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(calls).hasValue(3);
    assertThat(applied).containsExactly("alice");
  }
}
