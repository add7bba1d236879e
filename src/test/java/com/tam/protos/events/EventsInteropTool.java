package com.tam.protos.events;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import com.tam.protos.events.nats.EventConsumer;
import com.tam.protos.events.nats.EventPublisher;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java side of the cross-language event tests (tests/nats/test_interop.py runs it).
 *
 * <pre>
 *   publish URL FIXTURE          publishes the fixture's events with EventPublisher
 *   consume URL FIXTURE DURABLE  consumes them with EventConsumer and exits 0 when every
 *                                decoded event equals the fixture's, 1 otherwise
 * </pre>
 */
public final class EventsInteropTool {

  private EventsInteropTool() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: publish URL FIXTURE | consume URL FIXTURE DURABLE");
      System.exit(2);
    }
    EventRegistry registry = EventRegistry.load();
    List<Message> expected = fixture(registry, Path.of(args[2]));
    try (Connection nc =
        Nats.connect(new Options.Builder().server(args[1]).maxReconnects(-1).build())) {
      switch (args[0]) {
        case "publish" -> {
          EventPublisher publisher = new EventPublisher(nc);
          for (Message m : expected) {
            var p = publisher.publish(m);
            System.out.println(
                "published "
                    + Envelopes.metadata(p.event()).getEventId()
                    + " seq "
                    + p.ack().getSeqno());
          }
        }
        case "consume" -> System.exit(consume(nc, registry, expected, args[3]));
        default -> {
          System.err.println("unknown command " + args[0]);
          System.exit(2);
        }
      }
    }
  }

  private static int consume(
      Connection nc, EventRegistry registry, List<Message> expected, String durable)
      throws Exception {
    Map<String, Message> got = new ConcurrentHashMap<>();
    Map<String, String> badHeaders = new ConcurrentHashMap<>();
    Map<String, List<EventType>> byStream = new LinkedHashMap<>();
    for (Message m : expected) {
      EventType t = registry.of(m);
      byStream.computeIfAbsent(t.stream(), s -> new ArrayList<>()).add(t);
    }
    List<EventConsumer> consumers = new ArrayList<>();
    for (List<EventType> types : byStream.values()) {
      EventConsumer.Builder b = EventConsumer.builder(nc, durable);
      for (EventType t : types) {
        b.on(
            t.subject(),
            e -> {
              String id = e.metadata().getEventId();
              if (!e.type().typeName().equals(e.headers().getFirst(EventHeaders.EVENT_TYPE))
                  || !id.equals(e.headers().getFirst(EventHeaders.MSG_ID))
                  || !"v1".equals(e.headers().getFirst(EventHeaders.SCHEMA_VERSION))) {
                badHeaders.put(id, e.headers().toString());
              }
              got.put(id, e.event());
            });
      }
      consumers.add(b.build().start());
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (got.size() < expected.size() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    for (EventConsumer c : consumers) {
      c.close();
    }
    int bad = 0;
    for (Message m : expected) {
      String id = Envelopes.metadata(m).getEventId();
      Message g = got.get(id);
      if (!m.equals(g)) {
        System.out.println("MISMATCH " + id + ": expected " + m + " got " + g);
        bad++;
      }
    }
    for (var e : badHeaders.entrySet()) {
      System.out.println("BAD HEADERS " + e.getKey() + ": " + e.getValue());
      bad++;
    }
    System.out.println("consumed " + got.size() + " of " + expected.size() + ", mismatches " + bad);
    return bad == 0 && got.size() == expected.size() ? 0 : 1;
  }

  /** Parses the fixture: a JSON array of {"type": full name, "event": proto3 JSON}. */
  static List<Message> fixture(EventRegistry registry, Path file) throws Exception {
    List<Message> out = new ArrayList<>();
    for (JsonElement e :
        JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray()) {
      String type = e.getAsJsonObject().get("type").getAsString();
      EventType t =
          registry
              .byTypeName(type)
              .orElseThrow(() -> new IllegalArgumentException("not an event: " + type));
      Message.Builder b = t.defaultInstance().newBuilderForType();
      JsonFormat.parser().merge(e.getAsJsonObject().get("event").toString(), b);
      out.add(b.build());
    }
    return out;
  }
}
