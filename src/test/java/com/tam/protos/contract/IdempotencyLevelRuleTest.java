package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoRpc;
import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.messages;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import org.junit.jupiter.api.Test;

class IdempotencyLevelRuleTest {

  private final IdempotencyLevelRule rule = new IdempotencyLevelRule();

  @Test
  void passesWhenEveryRpcIsClassified() {
    assertThat(rule.check(set(demoService()))).isEmpty();
  }

  @Test
  void failsWhenTheLevelIsUnset() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "GetThing").getOptionsBuilder().clearIdempotencyLevel();

    assertThat(messages(rule.check(set(file))))
        .containsExactly(
            "demo/v1/demo_service.proto: [IdempotencyLevelRule] rpc demo.v1.DemoService.GetThing"
                + " declares no read/write classification (idempotency_level is unset). Fix: add"
                + " 'option idempotency_level = NO_SIDE_EFFECTS;' for a read or 'option"
                + " idempotency_level = IDEMPOTENT;' for a write (a write also needs 'string"
                + " idempotency_key')");
  }

  @Test
  void failsWhenTheLevelIsExplicitlyUnknown() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "ReserveThing")
        .getOptionsBuilder()
        .setIdempotencyLevel(IdempotencyLevel.IDEMPOTENCY_UNKNOWN);

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.element()).isEqualTo("rpc demo.v1.DemoService.ReserveThing");
              assertThat(v.problem()).contains("IDEMPOTENCY_UNKNOWN");
            });
  }
}
