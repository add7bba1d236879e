package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.DEMO;
import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.rpc;
import static com.tam.protos.contract.Protos.rules;
import static com.tam.protos.contract.Protos.service;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.BytesRules;
import build.buf.validate.FieldRules;
import build.buf.validate.MapRules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.Rule;
import build.buf.validate.StringRules;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSizeBoundsRuleTest {

  private final RequestSizeBoundsRule rule = new RequestSizeBoundsRule();

  private static FieldRules maxLen(int n) {
    return FieldRules.newBuilder().setString(StringRules.newBuilder().setMaxLen(n)).build();
  }

  private static FieldDescriptorProto.Builder boundedString(String name, int number) {
    return rules(string(name, number), maxLen(64));
  }

  /** A map<string, V> field with its entry message added to {@code owner}. */
  private static FieldDescriptorProto.Builder map(
      DescriptorProto.Builder owner,
      String name,
      int number,
      Type valueType,
      String valueTypeName) {
    String entry = Elements.upperCamel(name) + "Entry";
    FieldDescriptorProto.Builder value =
        valueTypeName == null
            ? field("value", 2, valueType)
            : field("value", 2, valueType, valueTypeName);
    owner.addNestedType(
        message(entry, field("key", 1, Type.TYPE_STRING), value)
            .setOptions(MessageOptions.newBuilder().setMapEntry(true)));
    return repeated(field(name, number, Type.TYPE_MESSAGE, DEMO + ".ThingRequest." + entry));
  }

  /** Checks a file whose RPC DoThing takes {@code ThingRequest} and returns {@code Thing}. */
  private List<Violation> check(DescriptorProto.Builder request, DescriptorProto.Builder... more) {
    FileDescriptorProto.Builder f =
        file("demo/v1/demo_service.proto")
            .addDependency("google/protobuf/field_mask.proto")
            .addDependency("google/protobuf/timestamp.proto")
            .addDependency("google/protobuf/descriptor.proto")
            .addMessageType(request)
            .addMessageType(message("Thing", string("note", 1), repeated(string("tags", 2))))
            .addService(
                service(
                    "DemoService",
                    rpc(
                        DEMO,
                        "GetThing",
                        "ThingRequest",
                        "Thing",
                        IdempotencyLevel.NO_SIDE_EFFECTS)));
    for (DescriptorProto.Builder m : more) {
      f.addMessageType(m);
    }
    return rule.check(set(f));
  }

  @Test
  void passesOnABoundedRequestAndIgnoresResponses() {
    DescriptorProto.Builder request = message("ThingRequest");
    request
        .addField(boundedString("name", 1))
        .addField(
            rules(
                repeated(string("tags", 2)),
                FieldRules.newBuilder()
                    .setRepeated(RepeatedRules.newBuilder().setMaxItems(10).setItems(maxLen(32)))
                    .build()))
        .addField(
            rules(
                map(request, "labels", 3, Type.TYPE_STRING, null),
                FieldRules.newBuilder()
                    .setMap(
                        MapRules.newBuilder()
                            .setMaxPairs(20)
                            .setKeys(maxLen(64))
                            .setValues(maxLen(256)))
                    .build()))
        .addField(
            rules(
                field("code", 4, Type.TYPE_STRING),
                FieldRules.newBuilder()
                    .setString(StringRules.newBuilder().addIn("A").addIn("B"))
                    .build()))
        .addField(
            rules(
                field("digest", 5, Type.TYPE_BYTES),
                FieldRules.newBuilder().setBytes(BytesRules.newBuilder().setLen(32)).build()))
        .addField(field("when", 6, Type.TYPE_MESSAGE, "google.protobuf.Timestamp"))
        .addField(field("count", 7, Type.TYPE_INT64))
        .addField(
            rules(
                field("update_mask", 8, Type.TYPE_MESSAGE, "google.protobuf.FieldMask"),
                FieldRules.newBuilder()
                    .addCel(
                        Rule.newBuilder()
                            .setId("thing.update_mask")
                            .setExpression("size(this.paths) <= 3 && this.paths.all(p, p != '')"))
                    .build()));

    assertThat(check(request)).isEmpty();
  }

  @Test
  void failsOnAnUnboundedStringAndSaysWhatToAdd() {
    assertThat(Protos.messages(check(message("ThingRequest", string("name", 1)))))
        .containsExactly(
            "demo/v1/demo_service.proto: [RequestSizeBoundsRule] field demo.v1.ThingRequest.name"
                + " is 'string' without a size limit, in the request of rpc"
                + " demo.v1.DemoService.GetThing. Fix: add (buf.validate.field).string.max_len ="
                + " <N> (choose N as the largest value a real client sends)");
  }

  @Test
  void suggestsTheLengthOfFormattedValuesAndIds() {
    assertThat(
            check(
                message(
                    "ThingRequest",
                    string("amount", 1, ContractPatterns.MONEY),
                    string("owner_id", 2, ContractPatterns.ID))))
        .extracting(Violation::fix)
        .containsExactly(
            "add (buf.validate.field).string.max_len = 32 (a ContractPatterns money, odds or"
                + " currency value)",
            "add (buf.validate.field).string.max_len = 128 (an id)");
  }

  @Test
  void failsOnRepeatedFieldsWithoutMaxItemsOrItemLength() {
    assertThat(check(message("ThingRequest", repeated(field("ids", 1, Type.TYPE_INT64)))))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.fix())
                    .startsWith("add (buf.validate.field).repeated.max_items = <N>"));
    assertThat(check(message("ThingRequest", repeated(string("tags", 1)))))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.fix())
                    .startsWith(
                        "add (buf.validate.field).repeated.max_items = <N>,"
                            + " (buf.validate.field).repeated.items.string.max_len = <N>"));
  }

  @Test
  void failsOnMapsWithoutMaxPairsOrKeyAndValueLengths() {
    DescriptorProto.Builder request = message("ThingRequest");
    request.addField(map(request, "labels", 1, Type.TYPE_STRING, null));

    assertThat(check(request))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.problem()).startsWith("is 'map' without a size limit");
              assertThat(v.fix())
                  .startsWith(
                      "add (buf.validate.field).map.max_pairs = <N>,"
                          + " (buf.validate.field).map.keys.string.max_len = <N>,"
                          + " (buf.validate.field).map.values.string.max_len = <N>");
            });
  }

  @Test
  void failsOnUnboundedBytes() {
    assertThat(check(message("ThingRequest", field("blob", 1, Type.TYPE_BYTES))))
        .singleElement()
        .satisfies(v -> assertThat(v.fix()).contains("bytes.max_len = <N>"));
  }

  @Test
  void followsMessageFieldsListsAndMapValuesIntoOtherMessages() {
    DescriptorProto.Builder request = message("ThingRequest");
    request
        .addField(field("part", 1, Type.TYPE_MESSAGE, DEMO + ".Part"))
        .addField(
            rules(
                map(request, "byName", 2, Type.TYPE_MESSAGE, DEMO + ".Piece"),
                FieldRules.newBuilder()
                    .setMap(MapRules.newBuilder().setMaxPairs(5).setKeys(maxLen(8)))
                    .build()));
    DescriptorProto.Builder part =
        message(
            "Part",
            rules(
                repeated(field("pieces", 1, Type.TYPE_MESSAGE, DEMO + ".Piece")),
                FieldRules.newBuilder()
                    .setRepeated(RepeatedRules.newBuilder().setMaxItems(3))
                    .build()));

    assertThat(check(request, part, message("Piece", string("label", 1))))
        .extracting(Violation::element)
        .containsExactly("field demo.v1.Piece.label");
  }

  @Test
  void failsOnARecursiveRequestMessage() {
    DescriptorProto.Builder request =
        message("ThingRequest", field("node", 1, Type.TYPE_MESSAGE, DEMO + ".Node"));
    DescriptorProto.Builder node =
        message("Node", field("child", 1, Type.TYPE_MESSAGE, DEMO + ".Node"));

    assertThat(check(request, node))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.element()).isEqualTo("message demo.v1.Node");
              assertThat(v.problem())
                  .isEqualTo(
                      "is recursive (Node -> Node) and reachable from the request of rpc"
                          + " demo.v1.DemoService.GetThing, so its depth is unbounded");
            });
  }

  @Test
  void failsOnForeignMessagesOfUnboundedSize() {
    assertThat(
            check(
                message(
                    "ThingRequest",
                    field("options", 1, Type.TYPE_MESSAGE, "google.protobuf.FileOptions"))))
        .singleElement()
        .satisfies(
            v -> assertThat(v.problem()).startsWith("holds google.protobuf.FileOptions, whose"));
  }

  @Test
  void failsOnAFieldMaskWithoutABoundOnItsPaths() {
    FieldDescriptorProto.Builder unguarded =
        rules(
            field("update_mask", 1, Type.TYPE_MESSAGE, "google.protobuf.FieldMask"),
            FieldRules.newBuilder()
                .addCel(
                    Rule.newBuilder()
                        .setId("thing.update_mask")
                        .setExpression("size(this.paths) > 3 || this.paths.all(p, p != '')"))
                .build());

    assertThat(check(message("ThingRequest", unguarded)))
        .singleElement()
        .satisfies(v -> assertThat(v.fix()).contains("expression: \"size(this.paths) <= <N> && "));
    assertThat(
            check(
                message(
                    "ThingRequest",
                    field("update_mask", 1, Type.TYPE_MESSAGE, "google.protobuf.FieldMask"))))
        .hasSize(1);
  }
}
