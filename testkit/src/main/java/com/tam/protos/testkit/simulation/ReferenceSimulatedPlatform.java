package com.tam.protos.testkit.simulation;

import com.tam.protos.testkit.platform.FaultPlan;
import com.tam.protos.testkit.platform.ReferencePlatform;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.MutableClock;
import io.grpc.Channel;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The reference platform ({@link ReferencePlatform}: the seven reference services in one process,
 * in-process Temporal, the in-memory event bus) as a {@link SimulatedPlatform}, with the fault
 * profile turned into a seeded {@link FaultPlan} on every RPC and every event delivery, and (with
 * any faults) up to two crashes of the report worker that runs the daily report.
 */
public final class ReferenceSimulatedPlatform implements SimulatedPlatform {

  /** Report worker crashes injected into the run's report job, at most this many. */
  static final int MAX_REPORT_WORKER_CRASHES = 2;

  private final ReferencePlatform platform;
  private final int reportWorkerCrashes;

  private ReferenceSimulatedPlatform(ReferencePlatform platform, long seed, FaultProfile faults) {
    this.platform = platform;
    this.reportWorkerCrashes = reportWorkerCrashes(seed, faults);
    platform.reporting().crashWorkerOnNextAttempts(reportWorkerCrashes);
  }

  /**
   * How many attempts of the run's report job crash their worker: none without faults, otherwise 0
   * to {@link #MAX_REPORT_WORKER_CRASHES} drawn from the seed. Fewer than the job's attempts, so
   * the report must still succeed, on the attempt after the crashes, with the right figures.
   */
  static int reportWorkerCrashes(long seed, FaultProfile faults) {
    return faults.equals(FaultProfile.NONE)
        ? 0
        : new SplittableRandom(seed ^ 0x5EED_0F_4E90L).nextInt(MAX_REPORT_WORKER_CRASHES + 1);
  }

  /**
   * The factory of reference platforms.
   *
   * @return the factory
   */
  public static Factory factory() {
    return factory(UnaryOperator.identity());
  }

  /**
   * The factory of reference platforms, with a hook that adjusts each platform's builder.
   *
   * @param customize applied to the builder after the seed and the fault plan are set
   * @return the factory
   */
  public static Factory factory(UnaryOperator<ReferencePlatform.Builder> customize) {
    return (seed, faults) ->
        new ReferenceSimulatedPlatform(
            customize
                .apply(ReferencePlatform.builder().seed(seed).faults(plan(seed, faults)))
                .start(),
            seed,
            faults);
  }

  /**
   * The underlying platform (its services' inspection methods).
   *
   * @return the platform
   */
  public ReferencePlatform platform() {
    return platform;
  }

  /**
   * The fault plan of a profile: on every RPC ({@code *}), fail before and after the handler
   * (UNAVAILABLE and DEADLINE_EXCEEDED, half each), a 1 ms latency and duplicate delivery; on every
   * event delivery, drops, duplicates and reordering; all drawn from {@code seed}.
   *
   * @param seed the run's seed
   * @param p the profile
   * @return the plan
   */
  public static FaultPlan plan(long seed, FaultProfile p) {
    if (p.equals(FaultProfile.NONE)) {
      return FaultPlan.none();
    }
    String any = FaultPlan.ANY_METHOD;
    return FaultPlan.seeded(seed)
        .failBefore(any, p.failBefore() / 2, Status.Code.UNAVAILABLE)
        .failBefore(any, p.failBefore() / 2, Status.Code.DEADLINE_EXCEEDED)
        .failAfter(any, p.failAfter() / 2, Status.Code.UNAVAILABLE)
        .failAfter(any, p.failAfter() / 2, Status.Code.DEADLINE_EXCEEDED)
        .latency(any, p.latency(), Duration.ofMillis(1))
        .duplicate(any, p.duplicate())
        .dropEvents(p.dropEvents())
        .duplicateEvents(p.duplicateEvents())
        .reorderEvents(p.reorderEvents())
        .build();
  }

  @Override
  public Channel channel() {
    return platform.channel();
  }

  @Override
  public MutableClock clock() {
    return platform.clock();
  }

  @Override
  public EventBus events() {
    return platform.events();
  }

  @Override
  public void awaitQuiescence(Duration timeout) {
    try {
      platform.awaitQuiescence(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for quiescence", e);
    }
  }

  @Override
  public Map<String, Long> faultsInjected() {
    Map<String, Long> out = new TreeMap<>();
    for (FaultPlan.Kind k : FaultPlan.Kind.values()) {
      out.put(k.name(), platform.faults().injected(k));
    }
    out.put("REPORT_WORKER_CRASH", (long) reportWorkerCrashes);
    return out;
  }

  @Override
  public void close() {
    platform.close();
  }
}
