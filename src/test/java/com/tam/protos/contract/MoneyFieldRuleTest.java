package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.comment;
import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.rules;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.FieldRules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.StringRules;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.tam.protos.contract.MoneyFieldRule.Kind;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyFieldRuleTest {

  private final MoneyFieldRule rule = new MoneyFieldRule();

  private static FileDescriptorProto.Builder figures(FieldDescriptorProto.Builder... fields) {
    return file("demo/v1/demo.proto").addMessageType(message("Figures", fields));
  }

  private List<Violation> check(FieldDescriptorProto.Builder... fields) {
    return rule.check(set(figures(fields)));
  }

  @ParameterizedTest
  @CsvSource({
    "amount, AMOUNT",
    "balance_after, AMOUNT",
    "available_before, AMOUNT",
    "max_stake, AMOUNT",
    "potential_payout, AMOUNT",
    "ggr, AMOUNT",
    "net_revenue, AMOUNT",
    "odds, ODDS",
    "accepted_price, ODDS",
    "payout_method_id, AMOUNT"
  })
  void moneyWordsAreMatchedAsSnakeCaseParts(String name, Kind kind) {
    assertThat(MoneyFieldRule.kindOf(name)).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bet_count", "amounts", "unreserved", "priced_at", "user_id"})
  void otherNamesAreNotMoney(String name) {
    assertThat(MoneyFieldRule.kindOf(name)).isEmpty();
  }

  @Test
  void passesOnCanonicalPatterns() {
    FileDescriptorProto.Builder f =
        figures(
            string("amount", 1, ContractPatterns.POSITIVE_MONEY),
            string("balance", 2, ContractPatterns.MONEY),
            string("odds", 3, ContractPatterns.DECIMAL_ODDS),
            string("ggr", 4, ContractPatterns.SIGNED_MONEY),
            rules(
                repeated(string("stakes", 5)),
                FieldRules.newBuilder()
                    .setRepeated(
                        RepeatedRules.newBuilder()
                            .setItems(
                                FieldRules.newBuilder()
                                    .setString(
                                        StringRules.newBuilder()
                                            .setPattern(ContractPatterns.POSITIVE_MONEY))))
                    .build()),
            field("bet_count", 6, Type.TYPE_INT64));
    comment(f, " Gross gaming revenue; negative when payouts exceed stakes.\n", 4, 0, 2, 3);

    assertThat(rule.check(set(f))).isEmpty();
  }

  @Test
  void failsOnAMoneyFieldWithoutPattern() {
    assertThat(Protos.messages(check(string("amount", 1))))
        .singleElement()
        .asString()
        .startsWith(
            "demo/v1/demo.proto: [MoneyFieldRule] field demo.v1.Figures.amount is a money field but"
                + " its (buf.validate.field).string.pattern is missing, not one of"
                + " ContractPatterns.MONEY, POSITIVE_MONEY or SIGNED_MONEY. Fix:");
  }

  @Test
  void failsOnANonCanonicalPattern() {
    assertThat(check(string("amount", 1, "^[0-9]+(\\.[0-9]+)?$")))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("\"^[0-9]+(\\.[0-9]+)?$\""));
  }

  @Test
  void failsOnANonStringMoneyField() {
    assertThat(check(field("stake", 1, Type.TYPE_INT64)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("is 'int64', not a decimal 'string'"));
  }

  @Test
  void failsOnOddsPatternOnAnAmount() {
    assertThat(check(string("payout", 1, ContractPatterns.DECIMAL_ODDS)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("odds are not amounts"));
  }

  @Test
  void failsOnMoneyPatternOnOdds() {
    assertThat(check(string("price", 1, ContractPatterns.MONEY)))
        .singleElement()
        .satisfies(
            v -> assertThat(v.problem()).contains("odds/price field").contains("DECIMAL_ODDS"));
  }

  @Test
  void failsOnSignedMoneyWithoutANegativeComment() {
    FileDescriptorProto.Builder f = figures(string("profit", 1, ContractPatterns.SIGNED_MONEY));
    comment(f, " Profit of the period.\n", 4, 0, 2, 0);

    assertThat(rule.check(set(f)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("does not say the value may be negative"));
  }

  @Test
  void failsOnARepeatedMoneyFieldWithoutItemPattern() {
    assertThat(check(repeated(string("leg_stake", 1))).stream().map(Violation::problem))
        .singleElement()
        .asString()
        .contains("repeated.items.string.pattern is missing");
  }
}
