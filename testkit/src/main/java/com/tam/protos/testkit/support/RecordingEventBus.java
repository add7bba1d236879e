package com.tam.protos.testkit.support;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The simplest {@link EventBus}: delivers each event synchronously, on the publishing thread, to
 * every subscriber of its type, in subscription order, and records everything published. A handler
 * that throws gets the exception back at the publisher (no redelivery). For unit tests of one
 * service; the platform uses a bus with asynchronous delivery and fault injection.
 */
public final class RecordingEventBus implements EventBus {
  private final List<Message> published = new CopyOnWriteArrayList<>();
  private final Map<Descriptor, List<Consumer<Message>>> handlers = new ConcurrentHashMap<>();

  @Override
  public void publish(Message event) {
    published.add(event);
    for (Consumer<Message> h : handlers.getOrDefault(event.getDescriptorForType(), List.of())) {
      h.accept(event);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends Message> void subscribe(
      String consumer, T prototype, Consumer<? super T> handler) {
    handlers
        .computeIfAbsent(prototype.getDescriptorForType(), d -> new CopyOnWriteArrayList<>())
        .add(m -> handler.accept((T) m));
  }

  /**
   * Everything published so far, in order.
   *
   * @return a snapshot copy
   */
  public List<Message> published() {
    return new ArrayList<>(published);
  }

  /**
   * The published events of one type, in order.
   *
   * @param prototype the type's default instance
   * @param <T> the type
   * @return a snapshot copy
   */
  @SuppressWarnings("unchecked")
  public <T extends Message> List<T> published(T prototype) {
    List<T> out = new ArrayList<>();
    for (Message m : published) {
      if (m.getDescriptorForType().equals(prototype.getDescriptorForType())) {
        out.add((T) m);
      }
    }
    return out;
  }
}
