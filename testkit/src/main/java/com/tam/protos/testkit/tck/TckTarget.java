package com.tam.protos.testkit.tck;

import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.util.Optional;

/**
 * The implementation under test, as the conformance suites see it: a channel to the service (or to
 * a platform that serves several) and credentials for the roles the contracts name.
 *
 * <p>A team runs a suite against its own service by subclassing it and returning its target from
 * {@link ServiceTck#target()}, or from the command line with {@link TckMain} (host and port plus
 * tokens), which is how a non-Java implementation is checked.
 */
public interface TckTarget {
  /**
   * The channel to the implementation.
   *
   * @return the channel; the suite never shuts it down
   */
  Channel channel();

  /**
   * Credentials of a caller with the {@code service} role (another platform service).
   *
   * @return the credentials
   */
  CallCredentials serviceCredentials();

  /**
   * Credentials of a caller with the {@code operator} role.
   *
   * @return the credentials
   */
  CallCredentials operatorCredentials();

  /**
   * A new end user that the implementation authenticates, distinct from every earlier one. Where a
   * suite needs a wallet for the user it opens one itself through the contract.
   *
   * @return the user
   */
  TckUser newUser();

  /**
   * The implementation's clock, if the suite may move it. Suites skip (JUnit assumptions) the tests
   * of time-dependent rules when it is empty.
   *
   * @return the clock, empty by default
   */
  default Optional<TckClock> clock() {
    return Optional.empty();
  }

  /**
   * The events the implementation publishes, if the suite may read them. With them, every test also
   * checks the events published while it ran ({@link EventConformance}); without them, those checks
   * are skipped.
   *
   * @return the events, empty by default
   */
  default Optional<TckEvents> events() {
    return Optional.empty();
  }
}
