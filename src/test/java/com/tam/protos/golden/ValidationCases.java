package com.tam.protos.golden;

import build.buf.validate.FieldRules;
import build.buf.validate.StringRules;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request messages of the golden corpus: for every RPC of every service in the compiled
 * contracts, the empty request, a request filled with plausible values, and that request with each
 * rule-bearing string field replaced by sample values (every money field gets every money sample),
 * plus hand-picked cases for map keys, escaping and the violation cap.
 */
final class ValidationCases {

  /** One request to validate. */
  record Case(String name, MethodDescriptor<?, ?> method, Message request) {}

  /** Sample values for money and odds fields: valid, near misses and garbage. */
  static final List<String> MONEY_SAMPLES =
      List.of(
          "100.00",
          "0",
          "0.01",
          "0.5",
          "999999999999999.99",
          "1.001",
          "1e3",
          "-5.00",
          "01.00",
          "1.",
          ".5",
          " 1",
          "abc",
          "1000000000000000",
          "2.50",
          "1.01",
          "999.99",
          "1.00",
          "");

  /** Sample values for every other string field with a rule. */
  static final List<String> STRING_SAMPLES =
      List.of("", "a b", "x".repeat(129), "user-123", "EUR", "-bad");

  private static final String ID = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";

  private ValidationCases() {}

  /** Every service of the contracts, as the generated grpc-java descriptors. */
  static List<ServiceDescriptor> services() {
    FileDescriptorSet set;
    try (InputStream in =
        ValidationCases.class
            .getClassLoader()
            .getResourceAsStream("META-INF/tam-protos/tam-protos.binpb")) {
      set = FileDescriptorSet.parseFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ServiceDescriptor> out = new ArrayList<>();
    for (FileDescriptorProto file : set.getFileList()) {
      for (ServiceDescriptorProto service : file.getServiceList()) {
        String className = file.getOptions().getJavaPackage() + "." + service.getName() + "Grpc";
        try {
          out.add(
              (ServiceDescriptor)
                  Class.forName(className).getMethod("getServiceDescriptor").invoke(null));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("no generated stub " + className, e);
        }
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  static Message prototype(MethodDescriptor<?, ?> method) {
    return (Message)
        ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller())
            .getMessagePrototype();
  }

  static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (ServiceDescriptor service : services()) {
      for (MethodDescriptor<?, ?> method : service.getMethods()) {
        if (method.getType() != MethodDescriptor.MethodType.UNARY
            && method.getType() != MethodDescriptor.MethodType.SERVER_STREAMING) {
          continue;
        }
        Message empty = prototype(method);
        String m = method.getFullMethodName();
        cases.add(new Case(m + " empty", method, empty));
        Message filled = fill(empty.toBuilder(), 0).build();
        cases.add(new Case(m + " filled", method, filled));
        for (FieldDescriptor field : empty.getDescriptorForType().getFields()) {
          StringRules rules = stringRules(field);
          if (rules == null || field.isRepeated()) {
            continue;
          }
          List<String> samples = isMoney(rules) ? MONEY_SAMPLES : STRING_SAMPLES;
          for (String sample : samples) {
            Message mutated = filled.toBuilder().setField(field, sample).build();
            cases.add(new Case(m + " " + field.getName() + "=" + quote(sample), method, mutated));
          }
        }
      }
    }
    cases.addAll(special());
    return cases;
  }

  /** Map keys that must be escaped and cut, and more violations than the cap. */
  private static List<Case> special() {
    List<Case> out = new ArrayList<>();
    for (ServiceDescriptor service : services()) {
      for (MethodDescriptor<?, ?> method : service.getMethods()) {
        Message empty = prototype(method);
        for (FieldDescriptor field : empty.getDescriptorForType().getFields()) {
          if (!field.isMapField()
              || field.getMessageType().findFieldByName("key").getType()
                  != FieldDescriptor.Type.STRING) {
            continue;
          }
          Message filled = fill(empty.toBuilder(), 0).build();
          Map<String, List<String>> keySets = new LinkedHashMap<>();
          keySets.put("quote", List.of("a\"b"));
          keySets.put("backslash", List.of("a\\b"));
          keySets.put("control", List.of("a\nb\tc\rd\u0001e\u007f"));
          keySets.put("unicode", List.of("ünï-€-😀"));
          keySets.put("long", List.of("K".repeat(65) + "\"" + "\\".repeat(10)));
          keySets.put("exactly64", List.of("Y".repeat(63) + "\n"));
          keySets.put("astral-long", List.of("😀".repeat(70)));
          List<String> many = new ArrayList<>();
          for (int i = 0; i < 30; i++) {
            many.add(String.format("Bad key %02d", i));
          }
          keySets.put("thirty", many);
          List<String> fat = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            fat.add(String.format("%02d", i) + "\"".repeat(62));
          }
          keySets.put("over-4KiB", fat);
          for (var e : keySets.entrySet()) {
            Message.Builder b = filled.toBuilder();
            for (String key : e.getValue()) {
              Message.Builder entry = b.newBuilderForField(field);
              entry.setField(field.getMessageType().findFieldByName("key"), key);
              FieldDescriptor value = field.getMessageType().findFieldByName("value");
              if (value.getType() == FieldDescriptor.Type.STRING) {
                entry.setField(value, "v");
              }
              b.addRepeatedField(field, entry.build());
            }
            out.add(
                new Case(
                    method.getFullMethodName() + " " + field.getName() + " keys " + e.getKey(),
                    method,
                    b.build()));
          }
        }
        for (FieldDescriptor field : empty.getDescriptorForType().getFields()) {
          if (field.isRepeated()
              && !field.isMapField()
              && field.getType() == FieldDescriptor.Type.ENUM) {
            for (int n : new int[] {1, 3, 25}) {
              Message.Builder b = fill(empty.toBuilder(), 0);
              b.clearField(field);
              for (int i = 0; i < n; i++) {
                b.addRepeatedField(
                    field, field.getEnumType().findValueByNumberCreatingIfUnknown(90 + i % 3));
              }
              out.add(
                  new Case(
                      method.getFullMethodName() + " " + field.getName() + " " + n + " undefined",
                      method,
                      b.build()));
            }
          }
        }
      }
    }
    return out;
  }

  static StringRules stringRules(FieldDescriptor field) {
    if (field.getJavaType() != FieldDescriptor.JavaType.STRING) {
      return null;
    }
    FieldRules rules = field.getOptions().getExtension(ValidateProto.field);
    return rules.hasString() ? rules.getString() : null;
  }

  static boolean isMoney(StringRules rules) {
    String p = rules.getPattern();
    return p.contains("[0-9]{0,14}") || p.startsWith("^(1\\.(0[1-9]");
  }

  /** Fills a request with plausible values, guided by its rules. */
  static Message.Builder fill(Message.Builder b, int depth) {
    Descriptor type = b.getDescriptorForType();
    for (FieldDescriptor field : type.getFields()) {
      if (field.getRealContainingOneof() != null
          && field.getRealContainingOneof().getFields().get(0) != field) {
        continue;
      }
      FieldRules rules = field.getOptions().getExtension(ValidateProto.field);
      if (field.isMapField()) {
        continue;
      }
      if (field.isRepeated()) {
        if (rules.hasRepeated() && rules.getRepeated().getMinItems() > 0) {
          Object one = sample(b, field, rules.getRepeated().getItems(), depth);
          if (one != null) {
            b.addRepeatedField(field, one);
          }
        }
        continue;
      }
      Object value = sample(b, field, rules, depth);
      if (value != null) {
        b.setField(field, value);
      }
    }
    return b;
  }

  private static Object sample(
      Message.Builder b, FieldDescriptor field, FieldRules rules, int depth) {
    switch (field.getJavaType()) {
      case STRING -> {
        if (!rules.hasString()) {
          return null;
        }
        StringRules s = rules.getString();
        String p = s.getPattern();
        if (isMoney(s)) {
          return p.startsWith("^(1\\.(0[1-9]") ? "2.50" : "10.00";
        }
        if (p.equals("^[A-Z]{3}$")) {
          return "EUR";
        }
        if (p.equals(ID) || p.equals("^([A-Za-z0-9][A-Za-z0-9._:-]*)?$")) {
          return field.getName() + "-1";
        }
        if (s.getUuid()) {
          return "0f8e2a4c-1b3d-4e5f-8a9b-0c1d2e3f4a5b";
        }
        if (s.getEmail()) {
          return "user@example.com";
        }
        if (s.getMinLen() > 0 && p.isEmpty()) {
          return "x".repeat((int) Math.max(s.getMinLen(), 8));
        }
        return null;
      }
      case ENUM -> {
        List<EnumValueDescriptor> values = field.getEnumType().getValues();
        return values.size() > 1 ? values.get(1) : null;
      }
      case MESSAGE -> {
        if (depth >= 3 || field.getMessageType().getFullName().startsWith("google.protobuf.")) {
          return null;
        }
        if (!rules.getRequired()) {
          return null;
        }
        return fill(b.newBuilderForField(field), depth + 1).build();
      }
      case INT, LONG -> {
        if (rules.hasInt32() && (rules.getInt32().hasGt() || rules.getInt32().hasGte())) {
          return 1;
        }
        if (rules.hasInt64() && (rules.getInt64().hasGt() || rules.getInt64().hasGte())) {
          return 1L;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.length() > 20 ? (s.substring(0, 20) + "…").toCharArray() : s.toCharArray()) {
      out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
