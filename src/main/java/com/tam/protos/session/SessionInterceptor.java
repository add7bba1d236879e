package com.tam.protos.session;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.session.SessionLookup.Outcome;
import com.tam.protos.session.SessionLookup.Rejected;
import com.tam.protos.session.SessionLookup.Unavailable;
import com.tam.protos.session.SessionLookup.Valid;
import com.tam.protos.user.v1.UserServiceGrpc;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor.MethodType;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Session validation middleware: a server interceptor that authenticates every call with {@code
 * UserService.ValidateSession} before the handler runs (docs/AUTH.md, docs/java.md).
 *
 * <p>For each call to a non-public method it:
 *
 * <ol>
 *   <li>reads {@code authorization: Bearer <access token>}; when the header is absent or not of
 *       that form the call fails with {@code UNAUTHENTICATED / TOKEN_MISSING}; two {@code
 *       authorization} headers, a token longer than 8192 characters or one that is not shaped like
 *       a JWT ({@code header.payload.signature}, base64url) fail with {@code UNAUTHENTICATED /
 *       TOKEN_INVALID} without calling out;
 *   <li>looks the SHA-256 of the token up in a small cache of positive results; on a miss calls
 *       {@code ValidateSession} through the caller's future stub, without blocking any thread.
 *       Concurrent checks of the same token share one call; at most {@link
 *       Builder#maxChecksInFlight} distinct calls run at once, beyond that the call fails with
 *       {@code UNAVAILABLE / DEPENDENCY_UNAVAILABLE};
 *   <li>on success starts the handler with the {@link AuthenticatedSession} in the gRPC {@link
 *       Context} ({@link AuthenticatedSession#current()});
 *   <li>on {@code UNAUTHENTICATED} from the user service (TOKEN_INVALID, TOKEN_EXPIRED,
 *       SESSION_REVOKED) fails the call with the same code and reason, domain {@code
 *       user.tam.internal} and only the reason's documented metadata; any other outcome (user
 *       service down, deadline, unexpected error or malformed answer) fails closed with {@code
 *       UNAVAILABLE / DEPENDENCY_UNAVAILABLE}. The request never reaches the handler unless a
 *       session was established.
 * </ol>
 *
 * <p><b>Streaming calls</b> (client, server and bidi streams) are watched while they run: the
 * session is re-checked every half cache TTL (15 s by default) and the call is closed with the user
 * service's {@code UNAUTHENTICATED} status as soon as a check fails, or with {@code TOKEN_EXPIRED}
 * when the session's {@code expire_time} passes; the handler's context is cancelled and its
 * listener told {@code onCancel}. A re-check that cannot reach the user service closes the stream
 * with {@code UNAVAILABLE} (fail closed). So a revoked session stops every call, new or running,
 * within the cache TTL (30 s by default). Unary calls are checked once, at their start.
 *
 * <p><b>Non-blocking design.</b> Like grpc-java's own asynchronous credential checks, the
 * interceptor returns a <em>delayed listener</em> at once: events that arrive while {@code
 * ValidateSession} is in flight (half-close, cancel, ready) are queued and replayed in order once
 * the handler is started. Until then no message is requested, so none is buffered. The handler is
 * started (or the call closed) on {@link Builder#callbackExecutor}, by default the thread that
 * completes the {@code ValidateSession} future, that is the user-service channel's executor. No
 * thread ever waits for the user service, so a server with a small or direct executor cannot
 * deadlock. Each {@code ValidateSession} call is bounded by {@link Builder#validateTimeout}; it
 * runs in a fork of the caller's context, so that one caller giving up does not fail the others
 * sharing it.
 *
 * <p><b>Caching.</b> Positive results are cached for {@code min(cacheTtl, expire_time - now)}
 * (default and maximum 30 seconds, as the ValidateSession contract allows), in a bounded LRU map
 * keyed by the token's SHA-256. Negative results are not cached. A result whose {@code expire_time}
 * has passed is answered with {@code TOKEN_EXPIRED} and never cached. Methods listed in {@link
 * Builder#uncachedMethods} always ask the user service.
 *
 * <p><b>Secrets.</b> The token is never logged, never put in an error message and never stored; a
 * streaming call keeps it in memory while it runs, to re-check it. {@code
 * ValidateSessionRequest.access_token} is {@code debug_redact}.
 *
 * <p>Errors decided by the interceptor itself ({@code TOKEN_MISSING}, {@code TOKEN_INVALID} for a
 * malformed header or token, {@code DEPENDENCY_UNAVAILABLE} with metadata {@code
 * dependency=user-service}) carry the domain of the called service, for example {@code
 * wallet.tam.internal}; errors decided by the user service, and {@code TOKEN_EXPIRED}, carry its
 * domain {@code user.tam.internal}.
 *
 * <p>To cover every service of a server, including health, reflection and channelz, install it with
 * {@link ServerWiring#interceptEveryService}.
 */
public final class SessionInterceptor implements ServerInterceptor {

  /** The metadata key read by the interceptor. */
  public static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  /**
   * The user-service methods that need no token (see user/v1/user_service.proto), taken from the
   * generated method descriptors.
   */
  public static final Set<String> USER_SERVICE_PUBLIC_METHODS =
      Stream.of(
              UserServiceGrpc.getRegisterUserMethod(),
              UserServiceGrpc.getLoginUserMethod(),
              UserServiceGrpc.getRefreshSessionMethod(),
              UserServiceGrpc.getValidateSessionMethod())
          .map(method -> method.getFullMethodName())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The most a positive result may be cached (user/v1 ValidateSession contract). */
  public static final Duration MAX_CACHE_TTL = Duration.ofSeconds(30);

  /** Longest token passed on; ValidateSessionRequest.access_token allows 8192 characters. */
  static final int MAX_TOKEN_LENGTH = 8192;

  private static final Pattern BEARER = Pattern.compile("^[Bb][Ee][Aa][Rr][Ee][Rr] +(\\S+) *$");

  /** A JWS in compact serialization: three non-empty base64url parts. */
  private static final Pattern JWT_SHAPE =
      Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");

  private final Set<String> publicMethods;
  private final Set<String> uncachedMethods;
  private final Predicate<String> tokenShape;
  private final Executor callbackExecutor;
  private final Clock clock;
  private final Duration cacheTtl;
  private final Duration recheckInterval;
  private final Timer timer;
  private final SessionCache cache;
  private final SessionLookup lookup;

  private SessionInterceptor(Builder builder) {
    this.publicMethods = Set.copyOf(builder.publicMethods);
    this.uncachedMethods = Set.copyOf(builder.uncachedMethods);
    this.tokenShape = builder.tokenShape;
    this.callbackExecutor = builder.callbackExecutor;
    this.clock = builder.clock;
    this.cacheTtl = builder.cacheTtl;
    this.recheckInterval =
        (builder.cacheTtl.isZero() ? MAX_CACHE_TTL : builder.cacheTtl).dividedBy(2);
    this.timer = builder.timer;
    this.cache = new SessionCache(builder.clock, builder.cacheTtl, builder.cacheMaxEntries);
    this.lookup =
        new SessionLookup(
            builder.userService,
            builder.validateTimeout,
            builder.clock,
            cache,
            builder.maxChecksInFlight);
  }

  /**
   * Whether a token is a JWS in compact serialization ({@code header.payload.signature}, three
   * non-empty base64url parts): the default {@link Builder#tokenShape}, for callers that widen it.
   *
   * @param token the token
   * @return true if JWT-shaped
   */
  public static boolean isJwtShaped(String token) {
    return JWT_SHAPE.matcher(token).matches();
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
    Iterable<String> values = headers.getAll(AUTHORIZATION);
    Iterator<String> it = values == null ? null : values.iterator();
    String authorization = it == null || !it.hasNext() ? null : it.next();
    if (it != null && it.hasNext()) {
      return closed(
          call, SessionFailures.tokenInvalid(method, "more than one authorization header"));
    }
    String token = bearerToken(authorization);
    if (token == null) {
      return closed(call, SessionFailures.tokenMissing(method));
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      return closed(call, SessionFailures.tokenInvalid(method, "access token is too long"));
    }
    if (!tokenShape.test(token)) {
      return closed(call, SessionFailures.tokenInvalid(method, "access token is not a JWT"));
    }
    Context context = Context.current();
    String hash = sha256(token);
    boolean useCache = !uncachedMethods.contains(method);
    AuthenticatedSession cached = useCache ? lookup.cached(hash, cacheTtl) : null;
    if (cached != null) {
      return start(call, headers, next, context, cached, token, hash, useCache);
    }

    DelayedListener<ReqT> delayed = new DelayedListener<>();
    Futures.addCallback(
        lookup.validate(token, hash),
        new FutureCallback<Outcome>() {
          @Override
          public void onSuccess(Outcome outcome) {
            if (!(outcome instanceof Valid valid)) {
              reject(call, delayed, statusOf(outcome, method));
              return;
            }
            if (call.isCancelled()) {
              delayed.setDelegate(new ServerCall.Listener<>() {});
              return;
            }
            ServerCall.Listener<ReqT> listener;
            try {
              listener =
                  start(call, headers, next, context, valid.session(), token, hash, useCache);
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
            reject(call, delayed, SessionFailures.unavailable(method, "session validation failed"));
          }
        },
        callbackExecutor);
    return delayed;
  }

  private <ReqT, RespT> ServerCall.Listener<ReqT> start(
      ServerCall<ReqT, RespT> call,
      Metadata headers,
      ServerCallHandler<ReqT, RespT> next,
      Context context,
      AuthenticatedSession session,
      String token,
      String hash,
      boolean useCache) {
    Context sessionContext = context.withValue(AuthenticatedSession.CONTEXT_KEY, session);
    if (call.getMethodDescriptor().getType() == MethodType.UNARY) {
      return Contexts.interceptCall(sessionContext, call, headers, next);
    }
    String method = call.getMethodDescriptor().getFullMethodName();
    return RevalidatingCall.start(
        call,
        headers,
        next,
        sessionContext,
        session.expireTime(),
        clock,
        () -> recheck(token, hash, useCache, method),
        timer,
        recheckInterval,
        callbackExecutor);
  }

  /** One re-check of a running stream: {@code null} while the session is still valid. */
  private ListenableFuture<com.google.rpc.Status> recheck(
      String token, String hash, boolean useCache, String method) {
    if (useCache && lookup.cached(hash, recheckInterval) != null) {
      return Futures.immediateFuture(null);
    }
    return Futures.transform(
        lookup.validate(token, hash),
        outcome -> outcome instanceof Valid ? null : statusOf(outcome, method),
        MoreExecutors.directExecutor());
  }

  private static com.google.rpc.Status statusOf(Outcome outcome, String method) {
    if (outcome instanceof Rejected rejected) {
      return rejected.status();
    }
    if (outcome instanceof Unavailable unavailable) {
      return SessionFailures.unavailable(method, unavailable.message());
    }
    throw new IllegalArgumentException("a valid session is no failure");
  }

  private static <ReqT> ServerCall.Listener<ReqT> closed(
      ServerCall<ReqT, ?> call, com.google.rpc.Status status) {
    RpcErrors.close(call, status);
    return new ServerCall.Listener<>() {};
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

  int cacheSize() {
    return cache.size();
  }

  List<String> cacheKeys() {
    return cache.keys();
  }

  int checksInFlight() {
    return lookup.inFlight();
  }

  /** Configures a {@link SessionInterceptor}. */
  public static final class Builder {
    private final UserServiceGrpc.UserServiceFutureStub userService;
    private final Set<String> publicMethods = new HashSet<>();
    private final Set<String> uncachedMethods = new HashSet<>();
    private Duration cacheTtl = MAX_CACHE_TTL;
    private int cacheMaxEntries = 10_000;
    private int maxChecksInFlight = 1_000;
    private Duration validateTimeout = Duration.ofSeconds(2);
    private Executor callbackExecutor = MoreExecutors.directExecutor();
    private Clock clock = Clock.systemUTC();
    private Timer timer = Timer.shared();
    private Predicate<String> tokenShape = SessionInterceptor::isJwtShaped;

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
     * Marks methods that must not accept a cached session (docs/AUTH.md: for example withdrawals):
     * each of their calls asks the user service, so a revocation takes effect at once.
     *
     * @param fullMethodNames for example {@code "wallet.v1.WalletService/WithdrawFunds"}
     * @return this builder
     */
    public Builder uncachedMethods(String... fullMethodNames) {
      uncachedMethods.addAll(List.of(fullMethodNames));
      return this;
    }

    /**
     * Sets how long a positive result may be cached; at most {@link #MAX_CACHE_TTL}. {@code
     * Duration.ZERO} disables the cache. Streaming calls are re-checked every half TTL (15 s when
     * the cache is disabled).
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
     * Sets how many distinct ValidateSession calls may be in flight at once (default 1000); calls
     * that would need another fail with {@code UNAVAILABLE / DEPENDENCY_UNAVAILABLE}.
     *
     * @param max at least 1
     * @return this builder
     */
    public Builder maxChecksInFlight(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("max must be positive");
      }
      this.maxChecksInFlight = max;
      return this;
    }

    /**
     * Bounds each ValidateSession call (default 2 seconds).
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
     * Sets the scheduler of the streaming calls' re-checks and expiry. The default is one daemon
     * thread shared by every interceptor of the JVM.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.timer = Timer.on(Objects.requireNonNull(scheduler));
      return this;
    }

    /** Sets the timer directly (tests). */
    Builder timer(Timer timer) {
      this.timer = Objects.requireNonNull(timer);
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
     * Sets which tokens are worth a call to user-service; any other token fails with {@code
     * UNAUTHENTICATED / TOKEN_INVALID} at once. The default accepts a JWS in compact serialization
     * ({@code header.payload.signature}, base64url), which is what user-service issues. Widen it
     * only for environments with other token formats, such as the testkit's sandbox and its opaque
     * demo tokens; the length cap applies either way.
     *
     * @param shape true for a token to look up
     * @return this builder
     */
    public Builder tokenShape(Predicate<String> shape) {
      this.tokenShape = Objects.requireNonNull(shape, "shape");
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
}
