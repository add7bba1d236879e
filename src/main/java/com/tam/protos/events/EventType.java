package com.tam.protos.events;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.tam.protos.common.v1.EventKind;
import java.util.List;

/**
 * One event of the contracts: a message that declares {@code option (common.v1.event)}, with
 * everything a publisher or consumer needs to route, decode and order it. Built by {@link
 * EventRegistry} from the descriptors, never by hand.
 *
 * @param subject the NATS subject, for example {@code tam.wallet.v1.reservation.committed}
 * @param defaultInstance the generated message's default instance (its parser and descriptor)
 * @param kind SNAPSHOT (latest version wins) or FACT (gap-free log per aggregate)
 * @param aggregate the aggregate type, lower_snake_case, for example {@code reservation}
 * @param producer the publishing service
 * @param consumers the services declared as consumers
 */
public record EventType(
    String subject,
    Message defaultInstance,
    EventKind kind,
    String aggregate,
    String producer,
    List<String> consumers) {

  /** Name of the envelope field (number 1) of every event. */
  public static final String METADATA_FIELD = "metadata";

  /** Path of the sequence field, {@code common.v1.EventMetadata.aggregate_version}. */
  public static final String SEQUENCE_FIELD = "metadata.aggregate_version";

  /** Creates the record and copies the consumer list. */
  public EventType {
    consumers = List.copyOf(consumers);
  }

  /** The payload's descriptor. */
  public Descriptor descriptor() {
    return defaultInstance.getDescriptorForType();
  }

  /** The payload's full protobuf name, for example {@code wallet.v1.ReservationCommittedEvent}. */
  public String typeName() {
    return descriptor().getFullName();
  }

  /** The domain of the subject ({@code tam.<domain>.v1...}), for example {@code wallet}. */
  public String domain() {
    return subject.split("\\.", -1)[1];
  }

  /**
   * The schema version of the payload: the major version of its package, for example {@code v1} for
   * {@code wallet.v1}. Sent in the {@code Tam-Schema-Version} header.
   */
  public String schemaVersion() {
    return subject.split("\\.", -1)[2];
  }

  /** The JetStream stream the subject belongs to: {@code TAM_<DOMAIN>}. */
  public String stream() {
    return EventStreams.streamName(domain());
  }

  /** The envelope field ({@code common.v1.EventMetadata metadata = 1}). */
  public FieldDescriptor metadataField() {
    return descriptor().findFieldByNumber(1);
  }
}
