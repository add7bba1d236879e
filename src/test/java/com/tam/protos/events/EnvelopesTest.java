package com.tam.protos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnvelopesTest {

  private final EventRegistry registry = EventRegistry.load();
  private final EventType committed =
      registry.bySubject("tam.wallet.v1.transaction.recorded").orElseThrow();
  private final Instant now = Instant.parse("2026-12-02T06:00:00.123Z");

  private static TransactionRecordedEvent event(EventMetadata.Builder meta) {
    return TransactionRecordedEvent.newBuilder().setMetadata(meta).build();
  }

  @Test
  void fillsIdTimeProducerAndSubject() {
    TransactionRecordedEvent filled =
        Envelopes.prepare(
            committed,
            event(EventMetadata.newBuilder().setAggregateId("res-1").setAggregateVersion(2)),
            now);

    EventMetadata m = filled.getMetadata();
    assertThat(m.getEventId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(m.getOccurTime().getSeconds()).isEqualTo(now.getEpochSecond());
    assertThat(m.getOccurTime().getNanos()).isEqualTo(123_000_000);
    assertThat(m.getProducer()).isEqualTo("wallet-service");
    assertThat(m.getSubject()).isEqualTo("tam.wallet.v1.transaction.recorded");
    assertThat(m.getAggregateVersion()).isEqualTo(2);
  }

  @Test
  void keepsAGivenEventIdSoRetriesDeduplicate() {
    String id = "6f1c2b7e-9d3a-4f5b-8c7d-1e2f3a4b5c6d";
    TransactionRecordedEvent filled =
        Envelopes.prepare(
            committed,
            event(
                EventMetadata.newBuilder()
                    .setEventId(id)
                    .setAggregateId("res-1")
                    .setAggregateVersion(1)),
            now);

    assertThat(filled.getMetadata().getEventId()).isEqualTo(id);
  }

  @Test
  void returnsACompleteEnvelopeUnchangedAndStillValidatesIt() {
    TransactionRecordedEvent once =
        Envelopes.prepare(
            committed,
            event(EventMetadata.newBuilder().setAggregateId("res-1").setAggregateVersion(1)),
            now);

    assertThat(Envelopes.prepare(committed, once, now.plusSeconds(60))).isSameAs(once);
    TransactionRecordedEvent badAmount =
        once.toBuilder()
            .setTransaction(once.getTransaction().toBuilder().setAmount("1.2345"))
            .build();
    assertThatThrownBy(() -> Envelopes.prepare(committed, badAmount, now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transaction.amount");
  }

  @Test
  void refusesAWrongProducerOrSubjectNamingTheField() {
    assertThatThrownBy(
            () ->
                Envelopes.prepare(
                    committed,
                    event(
                        EventMetadata.newBuilder()
                            .setProducer("order-book")
                            .setSubject("tam.wallet.v1.other.thing")
                            .setAggregateId("res-1")
                            .setAggregateVersion(1)),
                    now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.producer: is \"order-book\"")
        .hasMessageContaining("metadata.subject: is \"tam.wallet.v1.other.thing\"");
  }

  @Test
  void factsNeedAnAggregateIdAndAVersion() {
    assertThatThrownBy(() -> Envelopes.prepare(committed, event(EventMetadata.newBuilder()), now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.aggregate_id: required for EVENT_KIND_FACT events")
        .hasMessageContaining("metadata.aggregate_version: must be >= 1");
  }

  @Test
  void runsTheProtovalidateRules() {
    assertThatThrownBy(
            () ->
                Envelopes.prepare(
                    committed,
                    event(
                        EventMetadata.newBuilder()
                            .setEventId("not-a-uuid")
                            .setAggregateId("res-1")
                            .setAggregateVersion(1)),
                    now))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.event_id: string.uuid");
  }

  @Test
  void refusesAMessageOfAnotherType() {
    EventType created = registry.bySubject("tam.wallet.v1.reservation.created").orElseThrow();
    assertThatThrownBy(() -> Envelopes.prepare(created, event(EventMetadata.newBuilder()), now))
        .hasMessageContaining("is a wallet.v1.TransactionRecordedEvent, not a");
  }
}
