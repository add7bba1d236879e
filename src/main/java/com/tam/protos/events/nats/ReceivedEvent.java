package com.tam.protos.events.nats;

import com.google.protobuf.Message;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.events.EventType;
import io.nats.client.impl.Headers;

/**
 * One decoded delivery handed to an {@link EventHandler}.
 *
 * @param type the event's registry entry
 * @param event the decoded payload; fields unknown to this build are kept in its unknown fields
 * @param metadata the envelope ({@code event.metadata})
 * @param headers the NATS headers as published (read them, don't change them)
 * @param deliveries how many times JetStream has delivered this event, 1 on the first delivery
 * @param streamSequence the event's sequence in its stream
 * @param <T> the payload type
 */
public record ReceivedEvent<T extends Message>(
    EventType type,
    T event,
    EventMetadata metadata,
    Headers headers,
    long deliveries,
    long streamSequence) {}
