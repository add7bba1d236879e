package com.tam.protos.testkit.support;

import com.google.protobuf.Message;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Carries contract events between the reference services, as NATS JetStream does in production. A
 * producer publishes an event whose envelope is filled ({@code
 * com.tam.protos.events.Envelopes#prepare}); each consumer service receives every event of the
 * types it subscribed to, at least once. Implementations decide delivery (synchronous, async, with
 * injected drops, duplicates and reordering, or over a real NATS server); consumers must therefore
 * apply the ordering rule of the event's kind ({@code com.tam.protos.events.Ordering}).
 */
public interface EventBus {
  /**
   * Publishes one event.
   *
   * @param event a contract event message (one with a {@code (common.v1.event)} option)
   */
  void publish(Message event);

  /**
   * Subscribes a consumer service to one event type.
   *
   * @param consumer the consuming service's name, for example {@code "reporting-service"}
   * @param prototype the event type's default instance, for example {@code
   *     BetSettledEvent.getDefaultInstance()}
   * @param handler applies one event; throwing asks for redelivery
   * @param <T> the event type
   */
  <T extends Message> void subscribe(String consumer, T prototype, Consumer<? super T> handler);

  /**
   * Waits until every published event has been handled by every consumer (nothing queued, held for
   * redelivery or running). A synchronous bus is always quiet.
   *
   * @param timeout how long to wait at most
   * @return true when quiet, false when the timeout passed first
   * @throws InterruptedException if interrupted while waiting
   */
  default boolean awaitQuiescence(Duration timeout) throws InterruptedException {
    return true;
  }
}
