package com.tam.protos.errors;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.ProtocolMessageEnum;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Raises and reads TAM errors: a {@code google.rpc.Status} with exactly one {@code
 * google.rpc.ErrorInfo} (AIP-193), optionally followed by other details such as {@code
 * google.rpc.BadRequest}. See docs/CONVENTIONS.md, "Errors".
 *
 * <p>Raising, in a service method:
 *
 * <pre>{@code
 * throw RpcErrors.error(Status.Code.FAILED_PRECONDITION,
 *         WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS, RpcErrors.domain("wallet"))
 *     .message("available funds are lower than the requested amount")
 *     .putMetadata("available", "20.00")
 *     .asException();
 * }</pre>
 *
 * <p>Reading, in a client:
 *
 * <pre>{@code
 * catch (StatusRuntimeException e) {
 *   if (RpcErrors.hasReason(e, WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS)) { ... }
 * }
 * }</pre>
 */
public final class RpcErrors {

  /** The longest metadata value {@link #relay} copies. */
  public static final int MAX_RELAYED_VALUE_LENGTH = 128;

  /** Suffix of every TAM error domain. */
  public static final String DOMAIN_SUFFIX = ".tam.internal";

  private RpcErrors() {}

  /**
   * Returns the error domain of a platform domain.
   *
   * @param domain the proto package's first segment, for example {@code "wallet"}
   * @return for example {@code "wallet.tam.internal"}
   */
  public static String domain(String domain) {
    if (domain == null || !domain.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("not a domain name: " + domain);
    }
    return domain + DOMAIN_SUFFIX;
  }

  /**
   * Returns the error domain of the service that owns a gRPC method or service name.
   *
   * @param fullName a full method name ({@code "wallet.v1.WalletService/ReserveBalance"}) or a full
   *     service name ({@code "wallet.v1.WalletService"})
   * @return the first package segment plus {@link #DOMAIN_SUFFIX}, for example {@code
   *     "wallet.tam.internal"}
   */
  public static String domainOf(String fullName) {
    int dot = fullName.indexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException("not a packaged gRPC name: " + fullName);
    }
    return domain(fullName.substring(0, dot));
  }

  /**
   * Starts an error.
   *
   * @param code the gRPC status code, never {@code OK}
   * @param reason the error-reason enum value; sent as {@link ErrorReasons#toReason}
   * @param domain the error domain, for example from {@link #domain(String)}
   * @return a builder
   */
  public static Builder error(Status.Code code, ProtocolMessageEnum reason, String domain) {
    return new Builder(code, ErrorReasons.toReason(reason), domain);
  }

  /**
   * Starts an error that passes on the reason of an upstream service's {@code ErrorInfo}, rebuilt
   * rather than forwarded: the reason is kept (it must be an UPPER_SNAKE_CASE reason), the domain
   * is the one the caller vouches for, and only the listed metadata keys are copied, each value cut
   * to {@value #MAX_RELAYED_VALUE_LENGTH} characters. Anything else the upstream put in its {@code
   * ErrorInfo} is dropped.
   *
   * <pre>{@code
   * throw RpcErrors.relay(Status.Code.UNAUTHENTICATED, upstreamInfo, RpcErrors.domain("user"),
   *         Set.of("sessionId", "revokeReason"))
   *     .message("session rejected")
   *     .asException();
   * }</pre>
   *
   * @param code the gRPC status code, never {@code OK}
   * @param upstream the upstream {@code ErrorInfo}, for example from {@link #errorInfo(Throwable)}
   * @param domain the error domain to send, for example {@code "user.tam.internal"}
   * @param metadataKeys the documented metadata keys of the reason; others are dropped
   * @return a builder
   * @throws IllegalArgumentException if the upstream reason is not UPPER_SNAKE_CASE
   */
  public static Builder relay(
      Status.Code code, ErrorInfo upstream, String domain, Collection<String> metadataKeys) {
    String reason = upstream.getReason();
    if (!reason.matches("[A-Z][A-Z0-9_]{0,63}")) {
      throw new IllegalArgumentException("not an error reason");
    }
    Builder builder = new Builder(code, reason, domain);
    for (String key : metadataKeys) {
      String value = upstream.getMetadataMap().get(key);
      if (value != null) {
        int end = Math.min(value.length(), MAX_RELAYED_VALUE_LENGTH);
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
          end--;
        }
        builder.putMetadata(key, value.substring(0, end));
      }
    }
    return builder;
  }

  /**
   * Returns the rich status carried by a failed call, if any.
   *
   * @param t a {@link StatusRuntimeException} or {@link io.grpc.StatusException} (or a throwable
   *     caused by one)
   * @return the {@code google.rpc.Status}, or empty when the failure carries none
   */
  public static Optional<com.google.rpc.Status> status(Throwable t) {
    return Optional.ofNullable(StatusProto.fromThrowable(t));
  }

  /**
   * Returns the first {@code ErrorInfo} of a failed call.
   *
   * @param t the failure
   * @return the {@code ErrorInfo}, or empty when there is none
   */
  public static Optional<ErrorInfo> errorInfo(Throwable t) {
    return status(t).flatMap(s -> detail(s, ErrorInfo.class));
  }

  /**
   * Returns the first {@code BadRequest} of a failed call (validation failures).
   *
   * @param t the failure
   * @return the {@code BadRequest}, or empty when there is none
   */
  public static Optional<BadRequest> badRequest(Throwable t) {
    return status(t).flatMap(s -> detail(s, BadRequest.class));
  }

  /**
   * Returns the first detail of the given type in a status.
   *
   * @param status the rich status
   * @param type the detail message class, for example {@code ErrorInfo.class}
   * @param <T> the detail type
   * @return the unpacked detail, or empty when there is none
   */
  public static <T extends Message> Optional<T> detail(
      com.google.rpc.Status status, Class<T> type) {
    for (Any any : status.getDetailsList()) {
      if (any.is(type)) {
        try {
          return Optional.of(any.unpack(type));
        } catch (InvalidProtocolBufferException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the reason of a failed call as a value of the given enum.
   *
   * @param t the failure
   * @param type the reason enum, for example {@code ErrorReason.class}
   * @param <E> the enum type
   * @return the value, or empty when the call has no {@code ErrorInfo} or its reason is not a value
   *     of {@code type}
   */
  public static <E extends Enum<E> & ProtocolMessageEnum> Optional<E> reason(
      Throwable t, Class<E> type) {
    return errorInfo(t).flatMap(info -> ErrorReasons.fromReason(type, info.getReason()));
  }

  /**
   * Returns whether a failed call carries the given reason.
   *
   * @param t the failure
   * @param reason the expected reason
   * @return {@code true} if the first {@code ErrorInfo}'s reason equals the reason's wire form
   */
  public static boolean hasReason(Throwable t, ProtocolMessageEnum reason) {
    String expected = ErrorReasons.toReason(reason);
    return errorInfo(t).map(info -> info.getReason().equals(expected)).orElse(false);
  }

  /**
   * Closes a server call with a rich status, for interceptors that answer without running the
   * handler.
   *
   * @param call the call to close
   * @param status the rich status, as built by {@link Builder#build()}
   */
  public static void close(ServerCall<?, ?> call, com.google.rpc.Status status) {
    StatusRuntimeException e = StatusProto.toStatusRuntimeException(status);
    Metadata trailers = e.getTrailers();
    call.close(e.getStatus(), trailers == null ? new Metadata() : trailers);
  }

  /** Builds one error. Not thread-safe. */
  public static final class Builder {
    private final Status.Code code;
    private final String reason;
    private final String domain;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final List<Message> details = new ArrayList<>();
    private String message;

    private Builder(Status.Code code, String reason, String domain) {
      this.code = Objects.requireNonNull(code, "code");
      if (code == Status.Code.OK) {
        throw new IllegalArgumentException("an error cannot have code OK");
      }
      this.reason = reason;
      this.domain = Objects.requireNonNull(domain, "domain");
    }

    /**
     * Sets the developer-facing message ({@code Status.message}). Never put secrets or tokens in
     * it. Defaults to the reason.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Adds an {@code ErrorInfo.metadata} entry. Keys are lowerCamelCase and documented per reason.
     *
     * @param key the key, for example {@code "violationCount"}
     * @param value the value
     * @return this builder
     */
    public Builder putMetadata(String key, String value) {
      metadata.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
      return this;
    }

    /**
     * Adds a detail after the {@code ErrorInfo}, for example a {@code BadRequest} or {@code
     * RetryInfo}.
     *
     * @param detail the detail message; must not be an {@code ErrorInfo}
     * @return this builder
     */
    public Builder addDetail(Message detail) {
      if (detail instanceof ErrorInfo) {
        throw new IllegalArgumentException("the error already has its one ErrorInfo");
      }
      details.add(detail);
      return this;
    }

    /**
     * Returns the {@code google.rpc.Status}: code, message, the {@code ErrorInfo} first, then the
     * other details in the order added.
     *
     * @return the rich status
     */
    public com.google.rpc.Status build() {
      ErrorInfo info =
          ErrorInfo.newBuilder()
              .setReason(reason)
              .setDomain(domain)
              .putAllMetadata(metadata)
              .build();
      com.google.rpc.Status.Builder status =
          com.google.rpc.Status.newBuilder()
              .setCode(code.value())
              .setMessage(message == null ? reason : message)
              .addDetails(Any.pack(info));
      details.forEach(d -> status.addDetails(Any.pack(d)));
      return status.build();
    }

    /**
     * Returns the error as an exception to throw from a handler or pass to {@code
     * StreamObserver.onError}.
     *
     * @return the exception carrying the rich status in its trailers
     */
    public StatusRuntimeException asException() {
      return StatusProto.toStatusRuntimeException(build());
    }
  }
}
