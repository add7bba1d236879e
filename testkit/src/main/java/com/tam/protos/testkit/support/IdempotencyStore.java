package com.tam.protos.testkit.support;

import com.google.protobuf.Message;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The platform's replay rule ({@code docs/CONVENTIONS.md}, "Which outcomes are replayed") for one
 * service, in memory. Every reference service runs each write through {@link #execute}.
 *
 * <ul>
 *   <li>The first execution that reaches a decision (a response, or an error with code {@code
 *       FAILED_PRECONDITION}, {@code ALREADY_EXISTS}, {@code NOT_FOUND}, {@code OUT_OF_RANGE} or
 *       {@code PERMISSION_DENIED}) is stored and returned again, unchanged, to every retry with the
 *       same key and the same request.
 *   <li>Any other error is not stored: the key stays unused and a retry runs afresh.
 *   <li>The same key with a different request fails with {@code FAILED_PRECONDITION /
 *       IDEMPOTENCY_KEY_REUSED}; a retry while the first call runs fails with {@code ABORTED /
 *       IDEMPOTENCY_REQUEST_IN_PROGRESS}. Neither is stored.
 * </ul>
 *
 * <p>Keys are scoped: the caller passes the RPC's full name and the value of the scope field that
 * the service's comment names ({@code user_id}, {@code saga_id}, {@code market_id}, ...). The
 * request is compared by its deterministic serialization. Keys are kept for the life of the store
 * (the contract's 7-day minimum is longer than any test).
 */
public final class IdempotencyStore {
  /** Codes whose errors are decisions, stored and replayed. */
  public static final Set<Status.Code> STORED_ERROR_CODES =
      Set.of(
          Status.Code.FAILED_PRECONDITION,
          Status.Code.ALREADY_EXISTS,
          Status.Code.NOT_FOUND,
          Status.Code.OUT_OF_RANGE,
          Status.Code.PERMISSION_DENIED);

  private final String domain;
  private final Map<ScopedKey, Entry> entries = new ConcurrentHashMap<>();

  /**
   * A store for one service.
   *
   * @param domain the service's error domain, for example {@code RpcErrors.domain("wallet")}
   */
  public IdempotencyStore(String domain) {
    this.domain = domain;
  }

  /**
   * Runs {@code write} at most once per (method, scope, key) and request, as the replay rule says.
   *
   * @param method the RPC's full name, for example {@code wallet.v1.WalletService/ReserveBalance}
   * @param scope the value of the key's scope field
   * @param key the request's {@code idempotency_key}
   * @param request the request, compared with the first one by its serialized bytes
   * @param write the effect; throws {@link StatusRuntimeException} for an error outcome
   * @param <R> the response type
   * @return the first execution's response
   * @throws StatusRuntimeException the first execution's stored error, or {@code
   *     IDEMPOTENCY_KEY_REUSED}, {@code IDEMPOTENCY_REQUEST_IN_PROGRESS}, or an error the write
   *     raised that is not stored
   */
  @SuppressWarnings("unchecked")
  public <R extends Message> R execute(
      String method, String scope, String key, Message request, Supplier<R> write) {
    ScopedKey scoped = new ScopedKey(method, scope, key);
    byte[] fingerprint = Fingerprints.of(request);
    Entry mine = new Entry(fingerprint);
    Entry existing = entries.putIfAbsent(scoped, mine);
    if (existing != null) {
      return (R) existing.replay(fingerprint, method, key);
    }
    try {
      R response = write.get();
      mine.complete(response, null);
      return response;
    } catch (StatusRuntimeException e) {
      if (STORED_ERROR_CODES.contains(e.getStatus().getCode())) {
        mine.complete(null, e);
      } else {
        entries.remove(scoped, mine);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      entries.remove(scoped, mine);
      throw e;
    }
  }

  /**
   * Whether a key has a stored outcome (for tests and invariants).
   *
   * @param method the RPC's full name
   * @param scope the scope value
   * @param key the idempotency key
   * @return true if an outcome is stored
   */
  public boolean hasOutcome(String method, String scope, String key) {
    Entry e = entries.get(new ScopedKey(method, scope, key));
    return e != null && e.done;
  }

  private record ScopedKey(String method, String scope, String key) {}

  private final class Entry {
    private final byte[] fingerprint;
    private volatile boolean done;
    private Message response;
    private StatusRuntimeException error;

    Entry(byte[] fingerprint) {
      this.fingerprint = fingerprint;
    }

    synchronized void complete(Message response, StatusRuntimeException error) {
      this.response = response;
      this.error = error;
      this.done = true;
    }

    Message replay(byte[] requestFingerprint, String method, String key) {
      if (!Arrays.equals(fingerprint, requestFingerprint)) {
        throw RpcErrors.error(
                Status.Code.FAILED_PRECONDITION,
                ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED,
                domain)
            .message("idempotency key was used for a different " + method + " request")
            .putMetadata("idempotencyKey", key)
            .asException();
      }
      synchronized (this) {
        if (!done) {
          throw RpcErrors.error(
                  Status.Code.ABORTED,
                  ErrorReason.ERROR_REASON_IDEMPOTENCY_REQUEST_IN_PROGRESS,
                  domain)
              .message(
                  "a request with this idempotency key is still running; retry with the same key")
              .asException();
        }
        if (error != null) {
          throw new StatusRuntimeException(error.getStatus(), error.getTrailers());
        }
        return response;
      }
    }
  }
}
