package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyFieldRuleTest {

  private final CurrencyFieldRule rule = new CurrencyFieldRule();

  private List<Violation> check(FieldDescriptorProto.Builder... fields) {
    return rule.check(set(file("demo/v1/demo.proto").addMessageType(message("Money", fields))));
  }

  @Test
  void passesOnIsoCurrencyFields() {
    assertThat(
            check(
                string("currency", 1, ContractPatterns.CURRENCY),
                string("settlement_currency", 2, ContractPatterns.CURRENCY),
                string("currency_note", 3)))
        .isEmpty();
  }

  @Test
  void failsWithoutThePattern() {
    assertThat(Protos.messages(check(string("currency", 1))))
        .containsExactly(
            "demo/v1/demo.proto: [CurrencyFieldRule] field demo.v1.Money.currency is a currency"
                + " field but is not a 'string' with (buf.validate.field).string.pattern ="
                + " ContractPatterns.CURRENCY (it is 'string' with pattern \"\"). Fix: declare it"
                + " as 'string currency = 1 [(buf.validate.field).string.pattern ="
                + " \"^[A-Z]{3}$\"]'");
  }

  @Test
  void failsOnASuffixFieldWithAnotherPattern() {
    assertThat(check(string("wallet_currency", 1, "^[A-Za-z]{3}$")))
        .extracting(Violation::element)
        .containsExactly("field demo.v1.Money.wallet_currency");
  }

  @Test
  void failsOnANonStringCurrency() {
    assertThat(check(field("currency", 1, Type.TYPE_INT32))).hasSize(1);
  }
}
