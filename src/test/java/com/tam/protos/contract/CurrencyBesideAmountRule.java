package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every amount that moves money names its currency (issue 10.13): in the request of a write RPC,
 * and in every message that request contains, a message with a singular amount field also has a
 * {@code string currency} field. No package is exempt.
 */
public final class CurrencyBesideAmountRule implements ContractRule {

  @Override
  public String id() {
    return "CURRENCY_BESIDE_AMOUNT";
  }

  @Override
  public String summary() {
    return "every amount that moves money has its currency beside it";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    Set<Descriptor> moving = new LinkedHashSet<>();
    contracts
        .methods()
        .filter(Elements::isWrite)
        .map(MethodDescriptor::getInputType)
        .forEach(m -> collect(m, moving));
    List<Violation> out = new ArrayList<>();
    for (Descriptor m : moving) {
      List<FieldDescriptor> amounts = CurrencyScales.amounts(m);
      if (!amounts.isEmpty() && CurrencyScales.currency(m) == null) {
        out.add(
            Elements.violation(
                this,
                m,
                "moves money ("
                    + amounts.stream().map(FieldDescriptor::getName).toList()
                    + ") but has no 'string currency' field beside it",
                "add 'string currency' with the ISO-4217 pattern (and a .money_scale CEL rule)"));
      }
    }
    return out;
  }

  private static void collect(Descriptor m, Set<Descriptor> seen) {
    if (!seen.add(m)) {
      return;
    }
    for (FieldDescriptor f : m.getFields()) {
      if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
          && !f.getMessageType().getFile().getPackage().startsWith("google.")) {
        collect(f.getMessageType(), seen);
      }
    }
  }
}
