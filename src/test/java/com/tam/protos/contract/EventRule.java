package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Event messages are well formed.
 *
 * <ul>
 *   <li>a message with option {@code (common.v1.event)} has field 1 {@code common.v1.EventMetadata
 *       metadata}, a name ending in {@code Event}, a non-empty {@code producer} and a {@code
 *       subject} of the form {@code tam.<domain>.v<N>.<entity>.<verb>} whose domain is the file's
 *       package domain;
 *   <li>every message named {@code *Event} in a {@code *_events.proto} file declares the option.
 * </ul>
 *
 * <p>Subject uniqueness across files is {@link EventSubjectUniquenessRule}.
 */
public final class EventRule implements ContractRule {

  @Override
  public String id() {
    return "EVENT";
  }

  @Override
  public String summary() {
    return "event messages carry the envelope, a producer and a well-formed subject";
  }

  /** Full name of the envelope message. */
  public static final String ENVELOPE = "common.v1.EventMetadata";

  /** Returns the event options of a message, or null when it is not an event. */
  static EventOptions event(Descriptor m) {
    return m.getOptions().hasExtension(AnnotationsProto.event)
        ? m.getOptions().getExtension(AnnotationsProto.event)
        : null;
  }

  /** Returns the subject pattern for events of a domain. */
  static Pattern subjectPattern(String domain) {
    return Pattern.compile(
        "^tam\\." + Pattern.quote(domain) + "\\.v[0-9]+\\.[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*$");
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    contracts.messages().forEach(m -> check(m, out));
    return out;
  }

  private void check(Descriptor m, List<Violation> out) {
    EventOptions event = event(m);
    if (event == null) {
      if (m.getFile().getName().endsWith("_events.proto") && m.getName().endsWith("Event")) {
        out.add(
            Elements.violation(
                this,
                m,
                "is an event message in an events file but declares no (common.v1.event) option",
                "add 'option (common.v1.event) = {subject: \"tam."
                    + Elements.domain(m.getFile())
                    + ".v1.<entity>.<past_tense_verb>\" producer: \"<service>\" consumers:"
                    + " [...]};'"));
      }
      return;
    }
    FieldDescriptor first = m.findFieldByNumber(1);
    if (first == null
        || !first.getName().equals("metadata")
        || first.isRepeated()
        || first.getJavaType() != FieldDescriptor.JavaType.MESSAGE
        || !first.getMessageType().getFullName().equals(ENVELOPE)) {
      out.add(
          Elements.violation(
              this,
              m,
              "is an event but field 1 is "
                  + (first == null
                      ? "missing"
                      : "'" + Elements.typeName(first) + " " + first.getName() + "'")
                  + ", not 'common.v1.EventMetadata metadata'",
              "make field 1 'common.v1.EventMetadata metadata = 1;' (import"
                  + " \"common/v1/event.proto\")"));
    }
    if (!m.getName().endsWith("Event")) {
      out.add(
          Elements.violation(
              this,
              m,
              "declares (common.v1.event) but its name does not end with 'Event'",
              "rename it <Entity><PastTenseVerb>Event, e.g. ReservationCommittedEvent"));
    }
    String domain = Elements.domain(m.getFile());
    if (!subjectPattern(domain).matcher(event.getSubject()).matches()) {
      out.add(
          Elements.violation(
              this,
              m,
              "has subject \""
                  + event.getSubject()
                  + "\", which does not match 'tam."
                  + domain
                  + ".v<N>.<entity>.<verb>' (lower_snake_case words, domain of the file's package)",
              "use a subject such as \"tam." + domain + ".v1.<entity>.<past_tense_verb>\""));
    }
    if (event.getProducer().isBlank()) {
      out.add(
          Elements.violation(
              this,
              m,
              "declares (common.v1.event) with no producer",
              "set producer to the publishing service, e.g. producer: \"" + domain + "-service\""));
    }
  }
}
