package com.tam.protos.contract;

import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Errors are documented, and documented truthfully (AIP-193, docs/CONVENTIONS.md "Errors").
 *
 * <ul>
 *   <li>Every RPC's comment names at least one error as {@code CODE / REASON}.
 *   <li>Every write RPC's comment names {@code IDEMPOTENCY_KEY_REUSED}, the answer to a key reused
 *       with a different request.
 *   <li>Every {@code CODE / REASON} written in any comment of the contracts names a canonical gRPC
 *       status code and a reason that some {@code *ErrorReason} enum defines (the value name
 *       without the enum-name prefix), so that a comment can never promise a reason a service
 *       cannot send.
 * </ul>
 */
public final class ErrorDocumentationRule implements ContractRule {

  @Override
  public String id() {
    return "ERROR_DOCUMENTATION";
  }

  @Override
  public String summary() {
    return "every RPC documents its errors and every documented reason exists";
  }

  /** A documented error: a canonical code name, a slash, a reason name. */
  static final Pattern CODE_AND_REASON =
      Pattern.compile("\\b([A-Z][A-Z_]+) / ([A-Z][A-Z0-9_]+)\\b");

  private static final Set<String> CODES =
      Arrays.stream(Status.Code.values()).map(Enum::name).collect(Collectors.toSet());

  private static final String KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";

  @Override
  public List<Violation> check(ContractSet contracts) {
    Set<String> reasons = reasons(contracts);
    List<Violation> violations = new ArrayList<>();
    contracts.methods().forEach(m -> checkRpc(m, violations));
    for (FileDescriptor file : contracts.files()) {
      for (Location location : file.toProto().getSourceCodeInfo().getLocationList()) {
        comments(location)
            .forEach(comment -> checkPairs(file, location, comment, reasons, violations));
      }
    }
    return violations;
  }

  /** Returns every reason string the contracts define, e.g. {@code INSUFFICIENT_FUNDS}. */
  static Set<String> reasons(ContractSet contracts) {
    Set<String> reasons = new TreeSet<>();
    contracts
        .enums()
        .filter(e -> e.getName().endsWith("ErrorReason"))
        .forEach(
            e -> {
              String prefix = upperSnake(e) + "_";
              for (EnumValueDescriptor v : e.getValues()) {
                if (v.getNumber() != 0 && v.getName().startsWith(prefix)) {
                  reasons.add(v.getName().substring(prefix.length()));
                }
              }
            });
    return reasons;
  }

  private void checkRpc(MethodDescriptor rpc, List<Violation> violations) {
    String comment = Elements.leadingComment(rpc);
    boolean documentsAnError = false;
    Matcher m = CODE_AND_REASON.matcher(comment);
    while (m.find()) {
      documentsAnError |= CODES.contains(m.group(1));
    }
    if (!documentsAnError) {
      violations.add(
          Elements.violation(
              this,
              rpc,
              "documents no error in its comment",
              "list the errors it returns as 'CODE / REASON', e.g. 'NOT_FOUND /"
                  + " RESOURCE_NOT_FOUND' (docs/CONVENTIONS.md, Errors)"));
    }
    if (Elements.isWrite(rpc) && !comment.contains(KEY_REUSED)) {
      violations.add(
          Elements.violation(
              this,
              rpc,
              "is a write but its comment does not say what a reused idempotency key returns",
              "add 'FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED' to its list of errors"));
    }
  }

  private void checkPairs(
      FileDescriptor file,
      Location location,
      String comment,
      Set<String> reasons,
      List<Violation> violations) {
    Matcher m = CODE_AND_REASON.matcher(comment);
    while (m.find()) {
      String code = m.group(1);
      String reason = m.group(2);
      if (CODES.contains(code) && !reasons.contains(reason)) {
        violations.add(
            new Violation(
                file.getName(),
                "comment at line " + (location.getSpan(0) + 1),
                name(),
                "names error '"
                    + code
                    + " / "
                    + reason
                    + "' but no *ErrorReason enum defines "
                    + reason,
                "use a defined reason, or add "
                    + reason
                    + " to common.v1.ErrorReason or the"
                    + " domain's <Domain>ErrorReason enum with its own comment"));
      }
    }
  }

  private static Stream<String> comments(Location location) {
    return Stream.concat(
        Stream.of(location.getLeadingComments(), location.getTrailingComments()),
        location.getLeadingDetachedCommentsList().stream());
  }

  private static String upperSnake(EnumDescriptor e) {
    return e.getName().replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toUpperCase(Locale.ROOT);
  }
}
