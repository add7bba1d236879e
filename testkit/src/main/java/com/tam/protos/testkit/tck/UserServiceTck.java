package com.tam.protos.testkit.tck;

import static com.tam.protos.testkit.tck.TckAssertions.fails;
import static com.tam.protos.testkit.tck.TckAssertions.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ProtocolMessageEnum;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.user.v1.DisableUserRequest;
import com.tam.protos.user.v1.DisableUserResponse;
import com.tam.protos.user.v1.EnableUserRequest;
import com.tam.protos.user.v1.EnableUserResponse;
import com.tam.protos.user.v1.GetUserRequest;
import com.tam.protos.user.v1.LoginUserRequest;
import com.tam.protos.user.v1.LoginUserResponse;
import com.tam.protos.user.v1.LogoutSessionRequest;
import com.tam.protos.user.v1.LogoutSessionResponse;
import com.tam.protos.user.v1.RefreshSessionRequest;
import com.tam.protos.user.v1.RefreshSessionResponse;
import com.tam.protos.user.v1.RegisterUserRequest;
import com.tam.protos.user.v1.SessionRevokeReason;
import com.tam.protos.user.v1.SessionState;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserErrorReason;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.UserState;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code user.v1.UserService}: registration rules, login and lockout, JWT
 * access tokens and their claims, refresh-token rotation and reuse detection, logout, access per
 * role, and operator disable/enable. The suite registers its own users through RegisterUser and
 * LoginUser and uses the JWTs they return; rule ids start with {@code user.}.
 *
 * <p>Time-dependent rules (access- and refresh-token expiry, unlock after 15 minutes) need a
 * movable clock ({@link TckTarget#clock()}); they are skipped without one.
 */
public class UserServiceTck extends ServiceTck {
  private static final String PASSWORD = "Tck-Strong-Passw0rd!";
  private static final Pattern JWT =
      Pattern.compile("^([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)$");

  // ------------------------------------------------------------------ helpers

  private UserServiceGrpc.UserServiceBlockingStub anonymous() {
    return UserServiceGrpc.newBlockingStub(target().channel());
  }

  private UserServiceGrpc.UserServiceBlockingStub as(String accessToken) {
    return anonymous().withCallCredentials(BearerToken.of(accessToken));
  }

  private UserServiceGrpc.UserServiceBlockingStub operator() {
    return anonymous().withCallCredentials(target().operatorCredentials());
  }

  private static String key() {
    return "tck-" + UUID.randomUUID();
  }

  private static String email() {
    return "tck-" + UUID.randomUUID().toString().substring(0, 13) + "@example.com";
  }

  private static RegisterUserRequest.Builder registration(String email) {
    return RegisterUserRequest.newBuilder()
        .setEmail(email)
        .setPassword(PASSWORD)
        .setDisplayName("TCK user")
        .setIdempotencyKey(key())
        .setCurrency("EUR")
        .setCountry("DE")
        .setBirthDate("1990-04-01");
  }

  private User register(String email) {
    return anonymous().registerUser(registration(email).build()).getUser();
  }

  private LoginUserResponse login(String email) {
    return anonymous()
        .loginUser(
            LoginUserRequest.newBuilder()
                .setEmail(email)
                .setPassword(PASSWORD)
                .setIdempotencyKey(key())
                .setDeviceName("tck")
                .build());
  }

  private StatusRuntimeException loginFails(String rule, String email, String password) {
    return fails(
        rule,
        () ->
            anonymous()
                .loginUser(
                    LoginUserRequest.newBuilder()
                        .setEmail(email)
                        .setPassword(password)
                        .setIdempotencyKey(key())
                        .build()));
  }

  private ValidateSessionResponse validate(String token) {
    return anonymous()
        .validateSession(ValidateSessionRequest.newBuilder().setAccessToken(token).build());
  }

  private StatusRuntimeException validateFails(String rule, String token) {
    return fails(rule, () -> validate(token));
  }

  private LogoutSessionResponse logout(String token, String sessionId) {
    return as(token)
        .logoutSession(
            LogoutSessionRequest.newBuilder()
                .setSessionId(sessionId)
                .setIdempotencyKey(key())
                .build());
  }

  /** {@link TckAssertions#assertError}, and the user-service's ErrorInfo domain. */
  private static void assertError(
      String rule, StatusRuntimeException e, Status.Code code, ProtocolMessageEnum reason) {
    TckAssertions.assertError(rule, e, code, reason);
    assertThat(RpcErrors.errorInfo(e).map(ErrorInfo::getDomain).orElse(""))
        .as("[%s] ErrorInfo.domain", rule)
        .isEqualTo("user.tam.internal");
  }

  private static String payload(String jwt) {
    Matcher m = JWT.matcher(jwt);
    assertThat(m.matches())
        .as("[user.token.jws-compact] the access token is a compact JWS")
        .isTrue();
    return new String(Base64.getUrlDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
  }

  private static long numericClaim(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
    assertThat(m.find()).as("[user.token.claims] claim %s is a number", name).isTrue();
    return Long.parseLong(m.group(1));
  }

  // ------------------------------------------------------------------ RegisterUser

  @Test
  @DisplayName("RegisterUser creates an ACTIVE account with the role user, without a token")
  void registerCreatesActiveUser() {
    String email = email();
    User user = register(email);
    assertThat(user.getUserId()).as("[user.register.assigns-id] a server-assigned id").isNotEmpty();
    assertThat(user.getState())
        .as("[user.register.active] new accounts are ACTIVE")
        .isEqualTo(UserState.USER_STATE_ACTIVE);
    assertThat(user.getRolesList())
        .as("[user.register.role-user] the role user")
        .containsExactly("user");
    assertThat(user.getCurrency())
        .as("[user.register.currency] the wallet currency is kept")
        .isEqualTo("EUR");
    assertThat(user.getEmail())
        .as("[user.register.email] the email as registered")
        .isEqualTo(email);
  }

  @Test
  @DisplayName("A RegisterUser retry with the same key returns the same account")
  void registerReplay() {
    RegisterUserRequest request = registration(email()).build();
    User first = anonymous().registerUser(request).getUser();
    User again = anonymous().registerUser(request).getUser();
    assertThat(again.getUserId())
        .as("[user.register.replay] a same-key retry returns the account of the first call")
        .isEqualTo(first.getUserId());
  }

  @Test
  @DisplayName("The same RegisterUser key with a different request is IDEMPOTENCY_KEY_REUSED")
  void registerKeyReuse() {
    RegisterUserRequest request = registration(email()).build();
    anonymous().registerUser(request);
    StatusRuntimeException e =
        fails(
            "user.register.key-reused",
            () -> anonymous().registerUser(request.toBuilder().setDisplayName("Other").build()));
    assertError(
        "user.register.key-reused",
        e,
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  @DisplayName("An email registered before, in any letter case, is EMAIL_ALREADY_REGISTERED")
  void registerDuplicateEmail() {
    String email = email();
    register(email);
    StatusRuntimeException e =
        fails(
            "user.register.email-unique",
            () -> anonymous().registerUser(registration(email.toUpperCase()).build()));
    assertError(
        "user.register.email-unique",
        e,
        Status.Code.ALREADY_EXISTS,
        UserErrorReason.USER_ERROR_REASON_EMAIL_ALREADY_REGISTERED);
  }

  @Test
  @DisplayName("A password containing the email's local part is PASSWORD_TOO_WEAK (contains_email)")
  void registerWeakPassword() {
    String email = email();
    String local = email.substring(0, email.indexOf('@'));
    StatusRuntimeException e =
        fails(
            "user.register.password-policy",
            () ->
                anonymous()
                    .registerUser(
                        registration(email).setPassword("X" + local.toUpperCase() + "!").build()));
    assertError(
        "user.register.password-policy",
        e,
        Status.Code.INVALID_ARGUMENT,
        UserErrorReason.USER_ERROR_REASON_PASSWORD_TOO_WEAK);
    assertThat(metadata(e, "rule"))
        .as("[user.register.password-policy] metadata rule")
        .isEqualTo("contains_email");
  }

  @Test
  @DisplayName("A well-formed currency outside the currency table is CURRENCY_NOT_SUPPORTED")
  void registerUnsupportedCurrency() {
    StatusRuntimeException e =
        fails(
            "user.register.currency-supported",
            () -> anonymous().registerUser(registration(email()).setCurrency("ZZZ").build()));
    assertError(
        "user.register.currency-supported",
        e,
        Status.Code.INVALID_ARGUMENT,
        UserErrorReason.USER_ERROR_REASON_CURRENCY_NOT_SUPPORTED);
    assertThat(metadata(e, "currency"))
        .as("[user.register.currency-supported] metadata currency")
        .isEqualTo("ZZZ");
  }

  @Test
  @DisplayName("A country the platform does not serve is COUNTRY_NOT_SUPPORTED; nothing is created")
  void registerUnservedCountry() {
    String email = email();
    // "ZZ" passes the field rules (two upper-case letters) but is user-assigned in ISO 3166-1: no
    // country has it, so whatever countries a platform serves, it does not serve residents of ZZ.
    StatusRuntimeException e =
        fails(
            "user.register.country-served",
            () -> anonymous().registerUser(registration(email).setCountry("ZZ").build()));
    assertError(
        "user.register.country-served",
        e,
        Status.Code.FAILED_PRECONDITION,
        UserErrorReason.USER_ERROR_REASON_COUNTRY_NOT_SUPPORTED);
    assertThat(metadata(e, "country"))
        .as("[user.register.country-served] metadata country")
        .isEqualTo("ZZ");
    assertThat(register(email).getEmail())
        .as("[user.register.country-served] no account was created: the email is still free")
        .isEqualTo(email);
  }

  @Test
  @DisplayName("A ten-year-old is UNDERAGE with the minimum age in the metadata")
  void registerUnderage() {
    String birth = LocalDate.now(ZoneOffset.UTC).minusYears(10).toString();
    StatusRuntimeException e =
        fails(
            "user.register.legal-age",
            () -> anonymous().registerUser(registration(email()).setBirthDate(birth).build()));
    assertError(
        "user.register.legal-age",
        e,
        Status.Code.FAILED_PRECONDITION,
        UserErrorReason.USER_ERROR_REASON_UNDERAGE);
    assertThat(Integer.parseInt(metadata(e, "minimumAge")))
        .as("[user.register.legal-age] metadata minimumAge is at least 18")
        .isGreaterThanOrEqualTo(18);
  }

  @Test
  @DisplayName("An impossible birth date such as 2001-02-30 is VALIDATION_FAILED")
  void registerImpossibleDate() {
    StatusRuntimeException e =
        fails(
            "user.register.birth-date",
            () ->
                anonymous().registerUser(registration(email()).setBirthDate("2001-02-30").build()));
    assertError(
        "user.register.birth-date",
        e,
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_VALIDATION_FAILED);
  }

  // ------------------------------------------------------------------ LoginUser and tokens

  @Test
  @DisplayName("LoginUser returns a compact JWS with the documented claims and a 15-minute life")
  void loginIssuesJwt() {
    String email = email();
    User user = register(email);
    LoginUserResponse login = login(email);
    String json = payload(login.getAccessToken());
    assertThat(json)
        .as("[user.token.claims] sub is the user id")
        .contains("\"sub\":\"" + user.getUserId() + "\"");
    assertThat(json)
        .as("[user.token.claims] sid is the session id")
        .contains("\"sid\":\"" + login.getSession().getSessionId() + "\"");
    assertThat(json).as("[user.token.claims] iss").contains("\"iss\":\"user.tam.internal\"");
    assertThat(json)
        .as("[user.token.claims] roles array")
        .containsPattern("\"roles\"\\s*:\\s*\\[\\s*\"user\"\\s*]");
    assertThat(json).as("[user.token.claims] jti").containsPattern("\"jti\"\\s*:\\s*\"[^\"]+\"");
    long iat = numericClaim(json, "iat");
    long exp = numericClaim(json, "exp");
    assertThat(exp - iat).as("[user.token.lifetime] access tokens live 15 minutes").isEqualTo(900);
    assertThat(login.getAccessExpireTime().getSeconds())
        .as("[user.token.lifetime] access_expire_time is the exp claim")
        .isEqualTo(exp);
    assertThat(login.getSession().getState())
        .as("[user.login.session-active] the session")
        .isEqualTo(SessionState.SESSION_STATE_ACTIVE);
    assertThat(login.getSession().getRefreshGeneration())
        .as("[user.login.session-active] generation 0 after login")
        .isZero();
    assertThat(login.getRefreshToken())
        .as("[user.token.refresh-opaque] a refresh token")
        .hasSizeGreaterThanOrEqualTo(43);
    assertThat(login.getRefreshExpireTime().getSeconds() - iat)
        .as("[user.token.refresh-lifetime] refresh tokens live 30 days")
        .isEqualTo(30L * 24 * 3600);
  }

  @Test
  @DisplayName("ValidateSession accepts a fresh access token and names its user, session and roles")
  void validateAcceptsJwt() {
    String email = email();
    User user = register(email);
    LoginUserResponse login = login(email);
    ValidateSessionResponse v = validate(login.getAccessToken());
    assertThat(v.getUserId()).as("[user.validate.identity] user_id").isEqualTo(user.getUserId());
    assertThat(v.getSessionId())
        .as("[user.validate.identity] session_id")
        .isEqualTo(login.getSession().getSessionId());
    assertThat(v.getRolesList()).as("[user.validate.identity] roles").containsExactly("user");
    assertThat(v.getClaimsMap())
        .as("[user.validate.identity] claims carry iss")
        .containsEntry("iss", "user.tam.internal");
    assertThat(v.getExpireTime())
        .as("[user.validate.identity] expire_time is exp")
        .isEqualTo(login.getAccessExpireTime());
  }

  @Test
  @DisplayName("The JWT from LoginUser authenticates calls: a user reads their own account")
  void jwtAuthenticatesCalls() {
    String email = email();
    User user = register(email);
    LoginUserResponse login = login(email);
    User read =
        as(login.getAccessToken())
            .getUser(GetUserRequest.newBuilder().setUserId(user.getUserId()).build())
            .getUser();
    assertThat(read.getUserId())
        .as("[user.get.own] a user reads their own account")
        .isEqualTo(user.getUserId());
  }

  @Test
  @DisplayName("A token with a changed payload or a malformed token is TOKEN_INVALID")
  void tamperedTokenIsInvalid() {
    String email = email();
    User user = register(email);
    String token = login(email).getAccessToken();
    String[] parts = token.split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload(token)
                    .replace(user.getUserId(), user.getUserId() + "x")
                    .getBytes(StandardCharsets.UTF_8));
    assertError(
        "user.validate.signature",
        validateFails("user.validate.signature", parts[0] + "." + forged + "." + parts[2]),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_TOKEN_INVALID);
    assertError(
        "user.validate.malformed",
        validateFails("user.validate.malformed", "not-a.jwt.token"),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_TOKEN_INVALID);
  }

  @Test
  @DisplayName("A wrong password and an unknown email both fail with INVALID_CREDENTIALS")
  void wrongPassword() {
    String email = email();
    register(email);
    assertError(
        "user.login.invalid-credentials",
        loginFails("user.login.invalid-credentials", email, "Wrong-Passw0rd-123"),
        Status.Code.UNAUTHENTICATED,
        UserErrorReason.USER_ERROR_REASON_INVALID_CREDENTIALS);
    assertError(
        "user.login.invalid-credentials",
        loginFails("user.login.invalid-credentials", email(), PASSWORD),
        Status.Code.UNAUTHENTICATED,
        UserErrorReason.USER_ERROR_REASON_INVALID_CREDENTIALS);
  }

  @Test
  @DisplayName("A LoginUser retry with the same key returns the same session and tokens")
  void loginReplay() {
    String email = email();
    register(email);
    LoginUserRequest request =
        LoginUserRequest.newBuilder()
            .setEmail(email)
            .setPassword(PASSWORD)
            .setIdempotencyKey(key())
            .build();
    LoginUserResponse first = anonymous().loginUser(request);
    LoginUserResponse again = anonymous().loginUser(request);
    assertThat(again.getSession().getSessionId())
        .as("[user.login.replay] a same-key retry creates no second session")
        .isEqualTo(first.getSession().getSessionId());
    assertThat(again.getRefreshToken())
        .as("[user.login.replay] a same-key retry returns the same tokens")
        .isEqualTo(first.getRefreshToken());
  }

  @Test
  @DisplayName("Five wrong passwords lock the account: even the right password is ACCOUNT_LOCKED")
  void lockout() {
    String email = email();
    register(email);
    for (int i = 0; i < 5; i++) {
      assertError(
          "user.login.lockout",
          loginFails("user.login.lockout", email, "Wrong-Passw0rd-" + i),
          Status.Code.UNAUTHENTICATED,
          UserErrorReason.USER_ERROR_REASON_INVALID_CREDENTIALS);
    }
    StatusRuntimeException e = loginFails("user.login.lockout", email, PASSWORD);
    assertError(
        "user.login.lockout",
        e,
        Status.Code.FAILED_PRECONDITION,
        UserErrorReason.USER_ERROR_REASON_ACCOUNT_LOCKED);
    assertThat(metadata(e, "unlockTime"))
        .as("[user.login.lockout] metadata unlockTime")
        .isNotEmpty();
  }

  @Test
  @DisplayName(
      "An access token fails with TOKEN_EXPIRED once its 15 minutes have passed (movable clock)")
  void accessTokenExpires() {
    TckClock clock = clock();
    String email = email();
    register(email);
    LoginUserResponse login = login(email);
    clock.advance(Duration.ofMinutes(15));
    assertError(
        "user.token.expiry",
        validateFails("user.token.expiry", login.getAccessToken()),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_TOKEN_EXPIRED);
  }

  @Test
  @DisplayName(
      "A locked account can log in again 15 minutes after the fifth failure (movable clock)")
  void lockEnds() {
    TckClock clock = clock();
    String email = email();
    User user = register(email);
    for (int i = 0; i < 5; i++) {
      loginFails("user.login.unlock", email, "Wrong-Passw0rd-" + i);
    }
    clock.advance(Duration.ofMinutes(15));
    assertThat(login(email).getUser().getUserId())
        .as("[user.login.unlock] the lock ends after 15 minutes")
        .isEqualTo(user.getUserId());
  }

  @Test
  @DisplayName(
      "A refresh token fails with REFRESH_TOKEN_EXPIRED once its 30 days have passed (movable clock)")
  void refreshTokenExpires() {
    TckClock clock = clock();
    String email = email();
    register(email);
    LoginUserResponse login = login(email);
    clock.advance(Duration.ofDays(30).plusSeconds(1));
    StatusRuntimeException e =
        fails(
            "user.refresh.expiry",
            () ->
                anonymous()
                    .refreshSession(
                        RefreshSessionRequest.newBuilder()
                            .setRefreshToken(login.getRefreshToken())
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        "user.refresh.expiry",
        e,
        Status.Code.UNAUTHENTICATED,
        UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_EXPIRED);
    assertThat(metadata(e, "sessionId"))
        .as("[user.refresh.expiry] metadata sessionId")
        .isEqualTo(login.getSession().getSessionId());
    assertThat(login(email).getSession().getSessionId())
        .as("[user.refresh.expiry] the user logs in again, in a new session")
        .isNotEqualTo(login.getSession().getSessionId());
  }

  private TckClock clock() {
    Optional<TckClock> clock = target().clock();
    Assumptions.assumeTrue(
        clock.isPresent(), "the target's clock cannot be moved (TckTarget.clock() is empty)");
    return clock.get();
  }

  // ------------------------------------------------------------------ RefreshSession

  @Test
  @DisplayName("RefreshSession rotates both tokens in the same session and bumps the generation")
  void refreshRotates() {
    String email = email();
    register(email);
    LoginUserResponse login = login(email);
    RefreshSessionResponse r =
        anonymous()
            .refreshSession(
                RefreshSessionRequest.newBuilder()
                    .setRefreshToken(login.getRefreshToken())
                    .setIdempotencyKey(key())
                    .build());
    assertThat(r.getRefreshToken())
        .as("[user.refresh.rotates] a new refresh token")
        .isNotEqualTo(login.getRefreshToken());
    assertThat(r.getSession().getSessionId())
        .as("[user.refresh.rotates] the same session")
        .isEqualTo(login.getSession().getSessionId());
    assertThat(r.getSession().getRefreshGeneration())
        .as("[user.refresh.rotates] generation 1")
        .isEqualTo(1);
    assertThat(validate(r.getAccessToken()).getSessionId())
        .as("[user.refresh.rotates] the new access token validates")
        .isEqualTo(login.getSession().getSessionId());
  }

  @Test
  @DisplayName("A RefreshSession retry with the same token and key returns the same pair")
  void refreshReplay() {
    String email = email();
    register(email);
    LoginUserResponse login = login(email);
    RefreshSessionRequest request =
        RefreshSessionRequest.newBuilder()
            .setRefreshToken(login.getRefreshToken())
            .setIdempotencyKey(key())
            .build();
    RefreshSessionResponse first = anonymous().refreshSession(request);
    RefreshSessionResponse again = anonymous().refreshSession(request);
    assertThat(again.getRefreshToken())
        .as("[user.refresh.replay] an idempotent retry is not reuse: the same new pair")
        .isEqualTo(first.getRefreshToken());
    assertThat(validate(first.getAccessToken()).getSessionId())
        .as("[user.refresh.replay] the session stays ACTIVE")
        .isEqualTo(login.getSession().getSessionId());
  }

  @Test
  @DisplayName("A rotated refresh token presented again revokes the whole session")
  void refreshReuseRevokes() {
    String email = email();
    register(email);
    LoginUserResponse login = login(email);
    RefreshSessionResponse rotated =
        anonymous()
            .refreshSession(
                RefreshSessionRequest.newBuilder()
                    .setRefreshToken(login.getRefreshToken())
                    .setIdempotencyKey(key())
                    .build());
    StatusRuntimeException reuse =
        fails(
            "user.refresh.reuse-detection",
            () ->
                anonymous()
                    .refreshSession(
                        RefreshSessionRequest.newBuilder()
                            .setRefreshToken(login.getRefreshToken())
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        "user.refresh.reuse-detection",
        reuse,
        Status.Code.UNAUTHENTICATED,
        UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_REUSED);
    assertThat(metadata(reuse, "sessionId"))
        .as("[user.refresh.reuse-detection] metadata sessionId")
        .isEqualTo(login.getSession().getSessionId());
    StatusRuntimeException after =
        validateFails("user.refresh.reuse-detection", rotated.getAccessToken());
    assertError(
        "user.refresh.reuse-detection",
        after,
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
    assertThat(metadata(after, "revokeReason"))
        .as("[user.refresh.reuse-detection] revokeReason")
        .isEqualTo(SessionRevokeReason.SESSION_REVOKE_REASON_REFRESH_TOKEN_REUSE.name());
    assertError(
        "user.refresh.reuse-detection",
        fails(
            "user.refresh.reuse-detection",
            () ->
                anonymous()
                    .refreshSession(
                        RefreshSessionRequest.newBuilder()
                            .setRefreshToken(rotated.getRefreshToken())
                            .setIdempotencyKey(key())
                            .build())),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
  }

  @Test
  @DisplayName("An unknown refresh token is REFRESH_TOKEN_INVALID")
  void refreshUnknown() {
    assertError(
        "user.refresh.invalid",
        fails(
            "user.refresh.invalid",
            () ->
                anonymous()
                    .refreshSession(
                        RefreshSessionRequest.newBuilder()
                            .setRefreshToken("no-such-refresh-token-" + UUID.randomUUID())
                            .setIdempotencyKey(key())
                            .build())),
        Status.Code.UNAUTHENTICATED,
        UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_INVALID);
  }

  // ------------------------------------------------------------------ LogoutSession

  @Test
  @DisplayName(
      "After LogoutSession the access token fails with SESSION_REVOKED, and so does refresh")
  void logoutRevokes() {
    String email = email();
    register(email);
    LoginUserResponse login = login(email);
    LogoutSessionResponse out = logout(login.getAccessToken(), "");
    assertThat(out.getRevokedSessionCount())
        .as("[user.logout.revokes] one session revoked")
        .isEqualTo(1);
    assertThat(out.getSession().getState())
        .as("[user.logout.revokes] the session is REVOKED")
        .isEqualTo(SessionState.SESSION_STATE_REVOKED);
    assertThat(out.getSession().getRevokeReason())
        .as("[user.logout.revokes] reason LOGOUT")
        .isEqualTo(SessionRevokeReason.SESSION_REVOKE_REASON_LOGOUT);
    StatusRuntimeException e = validateFails("user.logout.revokes", login.getAccessToken());
    assertError(
        "user.logout.revokes",
        e,
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
    assertThat(metadata(e, "sessionId"))
        .as("[user.logout.revokes] metadata sessionId")
        .isEqualTo(login.getSession().getSessionId());
    assertError(
        "user.logout.revokes",
        fails(
            "user.logout.revokes",
            () ->
                anonymous()
                    .refreshSession(
                        RefreshSessionRequest.newBuilder()
                            .setRefreshToken(login.getRefreshToken())
                            .setIdempotencyKey(key())
                            .build())),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
  }

  @Test
  @DisplayName("Logging out a revoked session again succeeds and revokes nothing")
  void logoutTwice() {
    String email = email();
    register(email);
    LoginUserResponse first = login(email);
    LoginUserResponse second = login(email);
    logout(first.getAccessToken(), "");
    LogoutSessionResponse again =
        logout(second.getAccessToken(), first.getSession().getSessionId());
    assertThat(again.getRevokedSessionCount())
        .as("[user.logout.idempotent] nothing revoked again")
        .isZero();
    assertThat(validate(second.getAccessToken()).getSessionId())
        .as("[user.logout.idempotent] the other session is untouched")
        .isEqualTo(second.getSession().getSessionId());
  }

  @Test
  @DisplayName("LogoutSession with all_sessions revokes every session of the user")
  void logoutAll() {
    String email = email();
    register(email);
    LoginUserResponse first = login(email);
    LoginUserResponse second = login(email);
    LogoutSessionResponse out =
        as(second.getAccessToken())
            .logoutSession(
                LogoutSessionRequest.newBuilder()
                    .setAllSessions(true)
                    .setIdempotencyKey(key())
                    .build());
    assertThat(out.getRevokedSessionCount()).as("[user.logout.all] both sessions").isEqualTo(2);
    assertThat(out.getSession().getRevokeReason())
        .as("[user.logout.all] reason LOGOUT_ALL")
        .isEqualTo(SessionRevokeReason.SESSION_REVOKE_REASON_LOGOUT_ALL);
    assertError(
        "user.logout.all",
        validateFails("user.logout.all", first.getAccessToken()),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
  }

  @Test
  @DisplayName("A user cannot log out another user's session: SESSION_NOT_FOUND")
  void logoutOtherUsersSession() {
    String a = email();
    String b = email();
    register(a);
    register(b);
    LoginUserResponse la = login(a);
    LoginUserResponse lb = login(b);
    assertError(
        "user.logout.own-sessions",
        fails(
            "user.logout.own-sessions",
            () -> logout(lb.getAccessToken(), la.getSession().getSessionId())),
        Status.Code.NOT_FOUND,
        UserErrorReason.USER_ERROR_REASON_SESSION_NOT_FOUND);
    assertThat(validate(la.getAccessToken()).getSessionId())
        .as("[user.logout.own-sessions] the victim's session is untouched")
        .isEqualTo(la.getSession().getSessionId());
  }

  // ------------------------------------------------------------------ GetUser and access

  @Test
  @DisplayName(
      "GetUser: another user's account is PERMISSION_DENIED for a user, readable for an operator")
  void getUserAccess() {
    String a = email();
    User ua = register(a);
    String b = email();
    register(b);
    LoginUserResponse lb = login(b);
    StatusRuntimeException e =
        fails(
            "user.get.access",
            () ->
                as(lb.getAccessToken())
                    .getUser(GetUserRequest.newBuilder().setUserId(ua.getUserId()).build()));
    assertError(
        "user.get.access",
        e,
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
    assertThat(
            operator()
                .getUser(GetUserRequest.newBuilder().setUserId(ua.getUserId()).build())
                .getUser()
                .getEmail())
        .as("[user.get.access] an operator reads any account")
        .isEqualTo(a);
    assertError(
        "user.get.not-found",
        fails(
            "user.get.not-found",
            () ->
                operator()
                    .getUser(
                        GetUserRequest.newBuilder()
                            .setUserId("no-such-" + UUID.randomUUID())
                            .build())),
        Status.Code.NOT_FOUND,
        UserErrorReason.USER_ERROR_REASON_USER_NOT_FOUND);
  }

  @Test
  @DisplayName("A non-public RPC without a token is UNAUTHENTICATED / TOKEN_MISSING")
  void tokenMissing() {
    StatusRuntimeException e =
        fails(
            "user.auth.token-missing",
            () -> anonymous().getUser(GetUserRequest.newBuilder().setUserId("anyone").build()));
    assertThat(e.getStatus().getCode())
        .as("[user.auth.token-missing] UNAUTHENTICATED")
        .isEqualTo(Status.Code.UNAUTHENTICATED);
    TckAssertions.assertReason(
        "user.auth.token-missing", e, ErrorReason.ERROR_REASON_TOKEN_MISSING);
  }

  // ------------------------------------------------------------------ DisableUser / EnableUser

  @Test
  @DisplayName("DisableUser needs an operator: a user is PERMISSION_DENIED")
  void disableNeedsOperator() {
    String email = email();
    User user = register(email);
    LoginUserResponse login = login(email);
    assertError(
        "user.disable.operator-only",
        fails(
            "user.disable.operator-only",
            () ->
                as(login.getAccessToken())
                    .disableUser(
                        DisableUserRequest.newBuilder()
                            .setUserId(user.getUserId())
                            .setNote("self")
                            .setIdempotencyKey(key())
                            .build())),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
  }

  @Test
  @DisplayName("A disabled user's sessions stop validating and LoginUser is ACCOUNT_DISABLED")
  void disableRevokesSessions() {
    String email = email();
    User user = register(email);
    LoginUserResponse login = login(email);
    DisableUserResponse d =
        operator()
            .disableUser(
                DisableUserRequest.newBuilder()
                    .setUserId(user.getUserId())
                    .setNote("tck fraud check")
                    .setIdempotencyKey(key())
                    .build());
    assertThat(d.getChanged()).as("[user.disable.state] changed").isTrue();
    assertThat(d.getUser().getState())
        .as("[user.disable.state] DISABLED")
        .isEqualTo(UserState.USER_STATE_DISABLED);
    assertThat(d.getRevokedSessionCount())
        .as("[user.disable.revokes-sessions] one session revoked")
        .isEqualTo(1);
    StatusRuntimeException v =
        validateFails("user.disable.revokes-sessions", login.getAccessToken());
    assertError(
        "user.disable.revokes-sessions",
        v,
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
    assertThat(metadata(v, "revokeReason"))
        .as("[user.disable.revokes-sessions] revokeReason ADMIN")
        .isEqualTo(SessionRevokeReason.SESSION_REVOKE_REASON_ADMIN.name());
    StatusRuntimeException l = loginFails("user.disable.login-refused", email, PASSWORD);
    assertError(
        "user.disable.login-refused",
        l,
        Status.Code.FAILED_PRECONDITION,
        UserErrorReason.USER_ERROR_REASON_ACCOUNT_DISABLED);
    DisableUserResponse again =
        operator()
            .disableUser(
                DisableUserRequest.newBuilder()
                    .setUserId(user.getUserId())
                    .setNote("again")
                    .setIdempotencyKey(key())
                    .build());
    assertThat(again.getChanged())
        .as("[user.disable.idempotent] disabling twice changes nothing")
        .isFalse();
  }

  @Test
  @DisplayName(
      "EnableUser lets the user log in again; sessions revoked by the disable stay revoked")
  void enableRestoresLogin() {
    String email = email();
    User user = register(email);
    LoginUserResponse before = login(email);
    operator()
        .disableUser(
            DisableUserRequest.newBuilder()
                .setUserId(user.getUserId())
                .setNote("check")
                .setIdempotencyKey(key())
                .build());
    EnableUserResponse e =
        operator()
            .enableUser(
                EnableUserRequest.newBuilder()
                    .setUserId(user.getUserId())
                    .setNote("cleared")
                    .setIdempotencyKey(key())
                    .build());
    assertThat(e.getChanged()).as("[user.enable.state] changed").isTrue();
    assertThat(e.getUser().getState())
        .as("[user.enable.state] ACTIVE")
        .isEqualTo(UserState.USER_STATE_ACTIVE);
    assertThat(validate(login(email).getAccessToken()).getUserId())
        .as("[user.enable.login] a new login works")
        .isEqualTo(user.getUserId());
    assertError(
        "user.enable.old-sessions-stay-revoked",
        validateFails("user.enable.old-sessions-stay-revoked", before.getAccessToken()),
        Status.Code.UNAUTHENTICATED,
        ErrorReason.ERROR_REASON_SESSION_REVOKED);
    EnableUserResponse again =
        operator()
            .enableUser(
                EnableUserRequest.newBuilder()
                    .setUserId(user.getUserId())
                    .setNote("again")
                    .setIdempotencyKey(key())
                    .build());
    assertThat(again.getChanged())
        .as("[user.enable.idempotent] enabling an ACTIVE account")
        .isFalse();
  }

  @Test
  @DisplayName("DisableUser of an unknown user is USER_NOT_FOUND")
  void disableUnknown() {
    assertError(
        "user.disable.not-found",
        fails(
            "user.disable.not-found",
            () ->
                operator()
                    .disableUser(
                        DisableUserRequest.newBuilder()
                            .setUserId("no-such-" + UUID.randomUUID())
                            .setNote("x")
                            .setIdempotencyKey(key())
                            .build())),
        Status.Code.NOT_FOUND,
        UserErrorReason.USER_ERROR_REASON_USER_NOT_FOUND);
  }
}
