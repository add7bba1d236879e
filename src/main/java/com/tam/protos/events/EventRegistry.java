package com.tam.protos.events;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Message;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event of the contracts, looked up by subject or by message type.
 *
 * <p>{@link #load()} reads the descriptor set shipped in the jar ({@value #DESCRIPTOR_SET}), takes
 * each contract file's generated Java class and keeps every message that declares {@code option
 * (common.v1.event)}. Nothing is listed by hand: an event added to {@code proto/} is in the
 * registry of the next build.
 */
public final class EventRegistry {

  /** Resource path of the descriptor set written by the build (see pom.xml). */
  public static final String DESCRIPTOR_SET = "META-INF/tam-protos/tam-protos.binpb";

  private static final List<String> THIRD_PARTY_PREFIXES = List.of("google/", "buf/");

  private static volatile EventRegistry loaded;

  private final Map<String, EventType> bySubject = new LinkedHashMap<>();
  private final Map<String, EventType> byType = new LinkedHashMap<>();

  private EventRegistry(Collection<EventType> types) {
    List<EventType> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(EventType::subject));
    for (EventType t : sorted) {
      EventType clash = bySubject.put(t.subject(), t);
      if (clash != null) {
        throw new IllegalStateException(
            "subject "
                + t.subject()
                + " is declared by both "
                + clash.typeName()
                + " and "
                + t.typeName());
      }
      byType.put(t.typeName(), t);
    }
  }

  /** Returns the registry of the contracts in this artifact (loaded once). */
  public static EventRegistry load() {
    EventRegistry r = loaded;
    if (r == null) {
      synchronized (EventRegistry.class) {
        r = loaded;
        if (r == null) {
          r = fromDescriptorSet(readDescriptorSet());
          loaded = r;
        }
      }
    }
    return r;
  }

  /** Builds a registry from generated file descriptors (for tests and tools). */
  public static EventRegistry of(Collection<FileDescriptor> files) {
    List<EventType> types = new ArrayList<>();
    for (FileDescriptor file : files) {
      for (Descriptor m : file.getMessageTypes()) {
        if (m.getOptions().hasExtension(AnnotationsProto.event)) {
          types.add(type(m, defaultInstance(file, m)));
        }
      }
    }
    return new EventRegistry(types);
  }

  /** Builds a registry from explicit event types (for tests). */
  public static EventRegistry ofTypes(Collection<EventType> types) {
    return new EventRegistry(types);
  }

  /** Returns the event type of a descriptor with its options and generated default instance. */
  public static EventType type(Descriptor m, Message defaultInstance) {
    EventOptions o = m.getOptions().getExtension(AnnotationsProto.event);
    return new EventType(
        o.getSubject(),
        defaultInstance,
        o.getKind(),
        o.getAggregate(),
        o.getProducer(),
        o.getConsumersList());
  }

  /** Every event, sorted by subject. */
  public List<EventType> all() {
    return List.copyOf(bySubject.values());
  }

  /** The event published on a subject, if the contracts declare one. */
  public Optional<EventType> bySubject(String subject) {
    return Optional.ofNullable(bySubject.get(subject));
  }

  /** The event of a message type, by full protobuf name (e.g. {@code wallet.v1.XEvent}). */
  public Optional<EventType> byTypeName(String fullName) {
    return Optional.ofNullable(byType.get(fullName));
  }

  /** The event of a generated message, or an error naming the type. */
  public EventType of(Message event) {
    return byTypeName(event.getDescriptorForType().getFullName())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    event.getDescriptorForType().getFullName()
                        + " is not an event: it declares no (common.v1.event) option"));
  }

  /** The events consumed by a service (its name in the {@code consumers} lists). */
  public List<EventType> consumedBy(String service) {
    return bySubject.values().stream().filter(t -> t.consumers().contains(service)).toList();
  }

  /** The events published by a service. */
  public List<EventType> producedBy(String service) {
    return bySubject.values().stream().filter(t -> t.producer().equals(service)).toList();
  }

  private static FileDescriptorSet readDescriptorSet() {
    ClassLoader loader = EventRegistry.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DESCRIPTOR_SET)) {
      if (in == null) {
        throw new IllegalStateException(
            "descriptor set " + DESCRIPTOR_SET + " not on the classpath");
      }
      return FileDescriptorSet.parseFrom(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DESCRIPTOR_SET, e);
    }
  }

  private static EventRegistry fromDescriptorSet(FileDescriptorSet set) {
    List<FileDescriptor> files = new ArrayList<>();
    for (FileDescriptorProto proto : set.getFileList()) {
      if (THIRD_PARTY_PREFIXES.stream().anyMatch(proto.getName()::startsWith)) {
        continue;
      }
      files.add(generatedFile(proto));
    }
    return of(files);
  }

  /** The generated Java descriptor of a contract file (with its custom options resolved). */
  private static FileDescriptor generatedFile(FileDescriptorProto proto) {
    String outer = proto.getOptions().getJavaPackage() + "." + outerClassName(proto);
    try {
      Class<?> c = Class.forName(outer, true, EventRegistry.class.getClassLoader());
      return (FileDescriptor) c.getMethod("getDescriptor").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no generated class " + outer + " for " + proto.getName(), e);
    }
  }

  private static String outerClassName(FileDescriptorProto proto) {
    if (proto.getOptions().hasJavaOuterClassname()) {
      return proto.getOptions().getJavaOuterClassname();
    }
    String base = proto.getName().substring(proto.getName().lastIndexOf('/') + 1);
    base = base.substring(0, base.length() - ".proto".length());
    StringBuilder out = new StringBuilder();
    for (String part : base.split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  private static Message defaultInstance(FileDescriptor file, Descriptor m) {
    String pkg = file.getOptions().getJavaPackage();
    String className =
        file.getOptions().getJavaMultipleFiles()
            ? pkg + "." + m.getName()
            : pkg + "." + outerClassNameOf(file) + "$" + m.getName();
    try {
      Class<?> c = Class.forName(className, true, EventRegistry.class.getClassLoader());
      return (Message) c.getMethod("getDefaultInstance").invoke(null);
    } catch (InvocationTargetException
        | ClassNotFoundException
        | NoSuchMethodException
        | IllegalAccessException e) {
      throw new IllegalStateException("no generated class " + className + " for " + m, e);
    }
  }

  private static String outerClassNameOf(FileDescriptor file) {
    return outerClassName(file.toProto());
  }
}
