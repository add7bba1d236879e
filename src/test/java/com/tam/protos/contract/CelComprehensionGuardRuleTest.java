package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.rules;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.FieldRules;
import build.buf.validate.MessageRules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.Rule;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class CelComprehensionGuardRuleTest {

  private final CelComprehensionGuardRule rule = new CelComprehensionGuardRule();

  private static Rule cel(String expression) {
    return Rule.newBuilder().setId("demo.rule").setMessage("m").setExpression(expression).build();
  }

  /** {@code repeated Item items = 1} with the given max_items (0 = none) and field CEL. */
  private static FieldDescriptorProto.Builder items(int maxItems, String... expressions) {
    FieldRules.Builder r = FieldRules.newBuilder();
    if (maxItems > 0) {
      r.setRepeated(RepeatedRules.newBuilder().setMaxItems(maxItems));
    }
    for (String e : expressions) {
      r.addCel(cel(e));
    }
    return rules(repeated(field("items", 1, Type.TYPE_MESSAGE, "demo.v1.Item")), r.build());
  }

  private List<Violation> check(DescriptorProto.Builder request) {
    FileDescriptorProto.Builder f =
        file("demo/v1/demo_service.proto")
            .addDependency("google/protobuf/field_mask.proto")
            .addMessageType(message("Item", string("key", 1), repeated(string("tags", 2))))
            .addMessageType(request);
    return rule.check(set(f));
  }

  private List<Violation> checkField(FieldDescriptorProto.Builder... fields) {
    return check(message("ThingRequest", fields));
  }

  private List<Violation> checkMessage(String expression, FieldDescriptorProto.Builder... fields) {
    DescriptorProto.Builder m = message("ThingRequest", fields);
    m.setOptions(
        MessageOptions.newBuilder()
            .setExtension(
                ValidateProto.message, MessageRules.newBuilder().addCel(cel(expression)).build()));
    return check(m);
  }

  @Test
  void passesOnGuardedSinglePassComprehensions() {
    assertThat(checkField(items(4, "size(this) > 4 || this.map(i, i.key).unique()"))).isEmpty();
    assertThat(checkField(items(4, "size(this) >= 5 || this.all(i, i.key != '')"))).isEmpty();
    assertThat(checkField(items(4, "this.size() > 4 || this.exists_one(i, i.key == 'x')")))
        .isEmpty();
    assertThat(checkField(items(0, "size(this) <= 10 && this.all(i, i.key != '')"))).isEmpty();
    assertThat(checkField(items(0, "size(this) < 11 && this.filter(i, i.key != '').size() > 0")))
        .isEmpty();
    assertThat(checkMessage("size(this.items) > 4 || this.items.map(i, i.key).unique()", items(4)))
        .isEmpty();
  }

  @Test
  void passesOnComprehensionsOverLiteralsAndExpressionsWithout() {
    assertThat(checkField(items(4, "[1, 2, 3].all(x, x > 0)", "size(this) != 3"))).isEmpty();
    assertThat(checkMessage("this.items.size() == 0 || this.items[0].key != ''", items(4)))
        .isEmpty();
  }

  @Test
  void passesOnAFieldMaskWhosePathsAreBoundedFirst() {
    FieldDescriptorProto.Builder mask =
        rules(
            field("update_mask", 2, Type.TYPE_MESSAGE, "google.protobuf.FieldMask"),
            FieldRules.newBuilder()
                .addCel(cel("size(this.paths) <= 4 && this.paths.all(p, p in ['a', 'b'])"))
                .build());

    assertThat(checkField(mask)).isEmpty();
  }

  @Test
  void failsOnAnUnguardedComprehensionAndSaysWhatToWrite() {
    assertThat(Protos.messages(checkField(items(4, "this.all(i, i.key != '')"))))
        .containsExactly(
            "demo/v1/demo_service.proto: [CelComprehensionGuardRule] field"
                + " demo.v1.ThingRequest.items has the CEL rule 'demo.rule'"
                + " ((buf.validate.field).cel) with a comprehension over 'this' that no size guard"
                + " precedes. Fix: write it as 'size(this) > 4 || this.all(i, i.key != '')' (4 ="
                + " the max_items/max_pairs of this; protovalidate runs CEL rules before"
                + " max_items, so max_items alone does not stop the comprehension)");
  }

  @Test
  void failsOnTheQuadraticUniquenessRuleEvenWhenGuarded() {
    String quadratic = "this.all(a, this.filter(b, b.key == a.key).size() == 1)";

    assertThat(checkField(items(4, quadratic)))
        .extracting(Violation::problem)
        .anySatisfy(p -> assertThat(p).contains("nested inside another"))
        .anySatisfy(p -> assertThat(p).contains("that no size guard precedes"));
    assertThat(checkField(items(4, "size(this) > 4 || " + quadratic)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.problem()).contains("nested inside another (quadratic");
              assertThat(v.fix()).contains("this.map(x, x.key).unique()");
            });
  }

  @Test
  void failsOnAComprehensionNestedInTheItemsOfAnother() {
    assertThat(checkField(items(4, "size(this) > 4 || this.all(i, i.tags.all(t, t != ''))")))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("nested inside another"));
  }

  @Test
  void failsWhenTheGuardDoesNotMatchMaxItems() {
    assertThat(checkField(items(4, "size(this) > 10 || this.all(i, i.key != '')")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.problem())
                  .contains("whose guard 'size(this) > 10' does not bound the comprehension");
              assertThat(v.fix()).startsWith("make the guard 'size(this) > 4 || ...' (4 = ");
            });
  }

  @Test
  void failsOnALowerGuardWithoutMaxItems() {
    assertThat(checkField(items(0, "size(this) > 4 || this.all(i, i.key != '')")))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.fix())
                    .startsWith(
                        "replace the guard 'size(this) > 4' by 'size(this) <= N && ...' with N <="
                            + " 1000"));
  }

  @Test
  void failsOnAnUpperGuardAboveTheLimit() {
    assertThat(checkField(items(0, "size(this) <= 1001 && this.all(i, i.key != '')"))).hasSize(1);
  }

  @Test
  void failsWhenTheGuardChecksAnotherFieldOrComesSecond() {
    FieldDescriptorProto.Builder others =
        rules(
            repeated(string("others", 2)),
            FieldRules.newBuilder().setRepeated(RepeatedRules.newBuilder().setMaxItems(4)).build());

    assertThat(
            checkMessage(
                "size(this.others) > 4 || this.items.all(i, i.key != '')", items(4), others))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("over 'this.items' that no size guard"));
    assertThat(checkField(items(4, "this.all(i, i.key != '') || size(this) > 4"))).hasSize(1);
    assertThat(checkField(items(4, "size(this) > 4 && this.all(i, i.key != '')"))).hasSize(1);
  }

  @Test
  void failsOnAComprehensionOverAComputedList() {
    assertThat(checkMessage("(this.items + this.items).all(i, i.key != '')", items(4)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("over a computed value"));
  }

  @Test
  void failsOnAnUnboundedFieldMaskComprehension() {
    FieldDescriptorProto.Builder mask =
        rules(
            field("update_mask", 2, Type.TYPE_MESSAGE, "google.protobuf.FieldMask"),
            FieldRules.newBuilder().addCel(cel("this.paths.all(p, p in ['a', 'b'])")).build());

    assertThat(checkField(mask))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.fix())
                    .startsWith("write it as 'size(this.paths) <= N && this.paths.all("));
  }

  @Test
  void checksItemRulesCelExpressionsAndMessageRules() {
    FieldDescriptorProto.Builder itemRule =
        rules(
            repeated(field("things", 3, Type.TYPE_MESSAGE, "demo.v1.Item")),
            FieldRules.newBuilder()
                .setRepeated(
                    RepeatedRules.newBuilder()
                        .setMaxItems(4)
                        .setItems(FieldRules.newBuilder().addCel(cel("this.tags.all(t, t != '')"))))
                .build());
    FieldDescriptorProto.Builder expressionString =
        rules(
            repeated(string("names", 4)),
            FieldRules.newBuilder()
                .setRepeated(RepeatedRules.newBuilder().setMaxItems(4))
                .addCelExpression("this.all(n, n != '')")
                .build());

    assertThat(
            checkMessage(
                "this.items.exists(i, i.key == 'x')", items(4), itemRule, expressionString))
        .extracting(Violation::element, Violation::problem)
        .extracting(t -> t.toList().get(0) + " | " + t.toList().get(1))
        .containsExactlyInAnyOrder(
            "message demo.v1.ThingRequest | has the CEL rule 'demo.rule'"
                + " ((buf.validate.message).cel) with a comprehension over 'this.items' that no"
                + " size guard precedes",
            "field demo.v1.ThingRequest.things | has the CEL rule 'demo.rule'"
                + " ((buf.validate.field).repeated.items.cel) with a comprehension over"
                + " 'this.tags' that no size guard precedes",
            "field demo.v1.ThingRequest.names | has the CEL rule"
                + " ((buf.validate.field).cel_expression) with a comprehension over 'this' that"
                + " no size guard precedes");
  }

  @Test
  void failsOnAnExpressionCelCannotParse() {
    assertThat(checkField(items(4, "this.all(i,")))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).endsWith("that CEL cannot parse"));
  }
}
