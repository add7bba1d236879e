package com.tam.protos.testing;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real gRPC server and channel, in-process or over Netty on loopback, for the kit's tests. */
public final class GrpcTestHarness implements AutoCloseable {

  /** The transports every kit test runs through. */
  public enum Transport {
    IN_PROCESS,
    NETTY_LOOPBACK
  }

  private final Server server;
  private final ManagedChannel channel;

  private GrpcTestHarness(Server server, ManagedChannel channel) {
    this.server = server;
    this.channel = channel;
  }

  /** Starts a server with the services and a channel to it. */
  public static GrpcTestHarness start(Transport transport, List<ServerServiceDefinition> services) {
    try {
      if (transport == Transport.IN_PROCESS) {
        String name = InProcessServerBuilder.generateName();
        InProcessServerBuilder builder = InProcessServerBuilder.forName(name);
        services.forEach(builder::addService);
        Server server = builder.build().start();
        return new GrpcTestHarness(server, InProcessChannelBuilder.forName(name).build());
      }
      var builder = Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create());
      services.forEach(builder::addService);
      Server server = builder.build().start();
      ManagedChannel channel =
          Grpc.newChannelBuilderForAddress(
                  "127.0.0.1", server.getPort(), InsecureChannelCredentials.create())
              .build();
      return new GrpcTestHarness(server, channel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ManagedChannel channel() {
    return channel;
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow();
    server.shutdownNow();
    channel.awaitTermination(10, TimeUnit.SECONDS);
    server.awaitTermination(10, TimeUnit.SECONDS);
  }
}
