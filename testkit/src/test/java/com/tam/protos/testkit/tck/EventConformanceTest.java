package com.tam.protos.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each event rule of {@link EventConformance} passes a conforming stream and fails its breach. */
class EventConformanceTest {
  private final EventConformance conformance = new EventConformance();
  private final List<Message> published = new ArrayList<>();

  /** A complete, valid WalletOpenedEvent (a FACT of the aggregate wallet_status). */
  private static WalletOpenedEvent opened(String eventId, String userId, long version) {
    return WalletOpenedEvent.newBuilder()
        .setMetadata(
            EventMetadata.newBuilder()
                .setEventId(eventId)
                .setOccurTime(Timestamp.newBuilder().setSeconds(1_780_315_200L))
                .setProducer("wallet-service")
                .setSubject("tam.wallet.v1.wallet.opened")
                .setAggregateId(userId)
                .setAggregateVersion(version))
        .setUserId(userId)
        .setCurrency("EUR")
        .setOpenTime(Timestamp.newBuilder().setSeconds(1_780_315_200L))
        .build();
  }

  private static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  private List<String> publish(Message... events) {
    published.addAll(List.of(events));
    return conformance.check(published);
  }

  @Test
  void aConformingStreamHasNoFindingsAndARedeliveryIsFine() {
    WalletOpenedEvent first = opened(id(1), "u1", 1);

    assertThat(publish(first, opened(id(2), "u1", 2), first)).isEmpty();
    assertThat(conformance.report()).isEmpty();
  }

  @Test
  void eachEventIsCheckedOnce() {
    publish(opened(id(1), "u1", 0));

    assertThat(conformance.check(published)).as("the same record again").isEmpty();
  }

  @Test
  void aMessageThatIsNotAnEventIsReported() {
    assertThat(publish(GetBalanceRequest.newBuilder().setUserId("u1").build()))
        .containsExactly("[events.declared] wallet.v1.GetBalanceRequest is not a declared event");
  }

  @Test
  void anIncompleteEnvelopeIsReportedField() {
    WalletOpenedEvent e = opened(id(1), "u1", 1);
    WalletOpenedEvent bare =
        e.toBuilder()
            .setMetadata(
                e.getMetadata().toBuilder().clearOccurTime().clearProducer().clearSubject())
            .build();

    assertThat(publish(bare))
        .singleElement()
        .asString()
        .startsWith("[events.envelope] wallet.v1.WalletOpenedEvent " + id(1))
        .contains("metadata.occur_time, metadata.producer, metadata.subject not set");
  }

  @Test
  void aFactWithoutItsSequenceIsReported() {
    assertThat(publish(opened(id(1), "u1", 0)))
        .singleElement()
        .asString()
        .startsWith("[events.envelope]")
        .contains("metadata.aggregate_version: must be >= 1");
  }

  @Test
  void anEventBreakingItsRulesIsReportedWithTheRule() {
    WalletOpenedEvent e = opened(id(1), "u1", 1).toBuilder().setCurrency("euro").build();

    assertThat(publish(e))
        .singleElement()
        .asString()
        .startsWith("[events.valid] wallet.v1.WalletOpenedEvent " + id(1))
        .contains("currency: string.pattern");
  }

  @Test
  void anEnvelopeProblemAndARuleBrokenInTheSameEventAreReportedEachUnderItsRule() {
    WalletOpenedEvent e = opened(id(1), "u1", 0).toBuilder().setCurrency("euro").build();

    assertThat(publish(e))
        .hasSize(2)
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("[events.envelope] wallet.v1.WalletOpenedEvent " + id(1) + ": ")
                    .contains("metadata.aggregate_version: must be >= 1")
                    .doesNotContain("currency"))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("[events.valid] wallet.v1.WalletOpenedEvent " + id(1) + ": ")
                    .contains("currency: string.pattern")
                    .doesNotContain("aggregate_version"));
  }

  @Test
  void anEventIdReusedForAnotherEventIsReported() {
    assertThat(publish(opened(id(1), "u1", 1), opened(id(1), "u2", 1)))
        .containsExactly(
            "[events.event-id-unique] wallet.v1.WalletOpenedEvent "
                + id(1)
                + ": the event_id of an earlier, different WalletOpenedEvent");
  }

  @Test
  void aVersionPublishedTwiceIsReported() {
    assertThat(publish(opened(id(1), "u1", 1), opened(id(2), "u1", 1)))
        .containsExactly(
            "[events.fact-sequence] wallet.v1.WalletOpenedEvent "
                + id(2)
                + ": wallet_status u1 version 1 was already published as event "
                + id(1));
  }

  @Test
  void aGapIsOpenUntilFilledAndReportedOnce() {
    publish(opened(id(1), "u1", 3), opened(id(2), "u1", 5));
    assertThat(conformance.openGaps())
        .containsExactly(
            "[events.fact-sequence] wallet_status u1: version 5 was published but version 4 was"
                + " not");

    publish(opened(id(3), "u1", 4));
    assertThat(conformance.openGaps()).as("filled").isEmpty();

    publish(opened(id(4), "u1", 8));
    assertThat(conformance.report()).hasSize(1).first().asString().contains("versions 6-7");
    assertThat(conformance.report()).as("reported once").isEmpty();
    assertThat(conformance.openGaps()).isEmpty();
  }

  @Test
  void oneCheckerPerTap() {
    TckEvents tap = List::of;

    assertThat(EventConformance.of(tap)).isSameAs(EventConformance.of(tap));
    assertThat(EventConformance.of(tap)).isNotSameAs(EventConformance.of(List::of));
  }
}
