package com.tam.protos.validation;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Violation;
import build.buf.validate.FieldPath;
import build.buf.validate.FieldPathElement;
import com.google.rpc.BadRequest;
import com.google.rpc.BadRequest.FieldViolation;
import com.google.rpc.Status;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one mapping from protovalidate violations to the {@code INVALID_ARGUMENT} status every TAM
 * service answers (decision D1; the Python and Go kits produce the same bytes).
 *
 * <p>The status is {@code code} 3, {@code message} {@code "request failed validation: N
 * violation(s)"}, then two details:
 *
 * <ol>
 *   <li>{@code google.rpc.ErrorInfo}: reason {@code VALIDATION_FAILED}, domain {@link
 *       RpcErrors#domainOf(String) of the called method}, metadata {@value #VIOLATION_COUNT_KEY} =
 *       N and, when fewer than N field violations are listed or the validator stopped early,
 *       {@value #VIOLATIONS_TRUNCATED_KEY} = {@code "true"};
 *   <li>{@code google.rpc.BadRequest}: at most {@value #MAX_FIELD_VIOLATIONS} field violations,
 *       sorted by {@code field}, then {@code reason}, then {@code description}, each compared by
 *       Unicode code point. {@code field} is {@link #fieldPath(FieldPath)}, {@code reason} the rule
 *       id and {@code description} protovalidate's message cut to {@value
 *       #MAX_DESCRIPTION_CODE_POINTS} code points (plus {@code …}).
 * </ol>
 *
 * <p>The serialized status never exceeds {@value #MAX_STATUS_BYTES} bytes: field violations are
 * dropped from the end until it fits. Field values are never part of it.
 */
public final class ValidationStatus {

  /** {@code ErrorInfo.metadata} key: the number of violations found. */
  public static final String VIOLATION_COUNT_KEY = "violationCount";

  /** {@code ErrorInfo.metadata} key, value {@code "true"}: not every violation is listed. */
  public static final String VIOLATIONS_TRUNCATED_KEY = "violationsTruncated";

  /** The most field violations a {@code BadRequest} lists. */
  public static final int MAX_FIELD_VIOLATIONS = 20;

  /** Map keys in field paths longer than this many code points are cut. */
  public static final int MAX_KEY_CODE_POINTS = 64;

  /** Descriptions longer than this many code points are cut. */
  public static final int MAX_DESCRIPTION_CODE_POINTS = 256;

  /** The most bytes the serialized {@code google.rpc.Status} takes. */
  public static final int MAX_STATUS_BYTES = 4096;

  /** Appended to whatever is cut. */
  public static final String ELLIPSIS = "\u2026";

  private static final Comparator<String> CODE_POINT_ORDER = ValidationStatus::compareCodePoints;

  private static final Comparator<FieldViolation> ORDER =
      Comparator.comparing((FieldViolation v) -> v.getField(), CODE_POINT_ORDER)
          .thenComparing(v -> v.getReason(), CODE_POINT_ORDER)
          .thenComparing(v -> v.getDescription(), CODE_POINT_ORDER);

  private ValidationStatus() {}

  /**
   * Returns the status for a complete validation result.
   *
   * @param result the result of a validator that collected every violation
   * @param fullMethodName the called method, for the error domain, for example {@code
   *     "wallet.v1.WalletService/ReserveBalance"}
   * @return the {@code INVALID_ARGUMENT} status, or empty when the result is a success
   */
  public static Optional<Status> toStatus(ValidationResult result, String fullMethodName) {
    return toStatus(result, fullMethodName, false);
  }

  /**
   * Returns the status for a validation result.
   *
   * @param result the validation result
   * @param fullMethodName the called method, for the error domain
   * @param stoppedEarly {@code true} when the validator may have stopped before finding every
   *     violation (a fail-fast pass): the status is then marked {@value #VIOLATIONS_TRUNCATED_KEY}
   * @return the {@code INVALID_ARGUMENT} status, or empty when the result is a success
   */
  public static Optional<Status> toStatus(
      ValidationResult result, String fullMethodName, boolean stoppedEarly) {
    if (result.isSuccess()) {
      return Optional.empty();
    }
    List<FieldViolation> all = new ArrayList<>(result.getViolations().size());
    for (Violation violation : result.getViolations()) {
      all.add(fieldViolation(violation.toProto()));
    }
    return Optional.of(toStatus(all, fullMethodName, stoppedEarly));
  }

  /**
   * Returns the status for field violations already rendered by {@link
   * #fieldViolation(build.buf.validate.Violation)}.
   *
   * @param violations every violation found (in any order); not empty
   * @param fullMethodName the called method, for the error domain
   * @param stoppedEarly whether the validator may have stopped before finding every violation
   * @return the {@code INVALID_ARGUMENT} status
   */
  public static Status toStatus(
      List<FieldViolation> violations, String fullMethodName, boolean stoppedEarly) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure has at least one violation");
    }
    int count = violations.size();
    String domain = RpcErrors.domainOf(fullMethodName);
    List<FieldViolation> sorted = violations.stream().sorted(ORDER).toList();
    int listed = Math.min(count, MAX_FIELD_VIOLATIONS);
    while (true) {
      boolean truncated = stoppedEarly || listed < count;
      Status status = build(sorted.subList(0, listed), count, truncated, domain);
      if (status.getSerializedSize() <= MAX_STATUS_BYTES || listed == 0) {
        return status;
      }
      listed--;
    }
  }

  private static Status build(
      List<FieldViolation> listed, int count, boolean truncated, String domain) {
    RpcErrors.Builder error =
        RpcErrors.error(
                io.grpc.Status.Code.INVALID_ARGUMENT,
                ErrorReason.ERROR_REASON_VALIDATION_FAILED,
                domain)
            .message(
                "request failed validation: " + count + (count == 1 ? " violation" : " violations"))
            .putMetadata(VIOLATION_COUNT_KEY, Integer.toString(count));
    if (truncated) {
      error.putMetadata(VIOLATIONS_TRUNCATED_KEY, "true");
    }
    return error.addDetail(BadRequest.newBuilder().addAllFieldViolations(listed).build()).build();
  }

  /**
   * Renders one protovalidate violation: {@code field} = {@link #fieldPath(FieldPath)}, {@code
   * reason} = the rule id, {@code description} = the message cut to {@value
   * #MAX_DESCRIPTION_CODE_POINTS} code points.
   *
   * @param violation the violation as protovalidate reports it
   * @return the {@code BadRequest} field violation
   */
  public static FieldViolation fieldViolation(build.buf.validate.Violation violation) {
    return FieldViolation.newBuilder()
        .setField(fieldPath(violation.getField()))
        .setReason(violation.getRuleId())
        .setDescription(cut(violation.getMessage(), MAX_DESCRIPTION_CODE_POINTS))
        .build();
  }

  /**
   * Renders a protovalidate field path the way AIP-193 field violations spell it: {@code
   * "reservation.amount"}, {@code "types[0]"}, {@code "limits[18446744073709551615]"} (unsigned
   * keys unsigned), {@code "flags[true]"}, {@code "labels[\"key\"]"}. A message-level rule has an
   * empty path.
   *
   * <p>String keys are quoted: {@code \} and {@code "} are escaped as {@code \\} and {@code \"},
   * control characters (below U+0020, and U+007F) as {@code \n}, {@code \t}, {@code \r} or {@code
   * \}{@code u00XX} (upper-case hex), and a key longer than {@value #MAX_KEY_CODE_POINTS} code
   * points is cut to that many, followed by {@code …}, before escaping.
   *
   * @param path the protovalidate field path
   * @return the rendered path
   */
  public static String fieldPath(FieldPath path) {
    StringBuilder out = new StringBuilder();
    for (FieldPathElement element : path.getElementsList()) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(element.getFieldName());
      switch (element.getSubscriptCase()) {
        case INDEX -> out.append('[').append(element.getIndex()).append(']');
        case BOOL_KEY -> out.append('[').append(element.getBoolKey()).append(']');
        case INT_KEY -> out.append('[').append(element.getIntKey()).append(']');
        case UINT_KEY ->
            out.append('[').append(Long.toUnsignedString(element.getUintKey())).append(']');
        case STRING_KEY -> {
          out.append("[\"");
          escape(cut(element.getStringKey(), MAX_KEY_CODE_POINTS), out);
          out.append("\"]");
        }
        case SUBSCRIPT_NOT_SET -> {}
      }
    }
    return out.toString();
  }

  private static void escape(String key, StringBuilder out) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** Cuts {@code text} to {@code max} code points plus {@link #ELLIPSIS} when it is longer. */
  static String cut(String text, int max) {
    if (text.length() <= max || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)) + ELLIPSIS;
  }

  /** Compares two strings by Unicode code point (UTF-16 order differs above U+FFFF). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
