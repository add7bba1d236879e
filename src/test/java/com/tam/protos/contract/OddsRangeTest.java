package com.tam.protos.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.tam.protos.money.BetOutcome;
import com.tam.protos.money.Payouts;
import com.tam.protos.validation.ContractPatterns;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decimal odds range has one source, {@link ContractPatterns#DECIMAL_ODDS}. This test derives
 * the range from the pattern and checks everything else that states it against the derived value:
 * {@code Payouts}, every comment of the contracts and every doc that writes "odds ... A to B".
 */
class OddsRangeTest {

  /** "1.01" to "999.99", "1.01 to 999.99", "1.01-999.99": a range of two 2-decimal numbers. */
  private static final Pattern RANGE =
      Pattern.compile(
          "[`\"]*([0-9]+\\.[0-9]{2})[`\"]*\\s*(?:to|-|–)\\s*[`\"]*([0-9]+\\.[0-9]{2})[`\"]*");

  private static BigDecimal min;
  private static BigDecimal max;

  /** Every value from 0.00 to 1000.99 in hundredths, written with 0, 1 and 2 decimals. */
  @BeforeAll
  static void deriveTheRangeFromThePattern() {
    List<Integer> accepted = new ArrayList<>();
    for (int hundredths = 0; hundredths <= 100_099; hundredths++) {
      BigDecimal value = BigDecimal.valueOf(hundredths, 2);
      boolean twoDecimals =
          ContractPatterns.matches(ContractPatterns.DECIMAL_ODDS, value.toPlainString());
      if (twoDecimals) {
        accepted.add(hundredths);
      }
      BigDecimal stripped = value.stripTrailingZeros();
      if (stripped.scale() < 2) {
        String shorter = value.setScale(Math.max(0, stripped.scale())).toPlainString();
        assertThat(ContractPatterns.matches(ContractPatterns.DECIMAL_ODDS, shorter))
            .as("DECIMAL_ODDS treats %s and %s alike", shorter, value.toPlainString())
            .isEqualTo(twoDecimals);
      }
    }
    assertThat(accepted).as("DECIMAL_ODDS accepts some values").isNotEmpty();
    int lo = accepted.get(0);
    int hi = accepted.get(accepted.size() - 1);
    assertThat(accepted).as("DECIMAL_ODDS accepts one contiguous range").hasSize(hi - lo + 1);
    min = BigDecimal.valueOf(lo, 2);
    max = BigDecimal.valueOf(hi, 2);
  }

  @Test
  void thePatternAcceptsOnePlausibleRange() {
    assertThat(min).isGreaterThan(BigDecimal.ONE);
    assertThat(max).isLessThan(BigDecimal.valueOf(100_000));
    assertThat(max.toPlainString().length())
        .isLessThanOrEqualTo(RequestSizeBoundsRule.FORMATTED_VALUE_MAX_LEN);
  }

  @Test
  void payoutsAcceptsExactlyTheDerivedRange() {
    BigDecimal stake = new BigDecimal("10.00");
    BigDecimal cent = new BigDecimal("0.01");

    assertThat(Payouts.payout(BetOutcome.WIN, stake, min, "EUR")).isPositive();
    assertThat(Payouts.payout(BetOutcome.WIN, stake, max, "EUR")).isPositive();
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, stake, min.subtract(cent), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Payouts.payout(BetOutcome.WIN, stake, max.add(cent), "EUR"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyContractCommentStatesTheDerivedRange() {
    List<String> stated = new ArrayList<>();
    for (FileDescriptor file : ContractSet.load().files()) {
      for (Location l : file.toProto().getSourceCodeInfo().getLocationList()) {
        String text = l.getLeadingComments() + l.getTrailingComments();
        collect(file.getName() + ":" + (l.getSpanCount() > 0 ? l.getSpan(0) + 1 : 0), text, stated);
      }
    }

    assertThat(stated).as("odds ranges written in proto/ comments").isNotEmpty();
    assertThat(stated).allSatisfy(this::isTheDerivedRange);
  }

  @Test
  void everyDocAndKitSourceStatesTheDerivedRange() throws IOException {
    Path root = Path.of(System.getProperty("basedir", "."));
    List<String> stated = new ArrayList<>();
    List<Path> docs = new ArrayList<>();
    for (String dir : List.of("docs", "src/main/java", "kit")) {
      if (Files.isDirectory(root.resolve(dir))) {
        try (Stream<Path> paths = Files.walk(root.resolve(dir))) {
          paths
              .filter(p -> p.toString().matches(".*\\.(md|java|py|go)$"))
              .filter(p -> !p.toString().contains("/gen/"))
              .forEach(docs::add);
        }
      }
    }
    for (Path doc : docs) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        collect(root.relativize(doc) + ":" + (i + 1), lines.get(i), stated);
      }
    }

    assertThat(stated).as("odds ranges written in docs/ and the kits").isNotEmpty();
    assertThat(stated).allSatisfy(this::isTheDerivedRange);
  }

  @Test
  void aWrongRangeIsFound() {
    List<String> stated = new ArrayList<>();
    collect("x", "Requested decimal odds, \"1.01\" to \"1000.00\".", stated);
    collect("y", "Odds from 1.00 to 999.99.", stated);

    assertThat(stated).hasSize(2).noneMatch(s -> s.endsWith(range()));
  }

  private static String range() {
    return min.toPlainString() + " to " + max.toPlainString();
  }

  private void isTheDerivedRange(String stated) {
    assertThat(stated)
        .as("odds range (derived from ContractPatterns.DECIMAL_ODDS)")
        .endsWith(range());
  }

  /** Adds "where: A to B" for every range in a text that speaks of odds or prices. */
  private static void collect(String where, String text, List<String> out) {
    String lower = text.toLowerCase();
    if (!lower.contains("odds") && !lower.contains("price")) {
      return;
    }
    Matcher m = RANGE.matcher(text);
    while (m.find()) {
      out.add(where + ": " + m.group(1) + " to " + m.group(2));
    }
  }
}
