package com.tam.protos.testkit.simulation;

import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.MutableClock;
import io.grpc.Channel;
import java.time.Duration;
import java.util.Map;

/**
 * What the simulation needs of a running platform: a channel to all seven services, its clock, its
 * event bus, a way to wait for quiescence, and the count of faults injected. The reference platform
 * ({@code ReferencePlatform}) is adapted to it; a test may assemble another (for example with one
 * deliberately broken service).
 */
public interface SimulatedPlatform extends AutoCloseable {

  /**
   * The channel on which every service of the platform answers.
   *
   * @return the channel
   */
  Channel channel();

  /**
   * The platform's clock, shared by every service.
   *
   * @return the clock
   */
  MutableClock clock();

  /**
   * The platform's event bus.
   *
   * @return the bus
   */
  EventBus events();

  /**
   * Waits until the bus is drained and no saga is running.
   *
   * @param timeout how long to wait at most
   */
  void awaitQuiescence(Duration timeout);

  /**
   * The faults injected so far, by kind.
   *
   * @return kind name to count
   */
  Map<String, Long> faultsInjected();

  /** Stops the platform. */
  @Override
  void close();

  /** Starts a platform for one run. */
  @FunctionalInterface
  interface Factory {
    /**
     * Starts a platform.
     *
     * @param seed the run's seed (ids, random choices, faults)
     * @param faults the fault profile
     * @return the running platform
     */
    SimulatedPlatform start(long seed, FaultProfile faults);
  }
}
