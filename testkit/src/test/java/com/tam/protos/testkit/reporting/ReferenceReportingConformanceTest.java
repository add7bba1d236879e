package com.tam.protos.testkit.reporting;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.ReportingServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference reporting-service (fed by the whole platform) against its conformance suite, the
 * way a service team runs the suite against its own implementation: a subclass of {@link
 * ReportingServiceTck} that returns its target from {@link #target()}. Every case of the suite is a
 * test of this class, reported on its own.
 */
class ReferenceReportingConformanceTest extends ReportingServiceTck {
  @RegisterExtension
  static final ConformanceTarget<com.tam.protos.testkit.validator.SagaPlatforms.Platform>
      REFERENCE =
          new ConformanceTarget<>(
              () -> com.tam.protos.testkit.validator.SagaPlatforms.withReporting(null), f -> f);

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
