package com.tam.protos.testkit.orderbook;

import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.money.BetOutcome;
import com.tam.protos.money.Commission;
import com.tam.protos.money.Money;
import com.tam.protos.money.Payouts;
import com.tam.protos.money.SettledBet;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetCancelledEvent;
import com.tam.protos.order.v1.BetConfirmedEvent;
import com.tam.protos.order.v1.BetPlacedEvent;
import com.tam.protos.order.v1.BetResettledEvent;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.order.v1.BetSettlement;
import com.tam.protos.order.v1.BetStakeReleasedEvent;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.BookingStatus;
import com.tam.protos.order.v1.CancelBetOutcome;
import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.CancelBetResponse;
import com.tam.protos.order.v1.CancelBetResult;
import com.tam.protos.order.v1.CancelBetsRequest;
import com.tam.protos.order.v1.CancelBetsResponse;
import com.tam.protos.order.v1.CancelInstruction;
import com.tam.protos.order.v1.CloseMarketRequest;
import com.tam.protos.order.v1.CloseMarketResponse;
import com.tam.protos.order.v1.CommissionCharge;
import com.tam.protos.order.v1.CommissionChargedEvent;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.ConfirmBetResponse;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillCreatedEvent;
import com.tam.protos.order.v1.FillState;
import com.tam.protos.order.v1.FillVoidedEvent;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.GetBetRequest;
import com.tam.protos.order.v1.GetBetResponse;
import com.tam.protos.order.v1.GetMarketBookRequest;
import com.tam.protos.order.v1.GetMarketBookResponse;
import com.tam.protos.order.v1.GetMarketRequest;
import com.tam.protos.order.v1.GetMarketResponse;
import com.tam.protos.order.v1.GetSettlementJobRequest;
import com.tam.protos.order.v1.GetSettlementJobResponse;
import com.tam.protos.order.v1.ListBetFillsRequest;
import com.tam.protos.order.v1.ListBetFillsResponse;
import com.tam.protos.order.v1.ListBetsRequest;
import com.tam.protos.order.v1.ListBetsResponse;
import com.tam.protos.order.v1.ListFixturesRequest;
import com.tam.protos.order.v1.ListFixturesResponse;
import com.tam.protos.order.v1.ListMarketsRequest;
import com.tam.protos.order.v1.ListMarketsResponse;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.MarketBook;
import com.tam.protos.order.v1.MarketState;
import com.tam.protos.order.v1.MarketUpdate;
import com.tam.protos.order.v1.MarketUpdatedEvent;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.OpenMarketResponse;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.PlaceBetResponse;
import com.tam.protos.order.v1.PriceLevel;
import com.tam.protos.order.v1.ReplaceBetResult;
import com.tam.protos.order.v1.ReplaceBetsRequest;
import com.tam.protos.order.v1.ReplaceBetsResponse;
import com.tam.protos.order.v1.ReplaceInstruction;
import com.tam.protos.order.v1.ResettleMarketRequest;
import com.tam.protos.order.v1.ResettleMarketResponse;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerBook;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.order.v1.SelectionResult;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.order.v1.SettleMarketRequest;
import com.tam.protos.order.v1.SettleMarketResponse;
import com.tam.protos.order.v1.SettlementJob;
import com.tam.protos.order.v1.SettlementJobState;
import com.tam.protos.order.v1.SettlementKind;
import com.tam.protos.order.v1.StakeReleaseReason;
import com.tam.protos.order.v1.StreamBetChangesRequest;
import com.tam.protos.order.v1.StreamBetChangesResponse;
import com.tam.protos.order.v1.StreamMarketChangesRequest;
import com.tam.protos.order.v1.StreamMarketChangesResponse;
import com.tam.protos.order.v1.SuspendMarketRequest;
import com.tam.protos.order.v1.SuspendMarketResponse;
import com.tam.protos.order.v1.UpdateMarketRequest;
import com.tam.protos.order.v1.UpdateMarketResponse;
import com.tam.protos.order.v1.VoidMarketRequest;
import com.tam.protos.order.v1.VoidMarketResponse;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.wallet.v1.AdjustSettlementRequest;
import com.tam.protos.wallet.v1.AdjustmentDirection;
import com.tam.protos.wallet.v1.ChargeCommissionRequest;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The reference order-book: an in-memory exchange (market catalogue, price-time matching engine,
 * bettor controls, settlement jobs and corrections) that does what {@code
 * order/v1/order_book_service.proto} and {@code docs/services/order-book.md} say.
 *
 * <p>Money moves only in the wallet, through {@code wallet.v1.WalletService} on {@link
 * ServiceContext#platform()} with the service credentials: reservations are checked at PlaceBet,
 * refunds of released stake ({@code refund:<bet_id>:<instruction_id>}), settlement credits ({@code
 * settlement:<bet_id>}), commission ({@code commission:<market_id>:<user_id>}) and corrections
 * ({@code resettle:<bet_id>:<settlement_version>}). A booking the wallet does not accept stays
 * PENDING and is retried with the same key at the start of later calls (or {@link
 * #runPendingWork()}), never with a new key.
 *
 * <p>Time comes only from the context's clock: the in-play bet delay, the reconciler of PENDING
 * bets and the stream retention move when the clock moves (checked at the start of every call).
 * Events are queued in an outbox while the state changes and published, in order, after the change.
 * Thread-safe: one lock serialises every change.
 */
public final class ReferenceOrderBookService extends OrderBookServiceGrpc.OrderBookServiceImplBase {
  /** The error domain, {@code order.tam.internal}. */
  public static final String DOMAIN = RpcErrors.domain("order");

  /** The name the service publishes events under. */
  public static final String SERVICE_NAME = "order-book";

  /**
   * Tunables of the reference order-book.
   *
   * @param settlementBatchSize bets settled per batch of a settlement job (at most 500)
   * @param reconcileAfter age after which the reconciler resolves a PENDING bet from its
   *     reservation (10 minutes)
   * @param cursorRetention how long stream changes are kept for resuming (24 hours)
   * @param streamLifetime after how long a stream is ended with OK (1 hour)
   */
  public record Config(
      int settlementBatchSize,
      java.time.Duration reconcileAfter,
      java.time.Duration cursorRetention,
      java.time.Duration streamLifetime) {
    /**
     * The contract's values.
     *
     * @return the defaults
     */
    public static Config defaults() {
      return new Config(
          500,
          java.time.Duration.ofMinutes(10),
          java.time.Duration.ofHours(24),
          java.time.Duration.ofHours(1));
    }
  }

  /** Deliberate defects, switched on only by the testkit's broken-variant tests. */
  enum Defect {
    /** CancelBets also voids every fill of the caller's bets (fills voided after confirmation). */
    VOID_FILLS_ON_CANCEL,
    /** Bet events after the first skip a sequence number (a gap in the FACT sequence). */
    BET_EVENT_SEQUENCE_GAP,
    /** Each settlement payout is credited a second time under another key. */
    SETTLE_TWICE,
    /** The engine matches regardless of the bets' limit prices. */
    MATCH_THROUGH_LIMIT,
    /** CancelBets releases stake and records a refund that never reaches the wallet. */
    NO_REFUND_ON_CANCEL,
    /** CancelBets does not check that the bets belong to the caller. */
    CANCEL_ANY_USERS_BET,
    /** CancelBets runs again on a same-key retry instead of replaying its first result. */
    CANCEL_WITHOUT_REPLAY,
    /** A resettlement records new payouts but books no correction in the wallet. */
    RESETTLE_WITHOUT_ADJUSTMENT,
    /** Turning in-play lapses PERSIST stake too. */
    LAPSE_PERSIST_IN_PLAY,
    /**
     * VoidMarket also marks PENDING bets VOIDED, so that ConfirmBet no longer lapses and refunds
     * them: their stake stays spent.
     */
    VOID_PENDING_BETS
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final Set<Status.Code> TRANSIENT =
      EnumSet.of(
          Status.Code.UNAVAILABLE,
          Status.Code.DEADLINE_EXCEEDED,
          Status.Code.ABORTED,
          Status.Code.INTERNAL,
          Status.Code.UNKNOWN,
          Status.Code.CANCELLED,
          Status.Code.RESOURCE_EXHAUSTED);

  private final ServiceContext ctx;
  private final Config config;
  private final Set<Defect> defects;
  private final IdempotencyStore idempotency = new IdempotencyStore(DOMAIN);
  private final Object lock = new Object();
  private final ConcurrentLinkedQueue<Message> outbox = new ConcurrentLinkedQueue<>();
  private final ReentrantLock publishLock = new ReentrantLock();

  private final Map<String, Fixture> fixtures = new LinkedHashMap<>();
  private final Map<String, MarketRec> markets = new LinkedHashMap<>();
  private final Map<String, BetRec> bets = new LinkedHashMap<>();
  private final Map<String, String> betBySaga = new HashMap<>();
  private final Set<String> tombstones = new HashSet<>();
  private final Map<String, FillRec> fills = new LinkedHashMap<>();
  private final Map<String, JobRec> jobs = new LinkedHashMap<>();
  private final Map<String, CommissionRec> commissions = new LinkedHashMap<>();
  private final List<Booking> bookings = new ArrayList<>();
  private final List<Change> changes = new ArrayList<>();
  private final List<Subscriber> subscribers = new ArrayList<>();
  private final Set<MarketRec> dirtyMarkets = new LinkedHashSet<>();
  private long changeSeq;
  private long bookSeq;
  private Instant lastReconcile = Instant.EPOCH;

  /**
   * A reference order-book with the contract's settings.
   *
   * @param ctx clock, event bus, platform channel (for the wallet), service credentials and ids
   */
  public ReferenceOrderBookService(ServiceContext ctx) {
    this(ctx, Config.defaults());
  }

  /**
   * A reference order-book.
   *
   * @param ctx the service context
   * @param config the tunables
   */
  public ReferenceOrderBookService(ServiceContext ctx, Config config) {
    this(ctx, config, EnumSet.noneOf(Defect.class));
  }

  ReferenceOrderBookService(ServiceContext ctx, Config config, Set<Defect> defects) {
    this.ctx = ctx;
    this.config = config;
    this.defects = defects.isEmpty() ? EnumSet.noneOf(Defect.class) : EnumSet.copyOf(defects);
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection (read-only views for the simulation's invariants).

  /**
   * Every bet in its current state with its sizes and settlement (operator view).
   *
   * @return the bets, in creation order
   */
  public List<Bet> bets() {
    synchronized (lock) {
      return bets.values().stream().map(this::betProto).toList();
    }
  }

  /**
   * Every fill with both bet ids and its state (VOIDED fills carry their void time).
   *
   * @return the fills, in creation order
   */
  public List<Fill> fills() {
    synchronized (lock) {
      return fills.values().stream().map(f -> fillProto(f, null)).toList();
    }
  }

  /**
   * Every market with its state, version and runners (a fill may only be VOIDED on a VOIDED market
   * or a REMOVED runner).
   *
   * @return the markets, in creation order
   */
  public List<Market> markets() {
    synchronized (lock) {
      return markets.values().stream().map(this::marketProto).toList();
    }
  }

  /**
   * One wallet booking order-book made or is making.
   *
   * @param kind {@code refund}, {@code settlement}, {@code commission} or {@code adjustment}
   * @param userId the wallet owner
   * @param betId the bet (empty for commission)
   * @param marketId the market
   * @param idempotencyKey the wallet idempotency key
   * @param amount the amount, a positive decimal string
   * @param currency the currency
   * @param direction for adjustments and commission corrections: CREDIT or DEBIT
   * @param booked true once the wallet accepted it
   * @param stalled true when the wallet refused it definitively (operators are alerted)
   */
  public record WalletBooking(
      String kind,
      String userId,
      String betId,
      String marketId,
      String idempotencyKey,
      String amount,
      String currency,
      String direction,
      boolean booked,
      boolean stalled) {}

  /**
   * Every wallet booking, in the order they were decided: settlement credits per bet ({@code kind =
   * settlement}), refunds, commission charges and corrections.
   *
   * @return the bookings
   */
  public List<WalletBooking> walletBookings() {
    synchronized (lock) {
      return bookings.stream().map(Booking::view).toList();
    }
  }

  /**
   * The settlement money booked or being booked per bet: its {@code settlement:<bet_id>} credit and
   * its {@code resettle:<bet_id>:<version>} corrections, in order. A bet paid twice would show two
   * settlement credits here.
   *
   * @return bet id to its settlement bookings
   */
  public Map<String, List<WalletBooking>> settlementsPaid() {
    synchronized (lock) {
      Map<String, List<WalletBooking>> out = new LinkedHashMap<>();
      for (Booking b : bookings) {
        if (b.kind.equals("settlement") || b.kind.equals("adjustment")) {
          out.computeIfAbsent(b.betId, k -> new ArrayList<>()).add(b.view());
        }
      }
      return out;
    }
  }

  /**
   * Retries every wallet booking that is still PENDING (same key), resolves due in-play delays and
   * runs the reconciler, as the start of every call does. For a platform that wants to reach
   * quiescence.
   *
   * @return the number of bookings still PENDING afterwards
   */
  public int runPendingWork() {
    synchronized (lock) {
      tickLocked(true);
      flushDirtyMarkets();
    }
    drainOutbox();
    synchronized (lock) {
      return (int)
          bookings.stream().filter(b -> b.status == BookingStatus.BOOKING_STATUS_PENDING).count();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Saga steps.

  @Override
  public void placeBet(PlaceBetRequest req, StreamObserver<PlaceBetResponse> out) {
    unary(
        out,
        () -> {
          requireRole("service");
          return write(
              OrderBookServiceGrpc.getPlaceBetMethod(),
              req.getSagaId(),
              req.getIdempotencyKey(),
              req,
              () -> PlaceBetResponse.newBuilder().setBet(betProto(place(req))).build());
        });
  }

  private BetRec place(PlaceBetRequest req) {
    if (tombstones.contains(req.getSagaId())) {
      throw error(Status.Code.ABORTED, ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED)
          .message("CancelBet already ran for saga " + req.getSagaId())
          .putMetadata("sagaId", req.getSagaId())
          .asException();
    }
    String existing = betBySaga.get(req.getSagaId());
    if (existing != null) {
      throw error(
              Status.Code.ALREADY_EXISTS, OrderErrorReason.ORDER_ERROR_REASON_BET_ALREADY_EXISTS)
          .message("saga " + req.getSagaId() + " already has a bet")
          .putMetadata("betId", existing)
          .asException();
    }
    MarketRec m = market(req.getMarketId());
    if (m.state != MarketState.MARKET_STATE_OPEN && m.state != MarketState.MARKET_STATE_SUSPENDED) {
      throw marketNotOpen(m);
    }
    Runner runner = m.runner(req.getSelectionId());
    if (runner.getStatus() != RunnerStatus.RUNNER_STATUS_ACTIVE) {
      throw runnerNotActive(m, runner);
    }
    if (!req.getCurrency().equals(m.currency)) {
      throw error(
              Status.Code.INVALID_ARGUMENT, OrderErrorReason.ORDER_ERROR_REASON_CURRENCY_MISMATCH)
          .message("the bet's currency " + req.getCurrency() + " is not the market's")
          .putMetadata("marketCurrency", m.currency)
          .asException();
    }
    BigDecimal stake = Money.parsePositive(req.getStake(), m.currency);
    if (stake.compareTo(m.minStake) < 0) {
      throw error(
              Status.Code.INVALID_ARGUMENT, OrderErrorReason.ORDER_ERROR_REASON_STAKE_BELOW_MINIMUM)
          .message("the stake is below the market's minimum stake")
          .putMetadata("minStake", fmt(m.minStake, m.currency))
          .putMetadata("currency", m.currency)
          .asException();
    }
    if (!PriceLadder.isTick(req.getPrice())) {
      throw validation("price", "string.pattern", "price must be a tick of the price ladder");
    }
    BigDecimal price = new BigDecimal(req.getPrice());
    BigDecimal liability =
        req.getSide() == BetSide.BET_SIDE_LAY
            ? Payouts.layLiability(stake, price, m.currency)
            : stake.setScale(Money.scale(m.currency), RoundingMode.UNNECESSARY);
    checkReservation(req, liability, m.currency);
    Instant now = now();
    BetRec b = new BetRec();
    b.id = ctx.ids().uuid();
    b.orderId = req.getOrderId();
    b.sagaId = req.getSagaId();
    b.userId = req.getUserId();
    b.market = m;
    b.selectionId = req.getSelectionId();
    b.side = req.getSide();
    b.price = price;
    b.stake = stake;
    b.currency = m.currency;
    b.persistence = req.getPersistenceType();
    b.state = BetState.BET_STATE_PENDING;
    b.remaining = stake;
    b.liability = liability;
    b.marketVersion = req.getMarketVersion();
    b.reservationId = req.getReservationId();
    b.createTime = now;
    b.updateTime = now;
    b.sport = m.fixture.getSport();
    b.marketDisplayName = m.displayName;
    b.selectionDisplayName = runner.getDisplayName();
    b.createSeq = ++bookSeq;
    b.init();
    bets.put(b.id, b);
    betBySaga.put(b.sagaId, b.id);
    betEvent(b, bet -> BetPlacedEvent.newBuilder().setBet(bet), null);
    return b;
  }

  private void checkReservation(PlaceBetRequest req, BigDecimal liability, String currency) {
    Reservation r;
    try {
      r =
          wallet()
              .getReservation(
                  GetReservationRequest.newBuilder()
                      .setReservationId(req.getReservationId())
                      .build())
              .getReservation();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw error(
                Status.Code.FAILED_PRECONDITION,
                OrderErrorReason.ORDER_ERROR_REASON_RESERVATION_MISMATCH)
            .message("the wallet reservation does not exist")
            .putMetadata("reservationId", req.getReservationId())
            .putMetadata("expectedAmount", fmt(liability, currency))
            .asException();
      }
      throw dependencyUnavailable("wallet-service", e);
    }
    boolean ok =
        r.getState() == ReservationState.RESERVATION_STATE_PENDING
            && r.getUserId().equals(req.getUserId())
            && r.getSagaId().equals(req.getSagaId())
            && r.getCurrency().equals(currency)
            && new BigDecimal(r.getAmount()).compareTo(liability) == 0;
    if (!ok) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              OrderErrorReason.ORDER_ERROR_REASON_RESERVATION_MISMATCH)
          .message(
              "the reservation must be a PENDING reservation of this user and saga holding exactly"
                  + " the bet's liability")
          .putMetadata("reservationId", req.getReservationId())
          .putMetadata("expectedAmount", fmt(liability, currency))
          .putMetadata("reservedAmount", r.getAmount())
          .putMetadata("reservationStatus", r.getState().name())
          .asException();
    }
  }

  @Override
  public void confirmBet(ConfirmBetRequest req, StreamObserver<ConfirmBetResponse> out) {
    unary(
        out,
        () -> {
          requireRole("service");
          return write(
              OrderBookServiceGrpc.getConfirmBetMethod(),
              req.getSagaId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                BetRec b = bets.get(req.getBetId());
                if (b == null || !b.sagaId.equals(req.getSagaId())) {
                  throw betNotFound(req.getBetId());
                }
                if (b.state == BetState.BET_STATE_CANCELLED) {
                  throw error(
                          Status.Code.FAILED_PRECONDITION,
                          OrderErrorReason.ORDER_ERROR_REASON_BET_CANCELLED)
                      .message("the bet was cancelled by the saga's compensation")
                      .putMetadata("betId", b.id)
                      .asException();
                }
                if (b.state == BetState.BET_STATE_PENDING) {
                  confirm(b, req.getCommitTransactionId());
                }
                return ConfirmBetResponse.newBuilder().setBet(betProto(b)).build();
              });
        });
  }

  private void confirm(BetRec b, String commitTransactionId) {
    MarketRec m = b.market;
    b.commitTransactionId = commitTransactionId;
    b.updateTime = now();
    boolean lapse =
        (m.state != MarketState.MARKET_STATE_OPEN && m.state != MarketState.MARKET_STATE_SUSPENDED)
            || m.runner(b.selectionId).getStatus() != RunnerStatus.RUNNER_STATUS_ACTIVE
            || (b.marketVersion != 0 && m.version > b.marketVersion);
    if (lapse) {
      b.state = BetState.BET_STATE_EXECUTION_COMPLETE;
      betEvent(b, bet -> BetConfirmedEvent.newBuilder().setBet(bet), null);
      lapse(b, StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_AT_CONFIRMATION, "lapse-confirm");
      return;
    }
    b.state = BetState.BET_STATE_EXECUTABLE;
    b.bookSeq = ++bookSeq;
    if (m.inPlay && (m.betDelay.getSeconds() > 0 || m.betDelay.getNanos() > 0)) {
      b.delayedUntil = now().plusSeconds(m.betDelay.getSeconds()).plusNanos(m.betDelay.getNanos());
      b.confirmVersion = m.version;
      betEvent(b, bet -> BetConfirmedEvent.newBuilder().setBet(bet), null);
      dirtyMarkets.add(m);
      return;
    }
    betEvent(b, bet -> BetConfirmedEvent.newBuilder().setBet(bet), null);
    match(m, b.selectionId);
    dirtyMarkets.add(m);
  }

  @Override
  public void cancelBet(CancelBetRequest req, StreamObserver<CancelBetResponse> out) {
    unary(
        out,
        () -> {
          requireRole("service");
          return write(
              OrderBookServiceGrpc.getCancelBetMethod(),
              req.getSagaId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                BetRec b;
                if (!req.getBetId().isEmpty()) {
                  b = bets.get(req.getBetId());
                  if (b != null && !b.sagaId.equals(req.getSagaId())) {
                    throw betNotFound(req.getBetId());
                  }
                } else {
                  String id = betBySaga.get(req.getSagaId());
                  b = id == null ? null : bets.get(id);
                }
                CancelBetResponse.Builder r = CancelBetResponse.newBuilder();
                if (b == null) {
                  tombstones.add(req.getSagaId());
                  return r.setOutcome(CancelBetOutcome.CANCEL_BET_OUTCOME_NO_BET).build();
                }
                if (b.state == BetState.BET_STATE_CANCELLED) {
                  return r.setOutcome(CancelBetOutcome.CANCEL_BET_OUTCOME_ALREADY_CANCELLED)
                      .setBet(betProto(b))
                      .build();
                }
                if (b.state != BetState.BET_STATE_PENDING) {
                  throw error(
                          Status.Code.FAILED_PRECONDITION,
                          OrderErrorReason.ORDER_ERROR_REASON_BET_ALREADY_CONFIRMED)
                      .message("the bet is past PENDING; the saga is past its pivot")
                      .putMetadata("betId", b.id)
                      .putMetadata("state", b.state.name())
                      .asException();
                }
                b.state = BetState.BET_STATE_CANCELLED;
                b.cancelled = b.cancelled.add(b.remaining);
                b.remaining = zero(b.currency);
                b.updateTime = now();
                betEvent(
                    b,
                    bet -> BetCancelledEvent.newBuilder().setBet(bet).setReason(req.getReason()),
                    null);
                return r.setOutcome(CancelBetOutcome.CANCEL_BET_OUTCOME_CANCELLED)
                    .setBet(betProto(b))
                    .build();
              });
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Bettor's controls.

  @Override
  public void cancelBets(CancelBetsRequest req, StreamObserver<CancelBetsResponse> out) {
    unary(
        out,
        () -> {
          requireOwner(req.getUserId(), true);
          return write(
              OrderBookServiceGrpc.getCancelBetsMethod(),
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                if (defects.contains(Defect.VOID_FILLS_ON_CANCEL)) {
                  for (BetRec mine : bets.values()) {
                    if (mine.userId.equals(req.getUserId())) {
                      mine.fills.forEach(f -> voidFill(f));
                    }
                  }
                }
                String hex = instructionHash(req.getUserId(), req.getIdempotencyKey());
                CancelBetsResponse.Builder r = CancelBetsResponse.newBuilder();
                for (int i = 0; i < req.getInstructionsCount(); i++) {
                  r.addResults(
                      cancelOne(m, req.getUserId(), req.getInstructions(i), "c" + i + "-" + hex));
                }
                return r.build();
              });
        });
  }

  private CancelBetResult cancelOne(
      MarketRec m, String userId, CancelInstruction in, String instructionId) {
    CancelBetResult.Builder r =
        CancelBetResult.newBuilder()
            .setBetId(in.getBetId())
            .setInstructionId(instructionId)
            .setCurrency(m.currency)
            .setStakeCancelled(fmt(zero(m.currency), m.currency))
            .setRefundedAmount(fmt(zero(m.currency), m.currency));
    BetRec b = bets.get(in.getBetId());
    if (b == null
        || b.market != m
        || (!b.userId.equals(userId) && !defects.contains(Defect.CANCEL_ANY_USERS_BET))) {
      return r.setSuccess(false).setError(notInMarket(in.getBetId(), m)).build();
    }
    if (b.state != BetState.BET_STATE_EXECUTABLE || b.remaining.signum() == 0) {
      return r.setSuccess(false).setError(notExecutable(b)).setBet(betProto(b)).build();
    }
    BigDecimal reduction = b.remaining;
    boolean reduce = !in.getSizeReduction().isEmpty();
    if (reduce) {
      if (!in.getCurrency().equals(m.currency)) {
        return r.setSuccess(false)
            .setError(
                error(
                        Status.Code.INVALID_ARGUMENT,
                        OrderErrorReason.ORDER_ERROR_REASON_CURRENCY_MISMATCH)
                    .message("size_reduction must be in the market's currency " + m.currency)
                    .putMetadata("marketCurrency", m.currency)
                    .build())
            .setBet(betProto(b))
            .build();
      }
      reduction = Money.parsePositive(in.getSizeReduction(), m.currency).min(b.remaining);
    }
    b.remaining = b.remaining.subtract(reduction);
    b.cancelled = b.cancelled.add(reduction);
    b.updateTime = now();
    StakeReleaseReason why =
        reduce
            ? StakeReleaseReason.STAKE_RELEASE_REASON_REDUCED
            : StakeReleaseReason.STAKE_RELEASE_REASON_CANCELLED;
    BigDecimal refund = release(b, why, instructionId, reduction, "");
    dirtyMarkets.add(m);
    return r.setSuccess(true)
        .setStakeCancelled(fmt(reduction, m.currency))
        .setRefundedAmount(fmt(refund, m.currency))
        .setBet(betProto(b))
        .build();
  }

  @Override
  public void replaceBets(ReplaceBetsRequest req, StreamObserver<ReplaceBetsResponse> out) {
    unary(
        out,
        () -> {
          requireOwner(req.getUserId(), true);
          return write(
              OrderBookServiceGrpc.getReplaceBetsMethod(),
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                if (m.state != MarketState.MARKET_STATE_OPEN) {
                  throw marketNotOpen(m);
                }
                String hex = instructionHash(req.getUserId(), req.getIdempotencyKey());
                ReplaceBetsResponse.Builder r = ReplaceBetsResponse.newBuilder();
                for (int i = 0; i < req.getInstructionsCount(); i++) {
                  r.addResults(
                      replaceOne(m, req.getUserId(), req.getInstructions(i), "r" + i + "-" + hex));
                }
                return r.build();
              });
        });
  }

  private ReplaceBetResult replaceOne(
      MarketRec m, String userId, ReplaceInstruction in, String instructionId) {
    ReplaceBetResult.Builder r =
        ReplaceBetResult.newBuilder()
            .setBetId(in.getBetId())
            .setInstructionId(instructionId)
            .setCurrency(m.currency)
            .setRefundedAmount(fmt(zero(m.currency), m.currency));
    BetRec b = bets.get(in.getBetId());
    if (b == null || b.market != m || !b.userId.equals(userId)) {
      return r.setSuccess(false).setError(notInMarket(in.getBetId(), m)).build();
    }
    if (b.state != BetState.BET_STATE_EXECUTABLE || b.remaining.signum() == 0) {
      return r.setSuccess(false).setError(notExecutable(b)).setBet(betProto(b)).build();
    }
    if (!PriceLadder.isTick(in.getNewPrice())) {
      throw validation("instructions.new_price", "string.pattern", "must be a ladder tick");
    }
    BigDecimal newPrice = new BigDecimal(in.getNewPrice());
    BigDecimal refund = ZERO;
    if (b.side == BetSide.BET_SIDE_LAY) {
      BigDecimal required = needAt(b, newPrice);
      if (required.compareTo(b.held()) > 0) {
        return r.setSuccess(false)
            .setError(
                error(
                        Status.Code.INVALID_ARGUMENT,
                        OrderErrorReason.ORDER_ERROR_REASON_REPLACE_EXCEEDS_LIABILITY)
                    .message("the new price needs more liability than the bet holds")
                    .putMetadata("betId", b.id)
                    .putMetadata("heldAmount", fmt(b.held(), b.currency))
                    .putMetadata("requiredAmount", fmt(required, b.currency))
                    .build())
            .setBet(betProto(b))
            .build();
      }
    }
    b.price = newPrice;
    b.bookSeq = ++bookSeq;
    b.updateTime = now();
    if (b.side == BetSide.BET_SIDE_LAY && b.held().compareTo(b.need()) > 0) {
      refund =
          release(
              b,
              StakeReleaseReason.STAKE_RELEASE_REASON_REPLACED,
              instructionId,
              zero(b.currency),
              in.getNewPrice());
    } else {
      recordBetChange(b, null);
    }
    match(m, b.selectionId);
    dirtyMarkets.add(m);
    return r.setSuccess(true)
        .setRefundedAmount(fmt(refund, m.currency))
        .setBet(betProto(b))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Reads.

  @Override
  public void getBet(GetBetRequest req, StreamObserver<GetBetResponse> out) {
    unary(
        out,
        () ->
            read(
                () -> {
                  BetRec b = bets.get(req.getBetId());
                  if (b == null || !canRead(b.userId)) {
                    throw betNotFound(req.getBetId());
                  }
                  return GetBetResponse.newBuilder().setBet(betProto(b)).build();
                }));
  }

  @Override
  public void listBets(ListBetsRequest req, StreamObserver<ListBetsResponse> out) {
    unary(
        out,
        () -> {
          if (req.getUserId().isEmpty()) {
            requireRole("operator", "admin", "service");
          } else {
            requireOwner(req.getUserId(), false);
          }
          return read(
              () -> {
                Set<BetState> states = new HashSet<>(req.getStatesList());
                List<BetRec> all =
                    bets.values().stream()
                        .filter(b -> req.getUserId().isEmpty() || b.userId.equals(req.getUserId()))
                        .filter(
                            b ->
                                req.getMarketId().isEmpty()
                                    || b.market.id.equals(req.getMarketId()))
                        .filter(b -> states.isEmpty() || states.contains(b.state))
                        .filter(
                            b ->
                                !req.hasStartTime()
                                    || !b.createTime.isBefore(instant(req.getStartTime())))
                        .filter(
                            b ->
                                !req.hasEndTime()
                                    || b.createTime.isBefore(instant(req.getEndTime())))
                        .sorted(
                            Comparator.comparing((BetRec b) -> b.createTime)
                                .thenComparing(b -> b.id)
                                .reversed())
                        .toList();
                Page<BetRec> page =
                    page(
                        all,
                        b -> b.id,
                        req.toBuilder().clearPageSize().clearPageToken().build(),
                        req.getPageToken(),
                        req.getPageSize() == 0 ? 50 : req.getPageSize());
                ListBetsResponse.Builder r =
                    ListBetsResponse.newBuilder().setNextPageToken(page.next());
                page.items().forEach(b -> r.addBets(betProto(b)));
                return r.build();
              });
        });
  }

  @Override
  public void listBetFills(ListBetFillsRequest req, StreamObserver<ListBetFillsResponse> out) {
    unary(
        out,
        () ->
            read(
                () -> {
                  BetRec b = bets.get(req.getBetId());
                  if (b == null || !canRead(b.userId)) {
                    throw betNotFound(req.getBetId());
                  }
                  String viewer = isStaff() ? null : b.id;
                  List<FillRec> all =
                      b.fills.stream()
                          .sorted(
                              Comparator.comparing((FillRec f) -> f.createTime)
                                  .thenComparing(f -> f.id))
                          .toList();
                  Page<FillRec> page =
                      page(
                          all,
                          f -> f.id,
                          req.toBuilder().clearPageSize().clearPageToken().build(),
                          req.getPageToken(),
                          req.getPageSize() == 0 ? 100 : req.getPageSize());
                  ListBetFillsResponse.Builder r =
                      ListBetFillsResponse.newBuilder().setNextPageToken(page.next());
                  page.items().forEach(f -> r.addFills(fillProto(f, viewer)));
                  return r.build();
                }));
  }

  @Override
  public void getMarket(GetMarketRequest req, StreamObserver<GetMarketResponse> out) {
    unary(
        out,
        () ->
            read(
                () ->
                    GetMarketResponse.newBuilder()
                        .setMarket(marketProto(market(req.getMarketId())))
                        .build()));
  }

  @Override
  public void listMarkets(ListMarketsRequest req, StreamObserver<ListMarketsResponse> out) {
    unary(
        out,
        () ->
            read(
                () -> {
                  Set<MarketState> states = new HashSet<>(req.getStatesList());
                  List<MarketRec> all =
                      markets.values().stream()
                          .filter(
                              m ->
                                  req.getSport().isEmpty()
                                      || m.fixture.getSport().equals(req.getSport()))
                          .filter(
                              m ->
                                  req.getCompetitionId().isEmpty()
                                      || m.fixture
                                          .getCompetitionId()
                                          .equals(req.getCompetitionId()))
                          .filter(
                              m ->
                                  req.getFixtureId().isEmpty()
                                      || m.fixture.getFixtureId().equals(req.getFixtureId()))
                          .filter(
                              m ->
                                  req.getMarketType().isEmpty()
                                      || m.marketType.equals(req.getMarketType()))
                          .filter(m -> states.isEmpty() || states.contains(m.state))
                          .filter(m -> !req.hasInPlay() || m.inPlay == req.getInPlay())
                          .filter(
                              m ->
                                  !req.hasStartTime()
                                      || !startOf(m.fixture).isBefore(instant(req.getStartTime())))
                          .filter(
                              m ->
                                  !req.hasEndTime()
                                      || startOf(m.fixture).isBefore(instant(req.getEndTime())))
                          .sorted(
                              Comparator.comparing((MarketRec m) -> startOf(m.fixture))
                                  .thenComparing(m -> m.id))
                          .toList();
                  Page<MarketRec> page =
                      page(
                          all,
                          m -> m.id,
                          req.toBuilder().clearPageSize().clearPageToken().build(),
                          req.getPageToken(),
                          req.getPageSize() == 0 ? 50 : req.getPageSize());
                  ListMarketsResponse.Builder r =
                      ListMarketsResponse.newBuilder().setNextPageToken(page.next());
                  page.items().forEach(m -> r.addMarkets(marketProto(m)));
                  return r.build();
                }));
  }

  @Override
  public void listFixtures(ListFixturesRequest req, StreamObserver<ListFixturesResponse> out) {
    unary(
        out,
        () ->
            read(
                () -> {
                  List<Fixture> all =
                      fixtures.values().stream()
                          .filter(
                              f -> req.getSport().isEmpty() || f.getSport().equals(req.getSport()))
                          .filter(
                              f ->
                                  req.getCompetitionId().isEmpty()
                                      || f.getCompetitionId().equals(req.getCompetitionId()))
                          .filter(
                              f ->
                                  !req.hasStartTime()
                                      || !startOf(f).isBefore(instant(req.getStartTime())))
                          .filter(
                              f ->
                                  !req.hasEndTime()
                                      || startOf(f).isBefore(instant(req.getEndTime())))
                          .sorted(
                              Comparator.comparing(ReferenceOrderBookService::startOf)
                                  .thenComparing(Fixture::getFixtureId))
                          .toList();
                  Page<Fixture> page =
                      page(
                          all,
                          Fixture::getFixtureId,
                          req.toBuilder().clearPageSize().clearPageToken().build(),
                          req.getPageToken(),
                          req.getPageSize() == 0 ? 50 : req.getPageSize());
                  return ListFixturesResponse.newBuilder()
                      .addAllFixtures(page.items())
                      .setNextPageToken(page.next())
                      .build();
                }));
  }

  @Override
  public void getMarketBook(GetMarketBookRequest req, StreamObserver<GetMarketBookResponse> out) {
    unary(
        out,
        () ->
            read(
                () -> {
                  MarketRec m = market(req.getMarketId());
                  return GetMarketBookResponse.newBuilder()
                      .setMarket(marketProto(m))
                      .setBook(bookProto(m, req.getDepth() == 0 ? 3 : req.getDepth()))
                      .build();
                }));
  }

  @Override
  public void getSettlementJob(
      GetSettlementJobRequest req, StreamObserver<GetSettlementJobResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin", "service");
          return read(
              () -> {
                JobRec j = jobs.get(req.getSettlementJobId());
                if (j == null) {
                  throw error(
                          Status.Code.NOT_FOUND,
                          OrderErrorReason.ORDER_ERROR_REASON_SETTLEMENT_JOB_NOT_FOUND)
                      .message("no settlement job " + req.getSettlementJobId())
                      .putMetadata("settlementJobId", req.getSettlementJobId())
                      .asException();
                }
                return GetSettlementJobResponse.newBuilder().setJob(jobProto(j)).build();
              });
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Streams.

  @Override
  public void streamMarketChanges(
      StreamMarketChangesRequest req, StreamObserver<StreamMarketChangesResponse> out) {
    try {
      synchronized (lock) {
        tickLocked(false);
        flushDirtyMarkets();
        List<MarketRec> ms = new ArrayList<>();
        for (String id : req.getMarketIdsList()) {
          ms.add(market(id));
        }
        int depth = req.getDepth() == 0 ? 3 : req.getDepth();
        Set<String> ids = new HashSet<>(req.getMarketIdsList());
        Predicate<Change> filter = c -> c.market != null && ids.contains(c.market.getMarketId());
        Subscriber sub = new Subscriber('m', filter, out, depth, now());
        if (req.getCursor().isEmpty()) {
          for (MarketRec m : ms) {
            out.onNext(
                StreamMarketChangesResponse.newBuilder()
                    .setCursor(cursor('m', changeSeq))
                    .setMarket(marketProto(m))
                    .setBook(bookProto(m, depth))
                    .build());
          }
        } else {
          long after = parseCursor('m', req.getCursor());
          for (Change c : changes) {
            if (c.seq > after && filter.test(c)) {
              sub.send(c);
            }
          }
        }
        subscribe(sub, out);
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
    }
    drainOutbox();
  }

  @Override
  public void streamBetChanges(
      StreamBetChangesRequest req, StreamObserver<StreamBetChangesResponse> out) {
    try {
      requireOwner(req.getUserId(), false);
      synchronized (lock) {
        tickLocked(false);
        flushDirtyMarkets();
        Predicate<Change> filter =
            c ->
                c.bet != null
                    && c.bet.getUserId().equals(req.getUserId())
                    && (req.getMarketId().isEmpty()
                        || c.bet.getMarketId().equals(req.getMarketId()));
        Subscriber sub = new Subscriber('b', filter, out, 0, now());
        if (req.getCursor().isEmpty()) {
          for (BetRec b : bets.values()) {
            if (b.userId.equals(req.getUserId())
                && (req.getMarketId().isEmpty() || b.market.id.equals(req.getMarketId()))
                && !isSettledOrFinal(b.state)) {
              out.onNext(
                  StreamBetChangesResponse.newBuilder()
                      .setCursor(cursor('b', changeSeq))
                      .setBet(betProto(b))
                      .build());
            }
          }
        } else {
          long after = parseCursor('b', req.getCursor());
          for (Change c : changes) {
            if (c.seq > after && filter.test(c)) {
              sub.send(c);
            }
          }
        }
        subscribe(sub, out);
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
    }
    drainOutbox();
  }

  private static boolean isSettledOrFinal(BetState s) {
    return s == BetState.BET_STATE_SETTLED
        || s == BetState.BET_STATE_CANCELLED
        || s == BetState.BET_STATE_VOIDED;
  }

  private void subscribe(Subscriber sub, StreamObserver<?> out) {
    subscribers.add(sub);
    if (out instanceof ServerCallStreamObserver<?> server) {
      server.setOnCancelHandler(
          () -> {
            synchronized (lock) {
              subscribers.remove(sub);
            }
          });
    }
  }

  private long parseCursor(char kind, String cursor) {
    long seq;
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.length() < 3 || text.charAt(0) != kind || text.charAt(1) != ':') {
        throw new IllegalArgumentException("not a cursor of this stream");
      }
      seq = Long.parseLong(text.substring(2));
    } catch (IllegalArgumentException e) {
      throw cursorExpired(cursor);
    }
    long oldestRetained = changes.isEmpty() ? changeSeq + 1 : changes.get(0).seq;
    if (seq > changeSeq || seq < oldestRetained - 1) {
      throw cursorExpired(cursor);
    }
    return seq;
  }

  private static String cursor(char kind, long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + seq).getBytes(StandardCharsets.UTF_8));
  }

  private StatusRuntimeException cursorExpired(String cursor) {
    return error(Status.Code.OUT_OF_RANGE, OrderErrorReason.ORDER_ERROR_REASON_CURSOR_EXPIRED)
        .message("the cursor is older than the retained changes or belongs to another stream")
        .putMetadata("cursor", cursor.length() > 128 ? cursor.substring(0, 128) : cursor)
        .asException();
  }

  // ---------------------------------------------------------------------------------------------
  // Market lifecycle.

  @Override
  public void openMarket(OpenMarketRequest req, StreamObserver<OpenMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getOpenMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> OpenMarketResponse.newBuilder().setMarket(marketProto(open(req))).build());
        });
  }

  private MarketRec open(OpenMarketRequest req) {
    MarketRec m = markets.get(req.getMarketId());
    Instant now = now();
    if (m == null) {
      Money.scale(req.getCurrency());
      m = new MarketRec();
      m.id = req.getMarketId();
      m.fixture = req.getFixture();
      m.marketType = req.getMarketType();
      m.displayName = req.getDisplayName();
      m.currency = req.getCurrency();
      for (Runner r : req.getRunnersList()) {
        m.runners.put(
            r.getSelectionId(), r.toBuilder().setStatus(RunnerStatus.RUNNER_STATUS_ACTIVE).build());
        m.matched.put(r.getSelectionId(), zero(m.currency));
      }
      m.state = MarketState.MARKET_STATE_OPEN;
      m.betDelay = req.getBetDelay();
      m.version = 1;
      m.commissionBp = req.getCommissionRateBp();
      m.minStake = new BigDecimal(PriceLadder.minStake(m.currency));
      m.createTime = now;
      m.updateTime = now;
      markets.put(m.id, m);
      updateFixture(m.fixture);
      marketEvent(m);
      return m;
    }
    boolean sameDefinition =
        m.fixture.getFixtureId().equals(req.getFixture().getFixtureId())
            && m.marketType.equals(req.getMarketType())
            && m.currency.equals(req.getCurrency())
            && m.runners
                .keySet()
                .equals(
                    req.getRunnersList().stream()
                        .map(Runner::getSelectionId)
                        .collect(java.util.stream.Collectors.toSet()));
    if (!sameDefinition) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              OrderErrorReason.ORDER_ERROR_REASON_MARKET_DEFINITION_MISMATCH)
          .message("the market exists with another fixture, type, currency or runners")
          .putMetadata("marketId", m.id)
          .asException();
    }
    switch (m.state) {
      case MARKET_STATE_OPEN -> {
        return m;
      }
      case MARKET_STATE_SUSPENDED -> {
        m.state = MarketState.MARKET_STATE_OPEN;
        m.displayName = req.getDisplayName();
        updateFixture(req.getFixture());
        m.version++;
        m.updateTime = now;
        for (String selection : m.runners.keySet()) {
          match(m, selection);
        }
        marketEvent(m);
        return m;
      }
      default -> throw invalidTransition(m, MarketState.MARKET_STATE_OPEN);
    }
  }

  /** Creates or updates a fixture by id, in the catalogue and in every market of it. */
  private void updateFixture(Fixture fixture) {
    fixtures.put(fixture.getFixtureId(), fixture);
    for (MarketRec other : markets.values()) {
      if (other.fixture.getFixtureId().equals(fixture.getFixtureId())) {
        other.fixture = fixture;
      }
    }
  }

  @Override
  public void updateMarket(UpdateMarketRequest req, StreamObserver<UpdateMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getUpdateMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> UpdateMarketResponse.newBuilder().setMarket(marketProto(update(req))).build());
        });
  }

  private static final List<String> UPDATE_PATHS =
      List.of(
          "display_name", "in_play", "bet_delay", "fixture_start_time", "removed_selection_ids");

  private MarketRec update(UpdateMarketRequest req) {
    List<String> paths =
        req.hasUpdateMask() && req.getUpdateMask().getPathsCount() > 0
            ? req.getUpdateMask().getPathsList()
            : UPDATE_PATHS;
    for (String p : paths) {
      if (!UPDATE_PATHS.contains(p)) {
        throw error(
                Status.Code.INVALID_ARGUMENT,
                OrderErrorReason.ORDER_ERROR_REASON_UPDATE_PATH_NOT_ALLOWED)
            .message("update_mask path " + p + " cannot be updated")
            .putMetadata("path", p)
            .asException();
      }
    }
    MarketRec m = market(req.getMarketId());
    if (m.state != MarketState.MARKET_STATE_OPEN && m.state != MarketState.MARKET_STATE_SUSPENDED) {
      throw invalidTransition(m, m.state);
    }
    MarketUpdate u = req.getMarketUpdate();
    if (paths.contains("in_play") && !u.getInPlay() && m.inPlay) {
      throw invalidTransition(m, m.state);
    }
    List<String> removed =
        paths.contains("removed_selection_ids") ? u.getRemovedSelectionIdsList() : List.of();
    for (String id : removed) {
      m.runner(id);
    }
    boolean changed = false;
    if (paths.contains("display_name")
        && !u.getDisplayName().isEmpty()
        && !u.getDisplayName().equals(m.displayName)) {
      m.displayName = u.getDisplayName();
      changed = true;
    }
    if (paths.contains("bet_delay") && u.hasBetDelay() && !u.getBetDelay().equals(m.betDelay)) {
      m.betDelay = u.getBetDelay();
      changed = true;
    }
    if (paths.contains("fixture_start_time")
        && u.hasFixtureStartTime()
        && !u.getFixtureStartTime().equals(m.fixture.getStartTime())) {
      updateFixture(m.fixture.toBuilder().setStartTime(u.getFixtureStartTime()).build());
      changed = true;
    }
    boolean turnsInPlay = paths.contains("in_play") && u.getInPlay() && !m.inPlay;
    List<String> newlyRemoved = new ArrayList<>();
    for (String id : removed) {
      if (m.runner(id).getStatus() == RunnerStatus.RUNNER_STATUS_ACTIVE) {
        newlyRemoved.add(id);
      }
    }
    if (!changed && !turnsInPlay && newlyRemoved.isEmpty()) {
      return m;
    }
    m.version++;
    m.updateTime = now();
    String instruction = "lapse-v" + m.version;
    for (String id : newlyRemoved) {
      m.runners.put(
          id, m.runners.get(id).toBuilder().setStatus(RunnerStatus.RUNNER_STATUS_REMOVED).build());
    }
    if (turnsInPlay) {
      m.inPlay = true;
    }
    for (BetRec b : betsOf(m)) {
      if (newlyRemoved.contains(b.selectionId)) {
        if (b.state == BetState.BET_STATE_EXECUTABLE
            || b.state == BetState.BET_STATE_EXECUTION_COMPLETE) {
          for (FillRec f : b.fills) {
            voidFill(f);
          }
          b.lapsed = b.lapsed.add(b.remaining);
          BigDecimal stake = b.remaining;
          b.remaining = zero(b.currency);
          b.delayedUntil = null;
          release(
              b,
              StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_RUNNER_REMOVED,
              instruction,
              stake,
              "");
        }
      } else if (turnsInPlay
          && b.state == BetState.BET_STATE_EXECUTABLE
          && (b.persistence == PersistenceType.PERSISTENCE_TYPE_LAPSE
              || defects.contains(Defect.LAPSE_PERSIST_IN_PLAY))
          && b.remaining.signum() > 0) {
        lapse(b, StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_IN_PLAY, instruction);
      }
    }
    marketEvent(m);
    return m;
  }

  @Override
  public void suspendMarket(SuspendMarketRequest req, StreamObserver<SuspendMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getSuspendMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                switch (m.state) {
                  case MARKET_STATE_SUSPENDED -> {}
                  case MARKET_STATE_OPEN -> {
                    m.state = MarketState.MARKET_STATE_SUSPENDED;
                    m.version++;
                    m.updateTime = now();
                    if (req.getMaterial()) {
                      for (BetRec b : betsOf(m)) {
                        if (b.state == BetState.BET_STATE_EXECUTABLE
                            && b.persistence == PersistenceType.PERSISTENCE_TYPE_LAPSE
                            && b.remaining.signum() > 0) {
                          lapse(
                              b,
                              StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_SUSPENSION,
                              "lapse-v" + m.version);
                        }
                      }
                    }
                    marketEvent(m);
                  }
                  default -> throw invalidTransition(m, MarketState.MARKET_STATE_SUSPENDED);
                }
                return SuspendMarketResponse.newBuilder().setMarket(marketProto(m)).build();
              });
        });
  }

  @Override
  public void closeMarket(CloseMarketRequest req, StreamObserver<CloseMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getCloseMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                switch (m.state) {
                  case MARKET_STATE_CLOSED -> {}
                  case MARKET_STATE_OPEN, MARKET_STATE_SUSPENDED -> {
                    m.state = MarketState.MARKET_STATE_CLOSED;
                    m.version++;
                    m.updateTime = now();
                    lapseAll(m, StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_MARKET_CLOSED);
                    marketEvent(m);
                  }
                  default -> throw invalidTransition(m, MarketState.MARKET_STATE_CLOSED);
                }
                return CloseMarketResponse.newBuilder().setMarket(marketProto(m)).build();
              });
        });
  }

  private void lapseAll(MarketRec m, StakeReleaseReason reason) {
    for (BetRec b : betsOf(m)) {
      if (b.state == BetState.BET_STATE_EXECUTABLE && b.remaining.signum() > 0) {
        lapse(b, reason, "lapse-v" + m.version);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Settlement.

  @Override
  public void settleMarket(SettleMarketRequest req, StreamObserver<SettleMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getSettleMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                switch (m.state) {
                  case MARKET_STATE_OPEN, MARKET_STATE_SUSPENDED ->
                      throw error(
                              Status.Code.FAILED_PRECONDITION,
                              OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_CLOSED)
                          .message("SettleMarket needs a CLOSED market; close it first")
                          .putMetadata("marketId", m.id)
                          .putMetadata("state", m.state.name())
                          .asException();
                  case MARKET_STATE_SETTLED, MARKET_STATE_VOIDED ->
                      throw error(
                              Status.Code.FAILED_PRECONDITION,
                              OrderErrorReason.ORDER_ERROR_REASON_MARKET_ALREADY_SETTLED)
                          .message("the market already has a settlement")
                          .putMetadata("marketId", m.id)
                          .putMetadata("settlementVersion", Integer.toString(m.settlementVersion))
                          .asException();
                  default -> {}
                }
                Map<String, SelectionResultType> results = checkResults(m, req.getResultsList());
                return SettleMarketResponse.newBuilder()
                    .setJob(
                        startJob(
                            m,
                            SettlementKind.SETTLEMENT_KIND_SETTLE,
                            results,
                            "",
                            req.getResultsList()))
                    .build();
              });
        });
  }

  @Override
  public void resettleMarket(
      ResettleMarketRequest req, StreamObserver<ResettleMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getResettleMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                if (m.state != MarketState.MARKET_STATE_SETTLED) {
                  throw error(
                          Status.Code.FAILED_PRECONDITION,
                          OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_SETTLED)
                      .message("ResettleMarket needs a SETTLED market")
                      .putMetadata("marketId", m.id)
                      .putMetadata("state", m.state.name())
                      .asException();
                }
                requireNoRunningJob(m);
                Map<String, SelectionResultType> results = checkResults(m, req.getResultsList());
                return ResettleMarketResponse.newBuilder()
                    .setJob(
                        startJob(
                            m,
                            SettlementKind.SETTLEMENT_KIND_RESETTLE,
                            results,
                            req.getReason(),
                            req.getResultsList()))
                    .build();
              });
        });
  }

  @Override
  public void voidMarket(VoidMarketRequest req, StreamObserver<VoidMarketResponse> out) {
    unary(
        out,
        () -> {
          requireRole("operator", "admin");
          return write(
              OrderBookServiceGrpc.getVoidMarketMethod(),
              req.getMarketId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                MarketRec m = market(req.getMarketId());
                if (m.state == MarketState.MARKET_STATE_VOIDED) {
                  throw invalidTransition(m, MarketState.MARKET_STATE_VOIDED);
                }
                requireNoRunningJob(m);
                return VoidMarketResponse.newBuilder()
                    .setJob(
                        startJob(
                            m,
                            SettlementKind.SETTLEMENT_KIND_VOID,
                            Map.of(),
                            req.getReason(),
                            List.of()))
                    .build();
              });
        });
  }

  private void requireNoRunningJob(MarketRec m) {
    JobRec running = m.jobId == null ? null : jobs.get(m.jobId);
    if (running != null && !running.done) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              OrderErrorReason.ORDER_ERROR_REASON_SETTLEMENT_IN_PROGRESS)
          .message("a settlement job of the market is still RUNNING")
          .putMetadata("settlementJobId", running.id)
          .asException();
    }
  }

  private Map<String, SelectionResultType> checkResults(MarketRec m, List<SelectionResult> given) {
    Map<String, SelectionResultType> results = new LinkedHashMap<>();
    for (SelectionResult r : given) {
      if (!m.runners.containsKey(r.getSelectionId()) || results.containsKey(r.getSelectionId())) {
        throw resultsInvalid(m, r.getSelectionId());
      }
      results.put(r.getSelectionId(), r.getResult());
    }
    for (String id : m.runners.keySet()) {
      if (!results.containsKey(id)) {
        throw resultsInvalid(m, id);
      }
    }
    return results;
  }

  private StatusRuntimeException resultsInvalid(MarketRec m, String selectionId) {
    return error(
            Status.Code.INVALID_ARGUMENT,
            OrderErrorReason.ORDER_ERROR_REASON_SELECTION_RESULTS_INVALID)
        .message("the results must name every runner of the market exactly once")
        .putMetadata("marketId", m.id)
        .putMetadata("selectionId", selectionId)
        .asException();
  }

  private SettlementJob startJob(
      MarketRec m,
      SettlementKind kind,
      Map<String, SelectionResultType> results,
      String reason,
      List<SelectionResult> resultList) {
    Instant now = now();
    boolean wasSettled = m.settlementVersion > 0;
    JobRec j = new JobRec();
    j.id = ctx.ids().uuid();
    j.market = m;
    j.kind = kind;
    j.reason = reason;
    j.createTime = now;
    j.results = resultList;
    m.settlementVersion = m.settlementVersion + 1;
    j.version = m.settlementVersion;
    m.jobId = j.id;
    jobs.put(j.id, j);
    if (kind == SettlementKind.SETTLEMENT_KIND_VOID) {
      lapseAll(m, StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_MARKET_CLOSED);
      m.state = MarketState.MARKET_STATE_VOIDED;
      m.results.clear();
      for (BetRec b : betsOf(m)) {
        if (b.state == BetState.BET_STATE_EXECUTABLE
            || b.state == BetState.BET_STATE_EXECUTION_COMPLETE
            || b.state == BetState.BET_STATE_SETTLED) {
          j.bets.add(b);
        } else if (b.state == BetState.BET_STATE_PENDING
            && defects.contains(Defect.VOID_PENDING_BETS)) {
          b.state = BetState.BET_STATE_VOIDED;
        }
      }
    } else {
      m.state = MarketState.MARKET_STATE_SETTLED;
      m.results.clear();
      m.results.addAll(resultList);
      for (Map.Entry<String, SelectionResultType> e : results.entrySet()) {
        Runner r = m.runners.get(e.getKey());
        RunnerStatus status =
            r.getStatus() == RunnerStatus.RUNNER_STATUS_REMOVED
                ? RunnerStatus.RUNNER_STATUS_REMOVED
                : switch (e.getValue()) {
                  case SELECTION_RESULT_TYPE_WIN -> RunnerStatus.RUNNER_STATUS_WINNER;
                  case SELECTION_RESULT_TYPE_LOSE -> RunnerStatus.RUNNER_STATUS_LOSER;
                  case SELECTION_RESULT_TYPE_PUSH -> RunnerStatus.RUNNER_STATUS_PUSHED;
                  default -> RunnerStatus.RUNNER_STATUS_REMOVED;
                };
        m.runners.put(e.getKey(), r.toBuilder().setStatus(status).build());
      }
      for (BetRec b : betsOf(m)) {
        if (kind == SettlementKind.SETTLEMENT_KIND_SETTLE
            ? b.state == BetState.BET_STATE_EXECUTION_COMPLETE && b.matched().signum() > 0
            : b.state == BetState.BET_STATE_SETTLED) {
          j.bets.add(b);
        }
      }
    }
    m.version++;
    m.updateTime = now;
    marketEvent(m);
    SettlementJob started = jobProto(j);
    // The job's batches run right after the job is recorded; the response shows it as it started.
    runJob(j, results, wasSettled);
    return started;
  }

  private void runJob(JobRec j, Map<String, SelectionResultType> results, boolean wasSettled) {
    MarketRec m = j.market;
    int batch = Math.max(1, Math.min(500, config.settlementBatchSize()));
    for (int from = 0; from < j.bets.size(); from += batch) {
      for (BetRec b : j.bets.subList(from, Math.min(j.bets.size(), from + batch))) {
        settleBet(j, b, results, wasSettled);
        j.settled++;
      }
    }
    // Commission per user of the market, after the user's payouts.
    Map<String, List<BetRec>> byUser = new LinkedHashMap<>();
    for (BetRec b : betsOf(m)) {
      if (b.settlement != null) {
        byUser.computeIfAbsent(b.userId, u -> new ArrayList<>()).add(b);
      }
    }
    for (Map.Entry<String, List<BetRec>> e : byUser.entrySet()) {
      chargeCommission(j, e.getKey(), e.getValue());
    }
    j.commissionComputed = true;
    attemptBookings();
    completeJobs();
  }

  private void settleBet(
      JobRec j, BetRec b, Map<String, SelectionResultType> results, boolean wasSettled) {
    MarketRec m = j.market;
    String ccy = b.currency;
    BetSettlement previous = b.settlement == null ? null : b.settlement.build();
    SelectionResultType result;
    if (j.kind == SettlementKind.SETTLEMENT_KIND_VOID) {
      result = SelectionResultType.SELECTION_RESULT_TYPE_VOID;
    } else if (m.runners.get(b.selectionId).getStatus() == RunnerStatus.RUNNER_STATUS_REMOVED) {
      result = SelectionResultType.SELECTION_RESULT_TYPE_VOID;
    } else {
      result = results.get(b.selectionId);
    }
    if (result == SelectionResultType.SELECTION_RESULT_TYPE_VOID) {
      for (FillRec f : b.fills) {
        voidFill(f);
      }
    }
    BigDecimal held = b.held();
    BigDecimal payout = payout(b, result, held);
    BigDecimal profit = payout.subtract(held);
    BetSettlement.Builder s =
        BetSettlement.newBuilder()
            .setBetId(b.id)
            .setUserId(b.userId)
            .setMarketId(m.id)
            .setSelectionId(b.selectionId)
            .setSide(b.side)
            .setResult(result)
            .setStakeMatched(fmt(b.matched(), ccy))
            .setLiability(fmt(held, ccy))
            .setPayout(fmt(payout, ccy))
            .setProfit(Money.formatSigned(profit, ccy))
            .setCurrency(ccy)
            .setSettlementVersion(j.version)
            .setSettleTime(ts(now()));
    boolean won =
        (b.side == BetSide.BET_SIDE_BACK && result == SelectionResultType.SELECTION_RESULT_TYPE_WIN)
            || (b.side == BetSide.BET_SIDE_LAY
                && result == SelectionResultType.SELECTION_RESULT_TYPE_LOSE);
    if (previous == null) {
      // First settlement of this bet (SETTLE, or VOID of a never-settled market).
      s.setPayoutAdjustment(Money.formatSigned(zero(ccy), ccy));
      if (payout.signum() > 0) {
        String key = "settlement:" + b.id;
        s.setBookingStatus(BookingStatus.BOOKING_STATUS_PENDING).setBookingIdempotencyKey(key);
        CreditBalanceRequest credit =
            CreditBalanceRequest.newBuilder()
                .setUserId(b.userId)
                .setAmount(fmt(payout, ccy))
                .setCurrency(ccy)
                .setReason(
                    won
                        ? CreditReason.CREDIT_REASON_BET_WIN
                        : CreditReason.CREDIT_REASON_BET_REFUND)
                .setBetId(b.id)
                .setIdempotencyKey(key)
                .setDescription("settlement of bet " + b.id)
                .build();
        Booking booking =
            booking(
                "settlement", b.userId, b.id, m.id, key, fmt(payout, ccy), ccy, "CREDIT", credit);
        booking.onBooked =
            tx -> {
              b.settlement
                  .setBookingStatus(BookingStatus.BOOKING_STATUS_BOOKED)
                  .setWalletTransactionId(tx);
              recordBetChange(b, null);
            };
        j.bookings.add(booking);
        if (defects.contains(Defect.SETTLE_TWICE)) {
          String again = "settlement:" + b.id + ":again";
          CreditBalanceRequest twice =
              credit.toBuilder()
                  .setIdempotencyKey(again)
                  .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                  .build();
          j.bookings.add(
              booking(
                  "settlement",
                  b.userId,
                  b.id,
                  m.id,
                  again,
                  fmt(payout, ccy),
                  ccy,
                  "CREDIT",
                  twice));
        }
      } else {
        s.setBookingStatus(BookingStatus.BOOKING_STATUS_NOT_DUE);
      }
    } else {
      BigDecimal adjustment = payout.subtract(new BigDecimal(previous.getPayout()));
      s.setPayoutAdjustment(Money.formatSigned(adjustment, ccy));
      if (adjustment.signum() != 0 && !defects.contains(Defect.RESETTLE_WITHOUT_ADJUSTMENT)) {
        String key = "resettle:" + b.id + ":" + j.version;
        s.setBookingStatus(BookingStatus.BOOKING_STATUS_PENDING).setBookingIdempotencyKey(key);
        String direction = adjustment.signum() > 0 ? "CREDIT" : "DEBIT";
        AdjustSettlementRequest adjust =
            AdjustSettlementRequest.newBuilder()
                .setUserId(b.userId)
                .setBetId(b.id)
                .setMarketId(m.id)
                .setSettlementVersion(j.version)
                .setDirection(
                    adjustment.signum() > 0
                        ? AdjustmentDirection.ADJUSTMENT_DIRECTION_CREDIT
                        : AdjustmentDirection.ADJUSTMENT_DIRECTION_DEBIT)
                .setAmount(fmt(adjustment.abs(), ccy))
                .setCurrency(ccy)
                .setIdempotencyKey(key)
                .setDescription(
                    (j.kind == SettlementKind.SETTLEMENT_KIND_VOID
                            ? "market voided: "
                            : "market resettled: ")
                        + j.reason)
                .build();
        Booking booking =
            booking(
                "adjustment",
                b.userId,
                b.id,
                m.id,
                key,
                fmt(adjustment.abs(), ccy),
                ccy,
                direction,
                adjust);
        booking.onBooked =
            tx -> {
              b.settlement
                  .setBookingStatus(BookingStatus.BOOKING_STATUS_BOOKED)
                  .setWalletTransactionId(tx);
              recordBetChange(b, null);
            };
        j.bookings.add(booking);
      } else {
        s.setBookingStatus(BookingStatus.BOOKING_STATUS_NOT_DUE);
      }
    }
    b.settlement = s;
    b.state =
        j.kind == SettlementKind.SETTLEMENT_KIND_VOID
            ? BetState.BET_STATE_VOIDED
            : BetState.BET_STATE_SETTLED;
    b.updateTime = now();
    j.totalPayout = j.totalPayout.add(payout);
    BetSettlement settlement = s.build();
    if (previous == null && j.kind != SettlementKind.SETTLEMENT_KIND_VOID) {
      betEvent(b, bet -> BetSettledEvent.newBuilder().setSettlement(settlement).setBet(bet), null);
    } else {
      betEvent(
          b,
          bet -> {
            BetResettledEvent.Builder e =
                BetResettledEvent.newBuilder().setSettlement(settlement).setBet(bet);
            if (previous != null) {
              e.setPreviousSettlement(previous);
            }
            return e;
          },
          null);
    }
  }

  private BigDecimal payout(BetRec b, SelectionResultType result, BigDecimal held) {
    String ccy = b.currency;
    if (held.signum() == 0) {
      return zero(ccy);
    }
    if (result == SelectionResultType.SELECTION_RESULT_TYPE_PUSH
        || result == SelectionResultType.SELECTION_RESULT_TYPE_VOID) {
      return held;
    }
    List<com.tam.protos.money.Fill> matched = new ArrayList<>();
    for (FillRec f : b.fills) {
      if (f.state == FillState.FILL_STATE_MATCHED) {
        matched.add(new com.tam.protos.money.Fill(f.stake, f.price));
      }
    }
    if (matched.isEmpty()) {
      return held;
    }
    BetOutcome outcome =
        result == SelectionResultType.SELECTION_RESULT_TYPE_WIN ? BetOutcome.WIN : BetOutcome.LOSE;
    com.tam.protos.money.BetSide side =
        b.side == BetSide.BET_SIDE_BACK
            ? com.tam.protos.money.BetSide.BACK
            : com.tam.protos.money.BetSide.LAY;
    BigDecimal unmatched =
        b.side == BetSide.BET_SIDE_BACK ? held.subtract(b.matched()).max(ZERO) : ZERO;
    return Payouts.settle(new SettledBet(side, outcome, held, unmatched, matched), ccy);
  }

  private void chargeCommission(JobRec j, String userId, List<BetRec> userBets) {
    MarketRec m = j.market;
    String ccy = m.currency;
    BigDecimal net = zero(ccy);
    for (BetRec b : userBets) {
      net = net.add(new BigDecimal(b.settlement.getProfit()));
    }
    BigDecimal due =
        j.kind == SettlementKind.SETTLEMENT_KIND_VOID
            ? zero(ccy)
            : Commission.commission(net, m.commissionBp, ccy);
    String aggregate = m.id + ":" + userId;
    CommissionRec rec = commissions.computeIfAbsent(aggregate, k -> new CommissionRec());
    BigDecimal previous =
        rec.charges.isEmpty()
            ? zero(ccy)
            : new BigDecimal(rec.charges.get(rec.charges.size() - 1).getCommissionAmount());
    BigDecimal booked = due.subtract(previous);
    String key =
        j.version == 1
            ? Commission.idempotencyKey(m.id, userId)
            : Commission.resettlementKey(m.id, userId, j.version);
    CommissionCharge.Builder c =
        CommissionCharge.newBuilder()
            .setMarketId(m.id)
            .setUserId(userId)
            .setCurrency(ccy)
            .setNetProfit(Money.formatSigned(net, ccy))
            .setCommissionRateBp(m.commissionBp)
            .setCommissionAmount(fmt(due, ccy))
            .setBookedAmount(Money.formatSigned(booked, ccy))
            .setSettlementVersion(j.version)
            .setCreateTime(ts(now()));
    if (booked.signum() == 0) {
      c.setBookingStatus(BookingStatus.BOOKING_STATUS_NOT_DUE);
    } else {
      c.setBookingStatus(BookingStatus.BOOKING_STATUS_PENDING).setBookingIdempotencyKey(key);
      Message request;
      if (booked.signum() > 0) {
        request =
            ChargeCommissionRequest.newBuilder()
                .setUserId(userId)
                .setMarketId(m.id)
                .setAmount(fmt(booked, ccy))
                .setCurrency(ccy)
                .setSettlementVersion(j.version)
                .setNetWinnings(fmt(net, ccy))
                .setRateBp(m.commissionBp)
                .setIdempotencyKey(key)
                .build();
      } else {
        // A negative difference is given back as a credit (order.v1 CommissionCharge and wallet.v1
        // ChargeCommission).
        request =
            CreditBalanceRequest.newBuilder()
                .setUserId(userId)
                .setAmount(fmt(booked.abs(), ccy))
                .setCurrency(ccy)
                .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                .setIdempotencyKey(key)
                .setDescription("commission corrected on market " + m.id + " v" + j.version)
                .build();
      }
      Booking booking =
          booking(
              "commission",
              userId,
              "",
              m.id,
              key,
              fmt(booked.abs(), ccy),
              ccy,
              booked.signum() > 0 ? "DEBIT" : "CREDIT",
              request);
      for (BetRec b : userBets) {
        for (Booking other : j.bookings) {
          if (other.betId.equals(b.id)) {
            booking.dependsOn.add(other);
          }
        }
      }
      int index = rec.charges.size();
      booking.onBooked =
          tx ->
              rec.charges.set(
                  index,
                  rec.charges.get(index).toBuilder()
                      .setBookingStatus(BookingStatus.BOOKING_STATUS_BOOKED)
                      .setWalletTransactionId(tx)
                      .build());
      j.bookings.add(booking);
    }
    CommissionCharge charge = c.build();
    rec.charges.add(charge);
    j.totalCommission = j.totalCommission.add(due);
    rec.sequence++;
    long seq = rec.sequence;
    publish(
        CommissionChargedEvent.newBuilder()
            .setMetadata(meta(aggregate, seq, ""))
            .setCharge(charge)
            .build());
  }

  private void completeJobs() {
    for (JobRec j : jobs.values()) {
      if (j.done || !j.commissionComputed || j.settled < j.bets.size()) {
        continue;
      }
      boolean allBooked =
          j.bookings.stream().allMatch(b -> b.status == BookingStatus.BOOKING_STATUS_BOOKED);
      if (allBooked) {
        j.done = true;
        j.completeTime = now();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The matching engine.

  /** Matches the crossing stake of one runner with price-time priority; returns the new fills. */
  private List<FillRec> match(MarketRec m, String selectionId) {
    List<FillRec> made = new ArrayList<>();
    if (m.state != MarketState.MARKET_STATE_OPEN
        || m.runner(selectionId).getStatus() != RunnerStatus.RUNNER_STATUS_ACTIVE) {
      return made;
    }
    while (true) {
      BetRec back = null;
      BetRec lay = null;
      for (BetRec b : betsOf(m)) {
        if (!b.selectionId.equals(selectionId) || !b.resting()) {
          continue;
        }
        if (b.side == BetSide.BET_SIDE_BACK) {
          if (back == null
              || b.price.compareTo(back.price) < 0
              || (b.price.compareTo(back.price) == 0 && b.bookSeq < back.bookSeq)) {
            back = b;
          }
        } else if (lay == null
            || b.price.compareTo(lay.price) > 0
            || (b.price.compareTo(lay.price) == 0 && b.bookSeq < lay.bookSeq)) {
          lay = b;
        }
      }
      if (back == null || lay == null) {
        return made;
      }
      boolean crosses = lay.price.compareTo(back.price) >= 0;
      if (!crosses && !defects.contains(Defect.MATCH_THROUGH_LIMIT)) {
        return made;
      }
      BetRec resting = back.bookSeq < lay.bookSeq ? back : lay;
      BigDecimal stake = back.remaining.min(lay.remaining);
      FillRec f = new FillRec();
      f.id = ctx.ids().uuid();
      f.market = m;
      f.selectionId = selectionId;
      f.price = resting.price;
      f.stake = stake;
      f.back = back;
      f.lay = lay;
      f.state = FillState.FILL_STATE_MATCHED;
      f.createTime = now();
      f.createSeq = ++bookSeq;
      fills.put(f.id, f);
      for (BetRec b : List.of(back, lay)) {
        b.remaining = b.remaining.subtract(stake);
        b.fills.add(f);
        b.updateTime = f.createTime;
        if (b.remaining.signum() == 0) {
          b.state = BetState.BET_STATE_EXECUTION_COMPLETE;
        }
      }
      m.matched.put(selectionId, m.matched.get(selectionId).add(stake));
      m.lastPrice.put(selectionId, f.price);
      f.sequence = 1;
      publish(
          FillCreatedEvent.newBuilder()
              .setMetadata(meta(f.id, 1, ""))
              .setFill(fillProto(f, null))
              .setBackUserId(back.userId)
              .setLayUserId(lay.userId)
              .build());
      recordBetChange(back, f);
      recordBetChange(lay, f);
      dirtyMarkets.add(m);
      made.add(f);
    }
  }

  private void voidFill(FillRec f) {
    if (f.state == FillState.FILL_STATE_VOIDED) {
      return;
    }
    f.state = FillState.FILL_STATE_VOIDED;
    f.voidTime = now();
    f.sequence = 2;
    MarketRec m = f.market;
    m.matched.put(f.selectionId, m.matched.get(f.selectionId).subtract(f.stake));
    publish(
        FillVoidedEvent.newBuilder()
            .setMetadata(meta(f.id, 2, ""))
            .setFill(fillProto(f, null))
            .setBackUserId(f.back.userId)
            .setLayUserId(f.lay.userId)
            .build());
    recordBetChange(f.back, f);
    recordBetChange(f.lay, f);
    dirtyMarkets.add(m);
  }

  // ---------------------------------------------------------------------------------------------
  // Releasing stake and refunds.

  private void lapse(BetRec b, StakeReleaseReason reason, String instructionId) {
    BigDecimal stake = b.remaining;
    b.lapsed = b.lapsed.add(stake);
    b.remaining = zero(b.currency);
    b.delayedUntil = null;
    b.updateTime = now();
    release(b, reason, instructionId, stake, "");
    dirtyMarkets.add(b.market);
  }

  /**
   * Refunds what the bet holds beyond what it still needs ("refund:<bet_id>:<instruction_id>") and
   * publishes BetStakeReleasedEvent.
   */
  private BigDecimal release(
      BetRec b,
      StakeReleaseReason reason,
      String instructionId,
      BigDecimal stakeReleased,
      String newPrice) {
    BigDecimal refund = b.held().subtract(b.need()).max(zero(b.currency));
    boolean userCancel =
        reason == StakeReleaseReason.STAKE_RELEASE_REASON_CANCELLED
            || reason == StakeReleaseReason.STAKE_RELEASE_REASON_REDUCED;
    boolean lostRefund = userCancel && defects.contains(Defect.NO_REFUND_ON_CANCEL);
    String key = "refund:" + b.id + ":" + instructionId;
    if (refund.signum() > 0) {
      b.refunded = b.refunded.add(refund);
    }
    if (refund.signum() > 0 && !lostRefund) {
      booking(
          "refund",
          b.userId,
          b.id,
          b.market.id,
          key,
          fmt(refund, b.currency),
          b.currency,
          "CREDIT",
          CreditBalanceRequest.newBuilder()
              .setUserId(b.userId)
              .setAmount(fmt(refund, b.currency))
              .setCurrency(b.currency)
              .setReason(CreditReason.CREDIT_REASON_BET_REFUND)
              .setBetId(b.id)
              .setIdempotencyKey(key)
              .setDescription(reason.name() + " " + instructionId)
              .build());
    }
    if (b.state == BetState.BET_STATE_EXECUTABLE && b.remaining.signum() == 0) {
      b.state = BetState.BET_STATE_EXECUTION_COMPLETE;
    }
    BigDecimal refunded = refund;
    betEvent(
        b,
        bet -> {
          BetStakeReleasedEvent.Builder e =
              BetStakeReleasedEvent.newBuilder()
                  .setBet(bet)
                  .setReason(reason)
                  .setInstructionId(instructionId)
                  .setStakeReleased(fmt(stakeReleased, b.currency))
                  .setRefundedAmount(fmt(refunded, b.currency))
                  .setRefundIdempotencyKey(key)
                  .setCurrency(b.currency);
          if (!newPrice.isEmpty()) {
            e.setNewPrice(newPrice);
          }
          return e;
        },
        null);
    return refund;
  }

  private BigDecimal needAt(BetRec b, BigDecimal price) {
    BigDecimal exposure = ZERO;
    for (FillRec f : b.fills) {
      if (f.state == FillState.FILL_STATE_MATCHED) {
        exposure = exposure.add(f.stake.multiply(f.price.subtract(BigDecimal.ONE)));
      }
    }
    return exposure
        .add(b.remaining.multiply(price.subtract(BigDecimal.ONE)))
        .setScale(Money.scale(b.currency), RoundingMode.UP);
  }

  // ---------------------------------------------------------------------------------------------
  // Wallet bookings.

  private Booking booking(
      String kind,
      String userId,
      String betId,
      String marketId,
      String key,
      String amount,
      String currency,
      String direction,
      Message request) {
    Booking b = new Booking();
    b.kind = kind;
    b.userId = userId;
    b.betId = betId;
    b.marketId = marketId;
    b.key = key;
    b.amount = amount;
    b.currency = currency;
    b.direction = direction;
    b.request = request;
    bookings.add(b);
    if (kind.equals("refund")) {
      attempt(b);
    }
    return b;
  }

  private void attemptBookings() {
    for (Booking b : bookings) {
      if (b.status == BookingStatus.BOOKING_STATUS_PENDING && !b.abandoned) {
        boolean ready =
            b.dependsOn.stream().allMatch(d -> d.status == BookingStatus.BOOKING_STATUS_BOOKED);
        if (ready) {
          attempt(b);
        }
      }
    }
  }

  private void attempt(Booking b) {
    try {
      String tx;
      if (b.request instanceof CreditBalanceRequest r) {
        tx = wallet().creditBalance(r).getTransaction().getTransactionId();
      } else if (b.request instanceof ChargeCommissionRequest r) {
        tx = wallet().chargeCommission(r).getTransaction().getTransactionId();
      } else {
        tx =
            wallet()
                .adjustSettlement((AdjustSettlementRequest) b.request)
                .getTransaction()
                .getTransactionId();
      }
      b.status = BookingStatus.BOOKING_STATUS_BOOKED;
      b.stalled = false;
      b.transactionId = tx;
      if (b.onBooked != null) {
        b.onBooked.accept(tx);
      }
    } catch (StatusRuntimeException e) {
      if (!TRANSIENT.contains(e.getStatus().getCode())) {
        b.stalled = true;
        if (e.getStatus().getCode() == Status.Code.ALREADY_EXISTS
            || e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
          // Already paid under another entry (or a request the wallet can never accept): the
          // job stops for this booking and operators are alerted; never retried with a new key.
          b.abandoned = true;
        }
      }
    }
  }

  private WalletServiceGrpc.WalletServiceBlockingStub wallet() {
    return WalletServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  // ---------------------------------------------------------------------------------------------
  // Time-driven work: in-play delays, the reconciler, retention, pending bookings.

  private void tickLocked(boolean force) {
    Instant now = now();
    for (BetRec b : new ArrayList<>(bets.values())) {
      if (b.delayedUntil != null && !b.delayedUntil.isAfter(now)) {
        b.delayedUntil = null;
        MarketRec m = b.market;
        if (b.state != BetState.BET_STATE_EXECUTABLE || b.remaining.signum() == 0) {
          continue;
        }
        boolean lapse =
            (m.state != MarketState.MARKET_STATE_OPEN
                    && m.state != MarketState.MARKET_STATE_SUSPENDED)
                || m.runner(b.selectionId).getStatus() != RunnerStatus.RUNNER_STATUS_ACTIVE
                || m.version > b.confirmVersion;
        if (lapse) {
          lapse(b, StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_AT_CONFIRMATION, "lapse-confirm");
        } else {
          match(m, b.selectionId);
          dirtyMarkets.add(m);
        }
      }
    }
    if (force || !now.isBefore(lastReconcile.plusSeconds(60))) {
      lastReconcile = now;
      reconcile(now);
    }
    Instant horizon = now.minus(config.cursorRetention());
    int drop = 0;
    while (drop < changes.size() && changes.get(drop).time.isBefore(horizon)) {
      drop++;
    }
    if (drop > 0) {
      changes.subList(0, drop).clear();
    }
    if (bookings.stream()
        .anyMatch(b -> b.status == BookingStatus.BOOKING_STATUS_PENDING && !b.abandoned)) {
      attemptBookings();
      completeJobs();
    }
    for (Subscriber s : new ArrayList<>(subscribers)) {
      if (!now.isBefore(s.start.plus(config.streamLifetime()))) {
        subscribers.remove(s);
        try {
          s.out.onCompleted();
        } catch (RuntimeException ignored) {
          // the client went away
        }
      }
    }
  }

  private void reconcile(Instant now) {
    for (BetRec b : new ArrayList<>(bets.values())) {
      if (b.state != BetState.BET_STATE_PENDING
          || b.createTime.plus(config.reconcileAfter()).isAfter(now)) {
        continue;
      }
      Reservation r;
      try {
        r =
            wallet()
                .getReservation(
                    GetReservationRequest.newBuilder().setReservationId(b.reservationId).build())
                .getReservation();
      } catch (StatusRuntimeException e) {
        continue;
      }
      switch (r.getState()) {
        case RESERVATION_STATE_COMMITTED -> confirm(b, "");
        case RESERVATION_STATE_CANCELLED, RESERVATION_STATE_EXPIRED -> {
          b.state = BetState.BET_STATE_CANCELLED;
          b.cancelled = b.cancelled.add(b.remaining);
          b.remaining = zero(b.currency);
          b.updateTime = now;
          betEvent(
              b,
              bet -> BetCancelledEvent.newBuilder().setBet(bet).setReason("reservation released"),
              null);
        }
        default -> {}
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Events, change log and streams.

  private void betEvent(BetRec b, Function<Bet, Message.Builder> build, FillRec fill) {
    long step = defects.contains(Defect.BET_EVENT_SEQUENCE_GAP) && b.eventSeq > 0 ? 2 : 1;
    b.eventSeq += step;
    Bet bet = betProto(b);
    Message.Builder e = build.apply(bet);
    e.setField(
        e.getDescriptorForType().findFieldByName("metadata"), meta(b.id, b.eventSeq, b.sagaId));
    publish(e.build());
    recordBetChange(b, fill);
  }

  private EventMetadata meta(String aggregateId, long version, String sagaId) {
    return EventMetadata.newBuilder()
        .setEventId(ctx.ids().uuid())
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .setSagaId(sagaId)
        .build();
  }

  private void marketEvent(MarketRec m) {
    publish(
        MarketUpdatedEvent.newBuilder()
            .setMetadata(meta(m.id, m.version, ""))
            .setMarket(marketProto(m))
            .build());
    dirtyMarkets.add(m);
  }

  private void publish(Message event) {
    EventType type =
        EventRegistry.type(event.getDescriptorForType(), event.getDefaultInstanceForType());
    outbox.add(Envelopes.prepare(type, event, now()));
  }

  private void drainOutbox() {
    while (!outbox.isEmpty() && publishLock.tryLock()) {
      try {
        Message e;
        while ((e = outbox.poll()) != null) {
          ctx.events().publish(e);
        }
      } finally {
        publishLock.unlock();
      }
    }
  }

  private void recordBetChange(BetRec b, FillRec fill) {
    Change c = new Change();
    c.seq = ++changeSeq;
    c.time = now();
    c.bet = betProto(b);
    c.fill = fill == null ? null : fillProto(fill, b.id);
    appendChange(c);
    dirtyMarkets.add(b.market);
  }

  private void flushDirtyMarkets() {
    for (MarketRec m : dirtyMarkets) {
      Change c = new Change();
      c.seq = ++changeSeq;
      c.time = now();
      c.market = marketProto(m);
      c.book = bookProto(m, 10);
      appendChange(c);
    }
    dirtyMarkets.clear();
  }

  private void appendChange(Change c) {
    changes.add(c);
    for (Subscriber s : new ArrayList<>(subscribers)) {
      if (s.filter.test(c)) {
        try {
          s.send(c);
        } catch (RuntimeException e) {
          subscribers.remove(s);
        }
      }
    }
  }

  private final class Subscriber {
    final char kind;
    final Predicate<Change> filter;
    final StreamObserver<?> out;
    final int depth;
    final Instant start;

    Subscriber(
        char kind, Predicate<Change> filter, StreamObserver<?> out, int depth, Instant start) {
      this.kind = kind;
      this.filter = filter;
      this.out = out;
      this.depth = depth;
      this.start = start;
    }

    @SuppressWarnings("unchecked")
    void send(Change c) {
      if (kind == 'm') {
        MarketBook.Builder book = c.book.toBuilder().clearRunnerBooks();
        for (RunnerBook rb : c.book.getRunnerBooksList()) {
          book.addRunnerBooks(
              rb.toBuilder()
                  .clearBackLevels()
                  .addAllBackLevels(
                      rb.getBackLevelsList().subList(0, Math.min(depth, rb.getBackLevelsCount())))
                  .clearLayLevels()
                  .addAllLayLevels(
                      rb.getLayLevelsList().subList(0, Math.min(depth, rb.getLayLevelsCount()))));
        }
        ((StreamObserver<StreamMarketChangesResponse>) out)
            .onNext(
                StreamMarketChangesResponse.newBuilder()
                    .setCursor(cursor('m', c.seq))
                    .setMarket(c.market)
                    .setBook(book)
                    .build());
      } else {
        StreamBetChangesResponse.Builder r =
            StreamBetChangesResponse.newBuilder().setCursor(cursor('b', c.seq)).setBet(c.bet);
        if (c.fill != null) {
          r.setFill(c.fill);
        }
        ((StreamObserver<StreamBetChangesResponse>) out).onNext(r.build());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Views.

  private Bet betProto(BetRec b) {
    String ccy = b.currency;
    BigDecimal matched = b.matched();
    Bet.Builder p =
        Bet.newBuilder()
            .setBetId(b.id)
            .setOrderId(b.orderId)
            .setSagaId(b.sagaId)
            .setUserId(b.userId)
            .setMarketId(b.market.id)
            .setSelectionId(b.selectionId)
            .setSide(b.side)
            .setPrice(b.price.setScale(2, RoundingMode.UNNECESSARY).toPlainString())
            .setStake(fmt(b.stake, ccy))
            .setCurrency(ccy)
            .setPersistenceType(b.persistence)
            .setState(b.state)
            .setStakeMatched(fmt(matched, ccy))
            .setStakeRemaining(fmt(b.remaining, ccy))
            .setStakeCancelled(fmt(b.cancelled, ccy))
            .setStakeLapsed(fmt(b.lapsed, ccy))
            .setStakeVoided(fmt(b.voided(), ccy))
            .setFillCount(b.fills.size())
            .setLiability(fmt(b.liability, ccy))
            .setRefundedAmount(fmt(b.refunded, ccy))
            .setLiabilityHeld(fmt(b.held(), ccy))
            .setMarketVersion(b.marketVersion)
            .setReservationId(b.reservationId)
            .setCommitTransactionId(b.commitTransactionId)
            .setCreateTime(ts(b.createTime))
            .setUpdateTime(ts(b.updateTime))
            .setSport(b.sport)
            .setMarketDisplayName(b.marketDisplayName)
            .setSelectionDisplayName(b.selectionDisplayName)
            .setEventSequence(b.eventSeq);
    if (matched.signum() > 0) {
      BigDecimal weighted = ZERO;
      for (FillRec f : b.fills) {
        if (f.state == FillState.FILL_STATE_MATCHED) {
          weighted = weighted.add(f.stake.multiply(f.price));
        }
      }
      p.setAveragePriceMatched(weighted.divide(matched, 2, RoundingMode.HALF_EVEN).toPlainString());
    }
    if (b.settlement != null) {
      p.setSettlement(b.settlement);
    }
    return p.build();
  }

  private Fill fillProto(FillRec f, String viewerBetId) {
    Fill.Builder p =
        Fill.newBuilder()
            .setFillId(f.id)
            .setMarketId(f.market.id)
            .setSelectionId(f.selectionId)
            .setPrice(f.price.setScale(2, RoundingMode.UNNECESSARY).toPlainString())
            .setStake(fmt(f.stake, f.market.currency))
            .setCurrency(f.market.currency)
            .setBackBetId(f.back.id)
            .setLayBetId(f.lay.id)
            .setState(f.state)
            .setCreateTime(ts(f.createTime));
    if (f.voidTime != null) {
      p.setVoidTime(ts(f.voidTime));
    }
    if (viewerBetId != null) {
      if (!viewerBetId.equals(f.back.id)) {
        p.clearBackBetId();
      }
      if (!viewerBetId.equals(f.lay.id)) {
        p.clearLayBetId();
      }
    }
    return p.build();
  }

  private Market marketProto(MarketRec m) {
    BigDecimal total = zero(m.currency);
    for (BigDecimal v : m.matched.values()) {
      total = total.add(v);
    }
    return Market.newBuilder()
        .setMarketId(m.id)
        .setFixture(m.fixture)
        .setMarketType(m.marketType)
        .setDisplayName(m.displayName)
        .setCurrency(m.currency)
        .addAllRunners(m.runners.values())
        .setState(m.state)
        .setInPlay(m.inPlay)
        .setBetDelay(m.betDelay)
        .setMarketVersion(m.version)
        .setCommissionRateBp(m.commissionBp)
        .setMinStake(fmt(m.minStake, m.currency))
        .setTotalMatchedAmount(fmt(total, m.currency))
        .setSettlementVersion(m.settlementVersion)
        .addAllResults(m.results)
        .setCreateTime(ts(m.createTime))
        .setUpdateTime(ts(m.updateTime))
        .build();
  }

  private MarketBook bookProto(MarketRec m, int depth) {
    BigDecimal total = zero(m.currency);
    MarketBook.Builder book =
        MarketBook.newBuilder()
            .setMarketId(m.id)
            .setMarketVersion(m.version)
            .setState(m.state)
            .setInPlay(m.inPlay)
            .setCurrency(m.currency)
            .setReadTime(ts(now()));
    List<BetRec> resting = betsOf(m).stream().filter(BetRec::resting).toList();
    for (Runner r : m.runners.values()) {
      String id = r.getSelectionId();
      RunnerBook.Builder rb =
          RunnerBook.newBuilder()
              .setSelectionId(id)
              .setStatus(r.getStatus())
              .setMatchedAmount(fmt(m.matched.get(id), m.currency));
      total = total.add(m.matched.get(id));
      if (m.lastPrice.containsKey(id)) {
        rb.setLastPriceTraded(
            m.lastPrice.get(id).setScale(2, RoundingMode.UNNECESSARY).toPlainString());
      }
      rb.addAllBackLevels(levels(m, resting, id, BetSide.BET_SIDE_LAY, depth));
      rb.addAllLayLevels(levels(m, resting, id, BetSide.BET_SIDE_BACK, depth));
      book.addRunnerBooks(rb);
    }
    return book.setTotalMatchedAmount(fmt(total, m.currency)).build();
  }

  /** Price levels made of resting stake of {@code side}: LAY stake is available to back. */
  private List<PriceLevel> levels(
      MarketRec m, List<BetRec> resting, String selectionId, BetSide side, int depth) {
    Map<BigDecimal, BigDecimal> amounts =
        new java.util.TreeMap<>(
            side == BetSide.BET_SIDE_LAY
                ? Comparator.<BigDecimal>reverseOrder()
                : Comparator.<BigDecimal>naturalOrder());
    Map<BigDecimal, Integer> counts = new HashMap<>();
    for (BetRec b : resting) {
      if (b.selectionId.equals(selectionId) && b.side == side) {
        amounts.merge(b.price, b.remaining, BigDecimal::add);
        counts.merge(b.price, 1, Integer::sum);
      }
    }
    List<PriceLevel> out = new ArrayList<>();
    for (Map.Entry<BigDecimal, BigDecimal> e : amounts.entrySet()) {
      if (out.size() == depth) {
        break;
      }
      out.add(
          PriceLevel.newBuilder()
              .setPrice(e.getKey().setScale(2, RoundingMode.UNNECESSARY).toPlainString())
              .setAvailableAmount(fmt(e.getValue(), m.currency))
              .setBetCount(counts.get(e.getKey()))
              .build());
    }
    return out;
  }

  private SettlementJob jobProto(JobRec j) {
    String ccy = j.market.currency;
    SettlementJob.Builder p =
        SettlementJob.newBuilder()
            .setSettlementJobId(j.id)
            .setMarketId(j.market.id)
            .setKind(j.kind)
            .setSettlementVersion(j.version)
            .setState(
                j.done
                    ? SettlementJobState.SETTLEMENT_JOB_STATE_SUCCEEDED
                    : SettlementJobState.SETTLEMENT_JOB_STATE_RUNNING)
            .setDone(j.done)
            .addAllResults(j.results)
            .setBetCount(j.bets.size())
            .setSettledBetCount(j.settled)
            .setStalledBookingCount(j.bookings.stream().filter(b -> b.stalled).count())
            .setCurrency(ccy)
            .setTotalPayout(fmt(j.totalPayout.setScale(Money.scale(ccy)), ccy))
            .setTotalCommissionAmount(
                fmt(
                    j.commissionComputed ? j.totalCommission.setScale(Money.scale(ccy)) : zero(ccy),
                    ccy))
            .setReason(j.reason)
            .setCreateTime(ts(j.createTime));
    if (j.completeTime != null) {
      p.setCompleteTime(ts(j.completeTime));
    }
    return p.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Plumbing.

  private <R> void unary(StreamObserver<R> out, Supplier<R> body) {
    R response;
    try {
      response = body.get();
    } catch (StatusRuntimeException e) {
      drainOutbox();
      out.onError(e);
      return;
    } catch (IllegalArgumentException e) {
      drainOutbox();
      out.onError(validation("", "service", e.getMessage()));
      return;
    }
    drainOutbox();
    out.onNext(response);
    out.onCompleted();
  }

  private <R extends Message> R write(
      MethodDescriptor<?, ?> method, String scope, String key, Message request, Supplier<R> write) {
    synchronized (lock) {
      tickLocked(false);
      try {
        if (defects.contains(Defect.CANCEL_WITHOUT_REPLAY)
            && method.equals(OrderBookServiceGrpc.getCancelBetsMethod())) {
          return write.get();
        }
        return idempotency.execute(method.getFullMethodName(), scope, key, request, write);
      } finally {
        flushDirtyMarkets();
      }
    }
  }

  private <R> R read(Supplier<R> read) {
    synchronized (lock) {
      tickLocked(false);
      flushDirtyMarkets();
      return read.get();
    }
  }

  private record Page<T>(List<T> items, String next) {}

  private <T> Page<T> page(
      List<T> all, Function<T, String> id, Message filters, String token, int size) {
    String fingerprint =
        HexFormat.of().formatHex(sha256(filters.toByteString().toByteArray())).substring(0, 16);
    int start = 0;
    if (!token.isEmpty()) {
      String last;
      try {
        String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        int bar = text.indexOf('|');
        if (bar < 0 || !text.substring(0, bar).equals(fingerprint)) {
          throw new IllegalArgumentException("token of another query");
        }
        last = text.substring(bar + 1);
      } catch (IllegalArgumentException e) {
        throw invalidPageToken();
      }
      start = -1;
      for (int i = 0; i < all.size(); i++) {
        if (id.apply(all.get(i)).equals(last)) {
          start = i + 1;
          break;
        }
      }
      if (start < 0) {
        throw invalidPageToken();
      }
    }
    int end = Math.min(all.size(), start + size);
    List<T> items = all.subList(start, end);
    String next =
        end < all.size()
            ? Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    (fingerprint + "|" + id.apply(all.get(end - 1)))
                        .getBytes(StandardCharsets.UTF_8))
            : "";
    return new Page<>(List.copyOf(items), next);
  }

  private StatusRuntimeException invalidPageToken() {
    return error(Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN)
        .message("page_token is not valid for this request")
        .asException();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String instructionHash(String userId, String key) {
    return HexFormat.of()
        .formatHex(sha256((userId + "\n" + key).getBytes(StandardCharsets.UTF_8)))
        .substring(0, 16);
  }

  private static AuthenticatedSession session() {
    return AuthenticatedSession.find()
        .orElseThrow(
            () ->
                error(Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_MISSING)
                    .message("an access token is required")
                    .asException());
  }

  private static boolean isStaff() {
    AuthenticatedSession s = session();
    return s.hasRole("operator") || s.hasRole("admin") || s.hasRole("service");
  }

  private static void requireRole(String... roles) {
    AuthenticatedSession s = session();
    for (String r : roles) {
      if (s.hasRole(r)) {
        return;
      }
    }
    throw permissionDenied("this RPC needs one of the roles " + String.join(", ", roles));
  }

  /** The caller must be the user; for writes, the service role may act for a user too. */
  private void requireOwner(String userId, boolean write) {
    AuthenticatedSession s = session();
    if (s.userId().equals(userId) && s.hasRole("user")) {
      return;
    }
    if (write ? s.hasRole("service") : isStaff()) {
      return;
    }
    if (write && defects.contains(Defect.CANCEL_ANY_USERS_BET) && s.hasRole("user")) {
      return;
    }
    throw permissionDenied("a bettor may only act on their own bets");
  }

  private static boolean canRead(String userId) {
    AuthenticatedSession s = session();
    return isStaff() || s.userId().equals(userId);
  }

  private static StatusRuntimeException permissionDenied(String message) {
    return error(Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED)
        .message(message)
        .asException();
  }

  private static RpcErrors.Builder error(
      Status.Code code, com.google.protobuf.ProtocolMessageEnum reason) {
    return RpcErrors.error(code, reason, DOMAIN);
  }

  private static com.google.rpc.Status notInMarket(String betId, MarketRec m) {
    return error(Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_IN_MARKET)
        .message("no bet " + betId + " of the caller on market " + m.id)
        .putMetadata("betId", betId)
        .putMetadata("marketId", m.id)
        .build();
  }

  private static com.google.rpc.Status notExecutable(BetRec b) {
    return error(
            Status.Code.FAILED_PRECONDITION, OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_EXECUTABLE)
        .message("the bet has no unmatched stake (state " + b.state.name() + ")")
        .putMetadata("betId", b.id)
        .putMetadata("state", b.state.name())
        .build();
  }

  private static StatusRuntimeException validation(String field, String rule, String message) {
    return error(Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_VALIDATION_FAILED)
        .message((field.isEmpty() ? "" : field + ": ") + message)
        .addDetail(
            com.google.rpc.BadRequest.newBuilder()
                .addFieldViolations(
                    com.google.rpc.BadRequest.FieldViolation.newBuilder()
                        .setField(field)
                        .setDescription(rule + ": " + message))
                .build())
        .asException();
  }

  private static StatusRuntimeException dependencyUnavailable(String dependency, Throwable cause) {
    return error(Status.Code.UNAVAILABLE, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)
        .message(dependency + " did not answer; retry with the same key")
        .putMetadata("dependency", dependency)
        .asException();
  }

  private MarketRec market(String id) {
    MarketRec m = markets.get(id);
    if (m == null) {
      throw error(Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_FOUND)
          .message("no market " + id)
          .putMetadata("marketId", id)
          .asException();
    }
    return m;
  }

  private static StatusRuntimeException betNotFound(String id) {
    return error(Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_FOUND)
        .message("no bet " + id)
        .putMetadata("betId", id)
        .asException();
  }

  private static StatusRuntimeException marketNotOpen(MarketRec m) {
    return error(
            Status.Code.FAILED_PRECONDITION, OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_OPEN)
        .message("the market is " + m.state.name() + "; retry with a new key once it is OPEN")
        .putMetadata("marketId", m.id)
        .putMetadata("state", m.state.name())
        .asException();
  }

  private static StatusRuntimeException runnerNotActive(MarketRec m, Runner r) {
    return error(
            Status.Code.FAILED_PRECONDITION, OrderErrorReason.ORDER_ERROR_REASON_RUNNER_NOT_ACTIVE)
        .message("the runner is " + r.getStatus().name())
        .putMetadata("marketId", m.id)
        .putMetadata("selectionId", r.getSelectionId())
        .putMetadata("status", r.getStatus().name())
        .asException();
  }

  private static StatusRuntimeException invalidTransition(MarketRec m, MarketState requested) {
    return error(
            Status.Code.FAILED_PRECONDITION,
            OrderErrorReason.ORDER_ERROR_REASON_INVALID_MARKET_TRANSITION)
        .message("the market is " + m.state.name() + "; the change is not allowed")
        .putMetadata("marketId", m.id)
        .putMetadata("state", m.state.name())
        .putMetadata("requestedState", requested.name())
        .asException();
  }

  private List<BetRec> betsOf(MarketRec m) {
    return m.bets;
  }

  private Instant now() {
    return ctx.clock().instant();
  }

  private static Timestamp ts(Instant i) {
    return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private static Instant startOf(Fixture f) {
    return instant(f.getStartTime());
  }

  private static BigDecimal zero(String currency) {
    return BigDecimal.ZERO.setScale(Money.scale(currency));
  }

  private static String fmt(BigDecimal amount, String currency) {
    return Money.format(amount, currency);
  }

  // ---------------------------------------------------------------------------------------------
  // State records.

  private final class MarketRec {
    String id;
    Fixture fixture;
    String marketType;
    String displayName;
    String currency;
    final Map<String, Runner> runners = new LinkedHashMap<>();
    final Map<String, BigDecimal> matched = new LinkedHashMap<>();
    final Map<String, BigDecimal> lastPrice = new HashMap<>();
    final List<SelectionResult> results = new ArrayList<>();
    final List<BetRec> bets = new ArrayList<>();
    MarketState state;
    boolean inPlay;
    Duration betDelay = Duration.getDefaultInstance();
    long version;
    int commissionBp;
    BigDecimal minStake;
    int settlementVersion;
    String jobId;
    Instant createTime;
    Instant updateTime;

    Runner runner(String selectionId) {
      Runner r = runners.get(selectionId);
      if (r == null) {
        throw error(Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_SELECTION_NOT_FOUND)
            .message("the selection is not part of the market")
            .putMetadata("marketId", id)
            .putMetadata("selectionId", selectionId)
            .asException();
      }
      return r;
    }
  }

  private final class BetRec {
    String id;
    String orderId;
    String sagaId;
    String userId;
    MarketRec market;
    String selectionId;
    BetSide side;
    BigDecimal price;
    BigDecimal stake;
    String currency;
    PersistenceType persistence;
    BetState state;
    BigDecimal remaining;
    BigDecimal cancelled;
    BigDecimal lapsed;
    BigDecimal liability;
    BigDecimal refunded;
    long marketVersion;
    String reservationId = "";
    String commitTransactionId = "";
    final List<FillRec> fills = new ArrayList<>();
    BetSettlement.Builder settlement;
    Instant createTime;
    Instant updateTime;
    String sport = "";
    String marketDisplayName = "";
    String selectionDisplayName = "";
    long eventSeq;
    long createSeq;
    long bookSeq;
    Instant delayedUntil;
    long confirmVersion;

    void init() {
      cancelled = zero(currency);
      lapsed = zero(currency);
      refunded = zero(currency);
      market.bets.add(this);
    }

    boolean resting() {
      return state == BetState.BET_STATE_EXECUTABLE
          && remaining.signum() > 0
          && delayedUntil == null;
    }

    BigDecimal held() {
      return liability.subtract(refunded);
    }

    BigDecimal matched() {
      BigDecimal sum = zero(currency);
      for (FillRec f : fills) {
        if (f.state == FillState.FILL_STATE_MATCHED) {
          sum = sum.add(f.stake);
        }
      }
      return sum;
    }

    BigDecimal voided() {
      BigDecimal sum = zero(currency);
      for (FillRec f : fills) {
        if (f.state == FillState.FILL_STATE_VOIDED) {
          sum = sum.add(f.stake);
        }
      }
      return sum;
    }

    /** What the bet must still hold: its fills' liability plus its unmatched stake's. */
    BigDecimal need() {
      if (side == BetSide.BET_SIDE_BACK) {
        return matched().add(remaining);
      }
      return needAt(this, price);
    }
  }

  private static final class FillRec {
    String id;
    MarketRec market;
    String selectionId;
    BigDecimal price;
    BigDecimal stake;
    BetRec back;
    BetRec lay;
    FillState state;
    Instant createTime;
    Instant voidTime;
    long createSeq;
    long sequence;
  }

  private static final class JobRec {
    String id;
    MarketRec market;
    SettlementKind kind;
    int version;
    String reason = "";
    List<SelectionResult> results = List.of();
    final List<BetRec> bets = new ArrayList<>();
    final List<Booking> bookings = new ArrayList<>();
    long settled;
    boolean commissionComputed;
    boolean done;
    BigDecimal totalPayout = BigDecimal.ZERO;
    BigDecimal totalCommission = BigDecimal.ZERO;
    Instant createTime;
    Instant completeTime;
  }

  private static final class CommissionRec {
    final List<CommissionCharge> charges = new ArrayList<>();
    long sequence;
  }

  private static final class Booking {
    String kind;
    String userId;
    String betId;
    String marketId;
    String key;
    String amount;
    String currency;
    String direction;
    Message request;
    BookingStatus status = BookingStatus.BOOKING_STATUS_PENDING;
    boolean stalled;
    boolean abandoned;
    String transactionId = "";
    java.util.function.Consumer<String> onBooked;
    final List<Booking> dependsOn = new ArrayList<>();

    WalletBooking view() {
      return new WalletBooking(
          kind,
          userId,
          betId,
          marketId,
          key,
          amount,
          currency,
          direction,
          status == BookingStatus.BOOKING_STATUS_BOOKED,
          stalled);
    }
  }

  private static final class Change {
    long seq;
    Instant time;
    Bet bet;
    Fill fill;
    Market market;
    MarketBook book;
  }
}
