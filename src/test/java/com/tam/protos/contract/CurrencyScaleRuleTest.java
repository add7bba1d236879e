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
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.Currency;
import com.tam.protos.validation.ContractPatterns;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrencyScaleRuleTest {

  /** The real table's dispatch, one branch per scale. */
  private static final List<String> TABLE =
      List.of(
          "this.currency in ['JPY']",
          "this.currency in ['EUR', 'GBP', 'USD']",
          "this.currency in ['BHD', 'KWD']");

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

  /** A money_scale expression: for each currency test, every field checked; else false. */
  private static String expression(List<String> table, String... fields) {
    StringBuilder s = new StringBuilder();
    for (String test : table) {
      s.append(test).append(" ? (true");
      for (String f : fields) {
        s.append(" && this.").append(f).append(".matches('^[0-9]+$')");
      }
      s.append(") : ");
    }
    return s.append("false").toString();
  }

  @Test
  void theRealTableIsTheDocumentedOne() {
    assertThat(CurrencyScales.dispatch(CurrencyScales.scales(Currency.getDescriptor())).values())
        .containsExactlyElementsOf(TABLE);
  }

  @Test
  void passesWhenEveryAmountIsCheckedAgainstTheTable() {
    assertThat(rule.check(ticket(expression(TABLE, "stake", "payout")))).isEmpty();
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

  /**
   * A slip with a currency that embeds currency-less totals (singular) and lines (repeated), and
   * lines that embed currency-less legs (a second repeated hop, left out).
   */
  private static FileDescriptorProto.Builder slipFile(String expression) {
    DescriptorProto.Builder slip =
        message(
            "Slip",
            string("currency", 1, ContractPatterns.CURRENCY),
            Protos.field("totals", 2, Type.TYPE_MESSAGE, "demo.v1.Totals"),
            Protos.repeated(Protos.field("lines", 3, Type.TYPE_MESSAGE, "demo.v1.Line")));
    slip.getOptionsBuilder()
        .setExtension(
            ValidateProto.message,
            MessageRules.newBuilder()
                .addCel(Rule.newBuilder().setId("slip.money_scale").setExpression(expression))
                .build());
    return file("demo/v1/demo_service.proto")
        .addMessageType(message("Totals", string("payout", 1, ContractPatterns.MONEY)))
        .addMessageType(
            message(
                "Line",
                string("stake", 1, ContractPatterns.POSITIVE_MONEY),
                Protos.repeated(Protos.field("legs", 2, Type.TYPE_MESSAGE, "demo.v1.Leg"))))
        .addMessageType(message("Leg", string("stake", 1, ContractPatterns.POSITIVE_MONEY)))
        .addMessageType(slip);
  }

  @Test
  void passesWhenTheMoneyScaleRuleChecksTheEmbeddedAmounts() {
    String expression =
        expression(TABLE, "totals.payout")
            .replace(
                ") : ",
                " && (size(this.lines) > 10 || this.lines.all(l, l.stake.matches('^[0-9]+$')))) : ");

    assertThat(Protos.messages(rule.check(set(slipFile(expression))))).isEmpty();
  }

  @Test
  void failsWhenEmbeddedAmountsWithoutACurrencyAreNotChecked() {
    String expression = expression(TABLE, "totals.payout");

    assertThat(Protos.messages(rule.check(set(slipFile(expression)))))
        .singleElement()
        .asString()
        .contains(
            "message demo.v1.Slip embeds amounts that have no currency of their own"
                + " ([lines[].stake])")
        .contains("does not check them");
  }

  @Test
  void failsOnTheRealMarketBookWithoutItsRunnerBooksInTheRule() {
    FileDescriptorProto.Builder real =
        ContractSet.readDescriptorSet().getFileList().stream()
            .filter(f -> f.getName().equals("order/v1/order_resources.proto"))
            .findFirst()
            .orElseThrow()
            .toBuilder();
    DescriptorProto.Builder book =
        real.getMessageTypeBuilderList().stream()
            .filter(m -> m.getName().equals("MarketBook"))
            .findFirst()
            .orElseThrow();
    MessageRules rules = book.getOptions().getExtension(ValidateProto.message);
    Rule scale = rules.getCel(0);
    String withoutRunners =
        scale
            .getExpression()
            .replaceAll(
                " && \\(size\\(this\\.runner_books\\) > 100 \\|\\| this\\.runner_books\\.all\\(r,"
                    + " r\\.matched_amount\\.matches\\('[^']*'\\)\\)\\)",
                "");
    assertThat(withoutRunners).doesNotContain("runner_books");
    book.getOptionsBuilder()
        .setExtension(
            ValidateProto.message,
            rules.toBuilder().setCel(0, scale.toBuilder().setExpression(withoutRunners)).build());

    assertThat(Protos.messages(rule.check(set(real))))
        .singleElement()
        .asString()
        .contains("message order.v1.MarketBook embeds amounts")
        .contains("[runner_books[].matched_amount]");
  }

  @Test
  void failsWhenTheRuleSkipsAnAmount() {
    assertThat(Protos.messages(rule.check(ticket(expression(TABLE, "stake")))))
        .singleElement()
        .asString()
        .contains("does not check [payout]");
  }

  @Test
  void failsOnAnotherTableSpelling() {
    List<String> stale =
        List.of(
            "this.currency in ['JPY']",
            "this.currency in ['EUR', 'USD']",
            "this.currency in ['BHD', 'KWD']");
    List<String> messages =
        Protos.messages(rule.check(ticket(expression(stale, "stake", "payout"))));

    assertThat(messages)
        .hasSize(2)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "with a currency list that is not a scale of the table:"
                            + " this.currency in ['EUR', 'USD']"))
        .anySatisfy(m -> assertThat(m).contains("does not dispatch on every scale"));
  }

  @Test
  void failsOnAScaleMissingFromTheDispatch() {
    assertThat(
            Protos.messages(rule.check(ticket(expression(TABLE.subList(0, 2), "stake", "payout")))))
        .singleElement()
        .asString()
        .contains("does not dispatch on every scale of the currency table");
  }

  @Test
  void failsOnABranchThatCountsAnotherScalesDigits() {
    String jpyWithCents =
        "this.currency in ['JPY'] ? (this.stake.matches('[.][0-9]{2}$')"
            + " && !this.payout.contains('.')) : "
            + "this.currency in ['EUR', 'GBP', 'USD'] ? (this.stake.matches('[.][0-9]{2}$')"
            + " && this.payout.matches('[.][0-9]{2}$')) : "
            + "this.currency in ['BHD', 'KWD'] ? (this.stake.matches('[.][0-9]{3}$')"
            + " && this.payout.matches('^[0-9]+([.][0-9]{1,3})?$')) : true";
    String eurWithMils =
        jpyWithCents
            .replace("['JPY'] ? (this.stake.matches('[.][0-9]{2}$')", "['JPY'] ? (true")
            .replace("'[.][0-9]{2}$')) : ", "'[.][0-9]{3}$')) : ");

    assertThat(Protos.messages(rule.check(ticket(jpyWithCents))))
        .singleElement()
        .asString()
        .contains(
            "whose branch this.currency in ['JPY'] (0 minor units) counts {2} digits in"
                + " this.stake.matches('[.][0-9]{2}$')");
    assertThat(Protos.messages(rule.check(ticket(eurWithMils))))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains(
                        "whose branch this.currency in ['EUR', 'GBP', 'USD'] (2 minor units)"
                            + " counts {3} digits in this.payout.matches('[.][0-9]{3}$')"));
  }

  @Test
  void passesTheThreeSpellingsOfEachScale() {
    String spellings =
        "this.currency in ['JPY'] ? (!this.stake.matches('[.][0-9]{1}')"
            + " && this.payout.matches('^[0-9]+$')) : "
            + "this.currency in ['EUR', 'GBP', 'USD'] ? (!this.stake.matches('[.][0-9]{3}')"
            + " && this.payout.matches('^[0-9]+([.][0-9]{1,2})?$')) : "
            + "this.currency in ['BHD', 'KWD'] ? (this.stake.matches('[.][0-9]{3}$')"
            + " && this.payout.matches('^-?[0-9]+[.][0-9]{3}$')) : true";

    assertThat(Protos.messages(rule.check(ticket(spellings)))).isEmpty();
  }

  /** A demo file with one Ticket (stake, payout, currency) whose money_scale rule is given. */
  private static ContractSet ticket(String expression) {
    return set(
        file("demo/v1/demo_service.proto")
            .addMessageType(priced("Ticket", "ticket.money_scale", expression)));
  }

  @Test
  void failsOnTheFormerMapLiteral() {
    String former =
        "!(this.currency in {'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}) || "
            + expression(TABLE, "stake", "payout");

    assertThat(Protos.messages(rule.check(ticket(former))))
        .singleElement()
        .asString()
        .contains("with a currency map literal");
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
