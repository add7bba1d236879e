package com.tam.protos.contract;

import static com.tam.protos.validation.ContractPatterns.CURRENCY;
import static com.tam.protos.validation.ContractPatterns.DECIMAL_ODDS;
import static com.tam.protos.validation.ContractPatterns.ID;
import static com.tam.protos.validation.ContractPatterns.MONEY;
import static com.tam.protos.validation.ContractPatterns.OPTIONAL_ID;
import static com.tam.protos.validation.ContractPatterns.POSITIVE_MONEY;
import static com.tam.protos.validation.ContractPatterns.SIGNED_MONEY;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.tam.protos.validation.ContractPatterns;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The canonical patterns behave as their Javadoc and docs/CONVENTIONS.md say, in Java regex and in
 * protovalidate (RE2), which must agree.
 */
class ContractPatternsTest {

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "0.50", "100.00", "1", "10.1", "999999999999999.99"})
  void moneyAcceptsPlainNonNegativeDecimals(String value) {
    assertThat(ContractPatterns.matches(MONEY, value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "00",
        "01",
        "1.",
        ".5",
        "1.0001",
        "-1",
        "+1",
        "1e3",
        "1,00",
        " 1",
        "1000000000000000",
        "NaN",
        "１"
      })
  void moneyRejectsEverythingElse(String value) {
    assertThat(ContractPatterns.matches(MONEY, value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.01",
        "0.1",
        "0.10",
        "0.99",
        "1",
        "100.00",
        "999999999999999.99",
        "0.001",
        "0.010",
        "1.250",
        "0.5"
      })
  void positiveMoneyAcceptsAmountsAboveZero(String value) {
    assertThat(ContractPatterns.matches(POSITIVE_MONEY, value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0", "0.00", "0.000", "", "-5.00", "1e3", "abc", "1.0001", "01.5"})
  void positiveMoneyRejectsZeroAndMalformed(String value) {
    assertThat(ContractPatterns.matches(POSITIVE_MONEY, value)).isFalse();
  }

  @Test
  void signedMoneyAddsOnlyAnOptionalMinus() {
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "-5.00")).isTrue();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "5.00")).isTrue();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "0")).isTrue();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "+5.00")).isFalse();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "--5")).isFalse();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "-1.001")).isTrue();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "-1.0001")).isFalse();
    assertThat(ContractPatterns.matches(SIGNED_MONEY, "-")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.01", "1.1", "1.5", "2", "2.50", "9.99", "10", "10.5", "999.99"})
  void decimalOddsAcceptsOneOhOneToNineNineNine(String value) {
    assertThat(ContractPatterns.matches(DECIMAL_ODDS, value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0", "1.00", "0.5", "1000", "1.001", "01.50", "-2", ""})
  void decimalOddsRejectsOutOfRangeOrMalformed(String value) {
    assertThat(ContractPatterns.matches(DECIMAL_ODDS, value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.01", "1.99", "2.00", "2.02", "2.98", "3.00", "3.05", "3.95", "4.10", "5.90", "6.20",
        "9.80", "10.00", "10.50", "19.50", "20.00", "29.00", "30.00", "48.00", "50.00", "95.00",
        "100.00", "110.00", "990.00"
      })
  void ladderPriceAcceptsEveryTickWithTwoDecimals(String value) {
    assertThat(ContractPatterns.matches(ContractPatterns.LADDER_PRICE, value)).isTrue();
    assertThat(ContractPatterns.matches(DECIMAL_ODDS, value)).as("a tick is valid odds").isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.00", "1.1", "2.5", "2.01", "2.99", "3.01", "3.96", "4.15", "6.10", "10.20", "21.50",
        "31.00", "52.00", "105.00", "995.00", "1000.00", "", "2.500"
      })
  void ladderPriceRejectsOffTickAndUnnormalisedPrices(String value) {
    assertThat(ContractPatterns.matches(ContractPatterns.LADDER_PRICE, value)).isFalse();
  }

  @Test
  void currencyIsThreeUpperCaseLetters() {
    assertThat(ContractPatterns.matches(CURRENCY, "EUR")).isTrue();
    assertThat(ContractPatterns.matches(CURRENCY, "eur")).isFalse();
    assertThat(ContractPatterns.matches(CURRENCY, "EURO")).isFalse();
    assertThat(ContractPatterns.matches(CURRENCY, "")).isFalse();
  }

  @Test
  void idsAcceptSeedValuesAndUuidsButNotBlankOrEmpty() {
    for (String ok :
        new String[] {
          "user-123",
          "saga-456",
          "idempotency-789",
          "settlement:bet-1",
          "3f2b8c1e-9d4a-4c1b-8a77-0e5d2f6b9a10"
        }) {
      assertThat(ContractPatterns.matches(ID, ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {"", "   ", "-abc", " user", "user 123", "user/1"}) {
      assertThat(ContractPatterns.matches(ID, bad)).as(bad).isFalse();
    }
    assertThat(ContractPatterns.matches(OPTIONAL_ID, "")).isTrue();
    assertThat(ContractPatterns.matches(OPTIONAL_ID, " ")).isFalse();
    assertThat(ContractPatterns.matches(ID, null)).isFalse();
    assertThat(ContractPatterns.ID_MAX_LEN).isEqualTo(128);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "0.00",
        "0.01",
        "0.5",
        "100.00",
        "1e3",
        "-5.00",
        "abc",
        "1.001",
        "",
        "00",
        "999999999999999.99",
        "1000000000000000"
      })
  void protovalidateAgreesWithJavaForMoneyPatterns(String value) throws ValidationException {
    ReserveBalanceRequest positive =
        ReserveBalanceRequest.newBuilder()
            .setUserId("user-123")
            .setSagaId("saga-456")
            .setIdempotencyKey("idempotency-789")
            .setAmount(value)
            .build();
    // "XXX" (ISO 4217: no currency) is outside the currency table, so the message's
    // money_scale rule abstains and only the field pattern decides.
    GetBalanceResponse money =
        GetBalanceResponse.newBuilder()
            .setBalance("0")
            .setCurrency("XXX")
            .setReserved("0")
            .setAvailable(value)
            .build();

    assertThat(VALIDATOR.validate(positive).isSuccess())
        .isEqualTo(ContractPatterns.matches(POSITIVE_MONEY, value));
    assertThat(VALIDATOR.validate(money).isSuccess())
        .isEqualTo(ContractPatterns.matches(MONEY, value));
  }
}
