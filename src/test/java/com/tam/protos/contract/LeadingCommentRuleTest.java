package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.enumType;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeadingCommentRuleTest {

  private final LeadingCommentRule rule = new LeadingCommentRule();

  /** The demo service plus an enum, a nested message and enum, and a oneof. */
  private static FileDescriptorProto.Builder everyKind() {
    DescriptorProto.Builder choice =
        message("Choice", string("left", 1).setOneofIndex(0), string("right", 2).setOneofIndex(0))
            .addOneofDecl(OneofDescriptorProto.newBuilder().setName("side"))
            .addNestedType(message("Detail", string("note", 1)))
            .addEnumType(enumType("Mode", "MODE_UNSPECIFIED", "MODE_FAST"));
    return demoService()
        .addMessageType(choice)
        .addEnumType(enumType("Color", "COLOR_UNSPECIFIED", "COLOR_RED"));
  }

  /** Adds a leading comment for every element of the file. */
  private static FileDescriptorProto.Builder commentAll(FileDescriptorProto.Builder file) {
    List<List<Integer>> paths = new ArrayList<>();
    for (int s = 0; s < file.getServiceCount(); s++) {
      paths.add(List.of(6, s));
      for (int m = 0; m < file.getService(s).getMethodCount(); m++) {
        paths.add(List.of(6, s, 2, m));
      }
    }
    for (int i = 0; i < file.getMessageTypeCount(); i++) {
      addMessage(file.getMessageType(i), List.of(4, i), paths);
    }
    for (int i = 0; i < file.getEnumTypeCount(); i++) {
      addEnum(file.getEnumType(i), List.of(5, i), paths);
    }
    file.clearSourceCodeInfo();
    for (List<Integer> path : paths) {
      file.getSourceCodeInfoBuilder()
          .addLocation(Location.newBuilder().addAllPath(path).setLeadingComments(" Meaning.\n"));
    }
    return file;
  }

  private static void addMessage(DescriptorProto m, List<Integer> path, List<List<Integer>> out) {
    out.add(path);
    for (int f = 0; f < m.getFieldCount(); f++) {
      out.add(append(path, 2, f));
    }
    for (int o = 0; o < m.getOneofDeclCount(); o++) {
      out.add(append(path, 8, o));
    }
    for (int n = 0; n < m.getNestedTypeCount(); n++) {
      addMessage(m.getNestedType(n), append(path, 3, n), out);
    }
    for (int e = 0; e < m.getEnumTypeCount(); e++) {
      addEnum(m.getEnumType(e), append(path, 4, e), out);
    }
  }

  private static void addEnum(EnumDescriptorProto e, List<Integer> path, List<List<Integer>> out) {
    out.add(path);
    for (int v = 0; v < e.getValueCount(); v++) {
      out.add(append(path, 2, v));
    }
  }

  private static List<Integer> append(List<Integer> path, int tag, int index) {
    List<Integer> out = new ArrayList<>(path);
    out.add(tag);
    out.add(index);
    return out;
  }

  /** Removes the comment at a path (or makes it blank). */
  private static FileDescriptorProto.Builder uncomment(
      FileDescriptorProto.Builder file, List<Integer> path, boolean blank) {
    List<Location> kept = new ArrayList<>();
    for (Location l : file.getSourceCodeInfo().getLocationList()) {
      if (!l.getPathList().equals(path)) {
        kept.add(l);
      } else if (blank) {
        kept.add(l.toBuilder().setLeadingComments("  \n").build());
      }
    }
    file.getSourceCodeInfoBuilder().clearLocation().addAllLocation(kept);
    return file;
  }

  @Test
  void passesWhenEveryElementIsCommented() {
    ContractSet contracts = set(commentAll(everyKind()));

    assertThat(LeadingCommentRule.elements(contracts)).hasSize(26);
    assertThat(rule.check(contracts)).isEmpty();
  }

  static Stream<Arguments> elements() {
    return Stream.of(
        Arguments.of(List.of(6, 0), "service demo.v1.DemoService"),
        Arguments.of(List.of(6, 0, 2, 1), "rpc demo.v1.DemoService.ReserveThing"),
        Arguments.of(List.of(4, 0), "message demo.v1.GetThingRequest"),
        Arguments.of(List.of(4, 2, 2, 1), "field demo.v1.ReserveThingRequest.idempotency_key"),
        Arguments.of(List.of(4, 4, 8, 0), "oneof demo.v1.Choice.side"),
        Arguments.of(List.of(4, 4, 3, 0), "message demo.v1.Choice.Detail"),
        Arguments.of(List.of(4, 4, 3, 0, 2, 0), "field demo.v1.Choice.Detail.note"),
        Arguments.of(List.of(4, 4, 4, 0), "enum demo.v1.Choice.Mode"),
        Arguments.of(List.of(4, 4, 4, 0, 2, 1), "enum value demo.v1.Choice.Mode.MODE_FAST"),
        Arguments.of(List.of(5, 0), "enum demo.v1.Color"),
        Arguments.of(List.of(5, 0, 2, 0), "enum value demo.v1.Color.COLOR_UNSPECIFIED"));
  }

  @ParameterizedTest
  @MethodSource("elements")
  void failsOnAMissingComment(List<Integer> path, String element) {
    ContractSet contracts = set(uncomment(commentAll(everyKind()), path, false));

    assertThat(Protos.messages(rule.check(contracts)))
        .containsExactly(
            "demo/v1/demo_service.proto: [LeadingCommentRule] "
                + element
                + " has no leading comment. Fix: write a '// ...' comment directly above it that"
                + " explains its meaning (see docs/CONVENTIONS.md, Comments)");
  }

  @ParameterizedTest
  @MethodSource("elements")
  void failsOnABlankComment(List<Integer> path, String element) {
    ContractSet contracts = set(uncomment(commentAll(everyKind()), path, true));

    assertThat(rule.check(contracts)).extracting(Violation::element).containsExactly(element);
  }

  @Test
  void failsWhenTheFileHasNoSourceInfo() {
    assertThat(rule.check(set(everyKind())))
        .extracting(Violation::element)
        .contains("file demo/v1/demo_service.proto", "service demo.v1.DemoService");
  }

  @Test
  void failsOnUncommentedExtensionsAtFileAndMessageScope() {
    FileDescriptorProto.Builder f = commentAll(everyKind());
    f.addDependency("google/protobuf/descriptor.proto")
        .addExtension(
            Protos.field("tag", 50001, Type.TYPE_STRING)
                .setExtendee(".google.protobuf.FieldOptions"));
    f.getMessageTypeBuilder(0)
        .addExtension(
            Protos.field("label", 50002, Type.TYPE_STRING)
                .setExtendee(".google.protobuf.MessageOptions"));

    assertThat(rule.check(set(f)))
        .extracting(Violation::element)
        .containsExactlyInAnyOrder(
            "extension demo.v1.tag", "extension demo.v1.GetThingRequest.label");

    Protos.comment(f, " A tag.\n", 7, 0);
    Protos.comment(f, " A label.\n", 4, 0, 6, 0);
    assertThat(rule.check(set(f))).isEmpty();
  }

  @Test
  void skipsSyntheticElementsButNotTheFieldsThatCreateThem() {
    // A map field creates a synthetic entry message; a proto3 optional field a synthetic oneof.
    DescriptorProto.Builder holder =
        message(
                "Holder",
                Protos.repeated(
                    Protos.field("labels", 1, Type.TYPE_MESSAGE, "demo.v1.Holder.LabelsEntry")),
                string("nickname", 2).setProto3Optional(true).setOneofIndex(0))
            .addOneofDecl(OneofDescriptorProto.newBuilder().setName("_nickname"))
            .addNestedType(
                message("LabelsEntry", string("key", 1), string("value", 2))
                    .setOptions(MessageOptions.newBuilder().setMapEntry(true)));
    FileDescriptorProto.Builder f = demoService().addMessageType(holder);
    f = commentAll(f);
    // commentAll commented the synthetic elements too; remove those comments.
    uncomment(f, List.of(4, 4, 8, 0), false);
    uncomment(f, List.of(4, 4, 3, 0), false);
    uncomment(f, List.of(4, 4, 3, 0, 2, 0), false);
    uncomment(f, List.of(4, 4, 3, 0, 2, 1), false);

    assertThat(rule.check(set(f))).isEmpty();

    uncomment(f, List.of(4, 4, 2, 0), false);
    uncomment(f, List.of(4, 4, 2, 1), false);
    assertThat(rule.check(set(f)))
        .extracting(Violation::element)
        .containsExactly("field demo.v1.Holder.labels", "field demo.v1.Holder.nickname");
  }

  @Test
  void trailingAndDetachedCommentsDoNotCount() {
    List<Integer> path = List.of(4, 0);
    FileDescriptorProto.Builder f = uncomment(commentAll(everyKind()), path, false);
    f.getSourceCodeInfoBuilder()
        .addLocation(
            Location.newBuilder()
                .addAllPath(path)
                .setTrailingComments(" Trailing.\n")
                .addLeadingDetachedComments(" Detached, separated by a blank line.\n"));

    assertThat(Protos.messages(rule.check(set(f))))
        .containsExactly(
            "demo/v1/demo_service.proto: [LeadingCommentRule] message demo.v1.GetThingRequest has"
                + " no leading comment. Fix: write a '// ...' comment directly above it that"
                + " explains its meaning (see docs/CONVENTIONS.md, Comments)");
  }
}
