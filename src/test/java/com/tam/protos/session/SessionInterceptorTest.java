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
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.grpc.testing.StreamRecorder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  final FakeTimer timer = new FakeTimer(clock);
  final AtomicInteger arrived = new AtomicInteger();
  SessionInterceptor interceptor;
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
    interceptor =
        builder
            .clock(clock)
            .timer(timer)
            .publicMethods(WalletServiceGrpc.getGetBalanceMethod().getFullMethodName())
            .build();
    // Counts calls that have passed through the session interceptor's interceptCall.
    ServerInterceptor counting =
        new ServerInterceptor() {
          @Override
          public <Q, R> ServerCall.Listener<Q> interceptCall(
              ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            ServerCall.Listener<Q> listener = next.startCall(call, headers);
            arrived.incrementAndGet();
            return listener;
          }
        };
    GrpcTestHarness harness =
        GrpcTestHarness.start(
            transport,
            List.of(
                ServerInterceptors.intercept(new Wallet(), interceptor, counting),
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

  /** A JWT-shaped token whose payload part is {@code name}: what the fake user service reads. */
  static String jwt(String name) {
    return "eyJhbGciOiJFUzI1NiJ9." + name + ".c2lnbmF0dXJl";
  }

  static String bearer(String name) {
    return "Bearer " + jwt(name);
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

    ReserveBalanceResponse response = wallet(bearer("good-alice")).reserveBalance(reserve());

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

    wallet(bearer("good-alice")).reserveBalance(reserve());
    wallet("bearer " + jwt("good-alice")).reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(29));
    wallet(bearer("good-alice")).reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    wallet(bearer("good-alice")).reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(2);
    assertThat(handled).hasSize(4);
  }

  @Test
  void cacheNeverOutlivesTheTokensExpireTime() {
    start(Transport.IN_PROCESS);
    users.lifetime = Duration.ofSeconds(5);

    wallet(bearer("good-bob")).reserveBalance(reserve());
    clock.advance(Duration.ofSeconds(4));
    wallet(bearer("good-bob")).reserveBalance(reserve());
    assertThat(users.calls("good-bob")).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    wallet(bearer("good-bob")).reserveBalance(reserve());
    assertThat(users.calls("good-bob")).isEqualTo(2);
  }

  @Test
  void cacheIsBounded() {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    start(Transport.IN_PROCESS, builderFor(userHarness.channel()).cacheMaxEntries(2));

    // a, b, then a again: a is the most recently used, so c evicts b (insertion order would
    // evict a).
    for (String user : List.of("a", "b", "a", "c", "a")) {
      wallet(bearer("good-" + user)).reserveBalance(reserve());
    }

    assertThat(users.calls("good-a")).isEqualTo(1);
    assertThat(users.calls("good-c")).isEqualTo(1);
    wallet(bearer("good-b")).reserveBalance(reserve());
    assertThat(users.calls("good-b")).isEqualTo(2); // evicted by c
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
      StatusRuntimeException e = failure(() -> wallet(bearer(token)).reserveBalance(reserve()));
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(e.getStatus().getDescription()).doesNotContain(token);
      ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
      assertThat(info.getReason()).isEqualTo(reason);
      // Rebuilt: the user domain whatever upstream said, only the reason's documented keys.
      assertThat(info.getDomain()).isEqualTo("user.tam.internal");
      if (reason.equals("SESSION_REVOKED")) {
        assertThat(info.getMetadataMap())
            .containsOnly(
                java.util.Map.entry("sessionId", "sess-x"),
                java.util.Map.entry("revokeReason", "LOGOUT"));
      } else {
        assertThat(info.getMetadataMap()).isEmpty();
      }
      assertThat(StatusProto.fromThrowable(e).getDetailsCount()).isEqualTo(1);
    }
    assertThat(users.calls(token)).isEqualTo(2);
    assertThat(handled).isEmpty();
  }

  @Test
  void unauthenticatedWithoutKnownReasonIsTokenInvalid() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet(bearer("bare-401")).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_INVALID)).isTrue();
  }

  @Test
  void responseWhoseExpireTimeHasPassedIsTokenExpired() {
    start(Transport.IN_PROCESS);
    users.lifetime = Duration.ofSeconds(-1);

    StatusRuntimeException e = failure(() -> wallet(bearer("good-old")).reserveBalance(reserve()));

    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_EXPIRED)).isTrue();
    assertThat(handled).isEmpty();
    failure(() -> wallet(bearer("good-old")).reserveBalance(reserve()));
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

    StatusRuntimeException e = failure(() -> wallet(bearer("down")).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(e.getStatus().getDescription()).doesNotContain("down");
    assertThat(StatusProto.fromThrowable(e).toString()).doesNotContain(jwt("down"), "down.");
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

    StatusRuntimeException e =
        failure(() -> wallet(bearer("good-alice")).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isTrue();
    assertThat(handled).isEmpty();
  }

  @Test
  void incompleteResponseFailsClosed() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet(bearer("good-")).reserveBalance(reserve()));

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

    ReserveBalanceResponse response = wallet(bearer("good-carol")).reserveBalance(reserve());

    assertThat(response.getReservation().getUserId()).isEqualTo("carol");
  }

  @Test
  void eventsArrivingWhileValidationIsPendingAreReplayedInOrder() throws Exception {
    start(Transport.NETTY_LOOPBACK);
    Metadata headers = new Metadata();
    headers.put(SessionInterceptor.AUTHORIZATION, bearer("slow-dave"));
    StreamRecorder<ReserveBalanceResponse> responses = StreamRecorder.create();
    var requests =
        ClientCalls.asyncBidiStreamingCall(
            io.grpc.ClientInterceptors.intercept(
                    channel, MetadataUtils.newAttachHeadersInterceptor(headers))
                .newCall(ECHO, CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS)),
            responses);
    for (String saga : List.of("s1", "s2", "s3")) {
      requests.onNext(reserve().toBuilder().setSagaId(saga).build());
    }
    requests.onCompleted();
    users.slowTokenArrived.get(30, TimeUnit.SECONDS);
    users.releaseSlow.complete(null);

    assertThat(responses.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    assertThat(responses.getError()).isNull();
    assertThat(responses.getValues())
        .extracting(r -> r.getReservation().getSagaId())
        .containsExactly("dave:s1", "dave:s2", "dave:s3");
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
      wallet(bearer("good-secret-1")).reserveBalance(reserve());
      failure(() -> wallet(bearer("reject-SESSION_REVOKED")).reserveBalance(reserve()));
      failure(() -> wallet(bearer("down")).reserveBalance(reserve()));
    } finally {
      for (int i = 0; i < loggers.size(); i++) {
        loggers.get(i).removeHandler(capture);
        loggers.get(i).setLevel(previous.get(i));
      }
    }
    var formatter = new java.util.logging.SimpleFormatter();
    for (var record : records) {
      String text = formatter.format(record);
      assertThat(text).doesNotContain("good-secret-1", "reject-SESSION_REVOKED", jwt("down"));
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

  // ---- Issue 9.4: what is refused before calling out, and what is relayed ----

  @Test
  void twoAuthorizationHeadersAreRejected() {
    start(Transport.IN_PROCESS);
    Metadata headers = new Metadata();
    headers.put(SessionInterceptor.AUTHORIZATION, bearer("good-alice"));
    headers.put(SessionInterceptor.AUTHORIZATION, bearer("good-mallory"));
    var stub =
        WalletServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));

    StatusRuntimeException e = failure(() -> stub.reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
    assertThat(info.getReason()).isEqualTo("TOKEN_INVALID");
    assertThat(info.getDomain()).isEqualTo("wallet.tam.internal");
    assertThat(users.tokensSeen).isEmpty();
    assertThat(handled).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer good-alice",
        "Bearer a.b",
        "Bearer a.b.c.d",
        "Bearer a..c",
        "Bearer a.b.c=",
        "Bearer a.b+c.d"
      })
  void tokensThatAreNotJwtShapedAreRejectedWithoutCallingOut(String authorization) {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet(authorization).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_INVALID)).isTrue();
    assertThat(e.getStatus().getDescription()).isEqualTo("access token is not a JWT");
    assertThat(users.tokensSeen).isEmpty();
  }

  @Test
  void aWidenedTokenShapeLetsAnOpaqueTokenThroughToUserService() {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    start(
        Transport.IN_PROCESS,
        builderFor(userHarness.channel())
            .tokenShape(t -> t.startsWith("good-") || t.matches("^[^.]+\\.[^.]+\\.[^.]+$")));

    ReserveBalanceResponse ok = wallet("Bearer good-alice").reserveBalance(reserve());
    StatusRuntimeException other =
        failure(() -> wallet("Bearer opaque-bob").reserveBalance(reserve()));

    assertThat(ok.getReservation().getUserId()).isEqualTo("alice");
    assertThat(users.tokensSeen).containsExactly("good-alice");
    assertThat(RpcErrors.hasReason(other, ErrorReason.ERROR_REASON_TOKEN_INVALID)).isTrue();
    assertThat(other.getStatus().getDescription()).isEqualTo("access token is not a JWT");
  }

  @Test
  void theDefaultTokenShapeRefusesTheSameOpaqueToken() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e = failure(() -> wallet("Bearer good-alice").reserveBalance(reserve()));

    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_TOKEN_INVALID)).isTrue();
    assertThat(users.tokensSeen).isEmpty();
    assertThat(handled).isEmpty();
  }

  @Test
  void anExpireTimeOutOfRangeIsUnavailableNotAHang() {
    start(Transport.IN_PROCESS);

    StatusRuntimeException e =
        failure(() -> wallet(bearer("badtime-alice")).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isTrue();
    assertThat(e.getStatus().getDescription()).contains("invalid expire_time");
    assertThat(handled).isEmpty();
    assertThat(interceptor.cacheKeys()).isEmpty();
  }

  @Test
  void aUserServiceThatNeverAnswersIsCutOffByTheValidateTimeout() {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    start(
        Transport.IN_PROCESS,
        builderFor(userHarness.channel()).validateTimeout(Duration.ofMillis(200)));
    var stub =
        WalletServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(20, TimeUnit.SECONDS)
            .withInterceptors(
                MetadataUtils.newAttachHeadersInterceptor(authorization(bearer("hang-alice"))));

    StatusRuntimeException e = failure(() -> stub.reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isTrue();
    assertThat(e.getStatus().getDescription()).endsWith("DEADLINE_EXCEEDED");
    assertThat(handled).isEmpty();
  }

  @Test
  void theCacheIsKeyedByTheTokensHashNeverByTheToken() {
    start(Transport.IN_PROCESS);

    wallet(bearer("good-alice")).reserveBalance(reserve());

    assertThat(interceptor.cacheKeys())
        .containsExactly(SessionInterceptor.sha256(jwt("good-alice")));
    assertThat(interceptor.cacheKeys().toString()).doesNotContain("good-alice");
  }

  @Test
  void concurrentChecksOfOneTokenShareOneValidateSessionCall() throws Exception {
    start(Transport.NETTY_LOOPBACK);
    var stub =
        WalletServiceGrpc.newFutureStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .withInterceptors(
                MetadataUtils.newAttachHeadersInterceptor(authorization(bearer("slow-dave"))));

    List<com.google.common.util.concurrent.ListenableFuture<ReserveBalanceResponse>> calls =
        new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      calls.add(stub.reserveBalance(reserve()));
    }
    users.slowTokenArrived.get(30, TimeUnit.SECONDS);
    awaitArrived(5);
    assertThat(interceptor.checksInFlight()).isEqualTo(1);
    users.releaseSlow.complete(null);

    for (var call : calls) {
      assertThat(call.get(30, TimeUnit.SECONDS).getReservation().getUserId()).isEqualTo("dave");
    }
    assertThat(users.calls("slow-dave")).isEqualTo(1);
    assertThat(interceptor.checksInFlight()).isZero();
  }

  @Test
  void checksBeyondTheInFlightCapFailClosed() throws Exception {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    start(Transport.IN_PROCESS, builderFor(userHarness.channel()).maxChecksInFlight(1));
    var slow =
        WalletServiceGrpc.newFutureStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .withInterceptors(
                MetadataUtils.newAttachHeadersInterceptor(authorization(bearer("slow-dave"))))
            .reserveBalance(reserve());
    users.slowTokenArrived.get(30, TimeUnit.SECONDS);

    StatusRuntimeException e =
        failure(() -> wallet(bearer("good-alice")).reserveBalance(reserve()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isTrue();
    assertThat(e.getStatus().getDescription()).isEqualTo("too many session checks in flight");
    assertThat(users.calls("good-alice")).isZero();
    users.releaseSlow.complete(null);
    assertThat(slow.get(30, TimeUnit.SECONDS).getReservation().getUserId()).isEqualTo("dave");
    wallet(bearer("good-alice")).reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(1);
  }

  @Test
  void uncachedMethodsAlwaysAskTheUserService() {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    start(
        Transport.IN_PROCESS,
        builderFor(userHarness.channel())
            .uncachedMethods(WalletServiceGrpc.getReserveBalanceMethod().getFullMethodName()));

    wallet(bearer("good-alice")).reserveBalance(reserve());
    wallet(bearer("good-alice")).reserveBalance(reserve());
    assertThat(users.calls("good-alice")).isEqualTo(2);

    users.revoked.add("good-alice");
    StatusRuntimeException e =
        failure(() -> wallet(bearer("good-alice")).reserveBalance(reserve()));
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_SESSION_REVOKED)).isTrue();
  }

  @Test
  void thePublicUserServiceMethodsComeFromTheGeneratedDescriptors() {
    assertThat(SessionInterceptor.USER_SERVICE_PUBLIC_METHODS)
        .containsExactlyInAnyOrder(
            "user.v1.UserService/RegisterUser",
            "user.v1.UserService/LoginUser",
            "user.v1.UserService/RefreshSession",
            "user.v1.UserService/ValidateSession");
    var service = com.tam.protos.user.v1.UserServiceGrpc.getServiceDescriptor();
    assertThat(SessionInterceptor.USER_SERVICE_PUBLIC_METHODS)
        .allSatisfy(
            name ->
                assertThat(service.getMethods())
                    .extracting(m -> m.getFullMethodName())
                    .contains(name));
  }

  // ---- Issue 9.3: long-lived calls are re-validated and end with the session ----

  StreamRecorder<ReserveBalanceResponse> watch(String authorization) throws Exception {
    StreamRecorder<ReserveBalanceResponse> recorder = StreamRecorder.create();
    ClientCalls.asyncServerStreamingCall(
        io.grpc.ClientInterceptors.intercept(
                channel, MetadataUtils.newAttachHeadersInterceptor(authorization(authorization)))
            .newCall(WATCH, CallOptions.DEFAULT.withDeadlineAfter(60, TimeUnit.SECONDS)),
        reserve(),
        recorder);
    return recorder;
  }

  void awaitFirstMessage(StreamRecorder<ReserveBalanceResponse> recorder) throws Exception {
    recorder.firstValue().get(30, TimeUnit.SECONDS);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRevokedSessionEndsARunningStreamWithinTheCacheTtl(Transport transport) throws Exception {
    start(transport);
    StreamRecorder<ReserveBalanceResponse> stream = watch(bearer("good-erin"));
    awaitFirstMessage(stream);
    assertThat(users.calls("good-erin")).isEqualTo(1);

    users.revoked.add("good-erin");
    timer.advance(Duration.ofSeconds(15)); // re-check: the cached result is 15 s old, still fresh
    assertThat(stream.awaitCompletion(50, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(users.calls("good-erin")).isEqualTo(1);

    timer.advance(Duration.ofSeconds(15)); // 30 s: the user service is asked again
    assertThat(stream.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    Throwable error = stream.getError();
    assertThat(Status.fromThrowable(error).getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    assertThat(RpcErrors.hasReason(error, ErrorReason.ERROR_REASON_SESSION_REVOKED)).isTrue();
    assertThat(users.calls("good-erin")).isEqualTo(2);
    assertThat(stream.getValues()).hasSize(1);
    watchContextCancelled.get(30, TimeUnit.SECONDS);
    watchObserverCancelled.get(30, TimeUnit.SECONDS);
    assertThat(timer.pending()).isZero();
  }

  @Test
  void aStreamEndsWhenItsSessionExpires() throws Exception {
    start(Transport.NETTY_LOOPBACK);
    users.lifetime = Duration.ofSeconds(20);
    StreamRecorder<ReserveBalanceResponse> stream = watch(bearer("good-frank"));
    awaitFirstMessage(stream);

    timer.advance(Duration.ofSeconds(15)); // still valid (cached)
    assertThat(stream.awaitCompletion(50, TimeUnit.MILLISECONDS)).isFalse();
    timer.advance(Duration.ofSeconds(5)); // expire_time

    assertThat(stream.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    assertThat(RpcErrors.hasReason(stream.getError(), ErrorReason.ERROR_REASON_TOKEN_EXPIRED))
        .isTrue();
    assertThat(RpcErrors.errorInfo(stream.getError()).orElseThrow().getDomain())
        .isEqualTo("user.tam.internal");
    watchObserverCancelled.get(30, TimeUnit.SECONDS);
    assertThat(timer.pending()).isZero();
  }

  @Test
  void aStreamWhoseSessionCanNoLongerBeCheckedFailsClosed() throws Exception {
    start(Transport.IN_PROCESS);
    StreamRecorder<ReserveBalanceResponse> stream = watch(bearer("good-gina"));
    awaitFirstMessage(stream);

    users.down.add("good-gina");
    timer.advance(Duration.ofSeconds(30));

    assertThat(stream.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    assertThat(Status.fromThrowable(stream.getError()).getCode())
        .isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(
            RpcErrors.hasReason(stream.getError(), ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE))
        .isTrue();
  }

  @Test
  void aValidStreamKeepsRunningAndUnaryCallsScheduleNothing() throws Exception {
    start(Transport.IN_PROCESS);
    wallet(bearer("good-hal")).reserveBalance(reserve());
    assertThat(timer.pending()).isZero();

    StreamRecorder<ReserveBalanceResponse> stream = watch(bearer("good-hal"));
    awaitFirstMessage(stream);
    for (int i = 0; i < 4; i++) {
      timer.advance(Duration.ofSeconds(15));
      awaitPending(2); // the re-check came back valid and scheduled the next one
    }
    assertThat(stream.awaitCompletion(50, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(users.calls("good-hal")).isEqualTo(3); // start, 30 s, 60 s
    assertThat(timer.pending()).isEqualTo(2); // the next re-check and the expiry
  }

  // ---- Whole-server wiring ----

  static final MethodDescriptor<com.google.protobuf.Empty, com.google.protobuf.Empty> HEALTH_CHECK =
      MethodDescriptor.<com.google.protobuf.Empty, com.google.protobuf.Empty>newBuilder()
          .setType(MethodDescriptor.MethodType.UNARY)
          .setFullMethodName("grpc.health.v1.Health/Check")
          .setRequestMarshaller(
              ProtoUtils.marshaller(com.google.protobuf.Empty.getDefaultInstance()))
          .setResponseMarshaller(
              ProtoUtils.marshaller(com.google.protobuf.Empty.getDefaultInstance()))
          .build();

  static final MethodDescriptor<com.google.protobuf.Empty, com.google.protobuf.Empty> REFLECTION =
      HEALTH_CHECK.toBuilder()
          .setFullMethodName("grpc.reflection.v1.ServerReflection/Info")
          .build();

  @Test
  void wholeServerWiringCoversServicesAddedWithoutInterceptors() throws Exception {
    GrpcTestHarness userHarness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(users.bindService()));
    resources.add(userHarness);
    SessionInterceptor session =
        builderFor(userHarness.channel())
            .clock(clock)
            .timer(timer)
            .publicMethods(ServerWiring.HEALTH_METHODS)
            .build();
    String name = InProcessServerBuilder.generateName();
    ServerServiceDefinition health =
        ServerServiceDefinition.builder("grpc.health.v1.Health")
            .addMethod(
                HEALTH_CHECK,
                ServerCalls.asyncUnaryCall(
                    (request, responses) -> {
                      responses.onNext(request);
                      responses.onCompleted();
                    }))
            .build();
    ServerServiceDefinition reflection =
        ServerServiceDefinition.builder("grpc.reflection.v1.ServerReflection")
            .addMethod(
                REFLECTION,
                ServerCalls.asyncUnaryCall(
                    (request, responses) -> {
                      responses.onNext(request);
                      responses.onCompleted();
                    }))
            .build();
    com.tam.protos.testing.FakeWallet fake = new com.tam.protos.testing.FakeWallet();
    Server server =
        ServerWiring.interceptEveryService(
                InProcessServerBuilder.forName(name),
                session,
                new com.tam.protos.validation.ValidationInterceptor())
            .addService(fake)
            .addService(health)
            .addService(reflection)
            .build()
            .start();
    resources.add(() -> server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS));
    channel = InProcessChannelBuilder.forName(name).build();
    resources.add(channel::shutdownNow);
    var empty = com.google.protobuf.Empty.getDefaultInstance();

    // Health: public by choice. Reflection: added without a thought, still authenticated.
    assertThat(ClientCalls.blockingUnaryCall(channel, HEALTH_CHECK, CallOptions.DEFAULT, empty))
        .isEqualTo(empty);
    StatusRuntimeException reflectionError =
        failure(
            () -> ClientCalls.blockingUnaryCall(channel, REFLECTION, CallOptions.DEFAULT, empty));
    assertThat(RpcErrors.hasReason(reflectionError, ErrorReason.ERROR_REASON_TOKEN_MISSING))
        .isTrue();
    // Authentication runs before validation: a bad request without a token learns nothing.
    ReserveBalanceRequest bad = reserve().toBuilder().setAmount("1e3").build();
    assertThat(
            RpcErrors.hasReason(
                failure(() -> wallet(null).reserveBalance(bad)),
                ErrorReason.ERROR_REASON_TOKEN_MISSING))
        .isTrue();
    assertThat(
            RpcErrors.hasReason(
                failure(() -> wallet(bearer("good-ivy")).reserveBalance(bad)),
                ErrorReason.ERROR_REASON_VALIDATION_FAILED))
        .isTrue();
    assertThat(wallet(bearer("good-ivy")).reserveBalance(reserve()).getAvailableAfter())
        .isEqualTo("400.00");
    assertThat(fake.received()).containsExactly(reserve());
  }

  static Metadata authorization(String value) {
    Metadata headers = new Metadata();
    headers.put(SessionInterceptor.AUTHORIZATION, value);
    return headers;
  }

  void awaitPending(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (timer.pending() != count && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(timer.pending()).isEqualTo(count);
  }

  void awaitArrived(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (arrived.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(arrived).hasValue(count);
  }

  static final MethodDescriptor<ReserveBalanceRequest, ReserveBalanceResponse> ECHO =
      MethodDescriptor.<ReserveBalanceRequest, ReserveBalanceResponse>newBuilder()
          .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
          .setFullMethodName("wallet.v1.TestStreams/Echo")
          .setRequestMarshaller(ProtoUtils.marshaller(ReserveBalanceRequest.getDefaultInstance()))
          .setResponseMarshaller(ProtoUtils.marshaller(ReserveBalanceResponse.getDefaultInstance()))
          .build();

  static final MethodDescriptor<ReserveBalanceRequest, ReserveBalanceResponse> WATCH =
      ECHO.toBuilder()
          .setType(MethodDescriptor.MethodType.SERVER_STREAMING)
          .setFullMethodName("wallet.v1.TestStreams/Watch")
          .build();

  /** What the Watch handler saw: its context's cancellation and its observer's cancel callback. */
  final CompletableFuture<Throwable> watchContextCancelled = new CompletableFuture<>();

  final CompletableFuture<Void> watchObserverCancelled = new CompletableFuture<>();

  ServerServiceDefinition streams() {
    return ServerServiceDefinition.builder("wallet.v1.TestStreams")
        .addMethod(ECHO, ServerCalls.asyncBidiStreamingCall(this::echo))
        .addMethod(
            WATCH,
            ServerCalls.asyncServerStreamingCall(
                (request, responses) -> {
                  var observer =
                      (io.grpc.stub.ServerCallStreamObserver<ReserveBalanceResponse>) responses;
                  observer.setOnCancelHandler(() -> watchObserverCancelled.complete(null));
                  io.grpc.Context.current()
                      .addListener(
                          c -> watchContextCancelled.complete(c.cancellationCause()),
                          Runnable::run);
                  String user = AuthenticatedSession.current().userId();
                  responses.onNext(
                      ReserveBalanceResponse.newBuilder()
                          .setReservation(Reservation.newBuilder().setUserId(user))
                          .build());
                  // Stays open: a long-lived stream such as StreamNotifications.
                }))
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
    final Set<String> revoked = ConcurrentHashMap.newKeySet();
    final Set<String> down = ConcurrentHashMap.newKeySet();

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
      String[] parts = request.getAccessToken().split("\\.");
      String token = parts.length == 3 ? parts[1] : request.getAccessToken();
      tokensSeen.add(token);
      counts.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
      if (revoked.contains(token)) {
        responses.onError(
            RpcErrors.error(
                    Status.Code.UNAUTHENTICATED,
                    ErrorReason.ERROR_REASON_SESSION_REVOKED,
                    "user.tam.internal")
                .asException());
      } else if (down.contains(token)) {
        responses.onError(Status.UNAVAILABLE.asRuntimeException());
      } else if (token.startsWith("hang-")) {
        // Never answers: only a deadline ends the call.
      } else if (token.startsWith("badtime-")) {
        responses.onNext(
            session(token.substring(8)).toBuilder()
                .setExpireTime(Timestamp.newBuilder().setSeconds(Long.MAX_VALUE))
                .build());
        responses.onCompleted();
      } else if (token.startsWith("good-")) {
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
            RpcErrors.error(Status.Code.UNAUTHENTICATED, reason, "evil.example")
                .putMetadata("sessionId", "sess-x")
                .putMetadata("revokeReason", "LOGOUT")
                .putMetadata("debugToken", request.getAccessToken())
                .addDetail(ReserveBalanceRequest.getDefaultInstance())
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
