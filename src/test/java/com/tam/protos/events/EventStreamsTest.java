package com.tam.protos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stream definitions under nats/streams/ are generated from the registry (drift check), and
 * every event subject falls in exactly one stream. With {@code -Dtam.docs.write=true} the test
 * rewrites the files instead of failing.
 */
class EventStreamsTest {

  /** Command that rewrites nats/streams/ (and docs/EVENTS.md). */
  static final String REWRITE_COMMAND =
      "./mvnw -B test -Dtest='EventStreamsTest,EventCatalogTest' -Dtam.docs.write=true";

  private static final Path STREAMS_DIR =
      Path.of(System.getProperty("basedir", ".")).resolve("nats/streams");

  private final EventRegistry registry = EventRegistry.load();

  @Test
  void committedStreamFilesMatchTheDescriptors() throws IOException {
    Map<String, String> expected = new TreeMap<>();
    for (StreamDefinition s : EventStreams.of(registry)) {
      expected.put(s.name() + ".json", s.toJson());
    }
    if (Boolean.getBoolean("tam.docs.write")) {
      Files.createDirectories(STREAMS_DIR);
      try (Stream<Path> old = Files.list(STREAMS_DIR)) {
        for (Path p : old.toList()) {
          Files.delete(p);
        }
      }
      for (var e : expected.entrySet()) {
        Files.writeString(STREAMS_DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> actual = new TreeMap<>();
    if (Files.isDirectory(STREAMS_DIR)) {
      try (Stream<Path> files = Files.list(STREAMS_DIR)) {
        for (Path p : files.toList()) {
          actual.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    if (!expected.equals(actual)) {
      List<String> problems = new ArrayList<>();
      for (String name : expected.keySet()) {
        if (!actual.containsKey(name)) {
          problems.add("missing nats/streams/" + name);
        } else if (!actual.get(name).equals(expected.get(name))) {
          problems.add("nats/streams/" + name + " differs from the descriptors");
        }
      }
      for (String name : actual.keySet()) {
        if (!expected.containsKey(name)) {
          problems.add("nats/streams/" + name + " is not generated from any event (remove it)");
        }
      }
      fail(
          "nats/streams/ is out of date with proto/: %s. Rewrite it with:%n  %s",
          String.join("; ", problems), REWRITE_COMMAND);
    }
  }

  @Test
  void everyEventSubjectFallsInExactlyOneStream() {
    assertThat(subjectsInNotExactlyOneStream(registry, EventStreams.of(registry))).isEmpty();
  }

  @Test
  void theRuleFailsForASubjectInTwoStreamsOrInNone() {
    List<StreamDefinition> streams = new ArrayList<>(EventStreams.of(registry));
    StreamDefinition wallet =
        streams.stream().filter(s -> s.name().equals("TAM_WALLET")).findFirst().orElseThrow();
    streams.add(
        new StreamDefinition(
            "TAM_WALLET_COPY",
            "overlapping",
            List.of("tam.*.v1.reservation.>"),
            wallet.maxAge(),
            wallet.maxMsgSize(),
            1,
            wallet.duplicateWindow(),
            true,
            true));
    streams.removeIf(s -> s.name().equals("TAM_RISK"));

    List<String> problems = subjectsInNotExactlyOneStream(registry, streams);

    assertThat(problems)
        .anyMatch(p -> p.startsWith("tam.wallet.v1.reservation.committed is in 2 streams"))
        .anyMatch(p -> p.startsWith("tam.risk.v1.") && p.contains("is in 0 streams"));
  }

  @Test
  void streamFiltersDoNotOverlapSoDeadLettersNeverReachADomainStream() {
    List<StreamDefinition> streams = EventStreams.of(registry);
    for (StreamDefinition a : streams) {
      for (StreamDefinition b : streams) {
        if (a != b) {
          for (String fa : a.subjects()) {
            for (String fb : b.subjects()) {
              assertThat(EventStreams.overlap(fa, fb))
                  .as("%s (%s) overlaps %s (%s)", fa, a.name(), fb, b.name())
                  .isFalse();
            }
          }
        }
      }
    }
    assertThat(EventStreams.overlap("tam.wallet.v1.>", "tam.*.v1.reservation.created")).isTrue();
    assertThat(EventStreams.overlap("tam.wallet.v1.>", "tam.deadletter.>")).isFalse();
  }

  @Test
  void oneStreamPerDomainNamedAfterIt() {
    List<StreamDefinition> streams = EventStreams.of(registry);
    for (EventType t : registry.all()) {
      StreamDefinition s = EventStreams.streamOf(streams, t.subject()).orElseThrow();
      assertThat(s.name()).isEqualTo("TAM_" + t.domain().toUpperCase());
      assertThat(s.subjects()).contains("tam." + t.domain() + ".v1.>");
    }
    assertThat(streams).extracting(StreamDefinition::name).contains("TAM_DEADLETTER");
    assertThat(EventStreams.streamOf(streams, "tam.deadletter.reporting-service.tam.x.v1.a.b"))
        .get()
        .extracting(StreamDefinition::name)
        .isEqualTo("TAM_DEADLETTER");
  }

  @Test
  void duplicateWindowCoversThePublishersRetryHorizon() {
    for (StreamDefinition s : EventStreams.of(registry)) {
      assertThat(s.duplicateWindow()).isGreaterThanOrEqualTo(EventStreams.PUBLISH_RETRY_HORIZON);
      assertThat(s.toJson())
          .contains("\"duplicate_window\": " + s.duplicateWindow().toNanos() + ",");
    }
  }

  @Test
  void subjectFiltersFollowNatsWildcards() {
    assertThat(EventStreams.matches("tam.wallet.v1.>", "tam.wallet.v1.reservation.created"))
        .isTrue();
    assertThat(EventStreams.matches("tam.wallet.v1.>", "tam.wallet.v1")).isFalse();
    assertThat(EventStreams.matches("tam.*.v1.x.y", "tam.risk.v1.x.y")).isTrue();
    assertThat(EventStreams.matches("tam.*.v1.x.y", "tam.risk.v1.x.z")).isFalse();
    assertThat(EventStreams.matches("tam.wallet.v1.a.b", "tam.wallet.v1.a.b")).isTrue();
    assertThat(EventStreams.matches("tam.wallet.v1.a", "tam.wallet.v1.a.b")).isFalse();
  }

  @Test
  void aNewDomainGetsItsOwnStream() {
    EventType wallet = registry.all().get(0);
    EventType demo =
        new EventType(
            "tam.demo.v1.thing.created",
            EventMetadata.getDefaultInstance(),
            EventKind.EVENT_KIND_FACT,
            "thing",
            "demo-service",
            List.of());
    List<StreamDefinition> streams = EventStreams.of(EventRegistry.ofTypes(List.of(wallet, demo)));

    assertThat(streams).extracting(StreamDefinition::name).contains("TAM_DEMO", "TAM_DEADLETTER");
    assertThat(EventStreams.streamOf(streams, "tam.demo.v1.thing.created").orElseThrow().name())
        .isEqualTo("TAM_DEMO");
  }

  /** The rule: every event subject is captured by exactly one stream. */
  static List<String> subjectsInNotExactlyOneStream(
      EventRegistry registry, List<StreamDefinition> streams) {
    List<String> out = new ArrayList<>();
    for (EventType t : registry.all()) {
      List<String> in =
          streams.stream()
              .filter(s -> s.captures(t.subject()))
              .map(StreamDefinition::name)
              .toList();
      if (in.size() != 1) {
        out.add(t.subject() + " is in " + in.size() + " streams " + in + ", must be in exactly 1");
      }
    }
    return out;
  }
}
