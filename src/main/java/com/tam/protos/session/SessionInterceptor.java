package com.tam.protos.session;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session validation middleware: a server interceptor that authenticates every call with {@code
 * UserService.ValidateSession} before the handler runs.
 *
 * <p>For each call to a non-public method it:
 *
 * <ol>
 *   <li>reads {@code authorization: Bearer <access token>}; when the header is absent or not of
 *       that form the call fails with {@code UNAUTHENTICATED / TOKEN_MISSING};
 *   <li>looks the SHA-256 of the token up in a small cache of positive results; on a miss calls
 *       {@code ValidateSession} through the caller's future stub, without blocking any thread;
 *   <li>on success starts the handler with the {@link AuthenticatedSession} in the gRPC {@link
 *       Context} ({@link AuthenticatedSession#current()});
 *   <li>on {@code UNAUTHENTICATED} from the user service (TOKEN_INVALID, TOKEN_EXPIRED,
 *       SESSION_REVOKED) fails the call with the same code, reason, domain and metadata; any other
 *       outcome (user service down, deadline, unexpected error or malformed answer) fails closed
 *       with {@code UNAVAILABLE / DEPENDENCY_UNAVAILABLE}. The request never reaches the handler
 *       unless a session was established.
 * </ol>
 *
 * <p><b>Non-blocking design.</b> Like grpc-java's own asynchronous credential checks, the
 * interceptor returns a <em>delayed listener</em> at once: events that arrive while {@code
 * ValidateSession} is in flight (half-close, cancel, ready) are queued and replayed in order once
 * the handler is started. Until then no message is requested, so none is buffered. The handler is
 * started (or the call closed) on {@link Builder#callbackExecutor}, by default the thread that
 * completes the {@code ValidateSession} future, that is the user-service channel's executor. No
 * thread ever waits for the user service, so a server with a small or direct executor cannot
 * deadlock. The outgoing call inherits the incoming call's deadline and cancellation, and is
 * additionally bounded by {@link Builder#validateTimeout}.
 *
 * <p><b>Caching.</b> Positive results are cached for {@code min(maxTtl, expire_time - now)}
 * (default and maximum 30 seconds, as the ValidateSession contract allows), in a bounded LRU map
 * keyed by the token's SHA-256. Negative results are not cached. A result whose {@code expire_time}
 * has passed is answered with {@code TOKEN_EXPIRED} and never cached.
 *
 * <p><b>Secrets.</b> The token is never logged, never put in an error message and never stored;
 * {@code ValidateSessionRequest.access_token} is {@code debug_redact}.
 *
 * <p>Errors raised by the interceptor itself ({@code TOKEN_MISSING}, {@code DEPENDENCY_UNAVAILABLE}
 * with metadata {@code dependency=user-service}) carry the domain of the called service, for
 * example {@code wallet.tam.internal}; errors decided by the user service keep its domain {@code
 * user.tam.internal}.
 */
public final class SessionInterceptor implements ServerInterceptor {

  /** The metadata key read by the interceptor. */
  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  /** The user-service methods that need no token (see user/v1/user_service.proto). */
  public static final Set<String> USER_SERVICE_PUBLIC_METHODS =
      Set.of(
          "user.v1.UserService/RegisterUser",
          "user.v1.UserService/LoginUser",
          "user.v1.UserService/RefreshSession",
          UserServiceGrpc.getValidateSessionMethod().getFullMethodName());

  /** The most a positive result may be cached (user/v1 ValidateSession contract). */
  public static final Duration MAX_CACHE_TTL = Duration.ofSeconds(30);

  /** Longest token passed on; ValidateSessionRequest.access_token allows 8192 characters. */
  static final int MAX_TOKEN_LENGTH = 8192;

  private static final Pattern BEARER = Pattern.compile("^[Bb][Ee][Aa][Rr][Ee][Rr] +(\\S+) *$");
  private static final String USER_DOMAIN = RpcErrors.domain("user");
  private static final Set<String> USER_SERVICE_REASONS =
      Set.of(
          ErrorReasons.toReason(ErrorReason.ERROR_REASON_TOKEN_INVALID),
          ErrorReasons.toReason(ErrorReason.ERROR_REASON_TOKEN_EXPIRED),
          ErrorReasons.toReason(ErrorReason.ERROR_REASON_SESSION_REVOKED));

  private final UserServiceGrpc.UserServiceFutureStub userService;
  private final Set<String> publicMethods;
  private final Duration validateTimeout;
  private final Executor callbackExecutor;
  private final Clock clock;
  private final SessionCache cache;

  private SessionInterceptor(Builder builder) {
    this.userService = builder.userService;
    this.publicMethods = Set.copyOf(builder.publicMethods);
    this.validateTimeout = builder.validateTimeout;
    this.callbackExecutor = builder.callbackExecutor;
    this.clock = builder.clock;
    this.cache = new SessionCache(builder.clock, builder.cacheTtl, builder.cacheMaxEntries);
  }

  /**
   * Starts a builder.
   *
   * @param userService a future stub on a channel to user-service; it should carry no call
   *     credentials of the incoming caller
   * @return the builder
   */
  public static Builder newBuilder(UserServiceGrpc.UserServiceFutureStub userService) {
    return new Builder(userService);
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
      ServerCall<ReqT, RespT> call, Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    String method = call.getMethodDescriptor().getFullMethodName();
    if (publicMethods.contains(method)) {
      return next.startCall(call, headers);
    }
    String token = bearerToken(headers.get(AUTHORIZATION));
    if (token == null) {
      RpcErrors.close(
          call,
          RpcErrors.error(
                  Status.Code.UNAUTHENTICATED,
                  ErrorReason.ERROR_REASON_TOKEN_MISSING,
                  RpcErrors.domainOf(method))
              .message("missing `authorization: Bearer <token>` metadata")
              .build());
      return new ServerCall.Listener<>() {};
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      RpcErrors.close(
          call,
          RpcErrors.error(
                  Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_INVALID, USER_DOMAIN)
              .message("access token is too long")
              .build());
      return new ServerCall.Listener<>() {};
    }
    Context context = Context.current();
    String key = sha256(token);
    AuthenticatedSession cached = cache.get(key);
    if (cached != null) {
      return Contexts.interceptCall(
          context.withValue(AuthenticatedSession.CONTEXT_KEY, cached), call, headers, next);
    }

    DelayedListener<ReqT> delayed = new DelayedListener<>();
    var future =
        userService
            .withDeadlineAfter(validateTimeout.toNanos(), TimeUnit.NANOSECONDS)
            .validateSession(ValidateSessionRequest.newBuilder().setAccessToken(token).build());
    Futures.addCallback(
        future,
        new FutureCallback<ValidateSessionResponse>() {
          @Override
          public void onSuccess(ValidateSessionResponse response) {
            com.google.rpc.Status rejection = checkResponse(response, method);
            if (rejection != null) {
              reject(call, delayed, rejection);
              return;
            }
            AuthenticatedSession session = toSession(response);
            cache.put(key, session);
            ServerCall.Listener<ReqT> listener;
            try {
              listener =
                  Contexts.interceptCall(
                      context.withValue(AuthenticatedSession.CONTEXT_KEY, session),
                      call,
                      headers,
                      next);
            } catch (RuntimeException e) {
              call.close(
                  Status.INTERNAL.withDescription("handler failed to start"), new Metadata());
              delayed.setDelegate(new ServerCall.Listener<>() {});
              return;
            }
            delayed.setDelegate(listener);
          }

          @Override
          public void onFailure(Throwable t) {
            reject(call, delayed, mapFailure(t, method));
          }
        },
        callbackExecutor);
    return delayed;
  }

  private static <ReqT> void reject(
      ServerCall<ReqT, ?> call, DelayedListener<ReqT> delayed, com.google.rpc.Status status) {
    try {
      RpcErrors.close(call, status);
    } finally {
      delayed.setDelegate(new ServerCall.Listener<>() {});
    }
  }

  /** Returns the token of a {@code Bearer} authorization value, or {@code null}. */
  static String bearerToken(String authorization) {
    if (authorization == null) {
      return null;
    }
    Matcher m = BEARER.matcher(authorization);
    return m.matches() ? m.group(1) : null;
  }

  /** Hex SHA-256 of the token: the only form in which a token is kept. */
  static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /** Returns a rejection for a successful but unusable response, or {@code null} if usable. */
  private com.google.rpc.Status checkResponse(ValidateSessionResponse response, String method) {
    if (response.getUserId().isEmpty()
        || response.getSessionId().isEmpty()
        || !response.hasExpireTime()) {
      return unavailable(method, "user-service returned an incomplete session");
    }
    Instant expire = toInstant(response);
    if (!expire.isAfter(clock.instant())) {
      return RpcErrors.error(
              Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_EXPIRED, USER_DOMAIN)
          .message("access token expired")
          .build();
    }
    return null;
  }

  private static Instant toInstant(ValidateSessionResponse response) {
    return Instant.ofEpochSecond(
        response.getExpireTime().getSeconds(), response.getExpireTime().getNanos());
  }

  private static AuthenticatedSession toSession(ValidateSessionResponse response) {
    return new AuthenticatedSession(
        response.getUserId(),
        response.getSessionId(),
        response.getRolesList(),
        response.getClaimsMap(),
        toInstant(response));
  }

  /** Maps a failed ValidateSession call; anything but a known UNAUTHENTICATED fails closed. */
  private static com.google.rpc.Status mapFailure(Throwable t, String method) {
    Status status = Status.fromThrowable(t);
    if (status.getCode() == Status.Code.UNAUTHENTICATED) {
      ErrorInfo info = RpcErrors.errorInfo(t).orElse(null);
      if (info != null && USER_SERVICE_REASONS.contains(info.getReason())) {
        return com.google.rpc.Status.newBuilder()
            .setCode(Status.Code.UNAUTHENTICATED.value())
            .setMessage("session rejected: " + info.getReason().toLowerCase(java.util.Locale.ROOT))
            .addDetails(Any.pack(info))
            .build();
      }
      return RpcErrors.error(
              Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_INVALID, USER_DOMAIN)
          .message("session rejected")
          .build();
    }
    if (status.getCode() == Status.Code.INVALID_ARGUMENT) {
      // ValidateSession's own request validation: the token is malformed.
      return RpcErrors.error(
              Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_INVALID, USER_DOMAIN)
          .message("session rejected")
          .build();
    }
    return unavailable(method, "user-service could not validate the session: " + status.getCode());
  }

  private static com.google.rpc.Status unavailable(String method, String message) {
    return RpcErrors.error(
            Status.Code.UNAVAILABLE,
            ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE,
            RpcErrors.domainOf(method))
        .message(message)
        .putMetadata("dependency", "user-service")
        .build();
  }

  int cacheSize() {
    return cache.size();
  }

  /** Configures a {@link SessionInterceptor}. */
  public static final class Builder {
    private final UserServiceGrpc.UserServiceFutureStub userService;
    private final Set<String> publicMethods = new HashSet<>();
    private Duration cacheTtl = MAX_CACHE_TTL;
    private int cacheMaxEntries = 10_000;
    private Duration validateTimeout = Duration.ofSeconds(2);
    private Executor callbackExecutor = MoreExecutors.directExecutor();
    private Clock clock = Clock.systemUTC();

    private Builder(UserServiceGrpc.UserServiceFutureStub userService) {
      this.userService = Objects.requireNonNull(userService, "userService");
    }

    /**
     * Marks methods as public: they run without a token and without a session in the context.
     *
     * @param fullMethodNames for example {@code "user.v1.UserService/LoginUser"}
     * @return this builder
     */
    public Builder publicMethods(Iterable<String> fullMethodNames) {
      fullMethodNames.forEach(publicMethods::add);
      return this;
    }

    /**
     * Marks methods as public.
     *
     * @param fullMethodNames full method names, see {@link #publicMethods(Iterable)}
     * @return this builder
     */
    public Builder publicMethods(String... fullMethodNames) {
      return publicMethods(List.of(fullMethodNames));
    }

    /**
     * Sets how long a positive result may be cached; at most {@link #MAX_CACHE_TTL}. {@code
     * Duration.ZERO} disables the cache.
     *
     * @param ttl the time to live
     * @return this builder
     */
    public Builder cacheTtl(Duration ttl) {
      if (ttl.isNegative() || ttl.compareTo(MAX_CACHE_TTL) > 0) {
        throw new IllegalArgumentException("cache TTL must be between 0 and " + MAX_CACHE_TTL);
      }
      this.cacheTtl = ttl;
      return this;
    }

    /**
     * Sets the maximum number of cached sessions (least recently used evicted first).
     *
     * @param maxEntries at least 1
     * @return this builder
     */
    public Builder cacheMaxEntries(int maxEntries) {
      if (maxEntries < 1) {
        throw new IllegalArgumentException("maxEntries must be positive");
      }
      this.cacheMaxEntries = maxEntries;
      return this;
    }

    /**
     * Bounds each ValidateSession call (default 2 seconds); the incoming call's deadline applies
     * too.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder validateTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.validateTimeout = timeout;
      return this;
    }

    /**
     * Sets the executor that starts the handler (or rejects the call) when ValidateSession
     * completes. The default runs it on the thread that completes the future (the user-service
     * channel's executor); pass the server's executor to keep handler start-up on it.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder callbackExecutor(Executor executor) {
      this.callbackExecutor = Objects.requireNonNull(executor);
      return this;
    }

    /**
     * Sets the clock used for expiry (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * Builds the interceptor. Share one instance per server so that the cache is shared.
     *
     * @return the interceptor
     */
    public SessionInterceptor build() {
      return new SessionInterceptor(this);
    }
  }

  /**
   * A listener that queues events until the real listener is known, then replays them in order and
   * forwards directly (the pattern of grpc-java's delayed calls).
   */
  static final class DelayedListener<ReqT> extends ServerCall.Listener<ReqT> {
    private final Object lock = new Object();
    private List<Consumer<ServerCall.Listener<ReqT>>> pending = new ArrayList<>();
    private volatile boolean passThrough;
    private ServerCall.Listener<ReqT> delegate;

    void setDelegate(ServerCall.Listener<ReqT> listener) {
      synchronized (lock) {
        if (delegate != null) {
          return;
        }
        delegate = Objects.requireNonNull(listener);
      }
      List<Consumer<ServerCall.Listener<ReqT>>> toRun = new ArrayList<>();
      while (true) {
        synchronized (lock) {
          if (pending.isEmpty()) {
            pending = null;
            passThrough = true;
            return;
          }
          List<Consumer<ServerCall.Listener<ReqT>>> swap = toRun;
          toRun = pending;
          pending = swap;
        }
        for (Consumer<ServerCall.Listener<ReqT>> event : toRun) {
          event.accept(listener);
        }
        toRun.clear();
      }
    }

    private void deliver(Consumer<ServerCall.Listener<ReqT>> event) {
      if (!passThrough) {
        synchronized (lock) {
          if (!passThrough) {
            pending.add(event);
            return;
          }
        }
      }
      event.accept(delegate);
    }

    @Override
    public void onMessage(ReqT message) {
      deliver(l -> l.onMessage(message));
    }

    @Override
    public void onHalfClose() {
      deliver(ServerCall.Listener::onHalfClose);
    }

    @Override
    public void onCancel() {
      deliver(ServerCall.Listener::onCancel);
    }

    @Override
    public void onComplete() {
      deliver(ServerCall.Listener::onComplete);
    }

    @Override
    public void onReady() {
      deliver(ServerCall.Listener::onReady);
    }
  }
}
