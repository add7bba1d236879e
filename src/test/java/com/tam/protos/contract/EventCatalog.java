package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.common.v1.EventOptions;
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
    return String.join("\n", out);
  }

  private static String oneLine(String comment) {
    return comment.strip().replaceAll("\\s+", " ");
  }

  private static String cell(String text) {
    return oneLine(text).replace("|", "\\|");
  }
}
