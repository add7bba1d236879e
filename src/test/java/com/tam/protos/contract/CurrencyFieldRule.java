package com.tam.protos.contract;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;

/**
 * Every field named {@code currency} or ending in {@code _currency} is a {@code string} carrying
 * {@code (buf.validate.field).string.pattern == ContractPatterns.CURRENCY} (ISO-4217).
 */
public final class CurrencyFieldRule implements ContractRule {

  @Override
  public String id() {
    return "CURRENCY_FIELD";
  }

  @Override
  public String summary() {
    return "currency fields are ISO 4217 codes (ContractPatterns.CURRENCY)";
  }

  static boolean isCurrencyName(String name) {
    return name.equals("currency") || name.endsWith("_currency");
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts
        .fields()
        .filter(f -> isCurrencyName(f.getName()))
        .filter(
            f ->
                f.getType() != FieldDescriptor.Type.STRING
                    || f.isMapField()
                    || !ContractPatterns.CURRENCY.equals(Elements.stringRules(f).getPattern()))
        .map(
            f ->
                Elements.violation(
                    this,
                    f,
                    "is a currency field but is not a 'string' with"
                        + " (buf.validate.field).string.pattern = ContractPatterns.CURRENCY (it is"
                        + " '"
                        + Elements.typeName(f)
                        + "' with pattern \""
                        + Elements.stringRules(f).getPattern()
                        + "\")",
                    "declare it as 'string "
                        + f.getName()
                        + " = "
                        + f.getNumber()
                        + " [(buf.validate.field).string.pattern = \""
                        + MoneyFieldRule.escape(ContractPatterns.CURRENCY)
                        + "\"]'"))
        .toList();
  }
}
