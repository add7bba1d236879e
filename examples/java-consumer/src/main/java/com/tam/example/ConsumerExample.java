package com.tam.example;

import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.money.Money;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.session.SessionInterceptor;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import com.tam.protos.validation.ValidationInterceptor;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A service team's view of tam-protos: a wallet server with the validation and session
 * interceptors, a fake user-service on the same loopback server, and a client that makes the seed's
 * ReserveBalance call, one request the validator must reject, and one call without a token. Exits
 * with status 1 if anything is unexpected.
 */
public final class ConsumerExample {

  /** A JWT-shaped demo token: the session interceptor refuses anything else before calling out. */
  static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.ZGVtby1zaWduYXR1cmU";

  /** The currency of the demo wallet. */
  static final String CURRENCY = "EUR";

  private ConsumerExample() {}

  public static void main(String[] args) throws Exception {
    List<String> problems = run();
    if (problems.isEmpty()) {
      System.out.println("java-consumer example: all checks passed");
      System.exit(0);
    }
    problems.forEach(p -> System.err.println("UNEXPECTED: " + p));
    System.exit(1);
  }

  static List<String> run() throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    int port = freePort();

    // The session middleware calls UserService.ValidateSession on this channel, asynchronously.
    ManagedChannel userChannel =
        Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create())
            .build();
    SessionInterceptor session =
        SessionInterceptor.newBuilder(UserServiceGrpc.newFutureStub(userChannel))
            .publicMethods(SessionInterceptor.USER_SERVICE_PUBLIC_METHODS)
            .build();
    ValidationInterceptor validation = new ValidationInterceptor();

    Server server =
        Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
            // The last interceptor runs first: authenticate, then validate.
            .addService(ServerInterceptors.intercept(new Wallet(), validation, session))
            .addService(ServerInterceptors.intercept(new FakeUserService(), validation, session))
            .build()
            .start();
    ManagedChannel channel =
        Grpc.newChannelBuilderForAddress("127.0.0.1", port, InsecureChannelCredentials.create())
            .build();
    try {
      Metadata auth = new Metadata();
      auth.put(SessionInterceptor.AUTHORIZATION, "Bearer " + TOKEN);
      WalletServiceGrpc.WalletServiceBlockingStub wallet =
          WalletServiceGrpc.newBlockingStub(channel)
              .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth));

      // 1. The seed's call.
      ReserveBalanceRequest request =
          ReserveBalanceRequest.newBuilder()
              .setUserId("user-123")
              .setAmount("100.00")
              .setSagaId("saga-456")
              .setIdempotencyKey("idempotency-789")
              .build();
      ReserveBalanceResponse response =
          wallet.withDeadlineAfter(10, TimeUnit.SECONDS).reserveBalance(request);
      System.out.println(
          "ReserveBalance -> "
              + response.getReservation().getState()
              + ", available_after "
              + response.getAvailableAfter());
      expect(problems, "reservation user", "user-123", response.getReservation().getUserId());
      expect(problems, "reservation amount", "100.00", response.getReservation().getAmount());
      expect(problems, "available_after", "900.00", response.getAvailableAfter());
      expect(
          problems,
          "state",
          ReservationState.RESERVATION_STATE_PENDING,
          response.getReservation().getState());

      // 2. A bad request: rejected by the validation interceptor, never reaching the service.
      try {
        wallet
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .reserveBalance(request.toBuilder().setAmount("1e3").build());
        problems.add("ReserveBalance with amount \"1e3\" succeeded");
      } catch (StatusRuntimeException e) {
        BadRequest badRequest = RpcErrors.badRequest(e).orElse(BadRequest.getDefaultInstance());
        System.out.println(
            "ReserveBalance(amount=\"1e3\") -> "
                + e.getStatus().getCode()
                + " "
                + RpcErrors.errorInfo(e).map(i -> i.getReason()).orElse("?")
                + " "
                + badRequest.getFieldViolationsList());
        expect(problems, "bad request code", Status.Code.INVALID_ARGUMENT, e.getStatus().getCode());
        expect(
            problems,
            "bad request reason",
            true,
            RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_VALIDATION_FAILED));
        expect(
            problems,
            "violated field",
            "amount",
            badRequest.getFieldViolationsCount() == 1
                ? badRequest.getFieldViolations(0).getField()
                : badRequest.toString());
      }

      // 3. No token: refused by the session middleware.
      try {
        WalletServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(10, TimeUnit.SECONDS)
            .reserveBalance(request);
        problems.add("ReserveBalance without a token succeeded");
      } catch (StatusRuntimeException e) {
        System.out.println(
            "ReserveBalance(no token) -> "
                + e.getStatus().getCode()
                + " "
                + RpcErrors.errorInfo(e).map(i -> i.getReason()).orElse("?"));
        expect(
            problems,
            "no-token reason",
            true,
            RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_MISSING));
      }
    } catch (StatusRuntimeException e) {
      problems.add("call failed: " + e.getStatus());
    } finally {
      channel.shutdownNow();
      userChannel.shutdownNow();
      server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    }
    return problems;
  }

  private static void expect(List<String> problems, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add(what + ": expected " + expected + " but was " + actual);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A toy wallet with 1000.00 EUR for user-123. */
  static final class Wallet extends WalletServiceGrpc.WalletServiceImplBase {
    private BigDecimal available = new BigDecimal("1000.00");

    @Override
    public synchronized void reserveBalance(
        ReserveBalanceRequest request, StreamObserver<ReserveBalanceResponse> responses) {
      AuthenticatedSession caller = AuthenticatedSession.current();
      if (!caller.userId().equals(request.getUserId())) {
        responses.onError(
            RpcErrors.error(
                    Status.Code.PERMISSION_DENIED,
                    ErrorReason.ERROR_REASON_PERMISSION_DENIED,
                    RpcErrors.domain("wallet"))
                .putMetadata("resource", "wallets/" + request.getUserId())
                .asException());
        return;
      }
      BigDecimal amount = Money.parsePositive(request.getAmount(), CURRENCY);
      if (amount.compareTo(available) > 0) {
        responses.onError(
            RpcErrors.error(
                    Status.Code.FAILED_PRECONDITION,
                    WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
                    RpcErrors.domain("wallet"))
                .putMetadata("available", Money.format(available, CURRENCY))
                .putMetadata("requested", Money.format(amount, CURRENCY))
                .asException());
        return;
      }
      available = available.subtract(amount);
      responses.onNext(
          ReserveBalanceResponse.newBuilder()
              .setReservation(
                  Reservation.newBuilder()
                      .setReservationId("res-1")
                      .setUserId(request.getUserId())
                      .setSagaId(request.getSagaId())
                      .setAmount(Money.format(amount, CURRENCY))
                      .setCurrency(CURRENCY)
                      .setState(ReservationState.RESERVATION_STATE_PENDING))
              .setAvailableAfter(Money.format(available, CURRENCY))
              .build());
      responses.onCompleted();
    }
  }

  /** Accepts exactly one token, for user-123. */
  static final class FakeUserService extends UserServiceGrpc.UserServiceImplBase {
    @Override
    public void validateSession(
        ValidateSessionRequest request, StreamObserver<ValidateSessionResponse> responses) {
      if (!TOKEN.equals(request.getAccessToken())) {
        responses.onError(
            RpcErrors.error(
                    Status.Code.UNAUTHENTICATED,
                    ErrorReason.ERROR_REASON_TOKEN_INVALID,
                    RpcErrors.domain("user"))
                .asException());
        return;
      }
      Instant expire = Instant.now().plus(Duration.ofMinutes(15));
      responses.onNext(
          ValidateSessionResponse.newBuilder()
              .setUserId("user-123")
              .setSessionId("session-1")
              .addRoles("user")
              .setExpireTime(
                  Timestamp.newBuilder()
                      .setSeconds(expire.getEpochSecond())
                      .setNanos(expire.getNano()))
              .build());
      responses.onCompleted();
    }
  }
}
