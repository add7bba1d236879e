package com.tam.protos.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import com.tam.protos.testkit.tck.WalletServiceTck;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each deliberately broken variant of the reference wallet fails the wallet suite, and a failure
 * message names the broken rule: the suite can fail, and it says why.
 */
class BrokenWalletVariantsTest {
  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of(
            ReferenceWalletService.Defect.REPLAY_DEBITS_TWICE, "wallet.reserve.replay-once"),
        Arguments.of(
            ReferenceWalletService.Defect.KEY_REUSE_ACCEPTED, "wallet.idempotency.key-reused"),
        Arguments.of(
            ReferenceWalletService.Defect.COMMIT_AFTER_EXPIRY, "wallet.commit.after-expiry"),
        Arguments.of(
            ReferenceWalletService.Defect.CANCEL_OF_COMMITTED_SUCCEEDS,
            "wallet.cancel.committed-refused"),
        Arguments.of(ReferenceWalletService.Defect.SECOND_BET_WIN, "wallet.credit.one-win-per-bet"),
        Arguments.of(
            ReferenceWalletService.Defect.READ_OTHER_WALLET, "wallet.access.own-wallet-only"),
        Arguments.of(
            ReferenceWalletService.Defect.REFUND_ABOVE_STAKE, "wallet.credit.refund-bounded"),
        Arguments.of(ReferenceWalletService.Defect.EVENT_WITHOUT_SEQUENCE, "events.envelope"),
        Arguments.of(ReferenceWalletService.Defect.ERROR_WITHOUT_METADATA, "errors.metadata"));
  }

  @ParameterizedTest(name = "{0} fails [{1}]")
  @MethodSource("variants")
  void aBrokenVariantFailsTheSuiteNamingTheRule(ReferenceWalletService.Defect defect, String rule) {
    try (WalletFixture f = new WalletFixture(w -> w.enable(defect), false)) {
      TckReport report = Tck.run(f, WalletServiceTck.class);
      assertThat(report.passed()).as("the suite must fail against %s", defect).isFalse();
      assertThat(report.failures())
          .as("a failure names [%s]: %s", rule, report.summary())
          .anySatisfy(o -> assertThat(o.failure()).contains("[" + rule + "]"));
    }
  }
}
