package com.tam.protos.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of every conformance suite. A suite is a JUnit 5 class; each test is one documented
 * behaviour with an observable outcome, and each assertion message starts with the rule's id in
 * brackets, for example {@code [wallet.reserve.replay-once]}, so that a failure names the broken
 * rule.
 *
 * <p>The target is, in this order: what a subclass returns from {@link #target()}; the target
 * installed with {@link Tck#use}; the target configured by system properties (see {@link
 * ConfiguredTarget}).
 */
public abstract class ServiceTck {
  /**
   * The implementation under test. Override to hand the suite your own channel and credentials.
   *
   * @return the target
   */
  protected TckTarget target() {
    return Tck.current();
  }

  /**
   * After each test, checks the events the target published while it ran (when the target {@link
   * TckTarget#events() offers them}): every finding of {@link EventConformance} fails the test. A
   * gap in a FACT sequence is given time to fill while events are still arriving (up to a second),
   * since events may arrive out of order.
   *
   * @throws InterruptedException if interrupted while a gap is given time to fill
   */
  @AfterEach
  protected void publishedEventsConform() throws InterruptedException {
    Optional<TckEvents> tap = target().events();
    if (tap.isEmpty()) {
      return;
    }
    EventConformance conformance = EventConformance.of(tap.get());
    List<Message> published = tap.get().published();
    List<String> findings = new ArrayList<>(conformance.check(published));
    findings.addAll(conformance.newProblems(tap.get().problems()));
    // A gap may still be filled by an event in flight: wait while events keep arriving (up to a
    // second in all), and stop after 100 ms in which none did.
    int seen = published.size();
    int quiet = 0;
    for (int i = 0; i < 20 && quiet < 2 && !conformance.openGaps().isEmpty(); i++) {
      Thread.sleep(50);
      List<Message> now = tap.get().published();
      quiet = now.size() == seen ? quiet + 1 : 0;
      seen = now.size();
      findings.addAll(conformance.check(now));
    }
    findings.addAll(conformance.report());
    assertThat(findings).as("[events.*] the events published during this test").isEmpty();
  }
}
