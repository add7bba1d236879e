package com.tam.protos.session;

import io.grpc.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The caller of the current RPC, as verified by {@code UserService.ValidateSession}.
 *
 * <p>{@link SessionInterceptor} puts it into the gRPC {@link Context} before the handler runs;
 * handlers read it with {@link #current()}. It never holds the token.
 *
 * @param userId the authenticated user ({@code sub} claim)
 * @param sessionId the session ({@code sid} claim)
 * @param roles role names, for example {@code ["user"]}
 * @param claims the token's other claims as strings
 * @param expireTime when the access token expires
 */
public record AuthenticatedSession(
    String userId,
    String sessionId,
    List<String> roles,
    Map<String, String> claims,
    Instant expireTime) {

  /** The gRPC context key under which {@link SessionInterceptor} stores the session. */
  public static final Context.Key<AuthenticatedSession> CONTEXT_KEY =
      Context.key("tam.authenticated-session");

  /** Copies the collections so that the session is immutable. */
  public AuthenticatedSession {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(sessionId, "sessionId");
    roles = List.copyOf(roles);
    claims = Map.copyOf(claims);
    Objects.requireNonNull(expireTime, "expireTime");
  }

  /**
   * Returns the session of the current call.
   *
   * @return the session
   * @throws IllegalStateException if the call did not go through {@link SessionInterceptor} or the
   *     method is public
   */
  public static AuthenticatedSession current() {
    return find()
        .orElseThrow(
            () -> new IllegalStateException("no authenticated session in the gRPC context"));
  }

  /**
   * Returns the session of the current call, if any (empty in public methods).
   *
   * @return the session, or empty
   */
  public static Optional<AuthenticatedSession> find() {
    return Optional.ofNullable(CONTEXT_KEY.get());
  }

  /**
   * Returns whether the session has a role.
   *
   * @param role the role name, for example {@code "admin"}
   * @return {@code true} if {@link #roles()} contains it
   */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
