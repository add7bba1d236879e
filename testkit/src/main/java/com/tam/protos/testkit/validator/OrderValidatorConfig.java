package com.tam.protos.testkit.validator;

import java.time.Duration;
import java.util.Objects;

/**
 * Configuration of the reference order-validator. The timing defaults are the ones the contract
 * names ({@code order_validator_service.proto}, "Retries"): AssessBet 2 attempts of 100 ms; steps
 * 2-5 5 s per attempt, exponential backoff from 200 ms doubling up to 5 s, 5 attempts for the steps
 * up to the pivot, 20 for the best-effort step; compensations without limit.
 *
 * @param temporalAddress {@code host:port} of a real Temporal frontend, or {@code null} for the
 *     in-process Temporal test service (time skipping)
 * @param namespace the Temporal namespace ({@code "default"})
 * @param taskQueue the task queue of the saga's workflows and activities
 * @param assessAttemptTimeout deadline of one AssessBet attempt (saga step 1; risk's latency
 *     budget)
 * @param assessAttempts attempts of AssessBet before the fail-closed rule applies
 * @param attemptTimeout start-to-close timeout of one attempt of steps 2-5 and of the
 *     compensations, also the gRPC deadline
 * @param initialBackoff delay before the second attempt
 * @param backoffCoefficient growth of the delay per attempt
 * @param maxBackoff the longest delay between attempts
 * @param forwardAttempts attempts of each step up to and including the pivot
 * @param bestEffortAttempts attempts of each best-effort step after the pivot
 * @param riskFailOpenThreshold amount at risk at or below which an order goes on without an
 *     assessment when risk-analyzer does not answer ({@code "0"}: every order fails closed)
 */
public record OrderValidatorConfig(
    String temporalAddress,
    String namespace,
    String taskQueue,
    Duration assessAttemptTimeout,
    int assessAttempts,
    Duration attemptTimeout,
    Duration initialBackoff,
    double backoffCoefficient,
    Duration maxBackoff,
    int forwardAttempts,
    int bestEffortAttempts,
    String riskFailOpenThreshold) {

  /** Checks the values. */
  public OrderValidatorConfig {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(taskQueue, "taskQueue");
    Objects.requireNonNull(assessAttemptTimeout, "assessAttemptTimeout");
    Objects.requireNonNull(attemptTimeout, "attemptTimeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(riskFailOpenThreshold, "riskFailOpenThreshold");
    if (assessAttempts < 1
        || forwardAttempts < 1
        || bestEffortAttempts < 1
        || backoffCoefficient < 1) {
      throw new IllegalArgumentException("attempts must be >= 1 and the coefficient >= 1");
    }
  }

  /**
   * The contract's defaults, on the in-process Temporal test service.
   *
   * @return the configuration
   */
  public static OrderValidatorConfig defaults() {
    return new OrderValidatorConfig(
        null,
        "default",
        "order-validator",
        Duration.ofMillis(100),
        2,
        Duration.ofSeconds(5),
        Duration.ofMillis(200),
        2.0,
        Duration.ofSeconds(5),
        5,
        20,
        "0");
  }

  /**
   * The same configuration on a real Temporal frontend.
   *
   * @param address {@code host:port}, or {@code null} for the in-process test service
   * @return the configuration
   */
  public OrderValidatorConfig withTemporalAddress(String address) {
    return new OrderValidatorConfig(
        address,
        namespace,
        taskQueue,
        assessAttemptTimeout,
        assessAttempts,
        attemptTimeout,
        initialBackoff,
        backoffCoefficient,
        maxBackoff,
        forwardAttempts,
        bestEffortAttempts,
        riskFailOpenThreshold);
  }

  /**
   * The same configuration with other backoff delays (tests shorten them).
   *
   * @param initial delay before the second attempt
   * @param max the longest delay
   * @return the configuration
   */
  public OrderValidatorConfig withBackoff(Duration initial, Duration max) {
    return new OrderValidatorConfig(
        temporalAddress,
        namespace,
        taskQueue,
        assessAttemptTimeout,
        assessAttempts,
        attemptTimeout,
        initial,
        backoffCoefficient,
        max,
        forwardAttempts,
        bestEffortAttempts,
        riskFailOpenThreshold);
  }

  /**
   * The same configuration with another fail-open threshold.
   *
   * @param threshold amount at risk, a decimal string
   * @return the configuration
   */
  public OrderValidatorConfig withRiskFailOpenThreshold(String threshold) {
    return new OrderValidatorConfig(
        temporalAddress,
        namespace,
        taskQueue,
        assessAttemptTimeout,
        assessAttempts,
        attemptTimeout,
        initialBackoff,
        backoffCoefficient,
        maxBackoff,
        forwardAttempts,
        bestEffortAttempts,
        threshold);
  }

  /**
   * The same configuration with another AssessBet deadline (a loaded test machine may need more
   * than risk's 100 ms budget).
   *
   * @param timeout deadline of one AssessBet attempt
   * @return the configuration
   */
  public OrderValidatorConfig withAssessAttemptTimeout(Duration timeout) {
    return new OrderValidatorConfig(
        temporalAddress,
        namespace,
        taskQueue,
        timeout,
        assessAttempts,
        attemptTimeout,
        initialBackoff,
        backoffCoefficient,
        maxBackoff,
        forwardAttempts,
        bestEffortAttempts,
        riskFailOpenThreshold);
  }
}
