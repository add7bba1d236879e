package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventOptions;
import com.tam.protos.common.v1.ServiceInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventConsumersRuleTest {

  private final EventConsumersRule rule = new EventConsumersRule();

  private static DescriptorProto.Builder event(
      String name, String subject, String producer, String... consumers) {
    DescriptorProto.Builder m = EventRuleTest.event(name, subject, producer);
    EventOptions options =
        m.getOptions().getExtension(AnnotationsProto.event).toBuilder()
            .clearConsumers()
            .addAllConsumers(List.of(consumers))
            .build();
    m.getOptionsBuilder().setExtension(AnnotationsProto.event, options);
    return m;
  }

  private static ServiceDescriptorProto.Builder service(
      String grpcName, String name, String... consumed) {
    ServiceDescriptorProto.Builder s = ServiceDescriptorProto.newBuilder().setName(grpcName);
    if (name != null) {
      s.getOptionsBuilder()
          .setExtension(
              AnnotationsProto.serviceInfo,
              ServiceInfo.newBuilder()
                  .setName(name)
                  .addAllConsumedSubjects(List.of(consumed))
                  .build());
    }
    return s;
  }

  private static FileDescriptorProto.Builder demo(
      ServiceDescriptorProto.Builder producer,
      ServiceDescriptorProto.Builder consumer,
      DescriptorProto.Builder event) {
    return file("demo/v1/demo_events.proto")
        .addService(producer)
        .addService(consumer)
        .addMessageType(event);
  }

  @Test
  void passesWhenBothSidesAgree() {
    assertThat(
            rule.check(
                set(
                    demo(
                        service("DemoService", "demo-service"),
                        service("AuditService", "audit-service", "tam.demo.v1.thing.created"),
                        event(
                            "ThingCreatedEvent",
                            "tam.demo.v1.thing.created",
                            "demo-service",
                            "audit-service")))))
        .isEmpty();
  }

  @Test
  void failsWhenAListedConsumerDoesNotConsumeTheSubject() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        demo(
                            service("DemoService", "demo-service"),
                            service("AuditService", "audit-service"),
                            event(
                                "ThingCreatedEvent",
                                "tam.demo.v1.thing.created",
                                "demo-service",
                                "audit-service"))))))
        .singleElement()
        .asString()
        .contains(
            "lists consumer \"audit-service\", but demo.v1.AuditService does not name"
                + " \"tam.demo.v1.thing.created\" in its consumed_subjects");
  }

  @Test
  void failsWhenAServiceConsumesASubjectWhoseEventDoesNotListIt() {
    assertThat(
            Protos.messages(
                rule.check(
                    set(
                        demo(
                            service("DemoService", "demo-service"),
                            service("AuditService", "audit-service", "tam.demo.v1.thing.created"),
                            event(
                                "ThingCreatedEvent",
                                "tam.demo.v1.thing.created",
                                "demo-service"))))))
        .singleElement()
        .asString()
        .contains("does not list \"audit-service\" among its consumers");
  }

  @Test
  void failsOnUnknownNamesSubjectsAndMissingServiceInfo() {
    List<String> messages =
        Protos.messages(
            rule.check(
                set(
                    demo(
                            service("DemoService", null),
                            service("AuditService", "audit-service", "tam.demo.v1.thing.gone"),
                            event(
                                "ThingCreatedEvent",
                                "tam.demo.v1.thing.created",
                                "ghost-service",
                                "nobody-service"))
                        .addService(service("CopyService", "audit-service")))));

    assertThat(messages)
        .hasSize(5)
        .anySatisfy(m -> assertThat(m).contains("DemoService declares no (common.v1.service_info)"))
        .anySatisfy(m -> assertThat(m).contains("already declared by demo.v1.AuditService"))
        .anySatisfy(m -> assertThat(m).contains("names producer \"ghost-service\""))
        .anySatisfy(m -> assertThat(m).contains("names consumer \"nobody-service\""))
        .anySatisfy(m -> assertThat(m).contains("consumes \"tam.demo.v1.thing.gone\", which no"));
  }
}
