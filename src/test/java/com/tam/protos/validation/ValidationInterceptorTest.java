package com.tam.protos.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import build.buf.protovalidate.Config;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testing.FakeWallet;
import com.tam.protos.testing.GrpcTestHarness;
import com.tam.protos.testing.GrpcTestHarness.Transport;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import io.grpc.testing.StreamRecorder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationInterceptorTest {

  static final ReserveBalanceRequest VALID =
      ReserveBalanceRequest.newBuilder()
          .setUserId("user-123")
          .setAmount("100.00")
          .setSagaId("saga-456")
          .setIdempotencyKey("idempotency-789")
          .build();

  /** Test-only streaming methods over wallet messages, to exercise streaming calls. */
  static final MethodDescriptor<ReserveBalanceRequest, ReserveBalanceResponse> BIDI =
      MethodDescriptor.<ReserveBalanceRequest, ReserveBalanceResponse>newBuilder()
          .setType(MethodDescriptor.MethodType.BIDI_STREAMING)
          .setFullMethodName("wallet.v1.TestStreams/ReserveMany")
          .setRequestMarshaller(ProtoUtils.marshaller(ReserveBalanceRequest.getDefaultInstance()))
          .setResponseMarshaller(ProtoUtils.marshaller(ReserveBalanceResponse.getDefaultInstance()))
          .build();

  static final MethodDescriptor<ReserveBalanceRequest, ReserveBalanceResponse> SERVER_STREAM =
      BIDI.toBuilder()
          .setType(MethodDescriptor.MethodType.SERVER_STREAMING)
          .setFullMethodName("wallet.v1.TestStreams/ReserveWatch")
          .build();

  static final FakeWallet wallet = new FakeWallet();

  /** What the test streaming handlers received. */
  static final List<Message> streamed = new CopyOnWriteArrayList<>();

  static final AtomicInteger validations = new AtomicInteger();
  static volatile CompletableFuture<Throwable> bidiRequestError = new CompletableFuture<>();
  static final Map<Transport, GrpcTestHarness> harnesses = new EnumMap<>(Transport.class);

  @BeforeAll
  static void startServers() {
    var protovalidate = ValidatorFactory.newBuilder().build();
    var failFast =
        ValidatorFactory.newBuilder()
            .withConfig(Config.newBuilder().setFailFast(true).build())
            .build();
    ValidationInterceptor interceptor =
        new ValidationInterceptor(
            message -> {
              validations.incrementAndGet();
              return failFast.validate(message);
            },
            message -> {
              validations.incrementAndGet();
              return protovalidate.validate(message);
            });
    for (Transport transport : Transport.values()) {
      harnesses.put(
          transport,
          GrpcTestHarness.start(
              transport,
              List.of(
                  wallet.service(interceptor),
                  ServerInterceptors.intercept(streams(), interceptor))));
    }
  }

  @AfterAll
  static void stopServers() throws InterruptedException {
    for (GrpcTestHarness harness : harnesses.values()) {
      harness.close();
    }
  }

  @BeforeEach
  void reset() {
    wallet.clear();
    streamed.clear();
    validations.set(0);
    bidiRequestError = new CompletableFuture<>();
  }

  static WalletServiceGrpc.WalletServiceBlockingStub wallet(Transport transport) {
    return WalletServiceGrpc.newBlockingStub(harnesses.get(transport).channel())
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  record BadInput(String name, Message request, String field, String rule) {
    @Override
    public String toString() {
      return name;
    }
  }

  static BadInput reserve(
      String name, UnaryOperator<ReserveBalanceRequest.Builder> edit, String field, String rule) {
    return new BadInput(name, edit.apply(VALID.toBuilder()).build(), field, rule);
  }

  static Stream<Arguments> badInputs() {
    CreditBalanceRequest credit =
        CreditBalanceRequest.newBuilder()
            .setUserId("user-123")
            .setAmount("10.00")
            .setCurrency("EUR")
            .setReason(CreditReason.CREDIT_REASON_UNSPECIFIED)
            .setBetId("bet-1")
            .setIdempotencyKey("settlement:bet-1")
            .build();
    List<BadInput> inputs =
        List.of(
            reserve("money 1e3", b -> b.setAmount("1e3"), "amount", "string.pattern"),
            reserve("money -5.00", b -> b.setAmount("-5.00"), "amount", "string.pattern"),
            reserve("money abc", b -> b.setAmount("abc"), "amount", "string.pattern"),
            reserve("money 1.0001", b -> b.setAmount("1.0001"), "amount", "string.pattern"),
            reserve("money empty", b -> b.setAmount(""), "amount", "string.pattern"),
            reserve(
                "blank idempotency key",
                b -> b.setIdempotencyKey("   "),
                "idempotency_key",
                "string.pattern"),
            reserve(
                "empty idempotency key",
                b -> b.setIdempotencyKey(""),
                "idempotency_key",
                "string.min_len"),
            reserve(
                "10,000-character id",
                b -> b.setUserId("u".repeat(10_000)),
                "user_id",
                "string.max_len"),
            new BadInput("UNSPECIFIED enum", credit, "reason", "enum.not_in"),
            new BadInput(
                "page size 501",
                ListTransactionsRequest.newBuilder().setUserId("user-123").setPageSize(501).build(),
                "page_size",
                "int32.gte_lte"),
            new BadInput(
                "page size -1",
                ListTransactionsRequest.newBuilder().setUserId("user-123").setPageSize(-1).build(),
                "page_size",
                "int32.gte_lte"));
    List<Arguments> out = new ArrayList<>();
    for (Transport transport : Transport.values()) {
      inputs.forEach(input -> out.add(Arguments.of(transport, input)));
    }
    return out.stream();
  }

  static void call(Transport transport, Message request) {
    var stub = wallet(transport);
    if (request instanceof ReserveBalanceRequest r) {
      stub.reserveBalance(r);
    } else if (request instanceof CreditBalanceRequest r) {
      stub.creditBalance(r);
    } else if (request instanceof ListTransactionsRequest r) {
      stub.listTransactions(r);
    } else {
      throw new IllegalArgumentException(request.getClass().getName());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badInputs")
  void badRequestIsRejectedWithViolationsAndNeverReachesTheService(
      Transport transport, BadInput input) {
    assertThatThrownBy(() -> call(transport, input.request()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
              assertThat(info.getReason()).isEqualTo("VALIDATION_FAILED");
              assertThat(info.getDomain()).isEqualTo("wallet.tam.internal");
              BadRequest badRequest = RpcErrors.badRequest(e).orElseThrow();
              assertThat(info.getMetadataMap())
                  .containsEntry(
                      "violationCount", Integer.toString(badRequest.getFieldViolationsCount()));
              assertThat(badRequest.getFieldViolationsList())
                  .anySatisfy(
                      v -> {
                        assertThat(v.getField()).isEqualTo(input.field());
                        assertThat(v.getReason()).isEqualTo(input.rule());
                        assertThat(v.getDescription()).isNotBlank();
                      });
              assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_VALIDATION_FAILED))
                  .isTrue();
            });
    assertThat(wallet.received()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void validRequestPassesThroughUntouched(Transport transport) {
    ReserveBalanceResponse response = wallet(transport).reserveBalance(VALID);

    assertThat(response).isEqualTo(FakeWallet.responseFor(VALID));
    assertThat(wallet.received()).containsExactly(VALID);
    assertThat(validations).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void clientReadsViolationsBackWithStatusProto(Transport transport) throws Exception {
    ReserveBalanceRequest bad =
        VALID.toBuilder().setAmount("1.0001").setSagaId("s".repeat(200)).build();

    StatusRuntimeException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            StatusRuntimeException.class, () -> wallet(transport).reserveBalance(bad));

    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    assertThat(status).isNotNull();
    assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT.value());
    assertThat(status.getDetails(0).is(ErrorInfo.class)).isTrue();
    BadRequest badRequest = status.getDetails(1).unpack(BadRequest.class);
    assertThat(badRequest.getFieldViolationsList())
        .extracting(BadRequest.FieldViolation::getField)
        .containsExactlyInAnyOrder("amount", "saga_id");
    assertThat(status.getDetails(0).unpack(ErrorInfo.class).getMetadataMap())
        .containsEntry("violationCount", "2");
    assertThat(status.getMessage()).doesNotContain("1.0001");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void bidiStreamStopsAtTheFirstBadMessage(Transport transport) throws Exception {
    var call = harnesses.get(transport).channel().newCall(BIDI, CallOptions.DEFAULT);
    StreamRecorder<ReserveBalanceResponse> responses = StreamRecorder.create();
    StreamObserver<ReserveBalanceRequest> requests =
        ClientCalls.asyncBidiStreamingCall(call, responses);
    ReserveBalanceRequest bad = VALID.toBuilder().setAmount("abc").build();
    requests.onNext(VALID);
    requests.onNext(bad);
    requests.onNext(VALID.toBuilder().setSagaId("saga-after").build());
    requests.onCompleted();

    assertThat(responses.awaitCompletion(30, TimeUnit.SECONDS)).isTrue();
    Throwable failure = responses.getError();
    assertThat(failure).isInstanceOf(StatusRuntimeException.class);
    assertThat(Status.fromThrowable(failure).getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(RpcErrors.badRequest(failure).orElseThrow().getFieldViolations(0).getField())
        .isEqualTo("amount");
    assertThat(streamed).containsExactly(VALID);
    // The one answer to the valid message; nothing the handler tried after the rejection.
    Throwable handlerSaw = bidiRequestError.get(30, TimeUnit.SECONDS);
    assertThat(Status.fromThrowable(handlerSaw).getCode()).isEqualTo(Status.Code.CANCELLED);
    assertThat(responses.getValues())
        .containsExactly(ReserveBalanceResponse.newBuilder().setAvailableAfter("1.00").build());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void serverStreamingRequestIsValidated(Transport transport) {
    var channel = harnesses.get(transport).channel();
    Iterator<ReserveBalanceResponse> ok =
        ClientCalls.blockingServerStreamingCall(channel, SERVER_STREAM, CallOptions.DEFAULT, VALID);
    List<ReserveBalanceResponse> all = new ArrayList<>();
    ok.forEachRemaining(all::add);
    assertThat(all).hasSize(2);
    assertThat(streamed).containsExactly(VALID);
    streamed.clear();

    ReserveBalanceRequest bad = VALID.toBuilder().setAmount("-5.00").build();
    Iterator<ReserveBalanceResponse> rejected =
        ClientCalls.blockingServerStreamingCall(channel, SERVER_STREAM, CallOptions.DEFAULT, bad);
    assertThatThrownBy(rejected::hasNext)
        .satisfies(
            e ->
                assertThat(Status.fromThrowable(e).getCode())
                    .isEqualTo(Status.Code.INVALID_ARGUMENT));
    assertThat(streamed).isEmpty();
  }

  @Test
  void validatorFailureClosesWithInternalAndNeverReachesTheService() throws Exception {
    Validator throwing =
        message -> {
          throw new ValidationException("rule does not compile");
        };
    ValidationInterceptor broken = new ValidationInterceptor(throwing, throwing);
    try (GrpcTestHarness harness =
        GrpcTestHarness.start(Transport.IN_PROCESS, List.of(new FakeWallet().service(broken)))) {
      var stub = WalletServiceGrpc.newBlockingStub(harness.channel());
      assertThatThrownBy(() -> stub.reserveBalance(VALID))
          .satisfies(
              e -> {
                assertThat(Status.fromThrowable(e).getCode()).isEqualTo(Status.Code.INTERNAL);
                assertThat(Status.fromThrowable(e).getDescription())
                    .doesNotContain("rule does not compile");
              });
    }
    assertThat(wallet.received()).isEmpty();
  }

  /** A server call without a transport: records what is sent on it. */
  static final class RecordingCall
      extends ServerCall<ReserveBalanceRequest, ReserveBalanceResponse> {
    final List<ReserveBalanceResponse> sent = new ArrayList<>();
    final List<Status> closed = new ArrayList<>();

    @Override
    public void request(int numMessages) {}

    @Override
    public void sendHeaders(Metadata headers) {}

    @Override
    public void sendMessage(ReserveBalanceResponse message) {
      sent.add(message);
    }

    @Override
    public void close(Status status, Metadata trailers) {
      closed.add(status);
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public MethodDescriptor<ReserveBalanceRequest, ReserveBalanceResponse> getMethodDescriptor() {
      return BIDI;
    }
  }

  @Test
  void afterARejectionNothingReachesTheHandlerAndNothingItSendsReachesTheClient() {
    RecordingCall transport = new RecordingCall();
    List<ReserveBalanceRequest> delivered = new ArrayList<>();
    List<String> events = new ArrayList<>();
    AtomicReference<ServerCall<ReserveBalanceRequest, ReserveBalanceResponse>> handlerCall =
        new AtomicReference<>();
    ServerCallHandler<ReserveBalanceRequest, ReserveBalanceResponse> handler =
        (call, headers) -> {
          handlerCall.set(call);
          return new ServerCall.Listener<>() {
            @Override
            public void onMessage(ReserveBalanceRequest message) {
              delivered.add(message);
              call.sendMessage(
                  ReserveBalanceResponse.newBuilder().setAvailableAfter("1.00").build());
            }

            @Override
            public void onHalfClose() {
              events.add("halfClose");
            }

            @Override
            public void onCancel() {
              events.add("cancel");
            }

            @Override
            public void onComplete() {
              events.add("complete");
            }
          };
        };
    ServerCall.Listener<ReserveBalanceRequest> listener =
        new ValidationInterceptor().interceptCall(transport, new Metadata(), handler);

    listener.onMessage(VALID);
    listener.onMessage(VALID.toBuilder().setAmount("abc").build());
    listener.onMessage(VALID.toBuilder().setSagaId("saga-after").build());
    listener.onHalfClose();
    // The handler, not yet told, still tries to answer and to close.
    handlerCall
        .get()
        .sendMessage(ReserveBalanceResponse.newBuilder().setAvailableAfter("2").build());
    handlerCall.get().close(Status.OK, new Metadata());
    listener.onComplete();

    assertThat(delivered).containsExactly(VALID);
    assertThat(transport.sent)
        .containsExactly(ReserveBalanceResponse.newBuilder().setAvailableAfter("1.00").build());
    assertThat(transport.closed)
        .extracting(Status::getCode)
        .containsExactly(Status.Code.INVALID_ARGUMENT);
    assertThat(events).containsExactly("cancel");
  }

  static ServerServiceDefinition streams() {
    return ServerServiceDefinition.builder("wallet.v1.TestStreams")
        .addMethod(BIDI, ServerCalls.asyncBidiStreamingCall(ValidationInterceptorTest::bidiHandler))
        .addMethod(
            SERVER_STREAM,
            ServerCalls.asyncServerStreamingCall(
                (request, responses) -> {
                  streamed.add(request);
                  responses.onNext(ReserveBalanceResponse.getDefaultInstance());
                  responses.onNext(ReserveBalanceResponse.getDefaultInstance());
                  responses.onCompleted();
                }))
        .build();
  }

  static StreamObserver<ReserveBalanceRequest> bidiHandler(
      StreamObserver<ReserveBalanceResponse> responses) {
    return new StreamObserver<ReserveBalanceRequest>() {
      @Override
      public void onNext(ReserveBalanceRequest value) {
        streamed.add(value);
        responses.onNext(ReserveBalanceResponse.newBuilder().setAvailableAfter("1.00").build());
      }

      @Override
      public void onError(Throwable t) {
        bidiRequestError.complete(t);
      }

      @Override
      public void onCompleted() {
        responses.onCompleted();
      }
    };
  }
}
