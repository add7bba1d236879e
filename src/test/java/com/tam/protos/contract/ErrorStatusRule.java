package com.tam.protos.contract;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An error carried inside a message (a saga step's last error, a batch instruction's failure) is a
 * {@code google.rpc.Status} (AIP-193): code, message and details with the {@code
 * google.rpc.ErrorInfo} (reason, domain, metadata) and any other detail, exactly as an RPC error
 * carries it. Never flattened into strings.
 *
 * <ul>
 *   <li>no field is named {@code error_<part>} ({@code error_code}, {@code error_reason}, {@code
 *       error_domain}, {@code error_message}, ...): those are the pieces of a flattened status;
 *   <li>a field named {@code error}, {@code errors} or {@code <something>_error(s)} has type {@code
 *       google.rpc.Status}.
 * </ul>
 */
public final class ErrorStatusRule implements ContractRule {

  private static final String STATUS = "google.rpc.Status";
  private static final Pattern FLATTENED = Pattern.compile("^error_[a-z0-9_]+$");
  private static final Pattern ERROR_FIELD = Pattern.compile("^([a-z0-9_]+_)?errors?$");

  @Override
  public String id() {
    return "ERROR_STATUS";
  }

  @Override
  public String summary() {
    return "an error inside a message is a google.rpc.Status, never flattened error_* fields";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts
        .fields()
        .<Violation>mapMulti(
            (f, out) -> {
              if (FLATTENED.matcher(f.getName()).matches()) {
                out.accept(
                    Elements.violation(
                        this,
                        f,
                        "flattens an error into '" + f.getName() + "'",
                        "replace the error_* fields with one 'google.rpc.Status "
                            + "error' (or '<what>_error') field, reserve their numbers and names,"
                            + " and say in its comment what code, ErrorInfo reason, domain and"
                            + " metadata it carries and when it is set"));
              } else if (ERROR_FIELD.matcher(f.getName()).matches() && !isStatus(f)) {
                out.accept(
                    Elements.violation(
                        this,
                        f,
                        "is an error field of type '" + Elements.typeName(f) + "', not " + STATUS,
                        "declare it as 'google.rpc.Status "
                            + f.getName()
                            + "' (import"
                            + " \"google/rpc/status.proto\")"));
              }
            })
        .toList();
  }

  private static boolean isStatus(FieldDescriptor f) {
    return f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
        && f.getMessageType().getFullName().equals(STATUS);
  }
}
