package com.tam.protos.testkit.support;

import com.google.protobuf.Message;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventStreams;
import com.tam.protos.events.EventType;
import com.tam.protos.events.StreamDefinition;
import com.tam.protos.events.nats.EventConsumer;
import com.tam.protos.events.nats.EventHandler;
import com.tam.protos.events.nats.EventPublisher;
import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.ConsumerInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An {@link EventBus} on a real NATS JetStream server, through the kit's own helpers: events are
 * published with {@link EventPublisher} (subject from the contract, {@code Nats-Msg-Id} = event id)
 * and each consumer service reads them with one durable {@link EventConsumer} per stream (durable
 * name = the service name), which acks after the handler returns, redelivers after a failure and
 * applies the ordering rule of the event's kind. The sandbox uses it with {@code --nats URL}.
 *
 * <p>{@link #connect} creates the platform's streams ({@link EventStreams#of}: the definitions
 * committed in {@code nats/streams/}) with one replica when they do not exist yet, so a plain
 * {@code nats-server -js} is enough. Thread-safe. Needs {@code io.nats:jnats} on the class path (an
 * optional dependency of the testkit).
 */
public final class NatsEventBus implements EventBus, AutoCloseable {
  private final Connection connection;
  private final boolean ownsConnection;
  private final EventRegistry registry = EventRegistry.load();
  private final EventPublisher publisher;
  private final JetStreamManagement jsm;
  private final Map<String, Map<String, EventHandler<Message>>> handlers = new LinkedHashMap<>();
  private final Map<String, EventConsumer> consumers = new LinkedHashMap<>();

  /**
   * A bus on an open connection (not closed by {@link #close()}); the streams must exist.
   *
   * @param connection the connection
   * @param clock the clock for the events' {@code occur_time} when unset
   * @throws IOException if JetStream is not available
   */
  public NatsEventBus(Connection connection, Clock clock) throws IOException {
    this(connection, clock, false);
  }

  private NatsEventBus(Connection connection, Clock clock, boolean owns) throws IOException {
    this.connection = connection;
    this.ownsConnection = owns;
    this.publisher = new EventPublisher(connection, registry, Duration.ofSeconds(30), clock);
    this.jsm = connection.jetStreamManagement();
  }

  /**
   * Connects to a server, creates the platform's streams where missing, and returns a bus that
   * closes the connection on {@link #close()}.
   *
   * @param url the server, for example {@code nats://127.0.0.1:4222}
   * @param clock the platform's clock
   * @return the bus
   * @throws IllegalStateException if the server cannot be reached or refuses a stream
   */
  public static NatsEventBus connect(String url, Clock clock) {
    Connection connection = null;
    try {
      connection =
          Nats.connect(
              new Options.Builder()
                  .server(url)
                  .connectionTimeout(Duration.ofSeconds(5))
                  .reconnectWait(Duration.ofMillis(200))
                  .maxReconnects(-1)
                  .build());
      createStreams(connection);
      return new NatsEventBus(connection, clock, true);
    } catch (IOException | RuntimeException e) {
      closeQuietly(connection);
      throw new IllegalStateException("cannot use NATS at " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(connection);
      throw new IllegalStateException("interrupted while connecting to " + url, e);
    }
  }

  /**
   * Creates every stream of the platform that does not exist yet, with one replica (an existing
   * stream is left as it is).
   *
   * @param connection the connection
   * @throws IOException on a transport failure
   * @throws InterruptedException if interrupted
   */
  public static void createStreams(Connection connection) throws IOException, InterruptedException {
    for (StreamDefinition s : EventStreams.of(EventRegistry.load())) {
      String json = s.toJson().replaceFirst("\"num_replicas\": \\d+", "\"num_replicas\": 1");
      io.nats.client.Message reply =
          connection.request(
              "$JS.API.STREAM.CREATE." + s.name(),
              json.getBytes(StandardCharsets.UTF_8),
              Duration.ofSeconds(10));
      if (reply == null) {
        throw new IOException("no JetStream reply for stream " + s.name() + " (is -js on?)");
      }
      String body = new String(reply.getData(), StandardCharsets.UTF_8);
      if (body.contains("\"error\"") && !body.contains("already in use")) {
        throw new IllegalStateException("stream " + s.name() + " refused: " + body);
      }
    }
  }

  @Override
  public void publish(Message event) {
    try {
      publisher.publish(event);
    } catch (IOException | JetStreamApiException e) {
      throw new IllegalStateException(
          "publish of " + event.getDescriptorForType().getFullName() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized <T extends Message> void subscribe(
      String consumer, T prototype, Consumer<? super T> handler) {
    EventType type = registry.of(prototype);
    String durable = consumer.replaceAll("[^A-Za-z0-9_-]", "_");
    String key = durable + "/" + type.stream();
    handlers
        .computeIfAbsent(key, k -> new LinkedHashMap<>())
        .put(type.subject(), received -> handler.accept((T) received.event()));
    // The durable consumer is rebuilt with every handler of the service on this stream (the server
    // keeps its position: nothing is lost or delivered again).
    try {
      EventConsumer old = consumers.remove(key);
      if (old != null) {
        old.close();
      }
      EventConsumer.Builder b =
          EventConsumer.builder(connection, durable)
              .registry(registry)
              .maxDeliver(InMemoryEventBus.MAX_DELIVER)
              .backoff(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(200))
              .ackWait(Duration.ofSeconds(10))
              .pollWait(Duration.ofMillis(100));
      handlers.get(key).forEach(b::on);
      consumers.put(key, b.build().start());
    } catch (IOException | JetStreamApiException e) {
      throw new IllegalStateException("cannot start consumer " + key, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting consumer " + key, e);
    }
  }

  /**
   * Waits until every durable consumer of the bus has nothing pending, unacked or held, and no
   * stream grew meanwhile.
   */
  @Override
  public boolean awaitQuiescence(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        List<Long> before = streamSequences();
        boolean quiet = true;
        for (Map.Entry<String, EventConsumer> e : snapshot()) {
          EventConsumer c = e.getValue();
          ConsumerInfo info = jsm.getConsumerInfo(c.stream(), e.getKey().split("/")[0]);
          if (info.getNumPending() > 0 || info.getNumAckPending() > 0 || c.heldCount() > 0) {
            quiet = false;
            break;
          }
        }
        if (quiet && before.equals(streamSequences())) {
          return true;
        }
      } catch (IOException | JetStreamApiException e) {
        // The server is restarting: not quiet yet.
      }
      Thread.sleep(20);
    }
    return false;
  }

  private synchronized List<Map.Entry<String, EventConsumer>> snapshot() {
    return new ArrayList<>(consumers.entrySet());
  }

  private List<Long> streamSequences() throws IOException, JetStreamApiException {
    List<Long> out = new ArrayList<>();
    for (StreamDefinition s : EventStreams.of(registry)) {
      out.add(jsm.getStreamInfo(s.name()).getStreamState().getLastSequence());
    }
    return out;
  }

  /** Stops the consumers and, when {@link #connect} opened it, closes the connection. */
  @Override
  public void close() {
    for (EventConsumer c : snapshot().stream().map(Map.Entry::getValue).toList()) {
      try {
        c.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (ownsConnection) {
      closeQuietly(connection);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
