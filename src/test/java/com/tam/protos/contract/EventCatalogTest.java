package com.tam.protos.contract;

import static com.tam.protos.contract.EventRuleTest.event;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tam.protos.common.v1.EventKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/EVENTS.md equal to the catalogue generated from the descriptors. With {@code
 * -Dtam.docs.write=true} the test rewrites the file instead of failing.
 */
class EventCatalogTest {

  private static final Path EVENTS_MD =
      Path.of(System.getProperty("basedir", ".")).resolve("docs/EVENTS.md");

  @Test
  void committedCatalogueMatchesTheDescriptors() throws IOException {
    String expected = EventCatalog.render(ContractSet.load());
    if (Boolean.getBoolean("tam.docs.write")) {
      Files.writeString(EVENTS_MD, expected, StandardCharsets.UTF_8);
    }
    String actual =
        Files.exists(EVENTS_MD) ? Files.readString(EVENTS_MD, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      fail(
          "docs/EVENTS.md is out of date with the event messages in proto/. Rewrite it with:%n"
              + "  %s%nand commit the result. Differences (- committed, + generated):%n%s",
          EventCatalog.REWRITE_COMMAND, diff(actual, expected));
    }
  }

  @Test
  void catalogueListsEveryEventOfEveryFile() {
    ContractSet contracts =
        set(
            file("demo/v1/demo_events.proto")
                .addMessageType(
                    EventKindRuleTest.event(
                        "ThingCreatedEvent",
                        "tam.demo.v1.thing.created",
                        "demo-svc",
                        EventKind.EVENT_KIND_FACT,
                        "thing")),
            file("other/v1/other_events.proto")
                .addMessageType(event("OtherMovedEvent", "tam.other.v1.other.moved", "other-svc")));

    String md = EventCatalog.render(contracts);

    assertThat(md)
        .contains(
            "| `tam.demo.v1.thing.created` | `demo.v1.ThingCreatedEvent` |"
                + " `demo/v1/demo_events.proto` | FACT | `thing` | demo-svc | reporting-service |")
        .contains(
            "| `tam.other.v1.other.moved` | `other.v1.OtherMovedEvent` |"
                + " `other/v1/other_events.proto` | UNSPECIFIED | `` | other-svc |"
                + " reporting-service |");
    assertThat(md.indexOf("tam.demo.v1")).isLessThan(md.indexOf("tam.other.v1"));
  }

  @Test
  void realCatalogueDescribesTheEnvelopeAndWalletEvents() {
    String md = EventCatalog.render(ContractSet.load());

    assertThat(md)
        .contains("## Envelope")
        .contains("| `event_id` | `string` |")
        .contains(
            "| `tam.wallet.v1.reservation.committed` | `wallet.v1.ReservationCommittedEvent`");
  }

  @Test
  void catalogueHasKindsTheStreamTableAndHowToProduceAndConsume() {
    String md = EventCatalog.render(ContractSet.load());

    assertThat(md)
        .contains("| FACT | `wallet` |")
        .contains("| SNAPSHOT |")
        .contains("| `TAM_WALLET` | `tam.wallet.v1.>` | 30 days | 5 min | denied |")
        .contains("| `TAM_DEADLETTER` | `tam.deadletter.>` |")
        .contains("## Producing")
        .contains("## Consuming");
    assertThat(md.indexOf("## Streams")).isLessThan(md.indexOf("## Producing"));
  }

  /** A small line diff (longest common subsequence), enough for a readable failure. */
  static String diff(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(String.format("- %4d | %s", i + 1, a.get(i++)));
      } else {
        out.add(String.format("+ %4d | %s", j + 1, b.get(j++)));
      }
    }
    if (!before.isEmpty() && !before.endsWith("\n") && after.endsWith("\n")) {
      out.add("+ (missing final newline)");
    }
    return String.join("\n", out);
  }

  @Test
  void diffShowsChangedLines() {
    assertThat(diff("a\nb\nc\n", "a\nB\nc\nd\n")).isEqualTo("-    2 | b\n+    2 | B\n+    4 | d");
  }
}
