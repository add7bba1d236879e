package com.tam.protos.testkit.tck;

import com.tam.protos.testkit.support.BearerToken;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.util.Optional;
import java.util.UUID;

/**
 * A target described by plain values, for implementations outside the JVM: an address and bearer
 * tokens. End users get the id {@code tck-<uuid>} and the token made from {@code userTokenTemplate}
 * by replacing {@code {user}} with the id (the implementation under test is configured to accept
 * such tokens, for example through a test user directory).
 *
 * <p>System properties (what {@link TckMain} sets): {@code tam.tck.target} ({@code host:port}),
 * {@code tam.tck.serviceToken}, {@code tam.tck.operatorToken}, {@code tam.tck.userTokenTemplate}
 * and, optionally, {@code tam.tck.nats} (a NATS URL: the suites then also check the events
 * published there, through a shared {@link NatsEventTap} that starts listening when the target is
 * made).
 *
 * @param address {@code host:port}, plaintext
 * @param serviceToken bearer token of the service role
 * @param operatorToken bearer token of the operator role
 * @param userTokenTemplate the user token, with {@code {user}} standing for the user id
 * @param natsUrl the NATS server the implementation publishes its events to, or null
 */
public record ConfiguredTarget(
    String address,
    String serviceToken,
    String operatorToken,
    String userTokenTemplate,
    String natsUrl)
    implements TckTarget {

  private static final class Channels {
    private static final java.util.Map<String, ManagedChannel> OPEN =
        new java.util.concurrent.ConcurrentHashMap<>();
  }

  /**
   * The target the system properties describe.
   *
   * @return the target
   * @throws IllegalStateException if {@code tam.tck.target} is not set
   */
  public static ConfiguredTarget fromSystemProperties() {
    String address = System.getProperty("tam.tck.target");
    if (address == null || address.isBlank()) {
      throw new IllegalStateException(
          "no TCK target: override ServiceTck.target(), call Tck.use(...), or set -Dtam.tck.target="
              + "host:port");
    }
    String nats = System.getProperty("tam.tck.nats");
    ConfiguredTarget target =
        new ConfiguredTarget(
            address,
            System.getProperty("tam.tck.serviceToken", "sandbox-service-token"),
            System.getProperty("tam.tck.operatorToken", "sandbox-operator-token"),
            System.getProperty("tam.tck.userTokenTemplate", "sandbox-user-token:{user}"),
            nats == null || nats.isBlank() ? null : nats);
    target.events(); // listen before the first test publishes anything
    return target;
  }

  @Override
  public Optional<TckEvents> events() {
    return Optional.ofNullable(natsUrl).map(NatsEventTap::shared);
  }

  @Override
  public Channel channel() {
    return Channels.OPEN.computeIfAbsent(
        address, a -> Grpc.newChannelBuilder(a, InsecureChannelCredentials.create()).build());
  }

  @Override
  public CallCredentials serviceCredentials() {
    return BearerToken.of(serviceToken);
  }

  @Override
  public CallCredentials operatorCredentials() {
    return BearerToken.of(operatorToken);
  }

  @Override
  public TckUser newUser() {
    String id = "tck-" + UUID.randomUUID();
    return new TckUser(id, BearerToken.of(userTokenTemplate.replace("{user}", id)));
  }
}
