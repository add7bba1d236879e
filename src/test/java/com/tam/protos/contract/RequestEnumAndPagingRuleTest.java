package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.enumType;
import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.rules;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.EnumRules;
import build.buf.validate.FieldRules;
import build.buf.validate.Int32Rules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.StringRules;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestEnumAndPagingRuleTest {

  private final RequestEnumAndPagingRule rule = new RequestEnumAndPagingRule();

  private List<Violation> check(String message, FieldDescriptorProto.Builder... fields) {
    return rule.check(
        set(
            file("demo/v1/demo_service.proto")
                .addEnumType(enumType("Color", "COLOR_UNSPECIFIED", "COLOR_RED", "COLOR_BLUE"))
                .addMessageType(message(message, fields))));
  }

  private static FieldDescriptorProto.Builder color(String name, EnumRules rules) {
    return rules(
        field(name, 1, Type.TYPE_ENUM, "demo.v1.Color"),
        FieldRules.newBuilder().setEnum(rules).build());
  }

  private static FieldDescriptorProto.Builder pageSize(Type type, Int32Rules rules) {
    return rules(field("page_size", 2, type), FieldRules.newBuilder().setInt32(rules).build());
  }

  private static FieldDescriptorProto.Builder pageToken(StringRules rules) {
    return rules(string("page_token", 3), FieldRules.newBuilder().setString(rules).build());
  }

  @Test
  void passesOnValidatedEnumsAndPaging() {
    FieldDescriptorProto.Builder colors =
        rules(
            repeated(field("colors", 4, Type.TYPE_ENUM, "demo.v1.Color")),
            FieldRules.newBuilder()
                .setRepeated(
                    RepeatedRules.newBuilder()
                        .setItems(
                            FieldRules.newBuilder()
                                .setEnum(EnumRules.newBuilder().setDefinedOnly(true).addIn(1))))
                .build());

    assertThat(
            check(
                "ListThingsRequest",
                color("color", EnumRules.newBuilder().setDefinedOnly(true).addNotIn(0).build()),
                pageSize(Type.TYPE_INT32, Int32Rules.newBuilder().setGte(0).setLte(500).build()),
                pageToken(StringRules.newBuilder().setMaxLen(1024).build()),
                colors))
        .isEmpty();
  }

  @Test
  void responseEnumsNeedNoRules() {
    assertThat(check("ThingResponse", field("color", 1, Type.TYPE_ENUM, "demo.v1.Color")))
        .isEmpty();
  }

  @Test
  void failsOnARequestEnumWithoutRules() {
    assertThat(
            Protos.messages(
                check("GetThingRequest", field("color", 1, Type.TYPE_ENUM, "demo.v1.Color"))))
        .containsExactly(
            "demo/v1/demo_service.proto: [RequestEnumAndPagingRule] field"
                + " demo.v1.GetThingRequest.color is a request enum field without"
                + " enum.defined_only = true and without a rule rejecting 0 (the UNSPECIFIED"
                + " value). Fix: add [(buf.validate.field).enum.defined_only = true,"
                + " (buf.validate.field).enum.not_in = 0]");
  }

  @Test
  void failsWhenZeroIsAccepted() {
    assertThat(
            check(
                "GetThingRequest",
                color(
                    "color",
                    EnumRules.newBuilder().setDefinedOnly(true).addIn(0).addIn(1).build())))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.problem())
                    .endsWith("without a rule rejecting 0 (the UNSPECIFIED value)"));
  }

  @Test
  void failsWhenDefinedOnlyIsMissing() {
    assertThat(check("GetThingRequest", color("color", EnumRules.newBuilder().addNotIn(0).build())))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.problem())
                    .isEqualTo("is a request enum field without enum.defined_only = true"));
  }

  @Test
  void failsOnARepeatedRequestEnumWithoutItemRules() {
    assertThat(
            check(
                "ListThingsRequest", repeated(field("colors", 1, Type.TYPE_ENUM, "demo.v1.Color"))))
        .singleElement()
        .satisfies(v -> assertThat(v.fix()).contains("repeated.items.enum.not_in = 0"));
  }

  @Test
  void failsOnUnboundedOrMistypedPageSize() {
    assertThat(
            check(
                "ListThingsRequest",
                pageSize(Type.TYPE_INT32, Int32Rules.newBuilder().setGte(0).build())))
        .singleElement()
        .satisfies(
            v -> assertThat(v.element()).isEqualTo("field demo.v1.ListThingsRequest.page_size"));
    assertThat(check("ListThingsRequest", field("page_size", 2, Type.TYPE_INT64))).hasSize(1);
    assertThat(
            check(
                "ListThingsRequest",
                pageSize(Type.TYPE_INT32, Int32Rules.newBuilder().setGte(1).setLte(10).build())))
        .hasSize(1);
  }

  @Test
  void failsOnAPageTokenWithoutMaxLen() {
    assertThat(check("ListThingsRequest", string("page_token", 3)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).isEqualTo("is 'string' without string.max_len"));
  }
}
