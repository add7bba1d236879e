package com.tam.protos.contract;

import build.buf.validate.FieldRules;
import build.buf.validate.StringRules;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.validation.ContractPatterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Helpers shared by the rules: element names, source comments and protovalidate options. */
final class Elements {

  private static final Map<FileDescriptor, Map<List<Integer>, Location>> LOCATIONS =
      new ConcurrentHashMap<>();

  private Elements() {}

  /** Returns the element kind and fully qualified name, for example {@code rpc a.v1.S.M}. */
  static String describe(GenericDescriptor d) {
    if (d instanceof ServiceDescriptor) {
      return "service " + d.getFullName();
    } else if (d instanceof MethodDescriptor) {
      return "rpc " + d.getFullName();
    } else if (d instanceof Descriptor) {
      return "message " + d.getFullName();
    } else if (d instanceof FieldDescriptor f) {
      return (f.isExtension() ? "extension " : "field ") + f.getFullName();
    } else if (d instanceof EnumDescriptor) {
      return "enum " + d.getFullName();
    } else if (d instanceof EnumValueDescriptor v) {
      return "enum value " + v.getType().getFullName() + "." + v.getName();
    } else if (d instanceof OneofDescriptor) {
      return "oneof " + d.getFullName();
    }
    return d.getFullName();
  }

  /** Returns a violation of {@code rule} located at {@code element}. */
  static Violation violation(
      ContractRule rule, GenericDescriptor element, String problem, String fix) {
    return new Violation(element.getFile().getName(), describe(element), rule.name(), problem, fix);
  }

  /** Returns the SourceCodeInfo path of an element (see descriptor.proto). */
  static List<Integer> path(GenericDescriptor d) {
    List<Integer> path = new ArrayList<>();
    if (d instanceof ServiceDescriptor s) {
      path.addAll(List.of(6, s.getIndex()));
    } else if (d instanceof MethodDescriptor m) {
      path.addAll(path(m.getService()));
      path.addAll(List.of(2, m.getIndex()));
    } else if (d instanceof Descriptor m) {
      if (m.getContainingType() == null) {
        path.addAll(List.of(4, m.getIndex()));
      } else {
        path.addAll(path(m.getContainingType()));
        path.addAll(List.of(3, m.getIndex()));
      }
    } else if (d instanceof FieldDescriptor f) {
      if (f.isExtension()) {
        if (f.getExtensionScope() == null) {
          path.addAll(List.of(7, f.getIndex()));
        } else {
          path.addAll(path(f.getExtensionScope()));
          path.addAll(List.of(6, f.getIndex()));
        }
      } else {
        path.addAll(path(f.getContainingType()));
        path.addAll(List.of(2, f.getIndex()));
      }
    } else if (d instanceof EnumDescriptor e) {
      if (e.getContainingType() == null) {
        path.addAll(List.of(5, e.getIndex()));
      } else {
        path.addAll(path(e.getContainingType()));
        path.addAll(List.of(4, e.getIndex()));
      }
    } else if (d instanceof EnumValueDescriptor v) {
      path.addAll(path(v.getType()));
      path.addAll(List.of(2, v.getIndex()));
    } else if (d instanceof OneofDescriptor o) {
      path.addAll(path(o.getContainingType()));
      path.addAll(List.of(8, o.getIndex()));
    } else {
      throw new IllegalArgumentException("no source path for " + d);
    }
    return path;
  }

  /** Returns the element's leading comment, or an empty string when it has none. */
  static String leadingComment(GenericDescriptor d) {
    Map<List<Integer>, Location> byPath =
        LOCATIONS.computeIfAbsent(
            d.getFile(),
            file -> {
              Map<List<Integer>, Location> map = new HashMap<>();
              for (Location l : file.toProto().getSourceCodeInfo().getLocationList()) {
                map.putIfAbsent(List.copyOf(l.getPathList()), l);
              }
              return map;
            });
    Location location = byPath.get(path(d));
    return location == null ? "" : location.getLeadingComments();
  }

  /** Returns the {@code (buf.validate.field)} rules of a field (default instance if none). */
  static FieldRules fieldRules(FieldDescriptor f) {
    return f.getOptions().getExtension(ValidateProto.field);
  }

  /** Returns the string rules of a string field, or of the items of a repeated string field. */
  static StringRules stringRules(FieldDescriptor f) {
    FieldRules rules = fieldRules(f);
    return f.isRepeated() ? rules.getRepeated().getItems().getString() : rules.getString();
  }

  /** Returns the protobuf type of a field as written in a .proto file. */
  static String typeName(FieldDescriptor f) {
    String base =
        switch (f.getJavaType()) {
          case MESSAGE -> f.getMessageType().getFullName();
          case ENUM -> f.getEnumType().getFullName();
          default -> f.getType().name().toLowerCase();
        };
    return f.isMapField() ? "map" : (f.isRepeated() ? "repeated " + base : base);
  }

  /** Returns whether the field is a singular {@code string}. */
  static boolean isSingularString(FieldDescriptor f) {
    return f.getType() == FieldDescriptor.Type.STRING && !f.isRepeated();
  }

  /** Returns the RPC's {@code idempotency_level}. */
  static IdempotencyLevel level(MethodDescriptor m) {
    return m.getOptions().getIdempotencyLevel();
  }

  /** Returns whether the RPC is classified as a write ({@code IDEMPOTENT}). */
  static boolean isWrite(MethodDescriptor m) {
    return level(m) == IdempotencyLevel.IDEMPOTENT;
  }

  /**
   * Checks the canonical required-id rule: singular string with {@code min_len >= 1}, {@code
   * max_len} between 1 and 128 and {@code pattern == ContractPatterns.ID}.
   *
   * @return what is wrong, or empty when the field is a proper id
   */
  static Optional<String> idRuleProblem(FieldDescriptor f) {
    if (!isSingularString(f)) {
      return Optional.of("is '" + typeName(f) + "', not a singular 'string'");
    }
    StringRules s = fieldRules(f).getString();
    List<String> problems = new ArrayList<>();
    if (!s.hasMinLen() || s.getMinLen() < 1) {
      problems.add("min_len >= 1");
    }
    if (!s.hasMaxLen() || s.getMaxLen() < 1 || s.getMaxLen() > ContractPatterns.ID_MAX_LEN) {
      problems.add("max_len <= " + ContractPatterns.ID_MAX_LEN);
    }
    if (!ContractPatterns.ID.equals(s.getPattern())) {
      problems.add("pattern ContractPatterns.ID");
    }
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of("lacks the id rule (" + String.join(", ", problems) + ")");
  }

  /** The rule text to paste for an id field. */
  static String idRuleText() {
    return "[(buf.validate.field).string = {min_len: 1, max_len: "
        + ContractPatterns.ID_MAX_LEN
        + ", pattern: \""
        + ContractPatterns.ID.replace("\\", "\\\\")
        + "\"}]";
  }

  /**
   * Returns the domain of a file: the first segment of its package ({@code wallet.v1} -> wallet).
   */
  static String domain(FileDescriptor file) {
    String pkg = file.getPackage();
    int dot = pkg.indexOf('.');
    return dot < 0 ? pkg : pkg.substring(0, dot);
  }

  /** Converts lower_snake_case to UpperCamelCase. */
  static String upperCamel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
