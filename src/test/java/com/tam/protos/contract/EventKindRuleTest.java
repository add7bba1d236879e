package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventOptions;
import org.junit.jupiter.api.Test;

class EventKindRuleTest {

  private final EventKindRule rule = new EventKindRule();

  static DescriptorProto.Builder event(
      String name, String subject, String producer, EventKind kind, String aggregate) {
    DescriptorProto.Builder m = EventRuleTest.event(name, subject, producer);
    EventOptions options =
        m.getOptions().getExtension(AnnotationsProto.event).toBuilder()
            .setKind(kind)
            .setAggregate(aggregate)
            .build();
    m.getOptionsBuilder().setExtension(AnnotationsProto.event, options);
    return m;
  }

  @Test
  void passesWhenEveryEventDeclaresKindAndAggregate() {
    assertThat(
            rule.check(
                set(
                    file("demo/v1/demo_events.proto")
                        .addMessageType(
                            event(
                                "ThingCreatedEvent",
                                "tam.demo.v1.thing.created",
                                "demo-service",
                                EventKind.EVENT_KIND_FACT,
                                "thing"))
                        .addMessageType(
                            event(
                                "ThingDeletedEvent",
                                "tam.demo.v1.thing.deleted",
                                "demo-service",
                                EventKind.EVENT_KIND_FACT,
                                "thing"))
                        .addMessageType(
                            event(
                                "LineItemUpdatedEvent",
                                "tam.demo.v1.line_item.updated",
                                "demo-service",
                                EventKind.EVENT_KIND_SNAPSHOT,
                                "line_item")))))
        .isEmpty();
  }

  @Test
  void failsWithoutKind() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        file("demo/v1/demo_events.proto")
                            .addMessageType(
                                event(
                                    "ThingCreatedEvent",
                                    "tam.demo.v1.thing.created",
                                    "demo-service",
                                    EventKind.EVENT_KIND_UNSPECIFIED,
                                    "thing"))))))
        .singleElement()
        .asString()
        .contains("message demo.v1.ThingCreatedEvent declares no event kind");
  }

  @Test
  void failsWithoutOrWithAMalformedAggregate() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        file("demo/v1/demo_events.proto")
                            .addMessageType(
                                event(
                                    "ThingCreatedEvent",
                                    "tam.demo.v1.thing.created",
                                    "demo-service",
                                    EventKind.EVENT_KIND_FACT,
                                    ""))
                            .addMessageType(
                                event(
                                    "ThingDeletedEvent",
                                    "tam.demo.v1.thing.deleted",
                                    "demo-service",
                                    EventKind.EVENT_KIND_FACT,
                                    "Thing"))))))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("ThingCreatedEvent declares no aggregate"))
        .anySatisfy(m -> assertThat(m).contains("aggregate \"Thing\", which is not lower_snake"));
  }

  @Test
  void failsWhenOneAggregateMixesKindsOrProducers() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        file("demo/v1/demo_events.proto")
                            .addMessageType(
                                event(
                                    "ThingCreatedEvent",
                                    "tam.demo.v1.thing.created",
                                    "demo-service",
                                    EventKind.EVENT_KIND_FACT,
                                    "thing"))
                            .addMessageType(
                                event(
                                    "ThingUpdatedEvent",
                                    "tam.demo.v1.thing.updated",
                                    "demo-service",
                                    EventKind.EVENT_KIND_SNAPSHOT,
                                    "thing"))
                            .addMessageType(
                                event(
                                    "ThingDeletedEvent",
                                    "tam.demo.v1.thing.deleted",
                                    "other-service",
                                    EventKind.EVENT_KIND_FACT,
                                    "thing"))))))
        .hasSize(2)
        .allSatisfy(m -> assertThat(m).contains("same aggregate"));
  }
}
