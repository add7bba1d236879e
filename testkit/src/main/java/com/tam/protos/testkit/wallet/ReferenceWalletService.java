package com.tam.protos.testkit.wallet;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.rpc.BadRequest.FieldViolation;
import com.google.rpc.RetryInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.money.Money;
import com.tam.protos.risk.v1.CheckDenialReason;
import com.tam.protos.risk.v1.CheckDepositRequest;
import com.tam.protos.risk.v1.CheckDepositResponse;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.CheckWithdrawalRequest;
import com.tam.protos.risk.v1.CheckWithdrawalResponse;
import com.tam.protos.risk.v1.RateLimitAction;
import com.tam.protos.risk.v1.RiskAlertAction;
import com.tam.protos.risk.v1.RiskAlertRaisedEvent;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.validation.ValidationStatus;
import com.tam.protos.wallet.v1.AdjustSettlementRequest;
import com.tam.protos.wallet.v1.AdjustSettlementResponse;
import com.tam.protos.wallet.v1.AdjustmentDirection;
import com.tam.protos.wallet.v1.CancelOutcome;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CancelReservationResponse;
import com.tam.protos.wallet.v1.ChargeCommissionRequest;
import com.tam.protos.wallet.v1.ChargeCommissionResponse;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationResponse;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.ConfirmDepositResponse;
import com.tam.protos.wallet.v1.ConfirmWithdrawalRequest;
import com.tam.protos.wallet.v1.ConfirmWithdrawalResponse;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.FailDepositRequest;
import com.tam.protos.wallet.v1.FailDepositResponse;
import com.tam.protos.wallet.v1.FailWithdrawalRequest;
import com.tam.protos.wallet.v1.FailWithdrawalResponse;
import com.tam.protos.wallet.v1.FreezeReason;
import com.tam.protos.wallet.v1.FreezeWalletRequest;
import com.tam.protos.wallet.v1.FreezeWalletResponse;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.GetPaymentRequest;
import com.tam.protos.wallet.v1.GetPaymentResponse;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.GetReservationResponse;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.ListTransactionsResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.OpenWalletResponse;
import com.tam.protos.wallet.v1.Payment;
import com.tam.protos.wallet.v1.PaymentKind;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.PaymentUpdatedEvent;
import com.tam.protos.wallet.v1.RecordChargebackRequest;
import com.tam.protos.wallet.v1.RecordChargebackResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationCommittedEvent;
import com.tam.protos.wallet.v1.ReservationCreatedEvent;
import com.tam.protos.wallet.v1.ReservationReleasedEvent;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.StartDepositResponse;
import com.tam.protos.wallet.v1.StartWithdrawalRequest;
import com.tam.protos.wallet.v1.StartWithdrawalResponse;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.UnfreezeWalletRequest;
import com.tam.protos.wallet.v1.UnfreezeWalletResponse;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletFrozenEvent;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import com.tam.protos.wallet.v1.WalletUnfrozenEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reference wallet-service: every RPC of {@code wallet.v1.WalletService} in memory, doing what
 * the contract's comments say (proto/wallet/v1, docs/services/wallet.md).
 *
 * <ul>
 *   <li>Balance model: {@code balance}, {@code reserved} (sum of PENDING holds), {@code available}
 *       = max(0, balance - reserved); the debt rule (chargebacks, commission, adjustment debits and
 *       commits are always booked, and may take the balance below zero).
 *   <li>Two-phase reservations with a TTL on the injected clock. {@link #expireDue()} releases
 *       every hold past its {@code expire_time}; it also runs lazily at the start of every call,
 *       and CommitReservation never debits a hold past its expiry.
 *   <li>Every write runs through an {@link IdempotencyStore} scoped as the service comment says
 *       ({@code saga_id} for commit and cancel, {@code payment_id} for FailDeposit,
 *       ConfirmWithdrawal, FailWithdrawal and RecordChargeback, {@code user_id} otherwise), after
 *       the access check (so a refusal for roles is not stored).
 *   <li>Events on {@code ctx.events()}: ledger entries as FACTs of the "wallet" aggregate (version
 *       = {@code Transaction.sequence}), reservation FACTs (1 created, 2 committed or released),
 *       wallet status FACTs (1 opened, then each freeze and unfreeze), payment SNAPSHOTs.
 *   <li>Consumes {@code tam.user.v1.user.registered} (opens the wallet, key {@code
 *       open-wallet:<user_id>}) and {@code tam.risk.v1.alert.raised} (freezes on FREEZE_WALLET, key
 *       {@code freeze:<event_id>}).
 *   <li>When {@link Config#riskPresent()}, StartDeposit and StartWithdrawal call {@code
 *       risk.v1.RiskService} (CheckRateLimit, then CheckDeposit or CheckWithdrawal) on {@code
 *       ctx.platform()} and fail closed; otherwise those checks are skipped.
 * </ul>
 *
 * <p>Access: a caller with only the role {@code user} may read its own wallet; writes need {@code
 * service} (CreditBalance MANUAL_ADJUSTMENT also {@code operator}; Freeze and Unfreeze {@code
 * operator}); another user's wallet is readable with {@code service} or {@code operator}. Anything
 * else is {@code PERMISSION_DENIED} (metadata {@code resource}).
 *
 * <p>Thread-safe: each wallet is its own lock; the saga table makes a reservation and a
 * compensation tombstone exclude each other atomically. Read-only inspection ({@link #ledger()},
 * {@link #balances()}, {@link #reservations()}, {@link #payments()}) serves the simulation's
 * invariants.
 */
public class ReferenceWalletService extends WalletServiceGrpc.WalletServiceImplBase {
  /** The deployable's name, as the contracts' {@code service_info} and event consumers name it. */
  public static final String SERVICE_NAME = "wallet-service";

  /** The error domain. */
  public static final String DOMAIN = RpcErrors.domain("wallet");

  private static final String M = "wallet.v1.WalletService/";
  private static final String TOMBSTONE = "\u0000tombstone";
  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final int MAX_PAGE_SIZE = 500;
  private static final int MAX_KEY = 128;

  /**
   * Settings of the reference wallet.
   *
   * @param riskPresent whether StartDeposit and StartWithdrawal call risk-analyzer ({@code
   *     risk.v1.RiskService}) on the platform channel; false in single-service tests
   * @param defaultTtl the hold's TTL when a ReserveBalance leaves {@code ttl} unset (the contract
   *     says 5 minutes)
   * @param validateEvents whether every published event goes through {@code Envelopes.prepare}
   *     (protovalidate over the whole event, the default); false publishes them as built, with the
   *     same complete envelope, without running the rules, for load runs (docs/BENCHMARKS.md: the
   *     rules of the two events of a reservation cost more than the wallet's own work)
   */
  public record Config(boolean riskPresent, Duration defaultTtl, boolean validateEvents) {
    /** Checks the values. */
    public Config {
      Objects.requireNonNull(defaultTtl, "defaultTtl");
    }

    /**
     * The contract's defaults, without risk-analyzer.
     *
     * @return the config
     */
    public static Config defaults() {
      return new Config(false, Duration.ofMinutes(5), true);
    }

    /**
     * This config with risk-analyzer present or absent.
     *
     * @param present whether payments call risk-analyzer
     * @return the new config
     */
    public Config withRisk(boolean present) {
      return new Config(present, defaultTtl, validateEvents);
    }

    /**
     * This config with event validation on or off.
     *
     * @param validate whether published events are validated
     * @return the new config
     */
    public Config withEventValidation(boolean validate) {
      return new Config(riskPresent, defaultTtl, validate);
    }
  }

  /**
   * One wallet's figures.
   *
   * @param currency the wallet's currency
   * @param balance settled funds (may be negative)
   * @param reserved sum of PENDING holds
   * @param available max(0, balance - reserved)
   * @param frozen whether the wallet is frozen
   */
  public record Balances(
      String currency,
      BigDecimal balance,
      BigDecimal reserved,
      BigDecimal available,
      boolean frozen) {}

  /** Deliberate defects, for the broken variants of the testkit's own tests only. */
  enum Defect {
    REPLAY_DEBITS_TWICE,
    KEY_REUSE_ACCEPTED,
    COMMIT_AFTER_EXPIRY,
    CANCEL_OF_COMMITTED_SUCCEEDS,
    SECOND_BET_WIN,
    READ_OTHER_WALLET,
    REFUND_ABOVE_STAKE,
    /** Publishes ledger entries without their sequence ({@code aggregate_version} 0), unchecked. */
    EVENT_WITHOUT_SEQUENCE,
    /** INSUFFICIENT_FUNDS without its documented {@code requested} metadata. */
    ERROR_WITHOUT_METADATA
  }

  private final Set<Defect> defects = ConcurrentHashMap.newKeySet();

  private final ServiceContext ctx;
  private final Config config;
  private final IdempotencyStore store = new IdempotencyStore(DOMAIN);
  private final EventRegistry registry = EventRegistry.load();
  private final ConcurrentMap<String, Wallet> wallets = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Hold> holds = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> sagas = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Pay> payments = new ConcurrentHashMap<>();

  /**
   * Expiry queue. Reservations expire in the order they were created when they share one TTL and
   * the clock does not go back, so those wait in a FIFO ({@code dueInOrder}, O(1) per reservation
   * instead of O(log n) in a sorted set of all PENDING holds); any other one (its own TTL earlier
   * than the tail, or created after the clock was moved back) goes to {@code dueSorted}. {@link
   * #expireDue()} takes the earlier head of the two.
   */
  private final ConcurrentLinkedQueue<Due> dueInOrder = new ConcurrentLinkedQueue<>();

  private final ConcurrentSkipListSet<Due> dueSorted = new ConcurrentSkipListSet<>();
  private Instant dueInOrderTail = Instant.MIN; // guarded by dueInOrder
  private final ConcurrentLinkedQueue<Transaction> allEntries = new ConcurrentLinkedQueue<>();
  private final byte[] tokenKey = new byte[32];

  /**
   * A wallet service on a platform.
   *
   * @param ctx clock, bus, platform channel, service credentials, ids
   * @param config settings
   */
  public ReferenceWalletService(ServiceContext ctx, Config config) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
    this.config = Objects.requireNonNull(config, "config");
    new SecureRandom().nextBytes(tokenKey);
    ctx.events()
        .subscribe(SERVICE_NAME, UserRegisteredEvent.getDefaultInstance(), this::onUserRegistered);
    ctx.events()
        .subscribe(SERVICE_NAME, RiskAlertRaisedEvent.getDefaultInstance(), this::onRiskAlert);
  }

  /**
   * A wallet service with the default config (no risk-analyzer).
   *
   * @param ctx the context
   */
  public ReferenceWalletService(ServiceContext ctx) {
    this(ctx, Config.defaults());
  }

  void enable(Defect defect) {
    defects.add(defect);
  }

  private boolean broken(Defect defect) {
    return !defects.isEmpty() && defects.contains(defect);
  }

  // ---------------------------------------------------------------------------------------------
  // State

  private static final class Wallet {
    final String userId;
    final String currency;
    final Instant openTime;
    BigDecimal balance = BigDecimal.ZERO;
    BigDecimal reserved = BigDecimal.ZERO;

    /**
     * {@code balance} and {@link #available()} as the ledger writes them, kept with the values so
     * that an entry's "before" strings are the previous entry's "after" strings (one string less to
     * format and to keep per entry). Only {@link ReferenceWalletService#book} changes the two
     * values, and it updates these with them.
     */
    String balanceText;

    String availableText;
    Instant updateTime;
    FreezeReason freezeReason;
    long statusVersion = 1;
    final List<Transaction> ledger = new ArrayList<>();
    final Map<String, String> betWins = new HashMap<>();
    final Map<String, BigDecimal> committedByBet = new HashMap<>();
    final Map<String, BigDecimal> refundedByBet = new HashMap<>();
    final Map<String, String> commissions = new HashMap<>();
    final Map<String, String> adjustments = new HashMap<>();
    final Map<String, String[]> depositReferences = new HashMap<>();

    Wallet(String userId, String currency, Instant openTime) {
      this.userId = userId;
      this.currency = currency;
      this.openTime = openTime;
      this.updateTime = openTime;
      this.balanceText = Money.formatSigned(balance, currency);
      this.availableText = Money.format(balance, currency);
    }

    BigDecimal available() {
      BigDecimal a = balance.subtract(reserved);
      return a.signum() < 0 ? BigDecimal.ZERO : a;
    }

    boolean frozen() {
      return freezeReason != null;
    }
  }

  /** A reservation and its commit entry; guarded by its wallet. */
  private static final class Hold {
    final String userId;
    final String sagaId;
    Reservation value;
    Transaction commit;

    Hold(String userId, String sagaId, Reservation value) {
      this.userId = userId;
      this.sagaId = sagaId;
      this.value = value;
    }
  }

  /** A payment and its snapshot version; guarded by its wallet. */
  private static final class Pay {
    final String userId;
    Payment value;
    long version;
    String depositTransactionId;

    Pay(String userId, Payment value) {
      this.userId = userId;
      this.value = value;
      this.version = 1;
    }
  }

  /** Queues a new reservation for expiry (see {@code dueInOrder}). */
  private void scheduleExpiry(Due d) {
    synchronized (dueInOrder) {
      if (!d.at().isBefore(dueInOrderTail)) {
        dueInOrder.add(d);
        dueInOrderTail = d.at();
        return;
      }
    }
    dueSorted.add(d);
  }

  /** Removes and returns the earliest reservation due at {@code now}, or null if none is. */
  private Due takeDue(Instant now) {
    while (true) {
      Due fifo = dueInOrder.peek();
      Due sorted = dueSorted.isEmpty() ? null : first(dueSorted);
      Due next = fifo == null || (sorted != null && sorted.compareTo(fifo) < 0) ? sorted : fifo;
      if (next == null || next.at().isAfter(now)) {
        return null;
      }
      if (next == fifo ? dueInOrder.remove(fifo) : dueSorted.remove(next)) {
        return next; // else another caller took it: look again
      }
    }
  }

  private static Due first(ConcurrentSkipListSet<Due> set) {
    try {
      return set.first();
    } catch (java.util.NoSuchElementException e) {
      return null; // emptied since isEmpty()
    }
  }

  private record Due(Instant at, String reservationId) implements Comparable<Due> {
    @Override
    public int compareTo(Due o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : reservationId.compareTo(o.reservationId);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection (read-only)

  /**
   * Every ledger entry of every wallet, in the order they were booked.
   *
   * @return a snapshot copy
   */
  public List<Transaction> ledger() {
    return List.copyOf(allEntries);
  }

  /**
   * One wallet's ledger, oldest first (by {@code sequence}).
   *
   * @param userId the wallet owner
   * @return a snapshot copy; empty if there is no wallet
   */
  public List<Transaction> ledger(String userId) {
    Wallet w = wallets.get(userId);
    if (w == null) {
      return List.of();
    }
    synchronized (w) {
      return List.copyOf(w.ledger);
    }
  }

  /**
   * The figures of every wallet, by user id.
   *
   * @return a snapshot copy, sorted by user id
   */
  public Map<String, Balances> balances() {
    Map<String, Balances> out = new TreeMap<>();
    for (Wallet w : wallets.values()) {
      synchronized (w) {
        out.put(
            w.userId, new Balances(w.currency, w.balance, w.reserved, w.available(), w.frozen()));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Every reservation in its current state.
   *
   * @return a snapshot copy
   */
  public List<Reservation> reservations() {
    List<Reservation> out = new ArrayList<>();
    for (Hold h : holds.values()) {
      synchronized (wallets.get(h.userId)) {
        out.add(h.value);
      }
    }
    return out;
  }

  /**
   * Every payment in its current state.
   *
   * @return a snapshot copy
   */
  public List<Payment> payments() {
    List<Payment> out = new ArrayList<>();
    for (Pay p : payments.values()) {
      synchronized (wallets.get(p.userId)) {
        out.add(p.value);
      }
    }
    return out;
  }

  /**
   * Releases every PENDING reservation whose {@code expire_time} has been reached on the clock
   * (PENDING to EXPIRED, a RESERVATION_RELEASE entry with key {@code expiry:<reservation_id>}, and
   * the events), as the expiry job does. Also runs at the start of every call.
   *
   * @return how many reservations expired
   */
  public int expireDue() {
    if (dueInOrder.isEmpty() && dueSorted.isEmpty()) {
      return 0;
    }
    Instant now = ctx.clock().instant();
    int expired = 0;
    while (true) {
      Due d = takeDue(now);
      if (d == null) {
        return expired;
      }
      Hold h = holds.get(d.reservationId());
      Wallet w = wallets.get(h.userId);
      synchronized (w) {
        if (h.value.getState() == ReservationState.RESERVATION_STATE_PENDING) {
          release(
              w,
              h,
              ReservationState.RESERVATION_STATE_EXPIRED,
              "expiry:" + d.reservationId(),
              "reservation expired");
          expired++;
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // RPCs

  @Override
  public void openWallet(OpenWalletRequest req, StreamObserver<OpenWalletResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          return store.execute(
              M + "OpenWallet",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> open(req.getUserId(), req.getCurrency()));
        });
  }

  private OpenWalletResponse open(String userId, String currency) {
    if (!Money.currencyCodes().contains(currency)) {
      throw error(
              Status.Code.INVALID_ARGUMENT,
              WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_NOT_SUPPORTED)
          .message("currency " + currency + " is not in the platform's currency table")
          .putMetadata("currency", currency)
          .asException();
    }
    Instant now = ctx.clock().instant();
    Wallet fresh = new Wallet(userId, currency, now);
    synchronized (fresh) {
      Wallet existing = wallets.putIfAbsent(userId, fresh);
      if (existing != null) {
        if (!existing.currency.equals(currency)) {
          throw error(
                  Status.Code.ALREADY_EXISTS,
                  WalletErrorReason.WALLET_ERROR_REASON_WALLET_ALREADY_EXISTS)
              .message("the user already has a wallet in " + existing.currency)
              .putMetadata("walletCurrency", existing.currency)
              .asException();
        }
        return OpenWalletResponse.newBuilder()
            .setUserId(userId)
            .setCurrency(currency)
            .setCreated(false)
            .setCreateTime(ts(existing.openTime))
            .build();
      }
      publish(
          WalletOpenedEvent.newBuilder()
              .setMetadata(meta(WalletOpenedEvent.getDefaultInstance(), userId, 1, ""))
              .setUserId(userId)
              .setCurrency(currency)
              .setOpenTime(ts(now))
              .build());
    }
    return OpenWalletResponse.newBuilder()
        .setUserId(userId)
        .setCurrency(currency)
        .setCreated(true)
        .setCreateTime(ts(now))
        .build();
  }

  @Override
  public void getBalance(GetBalanceRequest req, StreamObserver<GetBalanceResponse> out) {
    respond(
        out,
        () -> {
          requireRead(req.getUserId(), resource(req.getUserId()));
          expireDue();
          Wallet w = wallet(req.getUserId());
          synchronized (w) {
            GetBalanceResponse.Builder b =
                GetBalanceResponse.newBuilder()
                    .setBalance(w.balanceText)
                    .setCurrency(w.currency)
                    .setReserved(Money.format(w.reserved, w.currency))
                    .setAvailable(w.availableText)
                    .setUpdateTime(ts(w.updateTime))
                    .setFrozen(w.frozen());
            if (w.frozen()) {
              b.setFreezeReason(w.freezeReason);
            }
            return b.build();
          }
        });
  }

  @Override
  public void reserveBalance(
      ReserveBalanceRequest req, StreamObserver<ReserveBalanceResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          boolean[] ran = new boolean[1];
          String scope =
              broken(Defect.KEY_REUSE_ACCEPTED)
                  ? req.getUserId() + "#" + HexFormat.of().formatHex(sha256(req.toByteArray()))
                  : req.getUserId();
          ReserveBalanceResponse first =
              store.execute(
                  M + "ReserveBalance",
                  scope,
                  req.getIdempotencyKey(),
                  req,
                  () -> {
                    ran[0] = true;
                    return reserve(req);
                  });
          Hold h = holds.get(first.getReservation().getReservationId());
          Wallet w = wallets.get(h.userId);
          synchronized (w) {
            if (!ran[0] && broken(Defect.REPLAY_DEBITS_TWICE)) {
              BigDecimal amount = Money.parse(h.value.getAmount(), w.currency);
              book(
                  w,
                  Transaction.newBuilder()
                      .setType(TransactionType.TRANSACTION_TYPE_RESERVATION_HOLD)
                      .setAmount(h.value.getAmount())
                      .setSagaId(h.sagaId)
                      .setReservationId(h.value.getReservationId())
                      .setIdempotencyKey(req.getIdempotencyKey()),
                  BigDecimal.ZERO,
                  amount,
                  h.sagaId);
            }
            // A replay returns the reservation in its current state (ReserveBalanceResponse).
            return first.toBuilder().setReservation(h.value).build();
          }
        });
  }

  private ReserveBalanceResponse reserve(ReserveBalanceRequest req) {
    Wallet w = wallet(req.getUserId());
    String sagaId = req.getSagaId();
    synchronized (w) {
      refuseSagaTaken(sagaId, sagas.get(sagaId));
      if (w.frozen()) {
        throw frozen(w);
      }
      if (!req.getCurrency().isEmpty()) {
        requireCurrency(w, req.getCurrency());
      }
      BigDecimal amount;
      try {
        amount = Money.parsePositive(req.getAmount(), w.currency);
      } catch (IllegalArgumentException e) {
        throw StatusProto.toStatusRuntimeException(
            ValidationStatus.toStatus(
                List.of(
                    FieldViolation.newBuilder()
                        .setField("amount")
                        .setReason("reserve_balance.money_scale")
                        .setDescription(
                            "amounts have at most the currency's minor-unit digits ("
                                + w.currency
                                + " "
                                + Money.scale(w.currency)
                                + ")")
                        .build()),
                M + "ReserveBalance",
                false));
      }
      if (w.available().compareTo(amount) < 0) {
        throw insufficient(w, amount);
      }
      String reservationId = ctx.ids().uuid();
      refuseSagaTaken(sagaId, sagas.putIfAbsent(sagaId, reservationId));
      Instant now = ctx.clock().instant();
      Duration ttl =
          req.hasTtl()
              ? Duration.ofSeconds(req.getTtl().getSeconds(), req.getTtl().getNanos())
              : config.defaultTtl();
      Instant expire = now.plus(ttl);
      Timestamp created = ts(now);
      Reservation r =
          Reservation.newBuilder()
              .setReservationId(reservationId)
              .setUserId(w.userId)
              .setSagaId(sagaId)
              .setAmount(Money.format(amount, w.currency))
              .setCurrency(w.currency)
              .setState(ReservationState.RESERVATION_STATE_PENDING)
              .setCreateTime(created)
              .setExpireTime(ts(expire))
              .setUpdateTime(created)
              .build();
      Hold h = new Hold(w.userId, sagaId, r);
      holds.put(reservationId, h);
      scheduleExpiry(new Due(expire, reservationId));
      publish(
          ReservationCreatedEvent.newBuilder()
              .setMetadata(
                  meta(ReservationCreatedEvent.getDefaultInstance(), reservationId, 1, sagaId))
              .setReservation(r)
              .build());
      Transaction tx =
          book(
              w,
              Transaction.newBuilder()
                  .setType(TransactionType.TRANSACTION_TYPE_RESERVATION_HOLD)
                  .setAmount(r.getAmount())
                  .setSagaId(sagaId)
                  .setReservationId(reservationId)
                  .setIdempotencyKey(req.getIdempotencyKey()),
              BigDecimal.ZERO,
              amount,
              sagaId);
      return ReserveBalanceResponse.newBuilder()
          .setReservation(r)
          .setAvailableAfter(tx.getAvailableAfter())
          .build();
    }
  }

  private void refuseSagaTaken(String sagaId, String slot) {
    if (slot == null) {
      return;
    }
    if (slot.equals(TOMBSTONE)) {
      throw RpcErrors.error(
              Status.Code.ABORTED, ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED, DOMAIN)
          .message("CancelReservation already ran for this saga; the late reserve is refused")
          .putMetadata("sagaId", sagaId)
          .asException();
    }
    throw error(
            Status.Code.ALREADY_EXISTS,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_EXISTS)
        .message("the saga already has a reservation")
        .putMetadata("reservationId", slot)
        .asException();
  }

  @Override
  public void commitReservation(
      CommitReservationRequest req, StreamObserver<CommitReservationResponse> out) {
    respond(
        out,
        () -> {
          requireRole("reservations/" + req.getReservationId(), "service");
          if (!broken(Defect.COMMIT_AFTER_EXPIRY)) {
            expireDue();
          }
          return store.execute(
              M + "CommitReservation",
              req.getSagaId(),
              req.getIdempotencyKey(),
              req,
              () -> commit(req));
        });
  }

  private CommitReservationResponse commit(CommitReservationRequest req) {
    Hold h = holds.get(req.getReservationId());
    if (h == null || !h.sagaId.equals(req.getSagaId())) {
      throw reservationNotFound(req.getReservationId());
    }
    Wallet w = wallets.get(h.userId);
    synchronized (w) {
      Instant now = ctx.clock().instant();
      switch (h.value.getState()) {
        case RESERVATION_STATE_COMMITTED -> {
          return CommitReservationResponse.newBuilder()
              .setReservation(h.value)
              .setTransaction(h.commit)
              .build();
        }
        case RESERVATION_STATE_PENDING -> {
          if (!now.isBefore(instant(h.value.getExpireTime()))
              && !broken(Defect.COMMIT_AFTER_EXPIRY)) {
            release(
                w,
                h,
                ReservationState.RESERVATION_STATE_EXPIRED,
                "expiry:" + h.value.getReservationId(),
                "reservation expired");
            throw notPending(h.value.getState());
          }
          BigDecimal amount = Money.parse(h.value.getAmount(), w.currency);
          h.value =
              h.value.toBuilder()
                  .setState(ReservationState.RESERVATION_STATE_COMMITTED)
                  .setUpdateTime(ts(now))
                  .build();
          publish(
              ReservationCommittedEvent.newBuilder()
                  .setMetadata(
                      meta(
                          ReservationCommittedEvent.getDefaultInstance(),
                          h.value.getReservationId(),
                          2,
                          h.sagaId))
                  .setReservation(h.value)
                  .build());
          Transaction tx =
              book(
                  w,
                  Transaction.newBuilder()
                      .setType(TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT)
                      .setAmount(h.value.getAmount())
                      .setSagaId(h.sagaId)
                      .setReservationId(h.value.getReservationId())
                      .setBetId(req.getBetId())
                      .setIdempotencyKey(req.getIdempotencyKey()),
                  amount.negate(),
                  amount.negate(),
                  h.sagaId);
          h.commit = tx;
          if (!req.getBetId().isEmpty()) {
            w.committedByBet.merge(req.getBetId(), amount, BigDecimal::add);
          }
          return CommitReservationResponse.newBuilder()
              .setReservation(h.value)
              .setTransaction(tx)
              .build();
        }
        default -> throw notPending(h.value.getState());
      }
    }
  }

  @Override
  public void cancelReservation(
      CancelReservationRequest req, StreamObserver<CancelReservationResponse> out) {
    respond(
        out,
        () -> {
          requireRole("sagas/" + req.getSagaId(), "service");
          expireDue();
          return store.execute(
              M + "CancelReservation",
              req.getSagaId(),
              req.getIdempotencyKey(),
              req,
              () -> cancel(req));
        });
  }

  private CancelReservationResponse cancel(CancelReservationRequest req) {
    String sagaId = req.getSagaId();
    String slot = sagas.get(sagaId);
    if (slot == null) {
      slot = sagas.putIfAbsent(sagaId, TOMBSTONE);
      if (slot == null) {
        return CancelReservationResponse.newBuilder()
            .setOutcome(CancelOutcome.CANCEL_OUTCOME_NO_RESERVATION)
            .build();
      }
    }
    if (slot.equals(TOMBSTONE)) {
      return CancelReservationResponse.newBuilder()
          .setOutcome(CancelOutcome.CANCEL_OUTCOME_NO_RESERVATION)
          .build();
    }
    Hold h = holds.get(slot);
    Wallet w = wallets.get(h.userId);
    synchronized (w) {
      switch (h.value.getState()) {
        case RESERVATION_STATE_PENDING -> {
          release(
              w,
              h,
              ReservationState.RESERVATION_STATE_CANCELLED,
              req.getIdempotencyKey(),
              req.getReason());
          return CancelReservationResponse.newBuilder()
              .setReservation(h.value)
              .setOutcome(CancelOutcome.CANCEL_OUTCOME_RELEASED)
              .build();
        }
        case RESERVATION_STATE_COMMITTED -> {
          if (broken(Defect.CANCEL_OF_COMMITTED_SUCCEEDS)) {
            return CancelReservationResponse.newBuilder()
                .setReservation(h.value)
                .setOutcome(CancelOutcome.CANCEL_OUTCOME_ALREADY_RELEASED)
                .build();
          }
          throw error(
                  Status.Code.FAILED_PRECONDITION,
                  WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED)
              .message(
                  "the reservation is COMMITTED; give the stake back with CreditBalance"
                      + " (BET_REFUND)")
              .asException();
        }
        default -> {
          return CancelReservationResponse.newBuilder()
              .setReservation(h.value)
              .setOutcome(CancelOutcome.CANCEL_OUTCOME_ALREADY_RELEASED)
              .build();
        }
      }
    }
  }

  @Override
  public void getReservation(
      GetReservationRequest req, StreamObserver<GetReservationResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = caller();
          expireDue();
          Hold h = holds.get(req.getReservationId());
          if (h == null) {
            throw reservationNotFound(req.getReservationId());
          }
          requireRead(caller, h.userId, "reservations/" + req.getReservationId());
          synchronized (wallets.get(h.userId)) {
            return GetReservationResponse.newBuilder().setReservation(h.value).build();
          }
        });
  }

  @Override
  public void creditBalance(CreditBalanceRequest req, StreamObserver<CreditBalanceResponse> out) {
    respond(
        out,
        () -> {
          if (req.getReason() == CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT) {
            requireRole(resource(req.getUserId()), "service", "operator");
          } else {
            requireRole(resource(req.getUserId()), "service");
          }
          expireDue();
          return store.execute(
              M + "CreditBalance",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> credit(req));
        });
  }

  private CreditBalanceResponse credit(CreditBalanceRequest req) {
    Wallet w = wallet(req.getUserId());
    synchronized (w) {
      requireCurrency(w, req.getCurrency());
      BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
      String betId = req.getBetId();
      switch (req.getReason()) {
        case CREDIT_REASON_BET_WIN -> {
          String existing = w.betWins.get(betId);
          if (existing != null && !broken(Defect.SECOND_BET_WIN)) {
            throw error(
                    Status.Code.ALREADY_EXISTS,
                    WalletErrorReason.WALLET_ERROR_REASON_BET_ALREADY_CREDITED)
                .message("the bet already has a BET_WIN credit")
                .putMetadata("transactionId", existing)
                .asException();
          }
        }
        case CREDIT_REASON_BET_REFUND -> {
          BigDecimal committed = w.committedByBet.get(betId);
          if (committed == null || committed.signum() == 0) {
            throw error(
                    Status.Code.FAILED_PRECONDITION,
                    WalletErrorReason.WALLET_ERROR_REASON_BET_NOT_COMMITTED)
                .message("the bet has no committed stake on this wallet")
                .putMetadata("betId", betId)
                .asException();
          }
          BigDecimal refunded = w.refundedByBet.getOrDefault(betId, BigDecimal.ZERO);
          if (refunded.add(amount).compareTo(committed) > 0 && !broken(Defect.REFUND_ABOVE_STAKE)) {
            throw error(
                    Status.Code.FAILED_PRECONDITION,
                    WalletErrorReason.WALLET_ERROR_REASON_REFUND_EXCEEDS_STAKE)
                .message("the refunds would exceed the stake committed for the bet")
                .putMetadata("committed", Money.format(committed, w.currency))
                .putMetadata("refunded", Money.format(refunded, w.currency))
                .putMetadata("requested", Money.format(amount, w.currency))
                .asException();
          }
        }
        default -> {}
      }
      Transaction tx =
          book(
              w,
              Transaction.newBuilder()
                  .setType(TransactionType.TRANSACTION_TYPE_CREDIT)
                  .setAmount(Money.format(amount, w.currency))
                  .setBetId(betId)
                  .setCreditReason(req.getReason())
                  .setDescription(req.getDescription())
                  .setIdempotencyKey(req.getIdempotencyKey()),
              amount,
              BigDecimal.ZERO,
              "");
      if (req.getReason() == CreditReason.CREDIT_REASON_BET_WIN) {
        w.betWins.putIfAbsent(betId, tx.getTransactionId());
      } else if (req.getReason() == CreditReason.CREDIT_REASON_BET_REFUND) {
        w.refundedByBet.merge(betId, amount, BigDecimal::add);
      }
      return CreditBalanceResponse.newBuilder().setTransaction(tx).build();
    }
  }

  @Override
  public void chargeCommission(
      ChargeCommissionRequest req, StreamObserver<ChargeCommissionResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          return store.execute(
              M + "ChargeCommission",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Wallet w = wallet(req.getUserId());
                synchronized (w) {
                  requireCurrency(w, req.getCurrency());
                  BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
                  String slot = req.getMarketId() + "\u0000" + req.getSettlementVersion();
                  String existing = w.commissions.get(slot);
                  if (existing != null) {
                    throw error(
                            Status.Code.ALREADY_EXISTS,
                            WalletErrorReason.WALLET_ERROR_REASON_COMMISSION_ALREADY_CHARGED)
                        .message("commission for this market and settlement version is booked")
                        .putMetadata("transactionId", existing)
                        .asException();
                  }
                  Transaction tx =
                      book(
                          w,
                          Transaction.newBuilder()
                              .setType(TransactionType.TRANSACTION_TYPE_COMMISSION)
                              .setAmount(Money.format(amount, w.currency))
                              .setMarketId(req.getMarketId())
                              .setSettlementVersion(req.getSettlementVersion())
                              .setDescription(
                                  "commission on net winnings "
                                      + req.getNetWinnings()
                                      + " at "
                                      + req.getRateBp()
                                      + " bp")
                              .setIdempotencyKey(req.getIdempotencyKey()),
                          amount.negate(),
                          BigDecimal.ZERO,
                          "");
                  w.commissions.put(slot, tx.getTransactionId());
                  return ChargeCommissionResponse.newBuilder().setTransaction(tx).build();
                }
              });
        });
  }

  @Override
  public void adjustSettlement(
      AdjustSettlementRequest req, StreamObserver<AdjustSettlementResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          return store.execute(
              M + "AdjustSettlement",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Wallet w = wallet(req.getUserId());
                synchronized (w) {
                  requireCurrency(w, req.getCurrency());
                  BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
                  String slot = req.getBetId() + "\u0000" + req.getSettlementVersion();
                  String existing = w.adjustments.get(slot);
                  if (existing != null) {
                    throw error(
                            Status.Code.ALREADY_EXISTS,
                            WalletErrorReason.WALLET_ERROR_REASON_ADJUSTMENT_ALREADY_BOOKED)
                        .message("an adjustment for this bet and settlement version is booked")
                        .putMetadata("transactionId", existing)
                        .asException();
                  }
                  boolean debit =
                      req.getDirection() == AdjustmentDirection.ADJUSTMENT_DIRECTION_DEBIT;
                  Transaction tx =
                      book(
                          w,
                          Transaction.newBuilder()
                              .setType(TransactionType.TRANSACTION_TYPE_BET_VOID_ADJUSTMENT)
                              .setAmount(Money.format(amount, w.currency))
                              .setAdjustmentDirection(req.getDirection())
                              .setBetId(req.getBetId())
                              .setMarketId(req.getMarketId())
                              .setSettlementVersion(req.getSettlementVersion())
                              .setDescription(req.getDescription())
                              .setIdempotencyKey(req.getIdempotencyKey()),
                          debit ? amount.negate() : amount,
                          BigDecimal.ZERO,
                          "");
                  w.adjustments.put(slot, tx.getTransactionId());
                  return AdjustSettlementResponse.newBuilder().setTransaction(tx).build();
                }
              });
        });
  }

  @Override
  public void startDeposit(StartDepositRequest req, StreamObserver<StartDepositResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          return store.execute(
              M + "StartDeposit",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Wallet w = wallet(req.getUserId());
                synchronized (w) {
                  if (w.frozen()) {
                    throw frozen(w);
                  }
                  requireCurrency(w, req.getCurrency());
                }
                BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
                // Derived from (user, key), not minted: a same-key retry after risk-analyzer was
                // unreachable must send risk the same CheckDeposit request again, or risk would
                // answer IDEMPOTENCY_KEY_REUSED to its derived key.
                String paymentId =
                    java.util
                        .UUID
                        .nameUUIDFromBytes(
                            ("deposit:" + req.getUserId() + ":" + req.getIdempotencyKey())
                                .getBytes(StandardCharsets.UTF_8))
                        .toString();
                if (config.riskPresent()) {
                  rateLimit(
                      req.getUserId(),
                      RateLimitAction.RATE_LIMIT_ACTION_DEPOSIT,
                      req.getIdempotencyKey());
                  checkDeposit(req, paymentId);
                }
                synchronized (w) {
                  Instant now = ctx.clock().instant();
                  Payment p =
                      Payment.newBuilder()
                          .setPaymentId(paymentId)
                          .setUserId(w.userId)
                          .setKind(PaymentKind.PAYMENT_KIND_DEPOSIT)
                          .setState(PaymentState.PAYMENT_STATE_PENDING)
                          .setAmount(Money.format(amount, w.currency))
                          .setCurrency(w.currency)
                          .setChargedBackAmount(Money.format(BigDecimal.ZERO, w.currency))
                          .setCreateTime(ts(now))
                          .setUpdateTime(ts(now))
                          .build();
                  Pay pay = new Pay(w.userId, p);
                  payments.put(paymentId, pay);
                  publishPayment(pay);
                  return StartDepositResponse.newBuilder().setPayment(p).build();
                }
              });
        });
  }

  @Override
  public void confirmDeposit(
      ConfirmDepositRequest req, StreamObserver<ConfirmDepositResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          return store.execute(
              M + "ConfirmDeposit",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> confirmDeposit(req));
        });
  }

  private ConfirmDepositResponse confirmDeposit(ConfirmDepositRequest req) {
    Wallet w = wallet(req.getUserId());
    synchronized (w) {
      Pay pay = null;
      if (!req.getPaymentId().isEmpty()) {
        pay = payments.get(req.getPaymentId());
        if (pay == null || !pay.userId.equals(w.userId)) {
          throw paymentNotFound(req.getPaymentId());
        }
        requireKind(pay, PaymentKind.PAYMENT_KIND_DEPOSIT);
      }
      requireCurrency(w, req.getCurrency());
      String[] booked = w.depositReferences.get(req.getPaymentReference());
      if (booked == null
          && pay != null
          && pay.value.getState() == PaymentState.PAYMENT_STATE_SUCCEEDED) {
        booked = new String[] {pay.value.getPaymentId(), pay.depositTransactionId};
      }
      if (booked != null) {
        throw error(
                Status.Code.ALREADY_EXISTS, WalletErrorReason.WALLET_ERROR_REASON_DUPLICATE_PAYMENT)
            .message("the payment is already booked on this wallet")
            .putMetadata("paymentId", booked[0])
            .putMetadata("transactionId", booked[1])
            .asException();
      }
      BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
      Instant now = ctx.clock().instant();
      if (pay == null) {
        String paymentId = ctx.ids().uuid();
        pay =
            new Pay(
                w.userId,
                Payment.newBuilder()
                    .setPaymentId(paymentId)
                    .setUserId(w.userId)
                    .setKind(PaymentKind.PAYMENT_KIND_DEPOSIT)
                    .setCurrency(w.currency)
                    .setChargedBackAmount(Money.format(BigDecimal.ZERO, w.currency))
                    .setCreateTime(ts(now))
                    .build());
        pay.version = 0;
        payments.put(paymentId, pay);
      }
      Transaction tx =
          book(
              w,
              Transaction.newBuilder()
                  .setType(TransactionType.TRANSACTION_TYPE_DEPOSIT)
                  .setAmount(Money.format(amount, w.currency))
                  .setPaymentReference(req.getPaymentReference())
                  .setPaymentId(pay.value.getPaymentId())
                  .setIdempotencyKey(req.getIdempotencyKey()),
              amount,
              BigDecimal.ZERO,
              "");
      pay.value =
          pay.value.toBuilder()
              .setState(PaymentState.PAYMENT_STATE_SUCCEEDED)
              .setAmount(Money.format(amount, w.currency))
              .setPaymentReference(req.getPaymentReference())
              .clearFailureReason()
              .addTransactionIds(tx.getTransactionId())
              .setUpdateTime(ts(now))
              .build();
      pay.depositTransactionId = tx.getTransactionId();
      pay.version++;
      w.depositReferences.put(
          req.getPaymentReference(),
          new String[] {pay.value.getPaymentId(), tx.getTransactionId()});
      publishPayment(pay);
      return ConfirmDepositResponse.newBuilder().setPayment(pay.value).setTransaction(tx).build();
    }
  }

  @Override
  public void failDeposit(FailDepositRequest req, StreamObserver<FailDepositResponse> out) {
    respond(
        out,
        () -> {
          requireRole("payments/" + req.getPaymentId(), "service");
          expireDue();
          return store.execute(
              M + "FailDeposit",
              req.getPaymentId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Pay pay = payment(req.getPaymentId());
                synchronized (wallets.get(pay.userId)) {
                  requireKind(pay, PaymentKind.PAYMENT_KIND_DEPOSIT);
                  if (pendingElseAlready(pay, PaymentState.PAYMENT_STATE_FAILED)) {
                    transition(
                        pay,
                        b ->
                            b.setState(PaymentState.PAYMENT_STATE_FAILED)
                                .setFailureReason(req.getFailureReason()));
                  }
                  return FailDepositResponse.newBuilder().setPayment(pay.value).build();
                }
              });
        });
  }

  @Override
  public void startWithdrawal(
      StartWithdrawalRequest req, StreamObserver<StartWithdrawalResponse> out) {
    respond(
        out,
        () -> {
          requireRole(resource(req.getUserId()), "service");
          expireDue();
          return store.execute(
              M + "StartWithdrawal",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Wallet w = wallet(req.getUserId());
                synchronized (w) {
                  if (w.frozen()) {
                    throw frozen(w);
                  }
                  requireCurrency(w, req.getCurrency());
                }
                BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
                if (config.riskPresent()) {
                  rateLimit(
                      req.getUserId(),
                      RateLimitAction.RATE_LIMIT_ACTION_WITHDRAW,
                      req.getIdempotencyKey());
                  checkWithdrawal(req);
                }
                synchronized (w) {
                  if (w.available().compareTo(amount) < 0) {
                    throw insufficient(w, amount);
                  }
                  String paymentId = ctx.ids().uuid();
                  Transaction tx =
                      book(
                          w,
                          Transaction.newBuilder()
                              .setType(TransactionType.TRANSACTION_TYPE_WITHDRAWAL)
                              .setAmount(Money.format(amount, w.currency))
                              .setPaymentId(paymentId)
                              .setIdempotencyKey(req.getIdempotencyKey()),
                          amount.negate(),
                          BigDecimal.ZERO,
                          "");
                  Instant now = ctx.clock().instant();
                  Payment p =
                      Payment.newBuilder()
                          .setPaymentId(paymentId)
                          .setUserId(w.userId)
                          .setKind(PaymentKind.PAYMENT_KIND_WITHDRAWAL)
                          .setState(PaymentState.PAYMENT_STATE_PENDING)
                          .setAmount(Money.format(amount, w.currency))
                          .setCurrency(w.currency)
                          .setWithdrawalMethodId(req.getWithdrawalMethodId())
                          .setChargedBackAmount(Money.format(BigDecimal.ZERO, w.currency))
                          .addTransactionIds(tx.getTransactionId())
                          .setCreateTime(ts(now))
                          .setUpdateTime(ts(now))
                          .build();
                  Pay pay = new Pay(w.userId, p);
                  payments.put(paymentId, pay);
                  publishPayment(pay);
                  return StartWithdrawalResponse.newBuilder()
                      .setPayment(p)
                      .setTransaction(tx)
                      .build();
                }
              });
        });
  }

  @Override
  public void confirmWithdrawal(
      ConfirmWithdrawalRequest req, StreamObserver<ConfirmWithdrawalResponse> out) {
    respond(
        out,
        () -> {
          requireRole("payments/" + req.getPaymentId(), "service");
          expireDue();
          return store.execute(
              M + "ConfirmWithdrawal",
              req.getPaymentId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Pay pay = payment(req.getPaymentId());
                synchronized (wallets.get(pay.userId)) {
                  requireKind(pay, PaymentKind.PAYMENT_KIND_WITHDRAWAL);
                  if (pendingElseAlready(pay, PaymentState.PAYMENT_STATE_SUCCEEDED)) {
                    transition(
                        pay,
                        b ->
                            b.setState(PaymentState.PAYMENT_STATE_SUCCEEDED)
                                .setPaymentReference(req.getPaymentReference()));
                  }
                  return ConfirmWithdrawalResponse.newBuilder().setPayment(pay.value).build();
                }
              });
        });
  }

  @Override
  public void failWithdrawal(
      FailWithdrawalRequest req, StreamObserver<FailWithdrawalResponse> out) {
    respond(
        out,
        () -> {
          requireRole("payments/" + req.getPaymentId(), "service");
          expireDue();
          return store.execute(
              M + "FailWithdrawal",
              req.getPaymentId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Pay pay = payment(req.getPaymentId());
                Wallet w = wallets.get(pay.userId);
                synchronized (w) {
                  requireKind(pay, PaymentKind.PAYMENT_KIND_WITHDRAWAL);
                  FailWithdrawalResponse.Builder resp = FailWithdrawalResponse.newBuilder();
                  if (pendingElseAlready(pay, PaymentState.PAYMENT_STATE_FAILED)) {
                    BigDecimal amount = Money.parse(pay.value.getAmount(), w.currency);
                    Transaction tx =
                        book(
                            w,
                            Transaction.newBuilder()
                                .setType(TransactionType.TRANSACTION_TYPE_REVERSAL)
                                .setAmount(pay.value.getAmount())
                                .setPaymentId(pay.value.getPaymentId())
                                .setPaymentReference(pay.value.getPaymentReference())
                                .setDescription(req.getFailureReason())
                                .setIdempotencyKey(req.getIdempotencyKey()),
                            amount,
                            BigDecimal.ZERO,
                            "");
                    transition(
                        pay,
                        b ->
                            b.setState(PaymentState.PAYMENT_STATE_FAILED)
                                .setFailureReason(req.getFailureReason())
                                .addTransactionIds(tx.getTransactionId()));
                    resp.setTransaction(tx);
                  }
                  return resp.setPayment(pay.value).build();
                }
              });
        });
  }

  /**
   * Whether a payment is PENDING (so the call moves it), or already in {@code done} (a repeated
   * call, which changes nothing).
   *
   * @throws StatusRuntimeException {@code PAYMENT_NOT_PENDING} for any other state
   */
  private static boolean pendingElseAlready(Pay pay, PaymentState done) {
    PaymentState state = pay.value.getState();
    if (state == PaymentState.PAYMENT_STATE_PENDING) {
      return true;
    }
    if (state == done) {
      return false;
    }
    throw paymentNotPending(pay);
  }

  /** Applies a state change to a payment, stamps it, bumps its version and publishes it. */
  private void transition(Pay pay, java.util.function.UnaryOperator<Payment.Builder> change) {
    pay.value =
        change.apply(pay.value.toBuilder()).setUpdateTime(ts(ctx.clock().instant())).build();
    pay.version++;
    publishPayment(pay);
  }

  @Override
  public void recordChargeback(
      RecordChargebackRequest req, StreamObserver<RecordChargebackResponse> out) {
    respond(
        out,
        () -> {
          requireRole("payments/" + req.getPaymentId(), "service");
          expireDue();
          return store.execute(
              M + "RecordChargeback",
              req.getPaymentId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Pay pay = payment(req.getPaymentId());
                Wallet w = wallets.get(pay.userId);
                synchronized (w) {
                  requireKind(pay, PaymentKind.PAYMENT_KIND_DEPOSIT);
                  if (pay.value.getState() != PaymentState.PAYMENT_STATE_SUCCEEDED) {
                    throw paymentNotPending(pay);
                  }
                  requireCurrency(w, req.getCurrency());
                  BigDecimal amount = Money.parsePositive(req.getAmount(), w.currency);
                  BigDecimal charged = Money.parse(pay.value.getChargedBackAmount(), w.currency);
                  BigDecimal deposit = Money.parse(pay.value.getAmount(), w.currency);
                  if (charged.add(amount).compareTo(deposit) > 0) {
                    throw error(
                            Status.Code.FAILED_PRECONDITION,
                            WalletErrorReason.WALLET_ERROR_REASON_CHARGEBACK_EXCEEDS_DEPOSIT)
                        .message("the chargebacks would exceed the confirmed deposit")
                        .putMetadata("amount", pay.value.getAmount())
                        .putMetadata("chargedBackAmount", pay.value.getChargedBackAmount())
                        .asException();
                  }
                  Transaction tx =
                      book(
                          w,
                          Transaction.newBuilder()
                              .setType(TransactionType.TRANSACTION_TYPE_CHARGEBACK)
                              .setAmount(Money.format(amount, w.currency))
                              .setPaymentId(pay.value.getPaymentId())
                              .setPaymentReference(req.getChargebackReference())
                              .setIdempotencyKey(req.getIdempotencyKey()),
                          amount.negate(),
                          BigDecimal.ZERO,
                          "");
                  transition(
                      pay,
                      b ->
                          b.setChargedBackAmount(Money.format(charged.add(amount), w.currency))
                              .addTransactionIds(tx.getTransactionId()));
                  return RecordChargebackResponse.newBuilder()
                      .setPayment(pay.value)
                      .setTransaction(tx)
                      .build();
                }
              });
        });
  }

  @Override
  public void getPayment(GetPaymentRequest req, StreamObserver<GetPaymentResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = caller();
          expireDue();
          Pay pay = payment(req.getPaymentId());
          requireRead(caller, pay.userId, "payments/" + req.getPaymentId());
          synchronized (wallets.get(pay.userId)) {
            return GetPaymentResponse.newBuilder().setPayment(pay.value).build();
          }
        });
  }

  @Override
  public void freezeWallet(FreezeWalletRequest req, StreamObserver<FreezeWalletResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = requireRole(resource(req.getUserId()), "operator");
          expireDue();
          return store.execute(
              M + "FreezeWallet",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () ->
                  freeze(
                      req.getUserId(),
                      FreezeReason.FREEZE_REASON_OPERATOR,
                      caller.userId(),
                      req.getNote()));
        });
  }

  private FreezeWalletResponse freeze(
      String userId, FreezeReason reason, String actor, String note) {
    Wallet w = wallet(userId);
    synchronized (w) {
      if (w.frozen()) {
        return FreezeWalletResponse.newBuilder()
            .setChanged(false)
            .setFreezeReason(w.freezeReason)
            .build();
      }
      Instant now = ctx.clock().instant();
      w.freezeReason = reason;
      w.updateTime = now;
      w.statusVersion++;
      publish(
          WalletFrozenEvent.newBuilder()
              .setMetadata(
                  meta(WalletFrozenEvent.getDefaultInstance(), userId, w.statusVersion, ""))
              .setUserId(userId)
              .setReason(reason)
              .setActorUserId(actor)
              .setNote(note)
              .setFreezeTime(ts(now))
              .build());
      return FreezeWalletResponse.newBuilder().setChanged(true).setFreezeReason(reason).build();
    }
  }

  @Override
  public void unfreezeWallet(
      UnfreezeWalletRequest req, StreamObserver<UnfreezeWalletResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = requireRole(resource(req.getUserId()), "operator");
          expireDue();
          return store.execute(
              M + "UnfreezeWallet",
              req.getUserId(),
              req.getIdempotencyKey(),
              req,
              () -> {
                Wallet w = wallet(req.getUserId());
                synchronized (w) {
                  if (!w.frozen()) {
                    return UnfreezeWalletResponse.newBuilder().setChanged(false).build();
                  }
                  Instant now = ctx.clock().instant();
                  FreezeReason previous = w.freezeReason;
                  w.freezeReason = null;
                  w.updateTime = now;
                  w.statusVersion++;
                  publish(
                      WalletUnfrozenEvent.newBuilder()
                          .setMetadata(
                              meta(
                                  WalletUnfrozenEvent.getDefaultInstance(),
                                  w.userId,
                                  w.statusVersion,
                                  ""))
                          .setUserId(w.userId)
                          .setPreviousReason(previous)
                          .setActorUserId(caller.userId())
                          .setNote(req.getNote())
                          .setUnfreezeTime(ts(now))
                          .build());
                  return UnfreezeWalletResponse.newBuilder().setChanged(true).build();
                }
              });
        });
  }

  @Override
  public void listTransactions(
      ListTransactionsRequest req, StreamObserver<ListTransactionsResponse> out) {
    respond(
        out,
        () -> {
          requireRead(req.getUserId(), resource(req.getUserId()));
          expireDue();
          int pageSize = req.getPageSize() == 0 ? DEFAULT_PAGE_SIZE : req.getPageSize();
          if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
            throw StatusProto.toStatusRuntimeException(
                ValidationStatus.toStatus(
                    List.of(
                        FieldViolation.newBuilder()
                            .setField("page_size")
                            .setReason("int32.lte")
                            .setDescription("must be less than or equal to " + MAX_PAGE_SIZE)
                            .build()),
                    M + "ListTransactions",
                    false));
          }
          String filter =
              HexFormat.of()
                  .formatHex(
                      sha256(
                          req.toBuilder().clearPageSize().clearPageToken().build().toByteArray()),
                      0,
                      16);
          long before = Long.MAX_VALUE;
          if (!req.getPageToken().isEmpty()) {
            before = readPageToken(req.getPageToken(), filter);
          }
          Wallet w = wallet(req.getUserId());
          List<Transaction> page = new ArrayList<>();
          boolean more = false;
          synchronized (w) {
            for (int i = w.ledger.size() - 1; i >= 0; i--) {
              Transaction t = w.ledger.get(i);
              if (t.getSequence() >= before || !matches(req, t)) {
                continue;
              }
              if (page.size() == pageSize) {
                more = true;
                break;
              }
              page.add(t);
            }
          }
          ListTransactionsResponse.Builder resp =
              ListTransactionsResponse.newBuilder().addAllTransactions(page);
          if (more) {
            resp.setNextPageToken(pageToken(filter, page.get(page.size() - 1).getSequence()));
          }
          return resp.build();
        });
  }

  private static boolean matches(ListTransactionsRequest req, Transaction t) {
    if (req.getTypesCount() > 0 && !req.getTypesList().contains(t.getType())) {
      return false;
    }
    if (req.hasStartTime() && compare(t.getCreateTime(), req.getStartTime()) < 0) {
      return false;
    }
    if (req.hasEndTime() && compare(t.getCreateTime(), req.getEndTime()) >= 0) {
      return false;
    }
    if (!req.getSagaId().isEmpty() && !req.getSagaId().equals(t.getSagaId())) {
      return false;
    }
    return req.getBetId().isEmpty() || req.getBetId().equals(t.getBetId());
  }

  private String pageToken(String filter, long lastSequence) {
    String body = "v1:" + filter + ":" + lastSequence;
    String mac = HexFormat.of().formatHex(hmac(body), 0, 12);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((body + ":" + mac).getBytes(StandardCharsets.UTF_8));
  }

  private long readPageToken(String token, String filter) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      int cut = raw.lastIndexOf(':');
      String body = raw.substring(0, cut);
      String mac = raw.substring(cut + 1);
      String[] parts = body.split(":");
      if (parts.length == 3
          && parts[0].equals("v1")
          && MessageDigest.isEqual(
              mac.getBytes(StandardCharsets.UTF_8),
              HexFormat.of().formatHex(hmac(body), 0, 12).getBytes(StandardCharsets.UTF_8))) {
        if (!parts[1].equals(filter)) {
          throw invalidPageToken("the page token was issued for other request fields");
        }
        return Long.parseLong(parts[2]);
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // fall through: malformed
    }
    throw invalidPageToken("the page token is not one this service issued");
  }

  private static StatusRuntimeException invalidPageToken(String message) {
    return RpcErrors.error(
            Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN, DOMAIN)
        .message(message)
        .asException();
  }

  // ---------------------------------------------------------------------------------------------
  // Consumed events

  private void onUserRegistered(UserRegisteredEvent event) {
    String userId = event.getUser().getUserId();
    String currency = event.getUser().getCurrency();
    if (userId.isEmpty() || !Money.currencyCodes().contains(currency)) {
      return; // nothing to open: acknowledged (a contract violation by the producer, logged there)
    }
    String key = "open-wallet:" + userId;
    OpenWalletRequest req =
        OpenWalletRequest.newBuilder()
            .setUserId(userId)
            .setCurrency(currency)
            .setIdempotencyKey(key)
            .build();
    try {
      store.execute(M + "OpenWallet", userId, key, req, () -> open(userId, currency));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.ABORTED) {
        throw e; // still in progress: redeliver
      }
      // WALLET_ALREADY_EXISTS (another currency) or a reused key: acknowledged, nothing to do.
    }
  }

  private void onRiskAlert(RiskAlertRaisedEvent event) {
    if (event.getAlert().getRecommendedAction()
        != RiskAlertAction.RISK_ALERT_ACTION_FREEZE_WALLET) {
      return;
    }
    String userId = event.getAlert().getUserId();
    String key = "freeze:" + event.getMetadata().getEventId();
    String note = event.getAlert().getAlertId();
    FreezeWalletRequest req =
        FreezeWalletRequest.newBuilder()
            .setUserId(userId)
            .setNote(note.isEmpty() ? "risk alert" : note)
            .setIdempotencyKey(key)
            .build();
    try {
      store.execute(
          M + "FreezeWallet",
          userId,
          key,
          req,
          () -> freeze(userId, FreezeReason.FREEZE_REASON_RISK_ALERT, "", note));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.ABORTED) {
        throw e;
      }
      // WALLET_NOT_FOUND: an alert for a user without a wallet is acknowledged.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // risk-analyzer

  private RiskServiceGrpc.RiskServiceBlockingStub risk() {
    return RiskServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(5, TimeUnit.SECONDS);
  }

  private void rateLimit(String userId, RateLimitAction action, String key) {
    CheckRateLimitResponse resp;
    try {
      resp =
          risk()
              .checkRateLimit(
                  CheckRateLimitRequest.newBuilder()
                      .setUserId(userId)
                      .setAction(action)
                      .setCost(1)
                      .setIdempotencyKey(derivedKey("ratelimit:", key))
                      .build());
    } catch (StatusRuntimeException e) {
      throw riskUnavailable(e);
    }
    if (!resp.getAllowed()) {
      throw RpcErrors.error(
              Status.Code.RESOURCE_EXHAUSTED, ErrorReason.ERROR_REASON_RATE_LIMITED, DOMAIN)
          .message("too many payment attempts; retry after the delay")
          .addDetail(RetryInfo.newBuilder().setRetryDelay(resp.getRetryAfter()).build())
          .asException();
    }
  }

  private void checkDeposit(StartDepositRequest req, String paymentId) {
    CheckDepositResponse resp;
    try {
      resp =
          risk()
              .checkDeposit(
                  CheckDepositRequest.newBuilder()
                      .setUserId(req.getUserId())
                      .setAmount(req.getAmount())
                      .setCurrency(req.getCurrency())
                      .setPaymentId(paymentId)
                      .setIdempotencyKey(derivedKey("deposit-check:", req.getIdempotencyKey()))
                      .build());
    } catch (StatusRuntimeException e) {
      throw riskUnavailable(e);
    }
    if (resp.getAllowed()) {
      return;
    }
    if (resp.getDenialReason() == CheckDenialReason.CHECK_DENIAL_REASON_SELF_EXCLUDED) {
      throw error(
              Status.Code.FAILED_PRECONDITION, WalletErrorReason.WALLET_ERROR_REASON_SELF_EXCLUDED)
          .message("the user is self-excluded")
          .putMetadata(
              "endTime",
              resp.hasSelfExclusionEndTime()
                  ? instant(resp.getSelfExclusionEndTime()).toString()
                  : "")
          .asException();
    }
    throw error(
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_DEPOSIT_LIMIT_EXCEEDED)
        .message("the deposit would exceed the user's deposit limit")
        .putMetadata("limit", resp.getLimit())
        .putMetadata("remaining", resp.getRemaining())
        .putMetadata("period", resp.getLimitPeriod().name())
        .asException();
  }

  private void checkWithdrawal(StartWithdrawalRequest req) {
    CheckWithdrawalResponse resp;
    try {
      resp =
          risk()
              .checkWithdrawal(
                  CheckWithdrawalRequest.newBuilder()
                      .setUserId(req.getUserId())
                      .setAmount(req.getAmount())
                      .setCurrency(req.getCurrency())
                      .setIdempotencyKey(derivedKey("withdrawal-check:", req.getIdempotencyKey()))
                      .build());
    } catch (StatusRuntimeException e) {
      throw riskUnavailable(e);
    }
    if (!resp.getAllowed()) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              WalletErrorReason.WALLET_ERROR_REASON_ACCOUNT_BLOCKED)
          .message("the user's account is blocked for withdrawals")
          .asException();
    }
  }

  private static StatusRuntimeException riskUnavailable(StatusRuntimeException cause) {
    return RpcErrors.error(
            Status.Code.UNAVAILABLE, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE, DOMAIN)
        .message("risk-analyzer did not answer (" + cause.getStatus().getCode() + "); fail closed")
        .putMetadata("dependency", "risk-analyzer")
        .asException();
  }

  private static String derivedKey(String prefix, String key) {
    String k = prefix + key;
    return k.length() <= MAX_KEY
        ? k
        : prefix + HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static <R> void respond(StreamObserver<R> out, Supplier<R> body) {
    R response;
    try {
      response = body.get();
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    } catch (IllegalArgumentException e) {
      out.onError(
          RpcErrors.error(
                  Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_VALIDATION_FAILED, DOMAIN)
              .message(e.getMessage())
              .asException());
      return;
    }
    out.onNext(response);
    out.onCompleted();
  }

  private static AuthenticatedSession caller() {
    return AuthenticatedSession.find()
        .orElseThrow(
            () ->
                RpcErrors.error(
                        Status.Code.UNAUTHENTICATED, ErrorReason.ERROR_REASON_TOKEN_MISSING, DOMAIN)
                    .message("the call carries no authenticated session")
                    .asException());
  }

  private static String resource(String userId) {
    return "wallets/" + userId;
  }

  private static AuthenticatedSession requireRole(String resource, String... roles) {
    AuthenticatedSession s = caller();
    for (String role : roles) {
      if (s.hasRole(role)) {
        return s;
      }
    }
    throw denied(resource, "needs the role " + String.join(" or ", roles));
  }

  private void requireRead(String ownerUserId, String resource) {
    requireRead(caller(), ownerUserId, resource);
  }

  private void requireRead(AuthenticatedSession s, String ownerUserId, String resource) {
    if (s.hasRole("service") || s.hasRole("operator")) {
      return;
    }
    if (s.hasRole("user") && (s.userId().equals(ownerUserId) || broken(Defect.READ_OTHER_WALLET))) {
      return;
    }
    throw denied(resource, "a user may only read its own wallet");
  }

  private static StatusRuntimeException denied(String resource, String why) {
    return RpcErrors.error(
            Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED, DOMAIN)
        .message("permission denied on " + resource + ": " + why)
        .putMetadata("resource", resource)
        .asException();
  }

  private Wallet wallet(String userId) {
    Wallet w = wallets.get(userId);
    if (w == null) {
      throw error(Status.Code.NOT_FOUND, WalletErrorReason.WALLET_ERROR_REASON_WALLET_NOT_FOUND)
          .message("the user has no wallet")
          .putMetadata("userId", userId)
          .asException();
    }
    return w;
  }

  private Pay payment(String paymentId) {
    Pay p = payments.get(paymentId);
    if (p == null) {
      throw paymentNotFound(paymentId);
    }
    return p;
  }

  private static StatusRuntimeException paymentNotFound(String paymentId) {
    return error(Status.Code.NOT_FOUND, WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_NOT_FOUND)
        .message("no payment " + paymentId)
        .putMetadata("paymentId", paymentId)
        .asException();
  }

  private static void requireKind(Pay pay, PaymentKind kind) {
    if (pay.value.getKind() != kind) {
      throw error(
              Status.Code.FAILED_PRECONDITION,
              WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_KIND_MISMATCH)
          .message("the payment is a " + pay.value.getKind().name())
          .putMetadata("kind", pay.value.getKind().name())
          .asException();
    }
  }

  private static StatusRuntimeException paymentNotPending(Pay pay) {
    return error(
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_NOT_PENDING)
        .message("the payment is " + pay.value.getState().name())
        .putMetadata("state", pay.value.getState().name())
        .asException();
  }

  private static StatusRuntimeException reservationNotFound(String reservationId) {
    return error(Status.Code.NOT_FOUND, WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND)
        .message("no reservation " + reservationId + " for this saga")
        .putMetadata("reservationId", reservationId)
        .asException();
  }

  private static StatusRuntimeException notPending(ReservationState state) {
    return error(
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_PENDING)
        .message("the reservation is " + state.name())
        .putMetadata("state", state.name())
        .asException();
  }

  private static StatusRuntimeException frozen(Wallet w) {
    return error(
            Status.Code.FAILED_PRECONDITION, WalletErrorReason.WALLET_ERROR_REASON_WALLET_FROZEN)
        .message("the wallet is frozen")
        .putMetadata("freezeReason", w.freezeReason.name())
        .asException();
  }

  private StatusRuntimeException insufficient(Wallet w, BigDecimal amount) {
    RpcErrors.Builder e =
        error(
                Status.Code.FAILED_PRECONDITION,
                WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS)
            .message("available funds are lower than the requested amount")
            .putMetadata("available", Money.format(w.available(), w.currency));
    if (!defects.contains(Defect.ERROR_WITHOUT_METADATA)) {
      e.putMetadata("requested", Money.format(amount, w.currency));
    }
    return e.asException();
  }

  private static void requireCurrency(Wallet w, String currency) {
    if (!w.currency.equals(currency)) {
      throw error(
              Status.Code.INVALID_ARGUMENT, WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH)
          .message("the wallet's currency is " + w.currency)
          .putMetadata("walletCurrency", w.currency)
          .asException();
    }
  }

  private static RpcErrors.Builder error(Status.Code code, WalletErrorReason reason) {
    return RpcErrors.error(code, reason, DOMAIN);
  }

  /** Releases a PENDING hold (cancel or expiry): state, event, RESERVATION_RELEASE entry. */
  private void release(Wallet w, Hold h, ReservationState state, String key, String reason) {
    BigDecimal amount = Money.parse(h.value.getAmount(), w.currency);
    h.value = h.value.toBuilder().setState(state).setUpdateTime(ts(ctx.clock().instant())).build();
    publish(
        ReservationReleasedEvent.newBuilder()
            .setMetadata(
                meta(
                    ReservationReleasedEvent.getDefaultInstance(),
                    h.value.getReservationId(),
                    2,
                    h.sagaId))
            .setReservation(h.value)
            .build());
    book(
        w,
        Transaction.newBuilder()
            .setType(TransactionType.TRANSACTION_TYPE_RESERVATION_RELEASE)
            .setAmount(h.value.getAmount())
            .setSagaId(h.sagaId)
            .setReservationId(h.value.getReservationId())
            .setDescription(reason)
            .setIdempotencyKey(key),
        BigDecimal.ZERO,
        amount.negate(),
        h.sagaId);
  }

  /** Writes one ledger entry (caller holds the wallet) and publishes it. */
  private Transaction book(
      Wallet w,
      Transaction.Builder entry,
      BigDecimal balanceDelta,
      BigDecimal reservedDelta,
      String sagaId) {
    Instant now = ctx.clock().instant();
    String balanceBefore = w.balanceText;
    String availableBefore = w.availableText;
    w.balance = w.balance.add(balanceDelta);
    w.reserved = w.reserved.add(reservedDelta);
    w.updateTime = now;
    if (balanceDelta.signum() != 0) {
      w.balanceText = Money.formatSigned(w.balance, w.currency);
    }
    if (balanceDelta.signum() != 0 || reservedDelta.signum() != 0) {
      w.availableText = Money.format(w.available(), w.currency);
    }
    Transaction tx =
        entry
            .setTransactionId(ctx.ids().uuid())
            .setUserId(w.userId)
            .setCurrency(w.currency)
            .setBalanceBefore(balanceBefore)
            .setBalanceAfter(w.balanceText)
            .setAvailableBefore(availableBefore)
            .setAvailableAfter(w.availableText)
            .setCreateTime(ts(now))
            .setSequence(w.ledger.size() + 1L)
            .build();
    w.ledger.add(tx);
    allEntries.add(tx);
    publish(
        TransactionRecordedEvent.newBuilder()
            .setMetadata(
                meta(
                    TransactionRecordedEvent.getDefaultInstance(),
                    w.userId,
                    tx.getSequence(),
                    sagaId))
            .setTransaction(tx)
            .build());
    return tx;
  }

  private void publishPayment(Pay pay) {
    publish(
        PaymentUpdatedEvent.newBuilder()
            .setMetadata(
                meta(
                    PaymentUpdatedEvent.getDefaultInstance(),
                    pay.value.getPaymentId(),
                    pay.version,
                    ""))
            .setPayment(pay.value)
            .build());
  }

  /**
   * The whole envelope of an event of {@code kind}: a new event id, the clock's time, and the
   * producer and subject its type declares, so that {@link #publish} needs to change nothing.
   */
  private EventMetadata meta(Message kind, String aggregateId, long version, String sagaId) {
    EventType type = registry.of(kind);
    return EventMetadata.newBuilder()
        .setEventId(ctx.ids().uuid())
        .setOccurTime(ts(ctx.clock().instant()))
        .setProducer(type.producer())
        .setSubject(type.subject())
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .setSagaId(sagaId)
        .build();
  }

  /**
   * Publishes an event whose envelope {@link #meta} filled. With {@link Config#validateEvents()} it
   * goes through {@link Envelopes#prepare} first, which checks the envelope against the event's
   * declared type and runs protovalidate over the whole event.
   */
  private void publish(Message event) {
    if (event instanceof TransactionRecordedEvent e && broken(Defect.EVENT_WITHOUT_SEQUENCE)) {
      ctx.events()
          .publish(
              e.toBuilder()
                  .setMetadata(e.getMetadata().toBuilder().clearAggregateVersion())
                  .build());
      return;
    }
    if (config.validateEvents()) {
      event = Envelopes.prepare(registry.of(event), event, ctx.clock().instant());
    }
    ctx.events().publish(event);
  }

  private static Timestamp ts(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private static int compare(Timestamp a, Timestamp b) {
    int c = Long.compare(a.getSeconds(), b.getSeconds());
    return c != 0 ? c : Integer.compare(a.getNanos(), b.getNanos());
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] hmac(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(tokenKey, "HmacSHA256"));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
