package com.tam.protos.testkit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventLedgerTest {

  private static TransactionRecordedEvent event(String user, long seq) {
    return TransactionRecordedEvent.newBuilder()
        .setMetadata(
            EventMetadata.newBuilder()
                .setEventId("e-" + user + "-" + seq)
                .setAggregateId(user)
                .setAggregateVersion(seq))
        .setTransaction(
            Transaction.newBuilder().setUserId(user).setSequence(seq).setTransactionId("t" + seq))
        .build();
  }

  @Test
  @DisplayName(
      "reordered and duplicated deliveries rebuild the ledger in sequence order, each entry once")
  void reorderedAndDuplicated() {
    EventLedger l = new EventLedger();
    for (long seq : new long[] {2, 1, 1, 4, 3, 2, 5}) {
      l.accept(event("alice", seq));
    }
    assertThat(l.ledgers().get("alice"))
        .extracting(Transaction::getSequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(l.problems()).isEmpty();
    assertThat(l.figures()).isEqualTo("7 deliveries, 2 duplicates skipped, 2 held behind a gap");
  }

  @Test
  @DisplayName("an event held behind a gap that is never filled is reported, not applied")
  void gapReported() {
    EventLedger l = new EventLedger();
    l.accept(event("bob", 1));
    l.accept(event("bob", 3));
    assertThat(l.ledgers().get("bob")).hasSize(1);
    assertThat(l.problems())
        .isEqualTo(List.of("bob: versions [3] held behind a gap after version 1"));
  }

  @Test
  @DisplayName("an envelope without an aggregate id is reported as invalid")
  void invalidEnvelope() {
    EventLedger l = new EventLedger();
    l.accept(event("", 1));
    assertThat(l.problems()).singleElement().asString().contains("without metadata.aggregate_id");
  }
}
