package com.tam.protos.testkit.support;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.user.v1.ValidateSessionResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque demo tokens of the sandbox and the conformance kit, and the sessions they stand for.
 * The reference user-service answers {@code ValidateSession} for them (next to the JWTs it issues),
 * and single-service tests use them without a user-service.
 *
 * <ul>
 *   <li>{@value #SERVICE_TOKEN}: role {@code service}, user id {@code sandbox-service};
 *   <li>{@value #OPERATOR_TOKEN}: role {@code operator}, user id {@code sandbox-operator};
 *   <li>{@code sandbox-user-token:<user_id>}: role {@code user} for that user id.
 * </ul>
 *
 * <p>Never accepted outside the testkit: production user-services issue signed JWTs only.
 */
public final class DemoTokens {
  /** The service-role demo token. */
  public static final String SERVICE_TOKEN = "sandbox-service-token";

  /** The operator-role demo token. */
  public static final String OPERATOR_TOKEN = "sandbox-operator-token";

  /** Prefix of an end user's demo token; the user id follows. */
  public static final String USER_TOKEN_PREFIX = "sandbox-user-token:";

  private static final Pattern USER_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$");

  /** How long a validated demo session is said to last (from now, at each validation). */
  public static final Duration LIFETIME = Duration.ofMinutes(15);

  private DemoTokens() {}

  /**
   * The demo token of an end user.
   *
   * @param userId the user id
   * @return the token
   */
  public static String userToken(String userId) {
    return USER_TOKEN_PREFIX + userId;
  }

  /**
   * Whether a token has a demo token's shape (for {@code SessionInterceptor.Builder#tokenShape}).
   *
   * @param token the token
   * @return true for the service and operator tokens and well-formed user tokens
   */
  public static boolean isDemoToken(String token) {
    return token.equals(SERVICE_TOKEN)
        || token.equals(OPERATOR_TOKEN)
        || (token.startsWith(USER_TOKEN_PREFIX)
            && USER_ID.matcher(token.substring(USER_TOKEN_PREFIX.length())).matches());
  }

  /**
   * The session a demo token stands for.
   *
   * @param token the token
   * @param clock the clock for {@code expire_time}
   * @return the session, empty if the token is not a demo token
   */
  public static Optional<ValidateSessionResponse> session(String token, Clock clock) {
    if (!isDemoToken(token)) {
      return Optional.empty();
    }
    String user;
    List<String> roles;
    if (token.equals(SERVICE_TOKEN)) {
      user = "sandbox-service";
      roles = List.of("service");
    } else if (token.equals(OPERATOR_TOKEN)) {
      user = "sandbox-operator";
      roles = List.of("operator");
    } else {
      user = token.substring(USER_TOKEN_PREFIX.length());
      roles = List.of("user");
    }
    long expire = clock.instant().plus(LIFETIME).getEpochSecond();
    return Optional.of(
        ValidateSessionResponse.newBuilder()
            .setUserId(user)
            .setSessionId("demo-" + user)
            .addAllRoles(roles)
            .setExpireTime(Timestamp.newBuilder().setSeconds(expire))
            .build());
  }

  /**
   * The session of a demo token, or {@code UNAUTHENTICATED / TOKEN_INVALID}.
   *
   * @param token the token
   * @param clock the clock
   * @return the session
   * @throws StatusRuntimeException if it is not a demo token
   */
  public static ValidateSessionResponse require(String token, Clock clock) {
    return session(token, clock)
        .orElseThrow(
            () ->
                RpcErrors.error(
                        Status.Code.UNAUTHENTICATED,
                        ErrorReason.ERROR_REASON_TOKEN_INVALID,
                        RpcErrors.domain("user"))
                    .message("access token is not valid")
                    .asException());
  }
}
