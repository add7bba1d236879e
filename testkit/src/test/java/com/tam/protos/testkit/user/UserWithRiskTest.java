package com.tam.protos.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.RetryInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.risk.v1.RiskFlag;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.risk.ReferenceRiskService;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.LoginUserRequest;
import com.tam.protos.user.v1.RegisterUserRequest;
import com.tam.protos.user.v1.UserServiceGrpc;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user-service with the risk-analyzer on one platform: rate limits and login activities. */
class UserWithRiskTest {
  private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  private final ReferenceUserService users;
  private final ReferenceRiskService risk;
  private final PlatformServer server;

  UserWithRiskTest() {
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    ServiceContext ctx =
        new ServiceContext(
            clock,
            new RecordingEventBus(),
            builder.channel(),
            BearerToken.of(DemoTokens.SERVICE_TOKEN),
            Ids.seeded(5));
    users = new ReferenceUserService(ctx);
    risk = new ReferenceRiskService(ctx);
    server =
        builder
            .userService(users)
            .addService(risk)
            .intercept(ReferenceUserService.clientInfoInterceptor())
            .start();
  }

  @AfterEach
  void close() {
    server.close();
  }

  private UserServiceGrpc.UserServiceBlockingStub from(String ip) {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("x-forwarded-for", Metadata.ASCII_STRING_MARSHALLER), ip);
    return UserServiceGrpc.newBlockingStub(server.channel())
        .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  private static void assertRateLimited(StatusRuntimeException e) {
    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_RATE_LIMITED)).isTrue();
    assertThat(RpcErrors.status(e).flatMap(s -> RpcErrors.detail(s, RetryInfo.class))).isPresent();
  }

  @Test
  void registrationsFromOneAddressAreRateLimitedPerHour() {
    for (int i = 0; i < 10; i++) {
      from("198.51.100.9").registerUser(registration("u" + i + "@example.com"));
    }
    assertRateLimited(
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> from("198.51.100.9").registerUser(registration("u10@example.com"))));
    from("198.51.100.10").registerUser(registration("u11@example.com"));
    clock.advance(Duration.ofHours(1));
    from("198.51.100.9").registerUser(registration("u12@example.com"));
  }

  @Test
  void loginsAreRateLimitedAndFailuresAreRecordedForTakeoverDetection() {
    users.seedUser("lee", "lee@example.com", "sandbox", "EUR");
    for (int i = 0; i < 5; i++) {
      int n = i;
      catchThrowableOfType(
          StatusRuntimeException.class,
          () ->
              from("192.0.2.1")
                  .loginUser(
                      LoginUserRequest.newBuilder()
                          .setEmail("lee@example.com")
                          .setPassword("wrong")
                          .setIdempotencyKey("bad-" + n)
                          .build()));
    }
    assertThat(risk.profile("lee").orElseThrow().getFlagsList())
        .contains(RiskFlag.RISK_FLAG_ACCOUNT_TAKEOVER);
    clock.advance(Duration.ofMinutes(16));
    for (int i = 0; i < 10; i++) {
      from("192.0.2.1").loginUser(login("ok-" + i));
    }
    assertRateLimited(
        catchThrowableOfType(
            StatusRuntimeException.class, () -> from("192.0.2.1").loginUser(login("ok-10"))));
  }

  private static LoginUserRequest login(String key) {
    return LoginUserRequest.newBuilder()
        .setEmail("lee@example.com")
        .setPassword("sandbox")
        .setIdempotencyKey(key)
        .build();
  }

  private static RegisterUserRequest registration(String email) {
    return RegisterUserRequest.newBuilder()
        .setEmail(email)
        .setPassword("Long-enough-pass-1")
        .setDisplayName("U")
        .setIdempotencyKey("reg-" + email.substring(0, email.indexOf('@')))
        .setCurrency("EUR")
        .setCountry("DE")
        .setBirthDate("1990-01-01")
        .build();
  }
}
