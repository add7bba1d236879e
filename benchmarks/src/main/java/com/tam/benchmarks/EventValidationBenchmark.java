package com.tam.benchmarks;

import com.google.protobuf.TextFormat;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.wallet.v1.ReservationCreatedEvent;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of {@code Envelopes.prepare} on the two events the reference wallet publishes for one
 * ReserveBalance (a complete envelope, so the cost is protovalidate's validation of the whole
 * event). The events are the ones the wallet benchmark's wallet builds for 1.00 EUR from a
 * 10,000,000.00 EUR wallet. Run with {@code -t 1} and {@code -t 2} (and on another JDK) to see how
 * the cost changes when both cores validate at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventValidationBenchmark {
  private static final String RESERVATION_CREATED =
      """
      metadata {
        event_id: "fe797cf8-764f-4b76-92b0-f0dfdeeb4d50"
        occur_time { seconds: 1780315200 }
        producer: "wallet-service"
        subject: "tam.wallet.v1.reservation.created"
        saga_id: "bench-saga-1"
        aggregate_id: "e993e4ae-3658-4724-ab90-fb07db5f92c9"
        aggregate_version: 1
      }
      reservation {
        reservation_id: "e993e4ae-3658-4724-ab90-fb07db5f92c9"
        user_id: "bench-1"
        saga_id: "bench-saga-1"
        amount: "1.00"
        currency: "EUR"
        state: RESERVATION_STATE_PENDING
        create_time { seconds: 1780315200 }
        expire_time { seconds: 1780315500 }
        update_time { seconds: 1780315200 }
      }
      """;
  private static final String TRANSACTION_RECORDED =
      """
      metadata {
        event_id: "be96e7d7-56b2-4642-bcc0-b41fab6eb199"
        occur_time { seconds: 1780315200 }
        producer: "wallet-service"
        subject: "tam.wallet.v1.transaction.recorded"
        saga_id: "bench-saga-1"
        aggregate_id: "bench-1"
        aggregate_version: 2
      }
      transaction {
        transaction_id: "40f91bf1-6147-49d9-8d2c-744cbe97132b"
        user_id: "bench-1"
        type: TRANSACTION_TYPE_RESERVATION_HOLD
        amount: "1.00"
        currency: "EUR"
        balance_before: "10000000.00"
        balance_after: "10000000.00"
        available_before: "10000000.00"
        available_after: "9999999.00"
        saga_id: "bench-saga-1"
        reservation_id: "e993e4ae-3658-4724-ab90-fb07db5f92c9"
        idempotency_key: "bench-saga-1:reserve"
        create_time { seconds: 1780315200 }
        sequence: 2
      }
      """;
  private static final Instant NOW = Instant.ofEpochSecond(1780315200);

  private ReservationCreatedEvent reservationCreated;
  private EventType reservationCreatedType;
  private TransactionRecordedEvent transactionRecorded;
  private EventType transactionRecordedType;

  /** Parses the two events and checks that they pass as they are. */
  @Setup
  public void setUp() throws TextFormat.ParseException {
    EventRegistry registry = EventRegistry.load();
    ReservationCreatedEvent.Builder r = ReservationCreatedEvent.newBuilder();
    TextFormat.merge(RESERVATION_CREATED, r);
    reservationCreated = r.build();
    reservationCreatedType = registry.of(reservationCreated);
    TransactionRecordedEvent.Builder t = TransactionRecordedEvent.newBuilder();
    TextFormat.merge(TRANSACTION_RECORDED, t);
    transactionRecorded = t.build();
    transactionRecordedType = registry.of(transactionRecorded);
    if (reservationCreated() != reservationCreated
        || transactionRecorded() != transactionRecorded) {
      throw new IllegalStateException("complete, valid events must come back unchanged");
    }
  }

  /** {@code Envelopes.prepare} of the wallet's ReservationCreatedEvent. */
  @Benchmark
  public ReservationCreatedEvent reservationCreated() {
    return Envelopes.prepare(reservationCreatedType, reservationCreated, NOW);
  }

  /** {@code Envelopes.prepare} of the wallet's TransactionRecordedEvent (the ledger entry). */
  @Benchmark
  public TransactionRecordedEvent transactionRecorded() {
    return Envelopes.prepare(transactionRecordedType, transactionRecorded, NOW);
  }
}
