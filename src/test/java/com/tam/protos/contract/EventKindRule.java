package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every event declares how it is ordered: a {@code kind} (SNAPSHOT or FACT, never UNSPECIFIED) and
 * the lower_snake_case {@code aggregate} type its {@code metadata.aggregate_version} counts. The
 * events of one aggregate type have one producer and one kind, because a FACT sequence is gap-free
 * over every event of the aggregate and a consumer cannot mix "latest wins" with "apply in order"
 * on one aggregate.
 *
 * <p>Issue 10.4: without the kind, a consumer treated ledger facts as snapshots and dropped an
 * entry that arrived late.
 */
public final class EventKindRule implements ContractRule {

  @Override
  public String id() {
    return "EVENT_KIND";
  }

  @Override
  public String summary() {
    return "every event declares its kind (snapshot or fact) and aggregate, one kind and producer per aggregate";
  }

  private static final Pattern AGGREGATE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    Map<String, Descriptor> firstOfAggregate = new HashMap<>();
    contracts
        .messages()
        .forEach(
            m -> {
              EventOptions event = EventRule.event(m);
              if (event == null) {
                return;
              }
              if (event.getKind() == EventKind.EVENT_KIND_UNSPECIFIED) {
                out.add(
                    Elements.violation(
                        this,
                        m,
                        "declares no event kind",
                        "set kind: EVENT_KIND_SNAPSHOT (the event carries the latest state;"
                            + " latest version wins) or EVENT_KIND_FACT (append-only, gap-free"
                            + " sequence per aggregate) in its (common.v1.event) option"));
              }
              if (!AGGREGATE.matcher(event.getAggregate()).matches()) {
                out.add(
                    Elements.violation(
                        this,
                        m,
                        event.getAggregate().isEmpty()
                            ? "declares no aggregate"
                            : "declares aggregate \""
                                + event.getAggregate()
                                + "\", which is not lower_snake_case",
                        "set aggregate to the aggregate type whose id is metadata.aggregate_id,"
                            + " lower_snake_case, e.g. aggregate: \"reservation\""));
                return;
              }
              Descriptor first = firstOfAggregate.putIfAbsent(event.getAggregate(), m);
              if (first == null) {
                return;
              }
              EventOptions other = EventRule.event(first);
              if (other.getKind() != event.getKind()
                  || !other.getProducer().equals(event.getProducer())) {
                out.add(
                    Elements.violation(
                        this,
                        m,
                        "is a "
                            + event.getKind()
                            + " event of aggregate \""
                            + event.getAggregate()
                            + "\" from \""
                            + event.getProducer()
                            + "\", but "
                            + first.getFullName()
                            + " is a "
                            + other.getKind()
                            + " event of the same aggregate from \""
                            + other.getProducer()
                            + "\"",
                        "give every event of one aggregate type the same kind and producer, or"
                            + " name a different aggregate"));
              }
            });
    return out;
  }
}
