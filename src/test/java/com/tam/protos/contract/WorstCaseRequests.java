package com.tam.protos.contract;

import build.buf.validate.BytesRules;
import build.buf.validate.FieldRules;
import build.buf.validate.Rule;
import build.buf.validate.StringRules;
import build.buf.validate.ValidateProto;
import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the worst-case input of a request message: every repeated field at its {@code max_items},
 * every map at its {@code max_pairs}, every string and bytes value (list items, map keys and values
 * included) at its {@code max_len}, every nested message filled the same way, and of each oneof the
 * member with the largest worst case. A value the rules do not bound is refused with {@link
 * Unbounded}, naming the field.
 *
 * <p>Strings are the letter {@code a} repeated, prefixed with the item's index so that list items
 * and map keys differ (an {@code in} or {@code const} rule yields its longest allowed value); enums
 * take their highest defined value, numbers 1, booleans true; a {@code google.protobuf.FieldMask}
 * gets the number of paths its {@code size(this.paths) <= N} guard allows. Values therefore often
 * break patterns: the worst case is an attacker's input, and building violations is part of the
 * work measured.
 *
 * <p>Self-contained (protobuf and protovalidate types only) because the JMH benchmark in {@code
 * benchmarks/} compiles this one file too; {@code ValidationCostBudgetTest} is its test.
 */
public final class WorstCaseRequests {

  /** The descriptor set shipped in the tam-protos jar. */
  public static final String DESCRIPTOR_SET = "META-INF/tam-protos/tam-protos.binpb";

  /** Deepest message nesting accepted (the contracts are far shallower; recursion is refused). */
  static final int MAX_DEPTH = 16;

  private static final Pattern PATHS_GUARD =
      Pattern.compile("^\\s*size\\(this\\.paths\\)\\s*<=\\s*([0-9]+)\\s*(&&|$)");

  /** Thrown when a value of a request has no size bound. */
  public static final class Unbounded extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Unbounded(FieldDescriptor f, String what) {
      super(f.getFullName() + " has no " + what + ", so its worst case is unbounded");
    }
  }

  private WorstCaseRequests() {}

  /**
   * Returns the default instance of every request message of the contracts (the input type of an
   * RPC of a file in {@code proto/}), in file order, each once.
   *
   * @return request full name to generated default instance
   */
  public static Map<String, Message> requestPrototypes() {
    Map<String, Message> out = new LinkedHashMap<>();
    for (FileDescriptorProto file : descriptorSet().getFileList()) {
      if (file.getName().startsWith("google/") || file.getName().startsWith("buf/")) {
        continue;
      }
      for (ServiceDescriptorProto s : file.getServiceList()) {
        for (MethodDescriptorProto m : s.getMethodList()) {
          String type = m.getInputType().substring(1);
          out.computeIfAbsent(type, t -> defaultInstance(file, t));
        }
      }
    }
    return out;
  }

  /**
   * Returns the worst case of a message type.
   *
   * @param prototype any instance of the type (for example its default instance)
   * @return the worst-case message
   * @throws Unbounded if a repeated field, map, string or bytes value has no size bound
   */
  public static Message of(Message prototype) {
    Message.Builder b = prototype.newBuilderForType();
    fill(b, 0);
    return b.build();
  }

  private static void fill(Message.Builder b, int depth) {
    Descriptor type = b.getDescriptorForType();
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException(
          type.getFullName() + " is nested deeper than " + MAX_DEPTH + " (recursive?)");
    }
    for (OneofDescriptor oneof : type.getRealOneofs()) {
      fillLargestMember(b, oneof, depth);
    }
    for (FieldDescriptor f : type.getFields()) {
      if (f.getRealContainingOneof() == null) {
        fillField(b, f, depth);
      }
    }
  }

  private static void fillLargestMember(Message.Builder b, OneofDescriptor oneof, int depth) {
    Message best = null;
    for (FieldDescriptor member : oneof.getFields()) {
      Message.Builder candidate = b.build().toBuilder();
      fillField(candidate, member, depth);
      Message built = candidate.buildPartial();
      if (best == null || built.getSerializedSize() > best.getSerializedSize()) {
        best = built;
      }
    }
    if (best != null) {
      b.mergeFrom(best);
    }
  }

  private static void fillField(Message.Builder b, FieldDescriptor f, int depth) {
    FieldRules rules = f.getOptions().getExtension(ValidateProto.field);
    if (f.isMapField()) {
      if (!rules.getMap().hasMaxPairs()) {
        throw new Unbounded(f, "map.max_pairs");
      }
      Descriptor entry = f.getMessageType();
      for (int i = 0; i < rules.getMap().getMaxPairs(); i++) {
        Message.Builder e = b.newBuilderForField(f);
        FieldDescriptor key = entry.findFieldByName("key");
        FieldDescriptor value = entry.findFieldByName("value");
        e.setField(key, value(e, key, rules.getMap().getKeys(), i, depth, f));
        e.setField(value, value(e, value, rules.getMap().getValues(), i, depth, f));
        b.addRepeatedField(f, e.build());
      }
    } else if (f.isRepeated()) {
      if (!rules.getRepeated().hasMaxItems()) {
        throw new Unbounded(f, "repeated.max_items");
      }
      for (int i = 0; i < rules.getRepeated().getMaxItems(); i++) {
        b.addRepeatedField(f, value(b, f, rules.getRepeated().getItems(), i, depth, f));
      }
    } else {
      b.setField(f, value(b, f, rules, 0, depth, f));
    }
  }

  /** One value of {@code f} (a singular field, a list item, a map key or a map value). */
  private static Object value(
      Message.Builder owner,
      FieldDescriptor f,
      FieldRules rules,
      int index,
      int depth,
      FieldDescriptor reported) {
    return switch (f.getJavaType()) {
      case STRING -> string(rules.getString(), index, reported);
      case BYTE_STRING -> bytes(rules.getBytes(), index, reported);
      case ENUM -> {
        List<EnumValueDescriptor> values = f.getEnumType().getValues();
        yield values.get(values.size() - 1);
      }
      case BOOLEAN -> Boolean.TRUE;
      case INT -> index + 1;
      case LONG -> (long) index + 1;
      case FLOAT -> 1.0f;
      case DOUBLE -> 1.0d;
      case MESSAGE -> message(owner, f, rules, depth, reported);
    };
  }

  private static Message message(
      Message.Builder owner,
      FieldDescriptor f,
      FieldRules rules,
      int depth,
      FieldDescriptor reported) {
    Message.Builder b = owner.newBuilderForField(f);
    Descriptor type = f.getMessageType();
    switch (type.getFullName()) {
      case "google.protobuf.Timestamp", "google.protobuf.Duration" ->
          b.setField(type.findFieldByName("seconds"), 1_700_000_000L)
              .setField(type.findFieldByName("nanos"), 999_999_999);
      case "google.protobuf.FieldMask" -> {
        int paths = fieldMaskPaths(rules, reported);
        for (int i = 0; i < paths; i++) {
          b.addRepeatedField(type.findFieldByName("paths"), index(i) + "a".repeat(60));
        }
      }
      default -> {
        if (type.getFullName().startsWith("google.protobuf.")
            && !type.getName().endsWith("Value")
            && !type.getName().equals("Empty")) {
          throw new Unbounded(reported, "bounded type (it holds " + type.getFullName() + ")");
        }
        if (!type.getName().endsWith("Value")) {
          fill(b, depth + 1);
        } else if (type.findFieldByName("value").getJavaType() == FieldDescriptor.JavaType.STRING) {
          throw new Unbounded(reported, "bounded type (it holds " + type.getFullName() + ")");
        }
      }
    }
    return b.build();
  }

  private static int fieldMaskPaths(FieldRules rules, FieldDescriptor f) {
    List<String> expressions = new ArrayList<>(rules.getCelExpressionList());
    for (Rule r : rules.getCelList()) {
      expressions.add(r.getExpression());
    }
    for (String e : expressions) {
      Matcher m = PATHS_GUARD.matcher(e);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new Unbounded(f, "CEL guard 'size(this.paths) <= N'");
  }

  private static String string(StringRules s, int index, FieldDescriptor f) {
    if (s.hasConst()) {
      return s.getConst();
    }
    if (s.getInCount() > 0) {
      return s.getInList().stream().reduce((a, b) -> a.length() >= b.length() ? a : b).get();
    }
    long len = s.hasLen() ? s.getLen() : s.hasMaxLen() ? s.getMaxLen() : -1;
    if (len < 0) {
      throw new Unbounded(f, "string.max_len");
    }
    return pad(index(index), (int) len);
  }

  private static ByteString bytes(BytesRules s, int index, FieldDescriptor f) {
    if (s.hasConst()) {
      return s.getConst();
    }
    if (s.getInCount() > 0) {
      return s.getInList().stream().reduce((a, b) -> a.size() >= b.size() ? a : b).get();
    }
    long len = s.hasLen() ? s.getLen() : s.hasMaxLen() ? s.getMaxLen() : -1;
    if (len < 0) {
      throw new Unbounded(f, "bytes.max_len");
    }
    return ByteString.copyFromUtf8(pad(index(index), (int) len));
  }

  /** A short distinct prefix per item: "0", "1", ... (empty for a singular value). */
  private static String index(int i) {
    return i == 0 ? "" : Integer.toString(i);
  }

  private static String pad(String prefix, int len) {
    if (prefix.length() >= len) {
      return "a".repeat(len);
    }
    return prefix + "a".repeat(len - prefix.length());
  }

  private static Message defaultInstance(FileDescriptorProto file, String fullName) {
    String simple = fullName.substring(file.getPackage().length() + 1);
    String pkg = file.getOptions().getJavaPackage();
    String outer =
        file.getOptions().getJavaMultipleFiles()
            ? ""
            : file.getOptions().getJavaOuterClassname() + "$";
    String className = pkg + "." + outer + simple.replace('.', '$');
    try {
      return (Message) Class.forName(className).getMethod("getDefaultInstance").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no generated class " + className + " for " + fullName, e);
    }
  }

  private static FileDescriptorSet descriptorSet() {
    ExtensionRegistry registry = ExtensionRegistry.newInstance();
    ValidateProto.registerAllExtensions(registry);
    try (InputStream in =
        WorstCaseRequests.class.getClassLoader().getResourceAsStream(DESCRIPTOR_SET)) {
      if (in == null) {
        throw new IllegalStateException(DESCRIPTOR_SET + " is not on the classpath");
      }
      return FileDescriptorSet.parseFrom(in, registry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
