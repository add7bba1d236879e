package com.tam.protos.testing;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Message;
import com.tam.protos.validation.ValidationStatus;
import java.util.List;

/** Test helper: protovalidate violations reduced to what a client sees. */
public final class FoundViolations {

  /**
   * One violation as a client sees it.
   *
   * @param fieldPath the field path as {@link ValidationStatus#fieldPath} renders it, for example
   *     {@code amount} or {@code notification_ids[1]}; empty for a message-level rule
   * @param ruleId the rule id, for example {@code string.pattern} or {@code
   *     list_transactions.time_range}
   */
  public record Found(String fieldPath, String ruleId) {}

  private FoundViolations() {}

  /**
   * Validates a message and returns its violations, in protovalidate's order.
   *
   * @param validator the protovalidate validator
   * @param message the message to validate
   * @return the violations, empty when the message is valid
   * @throws ValidationException if a rule cannot be evaluated
   */
  public static List<Found> of(Validator validator, Message message) throws ValidationException {
    return validator.validate(message).getViolations().stream()
        .map(v -> v.toProto())
        .map(v -> new Found(ValidationStatus.fieldPath(v.getField()), v.getRuleId()))
        .toList();
  }
}
