package com.tam.protos.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.Ordering;
import com.tam.protos.testkit.platform.FaultPlan;
import com.tam.protos.wallet.v1.WalletFrozenEvent;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryEventBusTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private InMemoryEventBus bus;

  @AfterEach
  void close() {
    if (bus != null) {
      bus.close();
    }
  }

  private static WalletOpenedEvent opened(String user, long version) {
    return WalletOpenedEvent.newBuilder()
        .setMetadata(
            EventMetadata.newBuilder()
                .setEventId("e-" + user + "-" + version)
                .setAggregateId(user)
                .setAggregateVersion(version))
        .setUserId(user)
        .setCurrency("EUR")
        .build();
  }

  private static List<String> users(List<WalletOpenedEvent> events) {
    return events.stream().map(WalletOpenedEvent::getUserId).toList();
  }

  @Test
  @DisplayName(
      "each consumer gets every event of its types once, in publish order, off the publisher's thread")
  void deliversToEachConsumer() throws Exception {
    bus = new InMemoryEventBus();
    List<WalletOpenedEvent> risk = new CopyOnWriteArrayList<>();
    List<WalletOpenedEvent> reporting = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    List<WalletFrozenEvent> frozen = new CopyOnWriteArrayList<>();
    bus.subscribe(
        "risk-analyzer",
        WalletOpenedEvent.getDefaultInstance(),
        e -> {
          risk.add(e);
          threads.add(Thread.currentThread().getName());
        });
    bus.subscribe("reporting-service", WalletOpenedEvent.getDefaultInstance(), reporting::add);
    bus.subscribe("notification-service", WalletFrozenEvent.getDefaultInstance(), frozen::add);

    for (String u : List.of("a", "b", "c")) {
      bus.publish(opened(u, 1));
    }

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(users(risk)).containsExactly("a", "b", "c");
    assertThat(users(reporting)).containsExactly("a", "b", "c");
    assertThat(frozen).isEmpty();
    assertThat(threads).allMatch(t -> t.equals("tam-bus-risk-analyzer"));
    assertThat(bus.published(WalletOpenedEvent.getDefaultInstance())).hasSize(3);
  }

  @Test
  @DisplayName("a handler that throws gets the event again until it succeeds")
  void redeliversAfterAFailure() throws Exception {
    bus = new InMemoryEventBus();
    AtomicInteger calls = new AtomicInteger();
    List<WalletOpenedEvent> applied = new CopyOnWriteArrayList<>();
    bus.subscribe(
        "risk-analyzer",
        WalletOpenedEvent.getDefaultInstance(),
        e -> {
          if (calls.incrementAndGet() <= 3) {
            throw new IllegalStateException("database down");
          }
          applied.add(e);
        });

    bus.publish(opened("a", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(calls).hasValue(4);
    assertThat(users(applied)).containsExactly("a");
    assertThat(bus.deadLetters()).isEmpty();
  }

  @Test
  @DisplayName("an event that always fails is dead-lettered after MAX_DELIVER deliveries")
  void deadLettersAPoisonEvent() throws Exception {
    bus = new InMemoryEventBus();
    AtomicInteger calls = new AtomicInteger();
    bus.subscribe(
        "risk-analyzer",
        WalletOpenedEvent.getDefaultInstance(),
        e -> {
          calls.incrementAndGet();
          throw new IllegalArgumentException("cannot apply");
        });

    bus.publish(opened("a", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(calls).hasValue(InMemoryEventBus.MAX_DELIVER);
    assertThat(bus.deadLetters())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.consumer()).isEqualTo("risk-analyzer");
              assertThat(d.deliveries()).isEqualTo(InMemoryEventBus.MAX_DELIVER);
              assertThat(d.lastError()).hasMessage("cannot apply");
            });
  }

  @Test
  @DisplayName("a dropped event is redelivered later, so it still arrives (once)")
  void droppedEventsComeBack() throws Exception {
    FaultPlan plan = FaultPlan.seeded(3).dropEvents(1.0).build();
    bus = new InMemoryEventBus(plan);
    List<WalletOpenedEvent> got = new CopyOnWriteArrayList<>();
    bus.subscribe("risk-analyzer", WalletOpenedEvent.getDefaultInstance(), got::add);

    bus.publish(opened("a", 1));
    bus.publish(opened("b", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(users(got)).containsExactlyInAnyOrder("a", "b");
    assertThat(plan.injected(FaultPlan.Kind.DROP_EVENT)).isEqualTo(2);
  }

  @Test
  @DisplayName("a duplicated event reaches the consumer twice")
  void duplicatedEvents() throws Exception {
    FaultPlan plan = FaultPlan.seeded(3).duplicateEvents(1.0).build();
    bus = new InMemoryEventBus(plan);
    List<WalletOpenedEvent> got = new CopyOnWriteArrayList<>();
    bus.subscribe("risk-analyzer", WalletOpenedEvent.getDefaultInstance(), got::add);

    bus.publish(opened("a", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(users(got)).containsExactly("a", "a");
  }

  @Test
  @DisplayName("a reordered event is delivered after the next one")
  void reorderedEvents() throws Exception {
    FaultPlan plan = FaultPlan.seeded(3).reorderEvents(1.0).build();
    // A long hold: the second publish comes well before a held event would be released alone.
    bus = new InMemoryEventBus(plan, Duration.ofSeconds(30));
    List<WalletOpenedEvent> got = new CopyOnWriteArrayList<>();
    bus.subscribe("risk-analyzer", WalletOpenedEvent.getDefaultInstance(), got::add);

    bus.publish(opened("a", 1));
    bus.publish(opened("b", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(users(got)).containsExactly("b", "a");
  }

  @Test
  @DisplayName(
      "with every fault at once, a consumer applying the FACT ordering rule applies each version once, in order")
  void orderingRuleSurvivesEveryFault() throws Exception {
    FaultPlan plan =
        FaultPlan.seeded(11).dropEvents(0.3).duplicateEvents(0.3).reorderEvents(0.3).build();
    bus = new InMemoryEventBus(plan, Duration.ofMillis(5));
    List<Long> applied = new ArrayList<>();
    long[] last = {0};
    bus.subscribe(
        "risk-analyzer",
        WalletOpenedEvent.getDefaultInstance(),
        e -> {
          long v = e.getMetadata().getAggregateVersion();
          switch (Ordering.decide(EventKind.EVENT_KIND_FACT, "a", v, last[0])) {
            case APPLY -> {
              applied.add(v);
              last[0] = v;
            }
            case SKIP -> {}
            case HOLD ->
                throw new IllegalStateException("version " + v + " before " + (last[0] + 1));
            case INVALID -> throw new AssertionError(v);
          }
        });

    IntStream.rangeClosed(1, 40).forEach(v -> bus.publish(opened("a", v)));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(applied)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).mapToObj(i -> (long) i).toList());
    assertThat(bus.deadLetters()).isEmpty();
    assertThat(plan.injected(FaultPlan.Kind.DROP_EVENT)).isPositive();
    assertThat(plan.injected(FaultPlan.Kind.DUPLICATE_EVENT)).isPositive();
    assertThat(plan.injected(FaultPlan.Kind.REORDER_EVENT)).isPositive();
  }

  @Test
  @DisplayName("a consumer that subscribes late receives the events published before")
  void lateSubscriberGetsTheStream() throws Exception {
    bus = new InMemoryEventBus();
    bus.publish(opened("a", 1));
    List<WalletOpenedEvent> got = new CopyOnWriteArrayList<>();

    bus.subscribe("reporting-service", WalletOpenedEvent.getDefaultInstance(), got::add);
    bus.publish(opened("b", 1));

    assertThat(bus.awaitQuiescence(WAIT)).isTrue();
    assertThat(users(got)).containsExactly("a", "b");
  }
}
