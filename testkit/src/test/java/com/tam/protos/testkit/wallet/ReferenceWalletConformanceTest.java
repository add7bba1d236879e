package com.tam.protos.testkit.wallet;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.TckTarget;
import com.tam.protos.testkit.tck.WalletServiceTck;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference wallet against its conformance suite, the way a service team runs the suite against
 * its own implementation: a subclass of {@link WalletServiceTck} that returns its target from
 * {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 *
 * <p>The wallet calls a reference risk-analyzer on the same platform server ({@link
 * WalletFixture#withRiskAnalyzer()}), so that the suite's cases that need one (deposit limits,
 * self-exclusion, a BLOCKED tier) run rather than being skipped.
 */
class ReferenceWalletConformanceTest extends WalletServiceTck {
  @RegisterExtension
  static final ConformanceTarget<WalletFixture> REFERENCE =
      new ConformanceTarget<>(WalletFixture::withRiskAnalyzer, f -> f);

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
