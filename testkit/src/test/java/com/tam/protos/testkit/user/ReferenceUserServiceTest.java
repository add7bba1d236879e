package com.tam.protos.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.DisableUserRequest;
import com.tam.protos.user.v1.EnableUserRequest;
import com.tam.protos.user.v1.LoginUserRequest;
import com.tam.protos.user.v1.LoginUserResponse;
import com.tam.protos.user.v1.RefreshSessionRequest;
import com.tam.protos.user.v1.RegisterUserRequest;
import com.tam.protos.user.v1.SessionCreatedEvent;
import com.tam.protos.user.v1.SessionRevokedEvent;
import com.tam.protos.user.v1.UserDisabledEvent;
import com.tam.protos.user.v1.UserEnabledEvent;
import com.tam.protos.user.v1.UserErrorReason;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.UserState;
import com.tam.protos.user.v1.ValidateSessionRequest;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference user-service's clock-dependent rules and its events. */
class ReferenceUserServiceTest {
  private final UserPlatform p = new UserPlatform(ReferenceUserService::new);
  private final UserServiceGrpc.UserServiceBlockingStub stub =
      UserServiceGrpc.newBlockingStub(p.server.channel());
  private final UserServiceGrpc.UserServiceBlockingStub operator =
      stub.withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN));

  @AfterEach
  void close() {
    p.close();
  }

  private LoginUserResponse login(String email, String password, String key) {
    return stub.loginUser(
        LoginUserRequest.newBuilder()
            .setEmail(email)
            .setPassword(password)
            .setIdempotencyKey(key)
            .build());
  }

  private StatusRuntimeException validateFails(String token) {
    return catchThrowableOfType(
        StatusRuntimeException.class,
        () ->
            stub.validateSession(
                ValidateSessionRequest.newBuilder().setAccessToken(token).build()));
  }

  @Test
  void seededDemoUsersLogInWithTheSandboxPassword() {
    p.users.seedUser("alice", "alice@example.com", "sandbox", "EUR");
    LoginUserResponse login = login("Alice@Example.com", "sandbox", "k1");
    assertThat(login.getUser().getUserId()).isEqualTo("alice");
    assertThat(p.bus.published(UserRegisteredEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getMetadata().getAggregateId()).isEqualTo("alice");
              assertThat(e.getMetadata().getAggregateVersion()).isEqualTo(1);
              assertThat(e.getUser().getCurrency()).isEqualTo("EUR");
            });
    assertThat(p.bus.published(SessionCreatedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getMetadata().getAggregateId())
                    .isEqualTo(login.getSession().getSessionId()));
  }

  @Test
  void theSessionRecordsTheClientAndItsEventsTheCorrelationId() {
    p.users.seedUser("kim", "kim@example.com", "sandbox", "EUR");
    io.grpc.Metadata headers = new io.grpc.Metadata();
    headers.put(
        io.grpc.Metadata.Key.of("x-forwarded-for", io.grpc.Metadata.ASCII_STRING_MARSHALLER),
        "203.0.113.7, 10.0.0.1");
    headers.put(
        io.grpc.Metadata.Key.of("x-correlation-id", io.grpc.Metadata.ASCII_STRING_MARSHALLER),
        "corr-1");
    LoginUserResponse login =
        stub.withInterceptors(io.grpc.stub.MetadataUtils.newAttachHeadersInterceptor(headers))
            .loginUser(
                LoginUserRequest.newBuilder()
                    .setEmail("kim@example.com")
                    .setPassword("sandbox")
                    .setIdempotencyKey("k1")
                    .build());
    assertThat(login.getSession().getClientIp()).isEqualTo("203.0.113.7");
    assertThat(login.getSession().getUserAgent()).isNotEmpty();
    assertThat(p.bus.published(SessionCreatedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(e -> assertThat(e.getMetadata().getCorrelationId()).isEqualTo("corr-1"));
  }

  @Test
  void anAccessTokenExpiresAfterFifteenMinutesOnTheInjectedClock() {
    p.users.seedUser("carol", "carol@example.com", "sandbox", "EUR");
    String token = login("carol@example.com", "sandbox", "k1").getAccessToken();
    p.clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    assertThat(
            stub.validateSession(ValidateSessionRequest.newBuilder().setAccessToken(token).build())
                .getUserId())
        .isEqualTo("carol");
    p.clock.advance(Duration.ofSeconds(1));
    assertThat(RpcErrors.hasReason(validateFails(token), ErrorReason.ERROR_REASON_TOKEN_EXPIRED))
        .isTrue();
  }

  @Test
  void aLockedAccountUnlocksFifteenMinutesAfterTheFifthFailure() {
    p.users.seedUser("dave", "dave@example.com", "sandbox", "EUR");
    for (int i = 0; i < 5; i++) {
      int n = i;
      catchThrowableOfType(
          StatusRuntimeException.class, () -> login("dave@example.com", "wrong", "bad-" + n));
    }
    assertThat(p.users.user("dave").orElseThrow().getState())
        .isEqualTo(UserState.USER_STATE_LOCKED);
    StatusRuntimeException locked =
        catchThrowableOfType(
            StatusRuntimeException.class, () -> login("dave@example.com", "sandbox", "k-locked"));
    assertThat(RpcErrors.hasReason(locked, UserErrorReason.USER_ERROR_REASON_ACCOUNT_LOCKED))
        .isTrue();
    assertThat(RpcErrors.errorInfo(locked).orElseThrow().getMetadataMap())
        .containsEntry("unlockTime", "2026-06-01T12:15:00Z");
    p.clock.advance(Duration.ofMinutes(15));
    assertThat(login("dave@example.com", "sandbox", "k-after").getUser().getState())
        .isEqualTo(UserState.USER_STATE_ACTIVE);
  }

  @Test
  void failuresOlderThanTheWindowDoNotCount() {
    p.users.seedUser("erin", "erin@example.com", "sandbox", "EUR");
    for (int i = 0; i < 4; i++) {
      int n = i;
      catchThrowableOfType(
          StatusRuntimeException.class, () -> login("erin@example.com", "wrong", "bad-" + n));
    }
    p.clock.advance(Duration.ofMinutes(16));
    catchThrowableOfType(
        StatusRuntimeException.class, () -> login("erin@example.com", "wrong", "bad-late"));
    assertThat(p.users.user("erin").orElseThrow().getState())
        .isEqualTo(UserState.USER_STATE_ACTIVE);
  }

  @Test
  void aRefreshTokenExpiresAfterThirtyDays() {
    p.users.seedUser("finn", "finn@example.com", "sandbox", "EUR");
    String refresh = login("finn@example.com", "sandbox", "k1").getRefreshToken();
    p.clock.advance(Duration.ofDays(30));
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                stub.refreshSession(
                    RefreshSessionRequest.newBuilder()
                        .setRefreshToken(refresh)
                        .setIdempotencyKey("r1")
                        .build()));
    assertThat(RpcErrors.hasReason(e, UserErrorReason.USER_ERROR_REASON_REFRESH_TOKEN_EXPIRED))
        .isTrue();
  }

  @Test
  void disableAndEnableAreAGapFreeAuditTrailAndRevokeSessions() {
    p.users.seedUser("gina", "gina@example.com", "sandbox", "EUR");
    login("gina@example.com", "sandbox", "k1");
    login("gina@example.com", "sandbox", "k2");
    operator.disableUser(
        DisableUserRequest.newBuilder()
            .setUserId("gina")
            .setNote("n")
            .setIdempotencyKey("d1")
            .build());
    operator.enableUser(
        EnableUserRequest.newBuilder()
            .setUserId("gina")
            .setNote("n")
            .setIdempotencyKey("e1")
            .build());
    operator.disableUser(
        DisableUserRequest.newBuilder()
            .setUserId("gina")
            .setNote("n")
            .setIdempotencyKey("d2")
            .build());
    assertThat(p.bus.published(UserDisabledEvent.getDefaultInstance()))
        .extracting(e -> e.getMetadata().getAggregateVersion())
        .containsExactly(1L, 3L);
    assertThat(p.bus.published(UserEnabledEvent.getDefaultInstance()))
        .extracting(e -> e.getMetadata().getAggregateVersion())
        .containsExactly(2L);
    assertThat(p.bus.published(UserDisabledEvent.getDefaultInstance()).get(0))
        .satisfies(
            e -> {
              assertThat(e.getActorUserId()).isEqualTo("sandbox-operator");
              assertThat(e.getRevokedSessionCount()).isEqualTo(2);
            });
    assertThat(p.bus.published(SessionRevokedEvent.getDefaultInstance()))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.getMetadata().getAggregateVersion()).isEqualTo(2));
  }

  @Test
  void aDisabledAccountsDemoTokenStopsValidating() {
    p.users.seedUser("hal", "hal@example.com", "sandbox", "EUR");
    operator.disableUser(
        DisableUserRequest.newBuilder()
            .setUserId("hal")
            .setNote("n")
            .setIdempotencyKey("d1")
            .build());
    assertThat(
            RpcErrors.hasReason(
                validateFails(DemoTokens.userToken("hal")),
                ErrorReason.ERROR_REASON_SESSION_REVOKED))
        .isTrue();
    assertThat(
            stub.validateSession(
                    ValidateSessionRequest.newBuilder()
                        .setAccessToken(DemoTokens.userToken("someone"))
                        .build())
                .getUserId())
        .isEqualTo("someone");
  }

  @Test
  void registrationChecksCountryAndPublishesTheEvent() {
    RegisterUserRequest.Builder r =
        RegisterUserRequest.newBuilder()
            .setEmail("ivy@example.com")
            .setPassword("Long-enough-pass-1")
            .setDisplayName("Ivy")
            .setIdempotencyKey("reg-1")
            .setCurrency("EUR")
            .setCountry("US")
            .setBirthDate("1990-01-01");
    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> stub.registerUser(r.build()));
    assertThat(RpcErrors.hasReason(e, UserErrorReason.USER_ERROR_REASON_COUNTRY_NOT_SUPPORTED))
        .isTrue();
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .containsEntry("country", "US");
    String id =
        stub.registerUser(r.setCountry("DE").setIdempotencyKey("reg-2").build())
            .getUser()
            .getUserId();
    assertThat(p.bus.published(UserRegisteredEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(ev -> assertThat(ev.getUser().getUserId()).isEqualTo(id));
  }
}
