package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventRuleTest {

  private final EventRule rule = new EventRule();

  static DescriptorProto.Builder event(String name, String subject, String producer) {
    DescriptorProto.Builder m =
        message(
            name,
            field("metadata", 1, Type.TYPE_MESSAGE, "common.v1.EventMetadata"),
            string("thing_id", 2));
    m.getOptionsBuilder()
        .setExtension(
            AnnotationsProto.event,
            EventOptions.newBuilder()
                .setSubject(subject)
                .setProducer(producer)
                .addConsumers("reporting-service")
                .build());
    return m;
  }

  private static FileDescriptorProto.Builder events(DescriptorProto.Builder... messages) {
    FileDescriptorProto.Builder f = file("demo/v1/demo_events.proto");
    for (DescriptorProto.Builder m : messages) {
      f.addMessageType(m);
    }
    return f;
  }

  @Test
  void passesOnAWellFormedEvent() {
    FileDescriptorProto.Builder f =
        events(
            event("ThingCreatedEvent", "tam.demo.v1.thing.created", "demo-service"),
            event("ThingLineItemAddedEvent", "tam.demo.v2.thing_line_item.added", "demo-service"),
            message("ThingSnapshot", string("thing_id", 1)));

    assertThat(rule.check(set(f))).isEmpty();
  }

  @Test
  void failsWhenFieldOneIsNotTheEnvelope() {
    DescriptorProto.Builder m = event("ThingCreatedEvent", "tam.demo.v1.thing.created", "demo");
    m.setField(0, string("metadata", 1));

    assertThat(Protos.messages(rule.check(set(events(m)))))
        .containsExactly(
            "demo/v1/demo_events.proto: [EventRule] message demo.v1.ThingCreatedEvent is an event"
                + " but field 1 is 'string metadata', not 'common.v1.EventMetadata metadata'. Fix:"
                + " make field 1 'common.v1.EventMetadata metadata = 1;' (import"
                + " \"common/v1/event.proto\")");
  }

  @Test
  void failsWhenTheEnvelopeIsMissingOrRenamed() {
    DescriptorProto.Builder missing = event("ThingCreatedEvent", "tam.demo.v1.thing.created", "d");
    missing.removeField(0);
    DescriptorProto.Builder renamed = event("ThingDeletedEvent", "tam.demo.v1.thing.deleted", "d");
    renamed.getFieldBuilder(0).setName("meta");

    assertThat(rule.check(set(events(missing, renamed))))
        .extracting(Violation::problem)
        .containsExactlyInAnyOrder(
            "is an event but field 1 is missing, not 'common.v1.EventMetadata metadata'",
            "is an event but field 1 is 'common.v1.EventMetadata meta', not"
                + " 'common.v1.EventMetadata metadata'");
  }

  @Test
  void failsWhenTheNameDoesNotEndWithEvent() {
    assertThat(
            rule.check(
                set(events(event("ThingCreated", "tam.demo.v1.thing.created", "demo-service")))))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("does not end with 'Event'"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tam.wallet.v1.thing.created",
        "tam.demo.thing.created",
        "tam.demo.v1.Thing.created",
        "tam.demo.v1.thing",
        "tam.demo.v1.thing.created.now",
        "demo.v1.thing.created",
        ""
      })
  void failsOnAMalformedSubjectOrForeignDomain(String subject) {
    assertThat(rule.check(set(events(event("ThingCreatedEvent", subject, "demo-service")))))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.problem())
                    .startsWith(
                        "has subject \"" + subject + "\", which does not match 'tam.demo."));
  }

  @Test
  void failsOnAnEmptyProducer() {
    assertThat(
            rule.check(set(events(event("ThingCreatedEvent", "tam.demo.v1.thing.created", " ")))))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("with no producer"));
  }

  @Test
  void failsOnAnEventMessageWithoutTheOptionInAnEventsFile() {
    FileDescriptorProto.Builder f =
        events(
            message(
                "ThingArchivedEvent",
                field("metadata", 1, Type.TYPE_MESSAGE, "common.v1.EventMetadata")));

    assertThat(Protos.messages(rule.check(set(f))))
        .singleElement()
        .asString()
        .contains(
            "message demo.v1.ThingArchivedEvent is an event message in an events file but"
                + " declares no (common.v1.event) option");
  }

  @Test
  void eventNamedMessagesOutsideEventsFilesNeedNoOption() {
    FileDescriptorProto.Builder f =
        file("demo/v1/demo_service.proto").addMessageType(message("ListEvent", string("x", 1)));

    assertThat(rule.check(set(f))).isEmpty();
  }
}
