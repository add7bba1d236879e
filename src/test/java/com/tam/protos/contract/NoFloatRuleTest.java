package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import org.junit.jupiter.api.Test;

class NoFloatRuleTest {

  private final NoFloatRule rule = new NoFloatRule();

  @Test
  void passesOnIntegersAndStrings() {
    FileDescriptorProto.Builder f =
        file("demo/v1/demo.proto")
            .addMessageType(
                message("Figures", field("count", 1, Type.TYPE_INT64), Protos.string("amount", 2)));

    assertThat(rule.check(set(f))).isEmpty();
  }

  @Test
  void failsOnDoubleFloatRepeatedAndNestedFields() {
    DescriptorProto.Builder nested = message("Inner", field("ratio", 1, Type.TYPE_FLOAT));
    FileDescriptorProto.Builder f =
        file("demo/v1/demo.proto")
            .addMessageType(
                message(
                        "Figures",
                        field("score", 1, Type.TYPE_DOUBLE),
                        repeated(field("weights", 2, Type.TYPE_FLOAT)))
                    .addNestedType(nested));

    assertThat(rule.check(set(f)))
        .extracting(Violation::element)
        .containsExactlyInAnyOrder(
            "field demo.v1.Figures.score",
            "field demo.v1.Figures.weights",
            "field demo.v1.Figures.Inner.ratio");
  }

  @Test
  void failsOnAMapWithDoubleValues() {
    DescriptorProto.Builder entry =
        message(
                "RatesEntry",
                field("key", 1, Type.TYPE_STRING),
                field("value", 2, Type.TYPE_DOUBLE))
            .setOptions(MessageOptions.newBuilder().setMapEntry(true));
    FileDescriptorProto.Builder f =
        file("demo/v1/demo.proto")
            .addMessageType(
                message(
                        "Figures",
                        repeated(
                            field("rates", 1, Type.TYPE_MESSAGE, "demo.v1.Figures.RatesEntry")))
                    .addNestedType(entry));

    assertThat(rule.check(set(f)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.element()).isEqualTo("field demo.v1.Figures.rates");
              assertThat(v.problem()).contains("a map with a float/double value");
            });
  }

  @Test
  void failsOnFloatingExtensionsAtFileAndMessageScope() {
    FileDescriptorProto.Builder f =
        file("demo/v1/demo.proto")
            .addDependency("google/protobuf/descriptor.proto")
            .addExtension(
                field("weight", 50001, Type.TYPE_DOUBLE)
                    .setExtendee(".google.protobuf.FieldOptions"))
            .addMessageType(
                message("Figures", field("count", 1, Type.TYPE_INT64))
                    .addExtension(
                        field("ratio", 50002, Type.TYPE_FLOAT)
                            .setExtendee(".google.protobuf.MessageOptions")));

    assertThat(rule.check(set(f)))
        .extracting(Violation::element)
        .containsExactlyInAnyOrder("extension demo.v1.weight", "extension demo.v1.Figures.ratio");
  }
}
