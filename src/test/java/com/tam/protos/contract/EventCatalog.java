package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.common.v1.EventOptions;
import com.tam.protos.events.EventStreams;
import com.tam.protos.events.StreamDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Generates docs/EVENTS.md, the catalogue of every NATS event, from the compiled descriptors: the
 * envelope ({@code common.v1.EventMetadata}) and one row per message carrying {@code
 * (common.v1.event)}, whatever file or domain it lives in.
 */
public final class EventCatalog {

  /** Command that rewrites docs/EVENTS.md. */
  public static final String REWRITE_COMMAND =
      "./mvnw -B test -Dtest=EventCatalogTest -Dtam.docs.write=true";

  private EventCatalog() {}

  /** One published event. */
  record Entry(String subject, Descriptor message, EventOptions options) {}

  /** Returns every event of the contracts, sorted by subject. */
  static List<Entry> entries(ContractSet contracts) {
    return contracts
        .messages()
        .filter(m -> EventRule.event(m) != null)
        .map(m -> new Entry(EventRule.event(m).getSubject(), m, EventRule.event(m)))
        .sorted(Comparator.comparing(Entry::subject).thenComparing(e -> e.message().getFullName()))
        .toList();
  }

  /** Renders the catalogue as Markdown. */
  public static String render(ContractSet contracts) {
    List<String> out = new ArrayList<>();
    out.add("# Event catalogue");
    out.add("");
    out.add(
        "<!-- Generated from the compiled descriptors by EventCatalogTest; do not edit by hand.");
    out.add("     Rewrite with: " + REWRITE_COMMAND + " -->");
    out.add("");
    out.add("Every event the TAM platform publishes on NATS JetStream: one row per message that");
    out.add("declares `option (common.v1.event)` in `proto/`. A payload is the protobuf message");
    out.add("named in its row, in binary wire format; the subject determines the payload type.");
    out.add("Subjects follow `tam.<domain>.v<major>.<entity>.<past_tense_verb>` and are unique");
    out.add(
        "(contract rules `EventRule` and `EventSubjectUniquenessRule`, docs/CONTRACT-RULES.md).");
    out.add("");
    out.add("## Envelope");
    out.add("");
    contracts
        .findMessage(EventRule.ENVELOPE)
        .ifPresent(
            envelope -> {
              out.add(
                  "Field 1 of every event is `"
                      + EventRule.ENVELOPE
                      + " metadata` (`"
                      + envelope.getFile().getName()
                      + "`). "
                      + oneLine(Elements.leadingComment(envelope)));
              out.add("");
              out.add("| field | type | meaning |");
              out.add("|---|---|---|");
              for (FieldDescriptor f : envelope.getFields()) {
                out.add(
                    "| `"
                        + f.getName()
                        + "` | `"
                        + Elements.typeName(f)
                        + "` | "
                        + cell(Elements.leadingComment(f))
                        + " |");
              }
              out.add("");
            });
    out.add("## Events");
    out.add("");
    out.add(
        "Kind: SNAPSHOT events carry the latest state (the highest `aggregate_version` wins);"
            + " FACT events form a gap-free sequence per aggregate that consumers apply in order"
            + " (`common.v1.EventKind`, contract rule `EventKindRule`). A consumer listed here"
            + " names the subject in its service's `(common.v1.service_info).consumed_subjects`"
            + " (contract rule `EventConsumersRule`).");
    out.add("");
    out.add(
        "| subject | payload message | file | kind | aggregate | producer | consumers |"
            + " meaning |");
    out.add("|---|---|---|---|---|---|---|---|");
    for (Entry e : entries(contracts)) {
      out.add(
          "| `"
              + e.subject()
              + "` | `"
              + e.message().getFullName()
              + "` | `"
              + e.message().getFile().getName()
              + "` | "
              + e.options().getKind().name().substring("EVENT_KIND_".length())
              + " | `"
              + e.options().getAggregate()
              + "` | "
              + cell(e.options().getProducer())
              + " | "
              + (e.options().getConsumersList().isEmpty()
                  ? "none declared"
                  : cell(String.join(", ", e.options().getConsumersList())))
              + " | "
              + cell(Elements.leadingComment(e.message()))
              + " |");
    }
    out.add("");
    streams(entries(contracts), out);
    out.addAll(PRODUCING_AND_CONSUMING);
    return String.join("\n", out);
  }

  private static void streams(List<Entry> entries, List<String> out) {
    out.add("## Streams");
    out.add("");
    out.add(
        "One JetStream stream per domain, generated from the subjects above into"
            + " `nats/streams/<stream>.json` (EventStreamsTest fails when a file is out of date;"
            + " every subject falls in exactly one stream). Ops apply a file with `nats stream add"
            + " --config nats/streams/TAM_WALLET.json`. All streams: limits retention, file storage,"
            + " discard old, "
            + EventStreams.REPLICAS
            + " replicas, messages up to "
            + EventStreams.MAX_MSG_SIZE / 1024
            + " KiB (dead letters a little more). The duplicate window ("
            + minutes(EventStreams.DUPLICATE_WINDOW)
            + ") is longer than the publishers' retry horizon ("
            + minutes(EventStreams.PUBLISH_RETRY_HORIZON)
            + "), so a retried publish is stored once.");
    out.add("");
    out.add("| stream | subjects | max age | duplicate window | deletes | file |");
    out.add("|---|---|---|---|---|---|");
    for (StreamDefinition s :
        EventStreams.forSubjects(entries.stream().map(Entry::subject).toList())) {
      out.add(
          "| `"
              + s.name()
              + "` | "
              + String.join(", ", s.subjects().stream().map(x -> "`" + x + "`").toList())
              + " | "
              + s.maxAge().toDays()
              + " days | "
              + minutes(s.duplicateWindow())
              + " | "
              + (s.denyDelete() ? "denied" : "allowed")
              + " | [`nats/streams/"
              + s.name()
              + ".json`](../nats/streams/"
              + s.name()
              + ".json) |");
    }
    out.add("");
  }

  private static String minutes(Duration d) {
    return d.toMinutes() + " min";
  }

  private static final List<String> PRODUCING_AND_CONSUMING =
      List.of(
          "## Producing",
          "",
          "Publish with the kit's typed publisher: Java `com.tam.protos.events.nats.EventPublisher`"
              + " (needs `io.nats:jnats`, an optional dependency of the artifact: declare it"
              + " yourself), Python `tam_protos.events.jetstream.EventPublisher` (install"
              + " `tam-protos[nats]`). It takes the generated event message and:",
          "",
          "* publishes it on the subject its `(common.v1.event)` option declares, to the stream"
              + " of its domain (`Nats-Expected-Stream`);",
          "* fills the envelope: `event_id` (a random UUID when empty; keep the id you stored in"
              + " your outbox so that every retry carries the same one), `occur_time` (now when"
              + " unset), `producer` and `subject` (the declared ones; a different value is an"
              + " error);",
          "* refuses a fact or snapshot without `aggregate_id` or with `aggregate_version` < 1,"
              + " and any protovalidate violation, with an error naming the field and the rule;",
          "* sets the headers `Nats-Msg-Id` = `event_id` (JetStream drops a duplicate within the"
              + " duplicate window), `Tam-Event-Type` = the full message name,"
              + " `Tam-Schema-Version` = the package's major version (`v1`) and `Content-Type:"
              + " application/x-protobuf`; the payload is the binary protobuf message;",
          "* waits for the stream's ack and retries timeouts, 503s and reconnects with the same"
              + " `Nats-Msg-Id` for at most the retry horizon.",
          "",
          "```java",
          "EventPublisher publisher = new EventPublisher(connection);",
          "publisher.publish(",
          "    ReservationCommittedEvent.newBuilder()",
          "        .setMetadata(EventMetadata.newBuilder()",
          "            .setEventId(outboxRow.eventId())",
          "            .setAggregateId(reservation.getReservationId())",
          "            .setAggregateVersion(reservation.version()))",
          "        .setReservation(reservation)",
          "        .build());",
          "```",
          "",
          "## Consuming",
          "",
          "A durable pull consumer per service and stream (durable name = the service name):"
              + " Java `com.tam.protos.events.nats.EventConsumer`, Python"
              + " `tam_protos.events.jetstream.EventConsumer`. Register a handler per event type;"
              + " the consumer decodes each delivery into the generated type and:",
          "",
          "* acks only after the handler returns; a handler that throws gets the event again"
              + " after a backoff (default 1 s, 5 s, 30 s); a crash before the ack means a"
              + " redelivery after `ack_wait`;",
          "* **facts**: applies `aggregate_version` N only after N-1 for the same (aggregate,"
              + " `aggregate_id`); a later version is held, unacked with its ack deadline extended,"
              + " until the gap is filled, while other aggregates go on; a version already applied"
              + " is acked without calling the handler. **Snapshots**: a version newer than the"
              + " last applied one wins, older ones are acked and ignored;",
          "* keeps the last applied version per aggregate in `AppliedVersions`: implement it on"
              + " your database so that the handler's effect and the version commit in one"
              + " transaction (then a crash between commit and ack leads to a skipped redelivery,"
              + " never a second application); `InMemoryAppliedVersions` is for in-memory state;",
          "* after `maxDeliver` deliveries (default 5) of a failing event, or at once for a"
              + " payload that does not decode or a fact/snapshot without aggregate id or version,"
              + " publishes it unchanged to `tam.deadletter.<durable>.<subject>` (stream"
              + " `TAM_DEADLETTER`) with the headers `Tam-Dead-Letter-Reason`,"
              + " `Tam-Dead-Letter-Consumer`, `Tam-Dead-Letter-Deliveries`, `Tam-Original-Subject`,"
              + " `Tam-Original-Stream`, `Tam-Original-Sequence` (and the original headers), then"
              + " terminates it. An event delivered more than `maxDeliver` times without an ack"
              + " (the process died on it each time) goes there too;",
          "* passes messages of subjects it has no handler for (event types newer than the"
              + " service's build) untouched to the unknown-event handler when it reads the whole"
              + " stream, and acks them; fields this build does not know stay in the decoded"
              + " message's unknown fields and survive re-serialization.",
          "",
          "```python",
          "consumer = EventConsumer(nc, \"reporting-service\", applied=MyDatabaseVersions())",
          "consumer.on(wallet_events_pb2.ReservationCommittedEvent, on_committed)",
          "await consumer.start()",
          "```",
          "",
          "The registry behind both (subject, message type, kind, aggregate, producer, consumers)"
              + " is built from the descriptors: Java `com.tam.protos.events.EventRegistry`, Python"
              + " `tam_protos.events.EventRegistry`, Go `github.com/tam/tam-protos/kit/go/events`."
              + " The tests run against a real nats-server (`./scripts/check.sh nats`).",
          "");

  private static String oneLine(String comment) {
    return comment.strip().replaceAll("\\s+", " ");
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }
}
