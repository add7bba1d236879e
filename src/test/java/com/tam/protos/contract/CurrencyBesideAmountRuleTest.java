package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.id;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.rpc;
import static com.tam.protos.contract.Protos.service;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.tam.protos.validation.ContractPatterns;
import org.junit.jupiter.api.Test;

class CurrencyBesideAmountRuleTest {

  private final CurrencyBesideAmountRule rule = new CurrencyBesideAmountRule();

  private static FileDescriptorProto.Builder demo(boolean withCurrency, boolean nested) {
    FileDescriptorProto.Builder f = file("demo/v1/demo_service.proto");
    var instruction = message("PayInstruction", string("amount", 1, ContractPatterns.MONEY));
    if (withCurrency) {
      instruction.addField(string("currency", 2, ContractPatterns.CURRENCY));
    }
    var request = message("PayRequest", id("idempotency_key", 1));
    if (nested) {
      request.addField(field("instruction", 2, Type.TYPE_MESSAGE, "demo.v1.PayInstruction"));
    }
    f.addMessageType(instruction)
        .addMessageType(request)
        .addMessageType(message("PayResponse", string("amount", 1, ContractPatterns.MONEY)))
        .addService(
            service(
                "DemoService",
                rpc("demo.v1", "Pay", "PayRequest", "PayResponse", IdempotencyLevel.IDEMPOTENT)));
    return f;
  }

  @Test
  void passesWhenTheMovingAmountHasItsCurrency() {
    assertThat(rule.check(set(demo(true, true)))).isEmpty();
  }

  @Test
  void ignoresMessagesNoWriteRequestReaches() {
    assertThat(rule.check(set(demo(false, false)))).isEmpty();
  }

  @Test
  void failsOnAnAmountWithoutCurrencyInsideAWriteRequest() {
    assertThat(Protos.messages(rule.check(set(demo(false, true)))))
        .singleElement()
        .asString()
        .contains(
            "message demo.v1.PayInstruction moves money ([amount]) but has no 'string currency'");
  }
}
