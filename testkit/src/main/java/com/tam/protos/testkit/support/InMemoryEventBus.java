package com.tam.protos.testkit.support;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Message;
import com.tam.protos.testkit.platform.FaultPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's {@link EventBus}: asynchronous, at-least-once delivery, as JetStream gives it.
 *
 * <ul>
 *   <li>Each consumer service has its own worker thread (its durable consumer). The worker calls
 *       that service's handlers one at a time, in publish order unless a fault reorders them.
 *   <li>A handler that throws gets the event again after a short backoff (2 ms doubling to 100 ms,
 *       real time); after {@link #MAX_DELIVER} failed deliveries the event is dead-lettered ({@link
 *       #deadLetters()}), as the kit's JetStream consumer does.
 *   <li>A consumer that subscribes late receives the events of its types published before (the
 *       streams keep them: deliver policy "all").
 *   <li>Faults from a {@link FaultPlan}: an event is dropped at its first delivery to a consumer
 *       and redelivered after the redelivery delay ({@link #REDELIVERY_DELAY} by default: the ack
 *       wait); delivered twice; or held back and delivered right after the consumer's next event
 *       (or after the redelivery delay when no next event comes).
 * </ul>
 *
 * <p>Consumers must therefore be idempotent and apply the ordering rule of the event's kind ({@code
 * com.tam.protos.events.Ordering}); a FACT that arrives before its predecessor is handled by
 * throwing (it is redelivered until the gap is filled). {@link #awaitQuiescence} waits until no
 * delivery is queued, delayed or running. Thread-safe.
 */
public final class InMemoryEventBus implements EventBus, AutoCloseable {
  /** Deliveries of one event to one consumer before it is dead-lettered. */
  public static final int MAX_DELIVER = 25;

  /** How long a dropped event stays away before its redelivery (the ack wait), by default. */
  public static final Duration REDELIVERY_DELAY = Duration.ofMillis(20);

  private static final Logger LOG = Logger.getLogger(InMemoryEventBus.class.getName());
  private static final long MAX_BACKOFF_NANOS = Duration.ofMillis(100).toNanos();

  /**
   * An event given up on.
   *
   * @param consumer the consumer service
   * @param event the event
   * @param deliveries how often it was delivered
   * @param lastError the last handler failure
   */
  public record DeadLetter(String consumer, Message event, int deliveries, Throwable lastError) {}

  private final List<Message> published = new CopyOnWriteArrayList<>();
  private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  private final Map<String, Worker> workers = new ConcurrentHashMap<>();
  private final Object quiet = new Object();
  private final Object publishLock = new Object();
  private long pending;
  private final long redeliveryNanos;
  private volatile FaultPlan faults;
  private volatile boolean closed;

  /** A bus without faults. */
  public InMemoryEventBus() {
    this(FaultPlan.none());
  }

  /**
   * A bus that injects the event faults of a plan.
   *
   * @param faults the plan (only its event faults apply here)
   */
  public InMemoryEventBus(FaultPlan faults) {
    this(faults, REDELIVERY_DELAY);
  }

  /**
   * A bus with its own redelivery delay: how long a dropped event stays away, and how long a
   * held-back (reordered) event waits for a next event to overtake it.
   *
   * @param faults the plan (only its event faults apply here)
   * @param redeliveryDelay the delay (real time)
   */
  public InMemoryEventBus(FaultPlan faults, Duration redeliveryDelay) {
    this.faults = Objects.requireNonNull(faults);
    this.redeliveryNanos = redeliveryDelay.toNanos();
  }

  /**
   * Replaces the fault plan; events published afterwards use it.
   *
   * @param faults the new plan
   */
  public void faults(FaultPlan faults) {
    this.faults = Objects.requireNonNull(faults);
  }

  @Override
  public void publish(Message event) {
    Objects.requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("the event bus is closed");
    }
    // One lock orders the record and the fan-out, so a late subscriber sees every event once.
    synchronized (publishLock) {
      published.add(event);
      for (Worker w : workers.values()) {
        if (w.handles(event.getDescriptorForType())) {
          w.enqueue(event, true);
        }
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T extends Message> void subscribe(
      String consumer, T prototype, Consumer<? super T> handler) {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(handler, "handler");
    Descriptor type = prototype.getDescriptorForType();
    synchronized (publishLock) {
      Worker w = workers.computeIfAbsent(consumer, Worker::new);
      boolean known = w.handles(type);
      w.add(type, m -> handler.accept((T) m));
      if (!known) {
        for (Message m : published) {
          if (m.getDescriptorForType().equals(type)) {
            w.enqueue(m, true);
          }
        }
      }
    }
  }

  /**
   * Waits until no delivery is queued, delayed or running.
   *
   * @param timeout how long to wait at most
   * @return true when the bus is quiet, false when the timeout passed first
   * @throws InterruptedException if interrupted while waiting
   */
  @Override
  public boolean awaitQuiescence(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (quiet) {
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        quiet.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /**
   * How many deliveries are queued, delayed or running.
   *
   * @return the count
   */
  public long pending() {
    synchronized (quiet) {
      return pending;
    }
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

  /**
   * Events given up on after {@link #MAX_DELIVER} failed deliveries.
   *
   * @return a snapshot copy
   */
  public List<DeadLetter> deadLetters() {
    return new ArrayList<>(deadLetters);
  }

  /** Stops the workers; queued deliveries are discarded. */
  @Override
  public void close() {
    closed = true;
    for (Worker w : workers.values()) {
      w.stop();
    }
    synchronized (quiet) {
      pending = 0;
      quiet.notifyAll();
    }
  }

  private void pendingAdd(int delta) {
    synchronized (quiet) {
      pending += delta;
      if (pending <= 0) {
        pending = 0;
        quiet.notifyAll();
      }
    }
  }

  private static final class Delivery implements Comparable<Delivery> {
    final Message event;
    final long seq;
    long readyAt;
    int attempt;
    boolean deferred;

    Delivery(Message event, long seq, long readyAt) {
      this.event = event;
      this.seq = seq;
      this.readyAt = readyAt;
    }

    @Override
    public int compareTo(Delivery o) {
      int c = Long.compare(readyAt, o.readyAt);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  /** One consumer service's durable consumer: its handlers, its queue and its thread. */
  private final class Worker implements Runnable {
    private final String name;
    private final Map<Descriptor, List<Consumer<Message>>> handlers = new ConcurrentHashMap<>();
    private final PriorityQueue<Delivery> queue = new PriorityQueue<>();
    private final Thread thread;
    private Delivery deferred;
    private long seq;
    private volatile boolean running = true;

    Worker(String name) {
      this.name = name;
      this.thread = new Thread(this, "tam-bus-" + name);
      this.thread.setDaemon(true);
      this.thread.start();
    }

    boolean handles(Descriptor type) {
      return handlers.containsKey(type);
    }

    void add(Descriptor type, Consumer<Message> handler) {
      handlers.computeIfAbsent(type, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    void enqueue(Message event, boolean faultable) {
      FaultPlan plan = faults;
      int copies = faultable && plan.duplicateEvent() ? 2 : 1;
      pendingAdd(copies);
      synchronized (this) {
        long now = System.nanoTime();
        for (int i = 0; i < copies; i++) {
          Delivery d = new Delivery(event, seq++, now);
          if (deferred != null && queue.remove(deferred)) {
            // The held-back event goes right after this one: the reordering.
            queue.add(d);
            Delivery late = new Delivery(deferred.event, seq++, now);
            late.attempt = deferred.attempt;
            queue.add(late);
            deferred = null;
          } else if (faultable && i == 0 && plan.reorderEvent()) {
            d.readyAt = now + redeliveryNanos;
            d.deferred = true;
            deferred = d;
            queue.add(d);
          } else {
            queue.add(d);
          }
        }
        notifyAll();
      }
    }

    void stop() {
      running = false;
      thread.interrupt();
    }

    @Override
    public void run() {
      while (running) {
        Delivery d;
        try {
          d = next();
        } catch (InterruptedException e) {
          return;
        }
        deliver(d);
      }
    }

    private synchronized Delivery next() throws InterruptedException {
      while (true) {
        Delivery head = queue.peek();
        long now = System.nanoTime();
        if (head != null && head.readyAt <= now) {
          queue.poll();
          if (head == deferred) {
            deferred = null;
          }
          return head;
        }
        long waitNanos = head == null ? 0 : head.readyAt - now;
        if (head == null) {
          wait();
        } else {
          wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
        }
      }
    }

    private void deliver(Delivery d) {
      d.attempt++;
      if (d.attempt == 1 && faults.dropEvent()) {
        // Lost on the way: not acked, so the stream redelivers it after the ack wait.
        retry(d, redeliveryNanos);
        return;
      }
      Throwable failure = null;
      for (Consumer<Message> h : handlers.getOrDefault(d.event.getDescriptorForType(), List.of())) {
        try {
          h.accept(d.event);
        } catch (RuntimeException | Error e) {
          failure = e;
          break;
        }
      }
      if (failure == null) {
        pendingAdd(-1);
        return;
      }
      if (d.attempt >= MAX_DELIVER) {
        LOG.log(
            Level.WARNING,
            "consumer " + name + " gave up on " + d.event.getDescriptorForType().getFullName(),
            failure);
        deadLetters.add(new DeadLetter(name, d.event, d.attempt, failure));
        pendingAdd(-1);
        return;
      }
      retry(d, Math.min(MAX_BACKOFF_NANOS, 2_000_000L << Math.min(d.attempt - 1, 20)));
    }

    private synchronized void retry(Delivery d, long delayNanos) {
      Delivery again = new Delivery(d.event, seq++, System.nanoTime() + delayNanos);
      again.attempt = d.attempt;
      queue.add(again);
      notifyAll();
    }
  }
}
