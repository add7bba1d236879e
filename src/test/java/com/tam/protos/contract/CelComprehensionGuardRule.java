package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.contract.CelExpressions.Expression;
import com.tam.protos.contract.CelExpressions.Subject;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.CelCall;
import dev.cel.common.ast.CelExpr.CelComprehension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every CEL comprehension ({@code all}, {@code exists}, {@code exists_one}, {@code filter}, {@code
 * map}) in a protovalidate rule of the contracts runs a bounded number of times: it is never nested
 * inside another comprehension, and it iterates a list literal or a field whose size the same
 * expression checks first.
 *
 * <p>Why the explicit check: protovalidate evaluates a field's {@code cel} rules before its
 * standard rules (protovalidate-java 1.3 builds a field's evaluators in the order ignore-empty, CEL
 * rules, embedded message, wrappers, standard rules such as {@code repeated.max_items};
 * message-level CEL runs before any field), and without fail-fast it evaluates them all. So {@code
 * max_items} never stops an expensive CEL rule: a 20 KB request once held a thread for 35 s in an
 * O(n²) uniqueness rule. The guard must be in the expression, as its first operand:
 *
 * <ul>
 *   <li>{@code size(R) > M || E}, where M is the {@code max_items}/{@code max_pairs} of R (or
 *       {@code size(R) >= M + 1 || E}): a list too large skips E and fails on {@code max_items}
 *       instead;
 *   <li>{@code size(R) <= N && E} (or {@code size(R) < N + 1 && E}), N at most {@link #MAX_GUARD}:
 *       for ranges without their own bound, such as {@code this.update_mask.paths}.
 * </ul>
 *
 * <p>Uniqueness by a key is written in one pass: {@code size(this) > M || this.map(x,
 * x.key).unique()}.
 */
public final class CelComprehensionGuardRule implements ContractRule {

  @Override
  public String id() {
    return "CEL_COMPREHENSION_GUARD";
  }

  /** The largest size a {@code size(R) <= N && ...} guard may allow. */
  public static final long MAX_GUARD = 1000;

  @Override
  public String summary() {
    return "every CEL comprehension is unnested and guarded by a size check of what it iterates";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    CelExpressions.all(contracts).forEach(e -> check(e, out));
    return out;
  }

  private void check(Expression e, List<Violation> out) {
    Optional<CelExpr> ast = e.parse();
    if (ast.isEmpty()) {
      out.add(
          Elements.violation(
              this,
              e.owner(),
              "has " + label(e) + " that CEL cannot parse",
              "correct the expression '" + e.expression() + "'"));
      return;
    }
    new Walk(e, out).visit(ast.get(), new HashMap<>(), false);
  }

  private static String label(Expression e) {
    return "the CEL rule " + (e.id().isEmpty() ? "" : "'" + e.id() + "' ") + "(" + e.where() + ")";
  }

  /** A size guard {@code size(R) op N} found as the first operand of {@code ||} or {@code &&}. */
  private record Guard(String range, boolean upper, long n, String text) {}

  private final class Walk {
    private final Expression e;
    private final List<Violation> out;

    Walk(Expression e, List<Violation> out) {
      this.e = e;
      this.out = out;
    }

    void visit(CelExpr x, Map<String, Guard> guards, boolean nested) {
      switch (x.getKind()) {
        case CALL -> call(x.call(), guards, nested);
        case COMPREHENSION -> comprehension(x.comprehension(), guards, nested);
        case SELECT -> visit(x.select().operand(), guards, nested);
        case LIST -> x.list().elements().forEach(el -> visit(el, guards, nested));
        case MAP ->
            x.map()
                .entries()
                .forEach(
                    en -> {
                      visit(en.key(), guards, nested);
                      visit(en.value(), guards, nested);
                    });
        case STRUCT -> x.struct().entries().forEach(en -> visit(en.value(), guards, nested));
        default -> {}
      }
    }

    private void call(CelCall c, Map<String, Guard> guards, boolean nested) {
      c.target().ifPresent(t -> visit(t, guards, nested));
      boolean or = c.function().equals("_||_");
      boolean and = c.function().equals("_&&_");
      if ((or || and) && c.args().size() == 2) {
        visit(c.args().get(0), guards, nested);
        Map<String, Guard> inner = guards;
        Optional<Guard> g = guard(c.args().get(0), and);
        if (g.isPresent()) {
          inner = new HashMap<>(guards);
          inner.put(g.get().range(), g.get());
        }
        visit(c.args().get(1), inner, nested);
        return;
      }
      c.args().forEach(a -> visit(a, guards, nested));
    }

    private void comprehension(CelComprehension c, Map<String, Guard> guards, boolean nested) {
      visit(c.iterRange(), guards, nested);
      String range = rangeKey(c.iterRange());
      if (nested) {
        out.add(
            Elements.violation(
                CelComprehensionGuardRule.this,
                e.owner(),
                "has "
                    + label(e)
                    + " with a comprehension nested inside another (quadratic in the list size):"
                    + " '"
                    + e.expression()
                    + "'",
                "rewrite it as a single pass, for example uniqueness by a key as 'size(this) > M"
                    + " || this.map(x, x.key).unique()' (M = the field's max_items)"));
      } else if (range == null) {
        out.add(
            Elements.violation(
                CelComprehensionGuardRule.this,
                e.owner(),
                "has "
                    + label(e)
                    + " with a comprehension over a computed value: '"
                    + e.expression()
                    + "'",
                "iterate a field ('this' or 'this.<field>') or a list literal, behind a size"
                    + " guard"));
      } else if (!range.isEmpty()) {
        check(range, guards.get(range));
      }
      for (CelExpr part : List.of(c.accuInit(), c.loopCondition(), c.loopStep(), c.result())) {
        visit(part, guards, true);
      }
    }

    private void check(String range, Guard g) {
      OptionalLong bound = bound(range, e.subject());
      String fix;
      if (bound.isPresent()) {
        long m = bound.getAsLong();
        if (g != null && (g.upper() ? g.n() <= MAX_GUARD : g.n() == m)) {
          return;
        }
        String why =
            " ("
                + m
                + " = the max_items/max_pairs of "
                + range
                + "; protovalidate runs CEL rules before max_items, so max_items alone does not"
                + " stop the comprehension)";
        fix =
            g == null
                ? "write it as 'size(" + range + ") > " + m + " || " + e.expression() + "'" + why
                : "make the guard 'size(" + range + ") > " + m + " || ...'" + why;
      } else {
        if (g != null && g.upper() && g.n() <= MAX_GUARD) {
          return;
        }
        String why =
            " with N <= "
                + MAX_GUARD
                + " ("
                + range
                + " has no max_items/max_pairs this rule can see)";
        fix =
            g == null
                ? "write it as 'size(" + range + ") <= N && " + e.expression() + "'" + why
                : "replace the guard '" + g.text() + "' by 'size(" + range + ") <= N && ...'" + why;
      }
      String problem =
          g == null
              ? " with a comprehension over '" + range + "' that no size guard precedes"
              : " whose guard '"
                  + g.text()
                  + "' does not bound the comprehension over '"
                  + range
                  + "'";
      out.add(
          Elements.violation(
              CelComprehensionGuardRule.this, e.owner(), "has " + label(e) + problem, fix));
    }
  }

  /**
   * Returns whether an expression is, or starts with, {@code size(range) <= N &&} (N at most {@link
   * #MAX_GUARD}), so that it rejects every value of {@code range} larger than N.
   */
  static boolean boundsSize(Expression e, String range) {
    Optional<CelExpr> ast = e.parse();
    if (ast.isEmpty()) {
      return false;
    }
    CelExpr x = ast.get();
    if (x.getKind() == CelExpr.ExprKind.Kind.CALL
        && x.call().function().equals("_&&_")
        && x.call().args().size() == 2) {
      x = x.call().args().get(0);
    }
    return guard(x, true).filter(g -> g.range().equals(range) && g.n() <= MAX_GUARD).isPresent();
  }

  /**
   * Returns the guard {@code size(R) > N} / {@code size(R) >= N} (for {@code ||}) or {@code size(R)
   * <= N} / {@code size(R) < N} (for {@code &&}), normalised to {@code > n} and {@code <= n}.
   */
  private static Optional<Guard> guard(CelExpr x, boolean upper) {
    if (x.getKind() != CelExpr.ExprKind.Kind.CALL || x.call().args().size() != 2) {
      return Optional.empty();
    }
    String op = x.call().function();
    Optional<String> range = sizeOf(x.call().args().get(0));
    OptionalLong n = intLiteral(x.call().args().get(1));
    if (range.isEmpty() || n.isEmpty()) {
      return Optional.empty();
    }
    long v = n.getAsLong();
    String text = "size(" + range.get() + ") " + opText(op) + " " + v;
    if (upper && op.equals("_<=_")) {
      return Optional.of(new Guard(range.get(), true, v, text));
    } else if (upper && op.equals("_<_")) {
      return Optional.of(new Guard(range.get(), true, v - 1, text));
    } else if (!upper && op.equals("_>_")) {
      return Optional.of(new Guard(range.get(), false, v, text));
    } else if (!upper && op.equals("_>=_")) {
      return Optional.of(new Guard(range.get(), false, v - 1, text));
    }
    return Optional.empty();
  }

  private static String opText(String function) {
    return function.substring(1, function.length() - 1);
  }

  /** {@code size(R)} or {@code R.size()}, returning R's key. */
  private static Optional<String> sizeOf(CelExpr x) {
    if (x.getKind() != CelExpr.ExprKind.Kind.CALL || !x.call().function().equals("size")) {
      return Optional.empty();
    }
    CelCall c = x.call();
    CelExpr arg =
        c.target().isPresent() && c.args().isEmpty()
            ? c.target().get()
            : (c.target().isEmpty() && c.args().size() == 1 ? c.args().get(0) : null);
    if (arg == null) {
      return Optional.empty();
    }
    String key = chain(arg);
    return key == null ? Optional.empty() : Optional.of(key);
  }

  private static OptionalLong intLiteral(CelExpr x) {
    if (x.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
      return OptionalLong.empty();
    }
    CelConstant c = x.constant();
    return switch (c.getKind()) {
      case INT64_VALUE -> OptionalLong.of(c.int64Value());
      case UINT64_VALUE -> OptionalLong.of(c.uint64Value().longValue());
      default -> OptionalLong.empty();
    };
  }

  /**
   * Returns what a comprehension iterates: the dotted path of a field ({@code this.items}), an
   * empty string for a list or map literal (constant size), the range of the inner comprehension
   * for {@code this.map(...).filter(...)} chains, or null for anything computed.
   */
  private static String rangeKey(CelExpr range) {
    return switch (range.getKind()) {
      case LIST, MAP -> "";
      case COMPREHENSION -> rangeKey(range.comprehension().iterRange());
      default -> chain(range);
    };
  }

  /** Returns {@code a.b.c} for an identifier/selection chain, or null. */
  private static String chain(CelExpr x) {
    if (x.getKind() == CelExpr.ExprKind.Kind.IDENT) {
      return x.ident().name();
    }
    if (x.getKind() == CelExpr.ExprKind.Kind.SELECT && !x.select().testOnly()) {
      String operand = chain(x.select().operand());
      return operand == null ? null : operand + "." + x.select().field();
    }
    return null;
  }

  /**
   * Returns the {@code max_items}/{@code max_pairs} of the field a range denotes, when the range is
   * {@code this} on a repeated or map field or a path of fields from a message {@code this}.
   */
  static OptionalLong bound(String range, Subject subject) {
    FieldDescriptor field = null;
    if (range.equals("this")) {
      field = subject.field();
    } else if (range.startsWith("this.") && subject.message() != null) {
      Descriptor m = subject.message();
      String[] parts = range.substring("this.".length()).split("\\.");
      for (int i = 0; i < parts.length; i++) {
        field = m == null ? null : m.findFieldByName(parts[i]);
        if (field == null) {
          return OptionalLong.empty();
        }
        if (i < parts.length - 1) {
          if (field.isRepeated() || field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
            return OptionalLong.empty();
          }
          m = field.getMessageType();
        }
      }
    }
    return field == null ? OptionalLong.empty() : RequestSizeBoundsRule.maxItems(field);
  }
}
