package com.tam.protos.contract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The generated parts of docs/CONTRACT-RULES.md: the rule index (from each rule's {@link
 * ContractRule#id()} and {@link ContractRule#summary()}) and the verb table (from {@link
 * RpcVerbs}). Each part sits between a {@code <!-- BEGIN GENERATED: name -->} and an {@code <!--
 * END GENERATED: name -->} line; the prose around them is written by hand.
 */
final class ContractRulesDoc {

  /** The command that rewrites the generated parts. */
  static final String REWRITE_COMMAND =
      "./mvnw -B test -Dtest=ContractRulesDocTest -Dtam.docs.write=true";

  /** The heading of a rule's section: {@code ### `ID`: `ClassName`, ...}. */
  static final Pattern RULE_HEADING =
      Pattern.compile("^### `([A-Z][A-Z0-9_]*)`: `(\\w+)`$", Pattern.MULTILINE);

  private ContractRulesDoc() {}

  /** Renders the rule index: one row per rule, in {@link ContractRules#all()} order. */
  static String ruleIndex(List<ContractRule> rules) {
    List<String> out = new ArrayList<>();
    out.add("| id | rule | what it requires |");
    out.add("|---|---|---|");
    for (ContractRule r : rules) {
      out.add(
          "| [" + r.id() + "](#" + anchor(r) + ") | `" + r.name() + "` | " + r.summary() + " |");
    }
    return String.join("\n", out) + "\n";
  }

  /** Renders the verb table of {@link RpcVerbRule}. */
  static String verbTable() {
    return "| kind | verbs (`RpcVerbs`) |\n"
        + "|---|---|\n"
        + "| read | "
        + verbs(RpcVerbs.READS)
        + " |\n"
        + "| write | "
        + verbs(RpcVerbs.WRITES)
        + " |\n";
  }

  /** Returns the verbs sorted and back-quoted, comma separated. */
  static String verbs(Collection<String> verbs) {
    return verbs.stream().sorted().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
  }

  /** The GitHub anchor of a rule's section heading {@code ### `ID`: `Name`: text}. */
  static String anchor(ContractRule r) {
    return r.id().toLowerCase() + "-" + r.name().toLowerCase();
  }

  /** Replaces the generated part {@code name} of a document, which must contain its markers. */
  static String replace(String doc, String name, String content) {
    String begin = "<!-- BEGIN GENERATED: " + name + " (" + REWRITE_COMMAND + ") -->\n";
    String end = "<!-- END GENERATED: " + name + " -->";
    int b = doc.indexOf(begin);
    int e = doc.indexOf(end);
    if (b < 0 || e < b) {
      throw new IllegalArgumentException(
          "docs/CONTRACT-RULES.md lacks the markers of '" + name + "': " + begin.strip());
    }
    return doc.substring(0, b + begin.length()) + content + doc.substring(e);
  }

  /** Renders the whole document: {@code doc} with every generated part replaced. */
  static String render(String doc, List<ContractRule> rules) {
    return replace(replace(doc, "rule index", ruleIndex(rules)), "verb table", verbTable());
  }

  /** Returns the (id, class name) of every rule section heading, in document order. */
  static List<String> headings(String doc) {
    List<String> out = new ArrayList<>();
    Matcher m = RULE_HEADING.matcher(doc);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2));
    }
    return out;
  }

  /** Finds the backquoted words of the first table row of {@code doc} starting with {@code row}. */
  static Optional<List<String>> tableRow(String doc, String row) {
    return doc.lines()
        .filter(l -> l.startsWith(row))
        .findFirst()
        .map(
            l -> {
              String cells = l.substring(l.indexOf('|', row.length()));
              List<String> words = new ArrayList<>();
              Matcher m = Pattern.compile("`([A-Za-z0-9]+)`").matcher(cells);
              while (m.find()) {
                words.add(m.group(1));
              }
              return words;
            });
  }
}
