package com.tam.protos.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testing.GrpcTestHarness;
import com.tam.protos.testing.GrpcTestHarness.Transport;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionInterceptorTest {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final MutableClock clock = new MutableClock(T0);
  final FakeUserService users = new FakeUserService(clock);
  final List<AuthenticatedSession> handled = new CopyOnWriteArrayList<>();
  final List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
  ManagedChannel channel;

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  /** Wallet + user service on one server; the interceptor calls back into the same server. */
  void start(Transport transport, SessionInterceptor.Builder... custom) {
    SessionInterceptor.Builder builder;
    if (custom.length > 0) {
      builder = custom[0];
    } else {
      GrpcTestHarness userHarness = GrpcTestHarness.start(transport, List.of(users.bindService()));
      resources.add(userHarness);
      builder = builderFor(userHarness.channel());
    }
    SessionInterceptor interceptor =
        builder
            .clock(clock)
            .publicMethods(WalletServiceGrpc.getGetBalanceMethod().getFullMethodName())
            .build();
    GrpcTestHarness harness =
        GrpcTestHarness.start(
            transport,
            List.of(
                ServerInterceptors.intercept(new Wallet(), interceptor),
                ServerInterceptors.intercept(streams(), interceptor)));
    resources.add(0, harness);
    channel = harness.channel();
  }

  SessionInterceptor.Builder builderFor(ManagedChannel userChannel) {
    return SessionInterceptor.newBuilder(UserServiceGrpc.newFutureStub(userChannel));
  }

  WalletServiceGrpc.WalletServiceBlockingStub wallet(String authorization) {
    var stub = WalletServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
    if (authorization == null) {
      return stub;
    }
    Metadata headers = new Metadata();
    headers.put(SessionInterceptor.AUTHORIZATION, authorization);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }

  static ReserveBalanceRequest reserve() {
    return ReserveBalanceRequest.newBuilder()
        .setUserId("user-123")
        .setAmount("100.00")
        .setSagaId("saga-456")
        .setIdempotencyKey("idempotency-789")
        .build();
  }

  static StatusRuntimeException failure(Runnable call) {
    try {
      call.run();
    } catch (StatusRuntimeException e) {
      return e;
    }
    throw new AssertionError("call succeeded");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void validTokenPutsTheSessionIntoTheHandlersContext(Transport transport) {
    start(transport);

    ReserveBalanceResponse response = wallet("Bearer good-alice").reserveBalance(reserve());

    assertThat(response.getReservation().getUserId()).isEqualTo("alice");
    assertThat(handled)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.userId()).isEqualTo("alice");
              assertThat(s.sessionId()).isEqualTo("sess-alice");
              assertThat(s.roles()).containsExactly("user");
              assertThat(s.claims()).containsEntry("iss", "user.tam.internal");
              assertThat(s.expireTime()).isEqualTo(T0.plus(Duration.ofHours(1)));
            });
    assertThat(users.tokensSeen).containsExactly("good-alice");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void resultsAreCachedByTokenHashForAtMostTheTtl(Transport transport) {
    start(transport);

    wallet("Bearer good-alice").reserveBalance(reserve());
    wallet("bearer good-alice").reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(29));
    wallet("Bearer good-alice").reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    wallet("Bearer good-alice").reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(2);
    assertThat(handled).hasSize(4);
  }

  @Test
  void cacheNeverOutlivesTheTokensExpireTime() {
    start(Transport.IN_PROCESS);
    users.lifetime = Duration.ofSeconds(5);

    wallet("Bearer good-bob").reserveBalance(reserve());
    clock.advance(Duration.ofSeconds(4));
    wallet("Bearer good-bob").reserveBalance(reserve());
    assertThat(users.calls("good-bob")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    wallet("Bearer good-bob").reserveBalance(reserve());
    assertThat(users.calls("good-bob")).isEqualTo(2);
  }

  @Test
  void cacheIsBounded() {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    start(Transport.IN_PROCESS, builderFor(userHarness.channel()).cacheMaxEntries(2));

    for (String user : List.of("a", "b", "c", "a", "c")) {
      wallet("Bearer good-" + user).reserveBalance(reserve());
    }

    assertThat(users.calls("good-a")).isEqualTo(2); // evicted by c
    assertThat(users.calls("good-c")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bearer", "Bearer ", "Basic dXNlcjpwdw==", "Bearer two tokens"})
  void missingOrMalformedAuthorizationIsTokenMissing(String authorization) {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet(authorization).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
    assertThat(info.getReason()).isEqualTo("TOKEN_MISSING");
    assertThat(info.getDomain()).isEqualTo("wallet.tam.internal");
    assertThat(users.tokensSeen).isEmpty();
    assertThat(handled).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void absentHeaderIsTokenMissing(Transport transport) {
    start(transport);

    StatusRuntimeException e = failure(() -> wallet(null).reserveBalance(reserve()));

    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_MISSING)).isTrue();
    assertThat(handled).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TOKEN_INVALID", "TOKEN_EXPIRED", "SESSION_REVOKED"})
  void rejectedTokensKeepTheUserServicesReasonAndAreNotCached(String reason) {
    start(Transport.NETTY_LOOPBACK);
    String token = "reject-" + reason;

    for (int i = 0; i < 2; i++) {
      StatusRuntimeException e = failure(() -> wallet("Bearer " + token).reserveBalance(reserve()));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(e.getStatus().getDescription()).doesNotContain(token);
      ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
      assertThat(info.getReason()).isEqualTo(reason);
      assertThat(info.getDomain()).isEqualTo("user.tam.internal");
      assertThat(info.getMetadataMap()).containsEntry("sessionId", "sess-x");
    }
    assertThat(users.calls(token)).isEqualTo(2);
    assertThat(handled).isEmpty();
  }

  @Test
  void unauthenticatedWithoutKnownReasonIsTokenInvalid() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet("Bearer bare-401").reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_INVALID)).isTrue();
  }

  @Test
  void responseWhoseExpireTimeHasPassedIsTokenExpired() {
    start(Transport.IN_PROCESS);
    users.lifetime = Duration.ofSeconds(-1);

    StatusRuntimeException e = failure(() -> wallet("Bearer good-old").reserveBalance(reserve()));

    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_EXPIRED)).isTrue();
    assertThat(handled).isEmpty();
    failure(() -> wallet("Bearer good-old").reserveBalance(reserve()));
    assertThat(users.calls("good-old")).isEqualTo(2);
  }

  @Test
  void tooLongTokenIsInvalidWithoutCallingTheUserService() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e =
        failure(() -> wallet("Bearer " + "x".repeat(8193)).reserveBalance(reserve()));

    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_INVALID)).isTrue();
    assertThat(users.tokensSeen).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void userServiceErrorFailsClosed(Transport transport) {
    start(transport);

    StatusRuntimeException e = failure(() -> wallet("Bearer down").reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
    assertThat(info.getReason()).isEqualTo("DEPENDENCY_UNAVAILABLE");
    assertThat(info.getDomain()).isEqualTo("wallet.tam.internal");
    assertThat(info.getMetadataMap()).containsEntry("dependency", "user-service");
    assertThat(handled).isEmpty();
  }

  @Test
  void unreachableUserServiceFailsClosed() {
    ManagedChannel nowhere = InProcessChannelBuilder.forName("no-such-server").build();
    resources.add(nowhere::shutdownNow);
    start(Transport.IN_PROCESS, builderFor(nowhere));

    StatusRuntimeException e = failure(() -> wallet("Bearer good-alice").reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isTrue();
    assertThat(handled).isEmpty();
  }

  @Test
  void incompleteResponseFailsClosed() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet("Bearer good-").reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(handled).isEmpty();
  }

  @Test
  void publicMethodsRunWithoutTokenAndWithoutSession() {
    start(Transport.IN_PROCESS);

    GetBalanceResponse response =
        wallet(null).getBalance(GetBalanceRequest.newBuilder().setUserId("user-123").build());

    assertThat(response.getCurrency()).isEqualTo("NONE");
    assertThat(users.tokensSeen).isEmpty();
  }

  @Test
  void userServiceOnTheSameDirectExecutorServerDoesNotDeadlock() throws Exception {
    // One server, direct executor, serving both the protected wallet and the UserService the
    // interceptor calls: a blocking interceptor would wait on the thread that must answer it.
    String name = InProcessServerBuilder.generateName();
    ManagedChannel self = InProcessChannelBuilder.forName(name).directExecutor().build();
    SessionInterceptor interceptor =
        SessionInterceptor.newBuilder(UserServiceGrpc.newFutureStub(self))
            .clock(clock)
            .publicMethods(SessionInterceptor.USER_SERVICE_PUBLIC_METHODS)
            .build();
    Server server =
        InProcessServerBuilder.forName(name)
            .directExecutor()
            .addService(ServerInterceptors.intercept(users.bindService(), interceptor))
            .addService(ServerInterceptors.intercept(new Wallet(), interceptor))
            .build()
            .start();
    resources.add(() -> server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS));
    resources.add(self::shutdownNow);
    channel = self;

    ReserveBalanceResponse response = wallet("Bearer good-carol").reserveBalance(reserve());

    assertThat(response.getReservation().getUserId()).isEqualTo("carol");
  }

  @Test
  void eventsArrivingWhileValidationIsPendingAreReplayedInOrder() throws Exception {
    start(Transport.NETTY_LOOPBACK);
    Metadata headers = new Metadata();
    headers.put(SessionInterceptor.AUTHORIZATION, "Bearer slow-dave");
    var responses = new CopyOnWriteArrayList<String>();
    var done = new CompletableFuture<Throwable>();
    var requests =
        ClientCalls.asyncBidiStreamingCall(
            io.grpc.ClientInterceptors.intercept(
                    channel, MetadataUtils.newAttachHeadersInterceptor(headers))
                .newCall(ECHO, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS)),
            new StreamObserver<ReserveBalanceResponse>() {
              @Override
              public void onNext(ReserveBalanceResponse value) {
                responses.add(value.getReservation().getSagaId());
              }

              @Override
              public void onError(Throwable t) {
                done.complete(t);
              }

              @Override
              public void onCompleted() {
                done.complete(null);
              }
            });
    for (String saga : List.of("s1", "s2", "s3")) {
      requests.onNext(reserve().toBuilder().setSagaId(saga).build());
    }
    requests.onCompleted();
    users.slowTokenArrived.get(30, TimeUnit.SECONDS);
    users.releaseSlow.complete(null);

    assertThat(done.get(30, TimeUnit.SECONDS)).isNull();
    assertThat(responses).containsExactly("dave:s1", "dave:s2", "dave:s3");
  }

  @Test
  void tokensNeverReachTheLogs() {
    List<java.util.logging.LogRecord> records = new CopyOnWriteArrayList<>();
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(java.util.logging.Level.ALL);
    List<java.util.logging.Logger> loggers =
        List.of(
            java.util.logging.Logger.getLogger("com.tam"),
            java.util.logging.Logger.getLogger("io.grpc"));
    List<java.util.logging.Level> previous = new java.util.ArrayList<>();
    for (var logger : loggers) {
      previous.add(logger.getLevel());
      logger.setLevel(java.util.logging.Level.ALL);
      logger.addHandler(capture);
    }
    try {
      start(Transport.IN_PROCESS);
      wallet("Bearer good-secret-1").reserveBalance(reserve());
      failure(() -> wallet("Bearer reject-SESSION_REVOKED").reserveBalance(reserve()));
      failure(() -> wallet("Bearer down").reserveBalance(reserve()));
    } finally {
      for (int i = 0; i < loggers.size(); i++) {
        loggers.get(i).removeHandler(capture);
        loggers.get(i).setLevel(previous.get(i));
      }
    }
    var formatter = new java.util.logging.SimpleFormatter();
    for (var record : records) {
      String text = formatter.format(record);
      assertThat(text).doesNotContain("good-secret-1", "reject-SESSION_REVOKED", "Bearer down");
    }
  }

  @Test
  void tokenHashIsSha256AndNeverTheToken() {
    assertThat(SessionInterceptor.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(SessionInterceptor.bearerToken("Bearer abc")).isEqualTo("abc");
    assertThat(SessionInterceptor.bearerToken("Token abc")).isNull();
  }

  @Test
  void builderRejectsATtlAboveTheContractMaximum() {
    var builder = builderFor(InProcessChannelBuilder.forName("x").build());
    assertThatThrownBy(() -> builder.cacheTtl(Duration.ofSeconds(31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final MethodDescriptor<ReserveBalanceRequest, ReserveBalanceResponse> ECHO =
      MethodDescriptor.<ReserveBalanceRequest, ReserveBalanceResponse>newBuilder()
          .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
          .setFullMethodName("wallet.v1.TestStreams/Echo")
          .setRequestMarshaller(ProtoUtils.marshaller(ReserveBalanceRequest.getDefaultInstance()))
          .setResponseMarshaller(ProtoUtils.marshaller(ReserveBalanceResponse.getDefaultInstance()))
          .build();

  ServerServiceDefinition streams() {
    return ServerServiceDefinition.builder("wallet.v1.TestStreams")
        .addMethod(ECHO, ServerCalls.asyncBidiStreamingCall(this::echo))
        .build();
  }

  StreamObserver<ReserveBalanceRequest> echo(StreamObserver<ReserveBalanceResponse> responses) {
    AuthenticatedSession session = AuthenticatedSession.current();
    return new StreamObserver<ReserveBalanceRequest>() {
      @Override
      public void onNext(ReserveBalanceRequest value) {
        // Each callback runs in the session's context too.
        String user = AuthenticatedSession.current().userId();
        responses.onNext(
            ReserveBalanceResponse.newBuilder()
                .setReservation(Reservation.newBuilder().setSagaId(user + ":" + value.getSagaId()))
                .build());
      }

      @Override
      public void onError(Throwable t) {}

      @Override
      public void onCompleted() {
        handled.add(session);
        responses.onCompleted();
      }
    };
  }

  final class Wallet extends WalletServiceGrpc.WalletServiceImplBase {
    @Override
    public void reserveBalance(
        ReserveBalanceRequest request, StreamObserver<ReserveBalanceResponse> responses) {
      AuthenticatedSession session = AuthenticatedSession.current();
      handled.add(session);
      responses.onNext(
          ReserveBalanceResponse.newBuilder()
              .setReservation(Reservation.newBuilder().setUserId(session.userId()))
              .build());
      responses.onCompleted();
    }

    @Override
    public void getBalance(
        GetBalanceRequest request, StreamObserver<GetBalanceResponse> responses) {
      assertThat(AuthenticatedSession.find()).isEmpty();
      responses.onNext(GetBalanceResponse.newBuilder().setCurrency("NONE").build());
      responses.onCompleted();
    }
  }

  /**
   * Fake user-service: "good-<user>" is valid, "reject-<REASON>" is rejected with that reason,
   * "bare-401" is UNAUTHENTICATED without details, "down" is UNAVAILABLE, "slow-<user>" answers
   * once released.
   */
  static final class FakeUserService extends UserServiceGrpc.UserServiceImplBase {
    final Clock clock;
    final List<String> tokensSeen = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final CompletableFuture<Void> slowTokenArrived = new CompletableFuture<>();
    final CompletableFuture<Void> releaseSlow = new CompletableFuture<>();
    volatile Duration lifetime = Duration.ofHours(1);

    FakeUserService(Clock clock) {
      this.clock = clock;
    }

    int calls(String token) {
      AtomicInteger count = counts.get(token);
      return count == null ? 0 : count.get();
    }

    @Override
    public void validateSession(
        ValidateSessionRequest request, StreamObserver<ValidateSessionResponse> responses) {
      String token = request.getAccessToken();
      tokensSeen.add(token);
      counts.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
      if (token.startsWith("good-")) {
        responses.onNext(session(token.substring(5)));
        responses.onCompleted();
      } else if (token.startsWith("slow-")) {
        slowTokenArrived.complete(null);
        releaseSlow.thenRunAsync(
            () -> {
              responses.onNext(session(token.substring(5)));
              responses.onCompleted();
            });
      } else if (token.startsWith("reject-")) {
        ErrorReason reason = ErrorReason.valueOf("ERROR_REASON_" + token.substring(7));
        responses.onError(
            RpcErrors.error(Status.Code.UNAUTHENTICATED, reason, "user.tam.internal")
                .putMetadata("sessionId", "sess-x")
                .asException());
      } else if (token.equals("bare-401")) {
        responses.onError(Status.UNAUTHENTICATED.asRuntimeException());
      } else {
        responses.onError(Status.UNAVAILABLE.withDescription("redis down").asRuntimeException());
      }
    }

    ValidateSessionResponse session(String user) {
      Instant expire = clock.instant().plus(lifetime);
      var builder =
          ValidateSessionResponse.newBuilder()
              .setUserId(user)
              .addRoles("user")
              .putClaims("iss", "user.tam.internal")
              .setExpireTime(
                  Timestamp.newBuilder()
                      .setSeconds(expire.getEpochSecond())
                      .setNanos(expire.getNano()));
      if (!user.isEmpty()) {
        builder.setSessionId("sess-" + user);
      }
      return builder.build();
    }
  }

  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
