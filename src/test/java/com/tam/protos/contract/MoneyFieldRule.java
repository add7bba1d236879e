package com.tam.protos.contract;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.validation.ContractPatterns;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A field whose name has a money word as one of its snake_case parts is a decimal {@code string}
 * (or repeated string) carrying one of the canonical patterns.
 *
 * <ul>
 *   <li>odds and price fields ({@code odds}, {@code price}): {@code ContractPatterns.DECIMAL_ODDS}
 *       or {@code LADDER_PRICE} (prices of the order-book's tick ladder);
 *   <li>amount-like fields (every other money word): {@code MONEY}, {@code POSITIVE_MONEY} or
 *       {@code SIGNED_MONEY}, never {@code DECIMAL_ODDS};
 *   <li>{@code SIGNED_MONEY} only when the field's leading comment mentions "negative".
 * </ul>
 */
public final class MoneyFieldRule implements ContractRule {

  @Override
  public String id() {
    return "MONEY_FIELD";
  }

  @Override
  public String summary() {
    return "money and odds fields are decimal strings with a ContractPatterns pattern";
  }

  /** Words that make a field an amount of money. */
  public static final Set<String> AMOUNT_WORDS =
      Set.of(
          "amount",
          "balance",
          "stake",
          "payout",
          "turnover",
          "ggr",
          "revenue",
          "liability",
          "available",
          "reserved",
          "profit");

  /** Words that make a field decimal odds. */
  public static final Set<String> ODDS_WORDS = Set.of("odds", "price");

  private static final Map<String, String> AMOUNT_PATTERNS =
      Map.of(
          ContractPatterns.MONEY, "MONEY",
          ContractPatterns.POSITIVE_MONEY, "POSITIVE_MONEY",
          ContractPatterns.SIGNED_MONEY, "SIGNED_MONEY");

  /** Kind of money field, from its name. */
  enum Kind {
    AMOUNT,
    ODDS
  }

  /** Returns the money kind of a field name, or empty when the name has no money word. */
  static Optional<Kind> kindOf(String fieldName) {
    List<String> parts = Arrays.asList(fieldName.toLowerCase(Locale.ROOT).split("_"));
    if (parts.stream().anyMatch(AMOUNT_WORDS::contains)) {
      return Optional.of(Kind.AMOUNT);
    }
    if (parts.stream().anyMatch(ODDS_WORDS::contains)) {
      return Optional.of(Kind.ODDS);
    }
    return Optional.empty();
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts
        .fields()
        .flatMap(f -> kindOf(f.getName()).flatMap(kind -> check(f, kind)).stream())
        .toList();
  }

  private Optional<Violation> check(FieldDescriptor f, Kind kind) {
    String allowed =
        kind == Kind.ODDS
            ? "ContractPatterns.DECIMAL_ODDS"
            : "ContractPatterns.MONEY, POSITIVE_MONEY or SIGNED_MONEY";
    if (f.getType() != FieldDescriptor.Type.STRING || f.isMapField()) {
      return Optional.of(
          Elements.violation(
              this,
              f,
              "has a money name but is '" + Elements.typeName(f) + "', not a decimal 'string'",
              "declare it as 'string' with (buf.validate.field).string.pattern = "
                  + allowed
                  + ", or rename it if it is not money (e.g. bet_count, not stake_count)"));
    }
    String pattern = Elements.stringRules(f).getPattern();
    String where = f.isRepeated() ? "repeated.items.string.pattern" : "string.pattern";
    if (kind == Kind.ODDS) {
      if (!ContractPatterns.DECIMAL_ODDS.equals(pattern)
          && !ContractPatterns.LADDER_PRICE.equals(pattern)) {
        return Optional.of(
            Elements.violation(
                this,
                f,
                "is an odds/price field but its (buf.validate.field)."
                    + where
                    + " is "
                    + describe(pattern)
                    + ", not ContractPatterns.DECIMAL_ODDS or LADDER_PRICE",
                "set (buf.validate.field)."
                    + where
                    + " = \""
                    + escape(ContractPatterns.DECIMAL_ODDS)
                    + "\""));
      }
      return Optional.empty();
    }
    String name = AMOUNT_PATTERNS.get(pattern);
    if (name == null) {
      return Optional.of(
          Elements.violation(
              this,
              f,
              "is a money field but its (buf.validate.field)."
                  + where
                  + " is "
                  + (ContractPatterns.DECIMAL_ODDS.equals(pattern)
                      ? "ContractPatterns.DECIMAL_ODDS (odds are not amounts)"
                      : describe(pattern))
                  + ", not one of "
                  + allowed,
              "set (buf.validate.field)."
                  + where
                  + " to ContractPatterns.MONEY (\""
                  + escape(ContractPatterns.MONEY)
                  + "\") or POSITIVE_MONEY (\""
                  + escape(ContractPatterns.POSITIVE_MONEY)
                  + "\"), spelled exactly; or rename the field if it is not money (e.g."
                  + " withdrawal_method_id, not payout_method_id)"));
    }
    if (name.equals("SIGNED_MONEY")
        && !Elements.leadingComment(f).toLowerCase(Locale.ROOT).contains("negative")) {
      return Optional.of(
          Elements.violation(
              this,
              f,
              "uses ContractPatterns.SIGNED_MONEY but its leading comment does not say the value"
                  + " may be negative",
              "explain in the field's comment when the value is negative, or use MONEY /"
                  + " POSITIVE_MONEY"));
    }
    return Optional.empty();
  }

  private static String describe(String pattern) {
    return pattern.isEmpty() ? "missing" : "\"" + pattern + "\"";
  }

  /** Escapes a pattern the way it is spelled inside a .proto string literal. */
  static String escape(String pattern) {
    return pattern.replace("\\", "\\\\");
  }
}
