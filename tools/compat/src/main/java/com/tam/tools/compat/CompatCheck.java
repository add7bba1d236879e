package com.tam.tools.compat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The semantic compatibility check: compares the contracts of a baseline descriptor set with
 * those of a newer one and reports the breaks that {@code buf breaking} cannot see
 * (docs/VERSIONING.md, "Caught by the check"):
 *
 * <ul>
 *   <li>a protovalidate rule on a request field, message or oneof made stricter ({@link
 *       RuleComparison}), including a new field of an existing request whose rules reject the
 *       zero value that old clients send;
 *   <li>a documented error reason ({@code CODE / REASON} in the RPC's comment) removed from an
 *       RPC, or documented with another status code;
 *   <li>an RPC's {@code idempotency_level} changed;
 *   <li>a saga step's role or compensation changed ({@code (common.v1.saga_step)}), or a saga's
 *       step order or a step's role changed ({@code (common.v1.saga)});
 *   <li>an event's subject, kind or aggregate changed ({@code (common.v1.event)});
 *   <li>a currency's scale changed ({@code (common.v1.minor_units)} on an enum value).
 * </ul>
 *
 * <p>Elements are matched by full name (fields by number); elements that exist on one side only
 * are additions or removals, which {@code buf breaking} judges, except as stated above.
 *
 * <p>Usage: {@code java -jar tam-compat-check.jar BASELINE.binpb CURRENT.binpb} prints one line
 * per break ({@code file: element: reason}) and exits with 1 if there is any, 0 otherwise.
 */
public final class CompatCheck {

  static final String FIELD_RULES = "buf.validate.field";
  static final String MESSAGE_RULES = "buf.validate.message";
  static final String ONEOF_RULES = "buf.validate.oneof";
  static final String SAGA_STEP = "common.v1.saga_step";
  static final String SAGA = "common.v1.saga";
  static final String EVENT = "common.v1.event";
  static final String MINOR_UNITS = "common.v1.minor_units";

  /** A documented error in an RPC comment: a status code name, a slash, a reason. */
  private static final Pattern CODE_AND_REASON =
      Pattern.compile("\\b([A-Z][A-Z_]+) / ([A-Z][A-Z0-9_]+)\\b");

  private final Contracts older;
  private final Contracts newer;
  private final List<Finding> findings = new ArrayList<>();

  private CompatCheck(Contracts older, Contracts newer) {
    this.older = older;
    this.newer = newer;
  }

  /** Returns every break of {@code newer} against the baseline {@code older}, sorted. */
  public static List<Finding> compare(Contracts older, Contracts newer) {
    CompatCheck check = new CompatCheck(older, newer);
    check.requestRules();
    check.rpcs();
    check.sagas();
    check.events();
    check.currencies();
    return check.findings.stream().sorted().distinct().toList();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CompatCheck BASELINE.binpb CURRENT.binpb");
      System.exit(2);
    }
    List<Finding> found = compare(Contracts.read(Path.of(args[0])), Contracts.read(Path.of(args[1])));
    found.forEach(System.out::println);
    if (!found.isEmpty()) {
      System.out.println(found.size() + " incompatible change" + (found.size() == 1 ? "" : "s"));
      System.exit(1);
    }
  }

  // --- protovalidate rules on requests ---------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static Map<String, Object> rules(Contracts side, com.google.protobuf.Message options, String ext) {
    return (Map<String, Object>) side.option(options, ext);
  }

  private void requestRules() {
    Set<String> requests = older.requestMessages();
    for (String name : requests) {
      Descriptor o = older.message(name);
      Descriptor n = newer.message(name);
      if (o == null || n == null) {
        continue; // removed (buf's concern) or nested in a removed message
      }
      report(n, RuleComparison.stricter(
          rules(older, o.getOptions(), MESSAGE_RULES), rules(newer, n.getOptions(), MESSAGE_RULES)));
      for (FieldDescriptor nf : n.getFields()) {
        FieldDescriptor of = o.findFieldByNumber(nf.getNumber());
        Map<String, Object> newRules = rules(newer, nf.getOptions(), FIELD_RULES);
        if (of != null) {
          report(nf, RuleComparison.stricter(rules(older, of.getOptions(), FIELD_RULES), newRules));
        } else if (newField(nf, newRules)) {
          add(nf, "new field on an existing request with rules its zero value may fail "
              + "(old clients never set it): " + newRules + "; add ignore: IGNORE_IF_ZERO_VALUE "
              + "or make it optional");
        }
      }
      for (OneofDescriptor noo : n.getRealOneofs()) {
        OneofDescriptor ooo = o.getRealOneofs().stream()
            .filter(x -> x.getName().equals(noo.getName())).findFirst().orElse(null);
        Map<String, Object> oldRules = ooo == null ? null : rules(older, ooo.getOptions(), ONEOF_RULES);
        report(noo, RuleComparison.stricter(oldRules, rules(newer, noo.getOptions(), ONEOF_RULES)));
      }
    }
  }

  /**
   * Whether the rules of a field added to an existing request may reject what old clients send:
   * nothing, i.e. the field's zero value. Rules of a field with explicit presence (a message, a
   * proto3 {@code optional}, a oneof member) only apply when it is set, unless {@code required}.
   */
  private static boolean newField(FieldDescriptor field, Map<String, Object> rules) {
    if (rules == null || rules.isEmpty()) {
      return false;
    }
    if (Boolean.TRUE.equals(rules.get("required"))) {
      return true;
    }
    Object ignore = rules.get("ignore");
    if (ignore != null && !"IGNORE_UNSPECIFIED".equals(ignore)) {
      return false;
    }
    if (field.hasPresence() && !field.isRepeated()) {
      return false;
    }
    Map<String, Object> relevant = new TreeMap<>(rules);
    relevant.keySet().removeAll(Set.of("ignore", "required"));
    return relevant.values().stream().anyMatch(v -> !ZeroValue.accepts(v));
  }

  // --- RPCs: errors, idempotency, saga steps ---------------------------------------------------

  private void rpcs() {
    Map<String, MethodDescriptor> newMethods = byName(newer.methods().toList(), MethodDescriptor::getFullName);
    for (MethodDescriptor o : older.methods().toList()) {
      MethodDescriptor n = newMethods.get(o.getFullName());
      if (n == null) {
        continue;
      }
      Map<String, Set<String>> oldErrors = documentedErrors(o);
      Map<String, Set<String>> newErrors = documentedErrors(n);
      oldErrors.forEach((reason, codes) -> {
        Set<String> now = newErrors.get(reason);
        if (now == null) {
          add(n, "error reason " + reason + " (" + String.join(", ", codes)
              + ") no longer documented");
        } else if (!now.containsAll(codes)) {
          add(n, "error reason " + reason + " changed status code from "
              + String.join(", ", codes) + " to " + String.join(", ", now));
        }
      });
      var oldLevel = o.getOptions().getIdempotencyLevel();
      var newLevel = n.getOptions().getIdempotencyLevel();
      if (oldLevel != newLevel) {
        add(n, "idempotency_level changed from " + oldLevel + " to " + newLevel);
      }
      Object oldStep = older.option(o.getOptions(), SAGA_STEP);
      Object newStep = newer.option(n.getOptions(), SAGA_STEP);
      if (oldStep != null && !Objects.equals(oldStep, newStep)) {
        add(n, "saga step changed from " + oldStep + " to " + (newStep == null ? "none" : newStep));
      }
    }
  }

  /** Reason -> status codes documented for it in the RPC's leading comment. */
  static Map<String, Set<String>> documentedErrors(MethodDescriptor method) {
    String comment = Contracts.leadingComment(method).replaceAll("\\s+", " ");
    Map<String, Set<String>> errors = new TreeMap<>();
    Matcher m = CODE_AND_REASON.matcher(comment);
    while (m.find()) {
      errors.computeIfAbsent(m.group(2), k -> new TreeSet<>()).add(m.group(1));
    }
    return errors;
  }

  // --- Sagas ----------------------------------------------------------------------------------

  private void sagas() {
    Map<String, ServiceDescriptor> newServices =
        byName(newer.services().toList(), ServiceDescriptor::getFullName);
    for (ServiceDescriptor o : older.services().toList()) {
      ServiceDescriptor n = newServices.get(o.getFullName());
      Map<String, Map<?, ?>> oldSagas = sagasOf(older, o);
      Map<String, Map<?, ?>> newSagas = n == null ? Map.of() : sagasOf(newer, n);
      oldSagas.forEach((name, saga) -> {
        Map<?, ?> now = newSagas.get(name);
        GenericDescriptor at = n == null ? o : n;
        if (now == null) {
          add(at, "saga '" + name + "' removed");
          return;
        }
        List<String> oldOrder = steps(saga).stream().map(s -> String.valueOf(s.get("method"))).toList();
        List<String> newOrder = steps(now).stream().map(s -> String.valueOf(s.get("method")))
            .filter(oldOrder::contains).toList();
        if (!oldOrder.equals(newOrder)) {
          add(at, "saga '" + name + "' step order changed from " + oldOrder + " to "
              + steps(now).stream().map(s -> String.valueOf(s.get("method"))).toList());
        }
        Map<String, Object> newRoles = new LinkedHashMap<>();
        steps(now).forEach(s -> newRoles.put(String.valueOf(s.get("method")), s.get("role")));
        for (Map<?, ?> step : steps(saga)) {
          String method = String.valueOf(step.get("method"));
          if (newRoles.containsKey(method) && !Objects.equals(step.get("role"), newRoles.get(method))) {
            add(at, "saga '" + name + "' step " + method + " role changed from "
                + step.get("role") + " to " + newRoles.get(method));
          }
        }
      });
    }
  }

  private static Map<String, Map<?, ?>> sagasOf(Contracts side, ServiceDescriptor service) {
    Map<String, Map<?, ?>> out = new TreeMap<>();
    Object sagas = side.option(service.getOptions(), SAGA);
    if (sagas instanceof List<?> list) {
      for (Object s : list) {
        Map<?, ?> saga = (Map<?, ?>) s;
        out.put(String.valueOf(saga.get("name")), saga);
      }
    }
    return out;
  }

  private static List<Map<?, ?>> steps(Map<?, ?> saga) {
    Object steps = saga.get("steps");
    List<Map<?, ?>> out = new ArrayList<>();
    if (steps instanceof List<?> l) {
      l.forEach(s -> out.add((Map<?, ?>) s));
    }
    return out;
  }

  // --- Events and currencies ------------------------------------------------------------------

  private void events() {
    Map<String, Descriptor> newMessages = byName(newer.messages().toList(), Descriptor::getFullName);
    for (Descriptor o : older.messages().toList()) {
      Object oldEvent = older.option(o.getOptions(), EVENT);
      Descriptor n = newMessages.get(o.getFullName());
      if (!(oldEvent instanceof Map<?, ?> oe) || n == null) {
        continue;
      }
      Object newEvent = newer.option(n.getOptions(), EVENT);
      Map<?, ?> ne = newEvent instanceof Map<?, ?> m ? m : Map.of();
      for (String key : List.of("subject", "kind", "aggregate")) {
        if (oe.get(key) != null && !Objects.equals(oe.get(key), ne.get(key))) {
          add(n, "event " + key + " changed from " + quote(oe.get(key)) + " to "
              + (ne.get(key) == null ? "none" : quote(ne.get(key))));
        }
      }
    }
  }

  private void currencies() {
    Map<String, EnumValueDescriptor> newValues = byName(
        newer.enums().flatMap(e -> e.getValues().stream()).toList(), EnumValueDescriptor::getFullName);
    older.enums().flatMap(e -> e.getValues().stream()).forEach(o -> {
      Object oldScale = older.option(o.getOptions(), MINOR_UNITS);
      EnumValueDescriptor n = newValues.get(o.getFullName());
      if (oldScale == null || n == null) {
        return;
      }
      Object newScale = newer.option(n.getOptions(), MINOR_UNITS);
      if (!Objects.equals(oldScale, newScale)) {
        add(n, "currency scale (minor units) changed from " + oldScale + " to "
            + (newScale == null ? "none" : newScale));
      }
    });
  }

  // --- Helpers ----------------------------------------------------------------------------------

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, x -> x, (a, b) -> a, TreeMap::new));
  }

  private void report(GenericDescriptor element, List<String> reasons) {
    reasons.forEach(r -> add(element, r));
  }

  private void add(GenericDescriptor element, String reason) {
    findings.add(new Finding("proto/" + element.getFile().getName(), element.getFullName(), reason));
  }

  private static String quote(Object v) {
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }

  /** One incompatible change: the file (as in the repository), the element and the reason. */
  public record Finding(String file, String element, String reason) implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
        .thenComparing(Finding::element).thenComparing(Finding::reason);

    @Override
    public int compareTo(Finding other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return file + ": " + element + ": " + reason;
    }
  }
}
