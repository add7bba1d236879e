package com.tam.protos.testkit.platform;

import com.tam.protos.session.ServerWiring;
import com.tam.protos.session.SessionInterceptor;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.validation.ValidationInterceptor;
import io.grpc.BindableService;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One gRPC server carrying reference services the way production wires a service: every call is
 * authenticated by the kit's {@link SessionInterceptor} (which asks the user-service on this same
 * server) and then validated by the kit's {@link ValidationInterceptor}, so bad input gets the
 * documented status and never reaches a handler. It also serves {@code grpc.health.v1} (public) and
 * server reflection (v1).
 *
 * <p>Without a user-service of its own it serves {@link DemoUserDirectory}, which accepts the
 * {@link DemoTokens}. Demo tokens are accepted next to JWTs in either case.
 */
public final class PlatformServer implements AutoCloseable {
  private final Server server;
  private final ManagedChannel channel;
  private final HealthStatusManager health;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private PlatformServer(Server server, ManagedChannel channel, HealthStatusManager health) {
    this.server = server;
    this.channel = channel;
    this.health = health;
  }

  /**
   * Starts a builder.
   *
   * @param clock the clock the session interceptor and the demo directory use
   * @return the builder
   */
  public static Builder newBuilder(Clock clock) {
    return new Builder(clock);
  }

  /**
   * A plaintext channel to this server, without credentials. Shut down by {@link #close()}.
   *
   * @return the channel
   */
  public ManagedChannel channel() {
    return channel;
  }

  /**
   * The TCP port, or -1 for an in-process server.
   *
   * @return the port
   */
  public int port() {
    return server.getListenSockets().stream()
        .filter(InetSocketAddress.class::isInstance)
        .map(a -> ((InetSocketAddress) a).getPort())
        .findFirst()
        .orElse(-1);
  }

  /**
   * The health manager; every service starts SERVING.
   *
   * @return the manager
   */
  public HealthStatusManager health() {
    return health;
  }

  /** Stops the server (idempotent). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    health.enterTerminalState();
    channel.shutdownNow();
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Collects the services and the transport. */
  public static final class Builder {
    private final Clock clock;
    private final List<BindableService> services = new ArrayList<>();
    private final List<ServerInterceptor> perServiceInterceptors = new ArrayList<>();
    private BindableService userService;
    private Integer port;
    private String host = "127.0.0.1";
    private final ChannelHolder holder = new ChannelHolder();

    private Builder(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
    }

    /**
     * A channel to the server being built, usable before {@link #start()}: services get it in their
     * {@code ServiceContext} to call their neighbours on the same server. Calls made before the
     * server starts fail.
     *
     * @return the channel (without credentials)
     */
    public io.grpc.Channel channel() {
      return holder;
    }

    /**
     * Adds a service (not the user-service: see {@link #userService}).
     *
     * @param service the service
     * @return this builder
     */
    public Builder addService(BindableService service) {
      services.add(service);
      return this;
    }

    /**
     * The user-service to serve and to validate tokens with; {@link DemoUserDirectory} if unset.
     *
     * @param service the user-service
     * @return this builder
     */
    public Builder userService(BindableService service) {
      this.userService = service;
      return this;
    }

    /**
     * Adds an interceptor that runs after authentication and validation, next to the handler (for
     * example fault injection). The first added runs first.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public Builder intercept(ServerInterceptor interceptor) {
      perServiceInterceptors.add(interceptor);
      return this;
    }

    /**
     * Serves on TCP (Netty) at {@code host:port} instead of in-process; port 0 picks a free one.
     *
     * @param host the address to bind, for example {@code 127.0.0.1}
     * @param port the port
     * @return this builder
     */
    public Builder tcp(String host, int port) {
      this.host = host;
      this.port = port;
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     */
    public PlatformServer start() {
      BindableService users = userService != null ? userService : new DemoUserDirectory(clock);
      String name = "tam-platform-" + UUID.randomUUID();
      ManagedChannel channel =
          port == null ? InProcessChannelBuilder.forName(name).directExecutor().build() : null;
      HealthStatusManager health = new HealthStatusManager();
      ServerBuilder<?> builder =
          port == null
              ? InProcessServerBuilder.forName(name)
              : Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
      if (port != null && !"0.0.0.0".equals(host)) {
        builder =
            io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder.forAddress(
                new InetSocketAddress(host, port), InsecureServerCredentials.create());
      }
      List<ServerInterceptor> inner = new ArrayList<>(perServiceInterceptors);
      java.util.Collections.reverse(inner);
      builder.addService(ServerInterceptors.intercept(users, inner));
      for (BindableService s : services) {
        builder.addService(ServerInterceptors.intercept(s, inner));
      }
      builder.addService(health.getHealthService());
      builder.addService(new ReflectionWithErrorDetails());
      // The session interceptor needs a channel to this server's user-service; for TCP the channel
      // is built once the port is known, so the stub goes through a holder.
      holder.channel = channel;
      SessionInterceptor session =
          SessionInterceptor.newBuilder(UserServiceGrpc.newFutureStub(holder))
              .publicMethods(SessionInterceptor.USER_SERVICE_PUBLIC_METHODS)
              .publicMethods(ServerWiring.HEALTH_METHODS)
              .publicMethods(
                  "grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                  "grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo")
              .tokenShape(t -> DemoTokens.isDemoToken(t) || SessionInterceptor.isJwtShaped(t))
              .clock(clock)
              .build();
      wire(builder, session);
      Server server;
      try {
        server = builder.build().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the platform server", e);
      }
      if (channel == null) {
        int bound =
            server.getListenSockets().stream()
                .filter(InetSocketAddress.class::isInstance)
                .map(a -> ((InetSocketAddress) a).getPort())
                .findFirst()
                .orElseThrow();
        String target = ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + bound;
        channel = Grpc.newChannelBuilder(target, InsecureChannelCredentials.create()).build();
        holder.channel = channel;
      }
      for (BindableService s : services) {
        health.setStatus(
            s.bindService().getServiceDescriptor().getName(),
            io.grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING);
      }
      health.setStatus(
          users.bindService().getServiceDescriptor().getName(),
          io.grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING);
      return new PlatformServer(server, channel, health);
    }
  }

  private static <T extends ServerBuilder<T>> void wire(
      ServerBuilder<T> builder, SessionInterceptor session) {
    @SuppressWarnings("unchecked")
    T typed = (T) builder;
    ServerWiring.interceptEveryService(typed, session, new ValidationInterceptor());
  }

  /** A channel that forwards to another one set later (the TCP port is known after start). */
  private static final class ChannelHolder extends io.grpc.Channel {
    private volatile io.grpc.Channel channel;

    @Override
    public <Q, R> io.grpc.ClientCall<Q, R> newCall(
        io.grpc.MethodDescriptor<Q, R> method, io.grpc.CallOptions options) {
      io.grpc.Channel c = channel;
      if (c == null) {
        throw new IllegalStateException("the platform server has not started yet");
      }
      return c.newCall(method, options);
    }

    @Override
    public String authority() {
      io.grpc.Channel c = channel;
      return c == null ? "tam-platform" : c.authority();
    }
  }
}
