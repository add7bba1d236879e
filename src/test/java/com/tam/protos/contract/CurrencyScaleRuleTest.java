package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.MessageRules;
import build.buf.validate.Rule;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.Currency;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyScaleRuleTest {

  private static final String TABLE =
      "{'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}";

  private final CurrencyScaleRule rule = new CurrencyScaleRule();

  private static DescriptorProto.Builder priced(String name, String ruleId, String expression) {
    DescriptorProto.Builder m =
        message(
            name,
            string("stake", 1, ContractPatterns.POSITIVE_MONEY),
            string("payout", 2, ContractPatterns.MONEY),
            string("currency", 3, ContractPatterns.CURRENCY));
    if (ruleId != null) {
      m.getOptionsBuilder()
          .setExtension(
              ValidateProto.message,
              MessageRules.newBuilder()
                  .addCel(Rule.newBuilder().setId(ruleId).setExpression(expression))
                  .build());
    }
    return m;
  }

  private static String expression(String table, String... fields) {
    StringBuilder s = new StringBuilder("this.currency in " + table);
    for (String f : fields) {
      s.append(" && this.").append(f).append(".matches('^[0-9]+$')");
    }
    return s.toString();
  }

  @Test
  void theRealTableIsTheDocumentedOne() {
    assertThat(CurrencyScales.literal(CurrencyScales.scales(Currency.getDescriptor())))
        .isEqualTo(TABLE);
  }

  @Test
  void passesWhenEveryAmountIsCheckedAgainstTheTable() {
    assertThat(
            rule.check(
                set(
                    file("demo/v1/demo_service.proto")
                        .addMessageType(
                            priced(
                                "Ticket",
                                "ticket.money_scale",
                                expression(TABLE, "stake", "payout"))))))
        .isEmpty();
  }

  @Test
  void failsWithoutAScaleRule() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        file("demo/v1/demo_service.proto")
                            .addMessageType(priced("Ticket", null, null))))))
        .singleElement()
        .asString()
        .contains("message demo.v1.Ticket carries money ([stake, payout]) beside its currency");
  }

  @Test
  void failsWhenTheRuleSkipsAnAmount() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        file("demo/v1/demo_service.proto")
                            .addMessageType(
                                priced(
                                    "Ticket", "ticket.money_scale", expression(TABLE, "stake")))))))
        .singleElement()
        .asString()
        .contains("does not check [payout]");
  }

  @Test
  void failsOnAnotherTableSpelling() {
    String stale = "{'EUR': 2, 'GBP': 2, 'USD': 2}";
    List<String> messages =
        Protos.messages(
            rule.check(
                set(
                    file("demo/v1/demo_service.proto")
                        .addMessageType(
                            priced(
                                "Ticket",
                                "ticket.money_scale",
                                expression(stale, "stake", "payout"))))));

    assertThat(messages)
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("with a currency map that is not the table"))
        .anySatisfy(m -> assertThat(m).contains("does not embed the currency table"));
  }

  @Test
  void failsOnATableValueWithoutMinorUnits() {
    FileDescriptorProto.Builder table = Currency.getDescriptor().getFile().toProto().toBuilder();
    table
        .getEnumTypeBuilder(0)
        .addValue(EnumValueDescriptorProto.newBuilder().setName("CURRENCY_CHF").setNumber(756));
    table
        .getEnumTypeBuilder(0)
        .getValueBuilderList()
        .forEach(
            v -> {
              if (v.getName().equals("CURRENCY_KWD")) {
                v.getOptionsBuilder().setExtension(AnnotationsProto.minorUnits, 7);
              }
            });

    assertThat(Protos.messages(rule.check(ContractSet.of(List.of(table.build())))))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("enum value common.v1.Currency.CURRENCY_CHF"))
        .anySatisfy(m -> assertThat(m).contains("enum value common.v1.Currency.CURRENCY_KWD"));
  }
}
