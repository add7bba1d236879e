package com.tam.protos.contract;

import build.buf.validate.FieldRules;
import build.buf.validate.StringRules;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.common.v1.SagaStepOptions;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;

/**
 * Builders of synthetic descriptors for the rule tests. {@link #file} starts a file that follows
 * the layout rules (package, folder and options derived from its name) and imports the {@code
 * common.v1} options, the event envelope and protovalidate.
 */
final class Protos {

  private Protos() {}

  /** Starts a well-formed file named {@code <domain>/v1/<base>.proto}. */
  static FileDescriptorProto.Builder file(String name) {
    String domain = name.substring(0, name.indexOf('/'));
    String base = name.substring(name.lastIndexOf('/') + 1, name.length() - ".proto".length());
    return FileDescriptorProto.newBuilder()
        .setName(name)
        .setSyntax("proto3")
        .setPackage(domain + ".v1")
        .addDependency("common/v1/annotations.proto")
        .addDependency("common/v1/event.proto")
        .addDependency("buf/validate/validate.proto")
        .setOptions(
            FileOptions.newBuilder()
                .setGoPackage("github.com/tam/tam-protos/gen/go/" + domain + "/v1;" + domain + "v1")
                .setJavaMultipleFiles(true)
                .setJavaOuterClassname(Elements.upperCamel(base) + "Proto")
                .setJavaPackage("com.tam.protos." + domain + ".v1"));
  }

  /** Builds a contract set from the given files (imports come from the real descriptor set). */
  static ContractSet set(FileDescriptorProto.Builder... files) {
    return ContractSet.of(List.of(files).stream().map(FileDescriptorProto.Builder::build).toList());
  }

  /** A message with the given fields. */
  static DescriptorProto.Builder message(String name, FieldDescriptorProto.Builder... fields) {
    DescriptorProto.Builder m = DescriptorProto.newBuilder().setName(name);
    for (FieldDescriptorProto.Builder f : fields) {
      m.addField(f);
    }
    return m;
  }

  /** A singular scalar field. */
  static FieldDescriptorProto.Builder field(String name, int number, Type type) {
    return FieldDescriptorProto.newBuilder()
        .setName(name)
        .setNumber(number)
        .setType(type)
        .setLabel(Label.LABEL_OPTIONAL);
  }

  /** A singular field of a message or enum type, by full name (without leading dot). */
  static FieldDescriptorProto.Builder field(String name, int number, Type type, String typeName) {
    return field(name, number, type).setTypeName("." + typeName);
  }

  /** A singular string field. */
  static FieldDescriptorProto.Builder string(String name, int number) {
    return field(name, number, Type.TYPE_STRING);
  }

  /** A singular string field with a pattern rule. */
  static FieldDescriptorProto.Builder string(String name, int number, String pattern) {
    return rules(
        string(name, number),
        FieldRules.newBuilder().setString(StringRules.newBuilder().setPattern(pattern)).build());
  }

  /** A required id field: string with min_len 1, max_len 128 and ContractPatterns.ID. */
  static FieldDescriptorProto.Builder id(String name, int number) {
    return rules(
        string(name, number),
        FieldRules.newBuilder()
            .setString(
                StringRules.newBuilder()
                    .setMinLen(1)
                    .setMaxLen(ContractPatterns.ID_MAX_LEN)
                    .setPattern(ContractPatterns.ID))
            .build());
  }

  /** Sets the protovalidate rules of a field. */
  static FieldDescriptorProto.Builder rules(FieldDescriptorProto.Builder f, FieldRules rules) {
    FieldOptions.Builder options = f.getOptionsBuilder();
    options.setExtension(ValidateProto.field, rules);
    return f;
  }

  /** Makes a field repeated. */
  static FieldDescriptorProto.Builder repeated(FieldDescriptorProto.Builder f) {
    return f.setLabel(Label.LABEL_REPEATED);
  }

  /** An enum whose values are numbered from 0. */
  static EnumDescriptorProto.Builder enumType(String name, String... values) {
    EnumDescriptorProto.Builder e = EnumDescriptorProto.newBuilder().setName(name);
    for (int i = 0; i < values.length; i++) {
      e.addValue(EnumValueDescriptorProto.newBuilder().setName(values[i]).setNumber(i));
    }
    return e;
  }

  /** A service with the given RPCs. */
  static ServiceDescriptorProto.Builder service(
      String name, MethodDescriptorProto.Builder... rpcs) {
    ServiceDescriptorProto.Builder s = ServiceDescriptorProto.newBuilder().setName(name);
    for (MethodDescriptorProto.Builder m : rpcs) {
      s.addMethod(m);
    }
    return s;
  }

  /** A unary RPC of the file's package; {@code level} may be null for "unset". */
  static MethodDescriptorProto.Builder rpc(
      String pkg, String name, String request, String response, IdempotencyLevel level) {
    MethodDescriptorProto.Builder m =
        MethodDescriptorProto.newBuilder()
            .setName(name)
            .setInputType("." + pkg + "." + request)
            .setOutputType("." + pkg + "." + response);
    if (level != null) {
      m.getOptionsBuilder().setIdempotencyLevel(level);
    }
    return m;
  }

  /** Declares the saga role of an RPC. */
  static MethodDescriptorProto.Builder saga(
      MethodDescriptorProto.Builder m, SagaRole role, String compensatedBy) {
    MethodOptions.Builder options = m.getOptionsBuilder();
    options.setExtension(
        AnnotationsProto.sagaStep,
        SagaStepOptions.newBuilder().setRole(role).setCompensatedBy(compensatedBy).build());
    return m;
  }

  /** Adds a leading comment at a SourceCodeInfo path. */
  static FileDescriptorProto.Builder comment(
      FileDescriptorProto.Builder file, String text, Integer... path) {
    SourceCodeInfo.Builder info = file.getSourceCodeInfoBuilder();
    info.addLocation(Location.newBuilder().addAllPath(List.of(path)).setLeadingComments(text));
    return file;
  }

  /** Package of the demo fixtures. */
  static final String DEMO = "demo.v1";

  /**
   * A well-formed service file {@code demo/v1/demo_service.proto}: a read {@code GetThing}, a
   * compensatable write {@code ReserveThing} and its compensation {@code CancelThing}. Every rule
   * passes on it; tests break one thing at a time.
   */
  static FileDescriptorProto.Builder demoService() {
    return file("demo/v1/demo_service.proto")
        .addMessageType(message("GetThingRequest", id("thing_id", 1)))
        .addMessageType(message("Thing", string("thing_id", 1)))
        .addMessageType(message("ReserveThingRequest", id("saga_id", 1), id("idempotency_key", 2)))
        .addMessageType(message("CancelThingRequest", id("saga_id", 1), id("idempotency_key", 2)))
        .addService(
            service(
                "DemoService",
                rpc(DEMO, "GetThing", "GetThingRequest", "Thing", IdempotencyLevel.NO_SIDE_EFFECTS),
                saga(
                    rpc(
                        DEMO,
                        "ReserveThing",
                        "ReserveThingRequest",
                        "Thing",
                        IdempotencyLevel.IDEMPOTENT),
                    SagaRole.SAGA_ROLE_COMPENSATABLE,
                    "CancelThing"),
                saga(
                    rpc(
                        DEMO,
                        "CancelThing",
                        "CancelThingRequest",
                        "Thing",
                        IdempotencyLevel.IDEMPOTENT),
                    SagaRole.SAGA_ROLE_COMPENSATION,
                    "")));
  }

  /** Returns the builder of an RPC of the demo service, by name. */
  static MethodDescriptorProto.Builder demoRpc(FileDescriptorProto.Builder file, String name) {
    return file.getServiceBuilder(0).getMethodBuilderList().stream()
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Returns the builder of a top-level message, by name. */
  static DescriptorProto.Builder messageOf(FileDescriptorProto.Builder file, String name) {
    return file.getMessageTypeBuilderList().stream()
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Returns the builder of a field of a message builder, by name. */
  static FieldDescriptorProto.Builder fieldOf(DescriptorProto.Builder message, String name) {
    return message.getFieldBuilderList().stream()
        .filter(f -> f.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** Returns the messages of all violations. */
  static List<String> messages(List<Violation> violations) {
    return violations.stream().map(Violation::message).toList();
  }
}
