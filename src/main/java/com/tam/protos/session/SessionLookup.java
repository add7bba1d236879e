package com.tam.protos.session;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.common.util.concurrent.SettableFuture;
import com.google.protobuf.Timestamp;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import io.grpc.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Turns a token into a session: the cache first, then one {@code ValidateSession} call per token
 * hash at a time (concurrent checks of the same token share it), at most {@code maxInFlight}
 * distinct calls at once, each bounded by {@code validateTimeout}. Never blocks; the returned
 * futures never fail.
 */
final class SessionLookup {

  /** What a lookup found. */
  sealed interface Outcome permits Valid, Rejected, Unavailable {}

  /** A usable session. */
  record Valid(AuthenticatedSession session) implements Outcome {}

  /** The user service refused the token (or its session has expired): the status to answer. */
  record Rejected(com.google.rpc.Status status) implements Outcome {}

  /** The user service could not be asked or answered something unusable: fail closed. */
  record Unavailable(String message) implements Outcome {}

  /** Earliest and latest {@code google.protobuf.Timestamp} (0001-01-01 to 9999-12-31). */
  private static final long MIN_SECONDS = -62_135_596_800L;

  private static final long MAX_SECONDS = 253_402_300_799L;

  private final UserServiceGrpc.UserServiceFutureStub userService;
  private final Duration validateTimeout;
  private final Clock clock;
  private final SessionCache cache;
  private final int maxInFlight;
  private final Map<String, ListenableFuture<Outcome>> inFlight = new HashMap<>();

  SessionLookup(
      UserServiceGrpc.UserServiceFutureStub userService,
      Duration validateTimeout,
      Clock clock,
      SessionCache cache,
      int maxInFlight) {
    this.userService = userService;
    this.validateTimeout = validateTimeout;
    this.clock = clock;
    this.cache = cache;
    this.maxInFlight = maxInFlight;
  }

  /** Returns the cached session fetched at most {@code maxAge} ago, or {@code null}. */
  AuthenticatedSession cached(String tokenHash, Duration maxAge) {
    return cache.get(tokenHash, maxAge);
  }

  /**
   * Asks the user service about a token, sharing a call already in flight for the same hash. The
   * call runs in a fork of the current context: one caller's cancellation does not cancel it for
   * the others, and {@code validateTimeout} always bounds it.
   */
  ListenableFuture<Outcome> validate(String token, String tokenHash) {
    SettableFuture<Outcome> result;
    synchronized (inFlight) {
      ListenableFuture<Outcome> running = inFlight.get(tokenHash);
      if (running != null) {
        return running;
      }
      if (inFlight.size() >= maxInFlight) {
        return Futures.immediateFuture(new Unavailable("too many session checks in flight"));
      }
      result = SettableFuture.create();
      inFlight.put(tokenHash, result);
    }
    ListenableFuture<ValidateSessionResponse> call;
    Context forked = Context.current().fork();
    Context previous = forked.attach();
    try {
      call =
          userService
              .withDeadlineAfter(validateTimeout.toNanos(), TimeUnit.NANOSECONDS)
              .validateSession(ValidateSessionRequest.newBuilder().setAccessToken(token).build());
    } catch (RuntimeException e) {
      call = Futures.immediateFailedFuture(e);
    } finally {
      forked.detach(previous);
    }
    ListenableFuture<ValidateSessionResponse> done = call;
    done.addListener(
        () -> {
          Outcome outcome = outcomeOf(done, tokenHash);
          synchronized (inFlight) {
            inFlight.remove(tokenHash, result);
          }
          result.set(outcome);
        },
        MoreExecutors.directExecutor());
    return result;
  }

  int inFlight() {
    synchronized (inFlight) {
      return inFlight.size();
    }
  }

  private Outcome outcomeOf(ListenableFuture<ValidateSessionResponse> done, String tokenHash) {
    try {
      ValidateSessionResponse response;
      try {
        response = Futures.getDone(done);
      } catch (ExecutionException e) {
        com.google.rpc.Status rejection = SessionFailures.rejection(e.getCause());
        return rejection != null
            ? new Rejected(rejection)
            : new Unavailable(
                "user-service could not validate the session: "
                    + io.grpc.Status.fromThrowable(e.getCause()).getCode());
      }
      return checked(response, tokenHash);
    } catch (RuntimeException e) {
      return new Unavailable("session validation failed");
    }
  }

  /** Checks a successful response; a usable session is cached. */
  private Outcome checked(ValidateSessionResponse response, String tokenHash) {
    if (response.getUserId().isEmpty()
        || response.getSessionId().isEmpty()
        || !response.hasExpireTime()) {
      return new Unavailable("user-service returned an incomplete session");
    }
    Timestamp expire = response.getExpireTime();
    if (expire.getSeconds() < MIN_SECONDS
        || expire.getSeconds() > MAX_SECONDS
        || expire.getNanos() < 0
        || expire.getNanos() > 999_999_999) {
      return new Unavailable("user-service returned an invalid expire_time");
    }
    Instant expireTime = Instant.ofEpochSecond(expire.getSeconds(), expire.getNanos());
    if (!expireTime.isAfter(clock.instant())) {
      return new Rejected(SessionFailures.tokenExpired());
    }
    AuthenticatedSession session =
        new AuthenticatedSession(
            response.getUserId(),
            response.getSessionId(),
            response.getRolesList(),
            response.getClaimsMap(),
            expireTime);
    cache.put(tokenHash, session);
    return new Valid(session);
  }
}
