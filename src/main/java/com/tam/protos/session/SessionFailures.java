package com.tam.protos.session;

import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.errors.RpcErrors;
import io.grpc.Status;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every status the session middleware answers with, in one place (docs/AUTH.md). None of them ever
 * contains the token.
 *
 * <ul>
 *   <li>decided by the middleware itself (no or a malformed header, a token that cannot be a JWT,
 *       the user service down or overloaded): the domain of the called service;
 *   <li>decided by the user service (TOKEN_INVALID, TOKEN_EXPIRED, SESSION_REVOKED), or by the
 *       session's {@code expire_time}: domain {@code user.tam.internal}, the upstream {@code
 *       ErrorInfo} rebuilt with only its documented metadata keys.
 * </ul>
 */
final class SessionFailures {

  static final String USER_DOMAIN = RpcErrors.domain("user");

  /** The reasons ValidateSession may answer, with the metadata keys each documents. */
  private static final Map<String, Set<String>> USER_SERVICE_REASONS =
      Map.of(
          ErrorReasons.toReason(ErrorReason.ERROR_REASON_TOKEN_INVALID), Set.of(),
          ErrorReasons.toReason(ErrorReason.ERROR_REASON_TOKEN_EXPIRED), Set.of(),
          ErrorReasons.toReason(ErrorReason.ERROR_REASON_SESSION_REVOKED),
              Set.of("sessionId", "revokeReason"));

  private SessionFailures() {}

  /** No usable {@code authorization: Bearer <token>} header. */
  static com.google.rpc.Status tokenMissing(String method) {
    return RpcErrors.error(
            Status.Code.UNAUTHENTICATED,
            ErrorReason.ERROR_REASON_TOKEN_MISSING,
            RpcErrors.domainOf(method))
        .message("missing `authorization: Bearer <token>` metadata")
        .build();
  }

  /** The middleware refuses the credentials without asking the user service. */
  static com.google.rpc.Status tokenInvalid(String method, String why) {
    return RpcErrors.error(
            Status.Code.UNAUTHENTICATED,
            ErrorReason.ERROR_REASON_TOKEN_INVALID,
            RpcErrors.domainOf(method))
        .message(why)
        .build();
  }

  /** The user service refused the token without a reason the middleware knows. */
  static com.google.rpc.Status sessionRejected() {
    return RpcErrors.error(
            Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_INVALID, USER_DOMAIN)
        .message("session rejected")
        .build();
  }

  /** The session's {@code expire_time} has passed. */
  static com.google.rpc.Status tokenExpired() {
    return RpcErrors.error(
            Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_EXPIRED, USER_DOMAIN)
        .message("access token expired")
        .build();
  }

  /** The user service could not be asked, or gave an unusable answer: fail closed. */
  static com.google.rpc.Status unavailable(String method, String message) {
    return RpcErrors.error(
            Status.Code.UNAVAILABLE,
            ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE,
            RpcErrors.domainOf(method))
        .message(message)
        .putMetadata("dependency", "user-service")
        .build();
  }

  /**
   * Maps a failed ValidateSession call: a documented UNAUTHENTICATED reason is relayed (rebuilt in
   * the user domain with its documented keys only), any other UNAUTHENTICATED or an
   * INVALID_ARGUMENT (the token failed ValidateSession's own request validation) is {@link
   * #sessionRejected()}, anything else is {@code null}: the caller fails closed with {@link
   * #unavailable}.
   */
  static com.google.rpc.Status rejection(Throwable t) {
    Status.Code code = Status.fromThrowable(t).getCode();
    if (code == Status.Code.UNAUTHENTICATED) {
      ErrorInfo info = RpcErrors.errorInfo(t).orElse(null);
      Set<String> keys = info == null ? null : USER_SERVICE_REASONS.get(info.getReason());
      if (keys != null) {
        return RpcErrors.relay(Status.Code.UNAUTHENTICATED, info, USER_DOMAIN, keys)
            .message("session rejected: " + info.getReason().toLowerCase(Locale.ROOT))
            .build();
      }
      return sessionRejected();
    }
    if (code == Status.Code.INVALID_ARGUMENT) {
      return sessionRejected();
    }
    return null;
  }
}
