package com.tam.protos.events.nats;

import com.google.protobuf.Message;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventHeaders;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventStreams;
import com.tam.protos.events.EventType;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Publishes contract events to JetStream, typed: the subject comes from the event's declaration,
 * the envelope is filled and checked ({@link Envelopes#prepare}), {@code Nats-Msg-Id} is the {@code
 * event_id} (so the stream drops a duplicate within its duplicate window), and the headers carry
 * the type and schema version.
 *
 * <p>A publish waits for the stream's ack. Transient failures (timeout, no responders while the
 * server restarts, 503) are retried with the same {@code Nats-Msg-Id} and exponential backoff until
 * {@link EventStreams#PUBLISH_RETRY_HORIZON}, which every stream's duplicate window covers.
 * Thread-safe.
 */
public final class EventPublisher {

  private final JetStream jetStream;
  private final EventRegistry registry;
  private final Duration retryHorizon;
  private final Clock clock;

  /** A publisher on a connection, with the contracts' registry and the default retry horizon. */
  public EventPublisher(Connection connection) throws IOException {
    this(connection, EventRegistry.load(), EventStreams.PUBLISH_RETRY_HORIZON, Clock.systemUTC());
  }

  /**
   * A publisher with an explicit registry, retry horizon (at most {@link
   * EventStreams#PUBLISH_RETRY_HORIZON}) and clock.
   */
  public EventPublisher(
      Connection connection, EventRegistry registry, Duration retryHorizon, Clock clock)
      throws IOException {
    if (retryHorizon.compareTo(EventStreams.PUBLISH_RETRY_HORIZON) > 0) {
      throw new IllegalArgumentException(
          "retry horizon "
              + retryHorizon
              + " exceeds "
              + EventStreams.PUBLISH_RETRY_HORIZON
              + ": a late retry would fall outside the streams' duplicate window");
    }
    this.jetStream = connection.jetStream();
    this.registry = registry;
    this.retryHorizon = retryHorizon;
    this.clock = clock;
  }

  /** The outcome of a publish. */
  public record Published(Message event, PublishAck ack) {
    /** Whether the stream already had this event id (a retry or a second publish). */
    public boolean duplicate() {
      return ack.isDuplicate();
    }
  }

  /**
   * Completes the envelope, publishes the event on its subject and waits for the stream's ack.
   *
   * @return the event as published (envelope filled) and the ack
   * @throws IllegalArgumentException if the message is not an event or its envelope is invalid
   * @throws IOException if the stream did not ack within the retry horizon
   * @throws JetStreamApiException if the server refused the message (for example a wrong stream)
   */
  public Published publish(Message event)
      throws IOException, JetStreamApiException, InterruptedException {
    EventType type = registry.of(event);
    Message filled = Envelopes.prepare(type, event, Instant.now(clock));
    String eventId = Envelopes.metadata(filled).getEventId();
    Headers headers = new Headers();
    headers.put(EventHeaders.MSG_ID, eventId);
    headers.put(EventHeaders.EVENT_TYPE, type.typeName());
    headers.put(EventHeaders.SCHEMA_VERSION, type.schemaVersion());
    headers.put(EventHeaders.CONTENT_TYPE, EventHeaders.PROTOBUF);
    NatsMessage msg =
        NatsMessage.builder()
            .subject(type.subject())
            .headers(headers)
            .data(filled.toByteArray())
            .build();
    PublishOptions options =
        PublishOptions.builder().messageId(eventId).expectedStream(type.stream()).build();
    return new Published(filled, publishWithRetry(msg, options));
  }

  private PublishAck publishWithRetry(NatsMessage msg, PublishOptions options)
      throws IOException, JetStreamApiException, InterruptedException {
    long deadline = System.nanoTime() + retryHorizon.toNanos();
    long backoffMillis = 50;
    while (true) {
      try {
        return jetStream.publish(msg, options);
      } catch (IOException e) {
        if (System.nanoTime() + backoffMillis * 1_000_000 > deadline) {
          throw e;
        }
      } catch (JetStreamApiException e) {
        // 503: no JetStream responders yet (server restarting, leader election). Anything else
        // (wrong stream, message too large) will not change on retry.
        if (e.getErrorCode() != 503 || System.nanoTime() + backoffMillis * 1_000_000 > deadline) {
          throw e;
        }
      } catch (IllegalStateException e) {
        // jnats: connection closed or reconnecting and the reconnect buffer is full.
        if (System.nanoTime() + backoffMillis * 1_000_000 > deadline) {
          throw new IOException("publish of " + msg.getSubject() + " failed", e);
        }
      }
      Thread.sleep(backoffMillis);
      backoffMillis = Math.min(backoffMillis * 2, 2_000);
    }
  }
}
