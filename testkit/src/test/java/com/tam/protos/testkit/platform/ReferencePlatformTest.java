package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.GetUserRequest;
import com.tam.protos.user.v1.LoginUserRequest;
import com.tam.protos.user.v1.UserServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReferencePlatformTest {

  @Test
  @DisplayName(
      "the platform starts in-process on its clock, serves health, and is quiet after start")
  void startsInProcess() throws Exception {
    try (ReferencePlatform p = ReferencePlatform.builder().seed(7).demoData(true).start()) {
      HealthCheckResponse health =
          HealthGrpc.newBlockingStub(p.channel()).check(HealthCheckRequest.getDefaultInstance());

      assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
      for (String service :
          java.util.List.of(
              "wallet.v1.WalletService",
              "user.v1.UserService",
              "risk.v1.RiskService",
              "notification.v1.NotificationService",
              "order.v1.OrderBookService",
              "order.v1.OrderValidatorService",
              "reporting.v1.ReportingService")) {
        assertThat(
                HealthGrpc.newBlockingStub(p.channel())
                    .check(HealthCheckRequest.newBuilder().setService(service).build())
                    .getStatus())
            .as(service)
            .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
      }
      assertThat(p.port()).isEqualTo(-1);
      assertThat(p.clock().instant()).isEqualTo(ReferencePlatform.DEFAULT_START);
      assertThat(p.awaitQuiescence(Duration.ofSeconds(10))).isTrue();
      assertThat(p.faults().isEmpty()).isTrue();
    }
  }

  @Test
  @DisplayName(
      "demo users log in with their password; their JWT passes the platform's session check")
  void demoUsersLogIn() {
    try (ReferencePlatform p = ReferencePlatform.builder().demoData(true).start()) {
      var login =
          UserServiceGrpc.newBlockingStub(p.channel())
              .loginUser(
                  LoginUserRequest.newBuilder()
                      .setEmail("alice@example.com")
                      .setPassword(ReferencePlatform.DEMO_PASSWORD)
                      .setIdempotencyKey("login-1")
                      .build());

      var alice =
          UserServiceGrpc.newBlockingStub(p.channel())
              .withCallCredentials(BearerToken.of(login.getAccessToken()))
              .getUser(GetUserRequest.newBuilder().setUserId("alice").build());
      var bob =
          UserServiceGrpc.newBlockingStub(p.channel())
              .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN))
              .getUser(GetUserRequest.newBuilder().setUserId("bob").build());

      assertThat(alice.getUser().getEmail()).isEqualTo("alice@example.com");
      assertThat(bob.getUser().getEmail()).isEqualTo("bob@example.com");
      assertThat(p.users().user("alice")).isPresent();
    }
  }

  @Test
  @DisplayName("without demo data there are no demo users")
  void noDemoDataNoUsers() {
    try (ReferencePlatform p = ReferencePlatform.builder().start()) {
      assertThat(p.users().user("alice")).isEmpty();
    }
  }

  @Test
  @DisplayName("over TCP on a free port; close() stops the server")
  void startsOverTcpAndStops() {
    ReferencePlatform p = ReferencePlatform.builder().tcp("127.0.0.1", 0).start();
    assertThat(p.port()).isPositive();
    var channel =
        io.grpc.Grpc.newChannelBuilder(
                "127.0.0.1:" + p.port(), io.grpc.InsecureChannelCredentials.create())
            .build();
    try {
      assertThat(
              HealthGrpc.newBlockingStub(channel)
                  .check(HealthCheckRequest.getDefaultInstance())
                  .getStatus())
          .isEqualTo(HealthCheckResponse.ServingStatus.SERVING);

      p.close();

      StatusRuntimeException e =
          catchThrowableOfType(
              StatusRuntimeException.class,
              () ->
                  HealthGrpc.newBlockingStub(channel)
                      .withDeadlineAfter(5, java.util.concurrent.TimeUnit.SECONDS)
                      .check(HealthCheckRequest.getDefaultInstance()));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    } finally {
      channel.shutdownNow();
      p.close();
    }
  }

  @Test
  @DisplayName("the fault plan is switched on after start and can be replaced while running")
  void faultPlanInForce() {
    FaultPlan plan =
        FaultPlan.seeded(5).failBefore("*", 1.0, Status.Code.UNAVAILABLE).dropEvents(0.5).build();
    try (ReferencePlatform p = ReferencePlatform.builder().faults(plan).demoData(true).start()) {
      assertThat(p.faults()).isSameAs(plan);

      p.faults(FaultPlan.none());

      assertThat(p.faults().isEmpty()).isTrue();
    }
  }
}
