package com.tam.protos.contract;

import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every service, RPC, message, field, oneof, enum, enum value and extension has a non-blank leading
 * comment (read from SourceCodeInfo). Synthetic elements (map entries, the oneofs of proto3 {@code
 * optional}) are skipped because they do not appear in the source.
 */
public final class LeadingCommentRule implements ContractRule {

  @Override
  public String id() {
    return "LEADING_COMMENT";
  }

  @Override
  public String summary() {
    return "every element has a non-blank leading comment";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    for (FileDescriptor file : contracts.files()) {
      if (!file.toProto().hasSourceCodeInfo()) {
        out.add(
            new Violation(
                file.getName(),
                "file " + file.getName(),
                name(),
                "was compiled without source info, so comments cannot be checked",
                "build the descriptor set with source info (outputDescriptorIncludeSourceInfo)"));
      }
    }
    elements(contracts)
        .filter(d -> Elements.leadingComment(d).isBlank())
        .forEach(
            d ->
                out.add(
                    Elements.violation(
                        this,
                        d,
                        "has no leading comment",
                        "write a '// ...' comment directly above it that explains its meaning"
                            + " (see docs/CONVENTIONS.md, Comments)")));
    return out;
  }

  /** Returns every element that must carry a comment, in file order. */
  static Stream<GenericDescriptor> elements(ContractSet contracts) {
    Stream<GenericDescriptor> services =
        contracts.services().flatMap(s -> Stream.concat(Stream.of(s), s.getMethods().stream()));
    Stream<GenericDescriptor> messages =
        contracts
            .messages()
            .flatMap(
                m ->
                    Stream.<GenericDescriptor>concat(
                        Stream.of(m),
                        Stream.concat(
                            Stream.concat(m.getFields().stream(), m.getExtensions().stream()),
                            m.getRealOneofs().stream())));
    Stream<GenericDescriptor> enums =
        contracts.enums().flatMap(e -> Stream.concat(Stream.of(e), e.getValues().stream()));
    Stream<GenericDescriptor> extensions =
        contracts.files().stream().flatMap(f -> f.getExtensions().stream());
    return Stream.of(services, messages, enums, extensions).flatMap(s -> s);
  }
}
