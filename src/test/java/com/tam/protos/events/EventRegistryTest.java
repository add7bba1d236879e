package com.tam.protos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Descriptors.Descriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.contract.ContractSet;
import com.tam.protos.wallet.v1.ReservationCommittedEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry is built from the descriptors and holds every declared event, nothing else. */
class EventRegistryTest {

  private final EventRegistry registry = EventRegistry.load();

  @Test
  void holdsEveryEventMessageOfTheContracts() {
    List<String> declared =
        ContractSet.load()
            .messages()
            .filter(m -> m.getOptions().hasExtension(AnnotationsProto.event))
            .map(Descriptor::getFullName)
            .sorted()
            .toList();

    assertThat(declared).isNotEmpty();
    assertThat(registry.all().stream().map(EventType::typeName).sorted().toList())
        .isEqualTo(declared);
  }

  @Test
  void mapsSubjectsToGeneratedTypesAndBack() {
    EventType t = registry.bySubject("tam.wallet.v1.reservation.committed").orElseThrow();

    assertThat(t.defaultInstance()).isInstanceOf(ReservationCommittedEvent.class);
    assertThat(t.typeName()).isEqualTo("wallet.v1.ReservationCommittedEvent");
    assertThat(t.producer()).isEqualTo("wallet-service");
    assertThat(t.consumers()).contains("reporting-service");
    assertThat(t.domain()).isEqualTo("wallet");
    assertThat(t.schemaVersion()).isEqualTo("v1");
    assertThat(t.stream()).isEqualTo("TAM_WALLET");
    assertThat(t.metadataField().getMessageType()).isEqualTo(EventMetadata.getDescriptor());
    assertThat(registry.of(ReservationCommittedEvent.getDefaultInstance())).isSameAs(t);
    assertThat(registry.byTypeName("wallet.v1.ReservationCommittedEvent")).contains(t);
  }

  @Test
  void everyEntryAgreesWithItsDeclaration() {
    for (EventType t : registry.all()) {
      var options = t.descriptor().getOptions().getExtension(AnnotationsProto.event);
      assertThat(t.subject()).isEqualTo(options.getSubject());
      assertThat(t.kind()).isEqualTo(options.getKind());
      assertThat(t.aggregate()).isEqualTo(options.getAggregate());
      assertThat(t.producer()).isEqualTo(options.getProducer());
      assertThat(t.consumers()).isEqualTo(options.getConsumersList());
      assertThat(t.defaultInstance().getDescriptorForType()).isSameAs(t.descriptor());
    }
  }

  @Test
  void knowsFactsAndSnapshots() {
    assertThat(registry.all()).anyMatch(t -> t.kind() == EventKind.EVENT_KIND_FACT);
    assertThat(registry.all()).anyMatch(t -> t.kind() == EventKind.EVENT_KIND_SNAPSHOT);
  }

  @Test
  void listsWhatAServiceProducesAndConsumes() {
    assertThat(registry.producedBy("wallet-service"))
        .isNotEmpty()
        .allMatch(t -> t.producer().equals("wallet-service"));
    assertThat(registry.consumedBy("reporting-service"))
        .isNotEmpty()
        .allMatch(t -> t.consumers().contains("reporting-service"));
  }

  @Test
  void aNonEventIsRefusedByName() {
    assertThatThrownBy(() -> registry.of(EventMetadata.getDefaultInstance()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("common.v1.EventMetadata is not an event");
  }

  @Test
  void twoEventsOnOneSubjectAreRefused() {
    EventType t = registry.all().get(0);
    EventType twin =
        new EventType(
            t.subject(),
            EventMetadata.getDefaultInstance(),
            t.kind(),
            t.aggregate(),
            t.producer(),
            t.consumers());

    assertThatThrownBy(() -> EventRegistry.ofTypes(List.of(t, twin)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("subject " + t.subject() + " is declared by both");
  }
}
