package com.tam.protos.testkit.tck;

import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a platform before a conformance suite's subclass runs and closes it afterwards; register it
 * as a static {@code @RegisterExtension} field and return {@link #target()} from {@code
 * ServiceTck.target()}.
 *
 * <p>It refuses a target without a clock: the suites skip their clock-dependent cases without one,
 * and a reference implementation must run every case.
 *
 * @param <F> the platform
 */
public final class ConformanceTarget<F extends AutoCloseable>
    implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<F> open;
  private final Function<F, TckTarget> targetOf;
  private F platform;

  /**
   * @param open starts the platform
   * @param targetOf the platform's target
   */
  public ConformanceTarget(Supplier<F> open, Function<F, TckTarget> targetOf) {
    this.open = open;
    this.targetOf = targetOf;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    platform = open.get();
    if (target().clock().isEmpty()) {
      afterAll(context);
      throw new IllegalStateException(
          "the target has no clock, so the suite would skip its clock-dependent cases");
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (platform != null) {
      platform.close();
      platform = null;
    }
  }

  /**
   * The running platform's target.
   *
   * @return the target
   */
  public TckTarget target() {
    if (platform == null) {
      throw new IllegalStateException("the platform is not running");
    }
    return targetOf.apply(platform);
  }
}
