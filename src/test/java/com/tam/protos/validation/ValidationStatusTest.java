package com.tam.protos.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import build.buf.protovalidate.ValidatorFactory;
import build.buf.validate.FieldPath;
import build.buf.validate.FieldPathElement;
import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.BadRequest.FieldViolation;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.notification.v1.SendNotificationRequest;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The D1 mapping, byte for byte what the Python and Go kits must also produce. */
class ValidationStatusTest {

  private static final String METHOD = "wallet.v1.WalletService/ReserveBalance";

  private static FieldPath path(FieldPathElement.Builder... elements) {
    FieldPath.Builder path = FieldPath.newBuilder();
    for (FieldPathElement.Builder e : elements) {
      path.addElements(e);
    }
    return path.build();
  }

  private static FieldPathElement.Builder field(String name) {
    return FieldPathElement.newBuilder().setFieldName(name);
  }

  private static String stringKeyPath(String key) {
    return ValidationStatus.fieldPath(path(field("labels").setStringKey(key)));
  }

  private static FieldViolation violation(String field, String reason, String description) {
    return FieldViolation.newBuilder()
        .setField(field)
        .setReason(reason)
        .setDescription(description)
        .build();
  }

  private static ErrorInfo info(Status status) {
    return RpcErrors.detail(status, ErrorInfo.class).orElseThrow();
  }

  private static BadRequest badRequest(Status status) {
    return RpcErrors.detail(status, BadRequest.class).orElseThrow();
  }

  @Test
  void fieldPathsRenderEverySubscript() {
    assertThat(ValidationStatus.fieldPath(FieldPath.getDefaultInstance())).isEmpty();
    assertThat(ValidationStatus.fieldPath(path(field("reservation"), field("amount"))))
        .isEqualTo("reservation.amount");
    assertThat(ValidationStatus.fieldPath(path(field("types").setIndex(3)))).isEqualTo("types[3]");
    assertThat(ValidationStatus.fieldPath(path(field("limits").setUintKey(-1L))))
        .isEqualTo("limits[18446744073709551615]");
    assertThat(ValidationStatus.fieldPath(path(field("deltas").setIntKey(-5L))))
        .isEqualTo("deltas[-5]");
    assertThat(ValidationStatus.fieldPath(path(field("flags").setBoolKey(false))))
        .isEqualTo("flags[false]");
    assertThat(
            ValidationStatus.fieldPath(
                path(field("types").setIndex(2), field("labels").setStringKey("k"))))
        .isEqualTo("types[2].labels[\"k\"]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "a\"b | labels[\"a\\\"b\"]",
        "a\\b | labels[\"a\\\\b\"]",
        "é€😀 | labels[\"é€😀\"]",
      })
  void stringKeysEscapeQuotesAndBackslashes(String key, String expected) {
    assertThat(stringKeyPath(key)).isEqualTo(expected);
  }

  @Test
  void stringKeysEscapeControlCharacters() {
    assertThat(stringKeyPath("a\nb\tc\rd")).isEqualTo("labels[\"a\\nb\\tc\\rd\"]");
    assertThat(stringKeyPath("\u0000\u001f\u007f ~"))
        .isEqualTo("labels[\"\\u0000\\u001F\\u007F ~\"]");
  }

  @Test
  void longStringKeysAreCutTo64CodePointsBeforeEscaping() {
    String key64 = "😀".repeat(64);
    assertThat(stringKeyPath(key64)).isEqualTo("labels[\"" + key64 + "\"]");
    assertThat(stringKeyPath(key64 + "x")).isEqualTo("labels[\"" + key64 + "…\"]");
    String hostile = "\n".repeat(200_000);
    assertThat(stringKeyPath(hostile)).isEqualTo("labels[\"" + "\\n".repeat(64) + "…\"]");
  }

  @Test
  void descriptionsAreCutTo256CodePoints() {
    build.buf.validate.Violation proto =
        build.buf.validate.Violation.newBuilder()
            .setField(path(field("amount")))
            .setRuleId("string.pattern")
            .setMessage("😀".repeat(300))
            .build();
    FieldViolation v = ValidationStatus.fieldViolation(proto);
    assertThat(v.getField()).isEqualTo("amount");
    assertThat(v.getReason()).isEqualTo("string.pattern");
    assertThat(v.getDescription()).isEqualTo("😀".repeat(256) + "…");
  }

  @Test
  void aValidResultHasNoStatus() throws Exception {
    var result =
        ValidatorFactory.newBuilder()
            .build()
            .validate(
                ReserveBalanceRequest.newBuilder()
                    .setUserId("user-123")
                    .setAmount("100.00")
                    .setSagaId("saga-456")
                    .setIdempotencyKey("idempotency-789")
                    .build());
    assertThat(ValidationStatus.toStatus(result, METHOD)).isEmpty();
  }

  @Test
  void oneViolationGivesTheExactD1Status() {
    Status status =
        ValidationStatus.toStatus(
            List.of(violation("amount", "string.pattern", "value does not match regex")),
            METHOD,
            false);
    assertThat(status.getCode()).isEqualTo(3);
    assertThat(status.getMessage()).isEqualTo("request failed validation: 1 violation");
    assertThat(status.getDetailsCount()).isEqualTo(2);
    assertThat(status.getDetails(0).is(ErrorInfo.class)).isTrue();
    assertThat(status.getDetails(1).is(BadRequest.class)).isTrue();
    ErrorInfo info = info(status);
    assertThat(info.getReason()).isEqualTo("VALIDATION_FAILED");
    assertThat(info.getDomain()).isEqualTo("wallet.tam.internal");
    assertThat(info.getMetadataMap()).containsExactly(java.util.Map.entry("violationCount", "1"));
    assertThat(badRequest(status).getFieldViolationsList())
        .containsExactly(violation("amount", "string.pattern", "value does not match regex"));
  }

  @Test
  void violationsAreSortedByFieldThenReasonThenDescriptionInCodePointOrder() {
    // U+FF5E (a BMP character above the surrogates) sorts before U+1F600 by code point, after it
    // by UTF-16 unit.
    List<FieldViolation> input =
        List.of(
            violation("b", "x", "2"),
            violation("😀", "x", "1"),
            violation("a", "z", "1"),
            violation("～", "x", "1"),
            violation("a", "y", "2"),
            violation("a", "y", "1"),
            violation("", "msg.rule", "1"));
    Status status = ValidationStatus.toStatus(input, METHOD, false);
    assertThat(badRequest(status).getFieldViolationsList())
        .containsExactly(
            violation("", "msg.rule", "1"),
            violation("a", "y", "1"),
            violation("a", "y", "2"),
            violation("a", "z", "1"),
            violation("b", "x", "2"),
            violation("～", "x", "1"),
            violation("😀", "x", "1"));
    assertThat(status.getMessage()).isEqualTo("request failed validation: 7 violations");
  }

  @Test
  void atMost20ViolationsAreListedAndTheCountIsTheTotal() {
    List<FieldViolation> input = new ArrayList<>();
    IntStream.range(0, 1000)
        .forEach(i -> input.add(violation("items[" + i + "]", "enum.defined_only", "bad")));
    Status status = ValidationStatus.toStatus(input, METHOD, false);
    assertThat(status.getMessage()).isEqualTo("request failed validation: 1000 violations");
    assertThat(info(status).getMetadataMap())
        .containsEntry("violationCount", "1000")
        .containsEntry("violationsTruncated", "true");
    List<FieldViolation> listed = badRequest(status).getFieldViolationsList();
    assertThat(listed).hasSize(20);
    // Sorted as text ('0' sorts before ']'): items[0], items[100], items[101], ...
    assertThat(listed)
        .extracting(FieldViolation::getField)
        .startsWith("items[0]", "items[100]", "items[101]");
  }

  @Test
  void exactly20ViolationsAreNotTruncated() {
    List<FieldViolation> input = new ArrayList<>();
    IntStream.range(0, 20).forEach(i -> input.add(violation("f" + (char) ('a' + i), "r", "d")));
    Status status = ValidationStatus.toStatus(input, METHOD, false);
    assertThat(info(status).getMetadataMap()).doesNotContainKey("violationsTruncated");
    assertThat(badRequest(status).getFieldViolationsCount()).isEqualTo(20);
  }

  @Test
  void aStatusNeverExceeds4KiB() {
    List<FieldViolation> input = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      build.buf.validate.Violation proto =
          build.buf.validate.Violation.newBuilder()
              .setField(path(field("labels").setStringKey(i + "😀".repeat(100))))
              .setRuleId("string.max_len")
              .setMessage("😀".repeat(1000))
              .build();
      input.add(ValidationStatus.fieldViolation(proto));
    }
    Status status = ValidationStatus.toStatus(input, METHOD, false);
    assertThat(status.getSerializedSize()).isLessThanOrEqualTo(4096);
    int listed = badRequest(status).getFieldViolationsCount();
    assertThat(listed).isBetween(1, 19);
    assertThat(info(status).getMetadataMap())
        .containsEntry("violationCount", "20")
        .containsEntry("violationsTruncated", "true");
    // Dropped from the end: what is listed is the start of the sorted list.
    assertThat(badRequest(status).getFieldViolations(0).getField()).startsWith("labels[\"0");
    // One more would not have fitted.
    BadRequest oneMore =
        badRequest(status).toBuilder()
            .addFieldViolations(badRequest(status).getFieldViolations(0))
            .build();
    assertThat(status.toBuilder().setDetails(1, Any.pack(oneMore)).build().getSerializedSize())
        .isGreaterThan(4096);
  }

  @Test
  void aPassThatStoppedEarlyIsMarkedTruncated() {
    Status status =
        ValidationStatus.toStatus(
            List.of(violation("channels[0]", "enum.not_in", "x")), METHOD, true);
    assertThat(info(status).getMetadataMap())
        .containsEntry("violationCount", "1")
        .containsEntry("violationsTruncated", "true");
  }

  @Test
  void anEmptyListIsNotAFailure() {
    assertThatThrownBy(() -> ValidationStatus.toStatus(List.of(), METHOD, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHostileMapKeyComesBackEscapedAndCut() throws Exception {
    SendNotificationRequest request =
        SendNotificationRequest.newBuilder()
            .putParameters("Bad\n" + "k".repeat(200_000), "v")
            .build();
    Status status =
        ValidationStatus.toStatus(
                ValidatorFactory.newBuilder().build().validate(request),
                "notification.v1.NotificationService/SendNotification")
            .orElseThrow();
    assertThat(badRequest(status).getFieldViolationsList())
        .extracting(FieldViolation::getField)
        .contains("parameters[\"Bad\\n" + "k".repeat(60) + "…\"]");
    assertThat(status.getSerializedSize()).isLessThanOrEqualTo(4096);
    assertThat(info(status).getDomain()).isEqualTo("notification.tam.internal");
  }
}
