package com.tam.protos.testkit.platform;

import io.grpc.Attributes;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.Objects;

/**
 * Injects the RPC faults of a {@link FaultPlan}. Install it with {@code
 * PlatformServer.Builder.intercept(...)}: it then runs after authentication and validation, next to
 * the handler, so an injected fault looks to the caller exactly like a transport failure between a
 * well-formed request and the service. The plan can be swapped while the server runs ({@link
 * #plan(FaultPlan)}), for example to seed data without faults and then turn them on.
 */
public final class FaultInjector implements ServerInterceptor {
  private volatile FaultPlan plan;

  /**
   * An injector with a plan.
   *
   * @param plan the plan
   */
  public FaultInjector(FaultPlan plan) {
    this.plan = Objects.requireNonNull(plan);
  }

  /**
   * The current plan.
   *
   * @return the plan
   */
  public FaultPlan plan() {
    return plan;
  }

  /**
   * Replaces the plan; calls that start afterwards use the new one.
   *
   * @param plan the new plan
   */
  public void plan(FaultPlan plan) {
    this.plan = Objects.requireNonNull(plan);
  }

  @Override
  public <ReqT, RespT> ServerCall.Listener<ReqT> interceptCall(
      ServerCall<ReqT, RespT> call, Metadata headers, ServerCallHandler<ReqT, RespT> next) {
    MethodDescriptor<ReqT, RespT> method = call.getMethodDescriptor();
    boolean unary = method.getType() == MethodDescriptor.MethodType.UNARY;
    FaultPlan.CallFaults faults = plan.decide(method.getFullMethodName(), unary);
    if (faults.none()) {
      return next.startCall(call, headers);
    }
    if (!faults.latency().isZero()) {
      if (!pause(faults.latency()) || call.isCancelled()) {
        // The caller gave up (its deadline passed) while the request was held: the handler never
        // sees it, as with a request that arrives after the client's deadline.
        return new ServerCall.Listener<>() {};
      }
    }
    if (faults.failBefore() != null) {
      call.close(
          Status.fromCode(faults.failBefore())
              .withDescription(
                  "injected fault: "
                      + faults.failBefore()
                      + " before "
                      + method.getFullMethodName()
                      + " reached its handler"),
          new Metadata());
      return new ServerCall.Listener<>() {};
    }
    ServerCall<ReqT, RespT> target =
        faults.failAfter() != null ? new FailAfterCall<>(call, faults.failAfter()) : call;
    ServerCall.Listener<ReqT> real = next.startCall(target, headers);
    if (!faults.duplicate()) {
      return real;
    }
    return new DuplicatingListener<>(real, () -> next.startCall(new GhostCall<>(call), headers));
  }

  private static boolean pause(Duration latency) {
    try {
      Thread.sleep(latency.toMillis(), (int) (latency.toNanos() % 1_000_000));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the handler, then replaces its outcome with an error: the unknown outcome. */
  private static final class FailAfterCall<ReqT, RespT>
      extends ForwardingServerCall.SimpleForwardingServerCall<ReqT, RespT> {
    private final Status.Code code;

    FailAfterCall(ServerCall<ReqT, RespT> delegate, Status.Code code) {
      super(delegate);
      this.code = code;
    }

    @Override
    public void sendMessage(RespT message) {
      // Lost on the way back.
    }

    @Override
    public void close(Status status, Metadata trailers) {
      super.close(
          Status.fromCode(code)
              .withDescription(
                  "injected fault: "
                      + code
                      + " after "
                      + getMethodDescriptor().getFullMethodName()
                      + " ran (handler outcome: "
                      + status.getCode()
                      + ")"),
          new Metadata());
    }
  }

  /** A call whose outcome nobody receives: the first of two deliveries of one request. */
  private static final class GhostCall<ReqT, RespT> extends ServerCall<ReqT, RespT> {
    private final ServerCall<ReqT, RespT> original;

    GhostCall(ServerCall<ReqT, RespT> original) {
      this.original = original;
    }

    @Override
    public void request(int numMessages) {}

    @Override
    public void sendHeaders(Metadata headers) {}

    @Override
    public void sendMessage(RespT message) {}

    @Override
    public void close(Status status, Metadata trailers) {}

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public MethodDescriptor<ReqT, RespT> getMethodDescriptor() {
      return original.getMethodDescriptor();
    }

    @Override
    public Attributes getAttributes() {
      return original.getAttributes();
    }

    @Override
    public String getAuthority() {
      return original.getAuthority();
    }
  }

  /**
   * Delivers a unary request to a ghost call first (its outcome is discarded), then to the real
   * one, whose outcome the caller gets.
   */
  private static final class DuplicatingListener<ReqT>
      extends ForwardingServerCallListener.SimpleForwardingServerCallListener<ReqT> {
    private final java.util.function.Supplier<ServerCall.Listener<ReqT>> ghost;
    private ReqT request;

    DuplicatingListener(
        ServerCall.Listener<ReqT> real,
        java.util.function.Supplier<ServerCall.Listener<ReqT>> ghost) {
      super(real);
      this.ghost = ghost;
    }

    @Override
    public void onMessage(ReqT message) {
      request = message;
      super.onMessage(message);
    }

    @Override
    public void onHalfClose() {
      if (request != null) {
        ServerCall.Listener<ReqT> first = ghost.get();
        first.onReady();
        first.onMessage(request);
        first.onHalfClose();
        first.onComplete();
      }
      super.onHalfClose();
    }
  }
}
