package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoRpc;
import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.messages;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpcVerbRuleTest {

  private final RpcVerbRule rule = new RpcVerbRule();

  @Test
  void passesWhenVerbsAgreeWithTheClassification() {
    assertThat(rule.check(set(demoService()))).isEmpty();
  }

  @Test
  void failsWhenAReadVerbIsAWrite() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "GetThing").getOptionsBuilder().setIdempotencyLevel(IdempotencyLevel.IDEMPOTENT);

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.element()).isEqualTo("rpc demo.v1.DemoService.GetThing");
              assertThat(v.problem())
                  .isEqualTo(
                      "starts with the read verb 'Get' but is classified as a write (IDEMPOTENT)");
            });
  }

  @Test
  void failsWhenAWriteVerbIsARead() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "CancelThing")
        .getOptionsBuilder()
        .setIdempotencyLevel(IdempotencyLevel.NO_SIDE_EFFECTS);

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("write verb 'Cancel'"));
  }

  @Test
  void failsOnAVerbInNeitherVocabulary() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "ReserveThing").setName("FrobnicateThing");

    assertThat(messages(rule.check(set(file))))
        .singleElement()
        .asString()
        .contains("rpc demo.v1.DemoService.FrobnicateThing starts with the verb 'Frobnicate'")
        .contains("add 'Frobnicate' to RpcVerbs");
  }

  @ParameterizedTest
  @CsvSource({
    "ReserveBalance, Reserve",
    "GetBalance, Get",
    "ListTransactions, List",
    "Login, Login",
    "CheckRateLimit, Check",
    "Get2faStatus, Get2fa"
  })
  void verbIsTheLeadingUpperCamelWord(String method, String verb) {
    assertThat(RpcVerbs.verbOf(method)).contains(verb);
  }

  @Test
  void vocabulariesAreDisjointAndNonEmpty() {
    // The verbs themselves are listed once, in RpcVerbs; ContractRulesDocTest keeps the
    // tables of docs/CONTRACT-RULES.md and docs/CONVENTIONS.md equal to it.
    assertThat(RpcVerbs.READS).isNotEmpty();
    assertThat(RpcVerbs.WRITES).isNotEmpty();
    assertThat(RpcVerbs.READS).doesNotContainAnyElementsOf(RpcVerbs.WRITES);
  }
}
