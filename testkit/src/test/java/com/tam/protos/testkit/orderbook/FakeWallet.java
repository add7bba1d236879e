package com.tam.protos.testkit.orderbook;

import com.google.protobuf.Message;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.money.Money;
import com.tam.protos.wallet.v1.AdjustSettlementRequest;
import com.tam.protos.wallet.v1.AdjustSettlementResponse;
import com.tam.protos.wallet.v1.AdjustmentDirection;
import com.tam.protos.wallet.v1.ChargeCommissionRequest;
import com.tam.protos.wallet.v1.ChargeCommissionResponse;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationResponse;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.GetReservationResponse;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.ListTransactionsResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.OpenWalletResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A small in-test wallet for the order-book's tests (until the reference wallet lands): balances,
 * reservations and a ledger, with replay by idempotency key and no business rules beyond that. It
 * records every CreditBalance, ChargeCommission and AdjustSettlement call.
 */
final class FakeWallet extends WalletServiceGrpc.WalletServiceImplBase {
  private static final String DOMAIN = RpcErrors.domain("wallet");

  private final Map<String, BigDecimal> balances = new HashMap<>();
  private final Map<String, String> currencies = new HashMap<>();
  private final Map<String, Reservation> reservations = new HashMap<>();
  private final Map<String, Message> replies = new HashMap<>();
  private final List<Transaction> ledger = new ArrayList<>();
  final List<Message> calls = new ArrayList<>();

  synchronized List<Message> calls() {
    return List.copyOf(calls);
  }

  private <T extends Message> void reply(
      StreamObserver<T> out, String method, String key, Supplier<T> body) {
    T r;
    synchronized (this) {
      @SuppressWarnings("unchecked")
      T stored = (T) replies.get(method + "/" + key);
      if (stored != null) {
        r = stored;
      } else {
        try {
          r = body.get();
        } catch (io.grpc.StatusRuntimeException e) {
          out.onError(e);
          return;
        }
        replies.put(method + "/" + key, r);
      }
    }
    out.onNext(r);
    out.onCompleted();
  }

  private Transaction book(
      String user, TransactionType type, BigDecimal delta, String key, String betId) {
    BigDecimal before = balances.getOrDefault(user, BigDecimal.ZERO);
    String ccy = currencies.getOrDefault(user, "EUR");
    BigDecimal after = before.add(delta);
    balances.put(user, after);
    Transaction t =
        Transaction.newBuilder()
            .setTransactionId(UUID.randomUUID().toString())
            .setUserId(user)
            .setType(type)
            .setAmount(Money.format(delta.abs(), ccy))
            .setCurrency(ccy)
            .setBalanceAfter(Money.formatSigned(after, ccy))
            .setIdempotencyKey(key)
            .setBetId(betId)
            .build();
    ledger.add(t);
    return t;
  }

  @Override
  public void openWallet(OpenWalletRequest req, StreamObserver<OpenWalletResponse> out) {
    reply(
        out,
        "open",
        req.getUserId() + "/" + req.getIdempotencyKey(),
        () -> {
          boolean created = !currencies.containsKey(req.getUserId());
          currencies.putIfAbsent(req.getUserId(), req.getCurrency());
          balances.putIfAbsent(req.getUserId(), BigDecimal.ZERO);
          return OpenWalletResponse.newBuilder()
              .setUserId(req.getUserId())
              .setCurrency(req.getCurrency())
              .setCreated(created)
              .build();
        });
  }

  @Override
  public synchronized void getBalance(
      GetBalanceRequest req, StreamObserver<GetBalanceResponse> out) {
    String ccy = currencies.getOrDefault(req.getUserId(), "EUR");
    BigDecimal reserved = BigDecimal.ZERO;
    for (Reservation r : reservations.values()) {
      if (r.getUserId().equals(req.getUserId())
          && r.getState() == ReservationState.RESERVATION_STATE_PENDING) {
        reserved = reserved.add(new BigDecimal(r.getAmount()));
      }
    }
    BigDecimal balance = balances.getOrDefault(req.getUserId(), BigDecimal.ZERO);
    out.onNext(
        GetBalanceResponse.newBuilder()
            .setBalance(Money.formatSigned(balance, ccy))
            .setCurrency(ccy)
            .setReserved(Money.format(reserved, ccy))
            .setAvailable(Money.format(balance.subtract(reserved).max(BigDecimal.ZERO), ccy))
            .build());
    out.onCompleted();
  }

  @Override
  public void reserveBalance(
      ReserveBalanceRequest req, StreamObserver<ReserveBalanceResponse> out) {
    reply(
        out,
        "reserve",
        req.getUserId() + "/" + req.getIdempotencyKey(),
        () -> {
          String ccy = currencies.getOrDefault(req.getUserId(), "EUR");
          Reservation r =
              Reservation.newBuilder()
                  .setReservationId(UUID.randomUUID().toString())
                  .setUserId(req.getUserId())
                  .setSagaId(req.getSagaId())
                  .setAmount(Money.format(new BigDecimal(req.getAmount()), ccy))
                  .setCurrency(ccy)
                  .setState(ReservationState.RESERVATION_STATE_PENDING)
                  .build();
          reservations.put(r.getReservationId(), r);
          return ReserveBalanceResponse.newBuilder().setReservation(r).build();
        });
  }

  @Override
  public void commitReservation(
      CommitReservationRequest req, StreamObserver<CommitReservationResponse> out) {
    reply(
        out,
        "commit",
        req.getSagaId() + "/" + req.getIdempotencyKey(),
        () -> {
          Reservation r = reservations.get(req.getReservationId());
          if (r == null) {
            throw RpcErrors.error(
                    Status.Code.NOT_FOUND,
                    WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND,
                    DOMAIN)
                .asException();
          }
          Reservation committed =
              r.toBuilder().setState(ReservationState.RESERVATION_STATE_COMMITTED).build();
          reservations.put(r.getReservationId(), committed);
          Transaction t =
              book(
                  r.getUserId(),
                  TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT,
                  new BigDecimal(r.getAmount()).negate(),
                  req.getIdempotencyKey(),
                  req.getBetId());
          return CommitReservationResponse.newBuilder()
              .setReservation(committed)
              .setTransaction(t)
              .build();
        });
  }

  @Override
  public synchronized void getReservation(
      GetReservationRequest req, StreamObserver<GetReservationResponse> out) {
    Reservation r = reservations.get(req.getReservationId());
    if (r == null) {
      out.onError(
          RpcErrors.error(
                  Status.Code.NOT_FOUND,
                  WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND,
                  DOMAIN)
              .asException());
      return;
    }
    out.onNext(GetReservationResponse.newBuilder().setReservation(r).build());
    out.onCompleted();
  }

  @Override
  public void creditBalance(CreditBalanceRequest req, StreamObserver<CreditBalanceResponse> out) {
    synchronized (this) {
      calls.add(req);
    }
    reply(
        out,
        "credit",
        req.getUserId() + "/" + req.getIdempotencyKey(),
        () ->
            CreditBalanceResponse.newBuilder()
                .setTransaction(
                    book(
                        req.getUserId(),
                        TransactionType.TRANSACTION_TYPE_CREDIT,
                        new BigDecimal(req.getAmount()),
                        req.getIdempotencyKey(),
                        req.getBetId()))
                .build());
  }

  @Override
  public void chargeCommission(
      ChargeCommissionRequest req, StreamObserver<ChargeCommissionResponse> out) {
    synchronized (this) {
      calls.add(req);
    }
    reply(
        out,
        "commission",
        req.getUserId() + "/" + req.getIdempotencyKey(),
        () ->
            ChargeCommissionResponse.newBuilder()
                .setTransaction(
                    book(
                        req.getUserId(),
                        TransactionType.TRANSACTION_TYPE_COMMISSION,
                        new BigDecimal(req.getAmount()).negate(),
                        req.getIdempotencyKey(),
                        ""))
                .build());
  }

  @Override
  public void adjustSettlement(
      AdjustSettlementRequest req, StreamObserver<AdjustSettlementResponse> out) {
    synchronized (this) {
      calls.add(req);
    }
    reply(
        out,
        "adjust",
        req.getUserId() + "/" + req.getIdempotencyKey(),
        () -> {
          BigDecimal amount = new BigDecimal(req.getAmount());
          if (req.getDirection() == AdjustmentDirection.ADJUSTMENT_DIRECTION_DEBIT) {
            amount = amount.negate();
          }
          return AdjustSettlementResponse.newBuilder()
              .setTransaction(
                  book(
                      req.getUserId(),
                      TransactionType.TRANSACTION_TYPE_BET_VOID_ADJUSTMENT,
                      amount,
                      req.getIdempotencyKey(),
                      req.getBetId()))
              .build();
        });
  }

  @Override
  public synchronized void listTransactions(
      ListTransactionsRequest req, StreamObserver<ListTransactionsResponse> out) {
    ListTransactionsResponse.Builder r = ListTransactionsResponse.newBuilder();
    for (Transaction t : ledger) {
      if (t.getUserId().equals(req.getUserId())
          && (req.getBetId().isEmpty() || t.getBetId().equals(req.getBetId()))
          && (req.getTypesCount() == 0 || req.getTypesList().contains(t.getType()))) {
        r.addTransactions(t);
      }
    }
    out.onNext(r.build());
    out.onCompleted();
  }
}
