package com.tam.protos.testkit.user;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.google.rpc.RetryInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.money.Money;
import com.tam.protos.risk.v1.ActivityOutcome;
import com.tam.protos.risk.v1.ActivityType;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.RateLimitAction;
import com.tam.protos.risk.v1.RecordActivityRequest;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.DisableUserRequest;
import com.tam.protos.user.v1.DisableUserResponse;
import com.tam.protos.user.v1.EnableUserRequest;
import com.tam.protos.user.v1.EnableUserResponse;
import com.tam.protos.user.v1.GetUserRequest;
import com.tam.protos.user.v1.GetUserResponse;
import com.tam.protos.user.v1.LoginUserRequest;
import com.tam.protos.user.v1.LoginUserResponse;
import com.tam.protos.user.v1.LogoutSessionRequest;
import com.tam.protos.user.v1.LogoutSessionResponse;
import com.tam.protos.user.v1.RefreshSessionRequest;
import com.tam.protos.user.v1.RefreshSessionResponse;
import com.tam.protos.user.v1.RegisterUserRequest;
import com.tam.protos.user.v1.RegisterUserResponse;
import com.tam.protos.user.v1.Session;
import com.tam.protos.user.v1.SessionCreatedEvent;
import com.tam.protos.user.v1.SessionRevokeReason;
import com.tam.protos.user.v1.SessionRevokedEvent;
import com.tam.protos.user.v1.SessionState;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserDisabledEvent;
import com.tam.protos.user.v1.UserEnabledEvent;
import com.tam.protos.user.v1.UserErrorReason;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.UserState;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The reference user-service ({@code user.v1.UserService}), in memory: accounts with PBKDF2
 * password hashes, login lockout, sessions with HS256 JWT access tokens (claims {@code sub}, {@code
 * sid}, {@code roles}, {@code iat}, {@code exp}, {@code iss}, {@code jti}, lifetime from the
 * injected clock) and rotating single-use refresh tokens with reuse detection, logout, operator
 * disable/enable, and the events of {@code user_events.proto} with their sequences. Every write
 * goes through an {@link IdempotencyStore} with the contract's scopes (the lower-cased email for
 * RegisterUser and LoginUser, the session for RefreshSession and LogoutSession, the target user for
 * DisableUser and EnableUser).
 *
 * <p>LoginUser asks risk-analyzer on the platform channel for the user's LOGIN quota ({@code
 * CheckRateLimit}, RESOURCE_EXHAUSTED / RATE_LIMITED with a RetryInfo when it is used up) and
 * records every attempt on a known account ({@code RecordActivity} LOGIN); both fail open, as
 * risk's contract says, so the service works without a risk-analyzer.
 *
 * <p>ValidateSession also answers for the testkit's {@link DemoTokens} (a demo token of a DISABLED
 * account fails with SESSION_REVOKED). Thread-safe: one lock guards the accounts and sessions;
 * events are published after the lock is released.
 */
public class ReferenceUserService extends UserServiceGrpc.UserServiceImplBase {
  /** The {@code iss} claim of every access token. */
  public static final String ISSUER = "user.tam.internal";

  static final String DOMAIN = RpcErrors.domain("user");
  private static final String SVC = "user.v1.UserService/";
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final ServiceContext ctx;
  private final UserServiceConfig config;
  private final Jwts jwts;
  private final Passwords passwords;
  private final IdempotencyStore idempotency = new IdempotencyStore(DOMAIN);
  private final EventRegistry registry = EventRegistry.load();

  private final Object lock = new Object();
  private final Map<String, Account> accounts = new HashMap<>();
  private final Map<String, String> byEmail = new HashMap<>();
  private final Map<String, SessionRecord> sessions = new HashMap<>();
  private final Map<String, RefreshRecord> refreshTokens = new HashMap<>();

  /** A user account with its credentials and lockout state. */
  static final class Account {
    User.Builder user;
    Passwords.Hash hash;
    final List<Instant> failures = new ArrayList<>();
    Instant unlockTime;
    long accessVersion;
  }

  /** One session and the generation of its current refresh token. */
  static final class SessionRecord {
    Session.Builder session;
    List<String> roles;
    Instant refreshExpire;
    long version = 1;
  }

  private record RefreshRecord(String sessionId, long generation, Instant expireTime) {}

  /**
   * A user-service with the default settings.
   *
   * @param ctx the platform context
   */
  public ReferenceUserService(ServiceContext ctx) {
    this(ctx, UserServiceConfig.defaults());
  }

  /**
   * A user-service.
   *
   * @param ctx the platform context
   * @param config the settings
   */
  public ReferenceUserService(ServiceContext ctx, UserServiceConfig config) {
    this.ctx = ctx;
    this.config = config;
    this.jwts = new Jwts(config.signingKey(), config.keyId());
    this.passwords = new Passwords(config.pbkdf2Iterations());
  }

  /** What the client sent besides the request: user agent, address and correlation id. */
  private record ClientInfo(String userAgent, String clientIp, String correlationId) {}

  private static final Context.Key<ClientInfo> CLIENT = Context.key("tam.user.client-info");
  private static final Metadata.Key<String> USER_AGENT =
      Metadata.Key.of("user-agent", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> FORWARDED_FOR =
      Metadata.Key.of("x-forwarded-for", Metadata.ASCII_STRING_MARSHALLER);
  private static final Metadata.Key<String> CORRELATION_ID =
      Metadata.Key.of("x-correlation-id", Metadata.ASCII_STRING_MARSHALLER);

  /**
   * An interceptor that hands the request metadata the contract uses to this service: {@code
   * user-agent} and the first {@code x-forwarded-for} address become the new session's {@code
   * user_agent} and {@code client_ip}, and {@code x-correlation-id} becomes the {@code
   * correlation_id} of the events the call causes (docs/AUTH.md). Install it on the server, for
   * example with {@code PlatformServer.Builder.intercept}; without it those fields stay empty.
   *
   * @return the interceptor
   */
  public static ServerInterceptor clientInfoInterceptor() {
    return new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(
          ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String forwarded = headers.get(FORWARDED_FOR);
        String ip = forwarded == null ? "" : forwarded.split(",", -1)[0].trim();
        String agent = headers.get(USER_AGENT);
        String correlation = headers.get(CORRELATION_ID);
        ClientInfo info =
            new ClientInfo(
                agent == null ? "" : agent.substring(0, Math.min(agent.length(), 512)),
                ip.length() <= 45 ? ip : "",
                correlation == null
                    ? ""
                    : correlation.substring(0, Math.min(correlation.length(), 128)));
        return Contexts.interceptCall(
            Context.current().withValue(CLIENT, info), call, headers, next);
      }
    };
  }

  private static ClientInfo client() {
    ClientInfo c = CLIENT.get();
    return c == null ? new ClientInfo("", "", "") : c;
  }

  // ---------------------------------------------------------------- seeding and inspection

  /**
   * Creates an ACTIVE account with a chosen id, for demo data (RegisterUser assigns ids itself),
   * without the password policy, and publishes {@code UserRegisteredEvent} like RegisterUser, so
   * that wallet-service opens the wallet and risk-analyzer creates the profile.
   *
   * @param userId the id, for example {@code alice}
   * @param email the login email
   * @param password the password
   * @param currency the wallet currency, for example {@code EUR}
   * @param roles the roles, for example {@code "user"} (default when none given)
   * @return the account
   * @throws IllegalArgumentException if the id or the email is taken
   */
  public User seedUser(
      String userId, String email, String password, String currency, String... roles) {
    return seedUser(userId, email, password, currency, "DE", "1990-01-01", userId, roles);
  }

  /**
   * Creates an ACTIVE account with every field chosen; see {@link #seedUser(String, String, String,
   * String, String...)}.
   *
   * @param userId the id
   * @param email the login email
   * @param password the password
   * @param currency the wallet currency
   * @param country the country of residence
   * @param birthDate the date of birth, {@code YYYY-MM-DD}
   * @param displayName the display name
   * @param roles the roles ({@code "user"} when none given)
   * @return the account
   */
  public User seedUser(
      String userId,
      String email,
      String password,
      String currency,
      String country,
      String birthDate,
      String displayName,
      String... roles) {
    List<Message> out = new ArrayList<>();
    User user;
    synchronized (lock) {
      String key = email.toLowerCase(Locale.ROOT);
      if (accounts.containsKey(userId) || byEmail.containsKey(key)) {
        throw new IllegalArgumentException("user id or email already taken: " + userId);
      }
      user =
          createAccount(
              userId,
              email,
              password,
              displayName,
              currency,
              country,
              birthDate,
              roles.length == 0 ? List.of("user") : List.of(roles),
              out);
    }
    publishAll(out);
    return user;
  }

  /**
   * The account with this id (inspection).
   *
   * @param userId the id
   * @return the account in its current state
   */
  public Optional<User> user(String userId) {
    synchronized (lock) {
      Account a = accounts.get(userId);
      if (a == null) {
        return Optional.empty();
      }
      unlockIfDue(a, now());
      return Optional.of(a.user.build());
    }
  }

  /**
   * The sessions of a user, in their current state (inspection).
   *
   * @param userId the user
   * @return the sessions, oldest first
   */
  public List<Session> sessions(String userId) {
    synchronized (lock) {
      List<Session> out = new ArrayList<>();
      for (SessionRecord s : sessions.values()) {
        if (s.session.getUserId().equals(userId)) {
          expireIfDue(s, now());
          out.add(s.session.build());
        }
      }
      out.sort(
          (a, b) ->
              Long.compare(a.getCreateTime().getSeconds(), b.getCreateTime().getSeconds()) != 0
                  ? Long.compare(a.getCreateTime().getSeconds(), b.getCreateTime().getSeconds())
                  : a.getSessionId().compareTo(b.getSessionId()));
      return out;
    }
  }

  // ---------------------------------------------------------------- RPCs

  @Override
  public void registerUser(
      RegisterUserRequest request, StreamObserver<RegisterUserResponse> response) {
    String scope = request.getEmail().toLowerCase(Locale.ROOT);
    respond(
        response,
        () ->
            idempotency.execute(
                SVC + "RegisterUser",
                scope,
                request.getIdempotencyKey(),
                request,
                () -> register(request)));
  }

  private RegisterUserResponse register(RegisterUserRequest r) {
    String ip = client().clientIp();
    if (config.riskChecks() && !ip.isEmpty()) {
      checkRate(
          CheckRateLimitRequest.newBuilder()
              .setIpAddress(ip)
              .setAction(RateLimitAction.RATE_LIMIT_ACTION_REGISTER)
              .setCost(1)
              .setIdempotencyKey(
                  "register-" + Passwords.sha256(r.getEmail() + "\n" + r.getIdempotencyKey()))
              .build(),
          "too many registrations from this address; retry later");
    }
    String email = r.getEmail().toLowerCase(Locale.ROOT);
    LocalDate birth;
    try {
      birth = LocalDate.parse(r.getBirthDate(), BIRTH_DATE);
    } catch (DateTimeParseException e) {
      throw RpcErrors.error(
              Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_VALIDATION_FAILED, DOMAIN)
          .message("birth_date: not a calendar date: " + r.getBirthDate())
          .addDetail(
              BadRequest.newBuilder()
                  .addFieldViolations(
                      BadRequest.FieldViolation.newBuilder()
                          .setField("birth_date")
                          .setDescription("must be a calendar date (YYYY-MM-DD)")
                          .setReason("birth_date.calendar_date"))
                  .build())
          .asException();
    }
    String password = r.getPassword().toLowerCase(Locale.ROOT);
    String local = email.substring(0, Math.max(0, email.indexOf('@')));
    String rule =
        config.breachedPasswords().contains(password)
            ? "breached"
            : config.commonPasswords().contains(password)
                ? "common"
                : !local.isEmpty() && password.contains(local) ? "contains_email" : null;
    if (rule != null) {
      throw error(Status.Code.INVALID_ARGUMENT, UserErrorReason.USER_ERROR_REASON_PASSWORD_TOO_WEAK)
          .message("password refused by the password policy (" + rule + ")")
          .putMetadata("rule", rule)
          .asException();
    }
    if (!Money.currencyCodes().contains(r.getCurrency())) {
      throw error(
              Status.Code.INVALID_ARGUMENT,
              UserErrorReason.USER_ERROR_REASON_CURRENCY_NOT_SUPPORTED)
          .message("currency " + r.getCurrency() + " is not traded on the platform")
          .putMetadata("currency", r.getCurrency())
          .asException();
    }
    if (!config.countriesServed().contains(r.getCountry())) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              UserErrorReason.USER_ERROR_REASON_COUNTRY_NOT_SUPPORTED)
          .message("residents of " + r.getCountry() + " cannot open an account")
          .putMetadata("country", r.getCountry())
          .asException();
    }
    int minimumAge =
        Math.max(
            config.defaultMinimumAge(),
            config.minimumAgeByCountry().getOrDefault(r.getCountry(), 0));
    LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
    if (Period.between(birth, today).getYears() < minimumAge) {
      throw error(Status.Code.FAILED_PRECONDITION, UserErrorReason.USER_ERROR_REASON_UNDERAGE)
          .message("younger than the legal gambling age of " + minimumAge)
          .putMetadata("minimumAge", Integer.toString(minimumAge))
          .asException();
    }
    List<Message> out = new ArrayList<>();
    User user;
    synchronized (lock) {
      if (byEmail.containsKey(email)) {
        throw error(
                Status.Code.ALREADY_EXISTS,
                UserErrorReason.USER_ERROR_REASON_EMAIL_ALREADY_REGISTERED)
            .message("another account uses this email")
            .asException();
      }
      user =
          createAccount(
              ctx.ids().uuid(),
              r.getEmail(),
              r.getPassword(),
              r.getDisplayName(),
              r.getCurrency(),
              r.getCountry(),
              r.getBirthDate(),
              List.of("user"),
              out);
    }
    publishAll(out);
    return RegisterUserResponse.newBuilder().setUser(user).build();
  }

  private User createAccount(
      String userId,
      String email,
      String password,
      String displayName,
      String currency,
      String country,
      String birthDate,
      List<String> roles,
      List<Message> out) {
    Timestamp now = ts(now());
    Account a = new Account();
    a.user =
        User.newBuilder()
            .setUserId(userId)
            .setEmail(email)
            .setDisplayName(displayName)
            .addAllRoles(roles)
            .setState(UserState.USER_STATE_ACTIVE)
            .setCreateTime(now)
            .setUpdateTime(now)
            .setCurrency(currency)
            .setCountry(country)
            .setBirthDate(birthDate);
    a.hash = passwords.hash(password);
    accounts.put(userId, a);
    byEmail.put(email.toLowerCase(Locale.ROOT), userId);
    User user = a.user.build();
    out.add(UserRegisteredEvent.newBuilder().setMetadata(meta(userId, 1)).setUser(user).build());
    return user;
  }

  @Override
  public void loginUser(LoginUserRequest request, StreamObserver<LoginUserResponse> response) {
    String scope = request.getEmail().toLowerCase(Locale.ROOT);
    respond(
        response,
        () ->
            idempotency.execute(
                SVC + "LoginUser",
                scope,
                request.getIdempotencyKey(),
                request,
                () -> login(request)));
  }

  private LoginUserResponse login(LoginUserRequest r) {
    String known;
    synchronized (lock) {
      known = byEmail.get(r.getEmail().toLowerCase(Locale.ROOT));
    }
    if (known != null && config.riskChecks()) {
      checkLoginRate(known, r);
    }
    try {
      LoginUserResponse result = loginChecked(r);
      recordLogin(
          result.getUser().getUserId(), "login:" + result.getSession().getSessionId(), true);
      return result;
    } catch (StatusRuntimeException e) {
      if (known != null
          && RpcErrors.hasReason(e, UserErrorReason.USER_ERROR_REASON_INVALID_CREDENTIALS)) {
        recordLogin(known, "login-failed:" + ctx.ids().uuid(), false);
      }
      throw e;
    }
  }

  /** Asks risk-analyzer for the user's LOGIN quota; fails open when it does not answer. */
  private void checkLoginRate(String userId, LoginUserRequest r) {
    checkRate(
        CheckRateLimitRequest.newBuilder()
            .setUserId(userId)
            .setAction(RateLimitAction.RATE_LIMIT_ACTION_LOGIN)
            .setCost(1)
            .setIdempotencyKey(
                "login-" + Passwords.sha256(r.getEmail() + "\n" + r.getIdempotencyKey()))
            .build(),
        "too many login attempts; retry later");
  }

  /**
   * Consumes quota with risk-analyzer's CheckRateLimit; RESOURCE_EXHAUSTED / RATE_LIMITED (with a
   * RetryInfo) when it is used up. Fails open when risk-analyzer does not answer (LOGIN and
   * REGISTER are fail-open actions in the risk contract).
   */
  private void checkRate(CheckRateLimitRequest request, String message) {
    CheckRateLimitResponse answer;
    try {
      answer =
          RiskServiceGrpc.newBlockingStub(ctx.platform())
              .withCallCredentials(ctx.serviceCredentials())
              .withDeadlineAfter(2, TimeUnit.SECONDS)
              .checkRateLimit(request);
    } catch (StatusRuntimeException e) {
      return;
    }
    if (!answer.getAllowed()) {
      throw RpcErrors.error(
              Status.Code.RESOURCE_EXHAUSTED, ErrorReason.ERROR_REASON_RATE_LIMITED, DOMAIN)
          .message(message)
          .addDetail(RetryInfo.newBuilder().setRetryDelay(answer.getRetryAfter()).build())
          .asException();
    }
  }

  /** Records a LOGIN attempt in risk-analyzer's activity store; best effort. */
  private void recordLogin(String userId, String activityId, boolean succeeded) {
    if (!config.riskChecks()) {
      return;
    }
    try {
      RiskServiceGrpc.newBlockingStub(ctx.platform())
          .withCallCredentials(ctx.serviceCredentials())
          .withDeadlineAfter(2, TimeUnit.SECONDS)
          .recordActivity(
              RecordActivityRequest.newBuilder()
                  .setActivityId(activityId)
                  .setUserId(userId)
                  .setType(ActivityType.ACTIVITY_TYPE_LOGIN)
                  .setOutcome(
                      succeeded
                          ? ActivityOutcome.ACTIVITY_OUTCOME_SUCCEEDED
                          : ActivityOutcome.ACTIVITY_OUTCOME_FAILED)
                  .setActivityTime(ts(now()))
                  .setIdempotencyKey(activityId)
                  .build());
    } catch (StatusRuntimeException e) {
      // Best effort: pattern detection does without one attempt; the login's outcome stands.
    }
  }

  private LoginUserResponse loginChecked(LoginUserRequest r) {
    List<Message> out = new ArrayList<>();
    LoginUserResponse result;
    synchronized (lock) {
      Instant now = now();
      String userId = byEmail.get(r.getEmail().toLowerCase(Locale.ROOT));
      Account a = userId == null ? null : accounts.get(userId);
      if (a == null) {
        throw invalidCredentials();
      }
      unlockIfDue(a, now);
      if (a.user.getState() == UserState.USER_STATE_DISABLED) {
        throw error(
                Status.Code.FAILED_PRECONDITION, UserErrorReason.USER_ERROR_REASON_ACCOUNT_DISABLED)
            .message("the account was disabled by an operator")
            .putMetadata("userId", userId)
            .asException();
      }
      if (a.user.getState() == UserState.USER_STATE_LOCKED) {
        throw locked(a);
      }
      if (!passwordMatches(a, r.getPassword())) {
        a.failures.removeIf(t -> !t.isAfter(now.minus(config.failedLoginWindow())));
        a.failures.add(now);
        if (a.failures.size() >= config.maxFailedLogins()) {
          a.unlockTime = now.plus(config.lockDuration());
          a.user.setState(UserState.USER_STATE_LOCKED).setUpdateTime(ts(now));
        }
        throw invalidCredentials();
      }
      a.failures.clear();
      SessionRecord s = new SessionRecord();
      String sid = ctx.ids().uuid();
      Instant expire = now.plus(config.sessionLifetime());
      s.roles = List.copyOf(a.user.getRolesList());
      s.session =
          Session.newBuilder()
              .setSessionId(sid)
              .setUserId(userId)
              .setState(SessionState.SESSION_STATE_ACTIVE)
              .setRefreshGeneration(0)
              .setDeviceName(r.getDeviceName())
              .setUserAgent(client().userAgent())
              .setClientIp(client().clientIp())
              .setCreateTime(ts(now))
              .setExpireTime(ts(expire));
      sessions.put(sid, s);
      String refresh = issueRefresh(s, now);
      Instant accessExpire = accessExpiry(now, expire);
      result =
          LoginUserResponse.newBuilder()
              .setAccessToken(accessToken(userId, sid, s.roles, now, accessExpire))
              .setAccessExpireTime(ts(accessExpire))
              .setRefreshToken(refresh)
              .setRefreshExpireTime(ts(s.refreshExpire))
              .setSession(s.session.build())
              .setUser(a.user.build())
              .build();
      out.add(
          SessionCreatedEvent.newBuilder()
              .setMetadata(meta(sid, s.version))
              .setSession(s.session.build())
              .build());
    }
    publishAll(out);
    return result;
  }

  /** Whether the password matches; a subclass may weaken it (broken variants). */
  boolean passwordMatches(Account a, String password) {
    return passwords.matches(password, a.hash);
  }

  private StatusRuntimeException invalidCredentials() {
    return error(Status.Code.UNAUTHENTICATED, UserErrorReason.USER_ERROR_REASON_INVALID_CREDENTIALS)
        .message("unknown email or wrong password")
        .asException();
  }

  private StatusRuntimeException locked(Account a) {
    return error(Status.Code.FAILED_PRECONDITION, UserErrorReason.USER_ERROR_REASON_ACCOUNT_LOCKED)
        .message("too many failed logins; try again after the unlock time")
        .putMetadata("unlockTime", a.unlockTime.toString())
        .asException();
  }

  private void unlockIfDue(Account a, Instant now) {
    if (a.user.getState() == UserState.USER_STATE_LOCKED && !now.isBefore(a.unlockTime)) {
      a.user.setState(UserState.USER_STATE_ACTIVE).setUpdateTime(ts(a.unlockTime));
      a.failures.clear();
      a.unlockTime = null;
    }
  }

  private Instant accessExpiry(Instant now, Instant sessionExpire) {
    Instant exp = now.plus(config.accessTokenLifetime());
    return exp.isAfter(sessionExpire) ? sessionExpire : exp;
  }

  private String accessToken(
      String userId, String sid, List<String> roles, Instant now, Instant expire) {
    return jwts.sign(
        new Jwts.Claims(
            userId,
            sid,
            roles,
            now.getEpochSecond(),
            expire.getEpochSecond(),
            ISSUER,
            ctx.ids().uuid()));
  }

  private String issueRefresh(SessionRecord s, Instant now) {
    String token = Passwords.randomToken();
    Instant sessionExpire = instant(s.session.getExpireTime());
    Instant exp = now.plus(config.refreshTokenLifetime());
    s.refreshExpire = exp.isAfter(sessionExpire) ? sessionExpire : exp;
    refreshTokens.put(
        Passwords.sha256(token),
        new RefreshRecord(
            s.session.getSessionId(), s.session.getRefreshGeneration(), s.refreshExpire));
    return token;
  }

  @Override
  public void refreshSession(
      RefreshSessionRequest request, StreamObserver<RefreshSessionResponse> response) {
    respond(
        response,
        () -> {
          RefreshRecord rec;
          synchronized (lock) {
            rec = refreshTokens.get(Passwords.sha256(request.getRefreshToken()));
          }
          if (rec == null) {
            throw error(
                    Status.Code.UNAUTHENTICATED,
                    UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_INVALID)
                .message("unknown refresh token")
                .asException();
          }
          return idempotency.execute(
              SVC + "RefreshSession",
              rec.sessionId(),
              request.getIdempotencyKey(),
              request,
              () -> refresh(rec));
        });
  }

  private RefreshSessionResponse refresh(RefreshRecord rec) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        SessionRecord s = sessions.get(rec.sessionId());
        expireIfDue(s, now);
        if (s.session.getState() == SessionState.SESSION_STATE_REVOKED) {
          throw sessionRevoked(s);
        }
        if (rec.generation() < s.session.getRefreshGeneration() && detectsReuse()) {
          revoke(s, SessionRevokeReason.SESSION_REVOKE_REASON_REFRESH_TOKEN_REUSE, now, out);
          throw error(
                  Status.Code.UNAUTHENTICATED,
                  UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_REUSED)
              .message("a rotated refresh token was presented again; the session is revoked")
              .putMetadata("sessionId", rec.sessionId())
              .asException();
        }
        if (s.session.getState() == SessionState.SESSION_STATE_EXPIRED
            || !now.isBefore(rec.expireTime())) {
          throw error(
                  Status.Code.UNAUTHENTICATED,
                  UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_EXPIRED)
              .message("the refresh token or its session has expired; log in again")
              .putMetadata("sessionId", rec.sessionId())
              .asException();
        }
        s.session
            .setRefreshGeneration(s.session.getRefreshGeneration() + 1)
            .setRefreshTime(ts(now));
        String refresh = issueRefresh(s, now);
        Instant accessExpire = accessExpiry(now, instant(s.session.getExpireTime()));
        return RefreshSessionResponse.newBuilder()
            .setAccessToken(
                accessToken(s.session.getUserId(), rec.sessionId(), s.roles, now, accessExpire))
            .setAccessExpireTime(ts(accessExpire))
            .setRefreshToken(refresh)
            .setRefreshExpireTime(ts(s.refreshExpire))
            .setSession(s.session.build())
            .build();
      }
    } finally {
      publishAll(out);
    }
  }

  private void expireIfDue(SessionRecord s, Instant now) {
    if (s.session.getState() == SessionState.SESSION_STATE_ACTIVE
        && (!now.isBefore(instant(s.session.getExpireTime())) || !now.isBefore(s.refreshExpire))) {
      s.session.setState(SessionState.SESSION_STATE_EXPIRED);
    }
  }

  private void revoke(SessionRecord s, SessionRevokeReason reason, Instant now, List<Message> out) {
    s.session
        .setState(SessionState.SESSION_STATE_REVOKED)
        .setRevokeReason(reason)
        .setRevokeTime(ts(now));
    s.version++;
    out.add(
        SessionRevokedEvent.newBuilder()
            .setMetadata(meta(s.session.getSessionId(), s.version))
            .setSession(s.session.build())
            .build());
  }

  private StatusRuntimeException sessionRevoked(SessionRecord s) {
    return RpcErrors.error(
            Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_SESSION_REVOKED, DOMAIN)
        .message("the session was revoked")
        .putMetadata("sessionId", s.session.getSessionId())
        .putMetadata("revokeReason", s.session.getRevokeReason().name())
        .asException();
  }

  @Override
  public void logoutSession(
      LogoutSessionRequest request, StreamObserver<LogoutSessionResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = AuthenticatedSession.current();
          String scope =
              request.getAllSessions()
                  ? "all:" + caller.userId()
                  : request.getSessionId().isEmpty() ? caller.sessionId() : request.getSessionId();
          return idempotency.execute(
              SVC + "LogoutSession",
              scope,
              request.getIdempotencyKey(),
              request,
              () -> logout(request, caller));
        });
  }

  private LogoutSessionResponse logout(LogoutSessionRequest r, AuthenticatedSession caller) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        if (r.getAllSessions()) {
          int count = 0;
          for (SessionRecord s : sessions.values()) {
            expireIfDue(s, now);
            if (s.session.getUserId().equals(caller.userId())
                && s.session.getState() == SessionState.SESSION_STATE_ACTIVE) {
              revoke(s, SessionRevokeReason.SESSION_REVOKE_REASON_LOGOUT_ALL, now, out);
              count++;
            }
          }
          SessionRecord mine = sessions.get(caller.sessionId());
          LogoutSessionResponse.Builder b =
              LogoutSessionResponse.newBuilder().setRevokedSessionCount(count);
          if (mine != null) {
            b.setSession(mine.session.build());
          }
          return b.build();
        }
        String sid = r.getSessionId().isEmpty() ? caller.sessionId() : r.getSessionId();
        SessionRecord s = sessions.get(sid);
        if (s == null
            || (!s.session.getUserId().equals(caller.userId()) && !caller.hasRole("admin"))) {
          throw error(Status.Code.NOT_FOUND, UserErrorReason.USER_ERROR_REASON_SESSION_NOT_FOUND)
              .message("no such session")
              .putMetadata("sessionId", sid)
              .asException();
        }
        expireIfDue(s, now);
        int count = 0;
        if (s.session.getState() == SessionState.SESSION_STATE_ACTIVE) {
          revoke(s, SessionRevokeReason.SESSION_REVOKE_REASON_LOGOUT, now, out);
          count = 1;
        }
        return LogoutSessionResponse.newBuilder()
            .setSession(s.session.build())
            .setRevokedSessionCount(count)
            .build();
      }
    } finally {
      publishAll(out);
    }
  }

  @Override
  public void getUser(GetUserRequest request, StreamObserver<GetUserResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = AuthenticatedSession.current();
          if (!caller.userId().equals(request.getUserId())
              && !caller.hasRole("operator")
              && !caller.hasRole("admin")
              && !caller.hasRole("service")) {
            throw RpcErrors.error(
                    Status.Code.PERMISSION_DENIED,
                    ErrorReason.ERROR_REASON_PERMISSION_DENIED,
                    DOMAIN)
                .message("reading another user's account needs the role operator, admin or service")
                .putMetadata("resource", "users/" + request.getUserId())
                .asException();
          }
          return GetUserResponse.newBuilder()
              .setUser(
                  user(request.getUserId()).orElseThrow(() -> userNotFound(request.getUserId())))
              .build();
        });
  }

  private StatusRuntimeException userNotFound(String userId) {
    return error(Status.Code.NOT_FOUND, UserErrorReason.USER_ERROR_REASON_USER_NOT_FOUND)
        .message("no user " + userId)
        .putMetadata("userId", userId)
        .asException();
  }

  @Override
  public void validateSession(
      ValidateSessionRequest request, StreamObserver<ValidateSessionResponse> response) {
    respond(response, () -> validate(request.getAccessToken()));
  }

  /**
   * Checks a token as ValidateSession does, in the documented order.
   *
   * @param token the access token
   * @return the identity behind it
   * @throws StatusRuntimeException UNAUTHENTICATED with TOKEN_INVALID, TOKEN_EXPIRED or
   *     SESSION_REVOKED
   */
  ValidateSessionResponse validate(String token) {
    Instant now = now();
    Optional<ValidateSessionResponse> demo = DemoTokens.session(token, ctx.clock());
    if (demo.isPresent()) {
      synchronized (lock) {
        Account a = accounts.get(demo.get().getUserId());
        if (a != null && a.user.getState() == UserState.USER_STATE_DISABLED && demoRevocation()) {
          throw RpcErrors.error(
                  Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_SESSION_REVOKED, DOMAIN)
              .message("the account is disabled")
              .putMetadata("sessionId", demo.get().getSessionId())
              .putMetadata("revokeReason", SessionRevokeReason.SESSION_REVOKE_REASON_ADMIN.name())
              .asException();
        }
      }
      return demo.get();
    }
    Jwts.Claims c = jwts.verify(token).orElse(null);
    if (c == null || !ISSUER.equals(c.iss()) || c.sub() == null || c.sid() == null) {
      throw tokenInvalid();
    }
    if (now.getEpochSecond() >= c.exp()) {
      throw RpcErrors.error(
              Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_EXPIRED, DOMAIN)
          .message("the access token has expired; refresh and retry")
          .asException();
    }
    synchronized (lock) {
      SessionRecord s = sessions.get(c.sid());
      if (s == null || !s.session.getUserId().equals(c.sub())) {
        throw tokenInvalid();
      }
      expireIfDue(s, now);
      if (!sessionAccepted(s)) {
        throw sessionRevoked(s);
      }
    }
    return ValidateSessionResponse.newBuilder()
        .setUserId(c.sub())
        .setSessionId(c.sid())
        .addAllRoles(c.roles())
        .putClaims("iss", c.iss())
        .putClaims("iat", Long.toString(c.iat()))
        .putClaims("exp", Long.toString(c.exp()))
        .putClaims("jti", c.jti())
        .setExpireTime(Timestamp.newBuilder().setSeconds(c.exp()))
        .build();
  }

  /** Whether ValidateSession accepts the session's tokens (broken variants override it). */
  boolean sessionAccepted(SessionRecord s) {
    return s.session.getState() == SessionState.SESSION_STATE_ACTIVE;
  }

  /** Whether a rotated refresh token presented again revokes the session (broken variants). */
  boolean detectsReuse() {
    return true;
  }

  /** Whether a DISABLED account's demo token is refused (broken variants override it). */
  boolean demoRevocation() {
    return true;
  }

  private static StatusRuntimeException tokenInvalid() {
    return RpcErrors.error(
            Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_INVALID, DOMAIN)
        .message("access token is not valid")
        .asException();
  }

  @Override
  public void disableUser(
      DisableUserRequest request, StreamObserver<DisableUserResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = requireOperator(request.getUserId());
          return idempotency.execute(
              SVC + "DisableUser",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> disable(request, caller));
        });
  }

  private DisableUserResponse disable(DisableUserRequest r, AuthenticatedSession caller) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        Account a = accounts.get(r.getUserId());
        if (a == null) {
          throw userNotFound(r.getUserId());
        }
        unlockIfDue(a, now);
        if (a.user.getState() == UserState.USER_STATE_DISABLED) {
          return DisableUserResponse.newBuilder().setChanged(false).setUser(a.user.build()).build();
        }
        a.user.setState(UserState.USER_STATE_DISABLED).setUpdateTime(ts(now));
        a.unlockTime = null;
        a.failures.clear();
        int count = 0;
        if (revokeOnDisable()) {
          for (SessionRecord s : sessions.values()) {
            expireIfDue(s, now);
            if (s.session.getUserId().equals(r.getUserId())
                && s.session.getState() == SessionState.SESSION_STATE_ACTIVE) {
              revoke(s, SessionRevokeReason.SESSION_REVOKE_REASON_ADMIN, now, out);
              count++;
            }
          }
        }
        a.accessVersion++;
        out.add(
            UserDisabledEvent.newBuilder()
                .setMetadata(meta(r.getUserId(), a.accessVersion))
                .setUser(a.user.build())
                .setActorUserId(caller.userId())
                .setNote(r.getNote())
                .setRevokedSessionCount(count)
                .setDisableTime(ts(now))
                .build());
        return DisableUserResponse.newBuilder()
            .setChanged(true)
            .setUser(a.user.build())
            .setRevokedSessionCount(count)
            .build();
      }
    } finally {
      publishAll(out);
    }
  }

  /** Whether DisableUser revokes the user's sessions (broken variants override it). */
  boolean revokeOnDisable() {
    return true;
  }

  @Override
  public void enableUser(EnableUserRequest request, StreamObserver<EnableUserResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = requireOperator(request.getUserId());
          return idempotency.execute(
              SVC + "EnableUser",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> enable(request, caller));
        });
  }

  private EnableUserResponse enable(EnableUserRequest r, AuthenticatedSession caller) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        Account a = accounts.get(r.getUserId());
        if (a == null) {
          throw userNotFound(r.getUserId());
        }
        unlockIfDue(a, now);
        if (a.user.getState() != UserState.USER_STATE_DISABLED) {
          return EnableUserResponse.newBuilder().setChanged(false).setUser(a.user.build()).build();
        }
        a.user.setState(UserState.USER_STATE_ACTIVE).setUpdateTime(ts(now));
        a.failures.clear();
        a.accessVersion++;
        out.add(
            UserEnabledEvent.newBuilder()
                .setMetadata(meta(r.getUserId(), a.accessVersion))
                .setUser(a.user.build())
                .setActorUserId(caller.userId())
                .setNote(r.getNote())
                .setEnableTime(ts(now))
                .build());
        return EnableUserResponse.newBuilder().setChanged(true).setUser(a.user.build()).build();
      }
    } finally {
      publishAll(out);
    }
  }

  private AuthenticatedSession requireOperator(String target) {
    AuthenticatedSession caller = AuthenticatedSession.current();
    if (!caller.hasRole("operator") && !caller.hasRole("admin")) {
      throw RpcErrors.error(
              Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED, DOMAIN)
          .message("disabling or enabling an account needs the role operator or admin")
          .putMetadata("resource", "users/" + target)
          .asException();
    }
    return caller;
  }

  // ---------------------------------------------------------------- helpers

  private Instant now() {
    return ctx.clock().instant();
  }

  private static Timestamp ts(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private EventMetadata meta(String aggregateId, long version) {
    return EventMetadata.newBuilder()
        .setEventId(ctx.ids().uuid())
        .setCorrelationId(client().correlationId())
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .build();
  }

  private void publishAll(List<Message> events) {
    for (Message e : events) {
      ctx.events().publish(Envelopes.prepare(registry.of(e), e, now()));
    }
    events.clear();
  }

  private static RpcErrors.Builder error(Status.Code code, UserErrorReason reason) {
    return RpcErrors.error(code, reason, DOMAIN);
  }

  private static <R> void respond(StreamObserver<R> response, Supplier<R> call) {
    R result;
    try {
      result = call.get();
    } catch (StatusRuntimeException e) {
      response.onError(e);
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }
}
