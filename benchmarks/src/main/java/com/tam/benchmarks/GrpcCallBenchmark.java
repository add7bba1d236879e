package com.tam.benchmarks;

import com.google.protobuf.Timestamp;
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
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A full unary {@code WalletService.ReserveBalance} call over grpc-java's in-process transport,
 * with the server's interceptor chain chosen by {@link #chain}. The difference between two chains
 * is the per-call overhead of the interceptor added.
 *
 * <ul>
 *   <li>{@code NONE}: the bare service;
 *   <li>{@code VALIDATION}: {@code ValidationInterceptor} (protovalidate on the request);
 *   <li>{@code VALIDATION_SESSION_HIT}: {@code SessionInterceptor} then {@code
 *       ValidationInterceptor}, wired as services do ({@code ServerInterceptors.intercept(service,
 *       validation, session)}; the last one runs first). The session of the 800-character token is
 *       in the cache, so each call costs bearer parsing, SHA-256 and a cache look-up;
 *   <li>{@code VALIDATION_SESSION_MISS}: the same with the cache disabled ({@code cacheTtl(ZERO)}),
 *       so each call also makes a {@code UserService.ValidateSession} call to the fake user service
 *       on the same in-process server, as every call does whose token is not cached.
 * </ul>
 *
 * <p>Server, channels and callbacks run on {@code directExecutor()}, so a call runs on the
 * benchmark thread with no thread hand-off: the figures are CPU cost of the gRPC stack and the kit,
 * not scheduling latency (a service with thread pools and a network adds both on top, equally for
 * every chain). The fake wallet parses the amount with {@code Money} and answers a fixed
 * reservation; the fake user service (not intercepted) accepts the token.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrpcCallBenchmark {

  /** The server interceptor chain of the wallet service. */
  public enum Chain {
    NONE,
    VALIDATION,
    VALIDATION_SESSION_HIT,
    VALIDATION_SESSION_MISS
  }

  private static final String CURRENCY = "EUR";

  /** Which interceptors the wallet service runs. */
  @Param public Chain chain;

  private final AtomicLong validateSessionCalls = new AtomicLong();
  private Server server;
  private ManagedChannel channel;
  private ManagedChannel userChannel;
  private WalletServiceGrpc.WalletServiceBlockingStub wallet;
  private ReserveBalanceRequest request;

  /** Starts the in-process server and checks that one call behaves as the chain says. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String name = InProcessServerBuilder.generateName();
    String token = Fixtures.jwtLikeToken(800);
    userChannel = InProcessChannelBuilder.forName(name).directExecutor().build();
    ValidationInterceptor validation = new ValidationInterceptor();
    SessionInterceptor.Builder session =
        SessionInterceptor.newBuilder(UserServiceGrpc.newFutureStub(userChannel))
            .publicMethods(SessionInterceptor.USER_SERVICE_PUBLIC_METHODS);
    ServerServiceDefinition walletService =
        switch (chain) {
          case NONE -> new Wallet().bindService();
          case VALIDATION -> ServerInterceptors.intercept(new Wallet(), validation);
          case VALIDATION_SESSION_HIT ->
              ServerInterceptors.intercept(new Wallet(), validation, session.build());
          case VALIDATION_SESSION_MISS ->
              ServerInterceptors.intercept(
                  new Wallet(), validation, session.cacheTtl(Duration.ZERO).build());
        };
    server =
        InProcessServerBuilder.forName(name)
            .directExecutor()
            .addService(walletService)
            .addService(new FakeUserService(token, validateSessionCalls))
            .build()
            .start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    Metadata auth = new Metadata();
    auth.put(SessionInterceptor.AUTHORIZATION, "Bearer " + token);
    wallet =
        WalletServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(auth));
    request = Fixtures.seedRequest();

    // One call per chain proves the wiring: the session reaches the handler only behind the
    // session interceptor, and only a miss asks the user service.
    String expected =
        switch (chain) {
          case NONE, VALIDATION -> "res-anonymous";
          case VALIDATION_SESSION_HIT, VALIDATION_SESSION_MISS -> "res-session-1";
        };
    for (int i = 0; i < 2; i++) {
      String id = reserveBalance().getReservation().getReservationId();
      if (!expected.equals(id)) {
        throw new IllegalStateException(chain + ": expected " + expected + " but got " + id);
      }
    }
    long expectedUserCalls =
        switch (chain) {
          case NONE, VALIDATION -> 0;
          case VALIDATION_SESSION_HIT -> 1;
          case VALIDATION_SESSION_MISS -> 2;
        };
    if (validateSessionCalls.get() != expectedUserCalls) {
      throw new IllegalStateException(
          chain + ": ValidateSession called " + validateSessionCalls.get() + " times");
    }
  }

  /** Stops channels and server. */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    channel.shutdownNow();
    userChannel.shutdownNow();
    server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
  }

  /** One unary ReserveBalance call of the seed request, through the chosen chain. */
  @Benchmark
  public ReserveBalanceResponse reserveBalance() {
    return wallet.reserveBalance(request);
  }

  /** A stateless wallet: parses the amount like a real one and answers a fixed reservation. */
  static final class Wallet extends WalletServiceGrpc.WalletServiceImplBase {
    private static final BigDecimal AVAILABLE = new BigDecimal("1000.00");

    @Override
    public void reserveBalance(
        ReserveBalanceRequest request, StreamObserver<ReserveBalanceResponse> responses) {
      String caller = AuthenticatedSession.find().map(AuthenticatedSession::sessionId).orElse(null);
      BigDecimal amount = Money.parsePositive(request.getAmount(), CURRENCY);
      responses.onNext(
          ReserveBalanceResponse.newBuilder()
              .setReservation(
                  Reservation.newBuilder()
                      .setReservationId("res-" + (caller == null ? "anonymous" : caller))
                      .setUserId(request.getUserId())
                      .setSagaId(request.getSagaId())
                      .setAmount(Money.format(amount, CURRENCY))
                      .setCurrency(CURRENCY)
                      .setState(ReservationState.RESERVATION_STATE_PENDING))
              .setAvailableAfter(Money.format(AVAILABLE.subtract(amount), CURRENCY))
              .build());
      responses.onCompleted();
    }
  }

  /** Accepts exactly one token, for user-123, valid for 15 minutes; counts its calls. */
  static final class FakeUserService extends UserServiceGrpc.UserServiceImplBase {
    private final String token;
    private final AtomicLong calls;

    FakeUserService(String token, AtomicLong calls) {
      this.token = token;
      this.calls = calls;
    }

    @Override
    public void validateSession(
        ValidateSessionRequest request, StreamObserver<ValidateSessionResponse> responses) {
      calls.incrementAndGet();
      if (!token.equals(request.getAccessToken())) {
        responses.onError(io.grpc.Status.UNAUTHENTICATED.asRuntimeException());
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
