package com.tam.protos.events.nats;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.AppliedVersions;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventHeaders;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventStreams;
import com.tam.protos.events.EventType;
import com.tam.protos.events.InMemoryAppliedVersions;
import com.tam.protos.events.Ordering;
import com.tam.protos.events.Ordering.Decision;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamSubscription;
import io.nats.client.PublishOptions;
import io.nats.client.PullSubscribeOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A typed durable JetStream consumer of contract events (pull based, one stream).
 *
 * <ul>
 *   <li>Each delivery is decoded into its generated type (the subject names it) and passed to the
 *       handler registered for that type; the event is acked only after the handler returns.
 *   <li>A handler that throws gets the event again after a backoff ({@code nakWithDelay}); after
 *       {@code maxDeliver} deliveries the event is published to {@code
 *       tam.deadletter.<durable>.<subject>} with the reason in {@code Tam-Dead-Letter-*} headers,
 *       and terminated. A payload that does not decode goes there at once. An event delivered more
 *       than {@code maxDeliver} times without an ack (the process crashed on it every time) goes
 *       there too.
 *   <li>Ordering by {@code metadata.aggregate_version} per (aggregate, aggregate_id), see {@link
 *       Ordering}: FACT events are applied in order; a later version is held (kept unacked, its ack
 *       deadline extended) until the gap is filled, while other aggregates go on; versions already
 *       applied are acked without calling the handler. SNAPSHOT events: the latest version wins.
 *       The versions live in {@link AppliedVersions}: give the consumer one backed by your database
 *       so that the handler's effect and the version commit together.
 *   <li>Messages of subjects without a handler (event types newer than this build) go to the {@link
 *       UnknownEventHandler} untouched; by default they are acked and left in the stream. Fields
 *       unknown to this build stay in the decoded message's unknown fields.
 * </ul>
 *
 * <p>One thread per consumer runs the loop; handlers are called on it, one at a time.
 */
public final class EventConsumer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EventConsumer.class.getName());
  private static final Pattern DURABLE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Connection connection;
  private final JetStream jetStream;
  private final EventRegistry registry;
  private final String stream;
  private final String durable;
  private final Map<String, EventHandler<Message>> handlers;
  private final UnknownEventHandler unknownHandler;
  private final AppliedVersions applied;
  private final int maxDeliver;
  private final List<Duration> backoff;
  private final Duration ackWait;
  private final int batchSize;
  private final Duration pollWait;
  private final Map<String, TreeMap<Long, Held>> held = new HashMap<>();
  private final AtomicInteger heldCount = new AtomicInteger();
  private volatile boolean running;
  private JetStreamSubscription subscription;
  private Thread thread;

  private record Held(
      io.nats.client.Message message,
      EventType type,
      Message event,
      EventMetadata metadata,
      long[] lastTouch) {}

  private EventConsumer(Builder b) throws IOException {
    this.connection = b.connection;
    this.jetStream = b.connection.jetStream();
    this.registry = b.registry;
    this.durable = b.durable;
    this.handlers = Map.copyOf(b.handlers);
    this.unknownHandler = b.unknownHandler;
    this.applied = b.applied;
    this.maxDeliver = b.maxDeliver;
    this.backoff = List.copyOf(b.backoff);
    this.ackWait = b.ackWait;
    this.batchSize = b.batchSize;
    this.pollWait = b.pollWait;
    this.stream = b.stream != null ? b.stream : streamOfHandlers(b);
  }

  /** Starts building a consumer on a connection, with a durable name (e.g. the service name). */
  public static Builder builder(Connection connection, String durable) {
    return new Builder(connection, durable);
  }

  /** The stream read. */
  public String stream() {
    return stream;
  }

  /** How many FACT events are held waiting for a missing earlier version. */
  public int heldCount() {
    return heldCount.get();
  }

  /**
   * Creates or updates the durable consumer on the server and starts the loop on its own thread.
   */
  public EventConsumer start() throws IOException, JetStreamApiException {
    ConsumerConfiguration.Builder config =
        ConsumerConfiguration.builder()
            .durable(durable)
            .ackPolicy(AckPolicy.Explicit)
            .ackWait(ackWait)
            // The client decides when to give up (dead letter); the server never stops
            // redelivering.
            .maxDeliver(-1)
            .maxAckPending(Math.max(1000, batchSize * 4L))
            .deliverPolicy(DeliverPolicy.All);
    if (unknownHandler == null) {
      config.filterSubjects(new ArrayList<>(handlers.keySet()));
    }
    connection.jetStreamManagement().addOrUpdateConsumer(stream, config.build());
    subscription = jetStream.subscribe(null, PullSubscribeOptions.bind(stream, durable));
    running = true;
    thread = new Thread(this::loop, "tam-events-" + durable);
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  /** Stops the loop (held events stay unacked and are redelivered later) and waits for it. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    if (thread != null && thread != Thread.currentThread()) {
      thread.join(pollWait.toMillis() * 4 + 5_000);
    }
    if (subscription != null && connection.getStatus() == Connection.Status.CONNECTED) {
      try {
        subscription.unsubscribe();
      } catch (IllegalStateException e) {
        // already closed
      }
    }
  }

  private void loop() {
    while (running) {
      List<io.nats.client.Message> batch;
      try {
        batch = subscription.fetch(batchSize, pollWait);
      } catch (RuntimeException e) {
        if (connection.getStatus() == Connection.Status.CLOSED) {
          LOG.log(Level.WARNING, "consumer " + durable + " stops: connection closed");
          running = false;
          return;
        }
        // Reconnecting, server restarting, a status error: keep polling.
        LOG.log(Level.WARNING, "consumer " + durable + ": fetch failed, retrying", e);
        sleepQuietly(pollWait);
        continue;
      }
      for (io.nats.client.Message m : batch) {
        if (!m.isJetStream()) {
          continue;
        }
        try {
          process(m);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "consumer " + durable + ": " + m.getSubject(), e);
        }
      }
      touchHeld();
    }
  }

  private void process(io.nats.client.Message m) {
    long deliveries = m.metaData().deliveredCount();
    EventHandler<Message> handler = handlers.get(m.getSubject());
    EventType type = registry.bySubject(m.getSubject()).orElse(null);
    if (handler == null || type == null) {
      unknown(m, deliveries);
      return;
    }
    if (deliveries > maxDeliver) {
      deadLetter(
          m,
          "delivered "
              + deliveries
              + " times without an ack (more than maxDeliver="
              + maxDeliver
              + "): the consumer crashed or timed out on it each time");
      return;
    }
    Message event;
    try {
      event = type.defaultInstance().getParserForType().parseFrom(m.getData());
    } catch (InvalidProtocolBufferException e) {
      deadLetter(m, "payload is not a valid " + type.typeName() + ": " + e.getMessage());
      return;
    }
    EventMetadata meta = Envelopes.metadata(event);
    dispatch(new Held(m, type, event, meta, new long[] {System.nanoTime()}), handler);
  }

  private void dispatch(Held h, EventHandler<Message> handler) {
    EventKind kind = h.type().kind();
    String aggregate = h.type().aggregate();
    String id = h.metadata().getAggregateId();
    long version = h.metadata().getAggregateVersion();
    boolean ordered = kind == EventKind.EVENT_KIND_FACT || kind == EventKind.EVENT_KIND_SNAPSHOT;
    long last = ordered ? applied.lastApplied(aggregate, id) : 0;
    Decision decision = Ordering.decide(kind, id, version, last);
    switch (decision) {
      case SKIP -> h.message().ack();
      case INVALID -> deadLetter(h.message(), Ordering.invalidReason(kind, id, version));
      case HOLD -> {
        TreeMap<Long, Held> waiting =
            held.computeIfAbsent(key(aggregate, id), k -> new TreeMap<>());
        if (waiting.put(version, h) == null) {
          heldCount.incrementAndGet();
        }
      }
      case APPLY -> {
        ReceivedEvent<Message> received =
            new ReceivedEvent<>(
                h.type(),
                h.event(),
                h.metadata(),
                h.message().getHeaders(),
                h.message().metaData().deliveredCount(),
                h.message().metaData().streamSequence());
        try {
          if (ordered) {
            applied.apply(aggregate, id, version, () -> handler.handle(received));
          } else {
            handler.handle(received);
          }
        } catch (Exception e) {
          failed(h.message(), e);
          return;
        }
        h.message().ack();
        if (kind == EventKind.EVENT_KIND_FACT) {
          drain(aggregate, id);
        }
      }
    }
  }

  /**
   * Applies the held fact of an aggregate that has become next in line (its own success drains the
   * next one), and acks held versions that were applied meanwhile.
   */
  private void drain(String aggregate, String id) {
    String key = key(aggregate, id);
    TreeMap<Long, Held> waiting = held.get(key);
    while (waiting != null && !waiting.isEmpty()) {
      long last = applied.lastApplied(aggregate, id);
      Map.Entry<Long, Held> first = waiting.firstEntry();
      if (first.getKey() > last + 1) {
        return;
      }
      waiting.pollFirstEntry();
      heldCount.decrementAndGet();
      if (waiting.isEmpty()) {
        held.remove(key);
      }
      Held h = first.getValue();
      if (first.getKey() <= last) {
        h.message().ack();
        continue;
      }
      // Next in line. On success dispatch drains the rest; on failure the event is redelivered
      // after its backoff and the later versions keep waiting.
      dispatch(h, handlers.get(h.message().getSubject()));
      return;
    }
  }

  /** Keeps held events from being redelivered while they wait (ack deadline extension). */
  private void touchHeld() {
    long now = System.nanoTime();
    long every = ackWait.toNanos() / 3;
    for (TreeMap<Long, Held> waiting : held.values()) {
      for (Held h : waiting.values()) {
        if (now - h.lastTouch()[0] >= every) {
          h.message().inProgress();
          h.lastTouch()[0] = now;
        }
      }
    }
  }

  private void unknown(io.nats.client.Message m, long deliveries) {
    if (unknownHandler == null) {
      m.ack();
      return;
    }
    try {
      unknownHandler.handle(m);
    } catch (Exception e) {
      failed(m, e);
      return;
    }
    m.ack();
  }

  private void failed(io.nats.client.Message m, Exception e) {
    long deliveries = m.metaData().deliveredCount();
    String reason = e.getClass().getName() + ": " + Objects.toString(e.getMessage(), "");
    if (deliveries >= maxDeliver) {
      deadLetter(
          m, "handler failed on delivery " + deliveries + " of " + maxDeliver + ": " + reason);
    } else {
      Duration delay = backoff.get((int) Math.min(deliveries - 1, backoff.size() - 1));
      LOG.log(
          Level.FINE,
          () ->
              "consumer "
                  + durable
                  + ": "
                  + m.getSubject()
                  + " retried in "
                  + delay
                  + ": "
                  + reason);
      m.nakWithDelay(delay);
    }
  }

  private void deadLetter(io.nats.client.Message m, String reason) {
    Headers headers = m.hasHeaders() ? new Headers(m.getHeaders()) : new Headers();
    String origin = m.metaData().getStream() + ":" + m.metaData().streamSequence();
    headers.put(EventHeaders.MSG_ID, "dead-letter:" + durable + ":" + origin);
    headers.put(EventHeaders.DEAD_LETTER_REASON, EventHeaders.headerSafe(reason));
    headers.put(EventHeaders.DEAD_LETTER_CONSUMER, durable);
    headers.put(EventHeaders.DEAD_LETTER_DELIVERIES, Long.toString(m.metaData().deliveredCount()));
    headers.put(EventHeaders.ORIGINAL_SUBJECT, m.getSubject());
    headers.put(EventHeaders.ORIGINAL_STREAM, m.metaData().getStream());
    headers.put(EventHeaders.ORIGINAL_SEQUENCE, Long.toString(m.metaData().streamSequence()));
    try {
      jetStream.publish(
          NatsMessage.builder()
              .subject(EventStreams.deadLetterSubject(durable, m.getSubject()))
              .headers(headers)
              .data(m.getData())
              .build(),
          PublishOptions.builder()
              .messageId("dead-letter:" + durable + ":" + origin)
              .expectedStream(EventStreams.DEAD_LETTER_STREAM)
              .build());
    } catch (IOException | JetStreamApiException | RuntimeException e) {
      // Never lose it: try again on a later delivery.
      LOG.log(Level.WARNING, "consumer " + durable + ": dead letter of " + origin + " failed", e);
      m.nakWithDelay(backoff.get(backoff.size() - 1));
      return;
    }
    LOG.log(Level.WARNING, "consumer " + durable + ": " + origin + " dead-lettered: " + reason);
    m.term();
  }

  private String streamOfHandlers(Builder b) {
    List<String> streams =
        b.handlers.keySet().stream()
            .map(s -> registry.bySubject(s).orElseThrow().stream())
            .distinct()
            .toList();
    if (streams.size() != 1) {
      throw new IllegalArgumentException(
          "a consumer reads exactly one stream; the handled events are in "
              + streams
              + ": build one consumer per stream");
    }
    return streams.get(0);
  }

  private static String key(String aggregate, String id) {
    return aggregate + "\u0000" + id;
  }

  private static void sleepQuietly(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures an {@link EventConsumer}. */
  public static final class Builder {
    private final Connection connection;
    private final String durable;
    private EventRegistry registry = EventRegistry.load();
    private final Map<String, EventHandler<Message>> handlers = new LinkedHashMap<>();
    private UnknownEventHandler unknownHandler;
    private AppliedVersions applied = new InMemoryAppliedVersions();
    private String stream;
    private int maxDeliver = 5;
    private List<Duration> backoff =
        List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
    private Duration ackWait = Duration.ofSeconds(30);
    private int batchSize = 64;
    private Duration pollWait = Duration.ofMillis(500);

    private Builder(Connection connection, String durable) {
      if (!DURABLE.matcher(durable).matches()) {
        throw new IllegalArgumentException(
            "durable name \"" + durable + "\" must match " + DURABLE.pattern());
      }
      this.connection = connection;
      this.durable = durable;
    }

    /** The registry to decode with (default: the contracts of this artifact). */
    public Builder registry(EventRegistry registry) {
      this.registry = registry;
      return this;
    }

    /** Handles the events of one generated type. */
    @SuppressWarnings("unchecked")
    public <T extends Message> Builder on(Class<T> type, EventHandler<T> handler) {
      Message instance;
      try {
        instance = (Message) type.getMethod("getDefaultInstance").invoke(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(type + " is not a generated message", e);
      }
      return on(registry.of(instance).subject(), (EventHandler<Message>) handler);
    }

    /** Handles the events of one subject (any type, decoded by the registry). */
    public Builder on(String subject, EventHandler<Message> handler) {
      if (registry.bySubject(subject).isEmpty()) {
        throw new IllegalArgumentException("no event is declared on subject " + subject);
      }
      handlers.put(subject, handler);
      return this;
    }

    /**
     * Reads the whole stream and passes every message without a handler to {@code handler}
     * untouched (default without it: only the handled subjects are delivered).
     */
    public Builder wholeStream(String stream, UnknownEventHandler handler) {
      this.stream = stream;
      this.unknownHandler = handler;
      return this;
    }

    /** Where applied versions are kept (default: in memory). */
    public Builder appliedVersions(AppliedVersions applied) {
      this.applied = applied;
      return this;
    }

    /** Deliveries before a failing event is dead-lettered (default 5). */
    public Builder maxDeliver(int maxDeliver) {
      if (maxDeliver < 1) {
        throw new IllegalArgumentException("maxDeliver must be >= 1");
      }
      this.maxDeliver = maxDeliver;
      return this;
    }

    /**
     * Redelivery delays after the 1st, 2nd, ... failure; the last repeats (default 1s, 5s, 30s).
     */
    public Builder backoff(Duration... delays) {
      if (delays.length == 0) {
        throw new IllegalArgumentException("backoff needs at least one delay");
      }
      this.backoff = List.of(delays);
      return this;
    }

    /** How long the server waits for an ack before redelivering (default 30s). */
    public Builder ackWait(Duration ackWait) {
      this.ackWait = ackWait;
      return this;
    }

    /** Messages fetched per pull (default 64). */
    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /** How long one pull waits for messages (default 500 ms). */
    public Builder pollWait(Duration pollWait) {
      this.pollWait = pollWait;
      return this;
    }

    /** Builds the consumer (not started). */
    public EventConsumer build() throws IOException {
      if (handlers.isEmpty() && unknownHandler == null) {
        throw new IllegalStateException("the consumer has no handler");
      }
      return new EventConsumer(this);
    }
  }
}
