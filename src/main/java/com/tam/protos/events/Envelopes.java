package com.tam.protos.events;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import build.buf.validate.FieldPathElement;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills and checks the envelope ({@code common.v1.EventMetadata metadata = 1}) of an event before
 * it is published. Used by the publishers; callable on its own, for example to write an event to an
 * outbox table in its final form.
 */
public final class Envelopes {

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  private Envelopes() {}

  /** Returns the envelope of an event (the default instance when it is unset). */
  public static EventMetadata metadata(Message event) {
    FieldDescriptor f = event.getDescriptorForType().findFieldByNumber(1);
    if (f == null
        || f.getJavaType() != FieldDescriptor.JavaType.MESSAGE
        || !f.getMessageType().getFullName().equals(EventMetadata.getDescriptor().getFullName())) {
      throw new IllegalArgumentException(
          event.getDescriptorForType().getFullName()
              + " has no field 1 'common.v1.EventMetadata metadata'");
    }
    Message m = (Message) event.getField(f);
    return m instanceof EventMetadata meta ? meta : EventMetadata.getDefaultInstance();
  }

  /**
   * Returns the event with its envelope completed and checked.
   *
   * <ul>
   *   <li>{@code event_id}: a new random UUID when empty (keep the one you stored in your outbox:
   *       it is the deduplication id of every retry);
   *   <li>{@code occur_time}: {@code now} when unset;
   *   <li>{@code producer} and {@code subject}: the declared ones; a different value set by the
   *       caller is an error;
   *   <li>for SNAPSHOT and FACT events, {@code aggregate_id} must be set and {@code
   *       aggregate_version} be at least 1;
   *   <li>the whole event must pass its protovalidate rules.
   * </ul>
   *
   * <p>An event whose envelope needs nothing filled in is checked and returned as it is (the same
   * instance), without a copy.
   *
   * @throws IllegalArgumentException naming the field and the rule that failed
   */
  @SuppressWarnings("unchecked")
  public static <T extends Message> T prepare(EventType type, T event, Instant now) {
    if (!event.getDescriptorForType().getFullName().equals(type.typeName())) {
      throw new IllegalArgumentException(
          "event is a "
              + event.getDescriptorForType().getFullName()
              + ", not a "
              + type.typeName());
    }
    EventMetadata.Builder meta = metadata(event).toBuilder();
    boolean filledIn = false; // whether the envelope changed, so the event must be rebuilt
    if (meta.getEventId().isEmpty()) {
      meta.setEventId(UUID.randomUUID().toString());
      filledIn = true;
    }
    if (!meta.hasOccurTime()) {
      meta.setOccurTime(
          Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()));
      filledIn = true;
    }
    List<String> problems = new ArrayList<>();
    if (meta.getProducer().isEmpty()) {
      meta.setProducer(type.producer());
      filledIn = true;
    } else if (!meta.getProducer().equals(type.producer())) {
      problems.add(
          "metadata.producer: is \""
              + meta.getProducer()
              + "\" but "
              + type.typeName()
              + " is declared with producer \""
              + type.producer()
              + "\"");
    }
    if (meta.getSubject().isEmpty()) {
      meta.setSubject(type.subject());
      filledIn = true;
    } else if (!meta.getSubject().equals(type.subject())) {
      problems.add(
          "metadata.subject: is \""
              + meta.getSubject()
              + "\" but "
              + type.typeName()
              + " is published on \""
              + type.subject()
              + "\"");
    }
    if (type.kind() == EventKind.EVENT_KIND_FACT || type.kind() == EventKind.EVENT_KIND_SNAPSHOT) {
      if (meta.getAggregateId().isEmpty()) {
        problems.add(
            "metadata.aggregate_id: required for "
                + type.kind()
                + " events (the id of the "
                + type.aggregate()
                + ")");
      }
      if (meta.getAggregateVersion() < 1) {
        problems.add(
            "metadata.aggregate_version: must be >= 1 for "
                + type.kind()
                + " events, got "
                + meta.getAggregateVersion());
      }
    }
    T filled = event;
    if (filledIn) {
      Message.Builder b = event.toBuilder();
      b.setField(type.metadataField(), meta.build());
      filled = (T) b.build();
    }
    try {
      ValidationResult result = VALIDATOR.validate(filled);
      for (build.buf.protovalidate.Violation v : result.getViolations()) {
        build.buf.validate.Violation p = v.toProto();
        problems.add(
            path(p.getField().getElementsList()) + ": " + p.getRuleId() + ": " + p.getMessage());
      }
    } catch (ValidationException e) {
      throw new IllegalStateException("protovalidate could not run on " + type.typeName(), e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          type.typeName() + " cannot be published: " + String.join("; ", problems));
    }
    return filled;
  }

  private static String path(List<FieldPathElement> elements) {
    return elements.stream()
        .map(
            e ->
                switch (e.getSubscriptCase()) {
                  case INDEX -> e.getFieldName() + "[" + e.getIndex() + "]";
                  case STRING_KEY -> e.getFieldName() + "[\"" + e.getStringKey() + "\"]";
                  default -> e.getFieldName();
                })
        .collect(Collectors.joining("."));
  }
}
