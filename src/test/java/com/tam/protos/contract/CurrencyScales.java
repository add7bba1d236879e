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
 * (common.v1.minor_units)} options) and the CEL map literal that spells it inside protovalidate
 * rules.
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

  /** Returns the CEL map literal, e.g. {@code {'EUR': 2, 'JPY': 0}}. */
  static String literal(Map<String, Integer> scales) {
    return scales.entrySet().stream()
        .map(e -> "'" + e.getKey() + "': " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
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
