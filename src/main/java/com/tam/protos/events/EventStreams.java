package com.tam.protos.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JetStream streams of the platform, derived from the event registry: one stream per domain,
 * {@code TAM_<DOMAIN>}, capturing {@code tam.<domain>.v<N>.>} for every major version that has
 * events, plus the dead-letter stream {@value #DEAD_LETTER_STREAM} ({@code tam.deadletter.>}).
 *
 * <p>The committed files under {@code nats/streams/} are generated from {@link #of(EventRegistry)};
 * a test fails when they differ.
 */
public final class EventStreams {

  /**
   * How long the publishers of the kits keep retrying one publish (same {@code Nats-Msg-Id}) before
   * giving up and reporting the failure. The duplicate window of every stream is at least this.
   */
  public static final Duration PUBLISH_RETRY_HORIZON = Duration.ofMinutes(2);

  /**
   * The duplicate window of every stream: a retry of the same event within it is dropped by the
   * server. Longer than {@link #PUBLISH_RETRY_HORIZON} so that the last retry is still covered.
   */
  public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(5);

  /** How long events are kept: long enough to rebuild a consumer that was down for weeks. */
  public static final Duration MAX_AGE = Duration.ofDays(30);

  /** Replicas in the production cluster (tests on one server override it with 1). */
  public static final int REPLICAS = 3;

  /** The largest event accepted, in bytes. */
  public static final long MAX_MSG_SIZE = 1024 * 1024;

  /** Name of the stream that keeps poison messages. */
  public static final String DEAD_LETTER_STREAM = "TAM_DEADLETTER";

  /** Subject prefix of dead letters: {@code tam.deadletter.<durable>.<original subject>}. */
  public static final String DEAD_LETTER_PREFIX = "tam.deadletter";

  private EventStreams() {}

  /** The stream name of a domain: {@code TAM_<DOMAIN>}. */
  public static String streamName(String domain) {
    return "TAM_" + domain.toUpperCase(Locale.ROOT);
  }

  /** The dead-letter subject of a consumer's poison message. */
  public static String deadLetterSubject(String durable, String originalSubject) {
    return DEAD_LETTER_PREFIX + "." + durable + "." + originalSubject;
  }

  /** Every stream of the registry's events, sorted by name, the dead-letter stream included. */
  public static List<StreamDefinition> of(EventRegistry registry) {
    return forSubjects(registry.all().stream().map(EventType::subject).toList());
  }

  /**
   * The streams of a set of event subjects ({@code tam.<domain>.v<N>.<entity>.<verb>}), sorted by
   * name, the dead-letter stream included.
   */
  public static List<StreamDefinition> forSubjects(Collection<String> eventSubjects) {
    TreeMap<String, TreeSet<String>> filters = new TreeMap<>();
    for (String subject : eventSubjects) {
      String[] tokens = subject.split("\\.", -1);
      if (tokens.length < 4 || !tokens[0].equals("tam")) {
        throw new IllegalArgumentException("not an event subject: " + subject);
      }
      String domain = tokens[1];
      filters
          .computeIfAbsent(domain, d -> new TreeSet<>())
          .add("tam." + domain + "." + tokens[2] + ".>");
    }
    List<StreamDefinition> out = new ArrayList<>();
    filters.forEach(
        (domain, subjects) ->
            out.add(
                new StreamDefinition(
                    streamName(domain),
                    "TAM "
                        + domain
                        + " events (generated from proto/ by EventStreamsTest; docs/EVENTS.md)",
                    List.copyOf(subjects),
                    MAX_AGE,
                    MAX_MSG_SIZE,
                    REPLICAS,
                    DUPLICATE_WINDOW,
                    true,
                    true)));
    out.add(
        new StreamDefinition(
            DEAD_LETTER_STREAM,
            "Poison events set aside by consumers after their last delivery, with the reason in"
                + " the Tam-Dead-Letter-* headers (docs/EVENTS.md)",
            List.of(DEAD_LETTER_PREFIX + ".>"),
            MAX_AGE,
            MAX_MSG_SIZE + 64 * 1024,
            REPLICAS,
            DUPLICATE_WINDOW,
            false,
            false));
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return List.copyOf(out);
  }

  /** The stream that captures a subject, if any. */
  public static Optional<StreamDefinition> streamOf(
      List<StreamDefinition> streams, String subject) {
    return streams.stream().filter(s -> s.captures(subject)).findFirst();
  }

  /**
   * Whether a NATS subject filter matches a literal subject: {@code *} matches one token, {@code >}
   * (last token only) one or more.
   */
  public static boolean matches(String filter, String subject) {
    String[] f = filter.split("\\.", -1);
    String[] s = subject.split("\\.", -1);
    for (int i = 0; i < f.length; i++) {
      if (f[i].equals(">")) {
        return s.length > i;
      }
      if (i >= s.length || !(f[i].equals("*") || f[i].equals(s[i]))) {
        return false;
      }
    }
    return f.length == s.length;
  }

  /** Whether two subject filters can match a common subject. */
  public static boolean overlap(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    for (int i = 0; ; i++) {
      boolean xEnd = i >= x.length;
      boolean yEnd = i >= y.length;
      if (xEnd || yEnd) {
        return xEnd && yEnd;
      }
      if (x[i].equals(">") || y[i].equals(">")) {
        return true;
      }
      if (!(x[i].equals("*") || y[i].equals("*") || x[i].equals(y[i]))) {
        return false;
      }
    }
  }
}
