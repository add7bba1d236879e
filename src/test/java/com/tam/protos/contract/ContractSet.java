package com.tam.protos.contract;

import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.ExtensionRegistry;
import com.tam.protos.common.v1.AnnotationsProto;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The contract files under check, built as {@link FileDescriptor}s with typed custom options.
 *
 * <p>{@link #load()} reads the descriptor set that the build writes (with imports, source info and
 * options) and keeps every file that came from {@code proto/}: everything except the imported
 * {@code google/} and {@code buf/} files. Nothing is listed by hand.
 */
public final class ContractSet {

  /** Resource path of the descriptor set written by the build (see pom.xml). */
  public static final String DESCRIPTOR_SET_RESOURCE = "META-INF/tam-protos/tam-protos.binpb";

  private static final List<String> THIRD_PARTY_PREFIXES = List.of("google/", "buf/");
  private static ContractSet real;

  private final List<FileDescriptor> files;

  private ContractSet(List<FileDescriptor> files) {
    this.files = List.copyOf(files);
  }

  /** Returns the extension registry that types the {@code common.v1} and protovalidate options. */
  public static ExtensionRegistry extensionRegistry() {
    ExtensionRegistry registry = ExtensionRegistry.newInstance();
    AnnotationsProto.registerAllExtensions(registry);
    ValidateProto.registerAllExtensions(registry);
    return registry;
  }

  /** Returns the real contracts compiled by the build (loaded once). */
  public static synchronized ContractSet load() {
    if (real == null) {
      FileDescriptorSet set = readDescriptorSet();
      List<FileDescriptor> built = buildAll(set.getFileList(), List.of());
      real = new ContractSet(built.stream().filter(f -> !isThirdParty(f.getName())).toList());
    }
    return real;
  }

  /**
   * Builds a synthetic set for rule tests. Imports that are not among {@code contractFiles} are
   * taken from the real descriptor set (google/, buf/ and the real contract files).
   *
   * @param contractFiles the files to check, in any order
   */
  public static ContractSet of(List<FileDescriptorProto> contractFiles) {
    List<FileDescriptorProto> protos = new ArrayList<>(contractFiles);
    List<String> names = contractFiles.stream().map(FileDescriptorProto::getName).toList();
    readDescriptorSet().getFileList().stream()
        .filter(p -> !names.contains(p.getName()))
        .forEach(protos::add);
    List<FileDescriptor> built = buildAll(protos, names);
    return new ContractSet(built.stream().filter(f -> names.contains(f.getName())).toList());
  }

  /** Returns the raw descriptor set shipped on the classpath, with typed options. */
  public static FileDescriptorSet readDescriptorSet() {
    try (InputStream in =
        ContractSet.class.getClassLoader().getResourceAsStream(DESCRIPTOR_SET_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            DESCRIPTOR_SET_RESOURCE + " is not on the test classpath; run ./mvnw -B test");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a serialized {@code FileDescriptorSet} with the TAM and protovalidate options typed.
   *
   * @param in the serialized set
   * @return the parsed set
   */
  public static FileDescriptorSet parse(InputStream in) throws IOException {
    return FileDescriptorSet.parseFrom(in, extensionRegistry());
  }

  /**
   * Links every file of a descriptor set (which must include its imports), in the set's order.
   *
   * @param set the descriptor set
   * @return the linked files
   * @throws IllegalStateException if an import is missing or a file does not link
   */
  public static List<FileDescriptor> link(FileDescriptorSet set) {
    return buildAll(set.getFileList(), List.of());
  }

  private static boolean isThirdParty(String fileName) {
    return THIRD_PARTY_PREFIXES.stream().anyMatch(fileName::startsWith);
  }

  private static List<FileDescriptor> buildAll(
      List<FileDescriptorProto> protos, List<String> order) {
    Map<String, FileDescriptorProto> byName = new LinkedHashMap<>();
    protos.forEach(p -> byName.putIfAbsent(p.getName(), p));
    Map<String, FileDescriptor> built = new LinkedHashMap<>();
    order.forEach(name -> build(name, byName, built));
    byName.keySet().forEach(name -> build(name, byName, built));
    return List.copyOf(built.values());
  }

  private static FileDescriptor build(
      String name, Map<String, FileDescriptorProto> byName, Map<String, FileDescriptor> built) {
    FileDescriptor done = built.get(name);
    if (done != null) {
      return done;
    }
    FileDescriptorProto proto = byName.get(name);
    if (proto == null) {
      throw new IllegalStateException("import not found in the descriptor set: " + name);
    }
    FileDescriptor[] deps =
        proto.getDependencyList().stream()
            .map(dep -> build(dep, byName, built))
            .toArray(FileDescriptor[]::new);
    try {
      FileDescriptor file = FileDescriptor.buildFrom(proto, deps);
      built.put(name, file);
      return file;
    } catch (DescriptorValidationException e) {
      throw new IllegalStateException("cannot build " + name + ": " + e.getMessage(), e);
    }
  }

  /** Returns the contract files, in build order. */
  public List<FileDescriptor> files() {
    return files;
  }

  /** Returns every service of every contract file. */
  public Stream<ServiceDescriptor> services() {
    return files.stream().flatMap(f -> f.getServices().stream());
  }

  /** Returns every RPC of every contract file. */
  public Stream<MethodDescriptor> methods() {
    return services().flatMap(s -> s.getMethods().stream());
  }

  /** Returns every message, nested ones included, except synthetic map-entry messages. */
  public Stream<Descriptor> messages() {
    return files.stream().flatMap(f -> f.getMessageTypes().stream()).flatMap(ContractSet::flatten);
  }

  /** Returns every field of every message (not extensions). */
  public Stream<FieldDescriptor> fields() {
    return messages().flatMap(m -> m.getFields().stream());
  }

  /** Returns every enum, nested ones included. */
  public Stream<EnumDescriptor> enums() {
    return Stream.concat(
        files.stream().flatMap(f -> f.getEnumTypes().stream()),
        messages().flatMap(m -> m.getEnumTypes().stream()));
  }

  /** Finds an RPC of the contract files by its full name {@code pkg.Service.Method}. */
  public Optional<MethodDescriptor> findMethod(String fullName) {
    return methods().filter(m -> m.getFullName().equals(fullName)).findFirst();
  }

  /** Finds a message of the contract files by its full name. */
  public Optional<Descriptor> findMessage(String fullName) {
    return messages().filter(m -> m.getFullName().equals(fullName)).findFirst();
  }

  private static Stream<Descriptor> flatten(Descriptor message) {
    if (message.getOptions().getMapEntry()) {
      return Stream.empty();
    }
    return Stream.concat(
        Stream.of(message), message.getNestedTypes().stream().flatMap(ContractSet::flatten));
  }
}
