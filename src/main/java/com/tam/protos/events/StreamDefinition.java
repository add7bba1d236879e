package com.tam.protos.events;

import java.time.Duration;
import java.util.List;

/**
 * A JetStream stream of the platform, as ops create it ({@code nats stream add --config
 * nats/streams/<name>.json}). Rendered by {@link #toJson()} in the server's stream configuration
 * format (durations in nanoseconds).
 *
 * @param name the stream name, {@code TAM_<DOMAIN>} or {@link EventStreams#DEAD_LETTER_STREAM}
 * @param description what the stream holds
 * @param subjects the subject filters it captures, for example {@code tam.wallet.v1.>}
 * @param maxAge how long a message is kept (limits retention)
 * @param maxMsgSize the largest message accepted, in bytes
 * @param replicas copies kept by a cluster
 * @param duplicateWindow how long a {@code Nats-Msg-Id} is remembered to drop duplicates; at least
 *     {@link EventStreams#PUBLISH_RETRY_HORIZON}
 * @param denyDelete whether single messages may not be deleted
 * @param denyPurge whether the stream may not be purged
 */
public record StreamDefinition(
    String name,
    String description,
    List<String> subjects,
    Duration maxAge,
    long maxMsgSize,
    int replicas,
    Duration duplicateWindow,
    boolean denyDelete,
    boolean denyPurge) {

  /** Copies the subject list. */
  public StreamDefinition {
    subjects = List.copyOf(subjects);
  }

  /** Whether a subject is captured by one of the stream's filters. */
  public boolean captures(String subject) {
    return subjects.stream().anyMatch(f -> EventStreams.matches(f, subject));
  }

  /**
   * The stream configuration as JSON, the format of {@code nats stream add --config} and of the
   * JetStream API ({@code $JS.API.STREAM.CREATE.<name>}). Keys in a fixed order, two-space indent,
   * a final newline.
   */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n");
    field(out, "name", quote(name));
    field(out, "description", quote(description));
    field(
        out,
        "subjects",
        "[" + String.join(", ", subjects.stream().map(StreamDefinition::quote).toList()) + "]");
    field(out, "retention", quote("limits"));
    field(out, "max_consumers", "-1");
    field(out, "max_msgs", "-1");
    field(out, "max_bytes", "-1");
    field(out, "max_age", Long.toString(maxAge.toNanos()));
    field(out, "max_msgs_per_subject", "-1");
    field(out, "max_msg_size", Long.toString(maxMsgSize));
    field(out, "discard", quote("old"));
    field(out, "storage", quote("file"));
    field(out, "num_replicas", Integer.toString(replicas));
    field(out, "duplicate_window", Long.toString(duplicateWindow.toNanos()));
    field(out, "allow_direct", "true");
    field(out, "allow_rollup_hdrs", "false");
    field(out, "deny_delete", Boolean.toString(denyDelete));
    out.append("  \"deny_purge\": ").append(denyPurge).append("\n}\n");
    return out.toString();
  }

  private static void field(StringBuilder out, String key, String value) {
    out.append("  \"").append(key).append("\": ").append(value).append(",\n");
  }

  private static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
