package com.tam.tools.compat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two sets of protovalidate rules of one element (field, message or oneof), given as the
 * plain trees of {@link Contracts#plain}, and reports every way in which the new rules accept
 * less than the old ones. Relaxations and unchanged rules report nothing.
 *
 * <p>Kinds of rule, by name:
 *
 * <ul>
 *   <li>upper bounds {@code max_len}, {@code max_bytes}, {@code max_items}, {@code max_pairs},
 *       {@code lt}, {@code lte}, {@code within}: stricter when added or lowered;
 *   <li>lower bounds {@code min_len}, {@code min_bytes}, {@code min_items}, {@code min_pairs},
 *       {@code gt}, {@code gte}: stricter when added or raised ({@code gt: n} and {@code gte: n+1}
 *       are the same bound on integers);
 *   <li>{@code in}: stricter when added or when it loses a value; {@code not_in}: stricter when it
 *       gains one;
 *   <li>{@code cel} and {@code cel_expression}: stricter when a rule is added or its expression
 *       changes (rules are matched by id, else by expression);
 *   <li>{@code ignore}: stricter when it moves towards validating more values ({@code
 *       IGNORE_ALWAYS} → {@code IGNORE_IF_ZERO_VALUE} → {@code IGNORE_UNSPECIFIED});
 *   <li>{@code example}: documentation, never compared;
 *   <li>any other value ({@code const}, {@code len}, {@code pattern}, {@code prefix}, {@code
 *       required}, {@code defined_only}, {@code unique}, {@code email}, ...): stricter when it is
 *       added or changed, except a boolean set to false;
 *   <li>nested rules ({@code string}, {@code repeated}, {@code items}, {@code keys}, ...):
 *       compared recursively.
 * </ul>
 */
final class RuleComparison {

  private static final Set<String> UPPER =
      Set.of("max_len", "max_bytes", "max_items", "max_pairs", "within");
  private static final Set<String> LOWER = Set.of("min_len", "min_bytes", "min_items", "min_pairs");

  private RuleComparison() {}

  /** Returns the reasons why {@code newer} is stricter than {@code older}; both may be null. */
  static List<String> stricter(Map<String, Object> older, Map<String, Object> newer) {
    List<String> out = new ArrayList<>();
    compare("", older == null ? Map.of() : older, newer == null ? Map.of() : newer, out);
    return out;
  }

  private static void compare(
      String prefix, Map<String, Object> older, Map<String, Object> newer, List<String> out) {
    if ("IGNORE_ALWAYS".equals(newer.get("ignore"))) {
      return; // nothing is validated any more
    }
    int oldIgnore = ignoreLevel(older.get("ignore"));
    int newIgnore = ignoreLevel(newer.get("ignore"));
    if (newIgnore > oldIgnore) {
      out.add(
          prefix
              + "ignore changed from "
              + Objects.requireNonNullElse(older.get("ignore"), "IGNORE_UNSPECIFIED")
              + " to "
              + Objects.requireNonNullElse(newer.get("ignore"), "IGNORE_UNSPECIFIED")
              + ": more values are validated");
    }
    compareBounds(prefix, older, newer, out);
    Set<String> keys = new TreeSet<>(newer.keySet());
    for (String key : keys) {
      Object o = older.get(key);
      Object n = newer.get(key);
      String name = prefix + key;
      switch (key) {
        case "ignore", "example", "lt", "lte", "gt", "gte" -> {}
        case "in" -> {
          if (o == null) {
            out.add(name + " added: only " + n + " accepted");
          } else {
            List<Object> lost = new ArrayList<>((List<?>) o);
            lost.removeAll((List<?>) n);
            if (!lost.isEmpty()) {
              out.add(name + " no longer accepts " + lost);
            }
          }
        }
        case "not_in" -> {
          List<Object> gained = new ArrayList<>((List<?>) n);
          if (o != null) {
            gained.removeAll((List<?>) o);
          }
          if (!gained.isEmpty()) {
            out.add(name + " now also refuses " + gained);
          }
        }
        case "cel" -> compareCel(name, o, n, out);
        case "cel_expression" -> {
          List<Object> added = new ArrayList<>((List<?>) n);
          if (o != null) {
            added.removeAll((List<?>) o);
          }
          added.forEach(e -> out.add(name + " added or changed: " + e));
        }
        default -> {
          if (UPPER.contains(key)) {
            if (o == null || compareNumbers(n, o) < 0) {
              out.add(name + (o == null ? " added: " + n : " lowered from " + o + " to " + n));
            }
          } else if (LOWER.contains(key)) {
            if ((o == null && compareNumbers(n, 0L) > 0) || (o != null && compareNumbers(n, o) > 0)) {
              out.add(name + (o == null ? " added: " + n : " raised from " + o + " to " + n));
            }
          } else if (n instanceof Map<?, ?> nestedNew) {
            @SuppressWarnings("unchecked")
            Map<String, Object> nn = (Map<String, Object>) nestedNew;
            @SuppressWarnings("unchecked")
            Map<String, Object> oo = o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            compare(name + ".", oo, nn, out);
          } else if (n instanceof Boolean b) {
            if (b && !Boolean.TRUE.equals(o)) {
              out.add(name + " added");
            }
          } else if (!Objects.equals(o, n)) {
            out.add(name + (o == null ? " added: " + quote(n) : " changed from " + quote(o) + " to " + quote(n)));
          }
        }
      }
    }
  }

  /** Numeric ranges: gt/gte raise the lower bound, lt/lte lower the upper bound. */
  private static void compareBounds(
      String prefix, Map<String, Object> older, Map<String, Object> newer, List<String> out) {
    Bound oldLow = Bound.lower(older);
    Bound newLow = Bound.lower(newer);
    if (newLow != null && (oldLow == null || newLow.tighterLowerThan(oldLow))) {
      out.add(prefix + "lower bound " + (oldLow == null ? "added: " + newLow : "raised from " + oldLow + " to " + newLow));
    }
    Bound oldHigh = Bound.upper(older);
    Bound newHigh = Bound.upper(newer);
    if (newHigh != null && (oldHigh == null || newHigh.tighterUpperThan(oldHigh))) {
      out.add(prefix + "upper bound " + (oldHigh == null ? "added: " + newHigh : "lowered from " + oldHigh + " to " + newHigh));
    }
  }

  private static void compareCel(String name, Object o, Object n, List<String> out) {
    List<?> oldRules = o == null ? List.of() : (List<?>) o;
    for (Object rule : (List<?>) n) {
      Map<?, ?> r = (Map<?, ?>) rule;
      String id = (String) r.get("id");
      Object expression = r.get("expression");
      Map<?, ?> match = null;
      for (Object candidate : oldRules) {
        Map<?, ?> c = (Map<?, ?>) candidate;
        boolean sameId = id != null && !id.isEmpty() && id.equals(c.get("id"));
        boolean sameExpression = Objects.equals(expression, c.get("expression"));
        if (sameId || ((id == null || id.isEmpty()) && sameExpression)) {
          match = c;
          break;
        }
      }
      String label = name + " rule " + (id == null || id.isEmpty() ? quote(expression) : "'" + id + "'");
      if (match == null) {
        out.add(label + " added");
      } else if (!Objects.equals(expression, match.get("expression"))) {
        out.add(label + " changed from " + quote(match.get("expression")) + " to " + quote(expression));
      }
    }
  }

  /** 0 = IGNORE_ALWAYS, 1 = ignore zero values, 2 = validate everything (the default). */
  private static int ignoreLevel(Object ignore) {
    if (ignore == null) {
      return 2;
    }
    return switch (ignore.toString()) {
      case "IGNORE_ALWAYS" -> 0;
      case "IGNORE_IF_ZERO_VALUE", "IGNORE_IF_UNPOPULATED", "IGNORE_IF_DEFAULT_VALUE" -> 1;
      default -> 2;
    };
  }

  static int compareNumbers(Object a, Object b) {
    return toDecimal(a).compareTo(toDecimal(b));
  }

  private static BigDecimal toDecimal(Object v) {
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    if (v instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    throw new IllegalArgumentException("not a number: " + v);
  }

  private static String quote(Object v) {
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }

  /** One end of a numeric range: its value and whether the value itself is accepted. */
  private record Bound(BigDecimal value, boolean inclusive, boolean integral, String label) {

    static Bound lower(Map<String, Object> rules) {
      if (rules.get("gte") != null) {
        return of(rules.get("gte"), true, "gte");
      }
      return rules.get("gt") == null ? null : of(rules.get("gt"), false, "gt");
    }

    static Bound upper(Map<String, Object> rules) {
      if (rules.get("lte") != null) {
        return of(rules.get("lte"), true, "lte");
      }
      return rules.get("lt") == null ? null : of(rules.get("lt"), false, "lt");
    }

    private static Bound of(Object value, boolean inclusive, String name) {
      boolean integral = value instanceof Long || value instanceof BigInteger;
      return new Bound(toDecimal(value), inclusive, integral, name + " " + value);
    }

    /** The smallest accepted value for an integral lower bound (gt n = gte n+1). */
    private BigDecimal lowInclusive() {
      return integral && !inclusive ? value.add(BigDecimal.ONE) : value;
    }

    private BigDecimal highInclusive() {
      return integral && !inclusive ? value.subtract(BigDecimal.ONE) : value;
    }

    boolean tighterLowerThan(Bound old) {
      if (integral && old.integral) {
        return lowInclusive().compareTo(old.lowInclusive()) > 0;
      }
      int c = value.compareTo(old.value);
      return c > 0 || (c == 0 && old.inclusive && !inclusive);
    }

    boolean tighterUpperThan(Bound old) {
      if (integral && old.integral) {
        return highInclusive().compareTo(old.highInclusive()) < 0;
      }
      int c = value.compareTo(old.value);
      return c < 0 || (c == 0 && old.inclusive && !inclusive);
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
