package com.tam.protos.testkit.platform;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.Message;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.tck.ErrorReasonDocs;
import io.grpc.BindableService;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Whether reference services cover their contracts: a reference for every declared service, every
 * RPC implemented (none left to the generated default, which answers UNIMPLEMENTED), exactly the
 * contract's {@code consumed_subjects} subscribed, and every declared error reason provoked and
 * checked by a conformance suite. Each check returns its findings, one sentence each, empty when
 * the services conform.
 */
final class ContractCoverage {
  private ContractCoverage() {}

  /** The proto descriptor of a gRPC service implementation. */
  static ServiceDescriptor descriptor(BindableService service) {
    Object schema = service.bindService().getServiceDescriptor().getSchemaDescriptor();
    if (!(schema instanceof ProtoServiceDescriptorSupplier supplier)) {
      throw new IllegalArgumentException(service.getClass() + " is not a protobuf service");
    }
    return supplier.getServiceDescriptor();
  }

  /** The deployable name the service's contract declares in {@code (common.v1.service_info)}. */
  static String deployableName(ServiceDescriptor service) {
    return service.getOptions().getExtension(AnnotationsProto.serviceInfo).getName();
  }

  /**
   * The gRPC services the contracts declare: every service of the descriptor set shipped in the
   * tam-protos jar, third-party files left out.
   */
  static Set<String> declaredServices() {
    Set<String> out = new TreeSet<>();
    for (FileDescriptorProto file : contractFiles()) {
      file.getServiceList().forEach(svc -> out.add(file.getPackage() + "." + svc.getName()));
    }
    return out;
  }

  /**
   * Compares the reasons a conformance run checked with the declared ones, one sentence per
   * finding: a declared reason that no suite checked and that is not exempt; an exemption for a
   * reason that is not declared; an exemption for a reason a suite did check (so it is stale).
   *
   * @param declared every declared reason
   * @param checked what the suites checked against the reference services
   * @param exempt reasons the suites are not held to
   */
  static List<String> reasonCoverageFindings(
      Set<String> declared, Set<String> checked, Set<String> exempt) {
    List<String> out = new ArrayList<>();
    for (String reason : declared) {
      if (!checked.contains(reason) && !exempt.contains(reason)) {
        out.add(reason + " is declared but no conformance suite provokes and checks it");
      }
    }
    for (String reason : new TreeSet<>(exempt)) {
      if (!declared.contains(reason)) {
        out.add(reason + " is exempt but no contract declares it");
      } else if (checked.contains(reason)) {
        out.add(reason + " is exempt but a suite checks it: remove the exemption");
      }
    }
    return out;
  }

  /**
   * Compares the metadata keys sent with each reason in a conformance run with the documented ones,
   * one sentence per finding: a key sent that the reason's comment does not document; a documented
   * key never sent (unless the comment says some keys are omitted in some cases).
   *
   * @param documented the documented metadata per reason
   * @param seen the keys seen per reason
   */
  static List<String> metadataFindings(
      Map<String, ErrorReasonDocs.MetadataKeys> documented, Map<String, Set<String>> seen) {
    List<String> out = new ArrayList<>();
    seen.forEach(
        (reason, keys) -> {
          ErrorReasonDocs.MetadataKeys doc =
              documented.getOrDefault(reason, new ErrorReasonDocs.MetadataKeys(Set.of(), false));
          for (String key : keys) {
            if (!doc.keys().contains(key)) {
              out.add(
                  reason
                      + " was sent with metadata `"
                      + key
                      + "`, which its comment does not document");
            }
          }
          if (!doc.optional()) {
            for (String key : doc.keys()) {
              if (!keys.contains(key)) {
                out.add(reason + " documents metadata `" + key + "` but was sent without it");
              }
            }
          }
        });
    return out;
  }

  /** The files of the descriptor set shipped in the tam-protos jar, third-party files left out. */
  private static List<FileDescriptorProto> contractFiles() {
    try (InputStream in =
        ContractCoverage.class.getClassLoader().getResourceAsStream(EventRegistry.DESCRIPTOR_SET)) {
      if (in == null) {
        throw new IllegalStateException(EventRegistry.DESCRIPTOR_SET + " is not on the classpath");
      }
      return FileDescriptorSet.parseFrom(in).getFileList().stream()
          .filter(f -> !f.getName().startsWith("google/") && !f.getName().startsWith("buf/"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The declared services that none of {@code references} implements, one sentence each. */
  static List<String> servicesWithoutReference(
      Set<String> declared, List<BindableService> references) {
    Set<String> implemented = new TreeSet<>();
    references.forEach(r -> implemented.add(descriptor(r).getFullName()));
    return declared.stream()
        .filter(s -> !implemented.contains(s))
        .map(s -> s + " is declared in the contracts but has no reference service")
        .toList();
  }

  /** The RPCs of {@code service}'s contract that its class leaves to the generated default. */
  static List<String> unimplementedRpcs(BindableService service) {
    List<String> out = new ArrayList<>();
    ServiceDescriptor contract = descriptor(service);
    for (MethodDescriptor rpc : contract.getMethods()) {
      String name = Character.toLowerCase(rpc.getName().charAt(0)) + rpc.getName().substring(1);
      Method handler = handler(service.getClass(), name);
      if (handler == null || handler.getDeclaringClass().isInterface()) {
        out.add(
            rpc.getFullName()
                + ": "
                + service.getClass().getName()
                + " does not implement it, so the generated default answers UNIMPLEMENTED");
      }
    }
    return out;
  }

  /** The public method named {@code name} whose last parameter is the response observer. */
  private static Method handler(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      Class<?>[] params = m.getParameterTypes();
      if (m.getName().equals(name)
          && params.length > 0
          && params[params.length - 1] == StreamObserver.class) {
        return m;
      }
    }
    return null;
  }

  /**
   * Compares what each service subscribed to ({@code subscribed}: deployable name to subjects) with
   * its contract's {@code consumed_subjects}.
   */
  static List<String> subscriptionMismatches(
      List<ServiceDescriptor> contracts, Map<String, Set<String>> subscribed) {
    List<String> out = new ArrayList<>();
    for (ServiceDescriptor contract : contracts) {
      String name = deployableName(contract);
      Set<String> declared =
          new TreeSet<>(
              contract
                  .getOptions()
                  .getExtension(AnnotationsProto.serviceInfo)
                  .getConsumedSubjectsList());
      Set<String> actual = subscribed.getOrDefault(name, Set.of());
      for (String subject : declared) {
        if (!actual.contains(subject)) {
          out.add(
              name
                  + " does not subscribe to "
                  + subject
                  + ", which "
                  + contract.getFullName()
                  + " lists in consumed_subjects");
        }
      }
      for (String subject : actual) {
        if (!declared.contains(subject)) {
          out.add(
              name
                  + " subscribes to "
                  + subject
                  + ", which "
                  + contract.getFullName()
                  + " does not list in consumed_subjects");
        }
      }
    }
    return out;
  }

  /** A bus that only records who subscribes to what (by deployable name and subject). */
  static final class SubscriptionRecorder implements EventBus {
    private final EventRegistry registry = EventRegistry.load();
    private final Map<String, Set<String>> subscriptions = new TreeMap<>();

    @Override
    public void publish(Message event) {}

    @Override
    public synchronized <T extends Message> void subscribe(
        String consumer, T prototype, Consumer<? super T> handler) {
      subscriptions
          .computeIfAbsent(consumer, c -> new TreeSet<>())
          .add(registry.of(prototype).subject());
    }

    synchronized Map<String, Set<String>> subscriptions() {
      Map<String, Set<String>> copy = new TreeMap<>();
      subscriptions.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
      return copy;
    }
  }
}
