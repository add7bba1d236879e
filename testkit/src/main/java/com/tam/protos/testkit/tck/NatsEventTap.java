package com.tam.protos.testkit.tck;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * A {@link TckEvents} that listens on a NATS server for everything published under {@code tam.>}
 * (what the implementation under test publishes with the kit's publisher, JetStream or not) and
 * decodes each message by its subject. Dead letters ({@code tam.deadletter.>}) are not events and
 * are left out. A message on a subject no event declares, or whose payload does not decode, is
 * reported by {@link #problems()}. Used by {@link TckMain} {@code --nats}.
 */
public final class NatsEventTap implements TckEvents, AutoCloseable {
  private static final Map<String, NatsEventTap> SHARED = new ConcurrentHashMap<>();

  private final EventRegistry registry = EventRegistry.load();
  private final Connection connection;
  private final List<Message> published = new ArrayList<>(); // guarded by itself
  private final List<String> problems = new ArrayList<>(); // guarded by published

  private NatsEventTap(Connection connection) {
    this.connection = connection;
  }

  /**
   * Connects to {@code url} and starts listening; returns once the server has the subscription.
   *
   * @param url for example {@code nats://127.0.0.1:4222}
   * @return the tap
   * @throws IOException if the server cannot be reached
   * @throws InterruptedException if interrupted while connecting
   */
  public static NatsEventTap connect(String url) throws IOException, InterruptedException {
    Connection c =
        Nats.connect(
            new Options.Builder()
                .server(url)
                .connectionName("tam-tck-event-tap")
                .connectionTimeout(Duration.ofSeconds(5))
                .build());
    NatsEventTap tap = new NatsEventTap(c);
    c.createDispatcher(tap::receive).subscribe("tam.>");
    try {
      c.flush(Duration.ofSeconds(5));
    } catch (TimeoutException e) {
      c.close();
      throw new IOException("NATS server at " + url + " did not confirm the subscription", e);
    }
    return tap;
  }

  /**
   * The tap on {@code url} that this process shares (one per URL, so that the suites' checks, which
   * keep their state per tap, see one stream), connected on first use.
   *
   * @param url the NATS server
   * @return the shared tap
   * @throws IllegalStateException if the server cannot be reached
   */
  public static NatsEventTap shared(String url) {
    return SHARED.computeIfAbsent(
        url,
        u -> {
          try {
            return connect(u);
          } catch (IOException e) {
            throw new IllegalStateException("cannot tap events on " + u + ": " + e.getMessage(), e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + u, e);
          }
        });
  }

  /** Closes every shared tap. */
  public static void closeShared() {
    SHARED.values().forEach(NatsEventTap::close);
    SHARED.clear();
  }

  private void receive(io.nats.client.Message m) {
    String subject = m.getSubject();
    if (subject.startsWith("tam.deadletter.")) {
      return;
    }
    Optional<EventType> type = registry.bySubject(subject);
    synchronized (published) {
      if (type.isEmpty()) {
        problems.add("[events.declared] a message on " + subject + ", which no event declares");
        return;
      }
      try {
        published.add(type.get().defaultInstance().getParserForType().parseFrom(m.getData()));
      } catch (InvalidProtocolBufferException e) {
        problems.add(
            "[events.decodable] a message on "
                + subject
                + " is not a "
                + type.get().typeName()
                + ": "
                + e.getMessage());
      }
    }
  }

  @Override
  public List<Message> published() {
    synchronized (published) {
      return List.copyOf(published);
    }
  }

  @Override
  public List<String> problems() {
    synchronized (published) {
      return List.copyOf(problems);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
