package com.tam.protos.validation;

import build.buf.protovalidate.Config;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import com.google.rpc.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates one request without ever building an unbounded violation list: a request of at most
 * {@link ValidationInterceptor#FULL_PASS_MAX_BYTES} serialized bytes gets the full pass (every
 * violation, reported as D1 says), a larger one a fail-fast pass that stops at the first violation
 * (the status is then marked {@code violationsTruncated}). A valid request costs one pass either
 * way. Shared by both interceptors.
 */
final class BoundedValidation {

  private final Validator failFast;
  private final Validator full;

  BoundedValidation(Validator failFast, Validator full) {
    this.failFast = Objects.requireNonNull(failFast, "failFast");
    this.full = Objects.requireNonNull(full, "full");
  }

  /** The default pair: protovalidate with {@code failFast} on and off, rules compiled lazily. */
  static BoundedValidation defaults() {
    return new BoundedValidation(
        ValidatorFactory.newBuilder()
            .withConfig(Config.newBuilder().setFailFast(true).build())
            .build(),
        ValidatorFactory.newBuilder().build());
  }

  /**
   * Returns the {@code INVALID_ARGUMENT} status for a bad request, or empty for a valid one.
   *
   * @throws ValidationException if a rule cannot be evaluated
   */
  Optional<Status> check(Message request, String fullMethodName) throws ValidationException {
    if (request.getSerializedSize() <= ValidationInterceptor.FULL_PASS_MAX_BYTES) {
      return ValidationStatus.toStatus(full.validate(request), fullMethodName);
    }
    return ValidationStatus.toStatus(failFast.validate(request), fullMethodName, true);
  }
}
