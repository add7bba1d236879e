package com.tam.protos.session;

import com.tam.protos.validation.ValidationInterceptor;
import io.grpc.ServerBuilder;
import java.util.List;
import java.util.Set;

/**
 * Installs the kit's interceptors on a whole server, so that every service added to it is covered,
 * including the ones a service team adds without thinking of authentication: gRPC health ({@code
 * grpc.health.v1.Health}), server reflection and channelz. {@code ServerBuilder.intercept} applies
 * to every service of the server, whereas {@code ServerInterceptors.intercept} wraps one.
 *
 * <pre>{@code
 * SessionInterceptor session = SessionInterceptor.newBuilder(UserServiceGrpc.newFutureStub(users))
 *     .publicMethods(ServerWiring.HEALTH_METHODS)      // only if probes carry no token
 *     .build();
 * Server server = ServerWiring.interceptEveryService(
 *         Grpc.newServerBuilderForPort(8080, creds), session, new ValidationInterceptor())
 *     .addService(new WalletServiceImpl())
 *     .addService(ProtoReflectionServiceV1.newInstance())
 *     .addService(healthStatusManager.getHealthService())
 *     .build()
 *     .start();
 * }</pre>
 */
public final class ServerWiring {

  /**
   * The gRPC health-checking methods, for {@link SessionInterceptor.Builder#publicMethods} when
   * load-balancer or Kubernetes probes call them without a token.
   */
  public static final Set<String> HEALTH_METHODS =
      Set.copyOf(List.of("grpc.health.v1.Health/Check", "grpc.health.v1.Health/Watch"));

  private ServerWiring() {}

  /**
   * Makes every call to the server, to any service, authenticated first and validated second.
   *
   * @param builder the server builder
   * @param session the session interceptor (runs first)
   * @param validation the validation interceptor (runs second, so that unauthenticated callers
   *     learn nothing about the rules)
   * @param <T> the builder type
   * @return the builder
   */
  public static <T extends ServerBuilder<T>> T interceptEveryService(
      T builder, SessionInterceptor session, ValidationInterceptor validation) {
    // ServerBuilder.intercept: the interceptor added last runs first.
    return builder.intercept(validation).intercept(session);
  }
}
