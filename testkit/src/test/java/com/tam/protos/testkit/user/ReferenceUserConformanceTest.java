package com.tam.protos.testkit.user;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.TckTarget;
import com.tam.protos.testkit.tck.UserServiceTck;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference user-service against its conformance suite, the way a service team runs the suite
 * against its own implementation: a subclass of {@link UserServiceTck} that returns its target from
 * {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceUserConformanceTest extends UserServiceTck {
  @RegisterExtension
  static final ConformanceTarget<UserPlatform> REFERENCE =
      new ConformanceTarget<>(() -> new UserPlatform(ReferenceUserService::new), f -> f.target());

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
