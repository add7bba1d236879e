package com.tam.protos.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/CONTRACT-RULES.md equal to the code: the rule index and the verb table are generated
 * from the rules and {@link RpcVerbs}, every rule has a section headed by its id, and the verb
 * table of docs/CONVENTIONS.md lists exactly {@link RpcVerbs}. With {@code -Dtam.docs.write=true}
 * the generated parts are rewritten instead of failing.
 */
class ContractRulesDocTest {

  private static final Path ROOT = Path.of(System.getProperty("basedir", "."));
  private static final Path RULES_MD = ROOT.resolve("docs/CONTRACT-RULES.md");
  private static final Path CONVENTIONS_MD = ROOT.resolve("docs/CONVENTIONS.md");

  private final List<ContractRule> rules = ContractRules.all();

  @Test
  void generatedPartsMatchTheCode() throws IOException {
    String actual = Files.readString(RULES_MD, StandardCharsets.UTF_8);
    String expected = ContractRulesDoc.render(actual, rules);
    if (Boolean.getBoolean("tam.docs.write")) {
      Files.writeString(RULES_MD, expected, StandardCharsets.UTF_8);
      actual = expected;
    }
    if (!expected.equals(actual)) {
      fail(
          "docs/CONTRACT-RULES.md is out of date with the rules. Rewrite it with:%n  %s%n"
              + "and commit the result. Differences (- committed, + generated):%n%s",
          ContractRulesDoc.REWRITE_COMMAND, EventCatalogTest.diff(actual, expected));
    }
  }

  @Test
  void everyRuleHasOneSectionHeadedByItsIdInRuleOrder() throws IOException {
    String doc = Files.readString(RULES_MD, StandardCharsets.UTF_8);

    assertThat(ContractRulesDoc.headings(doc))
        .as("'### `ID`: `Rule`' headings of docs/CONTRACT-RULES.md, in ContractRules.all() order")
        .containsExactlyElementsOf(rules.stream().map(r -> r.id() + " " + r.name()).toList());
  }

  @Test
  void idsAndSummariesAreWellFormed() {
    assertThat(rules).extracting(ContractRule::id).doesNotHaveDuplicates();
    assertThat(rules)
        .allSatisfy(
            r -> {
              assertThat(r.id()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
              assertThat(r.summary())
                  .as("summary of %s", r.name())
                  .matches("[a-z][^\\n|]*[^.\\s]")
                  .hasSizeLessThanOrEqualTo(110);
            });
  }

  @Test
  void conventionsListsExactlyTheVerbsOfRpcVerbs() throws IOException {
    String doc = Files.readString(CONVENTIONS_MD, StandardCharsets.UTF_8);

    assertThat(ContractRulesDoc.tableRow(doc, "| read"))
        .as("the '| read ...' row of the verb table in docs/CONVENTIONS.md")
        .hasValueSatisfying(v -> assertThat(v).containsExactlyInAnyOrderElementsOf(RpcVerbs.READS));
    assertThat(ContractRulesDoc.tableRow(doc, "| write"))
        .as("the '| write ...' row of the verb table in docs/CONVENTIONS.md")
        .hasValueSatisfying(
            v -> assertThat(v).containsExactlyInAnyOrderElementsOf(RpcVerbs.WRITES));
  }

  @Test
  void theIndexHasOneRowPerRuleLinkingItsSection() {
    String index = ContractRulesDoc.ruleIndex(rules);

    assertThat(index.lines()).hasSize(rules.size() + 2);
    assertThat(index)
        .contains(
            "| [IDEMPOTENCY_LEVEL](#idempotency_level-idempotencylevelrule) |"
                + " `IdempotencyLevelRule` | every RPC is classified as a read (NO_SIDE_EFFECTS) or"
                + " a write (IDEMPOTENT) |");
  }

  @Test
  void staleOrMissingGeneratedPartsAreDetected() {
    String begin =
        "<!-- BEGIN GENERATED: rule index (" + ContractRulesDoc.REWRITE_COMMAND + ") -->\n";
    String stale =
        begin
            + "| old |\n<!-- END GENERATED: rule index -->\n"
            + begin.replace("rule index", "verb table")
            + "<!-- END GENERATED: verb table -->\n";

    assertThat(ContractRulesDoc.render(stale, rules)).isNotEqualTo(stale).doesNotContain("| old |");
    assertThatThrownBy(() -> ContractRulesDoc.render("no markers", rules))
        .hasMessageContaining("lacks the markers of 'rule index'");
  }
}
