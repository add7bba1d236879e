package com.tam.protos.testkit.platform;

import io.grpc.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which faults the platform injects, and how often: per RPC (by full method name, or {@code *} for
 * every RPC of the seven services) and for events. Every choice comes from one seeded random
 * source, so a run with one seed makes the same choices again (given the same order of calls).
 *
 * <p>RPC faults, applied by {@link FaultInjector} next to the handler (after authentication and
 * validation):
 *
 * <ul>
 *   <li>{@link Kind#FAIL_BEFORE}: the call fails with the given code (UNAVAILABLE or
 *       DEADLINE_EXCEEDED) and the handler is not called: no effect;
 *   <li>{@link Kind#FAIL_AFTER}: the handler runs (the effect happens), then the caller gets the
 *       error instead of the response: the unknown outcome that retries with the same idempotency
 *       key resolve (unary RPCs only);
 *   <li>{@link Kind#LATENCY}: the call is held for the given time before the handler runs;
 *   <li>{@link Kind#DUPLICATE}: the handler is called twice with the same request, as with a
 *       network-level redelivery; the caller gets the second outcome (unary RPCs only).
 * </ul>
 *
 * <p>Event faults, applied by {@code InMemoryEventBus} per delivery to a consumer: dropped at the
 * first delivery (redelivered later, as JetStream does after the ack wait), duplicated, reordered
 * (a later event is delivered first).
 *
 * <p>{@code *} does not match {@code user.v1.UserService/ValidateSession}: that RPC carries every
 * call's authentication, and faults on it only surface as UNAUTHENTICATED elsewhere. Name it
 * explicitly to inject faults into it. Thread-safe.
 */
public final class FaultPlan {
  /** The wildcard method name. */
  public static final String ANY_METHOD = "*";

  private static final String VALIDATE_SESSION = "user.v1.UserService/ValidateSession";

  /** The kinds of fault. */
  public enum Kind {
    /** The call fails before the handler runs. */
    FAIL_BEFORE,
    /** The handler runs, then the caller gets an error. */
    FAIL_AFTER,
    /** The call waits before the handler runs. */
    LATENCY,
    /** The handler is called twice with the same request. */
    DUPLICATE,
    /** An event is lost at its first delivery to a consumer and redelivered later. */
    DROP_EVENT,
    /** An event is delivered twice to a consumer. */
    DUPLICATE_EVENT,
    /** An event is delivered to a consumer after the next one. */
    REORDER_EVENT
  }

  /**
   * One RPC fault rule.
   *
   * @param method a full method name ({@code wallet.v1.WalletService/ReserveBalance}) or {@code *}
   * @param probability the chance per call, 0 to 1
   * @param kind what happens
   * @param code the status code of FAIL_BEFORE and FAIL_AFTER
   * @param latency the delay of LATENCY
   */
  public record Rule(
      String method, double probability, Kind kind, Status.Code code, Duration latency) {
    /** Checks the rule. */
    public Rule {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(kind, "kind");
      checkProbability(probability);
    }

    boolean matches(String fullMethodName) {
      return method.equals(fullMethodName)
          || (method.equals(ANY_METHOD) && !fullMethodName.equals(VALIDATE_SESSION));
    }
  }

  /**
   * What the injector does with one call.
   *
   * @param latency total added latency (zero for none)
   * @param failBefore the code to fail with before the handler, or null
   * @param duplicate whether the handler runs twice
   * @param failAfter the code to fail with after the handler, or null
   */
  public record CallFaults(
      Duration latency, Status.Code failBefore, boolean duplicate, Status.Code failAfter) {
    static final CallFaults NONE = new CallFaults(Duration.ZERO, null, false, null);

    /**
     * Whether nothing is injected.
     *
     * @return true for no fault
     */
    public boolean none() {
      return latency.isZero() && failBefore == null && !duplicate && failAfter == null;
    }
  }

  private static final FaultPlan NONE = new FaultPlan(0, List.of(), 0, 0, 0);

  private final long seed;
  private final Random random;
  private final List<Rule> rules;
  private final double dropEvents;
  private final double duplicateEvents;
  private final double reorderEvents;
  private final Map<Kind, AtomicLong> injected = new EnumMap<>(Kind.class);

  private FaultPlan(
      long seed,
      List<Rule> rules,
      double dropEvents,
      double duplicateEvents,
      double reorderEvents) {
    this.seed = seed;
    this.random = new Random(seed);
    this.rules = List.copyOf(rules);
    this.dropEvents = dropEvents;
    this.duplicateEvents = duplicateEvents;
    this.reorderEvents = reorderEvents;
    for (Kind k : Kind.values()) {
      injected.put(k, new AtomicLong());
    }
  }

  /**
   * The plan that injects nothing.
   *
   * @return the empty plan
   */
  public static FaultPlan none() {
    return NONE;
  }

  /**
   * Starts a plan.
   *
   * @param seed the seed of every choice the plan makes
   * @return the builder
   */
  public static Builder seeded(long seed) {
    return new Builder(seed);
  }

  /**
   * The seed.
   *
   * @return the seed this plan was built with
   */
  public long seed() {
    return seed;
  }

  /**
   * The RPC rules, in the order they were added.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Whether the plan injects nothing at all.
   *
   * @return true when there are no rules and no event faults
   */
  public boolean isEmpty() {
    return rules.isEmpty() && dropEvents == 0 && duplicateEvents == 0 && reorderEvents == 0;
  }

  /**
   * How many faults of one kind were injected so far.
   *
   * @param kind the kind
   * @return the count
   */
  public long injected(Kind kind) {
    return injected.get(kind).get();
  }

  /**
   * Every count of injected faults, by kind name ({@code FAIL_BEFORE}, ...), zeros included.
   *
   * @return kind name to count, in the order of {@link Kind}
   */
  public Map<String, Long> injected() {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    injected.forEach((k, v) -> out.put(k.name(), v.get()));
    return out;
  }

  /**
   * Decides the faults of one call (each matching rule is rolled once, in order).
   *
   * @param fullMethodName the RPC's full name
   * @param unary whether the RPC is unary (FAIL_AFTER and DUPLICATE only apply to unary RPCs)
   * @return the faults to inject
   */
  public CallFaults decide(String fullMethodName, boolean unary) {
    if (rules.isEmpty()) {
      return CallFaults.NONE;
    }
    Duration latency = Duration.ZERO;
    Status.Code before = null;
    Status.Code after = null;
    boolean duplicate = false;
    for (Rule r : rules) {
      if (!r.matches(fullMethodName)) {
        continue;
      }
      boolean applicable =
          switch (r.kind()) {
            case FAIL_AFTER, DUPLICATE -> unary;
            case FAIL_BEFORE, LATENCY -> true;
            default -> false;
          };
      if (!applicable || !roll(r.probability())) {
        continue;
      }
      switch (r.kind()) {
        case LATENCY -> latency = latency.plus(r.latency());
        case FAIL_BEFORE -> before = before == null ? r.code() : before;
        case FAIL_AFTER -> after = after == null ? r.code() : after;
        case DUPLICATE -> duplicate = true;
        default -> {}
      }
    }
    if (before != null) {
      // Nothing else happens to a call that never reaches its handler.
      count(Kind.FAIL_BEFORE);
      if (!latency.isZero()) {
        count(Kind.LATENCY);
      }
      return new CallFaults(latency, before, false, null);
    }
    if (!latency.isZero()) {
      count(Kind.LATENCY);
    }
    if (duplicate) {
      count(Kind.DUPLICATE);
    }
    if (after != null) {
      count(Kind.FAIL_AFTER);
    }
    return new CallFaults(latency, null, duplicate, after);
  }

  /**
   * Whether the next delivery of an event to a consumer is dropped (at its first delivery only).
   *
   * @return true to drop
   */
  public boolean dropEvent() {
    return event(dropEvents, Kind.DROP_EVENT);
  }

  /**
   * Whether an event is delivered twice to a consumer.
   *
   * @return true to duplicate
   */
  public boolean duplicateEvent() {
    return event(duplicateEvents, Kind.DUPLICATE_EVENT);
  }

  /**
   * Whether an event is delivered to a consumer after the next one.
   *
   * @return true to reorder
   */
  public boolean reorderEvent() {
    return event(reorderEvents, Kind.REORDER_EVENT);
  }

  private boolean event(double p, Kind kind) {
    if (p == 0 || !roll(p)) {
      return false;
    }
    count(kind);
    return true;
  }

  private boolean roll(double p) {
    if (p >= 1) {
      return true;
    }
    synchronized (random) {
      return random.nextDouble() < p;
    }
  }

  private void count(Kind kind) {
    injected.get(kind).incrementAndGet();
  }

  private static void checkProbability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
    }
  }

  @Override
  public String toString() {
    return "FaultPlan{seed="
        + seed
        + ", rules="
        + rules
        + ", dropEvents="
        + dropEvents
        + ", duplicateEvents="
        + duplicateEvents
        + ", reorderEvents="
        + reorderEvents
        + "}";
  }

  /** Collects the rules of a plan. */
  public static final class Builder {
    private final long seed;
    private final List<Rule> rules = new ArrayList<>();
    private double dropEvents;
    private double duplicateEvents;
    private double reorderEvents;

    private Builder(long seed) {
      this.seed = seed;
    }

    /**
     * Fails calls before their handler runs (no effect).
     *
     * @param method a full method name or {@code *}
     * @param probability the chance per call
     * @param code UNAVAILABLE or DEADLINE_EXCEEDED
     * @return this builder
     */
    public Builder failBefore(String method, double probability, Status.Code code) {
      rules.add(new Rule(method, probability, Kind.FAIL_BEFORE, transientCode(code), null));
      return this;
    }

    /**
     * Fails calls after their handler ran (the effect stays: the unknown outcome).
     *
     * @param method a full method name or {@code *}
     * @param probability the chance per call
     * @param code UNAVAILABLE or DEADLINE_EXCEEDED
     * @return this builder
     */
    public Builder failAfter(String method, double probability, Status.Code code) {
      rules.add(new Rule(method, probability, Kind.FAIL_AFTER, transientCode(code), null));
      return this;
    }

    /**
     * Holds calls before their handler runs.
     *
     * @param method a full method name or {@code *}
     * @param probability the chance per call
     * @param latency how long (real time)
     * @return this builder
     */
    public Builder latency(String method, double probability, Duration latency) {
      if (latency.isNegative()) {
        throw new IllegalArgumentException("negative latency: " + latency);
      }
      rules.add(new Rule(method, probability, Kind.LATENCY, null, latency));
      return this;
    }

    /**
     * Delivers calls twice to their handler.
     *
     * @param method a full method name or {@code *}
     * @param probability the chance per call
     * @return this builder
     */
    public Builder duplicate(String method, double probability) {
      rules.add(new Rule(method, probability, Kind.DUPLICATE, null, null));
      return this;
    }

    /**
     * Drops events at their first delivery to a consumer (they are redelivered later).
     *
     * @param probability the chance per delivery
     * @return this builder
     */
    public Builder dropEvents(double probability) {
      checkProbability(probability);
      this.dropEvents = probability;
      return this;
    }

    /**
     * Delivers events twice to a consumer.
     *
     * @param probability the chance per delivery
     * @return this builder
     */
    public Builder duplicateEvents(double probability) {
      checkProbability(probability);
      this.duplicateEvents = probability;
      return this;
    }

    /**
     * Delivers an event to a consumer after the next one.
     *
     * @param probability the chance per delivery
     * @return this builder
     */
    public Builder reorderEvents(double probability) {
      checkProbability(probability);
      this.reorderEvents = probability;
      return this;
    }

    /**
     * Builds the plan.
     *
     * @return the plan
     */
    public FaultPlan build() {
      return new FaultPlan(seed, rules, dropEvents, duplicateEvents, reorderEvents);
    }

    private static Status.Code transientCode(Status.Code code) {
      if (code != Status.Code.UNAVAILABLE && code != Status.Code.DEADLINE_EXCEEDED) {
        throw new IllegalArgumentException(
            "an injected transport fault is UNAVAILABLE or DEADLINE_EXCEEDED, not " + code);
      }
      return code;
    }
  }
}
