package com.tam.protos.validation;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * Optional client-side counterpart of {@link ValidationInterceptor}: validates every outgoing
 * request with protovalidate (bounded the same way) and fails the call locally, without sending the
 * message, with the same {@code INVALID_ARGUMENT} status ({@code ErrorInfo} {@code
 * VALIDATION_FAILED} plus {@code BadRequest}) the server would have returned. Callers therefore
 * handle one error shape whether the check ran on their side or on the server.
 *
 * <pre>{@code
 * Channel channel =
 *     ClientInterceptors.intercept(managedChannel, new ClientValidationInterceptor());
 * }</pre>
 *
 * <p>The server keeps its own {@link ValidationInterceptor}: never rely on clients to validate.
 */
public final class ClientValidationInterceptor implements ClientInterceptor {

  private final BoundedValidation validation;

  /** Creates an interceptor with default protovalidate validators, built once. */
  public ClientValidationInterceptor() {
    this.validation = BoundedValidation.defaults();
  }

  /**
   * Creates an interceptor with validators built by the caller; see {@link
   * ValidationInterceptor#ValidationInterceptor(Validator, Validator)}.
   *
   * @param failFast a thread-safe validator built with {@code Config.setFailFast(true)}
   * @param full a thread-safe validator that collects every violation
   */
  public ClientValidationInterceptor(Validator failFast, Validator full) {
    this.validation = new BoundedValidation(failFast, full);
  }

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    return new ValidatingCall<>(next.newCall(method, callOptions), method.getFullMethodName());
  }

  private final class ValidatingCall<ReqT, RespT> extends SimpleForwardingClientCall<ReqT, RespT> {
    private final String method;
    private volatile boolean rejected;
    private Listener<RespT> listener;

    ValidatingCall(ClientCall<ReqT, RespT> delegate, String method) {
      super(delegate);
      this.method = method;
    }

    @Override
    public void start(Listener<RespT> responseListener, Metadata headers) {
      this.listener = responseListener;
      super.start(
          new SimpleForwardingClientCallListener<RespT>(responseListener) {
            @Override
            public void onHeaders(Metadata headers) {
              if (!rejected) {
                super.onHeaders(headers);
              }
            }

            @Override
            public void onMessage(RespT message) {
              if (!rejected) {
                super.onMessage(message);
              }
            }

            @Override
            public void onClose(Status status, Metadata trailers) {
              if (!rejected) {
                super.onClose(status, trailers);
              }
            }
          },
          headers);
    }

    @Override
    public void sendMessage(ReqT message) {
      if (rejected) {
        return;
      }
      if (message instanceof Message proto) {
        StatusRuntimeException failure;
        try {
          failure =
              validation
                  .check(proto, method)
                  .map(StatusProto::toStatusRuntimeException)
                  .orElse(null);
        } catch (ValidationException | RuntimeException e) {
          failure =
              Status.INTERNAL
                  .withDescription("request validation could not run")
                  .withCause(e)
                  .asRuntimeException();
        }
        if (failure != null) {
          rejected = true;
          delegate().cancel("request failed client-side validation", null);
          Metadata trailers = failure.getTrailers();
          listener.onClose(failure.getStatus(), trailers == null ? new Metadata() : trailers);
          return;
        }
      }
      super.sendMessage(message);
    }

    @Override
    public void halfClose() {
      if (!rejected) {
        super.halfClose();
      }
    }

    @Override
    public void request(int numMessages) {
      if (!rejected) {
        super.request(numMessages);
      }
    }
  }
}
