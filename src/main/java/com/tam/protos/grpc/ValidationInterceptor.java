package com.tam.protos.grpc;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.Violation;
import build.buf.protovalidate.exceptions.ValidationException;
import build.buf.validate.FieldPath;
import build.buf.validate.FieldPathElement;
import com.google.protobuf.Message;
import com.google.rpc.BadRequest;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server interceptor that validates every incoming request message with protovalidate before it
 * reaches the service.
 *
 * <p>A message that breaks its {@code buf.validate} rules is answered with {@code
 * INVALID_ARGUMENT}. The status carries one {@code google.rpc.ErrorInfo} (reason {@code
 * VALIDATION_FAILED}, domain of the called service, for example {@code wallet.tam.internal},
 * metadata {@code violationCount}) and one {@code google.rpc.BadRequest} with a field violation per
 * broken rule: {@code field} is the field path ({@code "amount"}, {@code "types[0]"}), {@code
 * description} protovalidate's message and {@code reason} the rule id ({@code "string.pattern"}).
 * Field values are never echoed, so secrets cannot leak into errors.
 *
 * <p>The rejected message is not delivered. For client- and bidi-streaming calls every message is
 * validated; the first bad one closes the call, the handler sees no further messages and its
 * request observer receives {@code onError(CANCELLED)}; anything the handler sends afterwards is
 * dropped. If protovalidate itself fails (a broken rule expression), the call is closed with {@code
 * INTERNAL} and the message is not delivered either.
 *
 * <p>The validator is built once per interceptor and is thread-safe; create one interceptor per
 * server:
 *
 * <pre>{@code
 * ValidationInterceptor validation = new ValidationInterceptor();
 * Server server = Grpc.newServerBuilderForPort(8080, InsecureServerCredentials.create())
 *     .addService(ServerInterceptors.intercept(new WalletServiceImpl(), validation))
 *     .build();
 * }</pre>
 *
 * <p>Register it so that it runs after authentication (in grpc-java the interceptor passed last to
 * {@code ServerInterceptors.intercept} runs first), so that unauthenticated callers learn nothing
 * about the rules.
 */
public final class ValidationInterceptor implements ServerInterceptor {

  /** {@code ErrorInfo.metadata} key holding the number of violations. */
  public static final String VIOLATION_COUNT_KEY = "violationCount";

  private final Validator validator;

  /** Creates an interceptor with a default protovalidate validator (rules compiled lazily). */
  public ValidationInterceptor() {
    this(ValidatorFactory.newBuilder().build());
  }

  /**
   * Creates an interceptor with a validator built by the caller, for example with {@code
   * buildWithDescriptors} to compile the rules at start-up.
   *
   * @param validator a thread-safe protovalidate validator, shared by all calls
   */
  public ValidationInterceptor(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
      ServerCall<ReqT, RespT> call, Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    GuardedCall<ReqT, RespT> guarded = new GuardedCall<>(call);
    ServerCall.Listener<ReqT> delegate = next.startCall(guarded, headers);
    return new ValidatingListener<>(delegate, guarded);
  }

  /**
   * Returns the rich status for a validation result, or {@code null} when it is a success.
   *
   * @param result the protovalidate result
   * @param fullMethodName the called method, used for the error domain
   * @return the {@code INVALID_ARGUMENT} status, or {@code null}
   */
  static com.google.rpc.Status toStatus(ValidationResult result, String fullMethodName) {
    if (result.isSuccess()) {
      return null;
    }
    BadRequest.Builder badRequest = BadRequest.newBuilder();
    for (Violation violation : result.getViolations()) {
      build.buf.validate.Violation proto = violation.toProto();
      badRequest.addFieldViolations(
          BadRequest.FieldViolation.newBuilder()
              .setField(fieldPath(proto.getField()))
              .setDescription(proto.getMessage())
              .setReason(proto.getRuleId()));
    }
    int count = badRequest.getFieldViolationsCount();
    return RpcErrors.error(
            Status.Code.INVALID_ARGUMENT,
            ErrorReason.ERROR_REASON_VALIDATION_FAILED,
            RpcErrors.domainOf(fullMethodName))
        .message(
            "request failed validation: " + count + (count == 1 ? " violation" : " violations"))
        .putMetadata(VIOLATION_COUNT_KEY, Integer.toString(count))
        .addDetail(badRequest.build())
        .build();
  }

  /**
   * Renders a protovalidate field path the way AIP-193 field violations spell it: {@code
   * "reservation.amount"}, {@code "types[0]"}, {@code "labels[\"key\"]"}. A message-level rule has
   * an empty path.
   */
  static String fieldPath(FieldPath path) {
    StringBuilder out = new StringBuilder();
    for (FieldPathElement element : path.getElementsList()) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(element.getFieldName());
      switch (element.getSubscriptCase()) {
        case INDEX -> out.append('[').append(element.getIndex()).append(']');
        case BOOL_KEY -> out.append('[').append(element.getBoolKey()).append(']');
        case INT_KEY -> out.append('[').append(element.getIntKey()).append(']');
        case UINT_KEY ->
            out.append('[').append(Long.toUnsignedString(element.getUintKey())).append(']');
        case STRING_KEY -> out.append("[\"").append(element.getStringKey()).append("\"]");
        case SUBSCRIPT_NOT_SET -> {}
      }
    }
    return out.toString();
  }

  /** Drops what the handler sends once the interceptor has closed the call. */
  private static final class GuardedCall<ReqT, RespT>
      extends SimpleForwardingServerCall<ReqT, RespT> {
    private final AtomicBoolean closed = new AtomicBoolean();

    GuardedCall(ServerCall<ReqT, RespT> delegate) {
      super(delegate);
    }

    void reject(com.google.rpc.Status status) {
      if (closed.compareAndSet(false, true)) {
        RpcErrors.close(delegate(), status);
      }
    }

    void reject(Status status) {
      if (closed.compareAndSet(false, true)) {
        delegate().close(status, new Metadata());
      }
    }

    @Override
    public void sendHeaders(Metadata headers) {
      if (!closed.get()) {
        super.sendHeaders(headers);
      }
    }

    @Override
    public void sendMessage(RespT message) {
      if (!closed.get()) {
        super.sendMessage(message);
      }
    }

    @Override
    public void request(int numMessages) {
      if (!closed.get()) {
        super.request(numMessages);
      }
    }

    @Override
    public void close(Status status, Metadata trailers) {
      if (closed.compareAndSet(false, true)) {
        super.close(status, trailers);
      }
    }
  }

  private final class ValidatingListener<ReqT, RespT>
      extends SimpleForwardingServerCallListener<ReqT> {
    private final GuardedCall<ReqT, RespT> call;
    private boolean rejected;

    ValidatingListener(ServerCall.Listener<ReqT> delegate, GuardedCall<ReqT, RespT> call) {
      super(delegate);
      this.call = call;
    }

    @Override
    public void onMessage(ReqT message) {
      if (rejected) {
        return;
      }
      if (message instanceof Message proto) {
        String method = call.getMethodDescriptor().getFullMethodName();
        com.google.rpc.Status status;
        try {
          status = toStatus(validator.validate(proto), method);
        } catch (ValidationException | RuntimeException e) {
          rejected = true;
          call.reject(Status.INTERNAL.withDescription("request validation could not run"));
          return;
        }
        if (status != null) {
          rejected = true;
          call.reject(status);
          return;
        }
      }
      super.onMessage(message);
    }

    @Override
    public void onHalfClose() {
      if (!rejected) {
        super.onHalfClose();
      }
    }

    @Override
    public void onReady() {
      if (!rejected) {
        super.onReady();
      }
    }

    @Override
    public void onComplete() {
      if (rejected) {
        // The handler never completed the call: tell it the stream is gone.
        super.onCancel();
      } else {
        super.onComplete();
      }
    }
  }
}
