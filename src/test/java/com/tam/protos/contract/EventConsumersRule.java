package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventOptions;
import com.tam.protos.common.v1.ServiceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Both sides of every event subscription agree.
 *
 * <ul>
 *   <li>every service declares {@code (common.v1.service_info)} with a unique deployable name;
 *   <li>an event's {@code producer} and every name in its {@code consumers} is a declared service;
 *   <li>a consumer listed on an event names the event's subject in its {@code consumed_subjects};
 *   <li>every subject in a service's {@code consumed_subjects} is declared by an event that lists
 *       the service among its consumers.
 * </ul>
 *
 * <p>Issue 10.5: user events named risk-analyzer as a consumer while risk-analyzer's own list did
 * not include them, and a risk event named reporting-service, which never consumed it.
 */
public final class EventConsumersRule implements ContractRule {

  @Override
  public String id() {
    return "EVENT_CONSUMERS";
  }

  @Override
  public String summary() {
    return "event consumer lists and the consuming services' subscriptions agree";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    Map<String, ServiceDescriptor> services = new LinkedHashMap<>();
    contracts
        .services()
        .forEach(
            s -> {
              ServiceInfo info = info(s);
              if (info == null || info.getName().isBlank()) {
                out.add(
                    Elements.violation(
                        this,
                        s,
                        "declares no (common.v1.service_info) name",
                        "add 'option (common.v1.service_info) = {name: \"<deployable-name>\""
                            + " consumed_subjects: [...]};' to the service"));
                return;
              }
              ServiceDescriptor other = services.putIfAbsent(info.getName(), s);
              if (other != null) {
                out.add(
                    Elements.violation(
                        this,
                        s,
                        "declares service name \""
                            + info.getName()
                            + "\", already declared by "
                            + other.getFullName(),
                        "give every gRPC service the name of its own deployable service"));
              }
            });
    Map<String, Descriptor> events = new LinkedHashMap<>();
    contracts
        .messages()
        .forEach(
            m -> {
              EventOptions event = EventRule.event(m);
              if (event != null) {
                events.putIfAbsent(event.getSubject(), m);
              }
            });
    events.forEach(
        (subject, m) -> {
          EventOptions event = EventRule.event(m);
          if (!event.getProducer().isBlank() && !services.containsKey(event.getProducer())) {
            out.add(
                Elements.violation(
                    this,
                    m,
                    "names producer \"" + event.getProducer() + "\", which no service declares",
                    "use the (common.v1.service_info) name of the publishing service, one of "
                        + services.keySet()));
          }
          for (String consumer : event.getConsumersList()) {
            ServiceDescriptor s = services.get(consumer);
            if (s == null) {
              out.add(
                  Elements.violation(
                      this,
                      m,
                      "names consumer \"" + consumer + "\", which no service declares",
                      "use a (common.v1.service_info) name, one of " + services.keySet()));
            } else if (!info(s).getConsumedSubjectsList().contains(subject)) {
              out.add(
                  Elements.violation(
                      this,
                      m,
                      "lists consumer \""
                          + consumer
                          + "\", but "
                          + s.getFullName()
                          + " does not name \""
                          + subject
                          + "\" in its consumed_subjects",
                      "add the subject to the consumer's (common.v1.service_info)"
                          + ".consumed_subjects, or remove the consumer from the event"));
            }
          }
        });
    services.forEach(
        (name, s) -> {
          for (String subject : info(s).getConsumedSubjectsList()) {
            Descriptor m = events.get(subject);
            if (m == null) {
              out.add(
                  Elements.violation(
                      this,
                      s,
                      "consumes \"" + subject + "\", which no event message declares",
                      "name the exact subject of an event message (no wildcards), or remove it"));
            } else if (!EventRule.event(m).getConsumersList().contains(name)) {
              out.add(
                  Elements.violation(
                      this,
                      s,
                      "consumes \""
                          + subject
                          + "\", but "
                          + m.getFullName()
                          + " does not list \""
                          + name
                          + "\" among its consumers",
                      "add \"" + name + "\" to the event's consumers, or stop consuming it"));
            }
          }
        });
    return out;
  }

  private static ServiceInfo info(ServiceDescriptor s) {
    return s.getOptions().hasExtension(AnnotationsProto.serviceInfo)
        ? s.getOptions().getExtension(AnnotationsProto.serviceInfo)
        : null;
  }
}
