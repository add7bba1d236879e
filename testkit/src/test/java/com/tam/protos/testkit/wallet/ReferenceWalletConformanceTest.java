package com.tam.protos.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.TckTarget;
import com.tam.protos.testkit.tck.WalletServiceTck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference wallet against its conformance suite, the way a service team runs the suite against
 * its own implementation: a subclass of {@link WalletServiceTck} that returns its target from
 * {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceWalletConformanceTest extends WalletServiceTck {
  private static WalletFixture fixture;

  @BeforeAll
  static void start() {
    fixture = new WalletFixture();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Override
  protected TckTarget target() {
    return fixture;
  }

  @Test
  void theTargetHasAMovableClockSoNoCaseIsSkipped() {
    assertThat(target().clock()).as("the clock-dependent cases skip without one").isPresent();
  }
}
