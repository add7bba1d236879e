package com.tam.protos.testkit.validator;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.OrderValidatorServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference order-validator (the saga on the in-process Temporal service) against its
 * conformance suite, the way a service team runs the suite against its own implementation: a
 * subclass of {@link OrderValidatorServiceTck} that returns its target from {@link #target()}.
 * Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceOrderValidatorConformanceTest extends OrderValidatorServiceTck {
  @RegisterExtension
  static final ConformanceTarget<SagaPlatform> REFERENCE =
      new ConformanceTarget<>(
          () -> new SagaPlatform(ReferenceOrderValidatorService.Defect.NONE, true), f -> f);

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
