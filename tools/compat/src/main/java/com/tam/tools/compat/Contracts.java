package com.tam.tools.compat;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.ExtensionRegistry;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One side of a comparison: the contracts of a descriptor set (with imports, source info and
 * options), with their custom options read as plain values.
 *
 * <p>Custom options are looked up by the full name of their extension ({@code
 * buf.validate.field}, {@code common.v1.saga_step}, ...) in the descriptor set itself, so the
 * comparison needs no generated code and works on any version of the contracts. An option whose
 * extension does not exist on one side reads as unset.
 */
final class Contracts {

  private final Map<String, FileDescriptor> files = new LinkedHashMap<>();
  private final ExtensionRegistry registry = ExtensionRegistry.newInstance();

  private Contracts(FileDescriptorSet set) throws DescriptorValidationException {
    Map<String, FileDescriptorProto> protos = new LinkedHashMap<>();
    set.getFileList().forEach(f -> protos.put(f.getName(), f));
    for (String name : protos.keySet()) {
      build(name, protos);
    }
    for (FileDescriptor file : files.values()) {
      file.getExtensions().forEach(this::register);
      file.getMessageTypes().forEach(this::registerNested);
    }
  }

  /** Reads a serialized {@code FileDescriptorSet} (for example {@code buf build -o x.binpb}). */
  static Contracts read(Path descriptorSet) throws IOException {
    try {
      return new Contracts(FileDescriptorSet.parseFrom(Files.readAllBytes(descriptorSet)));
    } catch (DescriptorValidationException e) {
      throw new IOException(descriptorSet + ": invalid descriptor set: " + e.getMessage(), e);
    }
  }

  static Contracts of(FileDescriptorSet set) {
    try {
      return new Contracts(set);
    } catch (DescriptorValidationException e) {
      throw new IllegalArgumentException("invalid descriptor set: " + e.getMessage(), e);
    }
  }

  private FileDescriptor build(String name, Map<String, FileDescriptorProto> protos)
      throws DescriptorValidationException {
    FileDescriptor done = files.get(name);
    if (done != null) {
      return done;
    }
    if (name.equals("google/protobuf/descriptor.proto")) {
      // The runtime's own descriptor.proto, so that the extensions of the set extend the option
      // messages the runtime parses (FieldOptions, MethodOptions, ...).
      done = DescriptorProtos.getDescriptor();
    } else {
      FileDescriptorProto proto = protos.get(name);
      if (proto == null) {
        throw new IllegalArgumentException(
            "the descriptor set lacks " + name + " (build it with its imports)");
      }
      List<FileDescriptor> deps = new ArrayList<>();
      for (String dep : proto.getDependencyList()) {
        deps.add(build(dep, protos));
      }
      done = FileDescriptor.buildFrom(proto, deps.toArray(FileDescriptor[]::new));
    }
    files.put(name, done);
    return done;
  }

  private void registerNested(Descriptor message) {
    message.getExtensions().forEach(this::register);
    message.getNestedTypes().forEach(this::registerNested);
  }

  private void register(FieldDescriptor extension) {
    if (extension.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
      registry.add(extension, DynamicMessage.getDefaultInstance(extension.getMessageType()));
    } else {
      registry.add(extension);
    }
  }

  /** The contract files: everything except the imports of protobuf and protovalidate. */
  Stream<FileDescriptor> contractFiles() {
    return files.values().stream()
        .filter(f -> !f.getName().startsWith("google/") && !f.getName().startsWith("buf/"));
  }

  Stream<ServiceDescriptor> services() {
    return contractFiles().flatMap(f -> f.getServices().stream());
  }

  Stream<MethodDescriptor> methods() {
    return services().flatMap(s -> s.getMethods().stream());
  }

  Stream<Descriptor> messages() {
    List<Descriptor> all = new ArrayList<>();
    contractFiles().forEach(f -> f.getMessageTypes().forEach(m -> collect(m, all::add)));
    return all.stream();
  }

  Stream<EnumDescriptor> enums() {
    List<EnumDescriptor> all = new ArrayList<>();
    contractFiles()
        .forEach(
            f -> {
              all.addAll(f.getEnumTypes());
              f.getMessageTypes().forEach(m -> collect(m, d -> all.addAll(d.getEnumTypes())));
            });
    return all.stream();
  }

  private static void collect(Descriptor message, Consumer<Descriptor> sink) {
    if (message.getOptions().getMapEntry()) {
      return;
    }
    sink.accept(message);
    message.getNestedTypes().forEach(n -> collect(n, sink));
  }

  /**
   * Full names of the request messages: the input of every RPC and every contract message
   * reachable from one through its fields (map values included), because a rule on any of them
   * is checked on the request.
   */
  Set<String> requestMessages() {
    Set<String> seen = new TreeSet<>();
    Deque<Descriptor> todo = new ArrayDeque<>();
    methods().forEach(m -> todo.add(m.getInputType()));
    while (!todo.isEmpty()) {
      Descriptor d = todo.pop();
      String fileName = d.getFile().getName();
      if (fileName.startsWith("google/") || fileName.startsWith("buf/")) {
        continue;
      }
      if (!d.getOptions().getMapEntry() && !seen.add(d.getFullName())) {
        continue;
      }
      for (FieldDescriptor f : d.getFields()) {
        if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
          todo.add(f.getMessageType());
        }
      }
    }
    return seen;
  }

  Descriptor message(String fullName) {
    return messages().filter(m -> m.getFullName().equals(fullName)).findFirst().orElse(null);
  }

  /**
   * The value of the custom option {@code extensionName} on {@code options} (a {@code
   * *Options} message of a descriptor) as a plain value (see {@link #plain}), or {@code null}
   * when it is not set or not defined on this side.
   */
  Object option(Message options, String extensionName) {
    ExtensionRegistry.ExtensionInfo info = registry.findImmutableExtensionByName(extensionName);
    if (info == null || info.descriptor.getContainingType() != options.getDescriptorForType()) {
      return null;
    }
    DynamicMessage parsed;
    try {
      ByteString bytes = options.toByteString();
      parsed = DynamicMessage.parseFrom(options.getDescriptorForType(), bytes, registry);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("unreadable options: " + e.getMessage(), e);
    }
    FieldDescriptor ext = info.descriptor;
    if (ext.isRepeated() ? parsed.getRepeatedFieldCount(ext) == 0 : !parsed.hasField(ext)) {
      return null;
    }
    return plain(ext, parsed.getField(ext));
  }

  /** The leading comment of an RPC, from the descriptor's source info ("" if none). */
  static String leadingComment(MethodDescriptor method) {
    FileDescriptorProto file = method.getFile().toProto();
    List<Integer> path =
        List.of(
            FileDescriptorProto.SERVICE_FIELD_NUMBER,
            method.getService().getIndex(),
            DescriptorProtos.ServiceDescriptorProto.METHOD_FIELD_NUMBER,
            method.getIndex());
    for (Location location : file.getSourceCodeInfo().getLocationList()) {
      if (location.getPathList().equals(path)) {
        return location.getLeadingComments();
      }
    }
    return "";
  }

  /**
   * A field or option value as plain Java: a message as a sorted {@code Map} of its set fields
   * by name (Duration and Timestamp as a {@link BigInteger} of nanoseconds), an enum as its value
   * name, a repeated field as a {@code List}, numbers as {@code Long} (unsigned 64-bit as {@link
   * BigInteger}) or {@code Double}, strings, booleans and bytes as themselves.
   */
  static Object plain(FieldDescriptor field, Object value) {
    if (field.isRepeated() && value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        out.add(single(field, item));
      }
      return out;
    }
    return single(field, value);
  }

  private static Object single(FieldDescriptor field, Object value) {
    return switch (field.getJavaType()) {
      case MESSAGE -> tree((Message) value);
      case ENUM -> ((EnumValueDescriptor) value).getName();
      case INT -> {
        long v = ((Integer) value).longValue();
        yield field.getType() == FieldDescriptor.Type.UINT32
                || field.getType() == FieldDescriptor.Type.FIXED32
            ? Integer.toUnsignedLong((int) v)
            : v;
      }
      case LONG -> {
        long v = (Long) value;
        yield field.getType() == FieldDescriptor.Type.UINT64
                || field.getType() == FieldDescriptor.Type.FIXED64
            ? new BigInteger(Long.toUnsignedString(v))
            : v;
      }
      case FLOAT -> ((Float) value).doubleValue();
      default -> value;
    };
  }

  private static Object tree(Message message) {
    String type = message.getDescriptorForType().getFullName();
    if (type.equals("google.protobuf.Duration") || type.equals("google.protobuf.Timestamp")) {
      long seconds = 0;
      long nanos = 0;
      for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
        if (e.getKey().getName().equals("seconds")) {
          seconds = (Long) e.getValue();
        } else if (e.getKey().getName().equals("nanos")) {
          nanos = (Integer) e.getValue();
        }
      }
      return BigInteger.valueOf(seconds)
          .multiply(BigInteger.valueOf(1_000_000_000L))
          .add(BigInteger.valueOf(nanos));
    }
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<FieldDescriptor, Object> e : message.getAllFields().entrySet()) {
      out.put(e.getKey().getName(), plain(e.getKey(), e.getValue()));
    }
    return out;
  }
}
