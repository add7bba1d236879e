package com.tam.protos.contract;

import build.buf.validate.EnumRules;
import build.buf.validate.FieldRules;
import build.buf.validate.Int32Rules;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Request fields that clients commonly get wrong are validated.
 *
 * <ul>
 *   <li>an enum field (singular or repeated) of a {@code *Request} message carries {@code
 *       enum.defined_only = true} and rejects 0 ({@code not_in: [0]}, or an {@code in} list without
 *       0);
 *   <li>a {@code page_size} field is {@code int32} with {@code gte: 0} and an {@code lte} bound;
 *   <li>a {@code page_token} field is a string with {@code max_len}.
 * </ul>
 */
public final class RequestEnumAndPagingRule implements ContractRule {

  @Override
  public String id() {
    return "REQUEST_ENUM_AND_PAGING";
  }

  @Override
  public String summary() {
    return "request enums reject 0 and unknown values; page_size and page_token are bounded";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    Stream<Violation> enums =
        contracts
            .messages()
            .filter(m -> m.getName().endsWith("Request"))
            .flatMap(m -> m.getFields().stream())
            .filter(f -> f.getJavaType() == FieldDescriptor.JavaType.ENUM)
            .flatMap(f -> checkEnum(f).stream());
    Stream<Violation> paging =
        contracts.fields().flatMap(f -> Stream.concat(pageSize(f).stream(), pageToken(f).stream()));
    return Stream.concat(enums, paging).toList();
  }

  private Optional<Violation> checkEnum(FieldDescriptor f) {
    FieldRules rules = Elements.fieldRules(f);
    EnumRules e = f.isRepeated() ? rules.getRepeated().getItems().getEnum() : rules.getEnum();
    boolean rejectsZero =
        e.getNotInList().contains(0) || (!e.getInList().isEmpty() && !e.getInList().contains(0));
    if (e.getDefinedOnly() && rejectsZero) {
      return Optional.empty();
    }
    String prefix = f.isRepeated() ? "repeated.items.enum" : "enum";
    return Optional.of(
        Elements.violation(
            this,
            f,
            "is a request enum field without "
                + (e.getDefinedOnly() ? "" : prefix + ".defined_only = true")
                + (e.getDefinedOnly() || rejectsZero ? "" : " and without ")
                + (rejectsZero ? "" : "a rule rejecting 0 (the UNSPECIFIED value)"),
            "add [(buf.validate.field)."
                + prefix
                + ".defined_only = true, (buf.validate.field)."
                + prefix
                + ".not_in = 0]"));
  }

  private Optional<Violation> pageSize(FieldDescriptor f) {
    if (!f.getName().equals("page_size")) {
      return Optional.empty();
    }
    Int32Rules r = Elements.fieldRules(f).getInt32();
    boolean ok =
        f.getType() == FieldDescriptor.Type.INT32
            && !f.isRepeated()
            && r.hasGte()
            && r.getGte() == 0
            && r.hasLte()
            && r.getLte() > 0;
    return ok
        ? Optional.empty()
        : Optional.of(
            Elements.violation(
                this,
                f,
                "is '"
                    + Elements.typeName(f)
                    + "' without the paging rule (int32 with int32.gte = 0 and an int32.lte bound)",
                "declare 'int32 page_size = "
                    + f.getNumber()
                    + " [(buf.validate.field).int32.gte = 0, (buf.validate.field).int32.lte ="
                    + " <max>]' (0 means the RPC's default)"));
  }

  private Optional<Violation> pageToken(FieldDescriptor f) {
    if (!f.getName().equals("page_token")) {
      return Optional.empty();
    }
    boolean ok = Elements.isSingularString(f) && Elements.fieldRules(f).getString().hasMaxLen();
    return ok
        ? Optional.empty()
        : Optional.of(
            Elements.violation(
                this,
                f,
                "is '" + Elements.typeName(f) + "' without string.max_len",
                "declare 'string page_token = "
                    + f.getNumber()
                    + " [(buf.validate.field).string.max_len = 1024]'"));
  }
}
