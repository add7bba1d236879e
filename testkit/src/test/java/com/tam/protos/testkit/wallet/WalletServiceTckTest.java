package com.tam.protos.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import com.tam.protos.testkit.tck.WalletServiceTck;
import org.junit.jupiter.api.Test;

/** The wallet conformance suite passes against the reference wallet, every test run. */
class WalletServiceTckTest {
  @Test
  void theReferenceWalletPassesTheSuite() {
    try (WalletFixture f = new WalletFixture()) {
      TckReport report = Tck.run(f, WalletServiceTck.class);
      assertThat(report.passed()).as(report.summary()).isTrue();
      assertThat(report.skipped()).as(report.summary()).isEmpty();
      assertThat(report.outcomes()).as(report.summary()).hasSizeGreaterThan(55);
    }
  }
}
