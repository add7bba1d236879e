package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.rules;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.validate.FieldRules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.StringRules;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation-cost budget, structurally: every request of the contracts has a finite worst case
 * (every list full, every string at its limit) that fits gRPC's default 4 MiB message limit, every
 * CEL comprehension is guarded, and protovalidate validates each worst case. What it costs is
 * measured by {@code ValidationCostBenchmark} in benchmarks/ (docs/BENCHMARKS.md); no time is
 * asserted here.
 */
class ValidationCostBudgetTest {

  /** gRPC's default maximum inbound message size. */
  static final int GRPC_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  static Stream<Arguments> requests() {
    return WorstCaseRequests.requestPrototypes().entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @Test
  void everyRpcRequestIsCovered() {
    Map<String, Message> requests = WorstCaseRequests.requestPrototypes();

    assertThat(requests.keySet())
        .containsExactlyInAnyOrderElementsOf(
            ContractSet.load()
                .methods()
                .map(m -> m.getInputType().getFullName())
                .distinct()
                .toList())
        .contains("wallet.v1.ReserveBalanceRequest");
  }

  @Test
  void sizesAreBoundedAndComprehensionsGuarded() {
    ContractSet contracts = ContractSet.load();

    assertThat(new RequestSizeBoundsRule().check(contracts)).isEmpty();
    assertThat(new CelComprehensionGuardRule().check(contracts)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void theWorstCaseIsFiniteAndValidates(String name, Message prototype) throws Exception {
    Message worst = WorstCaseRequests.of(prototype);

    assertThat(worst.getSerializedSize())
        .as("worst case of %s in bytes", name)
        .isPositive()
        .isLessThanOrEqualTo(GRPC_MAX_MESSAGE_BYTES);
    ValidationResult result = VALIDATOR.validate(worst);
    assertThat(result.getViolations().size())
        .as("violations of the worst case of %s", name)
        .isLessThanOrEqualTo(worst.getSerializedSize());
  }

  @Test
  void theWorstCaseFillsListsMapsAndStringsToTheirLimits() throws Exception {
    Message worst =
        WorstCaseRequests.of(
            com.tam.protos.notification.v1.SendNotificationRequest.getDefaultInstance());
    Descriptor type = worst.getDescriptorForType();

    assertThat(worst.getRepeatedFieldCount(type.findFieldByName("parameters")))
        .isEqualTo(Elements.fieldRules(type.findFieldByName("parameters")).getMap().getMaxPairs());
  }

  private static Descriptor demo(DescriptorProto.Builder m) {
    return set(file("demo/v1/demo.proto").addMessageType(m))
        .files()
        .get(0)
        .findMessageTypeByName(m.getName());
  }

  @Test
  void anUnboundedListMapOrStringHasNoWorstCase() {
    Descriptor list = demo(message("ThingRequest", repeated(field("ids", 1, Type.TYPE_INT64))));
    Descriptor text = demo(message("ThingRequest", string("name", 1)));

    assertThatThrownBy(() -> WorstCaseRequests.of(DynamicMessage.getDefaultInstance(list)))
        .isInstanceOf(WorstCaseRequests.Unbounded.class)
        .hasMessage(
            "demo.v1.ThingRequest.ids has no repeated.max_items, so its worst case is unbounded");
    assertThatThrownBy(() -> WorstCaseRequests.of(DynamicMessage.getDefaultInstance(text)))
        .hasMessageContaining("demo.v1.ThingRequest.name has no string.max_len");
  }

  @Test
  void aBoundedSyntheticRequestIsFilledExactly() {
    Descriptor d =
        demo(
            message(
                "ThingRequest",
                rules(
                    repeated(string("tags", 1)),
                    FieldRules.newBuilder()
                        .setRepeated(
                            RepeatedRules.newBuilder()
                                .setMaxItems(3)
                                .setItems(
                                    FieldRules.newBuilder()
                                        .setString(StringRules.newBuilder().setMaxLen(5))))
                        .build())));

    Message worst = WorstCaseRequests.of(DynamicMessage.getDefaultInstance(d));

    assertThat(worst.getField(d.findFieldByName("tags")))
        .isEqualTo(java.util.List.of("aaaaa", "1aaaa", "2aaaa"));
  }
}
