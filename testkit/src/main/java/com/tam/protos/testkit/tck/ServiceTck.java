package com.tam.protos.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

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
   * gap in a FACT sequence is given up to a second to fill, since events may arrive out of order.
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
    List<String> findings = new ArrayList<>(conformance.check(tap.get().published()));
    findings.addAll(conformance.newProblems(tap.get().problems()));
    for (int i = 0; i < 20 && !conformance.openGaps().isEmpty(); i++) {
      Thread.sleep(50);
      findings.addAll(conformance.check(tap.get().published()));
    }
    findings.addAll(conformance.report());
    assertThat(findings).as("[events.*] the events published during this test").isEmpty();
  }
}
