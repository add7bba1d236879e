package com.tam.protos.events.nats;

/**
 * Receives a message whose subject is not an event this consumer handles (for example an event type
 * added to the contracts after this service was built), untouched: raw payload and headers.
 * Returning normally acks it.
 */
@FunctionalInterface
public interface UnknownEventHandler {
  /** Handles the raw message. */
  void handle(io.nats.client.Message message) throws Exception;
}
