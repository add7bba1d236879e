package com.tam.protos.testkit.tck;

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
}
