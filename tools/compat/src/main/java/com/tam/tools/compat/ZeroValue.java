package com.tam.tools.compat;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether protovalidate rules accept the zero value ({@code ""}, {@code 0}, {@code false}, no
 * items): what an old client sends for a field it does not know. Conservative: a rule it cannot
 * judge (a CEL expression, an unknown rule) counts as rejecting the zero value.
 */
final class ZeroValue {

  private ZeroValue() {}

  /** {@code rules} is one value of a FieldRules tree: a type's rules ({@code string: {...}}). */
  static boolean accepts(Object rules) {
    if (!(rules instanceof Map<?, ?> typeRules)) {
      return false; // cel, cel_expression or something unknown
    }
    for (Map.Entry<?, ?> e : typeRules.entrySet()) {
      if (!accepts(String.valueOf(e.getKey()), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean accepts(String rule, Object value) {
    return switch (rule) {
      case "min_len", "min_bytes", "len", "len_bytes", "min_items", "min_pairs" ->
          RuleComparison.compareNumbers(value, 0L) <= 0;
      case "max_len", "max_bytes", "max_items", "max_pairs", "not_contains", "defined_only",
          "unique", "finite", "strict", "example", "items", "keys", "values" ->
          true;
      case "const" -> isZero(value);
      case "pattern" -> matchesEmpty(String.valueOf(value));
      case "prefix", "suffix", "contains" -> isZero(value);
      case "in" -> ((List<?>) value).stream().anyMatch(ZeroValue::isZero);
      case "not_in" -> ((List<?>) value).stream().noneMatch(ZeroValue::isZero);
      case "gt" -> RuleComparison.compareNumbers(0L, value) > 0;
      case "gte" -> RuleComparison.compareNumbers(0L, value) >= 0;
      case "lt" -> RuleComparison.compareNumbers(0L, value) < 0;
      case "lte" -> RuleComparison.compareNumbers(0L, value) <= 0;
      default -> Boolean.FALSE.equals(value); // a well-known format set to true rejects ""
    };
  }

  private static boolean isZero(Object v) {
    if (v instanceof String s) {
      return s.isEmpty();
    }
    if (v instanceof ByteString b) {
      return b.isEmpty();
    }
    if (v instanceof Boolean b) {
      return !b;
    }
    if (v instanceof Number || v instanceof BigInteger) {
      return RuleComparison.compareNumbers(v, 0L) == 0;
    }
    return false;
  }

  private static boolean matchesEmpty(String regex) {
    try {
      return Pattern.compile(regex).matcher("").find();
    } catch (PatternSyntaxException e) {
      return false; // RE2 syntax Java does not read: assume it may reject ""
    }
  }
}
