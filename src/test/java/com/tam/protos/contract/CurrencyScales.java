package com.tam.protos.contract;

import build.buf.validate.Rule;
import build.buf.validate.ValidateProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The platform's currency table ({@code common.v1.Currency} with its {@code
 * (common.v1.minor_units)} options) and the CEL dispatch that spells it inside protovalidate rules:
 * one {@code this.currency in [...]} list per scale, so that a rule evaluates constant patterns
 * instead of building a map literal and a pattern string on every call.
 */
final class CurrencyScales {

  /** Full name of the table enum. */
  static final String TABLE = "common.v1.Currency";

  private CurrencyScales() {}

  /** Returns the table enum of the contract set, or the compiled one when the set lacks it. */
  static EnumDescriptor table(ContractSet contracts) {
    return contracts
        .enums()
        .filter(e -> e.getFullName().equals(TABLE))
        .findFirst()
        .orElse(Currency.getDescriptor());
  }

  /** Returns code to minor units, ordered by code, for every value but UNSPECIFIED. */
  static Map<String, Integer> scales(EnumDescriptor table) {
    Map<String, Integer> out = new TreeMap<>();
    for (EnumValueDescriptor v : table.getValues()) {
      if (v.getNumber() != 0) {
        out.put(
            v.getName().substring("CURRENCY_".length()),
            v.getOptions().getExtension(AnnotationsProto.minorUnits));
      }
    }
    return out;
  }

  /**
   * Returns the CEL test of each scale of the table, keyed by minor units: for example {@code 2 ->
   * "this.currency in ['EUR', 'GBP', 'USD']"} (codes in alphabetical order).
   */
  static Map<Integer, String> dispatch(Map<String, Integer> scales) {
    Map<Integer, String> out = new TreeMap<>();
    scales.values().stream()
        .distinct()
        .forEach(
            units ->
                out.put(
                    units,
                    scales.entrySet().stream()
                        .filter(e -> e.getValue().equals(units))
                        .map(e -> "'" + e.getKey() + "'")
                        .collect(Collectors.joining(", ", "this.currency in [", "]"))));
    return out;
  }

  /** Returns the singular string {@code currency} field of a message, or null. */
  static FieldDescriptor currency(Descriptor m) {
    FieldDescriptor f = m.findFieldByName("currency");
    return f != null && !f.isRepeated() && f.getType() == FieldDescriptor.Type.STRING ? f : null;
  }

  /** Returns the singular string amount fields of a message (money words, not odds). */
  static List<FieldDescriptor> amounts(Descriptor m) {
    return m.getFields().stream()
        .filter(f -> !f.isRepeated() && f.getType() == FieldDescriptor.Type.STRING)
        .filter(f -> MoneyFieldRule.kindOf(f.getName()).orElse(null) == MoneyFieldRule.Kind.AMOUNT)
        .toList();
  }

  /** Returns the message-level CEL rules of a message. */
  static List<Rule> messageCel(Descriptor m) {
    return m.getOptions().getExtension(ValidateProto.message).getCelList();
  }
}
