package com.tam.protos.testkit.risk;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.RiskServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference risk-analyzer against its conformance suite, the way a service team runs the suite
 * against its own implementation: a subclass of {@link RiskServiceTck} that returns its target from
 * {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceRiskConformanceTest extends RiskServiceTck {
  @RegisterExtension
  static final ConformanceTarget<RiskPlatform> REFERENCE =
      new ConformanceTarget<>(() -> new RiskPlatform(ReferenceRiskService::new), f -> f.target());

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
