package com.tam.protos.testkit.simulation;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How the simulation's clients call the platform: the retry rule of the contracts. A retryable
 * outcome (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED except
 * SAGA_ALREADY_COMPENSATED) is retried with the same request, hence the same idempotency key; any
 * other error is definitive and returned to the caller, which decides whether to try again with a
 * new key. Counts every retry by status code.
 */
public final class Calls {

  private final int maxAttempts;
  private final Runnable onThrottled;
  private final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();

  /**
   * A caller that gives up after {@code maxAttempts} attempts.
   *
   * @param maxAttempts at least 1
   */
  public Calls(int maxAttempts) {
    this(maxAttempts, () -> {});
  }

  /**
   * A caller that gives up after {@code maxAttempts} attempts and lets time pass when throttled.
   *
   * @param maxAttempts at least 1
   * @param onThrottled run before retrying a RESOURCE_EXHAUSTED call, for example to move a
   *     simulated clock past the rate-limit window (the client waiting out its RetryInfo)
   */
  public Calls(int maxAttempts, Runnable onThrottled) {
    this.maxAttempts = maxAttempts;
    this.onThrottled = onThrottled;
  }

  /**
   * Calls {@code call} until it succeeds, fails definitively or runs out of attempts.
   *
   * @param call one attempt; it must send the same request (same key) every time
   * @param <T> the response type
   * @return the response
   * @throws StatusRuntimeException the definitive error, or the last retryable one
   */
  public <T> T call(Supplier<T> call) {
    StatusRuntimeException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return call.get();
      } catch (StatusRuntimeException e) {
        if (!retryable(e)) {
          throw e;
        }
        last = e;
        retries
            .computeIfAbsent(e.getStatus().getCode().name(), k -> new AtomicLong())
            .incrementAndGet();
        if (e.getStatus().getCode() == Status.Code.RESOURCE_EXHAUSTED) {
          onThrottled.run();
        }
        if (e.getStatus().getCode() == Status.Code.ABORTED
            || e.getStatus().getCode() == Status.Code.RESOURCE_EXHAUSTED) {
          pause(attempt);
        }
      }
    }
    throw last;
  }

  /**
   * Whether the contracts say to retry an error with the same key.
   *
   * @param e the error
   * @return true for UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED and ABORTED but
   *     SAGA_ALREADY_COMPENSATED
   */
  public static boolean retryable(StatusRuntimeException e) {
    return switch (e.getStatus().getCode()) {
      case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED -> true;
      case ABORTED -> !"SAGA_ALREADY_COMPENSATED".equals(reason(e));
      default -> false;
    };
  }

  /**
   * The {@code ErrorInfo.reason} of an error, or "" when it has none.
   *
   * @param e the error
   * @return the reason
   */
  public static String reason(StatusRuntimeException e) {
    com.google.rpc.Status s = StatusProto.fromThrowable(e);
    if (s == null) {
      return "";
    }
    for (com.google.protobuf.Any d : s.getDetailsList()) {
      if (d.is(ErrorInfo.class)) {
        try {
          return d.unpack(ErrorInfo.class).getReason();
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
          return "";
        }
      }
    }
    return "";
  }

  /**
   * Retries made so far, by status code name.
   *
   * @return a snapshot copy
   */
  public Map<String, Long> retries() {
    Map<String, Long> out = new java.util.TreeMap<>();
    retries.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(50, attempt * 2L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying", e);
    }
  }
}
