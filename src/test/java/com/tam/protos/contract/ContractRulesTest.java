package com.tam.protos.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Runs every contract rule over the real contracts compiled from {@code proto/}. */
class ContractRulesTest {

  private final ContractSet contracts = ContractSet.load();

  @Test
  void realContractsFollowEveryRule() {
    List<Violation> violations =
        ContractRules.all().stream().flatMap(rule -> rule.check(contracts).stream()).toList();

    assertThat(violations)
        .as(
            "%d contract rule violation(s); see docs/CONTRACT-RULES.md:%n%s%n",
            violations.size(),
            violations.stream().map(Violation::message).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void contractFilesAreDiscoveredFromTheDescriptorSet() {
    List<String> names = contracts.files().stream().map(FileDescriptor::getName).toList();

    assertThat(names)
        .contains(
            "common/v1/annotations.proto",
            "common/v1/event.proto",
            "common/v1/errors.proto",
            "wallet/v1/wallet_service.proto",
            "wallet/v1/wallet_events.proto")
        .noneMatch(n -> n.startsWith("google/") || n.startsWith("buf/"));
  }

  @Test
  void realContractsGiveEveryRuleSomethingToCheck() {
    List<MethodDescriptor> methods = contracts.methods().toList();

    assertThat(contracts.services()).isNotEmpty();
    assertThat(methods).filteredOn(Elements::isWrite).hasSizeGreaterThanOrEqualTo(5);
    assertThat(methods).filteredOn(m -> !Elements.isWrite(m)).hasSizeGreaterThanOrEqualTo(3);
    assertThat(methods)
        .filteredOn(m -> SagaStepRule.step(m) != null)
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(contracts.fields().filter(f -> MoneyFieldRule.kindOf(f.getName()).isPresent()))
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(contracts.fields().filter(f -> CurrencyFieldRule.isCurrencyName(f.getName())))
        .isNotEmpty();
    assertThat(contracts.messages().filter(m -> EventRule.event(m) != null))
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(contracts.fields().filter(f -> f.getName().equals("page_size"))).isNotEmpty();
    assertThat(contracts.fields().filter(f -> f.getName().equals("page_token"))).isNotEmpty();
    assertThat(LeadingCommentRule.elements(contracts)).hasSizeGreaterThan(100);
    assertThat(contracts.fields().filter(f -> SecretRedactionRule.isSecretName(f.getName())))
        .as("secret fields (SecretRedactionRule)")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(
            contracts
                .messages()
                .filter(m -> m.getName().endsWith("Request"))
                .flatMap(m -> m.getFields().stream())
                .filter(f -> f.getJavaType() == FieldDescriptor.JavaType.ENUM))
        .as("request enum fields (RequestEnumAndPagingRule)")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(
            contracts
                .messages()
                .map(EventRule::event)
                .filter(e -> e != null && !e.getSubject().isEmpty()))
        .as("event subjects (EventRule, EventSubjectUniquenessRule)")
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(
            CelExpressions.all(contracts)
                .filter(
                    e -> e.expression().matches(".*\\.(all|exists|exists_one|filter|map)\\(.*")))
        .as("CEL rules with a comprehension (CelComprehensionGuardRule)")
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(
            RequestSizeBoundsRule.reachable(contracts).keySet().stream()
                .flatMap(m -> m.getFields().stream())
                .filter(f -> f.isRepeated() || f.getType() == FieldDescriptor.Type.STRING))
        .as("repeated, map and string fields of requests (RequestSizeBoundsRule)")
        .hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  void everyRuleHasAUniqueName() {
    assertThat(ContractRules.all().stream().map(ContractRule::name)).doesNotHaveDuplicates();
  }

  @Test
  void everyProtoFileOnDiskIsChecked() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).resolve("proto");
    List<String> onDisk;
    try (Stream<Path> paths = Files.walk(root)) {
      onDisk =
          paths
              .filter(p -> p.toString().endsWith(".proto"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .toList();
    }

    assertThat(contracts.files().stream().map(FileDescriptor::getName))
        .containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void theRunnerReportsBreaksInTheRealFiles() {
    FileDescriptorProto.Builder wallet =
        ContractSet.readDescriptorSet().getFileList().stream()
            .filter(f -> f.getName().equals("wallet/v1/wallet_service.proto"))
            .findFirst()
            .orElseThrow()
            .toBuilder();
    wallet.getServiceBuilder(0).getMethodBuilder(0).getOptionsBuilder().clearIdempotencyLevel();
    wallet.getOptionsBuilder().clearJavaMultipleFiles();
    ContractSet broken = ContractSet.of(List.of(wallet.build()));

    assertThat(ContractRules.all().stream().flatMap(rule -> rule.check(broken).stream()))
        .extracting(Violation::rule)
        .contains("IdempotencyLevelRule", "FileOptionsRule");
  }
}
