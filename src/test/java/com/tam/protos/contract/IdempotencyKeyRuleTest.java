package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.fieldOf;
import static com.tam.protos.contract.Protos.messageOf;
import static com.tam.protos.contract.Protos.messages;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.FieldRules;
import build.buf.validate.StringRules;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.tam.protos.validation.ContractPatterns;
import org.junit.jupiter.api.Test;

class IdempotencyKeyRuleTest {

  private final IdempotencyKeyRule rule = new IdempotencyKeyRule();

  @Test
  void passesWhenEveryWriteHasAValidatedKey() {
    assertThat(rule.check(set(demoService()))).isEmpty();
  }

  @Test
  void readsNeedNoKey() {
    FileDescriptorProto.Builder file = demoService();

    assertThat(messageOf(file, "GetThingRequest").getFieldList())
        .noneMatch(f -> f.getName().equals("idempotency_key"));
    assertThat(rule.check(set(file))).isEmpty();
  }

  @Test
  void failsWhenAWriteRequestHasNoKey() {
    FileDescriptorProto.Builder file = demoService();
    DescriptorProto.Builder request = messageOf(file, "ReserveThingRequest");
    request.removeField(1);

    assertThat(messages(rule.check(set(file))))
        .containsExactly(
            "demo/v1/demo_service.proto: [IdempotencyKeyRule] rpc demo.v1.DemoService.ReserveThing"
                + " is a write (IDEMPOTENT) but ReserveThingRequest has no top-level 'string"
                + " idempotency_key'. Fix: add 'string idempotency_key = N"
                + " [(buf.validate.field).string = {min_len: 1, max_len: 128, pattern:"
                + " \"^[A-Za-z0-9][A-Za-z0-9._:-]*$\"}]' to ReserveThingRequest");
  }

  @Test
  void failsWhenTheKeyHasNoPattern() {
    FileDescriptorProto.Builder file = demoService();
    setKeyRules(file, StringRules.newBuilder().setMinLen(1).setMaxLen(128).build());

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("pattern ContractPatterns.ID"));
  }

  @Test
  void failsWhenTheKeyIsTooLongOrMayBeEmpty() {
    FileDescriptorProto.Builder file = demoService();
    setKeyRules(
        file, StringRules.newBuilder().setMaxLen(256).setPattern(ContractPatterns.ID).build());

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.problem())
                    .contains("ReserveThingRequest.idempotency_key")
                    .contains("min_len >= 1")
                    .contains("max_len <= 128"));
  }

  @Test
  void failsWhenTheKeyIsNotAString() {
    FileDescriptorProto.Builder file = demoService();
    DescriptorProto.Builder request = messageOf(file, "ReserveThingRequest");
    request.setField(1, field("idempotency_key", 2, Type.TYPE_INT64));

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("is 'int64', not a singular 'string'"));
  }

  private static void setKeyRules(FileDescriptorProto.Builder file, StringRules rules) {
    fieldOf(messageOf(file, "ReserveThingRequest"), "idempotency_key")
        .getOptionsBuilder()
        .setExtension(ValidateProto.field, FieldRules.newBuilder().setString(rules).build());
  }
}
