package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlatformServerTest {
  private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  private final List<String> seenUsers = new ArrayList<>();
  private PlatformServer server;

  final class EchoWallet extends WalletServiceGrpc.WalletServiceImplBase {
    @Override
    public void getBalance(GetBalanceRequest request, StreamObserver<GetBalanceResponse> out) {
      seenUsers.add(com.tam.protos.session.AuthenticatedSession.current().userId());
      out.onNext(GetBalanceResponse.newBuilder().setBalance("1.00").build());
      out.onCompleted();
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private WalletServiceGrpc.WalletServiceBlockingStub wallet(String token) {
    var stub = WalletServiceGrpc.newBlockingStub(server.channel());
    return token == null ? stub : stub.withCallCredentials(BearerToken.of(token));
  }

  @Test
  void aDemoUserTokenReachesTheHandlerWithItsSession() {
    server = PlatformServer.newBuilder(clock).addService(new EchoWallet()).start();

    wallet(DemoTokens.userToken("alice"))
        .getBalance(GetBalanceRequest.newBuilder().setUserId("alice").build());

    assertThat(seenUsers).containsExactly("alice");
  }

  @Test
  void noTokenIsUnauthenticatedAndBadInputIsInvalidArgumentOverTcp() {
    server =
        PlatformServer.newBuilder(clock).addService(new EchoWallet()).tcp("127.0.0.1", 0).start();
    assertThat(server.port()).isPositive();

    StatusRuntimeException missing =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> wallet(null).getBalance(GetBalanceRequest.newBuilder().setUserId("a").build()));
    StatusRuntimeException invalid =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                wallet(DemoTokens.SERVICE_TOKEN)
                    .getBalance(GetBalanceRequest.getDefaultInstance()));

    assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.hasReason(missing, ErrorReason.ERROR_REASON_TOKEN_MISSING)).isTrue();
    assertThat(invalid.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(RpcErrors.badRequest(invalid).orElseThrow().getFieldViolations(0).getField())
        .isEqualTo("user_id");
    assertThat(seenUsers).isEmpty();
  }

  @Test
  void healthIsPublicAndServing() {
    server = PlatformServer.newBuilder(clock).addService(new EchoWallet()).start();

    HealthCheckResponse r =
        HealthGrpc.newBlockingStub(server.channel())
            .check(HealthCheckRequest.newBuilder().setService("wallet.v1.WalletService").build());

    assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
  }
}
