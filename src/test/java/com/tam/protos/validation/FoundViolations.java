package com.tam.protos.validation;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.exceptions.ValidationException;
import build.buf.validate.FieldPathElement;
import com.google.protobuf.Message;
import java.util.List;

/** Test helper: protovalidate violations reduced to what a client sees. */
public final class FoundViolations {

  /**
   * One violation as a client sees it.
   *
   * @param fieldPath the field path, for example {@code amount} or {@code notification_ids[1]};
   *     empty for a message-level rule
   * @param ruleId the rule id, for example {@code string.pattern} or {@code
   *     list_transactions.time_range}
   */
  public record Found(String fieldPath, String ruleId) {}

  private FoundViolations() {}

  /**
   * Validates a message and returns its violations.
   *
   * @param validator the protovalidate validator
   * @param message the message to validate
   * @return the violations, empty when the message is valid
   * @throws ValidationException if a rule cannot be evaluated
   */
  public static List<Found> of(Validator validator, Message message) throws ValidationException {
    return validator.validate(message).getViolations().stream()
        .map(v -> v.toProto())
        .map(v -> new Found(path(v.getField().getElementsList()), v.getRuleId()))
        .toList();
  }

  /** Renders a field path the way protovalidate documents it: {@code a.b[0].c["key"]}. */
  static String path(List<FieldPathElement> elements) {
    StringBuilder path = new StringBuilder();
    for (FieldPathElement e : elements) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(e.getFieldName());
      switch (e.getSubscriptCase()) {
        case INDEX -> path.append('[').append(e.getIndex()).append(']');
        case STRING_KEY -> path.append("[\"").append(e.getStringKey()).append("\"]");
        case INT_KEY -> path.append('[').append(e.getIntKey()).append(']');
        case UINT_KEY -> path.append('[').append(e.getUintKey()).append(']');
        case BOOL_KEY -> path.append('[').append(e.getBoolKey()).append(']');
        case SUBSCRIPT_NOT_SET -> {}
      }
    }
    return path.toString();
  }
}
