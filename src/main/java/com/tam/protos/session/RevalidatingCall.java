package com.tam.protos.session;

import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.tam.protos.errors.RpcErrors;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A streaming call whose session is watched while it runs: re-checked every {@code interval}
 * (through the cache, accepting only results fetched within the interval) and ended at the
 * session's {@code expire_time}. When the session is revoked, expires or can no longer be checked,
 * the call is closed with that status, the handler's context is cancelled, the handler's listener
 * gets {@code onCancel}, and whatever the handler still sends is dropped.
 */
final class RevalidatingCall<ReqT, RespT> extends SimpleForwardingServerCall<ReqT, RespT> {

  /** One re-check: completes with the status to close with, or {@code null} while valid. */
  interface Recheck extends Supplier<ListenableFuture<com.google.rpc.Status>> {}

  private final Object lock = new Object();
  private final Context.CancellableContext context;
  private final Recheck recheck;
  private final Timer timer;
  private final Duration interval;
  private final Executor executor;
  private boolean closed; // guarded by lock
  private boolean terminated; // guarded by lock
  private Runnable cancelCheck = () -> {}; // guarded by lock
  private Runnable cancelExpiry = () -> {}; // guarded by lock

  private RevalidatingCall(
      ServerCall<ReqT, RespT> delegate,
      Context.CancellableContext context,
      Recheck recheck,
      Timer timer,
      Duration interval,
      Executor executor) {
    super(delegate);
    this.context = context;
    this.recheck = recheck;
    this.timer = timer;
    this.interval = interval;
    this.executor = executor;
  }

  /** Starts the handler in the session's context and watches the session until the call ends. */
  static <ReqT, RespT> ServerCall.Listener<ReqT> start(
      ServerCall<ReqT, RespT> call,
      Metadata headers,
      ServerCallHandler<ReqT, RespT> next,
      Context sessionContext,
      Instant expireTime,
      Clock clock,
      Recheck recheck,
      Timer timer,
      Duration interval,
      Executor executor) {
    Context.CancellableContext context = sessionContext.withCancellation();
    RevalidatingCall<ReqT, RespT> watched =
        new RevalidatingCall<>(call, context, recheck, timer, interval, executor);
    ServerCall.Listener<ReqT> listener;
    try {
      listener = Contexts.interceptCall(context, watched, headers, next);
    } catch (RuntimeException e) {
      context.cancel(e);
      throw e;
    }
    synchronized (watched.lock) {
      if (!watched.closed) {
        watched.cancelExpiry =
            timer.schedule(
                () -> watched.terminate(SessionFailures.tokenExpired()),
                Duration.between(clock.instant(), expireTime));
      }
    }
    watched.scheduleCheck();
    return new WatchedListener<>(listener, watched);
  }

  private void scheduleCheck() {
    synchronized (lock) {
      if (!closed) {
        cancelCheck = timer.schedule(this::check, interval);
      }
    }
  }

  private void check() {
    ListenableFuture<com.google.rpc.Status> result;
    try {
      result = recheck.get();
    } catch (RuntimeException e) {
      result = Futures.immediateFailedFuture(e);
    }
    ListenableFuture<com.google.rpc.Status> done = result;
    done.addListener(
        () -> {
          com.google.rpc.Status status;
          try {
            status = Futures.getDone(done);
          } catch (Exception | Error e) {
            status =
                com.google.rpc.Status.newBuilder()
                    .setCode(Status.Code.INTERNAL.value())
                    .setMessage("session re-validation failed")
                    .build();
          }
          if (status == null) {
            scheduleCheck();
          } else {
            terminate(status);
          }
        },
        executor);
  }

  /** Closes the call with {@code status} unless it is already closed. */
  void terminate(com.google.rpc.Status status) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      terminated = true;
      cancelTimers();
      RpcErrors.close(delegate(), status);
    }
    context.cancel(StatusProto.toStatusRuntimeException(status));
  }

  /** The call ended (completed or cancelled): stop watching. */
  void ended() {
    synchronized (lock) {
      closed = true;
      cancelTimers();
    }
    context.cancel(null);
  }

  boolean terminated() {
    synchronized (lock) {
      return terminated;
    }
  }

  private void cancelTimers() {
    cancelCheck.run();
    cancelExpiry.run();
  }

  @Override
  public void request(int numMessages) {
    synchronized (lock) {
      if (!closed) {
        super.request(numMessages);
      }
    }
  }

  @Override
  public void sendHeaders(Metadata headers) {
    synchronized (lock) {
      if (!closed) {
        super.sendHeaders(headers);
      }
    }
  }

  @Override
  public void sendMessage(RespT message) {
    synchronized (lock) {
      if (!closed) {
        super.sendMessage(message);
      }
    }
  }

  @Override
  public void close(Status status, Metadata trailers) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      cancelTimers();
      super.close(status, trailers);
    }
  }

  @Override
  public void setMessageCompression(boolean enabled) {
    synchronized (lock) {
      super.setMessageCompression(enabled);
    }
  }

  @Override
  public void setCompression(String compressor) {
    synchronized (lock) {
      super.setCompression(compressor);
    }
  }

  /** Stops the watch when the call ends; tells the handler its call was cancelled if it was. */
  private static final class WatchedListener<ReqT>
      extends SimpleForwardingServerCallListener<ReqT> {
    private final RevalidatingCall<ReqT, ?> call;

    WatchedListener(ServerCall.Listener<ReqT> delegate, RevalidatingCall<ReqT, ?> call) {
      super(delegate);
      this.call = call;
    }

    @Override
    public void onMessage(ReqT message) {
      if (!call.terminated()) {
        super.onMessage(message);
      }
    }

    @Override
    public void onHalfClose() {
      if (!call.terminated()) {
        super.onHalfClose();
      }
    }

    @Override
    public void onComplete() {
      boolean terminated = call.terminated();
      call.ended();
      if (terminated) {
        super.onCancel();
      } else {
        super.onComplete();
      }
    }

    @Override
    public void onCancel() {
      call.ended();
      super.onCancel();
    }
  }
}
