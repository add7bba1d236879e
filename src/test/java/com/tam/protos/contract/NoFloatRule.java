package com.tam.protos.contract;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.Type;
import java.util.List;
import java.util.stream.Stream;

/**
 * No {@code float} or {@code double} anywhere: not in fields, repeated fields, map values, nested
 * messages or extensions. Binary floating point cannot represent money exactly.
 */
public final class NoFloatRule implements ContractRule {

  @Override
  public String id() {
    return "NO_FLOAT";
  }

  @Override
  public String summary() {
    return "no float or double field anywhere";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    Stream<FieldDescriptor> extensions =
        Stream.concat(
            contracts.files().stream().flatMap(f -> f.getExtensions().stream()),
            contracts.messages().flatMap(m -> m.getExtensions().stream()));
    return Stream.concat(contracts.fields(), extensions)
        .filter(NoFloatRule::isFloating)
        .map(
            f ->
                Elements.violation(
                    this,
                    f,
                    "is "
                        + (f.isMapField()
                            ? "a map with a float/double value"
                            : "'" + Elements.typeName(f) + "'")
                        + "; float and double are forbidden in the contracts",
                    "use a decimal 'string' with a ContractPatterns pattern (money, odds) or an"
                        + " integer type (counts, basis points)"))
        .toList();
  }

  private static boolean isFloating(FieldDescriptor f) {
    if (f.isMapField()) {
      FieldDescriptor value = f.getMessageType().findFieldByName("value");
      return value != null && isFloatType(value.getType());
    }
    return isFloatType(f.getType());
  }

  private static boolean isFloatType(Type type) {
    return type == Type.FLOAT || type == Type.DOUBLE;
  }
}
