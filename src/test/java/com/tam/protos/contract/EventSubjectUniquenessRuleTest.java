package com.tam.protos.contract;

import static com.tam.protos.contract.EventRuleTest.event;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventSubjectUniquenessRuleTest {

  private final EventSubjectUniquenessRule rule = new EventSubjectUniquenessRule();

  @Test
  void passesOnDistinctSubjects() {
    assertThat(
            rule.check(
                set(
                    file("demo/v1/demo_events.proto")
                        .addMessageType(event("ACreatedEvent", "tam.demo.v1.a.created", "d"))
                        .addMessageType(event("BCreatedEvent", "tam.demo.v1.b.created", "d")))))
        .isEmpty();
  }

  @Test
  void failsOnASubjectDeclaredInTwoFiles() {
    ContractSet contracts =
        set(
            file("demo/v1/demo_events.proto")
                .addMessageType(event("ThingCreatedEvent", "tam.demo.v1.thing.created", "d")),
            file("other/v1/other_events.proto")
                .addMessageType(event("OtherThingCreatedEvent", "tam.demo.v1.thing.created", "o")));

    assertThat(Protos.messages(rule.check(contracts)))
        .containsExactly(
            "other/v1/other_events.proto: [EventSubjectUniquenessRule] message"
                + " other.v1.OtherThingCreatedEvent uses subject \"tam.demo.v1.thing.created\","
                + " already used by demo.v1.ThingCreatedEvent (demo/v1/demo_events.proto). Fix:"
                + " give each event message its own subject");
  }
}
