package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.tam.protos.wallet.v1.WalletEventsProto;
import com.tam.protos.wallet.v1.WalletServiceProto;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SeedFactsRuleTest {

  private final SeedFactsRule rule = new SeedFactsRule();

  /** A copy of the real wallet files (with source info), changed by {@code edit}. */
  private static ContractSet wallet(Consumer<FileDescriptorProto.Builder> edit) {
    FileDescriptorProto.Builder service = real("wallet/v1/wallet_service.proto").toBuilder();
    edit.accept(service);
    return ContractSet.of(List.of(service.build(), real("wallet/v1/wallet_events.proto")));
  }

  private static FileDescriptorProto real(String name) {
    return ContractSet.readDescriptorSet().getFileList().stream()
        .filter(f -> f.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static DescriptorProto.Builder message(FileDescriptorProto.Builder f, String name) {
    return Protos.messageOf(f, name);
  }

  private static FieldDescriptorProto.Builder field(DescriptorProto.Builder m, String name) {
    return Protos.fieldOf(m, name);
  }

  @Test
  void thePackagedWalletIsTheSeedsWallet() {
    FileDescriptor generated = WalletServiceProto.getDescriptor();

    assertThat(generated.getName()).isEqualTo("wallet/v1/wallet_service.proto");
    assertThat(WalletEventsProto.getDescriptor().getPackage()).isEqualTo("wallet.v1");
    assertThat(rule.check(wallet(f -> {}))).isEmpty();
  }

  @Test
  void failsWhenSeedFieldsAreRenumbered() {
    ContractSet contracts =
        wallet(
            f -> {
              DescriptorProto.Builder m = message(f, "ReserveBalanceRequest");
              field(m, "saga_id").setNumber(4);
              field(m, "idempotency_key").setNumber(3);
            });

    assertThat(Protos.messages(rule.check(contracts)))
        .containsExactlyInAnyOrder(
            "wallet/v1/wallet_service.proto: [SeedFactsRule] field"
                + " wallet.v1.ReserveBalanceRequest.saga_id is 'string saga_id = 4', but the seed"
                + " fixes 'string saga_id = 3'. Fix: restore 'string saga_id = 3' (a"
                + " wire-compatible contract never renumbers or retypes a field)",
            "wallet/v1/wallet_service.proto: [SeedFactsRule] field"
                + " wallet.v1.ReserveBalanceRequest.idempotency_key is 'string idempotency_key ="
                + " 3', but the seed fixes 'string idempotency_key = 4'. Fix: restore 'string"
                + " idempotency_key = 4' (a wire-compatible contract never renumbers or retypes a"
                + " field)");
  }

  @Test
  void failsWhenASeedFieldIsRetypedOrRemoved() {
    ContractSet contracts =
        wallet(
            f -> {
              field(message(f, "GetBalanceResponse"), "balance").setType(Type.TYPE_INT64);
              message(f, "ReserveBalanceRequest").removeField(1);
            });

    assertThat(rule.check(contracts))
        .extracting(Violation::problem)
        .containsExactlyInAnyOrder(
            "is 'int64 balance = 1', but the seed fixes 'string balance = 1'",
            "has no field 'amount', which the seed fixes as 'string amount = 2'");
  }

  @Test
  void failsWhenAnExtraFieldTakesASeedNumber() {
    ContractSet contracts =
        wallet(
            f -> {
              DescriptorProto.Builder m = message(f, "ReserveBalanceRequest");
              field(m, "user_id").setNumber(9);
              m.addField(Protos.string("owner_id", 1));
            });

    assertThat(rule.check(contracts))
        .extracting(Violation::problem)
        .contains(
            "uses number 1, but numbers 1-4 of ReserveBalanceRequest are fixed by the seed",
            "is 'string user_id = 9', but the seed fixes 'string user_id = 1'");
  }

  @Test
  void failsWhenAnRpcOrTheGoImportPathChanges() {
    ContractSet contracts =
        wallet(
            f -> {
              var service = f.getServiceBuilder(0);
              int getBalance =
                  service.getMethodList().stream()
                      .map(m -> m.getName())
                      .toList()
                      .indexOf("GetBalance");
              service.removeMethod(getBalance);
              f.getOptionsBuilder().setGoPackage("github.com/tam/protos/wallet/v1;walletv1");
            });

    assertThat(rule.check(contracts))
        .extracting(Violation::problem)
        .containsExactlyInAnyOrder(
            "has no rpc GetBalance, which the seed README documents",
            "has Go import path \"github.com/tam/protos/wallet/v1\", but the seed fixes"
                + " \"github.com/tam/tam-protos/gen/go/wallet/v1\"");
  }

  @Test
  void failsWhenTheWalletIsMissing() {
    assertThat(rule.check(set(demoService())))
        .extracting(Violation::element)
        .containsExactlyInAnyOrder(
            "message wallet.v1.ReserveBalanceRequest",
            "message wallet.v1.GetBalanceResponse",
            "service wallet.v1.WalletService",
            "package wallet.v1");
  }
}
