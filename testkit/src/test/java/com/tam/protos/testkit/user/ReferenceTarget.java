package com.tam.protos.testkit.user;

import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.tck.TckClock;
import com.tam.protos.testkit.tck.TckEvents;
import com.tam.protos.testkit.tck.TckTarget;
import com.tam.protos.testkit.tck.TckUser;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.util.Optional;
import java.util.UUID;

/**
 * A TCK target on a reference platform server: demo tokens for the service and operator roles, and
 * new users seeded in the reference user-service (when there is one) and authenticated by their
 * demo token.
 *
 * @param channel the server's channel
 * @param users the reference user-service on that server, or null
 * @param movableClock the platform's clock, which the suites may move
 * @param tap the events the platform's services publish, or null
 */
public record ReferenceTarget(
    Channel channel, ReferenceUserService users, MutableClock movableClock, TckEvents tap)
    implements TckTarget {
  @Override
  public Optional<TckClock> clock() {
    return Optional.of(movableClock::advance);
  }

  @Override
  public Optional<TckEvents> events() {
    return Optional.ofNullable(tap);
  }

  @Override
  public CallCredentials serviceCredentials() {
    return BearerToken.of(DemoTokens.SERVICE_TOKEN);
  }

  @Override
  public CallCredentials operatorCredentials() {
    return BearerToken.of(DemoTokens.OPERATOR_TOKEN);
  }

  @Override
  public TckUser newUser() {
    String id = "tck-" + UUID.randomUUID();
    if (users != null) {
      users.seedUser(id, id + "@example.com", "tck-password-1234", "EUR");
    }
    return new TckUser(id, BearerToken.of(DemoTokens.userToken(id)));
  }
}
