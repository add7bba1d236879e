package com.tam.protos.session;

import io.grpc.ServerCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A listener that queues events until the real listener is known, then replays them in order and
 * forwards directly (the pattern of grpc-java's delayed calls).
 */
final class DelayedListener<ReqT> extends ServerCall.Listener<ReqT> {
  private final Object lock = new Object();
  private List<Consumer<ServerCall.Listener<ReqT>>> pending = new ArrayList<>();
  private volatile boolean passThrough;
  private ServerCall.Listener<ReqT> delegate;

  void setDelegate(ServerCall.Listener<ReqT> listener) {
    synchronized (lock) {
      if (delegate != null) {
        return;
      }
      delegate = Objects.requireNonNull(listener);
    }
    List<Consumer<ServerCall.Listener<ReqT>>> toRun = new ArrayList<>();
    while (true) {
      synchronized (lock) {
        if (pending.isEmpty()) {
          pending = null;
          passThrough = true;
          return;
        }
        List<Consumer<ServerCall.Listener<ReqT>>> swap = toRun;
        toRun = pending;
        pending = swap;
      }
      for (Consumer<ServerCall.Listener<ReqT>> event : toRun) {
        event.accept(listener);
      }
      toRun.clear();
    }
  }

  private void deliver(Consumer<ServerCall.Listener<ReqT>> event) {
    if (!passThrough) {
      synchronized (lock) {
        if (!passThrough) {
          pending.add(event);
          return;
        }
      }
    }
    event.accept(delegate);
  }

  @Override
  public void onMessage(ReqT message) {
    deliver(l -> l.onMessage(message));
  }

  @Override
  public void onHalfClose() {
    deliver(ServerCall.Listener::onHalfClose);
  }

  @Override
  public void onCancel() {
    deliver(ServerCall.Listener::onCancel);
  }

  @Override
  public void onComplete() {
    deliver(ServerCall.Listener::onComplete);
  }

  @Override
  public void onReady() {
    deliver(ServerCall.Listener::onReady);
  }
}
