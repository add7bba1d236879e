package com.tam.protos.events;

import static com.tam.protos.common.v1.EventKind.EVENT_KIND_FACT;
import static com.tam.protos.common.v1.EventKind.EVENT_KIND_SNAPSHOT;
import static com.tam.protos.common.v1.EventKind.EVENT_KIND_UNSPECIFIED;
import static com.tam.protos.events.Ordering.Decision.APPLY;
import static com.tam.protos.events.Ordering.Decision.HOLD;
import static com.tam.protos.events.Ordering.Decision.INVALID;
import static com.tam.protos.events.Ordering.Decision.SKIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderingTest {

  @Test
  void factsApplyTheNextVersionHoldLaterOnesAndSkipAppliedOnes() {
    assertThat(Ordering.decide(EVENT_KIND_FACT, "r-1", 1, 0)).isEqualTo(APPLY);
    assertThat(Ordering.decide(EVENT_KIND_FACT, "r-1", 4, 3)).isEqualTo(APPLY);
    assertThat(Ordering.decide(EVENT_KIND_FACT, "r-1", 5, 3)).isEqualTo(HOLD);
    assertThat(Ordering.decide(EVENT_KIND_FACT, "r-1", 3, 3)).isEqualTo(SKIP);
    assertThat(Ordering.decide(EVENT_KIND_FACT, "r-1", 1, 3)).isEqualTo(SKIP);
  }

  @Test
  void snapshotsLetTheLatestWin() {
    assertThat(Ordering.decide(EVENT_KIND_SNAPSHOT, "p-1", 7, 3)).isEqualTo(APPLY);
    assertThat(Ordering.decide(EVENT_KIND_SNAPSHOT, "p-1", 3, 3)).isEqualTo(SKIP);
    assertThat(Ordering.decide(EVENT_KIND_SNAPSHOT, "p-1", 2, 3)).isEqualTo(SKIP);
  }

  @Test
  void orderedKindsNeedAnAggregateIdAndAVersion() {
    assertThat(Ordering.decide(EVENT_KIND_FACT, "", 1, 0)).isEqualTo(INVALID);
    assertThat(Ordering.decide(EVENT_KIND_SNAPSHOT, "p-1", 0, 0)).isEqualTo(INVALID);
    assertThat(Ordering.invalidReason(EVENT_KIND_FACT, "", 1)).contains("aggregate_id");
    assertThat(Ordering.invalidReason(EVENT_KIND_FACT, "r", 0)).contains("aggregate_version 0");
  }

  @Test
  void unspecifiedKindIsAlwaysApplied() {
    assertThat(Ordering.decide(EVENT_KIND_UNSPECIFIED, "", 0, 0)).isEqualTo(APPLY);
  }

  @Test
  void inMemoryVersionsRecordOnlyWhenTheWorkSucceeds() throws Exception {
    InMemoryAppliedVersions versions = new InMemoryAppliedVersions();
    versions.apply("reservation", "r-1", 1, () -> {});
    assertThatThrownBy(
            () ->
                versions.apply(
                    "reservation",
                    "r-1",
                    2,
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(versions.lastApplied("reservation", "r-1")).isEqualTo(1);
    assertThat(versions.lastApplied("reservation", "r-2")).isZero();
    assertThat(versions.lastApplied("bet", "r-1")).isZero();
  }

  @Test
  void deadLetterReasonsAreOneShortAsciiLine() {
    assertThat(EventHeaders.headerSafe("bad\r\nthing\u00e9")).isEqualTo("bad thing");
    assertThat(EventHeaders.headerSafe("x".repeat(5000)))
        .hasSize(EventHeaders.MAX_REASON_LENGTH)
        .endsWith("...");
  }
}
