package com.tam.protos.events;

/**
 * The NATS headers of TAM events. The same names are used by the Python helpers ({@code
 * tam_protos.events}).
 */
public final class EventHeaders {

  /** JetStream's deduplication id: the event's {@code metadata.event_id}. */
  public static final String MSG_ID = "Nats-Msg-Id";

  /** The payload's full protobuf type name, for example {@code wallet.v1.XEvent}. */
  public static final String EVENT_TYPE = "Tam-Event-Type";

  /** The payload's schema version, the major version of its package, for example {@code v1}. */
  public static final String SCHEMA_VERSION = "Tam-Schema-Version";

  /** Media type of the payload. */
  public static final String CONTENT_TYPE = "Content-Type";

  /** Value of {@link #CONTENT_TYPE}: binary protobuf. */
  public static final String PROTOBUF = "application/x-protobuf";

  /** On a dead letter: why it was set aside (one line, at most 1024 characters). */
  public static final String DEAD_LETTER_REASON = "Tam-Dead-Letter-Reason";

  /** On a dead letter: the durable consumer that gave up. */
  public static final String DEAD_LETTER_CONSUMER = "Tam-Dead-Letter-Consumer";

  /** On a dead letter: how many times the event had been delivered. */
  public static final String DEAD_LETTER_DELIVERIES = "Tam-Dead-Letter-Deliveries";

  /** On a dead letter: the subject the event was published on. */
  public static final String ORIGINAL_SUBJECT = "Tam-Original-Subject";

  /** On a dead letter: the stream that held the event. */
  public static final String ORIGINAL_STREAM = "Tam-Original-Stream";

  /** On a dead letter: the event's sequence in that stream. */
  public static final String ORIGINAL_SEQUENCE = "Tam-Original-Sequence";

  /** The longest dead-letter reason kept. */
  public static final int MAX_REASON_LENGTH = 1024;

  private EventHeaders() {}

  /**
   * Makes a reason fit a header value: printable ASCII on one line (anything else becomes a space),
   * at most {@link #MAX_REASON_LENGTH} characters (cut with {@code ...}).
   */
  public static String headerSafe(String reason) {
    String line = (reason == null ? "" : reason).replaceAll("[^\\x20-\\x7e]+", " ").strip();
    return line.length() <= MAX_REASON_LENGTH
        ? line
        : line.substring(0, MAX_REASON_LENGTH - 3) + "...";
  }
}
