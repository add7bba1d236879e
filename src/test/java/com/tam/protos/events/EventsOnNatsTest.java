package com.tam.protos.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.nats.EventConsumer;
import com.tam.protos.events.nats.EventPublisher;
import com.tam.protos.events.nats.EventPublisher.Published;
import com.tam.protos.risk.v1.RiskTierChangedEvent;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JetStream helpers against a real nats-server (started per test on a free loopback port, in a
 * temporary store), with the streams created from the committed nats/streams/ files.
 */
@Tag("nats")
class EventsOnNatsTest {

  private static final String WALLET = "TAM_WALLET";
  private static final String DURABLE = "reporting-service";

  private final EventRegistry registry = EventRegistry.load();
  private final List<AutoCloseable> closeLater = new ArrayList<>();
  private NatsTestServer server;
  private Connection nc;
  private EventPublisher publisher;

  @BeforeEach
  void startServer() throws Exception {
    server = NatsTestServer.start();
    nc = server.connect();
    server.createStreams(nc);
    publisher = new EventPublisher(nc);
  }

  @AfterEach
  void stopServer() throws Exception {
    Collections.reverse(closeLater);
    for (AutoCloseable c : closeLater) {
      c.close();
    }
    nc.close();
    server.close();
  }

  /** A FACT event of TAM_WALLET (gap-free sequence per wallet). */
  static TransactionRecordedEvent fact(String walletId, long version) {
    return TransactionRecordedEvent.newBuilder()
        .setMetadata(
            EventMetadata.newBuilder().setAggregateId(walletId).setAggregateVersion(version))
        .build();
  }

  /** The first SNAPSHOT event of TAM_WALLET in the registry (the latest version wins). */
  private EventType snapshotType() {
    return registry.all().stream()
        .filter(t -> t.kind() == EventKind.EVENT_KIND_SNAPSHOT && t.stream().equals(WALLET))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no SNAPSHOT event in " + WALLET));
  }

  /** A SNAPSHOT event with only its envelope set. */
  private Message snapshot(String aggregateId, long version) {
    EventType t = snapshotType();
    return t.defaultInstance().toBuilder()
        .setField(
            t.metadataField(),
            EventMetadata.newBuilder()
                .setAggregateId(aggregateId)
                .setAggregateVersion(version)
                .build())
        .build();
  }

  /** An event of TAM_RISK, one aggregate per user. */
  static RiskTierChangedEvent tier(String userId, long version) {
    return RiskTierChangedEvent.newBuilder()
        .setMetadata(EventMetadata.newBuilder().setAggregateId(userId).setAggregateVersion(version))
        .setUserId(userId)
        .build();
  }

  private EventConsumer started(EventConsumer.Builder b) throws Exception {
    EventConsumer c = b.build().start();
    closeLater.add(c);
    return c;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }

  private long messages(String stream) {
    try {
      return nc.jetStreamManagement().getStreamInfo(stream).getStreamState().getMsgCount();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSameEventPublishedTwiceIsStoredOnce() throws Exception {
    Published first = publisher.publish(fact("res-1", 1));
    Published again = publisher.publish(first.event());
    Published other = publisher.publish(fact("res-1", 2));

    assertThat(first.duplicate()).isFalse();
    assertThat(again.duplicate()).isTrue();
    assertThat(again.ack().getSeqno()).isEqualTo(first.ack().getSeqno());
    assertThat(other.duplicate()).isFalse();
    assertThat(messages(WALLET)).isEqualTo(2);

    MessageInfo stored = nc.jetStreamManagement().getMessage(WALLET, first.ack().getSeqno());
    String eventId = Envelopes.metadata(first.event()).getEventId();
    assertThat(stored.getSubject()).isEqualTo("tam.wallet.v1.transaction.recorded");
    assertThat(stored.getHeaders().getFirst(EventHeaders.MSG_ID)).isEqualTo(eventId);
    assertThat(stored.getHeaders().getFirst(EventHeaders.EVENT_TYPE))
        .isEqualTo("wallet.v1.TransactionRecordedEvent");
    assertThat(stored.getHeaders().getFirst(EventHeaders.SCHEMA_VERSION)).isEqualTo("v1");
    assertThat(TransactionRecordedEvent.parseFrom(stored.getData())).isEqualTo(first.event());
  }

  /** Thrown by a test store after its transaction committed: the process dies before the ack. */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash between commit and ack");
    }
  }

  @Test
  void aConsumerThatCrashesBeforeAckGetsTheEventAgainAndAppliesItOnce() throws Exception {
    InMemoryAppliedVersions database = new InMemoryAppliedVersions();
    AtomicBoolean crashNext = new AtomicBoolean(true);
    AppliedVersions crashingAfterCommit =
        new AppliedVersions() {
          @Override
          public long lastApplied(String aggregate, String aggregateId) {
            return database.lastApplied(aggregate, aggregateId);
          }

          @Override
          public void apply(String aggregate, String id, long version, Work work) throws Exception {
            database.apply(aggregate, id, version, work);
            if (crashNext.getAndSet(false)) {
              throw new SimulatedCrash();
            }
          }
        };
    List<String> effects = new CopyOnWriteArrayList<>();
    AtomicInteger deliveriesSeen = new AtomicInteger();
    Connection crashing = server.connect();
    EventConsumer first =
        EventConsumer.builder(crashing, DURABLE)
            .on(
                TransactionRecordedEvent.class,
                e ->
                    effects.add(
                        e.metadata().getAggregateId() + "@" + e.metadata().getAggregateVersion()))
            .appliedVersions(crashingAfterCommit)
            .ackWait(Duration.ofSeconds(1))
            .build()
            .start();
    publisher.publish(fact("res-7", 1));
    await("the first consumer to apply and crash", () -> effects.size() == 1 && !crashNext.get());
    first.close();
    crashing.close(); // the process is gone; its unacked delivery is redelivered after ackWait

    started(
        EventConsumer.builder(nc, DURABLE)
            .on(
                TransactionRecordedEvent.class,
                e -> {
                  deliveriesSeen.set((int) e.deliveries());
                  effects.add(
                      e.metadata().getAggregateId() + "@" + e.metadata().getAggregateVersion());
                })
            .appliedVersions(database)
            .ackWait(Duration.ofSeconds(1)));
    JetStreamManagement jsm = nc.jetStreamManagement();
    await(
        "the redelivery to be acked",
        () -> {
          try {
            var info = jsm.getConsumerInfo(WALLET, DURABLE);
            return info.getRedelivered() == 0
                && info.getNumAckPending() == 0
                && info.getAckFloor().getStreamSequence() == 1;
          } catch (Exception e) {
            return false;
          }
        });
    publisher.publish(fact("res-7", 2));
    await("the next version", () -> effects.size() == 2);

    assertThat(effects).containsExactly("res-7@1", "res-7@2");
    assertThat(deliveriesSeen.get()).isEqualTo(1);
  }

  @Test
  void factsOutOfOrderAreAppliedInOrderAndAGapHoldsOnlyItsAggregate() throws Exception {
    List<String> applied = new CopyOnWriteArrayList<>();
    EventConsumer consumer =
        started(
            EventConsumer.builder(nc, DURABLE)
                .on(
                    TransactionRecordedEvent.class,
                    e ->
                        applied.add(
                            e.metadata().getAggregateId()
                                + "@"
                                + e.metadata().getAggregateVersion()))
                .ackWait(Duration.ofSeconds(2)));

    for (long v : new long[] {3, 1, 2, 5}) {
      publisher.publish(fact("A", v));
    }
    publisher.publish(fact("B", 2));
    publisher.publish(fact("B", 1));
    publisher.publish(fact("A", 2)); // a second copy of an applied version (new event id)
    await("A up to the gap and B", () -> applied.size() == 5);
    publisher.publish(fact("B", 3));
    await("B to go on while A waits", () -> applied.contains("B@3"));
    Thread.sleep(3_000); // longer than ackWait: the held A@5 must not be redelivered meanwhile

    assertThat(applied.stream().filter(s -> s.startsWith("A")).toList())
        .containsExactly("A@1", "A@2", "A@3");
    assertThat(applied.stream().filter(s -> s.startsWith("B")).toList())
        .containsExactly("B@1", "B@2", "B@3");
    assertThat(consumer.heldCount()).isEqualTo(1);

    publisher.publish(fact("A", 4));
    await("the gap to be filled", () -> applied.contains("A@5"));
    assertThat(applied.stream().filter(s -> s.startsWith("A")).toList())
        .containsExactly("A@1", "A@2", "A@3", "A@4", "A@5");
    assertThat(consumer.heldCount()).isZero();
    await(
        "every delivery to be acked",
        () -> {
          try {
            return nc.jetStreamManagement().getConsumerInfo(WALLET, DURABLE).getNumAckPending()
                == 0;
          } catch (Exception e) {
            return false;
          }
        });
  }

  @Test
  void snapshotsLetTheLatestVersionWin() throws Exception {
    List<Long> applied = new CopyOnWriteArrayList<>();
    started(
        EventConsumer.builder(nc, DURABLE)
            .on(snapshotType().subject(), e -> applied.add(e.metadata().getAggregateVersion())));

    for (long v : new long[] {1, 3, 2, 3, 7}) {
      publisher.publish(snapshot("agg-9", v));
    }
    await("version 7", () -> applied.contains(7L));

    assertThat(applied).containsExactly(1L, 3L, 7L);
  }

  @Test
  void aPoisonEventLandsOnTheDeadLetterSubjectAfterMaxDeliverTries() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    List<Long> attemptTimes = new CopyOnWriteArrayList<>();
    List<String> applied = new CopyOnWriteArrayList<>();
    started(
        EventConsumer.builder(nc, DURABLE)
            .on(
                RiskTierChangedEvent.class,
                e -> {
                  if (e.event().getUserId().equals("poison")) {
                    attempts.incrementAndGet();
                    attemptTimes.add(System.nanoTime());
                    throw new IllegalStateException(
                        "cannot apply tier for " + e.event().getUserId());
                  }
                  applied.add(e.event().getUserId());
                })
            .maxDeliver(3)
            .backoff(Duration.ofMillis(300), Duration.ofMillis(600)));

    Published poison = publisher.publish(tier("poison", 1));
    publisher.publish(tier("healthy", 1));
    nc.jetStream()
        .publish("tam.risk.v1.profile.tier_changed", new byte[] {(byte) 0xff, 0x01, 0x02});
    await("two dead letters", () -> messages(EventStreams.DEAD_LETTER_STREAM) == 2);

    assertThat(attempts.get()).isEqualTo(3);
    // Redelivered after the backoff: 300 ms after the 1st failure, 600 ms after the 2nd.
    assertThat(attemptTimes.get(1) - attemptTimes.get(0)).isGreaterThanOrEqualTo(290_000_000L);
    assertThat(attemptTimes.get(2) - attemptTimes.get(1)).isGreaterThanOrEqualTo(590_000_000L);
    assertThat(applied).containsExactly("healthy");
    JetStreamManagement jsm = nc.jetStreamManagement();
    MessageInfo dl = jsm.getMessage(EventStreams.DEAD_LETTER_STREAM, 1);
    MessageInfo garbage = jsm.getMessage(EventStreams.DEAD_LETTER_STREAM, 2);
    if (!dl.getHeaders().getFirst(EventHeaders.DEAD_LETTER_REASON).contains("handler failed")) {
      MessageInfo t = dl;
      dl = garbage;
      garbage = t;
    }
    Headers h = dl.getHeaders();
    assertThat(dl.getSubject())
        .isEqualTo("tam.deadletter.reporting-service.tam.risk.v1.profile.tier_changed");
    assertThat(h.getFirst(EventHeaders.DEAD_LETTER_REASON))
        .contains("handler failed on delivery 3 of 3")
        .contains("java.lang.IllegalStateException: cannot apply tier for poison");
    assertThat(h.getFirst(EventHeaders.DEAD_LETTER_CONSUMER)).isEqualTo(DURABLE);
    assertThat(h.getFirst(EventHeaders.DEAD_LETTER_DELIVERIES)).isEqualTo("3");
    assertThat(h.getFirst(EventHeaders.ORIGINAL_SUBJECT))
        .isEqualTo("tam.risk.v1.profile.tier_changed");
    assertThat(h.getFirst(EventHeaders.ORIGINAL_STREAM)).isEqualTo("TAM_RISK");
    assertThat(h.getFirst(EventHeaders.EVENT_TYPE)).isEqualTo("risk.v1.RiskTierChangedEvent");
    assertThat(dl.getData()).isEqualTo(poison.event().toByteArray());
    assertThat(garbage.getHeaders().getFirst(EventHeaders.DEAD_LETTER_REASON))
        .startsWith("payload is not a valid risk.v1.RiskTierChangedEvent");
    assertThat(garbage.getHeaders().getFirst(EventHeaders.DEAD_LETTER_DELIVERIES)).isEqualTo("1");
  }

  @Test
  void unknownEventTypesAndFieldsSurviveUntouched() throws Exception {
    List<io.nats.client.Message> unknown = new CopyOnWriteArrayList<>();
    List<TransactionRecordedEvent> known = new CopyOnWriteArrayList<>();
    started(
        EventConsumer.builder(nc, DURABLE)
            .on(TransactionRecordedEvent.class, e -> known.add(e.event()))
            .wholeStream(WALLET, unknown::add));

    // An event type this build does not know (added to the contracts later).
    Headers headers = new Headers();
    headers.put(EventHeaders.EVENT_TYPE, "wallet.v1.WalletRenamedEvent");
    headers.put(EventHeaders.MSG_ID, "b0c6a0b4-52a2-4e57-9d8e-8f7a7c2d1e10");
    byte[] futurePayload = {0x0a, 0x02, 0x08, 0x01, (byte) 0xa2, 0x06, 0x01, 0x78};
    nc.jetStream().publish("tam.wallet.v1.wallet.renamed", headers, futurePayload);
    // A known type carrying a field this build does not know (field 99, varint 7).
    ByteArrayOutputStream extra = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(extra);
    out.writeUInt64(99, 7);
    out.flush();
    byte[] withNewField =
        ByteString.copyFrom(
                Envelopes.prepare(registry.of(fact("R", 1)), fact("R", 1), java.time.Instant.now())
                    .toByteArray())
            .concat(ByteString.copyFrom(extra.toByteArray()))
            .toByteArray();
    Message newer = TransactionRecordedEvent.parseFrom(withNewField);
    Published published = publisher.publish(newer);

    await("both deliveries", () -> unknown.size() == 1 && known.size() == 1);

    assertThat(unknown.get(0).getSubject()).isEqualTo("tam.wallet.v1.wallet.renamed");
    assertThat(unknown.get(0).getData()).isEqualTo(futurePayload);
    assertThat(unknown.get(0).getHeaders().getFirst(EventHeaders.EVENT_TYPE))
        .isEqualTo("wallet.v1.WalletRenamedEvent");
    assertThat(known.get(0).getUnknownFields().hasField(99)).isTrue();
    assertThat(known.get(0).toByteArray()).isEqualTo(withNewField);
    assertThat(published.event().toByteArray()).isEqualTo(withNewField);
    assertThat(messages(EventStreams.DEAD_LETTER_STREAM)).isZero();
    assertThat(messages(WALLET)).isEqualTo(2); // nothing removed or rewritten
    assertThat(nc.jetStreamManagement().getMessage(WALLET, 1).getData()).isEqualTo(futurePayload);
  }

  @Test
  void aServerRestartInTheMiddleOfAStreamLosesNothingThatWasAcked() throws Exception {
    int total = 300;
    List<String> acked = new CopyOnWriteArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Long> applied = new CopyOnWriteArrayList<>();
    List<String> ids = new CopyOnWriteArrayList<>();
    // The consumer runs through the crash too: it must resume and apply each event once.
    started(
        EventConsumer.builder(nc, DURABLE)
            .on(
                TransactionRecordedEvent.class,
                e -> {
                  applied.add(e.metadata().getAggregateVersion());
                  ids.add(e.metadata().getEventId());
                })
            .ackWait(Duration.ofSeconds(2)));
    Thread producer =
        new Thread(
            () -> {
              try {
                EventPublisher p =
                    new EventPublisher(
                        nc, registry, EventStreams.PUBLISH_RETRY_HORIZON, Clock.systemUTC());
                for (int v = 1; v <= total; v++) {
                  Published r = p.publish(fact("R", v));
                  acked.add(Envelopes.metadata(r.event()).getEventId());
                }
              } catch (Exception e) {
                failures.add(e);
              }
            });
    producer.start();
    await("a third of the events", () -> acked.size() >= total / 3);
    server.crashAndRestart();
    producer.join(Duration.ofSeconds(60).toMillis());

    assertThat(failures).isEmpty();
    assertThat(acked).hasSize(total).doesNotHaveDuplicates();
    await("every acked event", () -> applied.size() == total);
    assertThat(messages(WALLET)).isEqualTo(total);
    assertThat(applied).isSorted().doesNotHaveDuplicates();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(acked);
  }

  @Test
  void theCommittedStreamFilesAreAcceptedByTheServer() throws IOException, Exception {
    for (StreamDefinition s : EventStreams.of(registry)) {
      var info = nc.jetStreamManagement().getStreamInfo(s.name()).getConfiguration();
      assertThat(info.getSubjects()).isEqualTo(s.subjects());
      assertThat(info.getDuplicateWindow()).isEqualTo(s.duplicateWindow());
      assertThat(info.getMaxAge()).isEqualTo(s.maxAge());
    }
  }
}
