package com.tam.protos.events.nats;

import com.google.protobuf.Message;

/**
 * Applies one event. Returning normally acks it; throwing redelivers it after a backoff, and after
 * the consumer's last delivery sends it to the dead-letter subject with the exception as reason.
 *
 * @param <T> the payload type
 */
@FunctionalInterface
public interface EventHandler<T extends Message> {
  /** Applies the event. */
  void handle(ReceivedEvent<T> event) throws Exception;
}
