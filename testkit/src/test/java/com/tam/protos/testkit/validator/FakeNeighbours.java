package com.tam.protos.testkit.validator;

import com.tam.protos.errors.RpcErrors;
import com.tam.protos.money.Money;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.CancelBetOutcome;
import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.CancelBetResponse;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.ConfirmBetResponse;
import com.tam.protos.order.v1.GetMarketRequest;
import com.tam.protos.order.v1.GetMarketResponse;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.MarketState;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.OpenMarketResponse;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.PlaceBetResponse;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.ReleaseBetLimitsResponse;
import com.tam.protos.risk.v1.ReleaseOutcome;
import com.tam.protos.risk.v1.RiskDecision;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.wallet.v1.CancelOutcome;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CancelReservationResponse;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationResponse;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.ConfirmDepositResponse;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.GetReservationResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.OpenWalletResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Small in-memory stand-ins for wallet, risk and order-book, enough for the saga: test sources
 * only, used until the reference services are on main. Each RPC can be made to fail with {@link
 * #failAlways}.
 */
final class FakeNeighbours {
  final Map<String, StatusRuntimeException> failures = new ConcurrentHashMap<>();
  final Wallet wallet = new Wallet();
  final Risk risk = new Risk();
  final Book book = new Book();

  final Map<String, StatusRuntimeException> failuresAfter = new ConcurrentHashMap<>();

  void failAlways(String rpc, StatusRuntimeException e) {
    failures.put(rpc, e);
  }

  /** The RPC takes effect, then the caller gets the error (the unknown outcome). */
  void failAfterEffect(String rpc, StatusRuntimeException e) {
    failuresAfter.put(rpc, e);
  }

  private <R> void answer(String rpc, StreamObserver<R> out, Supplier<R> body) {
    StatusRuntimeException injected = failures.get(rpc);
    if (injected != null) {
      out.onError(injected);
      return;
    }
    R r;
    try {
      synchronized (this) {
        r = body.get();
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    }
    StatusRuntimeException after = failuresAfter.get(rpc);
    if (after != null) {
      out.onError(after);
      return;
    }
    out.onNext(r);
    out.onCompleted();
  }

  static StatusRuntimeException error(Status.Code code, com.google.protobuf.ProtocolMessageEnum r) {
    String domain = RpcErrors.domainOf(r.getDescriptorForType().getFullName());
    return RpcErrors.error(code, r, domain).message(r.toString()).asException();
  }

  final class Wallet extends WalletServiceGrpc.WalletServiceImplBase {
    final Map<String, BigDecimal> balances = new HashMap<>();
    final Map<String, Reservation> reservations = new HashMap<>();
    final Map<String, String> reservationOfSaga = new HashMap<>();
    final Map<String, String> credits = new HashMap<>();
    int next;

    BigDecimal reserved(String user) {
      return reservations.values().stream()
          .filter(r -> r.getUserId().equals(user))
          .filter(r -> r.getState() == ReservationState.RESERVATION_STATE_PENDING)
          .map(r -> new BigDecimal(r.getAmount()))
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public void openWallet(OpenWalletRequest req, StreamObserver<OpenWalletResponse> out) {
      answer(
          "OpenWallet",
          out,
          () -> {
            boolean created = balances.putIfAbsent(req.getUserId(), BigDecimal.ZERO) == null;
            return OpenWalletResponse.newBuilder()
                .setUserId(req.getUserId())
                .setCurrency(req.getCurrency())
                .setCreated(created)
                .build();
          });
    }

    @Override
    public void confirmDeposit(
        ConfirmDepositRequest req, StreamObserver<ConfirmDepositResponse> out) {
      answer(
          "ConfirmDeposit",
          out,
          () -> {
            balances.merge(req.getUserId(), new BigDecimal(req.getAmount()), BigDecimal::add);
            return ConfirmDepositResponse.getDefaultInstance();
          });
    }

    @Override
    public void getBalance(GetBalanceRequest req, StreamObserver<GetBalanceResponse> out) {
      answer(
          "GetBalance",
          out,
          () -> {
            BigDecimal balance = balances.getOrDefault(req.getUserId(), BigDecimal.ZERO);
            BigDecimal reserved = reserved(req.getUserId());
            return GetBalanceResponse.newBuilder()
                .setCurrency("EUR")
                .setBalance(Money.format(balance, "EUR"))
                .setReserved(Money.format(reserved, "EUR"))
                .setAvailable(Money.format(balance.subtract(reserved), "EUR"))
                .build();
          });
    }

    @Override
    public void reserveBalance(
        ReserveBalanceRequest req, StreamObserver<ReserveBalanceResponse> out) {
      answer(
          "ReserveBalance",
          out,
          () -> {
            String existing = reservationOfSaga.get(req.getSagaId());
            if (existing != null) {
              Reservation r = reservations.get(existing);
              if (r.getState() == ReservationState.RESERVATION_STATE_CANCELLED
                  && r.getReservationId().startsWith("tomb-")) {
                throw error(
                    Status.Code.ABORTED,
                    com.tam.protos.common.v1.ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED);
              }
              return ReserveBalanceResponse.newBuilder().setReservation(r).build();
            }
            BigDecimal amount = new BigDecimal(req.getAmount());
            BigDecimal available =
                balances
                    .getOrDefault(req.getUserId(), BigDecimal.ZERO)
                    .subtract(reserved(req.getUserId()));
            if (available.compareTo(amount) < 0) {
              throw error(
                  Status.Code.FAILED_PRECONDITION,
                  WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS);
            }
            Reservation r =
                Reservation.newBuilder()
                    .setReservationId("res-" + ++next)
                    .setUserId(req.getUserId())
                    .setSagaId(req.getSagaId())
                    .setAmount(req.getAmount())
                    .setCurrency(req.getCurrency())
                    .setState(ReservationState.RESERVATION_STATE_PENDING)
                    .build();
            reservations.put(r.getReservationId(), r);
            reservationOfSaga.put(req.getSagaId(), r.getReservationId());
            return ReserveBalanceResponse.newBuilder().setReservation(r).build();
          });
    }

    @Override
    public void commitReservation(
        CommitReservationRequest req, StreamObserver<CommitReservationResponse> out) {
      answer(
          "CommitReservation",
          out,
          () -> {
            Reservation r = reservations.get(req.getReservationId());
            if (r == null) {
              throw error(
                  Status.Code.NOT_FOUND,
                  WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND);
            }
            if (r.getState() == ReservationState.RESERVATION_STATE_PENDING) {
              balances.merge(
                  r.getUserId(), new BigDecimal(r.getAmount()).negate(), BigDecimal::add);
              r = r.toBuilder().setState(ReservationState.RESERVATION_STATE_COMMITTED).build();
              reservations.put(r.getReservationId(), r);
            } else if (r.getState() != ReservationState.RESERVATION_STATE_COMMITTED) {
              throw error(
                  Status.Code.FAILED_PRECONDITION,
                  WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_PENDING);
            }
            return CommitReservationResponse.newBuilder()
                .setReservation(r)
                .setTransaction(
                    Transaction.newBuilder().setTransactionId("tx-" + r.getReservationId()))
                .build();
          });
    }

    @Override
    public void cancelReservation(
        CancelReservationRequest req, StreamObserver<CancelReservationResponse> out) {
      answer(
          "CancelReservation",
          out,
          () -> {
            String id =
                req.getReservationId().isEmpty()
                    ? reservationOfSaga.get(req.getSagaId())
                    : req.getReservationId();
            Reservation r = id == null ? null : reservations.get(id);
            if (r == null) {
              Reservation tomb =
                  Reservation.newBuilder()
                      .setReservationId("tomb-" + req.getSagaId())
                      .setSagaId(req.getSagaId())
                      .setUserId(req.getUserId())
                      .setAmount("0")
                      .setState(ReservationState.RESERVATION_STATE_CANCELLED)
                      .build();
              reservations.put(tomb.getReservationId(), tomb);
              reservationOfSaga.put(req.getSagaId(), tomb.getReservationId());
              return CancelReservationResponse.newBuilder()
                  .setOutcome(CancelOutcome.CANCEL_OUTCOME_NO_RESERVATION)
                  .build();
            }
            switch (r.getState()) {
              case RESERVATION_STATE_COMMITTED ->
                  throw error(
                      Status.Code.FAILED_PRECONDITION,
                      WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED);
              case RESERVATION_STATE_PENDING -> {
                r = r.toBuilder().setState(ReservationState.RESERVATION_STATE_CANCELLED).build();
                reservations.put(r.getReservationId(), r);
                return CancelReservationResponse.newBuilder()
                    .setReservation(r)
                    .setOutcome(CancelOutcome.CANCEL_OUTCOME_RELEASED)
                    .build();
              }
              default -> {
                return CancelReservationResponse.newBuilder()
                    .setReservation(r)
                    .setOutcome(CancelOutcome.CANCEL_OUTCOME_ALREADY_RELEASED)
                    .build();
              }
            }
          });
    }

    @Override
    public void getReservation(
        GetReservationRequest req, StreamObserver<GetReservationResponse> out) {
      answer(
          "GetReservation",
          out,
          () -> {
            Reservation r = reservations.get(req.getReservationId());
            if (r == null) {
              throw error(
                  Status.Code.NOT_FOUND,
                  WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND);
            }
            return GetReservationResponse.newBuilder().setReservation(r).build();
          });
    }

    @Override
    public void creditBalance(CreditBalanceRequest req, StreamObserver<CreditBalanceResponse> out) {
      answer(
          "CreditBalance",
          out,
          () -> {
            if (credits.putIfAbsent(req.getIdempotencyKey(), req.getAmount()) == null) {
              balances.merge(req.getUserId(), new BigDecimal(req.getAmount()), BigDecimal::add);
            }
            return CreditBalanceResponse.getDefaultInstance();
          });
    }
  }

  final class Risk extends RiskServiceGrpc.RiskServiceImplBase {
    final Map<String, String> assessments = new HashMap<>();
    final Map<String, String> releases = new HashMap<>();
    volatile boolean reject;

    @Override
    public void checkRateLimit(
        CheckRateLimitRequest req, StreamObserver<CheckRateLimitResponse> out) {
      answer(
          "CheckRateLimit",
          out,
          () -> CheckRateLimitResponse.newBuilder().setAllowed(true).build());
    }

    @Override
    public void assessBet(AssessBetRequest req, StreamObserver<AssessBetResponse> out) {
      answer(
          "AssessBet",
          out,
          () -> {
            String id =
                assessments.computeIfAbsent(req.getSagaId(), s -> "assessment-" + s.hashCode());
            return AssessBetResponse.newBuilder()
                .setDecision(
                    reject ? RiskDecision.RISK_DECISION_REJECT : RiskDecision.RISK_DECISION_ALLOW)
                .setAssessmentId(id)
                .setSagaId(req.getSagaId())
                .build();
          });
    }

    @Override
    public void releaseBetLimits(
        ReleaseBetLimitsRequest req, StreamObserver<ReleaseBetLimitsResponse> out) {
      answer(
          "ReleaseBetLimits",
          out,
          () -> {
            releases.put(req.getIdempotencyKey(), req.getSagaId());
            return ReleaseBetLimitsResponse.newBuilder()
                .setOutcome(ReleaseOutcome.RELEASE_OUTCOME_RELEASED)
                .build();
          });
    }
  }

  final class Book extends OrderBookServiceGrpc.OrderBookServiceImplBase {
    final Map<String, Market> markets = new HashMap<>();
    final Map<String, Bet> bets = new HashMap<>();
    final Map<String, String> betOfSaga = new HashMap<>();
    int next;

    @Override
    public void openMarket(OpenMarketRequest req, StreamObserver<OpenMarketResponse> out) {
      answer(
          "OpenMarket",
          out,
          () -> {
            Market m =
                Market.newBuilder()
                    .setMarketId(req.getMarketId())
                    .setDisplayName(req.getDisplayName())
                    .setCurrency(req.getCurrency())
                    .addAllRunners(req.getRunnersList())
                    .setState(MarketState.MARKET_STATE_OPEN)
                    .setMinStake("1.00")
                    .setMarketVersion(1)
                    .build();
            markets.put(m.getMarketId(), m);
            return OpenMarketResponse.newBuilder().setMarket(m).build();
          });
    }

    @Override
    public void getMarket(GetMarketRequest req, StreamObserver<GetMarketResponse> out) {
      answer(
          "GetMarket",
          out,
          () -> {
            Market m = markets.get(req.getMarketId());
            if (m == null) {
              throw error(
                  Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_FOUND);
            }
            return GetMarketResponse.newBuilder().setMarket(m).build();
          });
    }

    @Override
    public void placeBet(PlaceBetRequest req, StreamObserver<PlaceBetResponse> out) {
      answer(
          "PlaceBet",
          out,
          () -> {
            String existing = betOfSaga.get(req.getSagaId());
            if (existing != null) {
              if (existing.startsWith("tomb-")) {
                throw error(
                    Status.Code.ABORTED,
                    com.tam.protos.common.v1.ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED);
              }
              return PlaceBetResponse.newBuilder().setBet(bets.get(existing)).build();
            }
            Bet bet =
                Bet.newBuilder()
                    .setBetId("bet-" + ++next)
                    .setOrderId(req.getOrderId())
                    .setSagaId(req.getSagaId())
                    .setUserId(req.getUserId())
                    .setMarketId(req.getMarketId())
                    .setSelectionId(req.getSelectionId())
                    .setSide(req.getSide())
                    .setPrice(req.getPrice())
                    .setStake(req.getStake())
                    .setCurrency(req.getCurrency())
                    .setReservationId(req.getReservationId())
                    .setState(BetState.BET_STATE_PENDING)
                    .build();
            bets.put(bet.getBetId(), bet);
            betOfSaga.put(req.getSagaId(), bet.getBetId());
            return PlaceBetResponse.newBuilder().setBet(bet).build();
          });
    }

    @Override
    public void confirmBet(ConfirmBetRequest req, StreamObserver<ConfirmBetResponse> out) {
      answer(
          "ConfirmBet",
          out,
          () -> {
            Bet bet = bets.get(req.getBetId());
            if (bet == null) {
              throw error(Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_FOUND);
            }
            if (bet.getState() == BetState.BET_STATE_PENDING) {
              bet = bet.toBuilder().setState(BetState.BET_STATE_EXECUTABLE).build();
              bets.put(bet.getBetId(), bet);
            }
            return ConfirmBetResponse.newBuilder().setBet(bet).build();
          });
    }

    @Override
    public void cancelBet(CancelBetRequest req, StreamObserver<CancelBetResponse> out) {
      answer(
          "CancelBet",
          out,
          () -> {
            String id = req.getBetId().isEmpty() ? betOfSaga.get(req.getSagaId()) : req.getBetId();
            Bet bet = id == null ? null : bets.get(id);
            if (bet == null) {
              betOfSaga.putIfAbsent(req.getSagaId(), "tomb-" + req.getSagaId());
              return CancelBetResponse.newBuilder()
                  .setOutcome(CancelBetOutcome.CANCEL_BET_OUTCOME_NO_BET)
                  .build();
            }
            if (bet.getState() == BetState.BET_STATE_CANCELLED) {
              return CancelBetResponse.newBuilder()
                  .setBet(bet)
                  .setOutcome(CancelBetOutcome.CANCEL_BET_OUTCOME_ALREADY_CANCELLED)
                  .build();
            }
            if (bet.getState() != BetState.BET_STATE_PENDING) {
              throw error(
                  Status.Code.FAILED_PRECONDITION,
                  OrderErrorReason.ORDER_ERROR_REASON_BET_ALREADY_CONFIRMED);
            }
            bet = bet.toBuilder().setState(BetState.BET_STATE_CANCELLED).build();
            bets.put(bet.getBetId(), bet);
            return CancelBetResponse.newBuilder()
                .setBet(bet)
                .setOutcome(CancelBetOutcome.CANCEL_BET_OUTCOME_CANCELLED)
                .build();
          });
    }
  }
}
