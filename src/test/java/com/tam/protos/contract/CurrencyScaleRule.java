package com.tam.protos.contract;

import build.buf.validate.Rule;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money carries its currency's scale (issue 10.13).
 *
 * <ul>
 *   <li>the table {@code common.v1.Currency}: every value but UNSPECIFIED is named {@code
 *       CURRENCY_<ISO code>} and sets {@code (common.v1.minor_units)} between 0 and 4;
 *   <li>a message with a {@code string currency} field and singular amount fields declares a
 *       message-level CEL rule with an id ending in {@code .money_scale} that dispatches on every
 *       scale of the table ({@code this.currency in ['EUR', 'GBP', 'USD'] ? <checks with 2 digits>
 *       : ...}, see {@link CurrencyScales#dispatch}) and reads every amount field ({@code
 *       this.<field>});
 *   <li>amounts of an embedded message that has no currency of its own (for example {@code
 *       reporting.v1.ReportTotals} inside {@code Report.data}) are in the currency of the nearest
 *       enclosing message that has one, and that message's {@code .money_scale} rule reads them too
 *       (through the field path, or a comprehension variable for a repeated field). Amounts behind
 *       two repeated fields are left out: checking them needs a nested comprehension, which {@link
 *       CelComprehensionGuardRule} forbids;
 *   <li>every CEL rule that spells a list of currencies ({@code this.currency in ['...', ...]})
 *       spells exactly one scale of the table, and none spells a currency map literal (the former
 *       form, which built the map and a pattern string on every evaluation).
 * </ul>
 */
public final class CurrencyScaleRule implements ContractRule {

  @Override
  public String id() {
    return "CURRENCY_SCALE";
  }

  @Override
  public String summary() {
    return "amounts beside a currency are checked against the one currency table";
  }

  private static final Pattern CODE = Pattern.compile("^CURRENCY_[A-Z]{3}$");
  private static final Pattern MAP_LITERAL = Pattern.compile("\\{'[A-Z]{3}'\\s*:");
  private static final Pattern CURRENCY_LIST =
      Pattern.compile("this\\.currency in \\[\\s*'[A-Z]{3}'[^\\]]*\\]");

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    EnumDescriptor table = CurrencyScales.table(contracts);
    for (EnumValueDescriptor v : table.getValues()) {
      if (v.getNumber() == 0) {
        continue;
      }
      int units = v.getOptions().getExtension(AnnotationsProto.minorUnits);
      if (!CODE.matcher(v.getName()).matches()
          || !v.getOptions().hasExtension(AnnotationsProto.minorUnits)
          || units < 0
          || units > 4) {
        out.add(
            Elements.violation(
                this,
                v,
                "is not a currency of the table: it needs a name CURRENCY_<ISO 4217 code> and"
                    + " (common.v1.minor_units) between 0 and 4",
                "write it as CURRENCY_XXX = <ISO numeric code> [(common.v1.minor_units) = N]"));
      }
    }
    Map<Integer, String> byScale = CurrencyScales.dispatch(CurrencyScales.scales(table));
    Collection<String> dispatch = byScale.values();
    String literal = String.join(" / ", dispatch);
    contracts
        .messages()
        .forEach(
            m -> {
              for (Rule rule : CurrencyScales.messageCel(m)) {
                checkSpelling(m, rule, dispatch, literal).ifPresent(out::add);
                checkBranchDigits(m, rule, byScale).ifPresent(out::add);
              }
              checkScaleRule(m, dispatch, literal).ifPresent(out::add);
              checkEmbeddedAmounts(m, dispatch, literal).ifPresent(out::add);
            });
    return out;
  }

  /** A currency map literal, or a currency list that is not one scale of the table. */
  private Optional<Violation> checkSpelling(
      Descriptor m, Rule rule, Collection<String> dispatch, String literal) {
    String expression = rule.getExpression();
    if (MAP_LITERAL.matcher(expression).find()) {
      return Optional.of(
          Elements.violation(
              this,
              m,
              "has CEL rule '"
                  + rule.getId()
                  + "' with a currency map literal (built, with a pattern string, on every"
                  + " evaluation)",
              "dispatch on the table's scales instead: " + literal));
    }
    Matcher list = CURRENCY_LIST.matcher(expression);
    while (list.find()) {
      if (!dispatch.contains(list.group())) {
        return Optional.of(
            Elements.violation(
                this,
                m,
                "has CEL rule '"
                    + rule.getId()
                    + "' with a currency list that is not a scale of the table: "
                    + list.group(),
                "spell each scale exactly as the table does: " + literal));
      }
    }
    return Optional.empty();
  }

  private static final Pattern MATCHES =
      Pattern.compile("(!?)[\\w.\\[\\]]+\\.matches\\('([^']*)'\\)");
  private static final Pattern QUANTIFIER = Pattern.compile("\\{(\\d+)(?:,(\\d+))?\\}");

  /**
   * Each branch checks its own scale k: a pattern may count k fraction digits ({@code {k}} or
   * {@code {1,k}}), and a negated one k + 1 (more digits than allowed); any other count is the
   * table of another scale copied into the wrong branch.
   */
  private Optional<Violation> checkBranchDigits(
      Descriptor m, Rule rule, Map<Integer, String> byScale) {
    for (Map.Entry<Integer, String> scale : byScale.entrySet()) {
      String body = branch(rule.getExpression(), scale.getValue());
      if (body == null) {
        continue;
      }
      int k = scale.getKey();
      Matcher call = MATCHES.matcher(body);
      while (call.find()) {
        boolean negated = !call.group(1).isEmpty();
        Matcher q = QUANTIFIER.matcher(call.group(2));
        while (q.find()) {
          int digits = Integer.parseInt(q.group(2) != null ? q.group(2) : q.group(1));
          boolean allowed =
              q.group(2) != null
                  ? q.group(1).equals("1") && digits == k
                  : digits == k || (negated && digits == k + 1);
          if (!allowed) {
            return Optional.of(
                Elements.violation(
                    this,
                    m,
                    "has CEL rule '"
                        + rule.getId()
                        + "' whose branch "
                        + scale.getValue()
                        + " ("
                        + k
                        + " minor units) counts "
                        + q.group()
                        + " digits in "
                        + call.group(),
                    k == 0
                        ? "in that branch allow no fraction (a pattern without one, or"
                            + " !<amount>.contains('.'); {1} only in a negated match)"
                        : "in that branch count "
                            + k
                            + " fraction digits ({"
                            + k
                            + "} or {1,"
                            + k
                            + "}; {"
                            + (k + 1)
                            + "} only in a negated match)"));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the body of the branch {@code <test> ? <body> : ...} of a CEL expression, or null if it
   * has none: from after the {@code ?} to the {@code :} or closing bracket at the same depth.
   */
  static String branch(String expression, String test) {
    int at = expression.indexOf(test + " ? ");
    if (at < 0) {
      return null;
    }
    int start = at + test.length() + 3;
    int depth = 0;
    boolean quoted = false;
    for (int i = start; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quoted) {
        quoted = c != '\'';
        continue;
      }
      switch (c) {
        case '\'' -> quoted = true;
        case '(', '[', '{' -> depth++;
        case ')', ']', '}' -> {
          if (depth == 0) {
            return expression.substring(start, i);
          }
          depth--;
        }
        case ':' -> {
          if (depth == 0) {
            return expression.substring(start, i);
          }
        }
        default -> {}
      }
    }
    return expression.substring(start);
  }

  private static boolean dispatchesOnEveryScale(String expression, Collection<String> dispatch) {
    return dispatch.stream().allMatch(expression::contains);
  }

  /** How deep the search for currency-less embedded amounts goes below a message with currency. */
  private static final int MAX_DEPTH = 3;

  private Optional<Violation> checkEmbeddedAmounts(
      Descriptor m, Collection<String> dispatch, String literal) {
    if (CurrencyScales.currency(m) == null) {
      return Optional.empty();
    }
    List<String> embedded = new ArrayList<>();
    collectEmbedded(m, "", 0, new ArrayList<>(List.of(m.getFullName())), embedded);
    if (embedded.isEmpty()) {
      return Optional.empty();
    }
    String expression =
        CurrencyScales.messageCel(m).stream()
            .filter(r -> r.getId().endsWith(".money_scale"))
            .map(Rule::getExpression)
            .findFirst()
            .orElse("");
    List<String> unread =
        embedded.stream()
            .filter(
                path -> {
                  String name = path.substring(path.lastIndexOf('.') + 1);
                  return !dispatchesOnEveryScale(expression, dispatch)
                      || !Pattern.compile("\\." + name + "\\b").matcher(expression).find();
                })
            .toList();
    if (unread.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Elements.violation(
            this,
            m,
            "embeds amounts that have no currency of their own ("
                + unread
                + "), so they are in this message's currency, but its '<message>.money_scale' CEL"
                + " rule does not check them",
            "check every one of them in the money_scale rule against "
                + literal
                + " (for a repeated field: size(this.<field>) > <max_items> ||"
                + " this.<field>.all(x, ...))"));
  }

  /** Adds the paths of the amounts of currency-less messages embedded in {@code m}. */
  private static void collectEmbedded(
      Descriptor m, String prefix, int depth, List<String> seen, List<String> out) {
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (FieldDescriptor f : m.getFields()) {
      if (f.getJavaType() != FieldDescriptor.JavaType.MESSAGE || f.isMapField()) {
        continue;
      }
      Descriptor child = f.getMessageType();
      if (CurrencyScales.currency(child) != null
          || child.getFile().getName().startsWith("google/")
          || seen.contains(child.getFullName())) {
        continue; // Has its own currency (and its own rule), or is not a TAM message.
      }
      String path = prefix + f.getName() + (f.isRepeated() ? "[]" : "");
      if (path.indexOf("[]") != path.lastIndexOf("[]")) {
        continue; // Two repeated hops: a nested comprehension, which CEL rules may not use.
      }
      for (FieldDescriptor amount : CurrencyScales.amounts(child)) {
        out.add(path + "." + amount.getName());
      }
      seen.add(child.getFullName());
      collectEmbedded(child, path + ".", depth + 1, seen, out);
      seen.remove(seen.size() - 1);
    }
  }

  private Optional<Violation> checkScaleRule(
      Descriptor m, Collection<String> dispatch, String literal) {
    List<FieldDescriptor> amounts = CurrencyScales.amounts(m);
    if (CurrencyScales.currency(m) == null || amounts.isEmpty()) {
      return Optional.empty();
    }
    Optional<Rule> rule =
        CurrencyScales.messageCel(m).stream()
            .filter(r -> r.getId().endsWith(".money_scale"))
            .findFirst();
    if (rule.isEmpty()) {
      return Optional.of(
          Elements.violation(
              this,
              m,
              "carries money ("
                  + amounts.stream().map(FieldDescriptor::getName).toList()
                  + ") beside its currency but has no '<message>.money_scale' CEL rule",
              "add a message CEL rule with id '<message>.money_scale' that checks every amount"
                  + " against the currency's minor units, one branch per scale of the table ("
                  + literal
                  + " ? <checks> : ...; see docs/CONVENTIONS.md, Money)"));
    }
    String expression = rule.get().getExpression();
    List<String> unread =
        amounts.stream()
            .map(FieldDescriptor::getName)
            .filter(n -> !Pattern.compile("this\\." + n + "\\b").matcher(expression).find())
            .toList();
    boolean dispatches = dispatchesOnEveryScale(expression, dispatch);
    if (!dispatches || !unread.isEmpty()) {
      return Optional.of(
          Elements.violation(
              this,
              m,
              "has CEL rule '"
                  + rule.get().getId()
                  + "' that "
                  + (!dispatches
                      ? "does not dispatch on every scale of the currency table " + literal
                      : "does not check " + unread),
              "check every amount field of the message against " + literal));
    }
    return Optional.empty();
  }
}
