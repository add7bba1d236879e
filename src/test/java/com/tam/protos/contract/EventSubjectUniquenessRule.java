package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.tam.protos.common.v1.EventOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every event subject is declared by exactly one message across all contract files, so that a NATS
 * subject always carries one payload type.
 */
public final class EventSubjectUniquenessRule implements ContractRule {

  @Override
  public String id() {
    return "EVENT_SUBJECT_UNIQUE";
  }

  @Override
  public String summary() {
    return "no two event messages share a subject";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    Map<String, Descriptor> first = new LinkedHashMap<>();
    List<Violation> out = new ArrayList<>();
    contracts
        .messages()
        .forEach(
            m -> {
              EventOptions event = EventRule.event(m);
              if (event == null) {
                return;
              }
              Descriptor previous = first.putIfAbsent(event.getSubject(), m);
              if (previous != null) {
                out.add(
                    Elements.violation(
                        this,
                        m,
                        "uses subject \""
                            + event.getSubject()
                            + "\", already used by "
                            + previous.getFullName()
                            + " ("
                            + previous.getFile().getName()
                            + ")",
                        "give each event message its own subject"));
              }
            });
    return out;
  }
}
