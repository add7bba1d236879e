package com.tam.protos.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The golden corpus of {@code tests/golden/} is what the Java kit answers today: regenerating it
 * must give the committed files byte for byte. With {@code -Dtam.golden.write=true} the test
 * rewrites them instead ({@code tests/golden/generate.sh}). The Python and Go suites replay the
 * same files against their kits.
 */
class GoldenCorpusTest {

  /** Generated once for both tests (it runs every request through a gRPC server). */
  private static Map<String, String> generated;

  private static synchronized Map<String, String> corpus() {
    if (generated == null) {
      generated = GoldenCorpus.generate();
    }
    return generated;
  }

  @Test
  void committedCorpusIsWhatTheJavaKitAnswers() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    Map<String, String> expected = corpus();
    if (Boolean.getBoolean("tam.golden.write")) {
      GoldenCorpus.write(root, expected);
    }
    List<String> stale = new ArrayList<>();
    for (var e : expected.entrySet()) {
      Path file = root.resolve(GoldenCorpus.DIR).resolve(e.getKey());
      String committed =
          Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "<missing>";
      if (!committed.equals(e.getValue())) {
        stale.add(e.getKey());
      }
    }
    assertThat(stale)
        .as(
            "tests/golden is out of date with the Java kit or the contracts: run"
                + " tests/golden/generate.sh, review the diff and commit it")
        .isEmpty();
  }

  @Test
  void corpusHasEnoughCasesOfEveryKind() {
    Map<String, String> corpus = corpus();
    int validation = count(corpus.get("validation.json"), "\"request\":");
    int money = count(corpus.get("money.json"), "\"kind\":");
    int payouts = count(corpus.get("payouts.json"), "\"kind\":");
    int commission = count(corpus.get("commission.json"), "\"rate_bp\":");
    assertThat(validation).isGreaterThan(300);
    assertThat(money).isGreaterThan(300);
    assertThat(payouts).isGreaterThan(200);
    assertThat(commission).isGreaterThanOrEqualTo(100);
    assertThat(validation + money + payouts + commission).isGreaterThanOrEqualTo(500);
    // Both answers are represented: valid and refused requests, refused payouts.
    assertThat(corpus.get("validation.json")).contains("\"ok\": true").contains("\"ok\": false");
    assertThat(corpus.get("payouts.json")).contains("\"error\": true");
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
