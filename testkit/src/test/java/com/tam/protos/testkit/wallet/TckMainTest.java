package com.tam.protos.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.TckMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command-line runner against a reference wallet on a TCP port, as a foreign team runs it. */
class TckMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void clearProperties() {
    for (String p :
        new String[] {
          "tam.tck.target",
          "tam.tck.serviceToken",
          "tam.tck.operatorToken",
          "tam.tck.userTokenTemplate"
        }) {
      System.clearProperty(p);
    }
  }

  private int run(String... args) {
    return TckMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theWalletSuitePassesOverTcpAndSkipsTheClockRules() {
    try (WalletFixture f = new WalletFixture(w -> {}, true)) {
      int code =
          run(
              "--suite",
              "wallet",
              "--target",
              "127.0.0.1:" + f.server.port(),
              "--user-token-template",
              "sandbox-user-token:{user}");
      String report = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(report + err).isZero();
      assertThat(report)
          .contains("0 failed")
          .contains("SKIP  commitAfterExpiryFails()")
          .containsPattern(
              "error reasons provoked and checked: [1-9][0-9]* \\(.*INSUFFICIENT_FUNDS");
    }
  }

  @Test
  void aBrokenTargetExitsOne() {
    try (WalletFixture f =
        new WalletFixture(w -> w.enable(ReferenceWalletService.Defect.SECOND_BET_WIN), true)) {
      int code = run("--suite", "wallet", "--target", "127.0.0.1:" + f.server.port());
      assertThat(code).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("[wallet.credit.one-win-per-bet]");
    }
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run("--suite", "no-such", "--target", "127.0.0.1:1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("NoSuchServiceTck");
    assertThat(run("--suite", "wallet")).isEqualTo(2);
    assertThat(run("--suite", "wallet", "--target", "x:1", "--user-token-template", "t"))
        .isEqualTo(2);
  }
}
