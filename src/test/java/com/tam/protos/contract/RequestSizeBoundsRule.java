package com.tam.protos.contract;

import build.buf.validate.BytesRules;
import build.buf.validate.FieldRules;
import build.buf.validate.StringRules;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.tam.protos.validation.ContractPatterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Every request is bounded in size: in every message an RPC accepts, and every message reachable
 * from it through its fields, each repeated field has {@code repeated.max_items}, each map {@code
 * map.max_pairs}, and each string or bytes value (singular, list items, map keys, map values) a
 * {@code max_len} (or {@code len}, {@code const} or an {@code in} list). No request message is
 * recursive, and the only foreign messages a request may hold are well-known types of constant
 * size; a {@code google.protobuf.FieldMask} field needs a CEL rule starting with {@code
 * size(this.paths) <= N &&}.
 *
 * <p>With these bounds a request's worst case (every list full, every string at its limit) is a
 * finite input, and protovalidate's work on it is bounded (see {@code ValidationCostBudgetTest}).
 */
public final class RequestSizeBoundsRule implements ContractRule {

  @Override
  public String id() {
    return "REQUEST_SIZE_BOUNDS";
  }

  /** Foreign messages whose size does not depend on the input (FieldMask needs a CEL bound). */
  static final Set<String> CONSTANT_SIZE_WELL_KNOWN =
      Set.of(
          "google.protobuf.Timestamp",
          "google.protobuf.Duration",
          "google.protobuf.Empty",
          "google.protobuf.BoolValue",
          "google.protobuf.Int32Value",
          "google.protobuf.Int64Value",
          "google.protobuf.UInt32Value",
          "google.protobuf.UInt64Value");

  static final String FIELD_MASK = "google.protobuf.FieldMask";

  /**
   * The {@code max_len} of a short formatted value (money, odds, currency): a little above the
   * longest value its ContractPatterns pattern accepts, so that a realistic malformed value fails
   * on the pattern alone and only an absurd one also fails on the length.
   */
  public static final int FORMATTED_VALUE_MAX_LEN = 32;

  private static final Set<String> FORMATTED_PATTERNS =
      Set.of(
          ContractPatterns.MONEY,
          ContractPatterns.POSITIVE_MONEY,
          ContractPatterns.SIGNED_MONEY,
          ContractPatterns.DECIMAL_ODDS,
          ContractPatterns.CURRENCY);

  @Override
  public String summary() {
    return "every list, map, string and bytes value reachable from a request has a size limit";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    Set<FileDescriptor> files = new HashSet<>(contracts.files());
    Map<Descriptor, MethodDescriptor> reachable = reachable(contracts);
    reachable.forEach(
        (message, rpc) -> {
          for (FieldDescriptor f : message.getFields()) {
            check(f, rpc, files).ifPresent(out::add);
          }
        });
    Set<Descriptor> done = new HashSet<>();
    for (MethodDescriptor rpc : contracts.methods().toList()) {
      cycle(rpc.getInputType(), new ArrayList<>(), done, files)
          .ifPresent(
              path ->
                  out.add(
                      Elements.violation(
                          this,
                          path.get(0),
                          "is recursive ("
                              + String.join(" -> ", path.stream().map(Descriptor::getName).toList())
                              + ") and reachable from the request of rpc "
                              + rpc.getFullName()
                              + ", so its depth is unbounded",
                          "break the cycle: a request holds a fixed depth of messages")));
    }
    return out.stream().distinct().toList();
  }

  /**
   * Returns every contract message an RPC accepts, directly or through fields, each with the first
   * RPC (in file order) that reaches it.
   */
  static Map<Descriptor, MethodDescriptor> reachable(ContractSet contracts) {
    Set<FileDescriptor> files = new HashSet<>(contracts.files());
    Map<Descriptor, MethodDescriptor> seen = new LinkedHashMap<>();
    for (MethodDescriptor rpc : contracts.methods().toList()) {
      List<Descriptor> todo = new ArrayList<>(List.of(rpc.getInputType()));
      while (!todo.isEmpty()) {
        Descriptor m = todo.remove(todo.size() - 1);
        if (!files.contains(m.getFile()) || seen.containsKey(m)) {
          continue;
        }
        seen.put(m, rpc);
        for (FieldDescriptor f : m.getFields()) {
          messageType(f).ifPresent(todo::add);
        }
      }
    }
    return seen;
  }

  /** The message type a field holds: its own, its items', or its map values'. */
  static Optional<Descriptor> messageType(FieldDescriptor f) {
    FieldDescriptor v = f.isMapField() ? f.getMessageType().findFieldByName("value") : f;
    return v.getJavaType() == JavaType.MESSAGE ? Optional.of(v.getMessageType()) : Optional.empty();
  }

  /** Returns the {@code max_items} of a repeated field or {@code max_pairs} of a map, if set. */
  static OptionalLong maxItems(FieldDescriptor f) {
    FieldRules rules = Elements.fieldRules(f);
    if (f.isMapField()) {
      return rules.getMap().hasMaxPairs()
          ? OptionalLong.of(rules.getMap().getMaxPairs())
          : OptionalLong.empty();
    }
    if (f.isRepeated()) {
      return rules.getRepeated().hasMaxItems()
          ? OptionalLong.of(rules.getRepeated().getMaxItems())
          : OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** Returns whether string rules bound the length: max_len, len, const or a non-empty in list. */
  static boolean bounded(StringRules s) {
    return s.hasMaxLen() || s.hasLen() || s.hasConst() || s.getInCount() > 0;
  }

  /** Returns whether bytes rules bound the length: max_len, len, const or a non-empty in list. */
  static boolean bounded(BytesRules b) {
    return b.hasMaxLen() || b.hasLen() || b.hasConst() || b.getInCount() > 0;
  }

  private Optional<Violation> check(
      FieldDescriptor f, MethodDescriptor rpc, Set<FileDescriptor> files) {
    FieldRules rules = Elements.fieldRules(f);
    List<String> missing = new ArrayList<>();
    if (f.isMapField()) {
      if (!rules.getMap().hasMaxPairs()) {
        missing.add("map.max_pairs = <N>");
      }
      FieldDescriptor key = f.getMessageType().findFieldByName("key");
      FieldDescriptor value = f.getMessageType().findFieldByName("value");
      missing.addAll(length(key, rules.getMap().getKeys(), "map.keys."));
      missing.addAll(length(value, rules.getMap().getValues(), "map.values."));
    } else if (f.isRepeated()) {
      if (!rules.getRepeated().hasMaxItems()) {
        missing.add("repeated.max_items = <N>");
      }
      missing.addAll(length(f, rules.getRepeated().getItems(), "repeated.items."));
    } else {
      missing.addAll(length(f, rules, ""));
    }
    Optional<Descriptor> type = messageType(f);
    if (type.isPresent() && !files.contains(type.get().getFile())) {
      String name = type.get().getFullName();
      if (name.equals(FIELD_MASK)) {
        if (!fieldMaskBounded(f)) {
          missing.add(
              "cel = {id: \"<message>.<field>\", message: \"...\", expression: \"size(this.paths)"
                  + " <= <N> && <your check of the paths>\"}");
        }
      } else if (!CONSTANT_SIZE_WELL_KNOWN.contains(name)) {
        return Optional.of(
            Elements.violation(
                this,
                f,
                "holds "
                    + name
                    + ", whose size no rule bounds, in the request of rpc "
                    + rpc.getFullName(),
                "use a contract message with bounded fields (allowed foreign types: "
                    + String.join(", ", CONSTANT_SIZE_WELL_KNOWN.stream().sorted().toList())
                    + ", and "
                    + FIELD_MASK
                    + " with a size guard)"));
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Elements.violation(
            this,
            f,
            "is '"
                + Elements.typeName(f)
                + "' without a size limit, in the request of rpc "
                + rpc.getFullName(),
            "add "
                + String.join(", ", missing.stream().map(m -> "(buf.validate.field)." + m).toList())
                + (String.join(" ", missing).contains("<N>")
                    ? " (choose N as the largest value a real client sends)"
                    : "")));
  }

  private static List<String> length(FieldDescriptor value, FieldRules rules, String prefix) {
    return switch (value.getType()) {
      case STRING ->
          bounded(rules.getString())
              ? List.of()
              : List.of(prefix + "string.max_len = " + suggestedMaxLen(rules.getString()));
      case BYTES -> bounded(rules.getBytes()) ? List.of() : List.of(prefix + "bytes.max_len = <N>");
      default -> List.of();
    };
  }

  /** The max_len to suggest: fixed for ContractPatterns values, else for the author to choose. */
  static String suggestedMaxLen(StringRules s) {
    if (FORMATTED_PATTERNS.contains(s.getPattern())) {
      return FORMATTED_VALUE_MAX_LEN + " (a ContractPatterns money, odds or currency value)";
    }
    if (s.getPattern().equals(ContractPatterns.ID)
        || s.getPattern().equals(ContractPatterns.OPTIONAL_ID)) {
      return ContractPatterns.ID_MAX_LEN + " (an id)";
    }
    return "<N>";
  }

  private static boolean fieldMaskBounded(FieldDescriptor f) {
    CelExpressions.Subject subject = CelExpressions.Subject.scalarOrMessage(f);
    FieldRules rules = Elements.fieldRules(f);
    List<String> expressions = new ArrayList<>(rules.getCelExpressionList());
    rules.getCelList().forEach(r -> expressions.add(r.getExpression()));
    return expressions.stream()
        .map(e -> new CelExpressions.Expression(f, "", "", e, subject))
        .anyMatch(e -> CelComprehensionGuardRule.boundsSize(e, "this.paths"));
  }

  private Optional<List<Descriptor>> cycle(
      Descriptor m, List<Descriptor> stack, Set<Descriptor> done, Set<FileDescriptor> files) {
    if (!files.contains(m.getFile()) || done.contains(m)) {
      return Optional.empty();
    }
    int at = stack.indexOf(m);
    if (at >= 0) {
      List<Descriptor> path = new ArrayList<>(stack.subList(at, stack.size()));
      path.add(m);
      return Optional.of(path);
    }
    stack.add(m);
    for (FieldDescriptor f : m.getFields()) {
      Optional<Descriptor> type = messageType(f);
      if (type.isPresent()) {
        Optional<List<Descriptor>> found = cycle(type.get(), stack, done, files);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    stack.remove(stack.size() - 1);
    done.add(m);
    return Optional.empty();
  }
}
