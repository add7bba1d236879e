package com.tam.protos.testkit.platform;

import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.ValidateSessionRequest;
import com.tam.protos.user.v1.ValidateSessionResponse;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Clock;

/**
 * A user-service that only answers {@code ValidateSession}, for the demo tokens ({@link
 * DemoTokens}). It lets one reference service (or a service under test) run behind the kit's
 * session interceptor without the reference user-service. Every other RPC is UNIMPLEMENTED.
 */
public final class DemoUserDirectory extends UserServiceGrpc.UserServiceImplBase {
  private final Clock clock;

  /**
   * A directory on a clock.
   *
   * @param clock the clock for the sessions' expire time
   */
  public DemoUserDirectory(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void validateSession(
      ValidateSessionRequest request, StreamObserver<ValidateSessionResponse> response) {
    try {
      response.onNext(DemoTokens.require(request.getAccessToken(), clock));
      response.onCompleted();
    } catch (StatusRuntimeException e) {
      response.onError(e);
    }
  }
}
