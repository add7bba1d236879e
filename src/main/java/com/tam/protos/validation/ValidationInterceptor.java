package com.tam.protos.validation;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import com.tam.protos.errors.RpcErrors;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Server interceptor that validates every incoming request message with protovalidate before it
 * reaches the service.
 *
 * <p>A message that breaks its {@code buf.validate} rules is answered with {@code
 * INVALID_ARGUMENT}, built by {@link ValidationStatus}: one {@code google.rpc.ErrorInfo} (reason
 * {@code VALIDATION_FAILED}, domain of the called service, for example {@code wallet.tam.internal},
 * metadata {@code violationCount} and, when not every violation is listed, {@code
 * violationsTruncated}) and one {@code google.rpc.BadRequest} with at most 20 field violations:
 * {@code field} is the field path ({@code "amount"}, {@code "types[0]"}), {@code description}
 * protovalidate's message and {@code reason} the rule id ({@code "string.pattern"}). The serialized
 * status stays under 4 KiB, so it fits any HTTP/2 trailer limit. Field values are never echoed, so
 * secrets cannot leak into errors.
 *
 * <p><b>Bounded work.</b> A request of at most {@link #FULL_PASS_MAX_BYTES} serialized bytes is
 * validated in full (every violation is counted); a larger one by a fail-fast validator that stops
 * at the first violation, so that a hostile megabyte (say a million bad elements of a packed
 * repeated field) costs one linear pass and one violation, never a million.
 *
 * <p>The rejected message is not delivered. For client- and bidi-streaming calls every message is
 * validated; the first bad one closes the call, the handler sees no further messages and its
 * request observer receives {@code onError(CANCELLED)}; anything the handler sends afterwards is
 * dropped. If protovalidate itself fails (a broken rule expression), the call is closed with {@code
 * INTERNAL} and the message is not delivered either.
 *
 * <p>The validators are built once per interceptor and are thread-safe; create one interceptor per
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

  /**
   * Requests up to this many serialized bytes are validated in full; larger ones fail fast at the
   * first violation.
   */
  public static final int FULL_PASS_MAX_BYTES = 4 * 1024;

  private final BoundedValidation validation;

  /** Creates an interceptor with default protovalidate validators (rules compiled lazily). */
  public ValidationInterceptor() {
    this.validation = BoundedValidation.defaults();
  }

  /**
   * Creates an interceptor with validators built by the caller, for example with {@code
   * buildWithDescriptors} to compile the rules at start-up.
   *
   * @param failFast a thread-safe validator built with {@code Config.setFailFast(true)}, used for
   *     requests larger than {@link #FULL_PASS_MAX_BYTES}
   * @param full a thread-safe validator that collects every violation, used for the others
   */
  public ValidationInterceptor(Validator failFast, Validator full) {
    this.validation = new BoundedValidation(failFast, full);
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
      ServerCall<ReqT, RespT> call, Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    GuardedCall<ReqT, RespT> guarded = new GuardedCall<>(call);
    ServerCall.Listener<ReqT> delegate = next.startCall(guarded, headers);
    return new ValidatingListener<>(delegate, guarded);
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
        Optional<com.google.rpc.Status> status;
        try {
          status = validation.check(proto, method);
        } catch (ValidationException | RuntimeException e) {
          rejected = true;
          call.reject(Status.INTERNAL.withDescription("request validation could not run"));
          return;
        }
        if (status.isPresent()) {
          rejected = true;
          call.reject(status.get());
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
