package com.tam.protos.testkit.risk;

import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.money.Money;
import com.tam.protos.order.v1.BetCancelledEvent;
import com.tam.protos.order.v1.BetPlacedEvent;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.risk.v1.ActivityType;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.CheckDenialReason;
import com.tam.protos.risk.v1.CheckDepositRequest;
import com.tam.protos.risk.v1.CheckDepositResponse;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.CheckWithdrawalRequest;
import com.tam.protos.risk.v1.CheckWithdrawalResponse;
import com.tam.protos.risk.v1.ClearFlagRequest;
import com.tam.protos.risk.v1.ClearFlagResponse;
import com.tam.protos.risk.v1.ClientContext;
import com.tam.protos.risk.v1.GetRiskProfileRequest;
import com.tam.protos.risk.v1.GetRiskProfileResponse;
import com.tam.protos.risk.v1.LimitPeriod;
import com.tam.protos.risk.v1.RecordActivityRequest;
import com.tam.protos.risk.v1.RecordActivityResponse;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.ReleaseBetLimitsResponse;
import com.tam.protos.risk.v1.ReleaseOutcome;
import com.tam.protos.risk.v1.ResponsibleGambling;
import com.tam.protos.risk.v1.ResponsibleGamblingChangedEvent;
import com.tam.protos.risk.v1.ResponsibleGamblingLimits;
import com.tam.protos.risk.v1.RiskAlert;
import com.tam.protos.risk.v1.RiskAlertAction;
import com.tam.protos.risk.v1.RiskAlertRaisedEvent;
import com.tam.protos.risk.v1.RiskAlertSeverity;
import com.tam.protos.risk.v1.RiskDecision;
import com.tam.protos.risk.v1.RiskErrorReason;
import com.tam.protos.risk.v1.RiskFlag;
import com.tam.protos.risk.v1.RiskFlagClearedEvent;
import com.tam.protos.risk.v1.RiskLimits;
import com.tam.protos.risk.v1.RiskProfile;
import com.tam.protos.risk.v1.RiskReason;
import com.tam.protos.risk.v1.RiskReasonCode;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.risk.v1.RiskTier;
import com.tam.protos.risk.v1.RiskTierChangedEvent;
import com.tam.protos.risk.v1.SelfExcludeRequest;
import com.tam.protos.risk.v1.SelfExcludeResponse;
import com.tam.protos.risk.v1.SelfExclusion;
import com.tam.protos.risk.v1.SetResponsibleGamblingLimitsRequest;
import com.tam.protos.risk.v1.SetResponsibleGamblingLimitsResponse;
import com.tam.protos.risk.v1.SetTierRequest;
import com.tam.protos.risk.v1.SetTierResponse;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.ConsumerOrdering;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.SessionRevokeReason;
import com.tam.protos.user.v1.SessionRevokedEvent;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.wallet.v1.PaymentKind;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.PaymentUpdatedEvent;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reference risk-analyzer ({@code risk.v1.RiskService}), in memory: AssessBet's decision model
 * (hard rules, score bands, soft rules) with atomic consumption of stake and loss limits per saga,
 * ReleaseBetLimits with tombstones, fixed-window rate limits on the injected clock, deposit limits
 * and withdrawal blocks, the activity store, responsible-gambling limits with a 24-hour cooling-off
 * for loosening, self-exclusion, operator flags and tiers, and the events of {@code
 * risk_events.proto}. It consumes the subjects its contract lists (registration, sessions, wallet
 * opening, ledger entries, payments, bets), applying each kind's ordering rule.
 *
 * <p>Thread-safe: one lock guards all state, so a decision and the consumption it makes are one
 * step; events are published after the lock is released.
 */
public class ReferenceRiskService extends RiskServiceGrpc.RiskServiceImplBase {
  static final String DOMAIN = RpcErrors.domain("risk");
  private static final String SVC = "risk.v1.RiskService/";
  private static final String CONSUMER = "risk-analyzer";
  private static final List<String> LIMIT_PATHS =
      List.of(
          "daily_deposit_limit",
          "weekly_deposit_limit",
          "monthly_deposit_limit",
          "daily_loss_limit",
          "weekly_loss_limit",
          "monthly_loss_limit");

  private final ServiceContext ctx;
  private final RiskServiceConfig config;
  private final IdempotencyStore idempotency = new IdempotencyStore(DOMAIN);
  private final EventRegistry registry = EventRegistry.load();
  private final ConsumerOrdering ordering = new ConsumerOrdering(CONSUMER);

  /** Guards every field below. */
  final Object lock = new Object();

  private final Map<String, UserRisk> users = new HashMap<>();
  private final Map<String, Activity> activities = new HashMap<>();
  private final Map<String, Long> rateCounters = new HashMap<>();
  private final Map<String, Set<String>> deviceUsers = new HashMap<>();
  private final Map<String, List<RiskAlert>> alerts = new HashMap<>();

  /** Everything the service keeps about one user. */
  static final class UserRisk {
    final String userId;
    boolean exists;
    RiskTier tier = RiskTier.RISK_TIER_STANDARD;
    int score;
    final List<RiskFlag> flags = new ArrayList<>();
    String currency = "";
    Instant createTime;
    Instant updateTime;
    Instant lastAssessTime;
    long tierVersion;
    long clearanceVersion;
    long rgVersion;
    final Map<String, String> limits = new LinkedHashMap<>();
    final Map<String, String> pending = new LinkedHashMap<>();
    Instant pendingEffective;
    SelfExclusion exclusion;
    Instant rgUpdateTime;

    /** Amounts at risk consumed per UTC day. */
    final Map<LocalDate, BigDecimal> dailyStake = new HashMap<>();

    /** Amount at risk of open (assessed, unsettled, unreleased) bets. */
    BigDecimal openAtRisk = BigDecimal.ZERO;

    /** Realised net loss per period key. */
    final Map<String, BigDecimal> realisedLoss = new HashMap<>();

    /** Deposits counted per period key. */
    final Map<String, BigDecimal> deposits = new HashMap<>();

    final Map<String, Deposit> depositsByPayment = new HashMap<>();
    final Map<String, Assessment> assessments = new HashMap<>();
    final Set<String> tombstones = new HashSet<>();
    final Set<String> devices = new HashSet<>();
    final List<Instant> recentAssessments = new ArrayList<>();
    final List<Instant> failedLogins = new ArrayList<>();

    UserRisk(String userId) {
      this.userId = userId;
    }
  }

  /** One stored assessment and what remains of its consumption. */
  static final class Assessment {
    AssessBetResponse response;
    String currency;
    LocalDate day;
    BigDecimal consumed;
    BigDecimal remaining;
  }

  private record Deposit(BigDecimal amount, List<String> periods) {}

  private record Activity(
      String userId,
      ActivityType type,
      String betId,
      boolean fromEvent,
      RecordActivityRequest req) {}

  /** The numbers a decision reads. */
  record Counters(
      BigDecimal todayStake, BigDecimal openAtRisk, Map<String, BigDecimal> realisedLoss) {}

  /** A denied rate-limit answer: returned, never stored under the key. */
  private static final class Denied extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient CheckRateLimitResponse response;

    Denied(CheckRateLimitResponse response) {
      super(null, null, false, false);
      this.response = response;
    }
  }

  /**
   * A risk-analyzer with the default settings.
   *
   * @param ctx the platform context
   */
  public ReferenceRiskService(ServiceContext ctx) {
    this(ctx, RiskServiceConfig.defaults());
  }

  /**
   * A risk-analyzer that subscribes to its consumed subjects on {@code ctx.events()}.
   *
   * @param ctx the platform context
   * @param config the settings
   */
  public ReferenceRiskService(ServiceContext ctx, RiskServiceConfig config) {
    this.ctx = ctx;
    this.config = config;
    subscribe(UserRegisteredEvent.getDefaultInstance(), this::onUserRegistered);
    subscribe(com.tam.protos.user.v1.SessionCreatedEvent.getDefaultInstance(), e -> {});
    subscribe(SessionRevokedEvent.getDefaultInstance(), this::onSessionRevoked);
    subscribe(WalletOpenedEvent.getDefaultInstance(), this::onWalletOpened);
    subscribe(TransactionRecordedEvent.getDefaultInstance(), this::onTransaction);
    subscribe(PaymentUpdatedEvent.getDefaultInstance(), this::onPaymentUpdated);
    subscribe(BetPlacedEvent.getDefaultInstance(), this::onBetPlaced);
    subscribe(BetSettledEvent.getDefaultInstance(), this::onBetSettled);
    subscribe(BetCancelledEvent.getDefaultInstance(), this::onBetCancelled);
  }

  private <T extends Message> void subscribe(T prototype, java.util.function.Consumer<T> handler) {
    ctx.events().subscribe(CONSUMER, prototype, e -> ordering.deliver(e, handler));
  }

  // ---------------------------------------------------------------- inspection

  /**
   * The user's profile as GetRiskProfile would return it, if one exists (inspection).
   *
   * @param userId the user
   * @return the profile
   */
  public Optional<RiskProfile> profile(String userId) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        UserRisk u = users.get(userId);
        if (u == null || !u.exists) {
          return Optional.empty();
        }
        applyDue(u, now(), out);
        return Optional.of(profileOf(u));
      }
    } finally {
      publishAll(out);
    }
  }

  /**
   * The amount at risk of the user's open bets (inspection, for limit invariants).
   *
   * @param userId the user
   * @return the amount, zero for an unknown user
   */
  public BigDecimal openAmountAtRisk(String userId) {
    synchronized (lock) {
      UserRisk u = users.get(userId);
      return u == null ? BigDecimal.ZERO : u.openAtRisk;
    }
  }

  /**
   * The alerts raised for a user (inspection).
   *
   * @param userId the user
   * @return the alerts, oldest first
   */
  public List<RiskAlert> alerts(String userId) {
    synchronized (lock) {
      return List.copyOf(alerts.getOrDefault(userId, List.of()));
    }
  }

  /**
   * Sets a flag as pattern detection would (for tests and demo data); a blocking flag
   * (PAYMENT_FRAUD, MATCH_FIXING) moves the tier to BLOCKED.
   *
   * @param userId the user
   * @param flag the flag
   */
  public void raiseFlag(String userId, RiskFlag flag) {
    List<Message> out = new ArrayList<>();
    synchronized (lock) {
      flag(user(userId, true), flag, now(), out);
    }
    publishAll(out);
  }

  // ---------------------------------------------------------------- AssessBet

  @Override
  public void assessBet(AssessBetRequest request, StreamObserver<AssessBetResponse> response) {
    respond(
        response,
        () -> {
          requireRole("service", request.getUserId(), false);
          return idempotency.execute(
              SVC + "AssessBet",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> assess(request));
        });
  }

  private AssessBetResponse assess(AssessBetRequest r) {
    List<Message> out = new ArrayList<>();
    try {
      if (atomicAssessment()) {
        synchronized (lock) {
          UserRisk u = user(r.getUserId(), false);
          return decide(r, u, counters(u, now()), out);
        }
      }
      Counters snapshot;
      synchronized (lock) {
        UserRisk u = user(r.getUserId(), false);
        Assessment stored = u.assessments.get(r.getSagaId());
        if (stored != null) {
          return stored.response;
        }
        snapshot = counters(u, now());
      }
      betweenCheckAndConsume();
      synchronized (lock) {
        return decide(r, user(r.getUserId(), false), snapshot, out);
      }
    } finally {
      publishAll(out);
    }
  }

  /** Whether the checks and the consumption are one atomic step (broken variants say no). */
  boolean atomicAssessment() {
    return true;
  }

  /** Runs between the checks and the consumption when they are not atomic (broken variants). */
  void betweenCheckAndConsume() {}

  /** Whether an ALLOW or REVIEW consumes the limits (broken variants say no). */
  boolean consumesLimits() {
    return true;
  }

  /** Whether a second AssessBet for a saga returns the stored assessment (broken variants). */
  boolean onePerSaga() {
    return true;
  }

  /** Whether the self-exclusion rule is applied (broken variants say no). */
  boolean enforcesSelfExclusion() {
    return true;
  }

  private Counters counters(UserRisk u, Instant now) {
    return new Counters(
        u.dailyStake.getOrDefault(day(now), BigDecimal.ZERO),
        u.openAtRisk,
        new HashMap<>(u.realisedLoss));
  }

  private AssessBetResponse decide(AssessBetRequest r, UserRisk u, Counters c, List<Message> out) {
    Instant now = now();
    Assessment stored = u.assessments.get(r.getSagaId());
    if (stored != null && onePerSaga()) {
      return stored.response;
    }
    if (u.tombstones.contains(r.getSagaId())) {
      throw RpcErrors.error(
              Status.Code.ABORTED, ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED, DOMAIN)
          .message("ReleaseBetLimits already ran for this saga")
          .putMetadata("sagaId", r.getSagaId())
          .asException();
    }
    String currency = r.getCurrency();
    requireSupported(currency);
    requireCurrency(u, currency);
    applyDue(u, now, out);
    BigDecimal stake = Money.parsePositive(r.getStake(), currency);
    BigDecimal odds = Money.parseOdds(r.getOdds());
    BigDecimal atRisk =
        r.getSide() == BetSide.BET_SIDE_LAY
            ? stake
                .multiply(odds.subtract(BigDecimal.ONE))
                .setScale(Money.scale(currency), RoundingMode.UP)
            : stake;
    RiskServiceConfig.StakeLimits limits = stakeLimits(u);
    Map<RiskReasonCode, String> hard = new EnumMap<>(RiskReasonCode.class);
    if (enforcesSelfExclusion() && excluded(u, now)) {
      hard.put(RiskReasonCode.RISK_REASON_CODE_SELF_EXCLUDED, "self-excluded");
    }
    if (blocked(u)) {
      hard.put(RiskReasonCode.RISK_REASON_CODE_ACCOUNT_BLOCKED, "tier BLOCKED or a blocking flag");
    }
    if (atRisk.compareTo(limits.maxStake()) > 0) {
      hard.put(
          RiskReasonCode.RISK_REASON_CODE_STAKE_ABOVE_LIMIT,
          "amount at risk "
              + fmt(atRisk, currency)
              + " above max_stake "
              + fmt(limits.maxStake(), currency));
    }
    if (c.todayStake().add(atRisk).compareTo(limits.maxDailyStake()) > 0) {
      hard.put(
          RiskReasonCode.RISK_REASON_CODE_DAILY_STAKE_LIMIT_EXCEEDED,
          "today's stakes "
              + fmt(c.todayStake(), currency)
              + " plus "
              + fmt(atRisk, currency)
              + " above max_daily_stake "
              + fmt(limits.maxDailyStake(), currency));
    }
    for (LimitPeriod p :
        List.of(
            LimitPeriod.LIMIT_PERIOD_DAY,
            LimitPeriod.LIMIT_PERIOD_WEEK,
            LimitPeriod.LIMIT_PERIOD_MONTH)) {
      String limit = u.limits.getOrDefault(lossPath(p), "");
      if (limit.isEmpty()) {
        continue;
      }
      BigDecimal used =
          c.realisedLoss().getOrDefault(periodKey(p, now), BigDecimal.ZERO).add(c.openAtRisk());
      if (used.add(atRisk).compareTo(new BigDecimal(limit)) > 0) {
        hard.putIfAbsent(
            RiskReasonCode.RISK_REASON_CODE_LOSS_LIMIT_EXCEEDED,
            p.name()
                + " loss limit "
                + limit
                + ": net loss and open bets "
                + fmt(used, currency)
                + " plus "
                + fmt(atRisk, currency));
      }
    }
    List<RiskReason> reasons = new ArrayList<>();
    hard.forEach((k, v) -> reasons.add(reason(k, v)));
    RiskDecision decision;
    int score = 0;
    String model = "";
    if (!hard.isEmpty()) {
      decision = RiskDecision.RISK_DECISION_REJECT;
    } else {
      OptionalInt scored = config.scorer().score(r, profileOf(u));
      if (scored.isEmpty()) {
        throw RpcErrors.error(
                Status.Code.UNAVAILABLE,
                RiskErrorReason.RISK_ERROR_REASON_MODEL_UNAVAILABLE,
                DOMAIN)
            .message("no scoring model is loaded; no limit was breached and nothing was consumed")
            .asException();
      }
      score = Math.max(0, Math.min(10000, scored.getAsInt()));
      model = config.modelVersion();
      if (score >= config.rejectThresholdBps()) {
        decision = RiskDecision.RISK_DECISION_REJECT;
        reasons.add(reason(RiskReasonCode.RISK_REASON_CODE_MODEL_SCORE_HIGH, "score " + score));
      } else if (score >= config.reviewThresholdBps()) {
        decision = RiskDecision.RISK_DECISION_REVIEW;
        reasons.add(reason(RiskReasonCode.RISK_REASON_CODE_MODEL_SCORE_HIGH, "score " + score));
      } else {
        decision = RiskDecision.RISK_DECISION_ALLOW;
      }
      List<RiskReason> soft = softRules(r, u, now);
      reasons.addAll(soft);
      if (decision == RiskDecision.RISK_DECISION_ALLOW && !soft.isEmpty()) {
        decision = RiskDecision.RISK_DECISION_REVIEW;
      }
    }
    if (!u.exists) {
      reasons.add(reason(RiskReasonCode.RISK_REASON_CODE_NO_HISTORY, "default profile used"));
    }
    boolean consumes = decision != RiskDecision.RISK_DECISION_REJECT;
    BigDecimal a =
        excluded(u, now) || blocked(u)
            ? BigDecimal.ZERO
            : limits
                .maxStake()
                .min(limits.maxDailyStake().subtract(c.todayStake()))
                .max(BigDecimal.ZERO);
    BigDecimal maxAllowed =
        r.getSide() == BetSide.BET_SIDE_LAY
            ? a.divide(odds.subtract(BigDecimal.ONE), Money.scale(currency), RoundingMode.DOWN)
            : a.setScale(Money.scale(currency), RoundingMode.DOWN);
    AssessBetResponse response =
        AssessBetResponse.newBuilder()
            .setDecision(decision)
            .addAllReasons(reasons)
            .setRiskScoreBps(score)
            .setModelVersion(model)
            .setAssessmentId(ctx.ids().uuid())
            .setMaxAllowedStake(fmt(maxAllowed, currency))
            .setAssessTime(ts(now))
            .setConsumedAmount(consumes ? fmt(atRisk, currency) : fmt(BigDecimal.ZERO, currency))
            .setSagaId(r.getSagaId())
            .build();
    Assessment stored2 = new Assessment();
    stored2.response = response;
    stored2.currency = currency;
    stored2.day = day(now);
    stored2.consumed = consumes ? atRisk : BigDecimal.ZERO;
    stored2.remaining = stored2.consumed;
    u.assessments.put(r.getSagaId(), stored2);
    if (consumes && consumesLimits()) {
      u.dailyStake.merge(stored2.day, atRisk, BigDecimal::add);
      u.openAtRisk = u.openAtRisk.add(atRisk);
    }
    u.recentAssessments.add(now);
    if (!r.getClient().getDeviceId().isEmpty() && consumes) {
      u.devices.add(r.getClient().getDeviceId());
      deviceUsers.computeIfAbsent(r.getClient().getDeviceId(), d -> new HashSet<>()).add(u.userId);
    }
    return response;
  }

  private List<RiskReason> softRules(AssessBetRequest r, UserRisk u, Instant now) {
    List<RiskReason> soft = new ArrayList<>();
    ClientContext client = r.getClient();
    String device = client.getDeviceId();
    if (!device.isEmpty() && !u.devices.isEmpty() && !u.devices.contains(device)) {
      soft.add(
          reason(RiskReasonCode.RISK_REASON_CODE_NEW_DEVICE, "device never seen for the user"));
    }
    if (!device.isEmpty()
        && deviceUsers.getOrDefault(device, Set.of()).stream().anyMatch(x -> !x.equals(u.userId))) {
      soft.add(
          reason(RiskReasonCode.RISK_REASON_CODE_SHARED_DEVICE, "device used by other accounts"));
    }
    u.recentAssessments.removeIf(t -> t.isBefore(now.minusSeconds(60)));
    if (u.recentAssessments.size() >= config.velocityBets()) {
      soft.add(reason(RiskReasonCode.RISK_REASON_CODE_VELOCITY, "many bets in the last minute"));
    }
    return soft;
  }

  // ---------------------------------------------------------------- ReleaseBetLimits

  @Override
  public void releaseBetLimits(
      ReleaseBetLimitsRequest request, StreamObserver<ReleaseBetLimitsResponse> response) {
    respond(
        response,
        () -> {
          requireRole("service", request.getUserId(), false);
          return idempotency.execute(
              SVC + "ReleaseBetLimits",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> release(request));
        });
  }

  private ReleaseBetLimitsResponse release(ReleaseBetLimitsRequest r) {
    synchronized (lock) {
      UserRisk u = user(r.getUserId(), false);
      Assessment a = u.assessments.get(r.getSagaId());
      String zeroCurrency =
          a != null ? a.currency : !r.getCurrency().isEmpty() ? r.getCurrency() : "EUR";
      if (a == null || a.consumed.signum() == 0) {
        if (a == null) {
          u.tombstones.add(r.getSagaId());
        }
        String zero =
            Money.currencyCodes().contains(zeroCurrency) ? fmt(BigDecimal.ZERO, zeroCurrency) : "0";
        return ReleaseBetLimitsResponse.newBuilder()
            .setOutcome(ReleaseOutcome.RELEASE_OUTCOME_NO_ASSESSMENT)
            .setReleasedAmount(zero)
            .setRemainingAmount(zero)
            .build();
      }
      if (!r.getAmount().isEmpty() && !r.getCurrency().equals(a.currency)) {
        throw currencyMismatch(a.currency);
      }
      if (a.remaining.signum() == 0) {
        return ReleaseBetLimitsResponse.newBuilder()
            .setOutcome(ReleaseOutcome.RELEASE_OUTCOME_NOTHING_LEFT)
            .setReleasedAmount(fmt(BigDecimal.ZERO, a.currency))
            .setRemainingAmount(fmt(BigDecimal.ZERO, a.currency))
            .build();
      }
      BigDecimal x =
          r.getAmount().isEmpty()
              ? a.remaining
              : Money.parsePositive(r.getAmount(), a.currency).min(a.remaining);
      giveBack(u, a, x);
      return ReleaseBetLimitsResponse.newBuilder()
          .setOutcome(ReleaseOutcome.RELEASE_OUTCOME_RELEASED)
          .setReleasedAmount(fmt(x, a.currency))
          .setRemainingAmount(fmt(a.remaining, a.currency))
          .build();
    }
  }

  private void giveBack(UserRisk u, Assessment a, BigDecimal x) {
    a.remaining = a.remaining.subtract(x);
    u.dailyStake.merge(a.day, x.negate(), BigDecimal::add);
    u.openAtRisk = u.openAtRisk.subtract(x).max(BigDecimal.ZERO);
  }

  // ---------------------------------------------------------------- CheckRateLimit

  @Override
  public void checkRateLimit(
      CheckRateLimitRequest request, StreamObserver<CheckRateLimitResponse> response) {
    respond(
        response,
        () -> {
          requireRole("service", "", false);
          String kind =
              switch (request.getSubjectCase()) {
                case USER_ID -> "user_id";
                case IP_ADDRESS -> "ip_address";
                case DEVICE_ID -> "device_id";
                default -> throw new IllegalStateException("validated: a subject is required");
              };
          String subject =
              switch (request.getSubjectCase()) {
                case USER_ID -> request.getUserId();
                case IP_ADDRESS -> request.getIpAddress();
                default -> request.getDeviceId();
              };
          try {
            return idempotency.execute(
                SVC + "CheckRateLimit",
                kind + ":" + subject,
                request.getIdempotencyKey(),
                request,
                () -> rateLimit(request, kind, subject));
          } catch (Denied d) {
            return d.response;
          }
        });
  }

  private CheckRateLimitResponse rateLimit(CheckRateLimitRequest r, String kind, String subject) {
    RiskServiceConfig.RateLimitPolicy policy =
        config.rateLimits().get(new RiskServiceConfig.PolicyKey(kind, r.getAction()));
    if (policy == null) {
      throw RpcErrors.error(
              Status.Code.NOT_FOUND,
              RiskErrorReason.RISK_ERROR_REASON_RATE_LIMIT_POLICY_NOT_FOUND,
              DOMAIN)
          .message("no rate-limit policy for " + kind + " and " + r.getAction())
          .putMetadata("subjectKind", kind)
          .putMetadata("action", r.getAction().name())
          .asException();
    }
    long cost = r.getCost() == 0 ? 1 : r.getCost();
    if (cost > policy.limit()) {
      throw RpcErrors.error(
              Status.Code.INVALID_ARGUMENT,
              RiskErrorReason.RISK_ERROR_REASON_COST_EXCEEDS_LIMIT,
              DOMAIN)
          .message("cost " + cost + " exceeds the policy's limit " + policy.limit())
          .putMetadata("limit", Long.toString(policy.limit()))
          .putMetadata("cost", Long.toString(cost))
          .asException();
    }
    synchronized (lock) {
      Instant now = now();
      long window = policy.window().getSeconds();
      long start = Math.floorDiv(now.getEpochSecond(), window) * window;
      Instant reset = Instant.ofEpochSecond(start + window);
      String key = kind + "|" + subject + "|" + r.getAction() + "|" + start;
      long used = rateCounters.getOrDefault(key, 0L);
      CheckRateLimitResponse.Builder b =
          CheckRateLimitResponse.newBuilder()
              .setLimit(policy.limit())
              .setResetTime(ts(reset))
              .setWindow(Duration.newBuilder().setSeconds(window))
              .setPolicyId(policy.policyId());
      if (used + cost > policy.limit()) {
        java.time.Duration wait = java.time.Duration.between(now, reset);
        throw new Denied(
            b.setAllowed(false)
                .setRemaining(policy.limit() - used)
                .setRetryAfter(
                    Duration.newBuilder().setSeconds(wait.getSeconds()).setNanos(wait.getNano()))
                .build());
      }
      rateCounters.put(key, used + cost);
      return b.setAllowed(true).setRemaining(policy.limit() - used - cost).build();
    }
  }

  // ---------------------------------------------------------------- deposits and withdrawals

  @Override
  public void checkDeposit(
      CheckDepositRequest request, StreamObserver<CheckDepositResponse> response) {
    respond(
        response,
        () -> {
          requireRole("service", request.getUserId(), false);
          return idempotency.execute(
              SVC + "CheckDeposit",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> deposit(request));
        });
  }

  private CheckDepositResponse deposit(CheckDepositRequest r) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        UserRisk u = user(r.getUserId(), false);
        requireCurrency(u, r.getCurrency());
        applyDue(u, now, out);
        if (excluded(u, now)) {
          CheckDepositResponse.Builder b =
              CheckDepositResponse.newBuilder()
                  .setAllowed(false)
                  .setDenialReason(CheckDenialReason.CHECK_DENIAL_REASON_SELF_EXCLUDED);
          if (!u.exclusion.getPermanent()) {
            b.setSelfExclusionEndTime(u.exclusion.getEndTime());
          }
          return b.build();
        }
        BigDecimal amount = Money.parsePositive(r.getAmount(), r.getCurrency());
        List<String> periods = new ArrayList<>();
        for (LimitPeriod p :
            List.of(
                LimitPeriod.LIMIT_PERIOD_DAY,
                LimitPeriod.LIMIT_PERIOD_WEEK,
                LimitPeriod.LIMIT_PERIOD_MONTH)) {
          String key = periodKey(p, now);
          periods.add(key);
          String limit = u.limits.getOrDefault(depositPath(p), "");
          if (limit.isEmpty()) {
            continue;
          }
          BigDecimal lim = new BigDecimal(limit);
          BigDecimal used = u.deposits.getOrDefault(key, BigDecimal.ZERO);
          if (used.add(amount).compareTo(lim) > 0) {
            return CheckDepositResponse.newBuilder()
                .setAllowed(false)
                .setDenialReason(CheckDenialReason.CHECK_DENIAL_REASON_DEPOSIT_LIMIT_EXCEEDED)
                .setLimitPeriod(p)
                .setLimit(fmt(lim, r.getCurrency()))
                .setRemaining(fmt(lim.subtract(used).max(BigDecimal.ZERO), r.getCurrency()))
                .build();
          }
        }
        for (String key : periods) {
          u.deposits.merge(key, amount, BigDecimal::add);
        }
        if (!r.getPaymentId().isEmpty()) {
          u.depositsByPayment.put(r.getPaymentId(), new Deposit(amount, periods));
        }
        return CheckDepositResponse.newBuilder().setAllowed(true).build();
      }
    } finally {
      publishAll(out);
    }
  }

  @Override
  public void checkWithdrawal(
      CheckWithdrawalRequest request, StreamObserver<CheckWithdrawalResponse> response) {
    respond(
        response,
        () -> {
          requireRole("service", request.getUserId(), false);
          return idempotency.execute(
              SVC + "CheckWithdrawal",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> {
                synchronized (lock) {
                  UserRisk u = user(request.getUserId(), false);
                  requireCurrency(u, request.getCurrency());
                  if (blocked(u)) {
                    return CheckWithdrawalResponse.newBuilder()
                        .setAllowed(false)
                        .setDenialReason(CheckDenialReason.CHECK_DENIAL_REASON_ACCOUNT_BLOCKED)
                        .build();
                  }
                  return CheckWithdrawalResponse.newBuilder().setAllowed(true).build();
                }
              });
        });
  }

  // ---------------------------------------------------------------- RecordActivity

  @Override
  public void recordActivity(
      RecordActivityRequest request, StreamObserver<RecordActivityResponse> response) {
    respond(
        response,
        () -> {
          requireRole("service", request.getUserId(), false);
          return idempotency.execute(
              SVC + "RecordActivity",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> record(request));
        });
  }

  private RecordActivityResponse record(RecordActivityRequest r) {
    if (!r.getCurrency().isEmpty()) {
      requireSupported(r.getCurrency());
    }
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        Activity existing = activities.get(r.getActivityId());
        if (existing != null) {
          boolean sameFact =
              existing.fromEvent()
                  && existing.userId().equals(r.getUserId())
                  && existing.type() == r.getType()
                  && existing.betId().equals(r.getBetId());
          if (!sameFact) {
            throw RpcErrors.error(
                    Status.Code.ALREADY_EXISTS,
                    RiskErrorReason.RISK_ERROR_REASON_ACTIVITY_ALREADY_RECORDED,
                    DOMAIN)
                .message("activity " + r.getActivityId() + " is already recorded")
                .putMetadata("activityId", r.getActivityId())
                .asException();
          }
          activities.put(
              r.getActivityId(), new Activity(r.getUserId(), r.getType(), r.getBetId(), false, r));
          return RecordActivityResponse.newBuilder()
              .setActivityId(r.getActivityId())
              .setRecordTime(ts(now))
              .build();
        }
        UserRisk u = user(r.getUserId(), true);
        activities.put(
            r.getActivityId(), new Activity(r.getUserId(), r.getType(), r.getBetId(), false, r));
        if (!r.getClient().getDeviceId().isEmpty()) {
          u.devices.add(r.getClient().getDeviceId());
          deviceUsers
              .computeIfAbsent(r.getClient().getDeviceId(), d -> new HashSet<>())
              .add(u.userId);
        }
        if (r.getType() == ActivityType.ACTIVITY_TYPE_LOGIN
            && r.getOutcome() == com.tam.protos.risk.v1.ActivityOutcome.ACTIVITY_OUTCOME_FAILED) {
          u.failedLogins.removeIf(t -> t.isBefore(now.minusSeconds(900)));
          u.failedLogins.add(now);
          if (u.failedLogins.size() >= config.failedLoginsForTakeover()) {
            flag(u, RiskFlag.RISK_FLAG_ACCOUNT_TAKEOVER, now, out);
          }
        }
        return RecordActivityResponse.newBuilder()
            .setActivityId(r.getActivityId())
            .setRecordTime(ts(now))
            .build();
      }
    } finally {
      publishAll(out);
    }
  }

  // ---------------------------------------------------------------- profile RPCs

  @Override
  public void getRiskProfile(
      GetRiskProfileRequest request, StreamObserver<GetRiskProfileResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = AuthenticatedSession.current();
          if (!caller.hasRole("service")
              && !caller.hasRole("operator")
              && !caller.userId().equals(request.getUserId())) {
            throw permissionDenied(request.getUserId());
          }
          return GetRiskProfileResponse.newBuilder()
              .setProfile(
                  profile(request.getUserId())
                      .orElseThrow(() -> profileNotFound(request.getUserId())))
              .build();
        });
  }

  @Override
  public void setResponsibleGamblingLimits(
      SetResponsibleGamblingLimitsRequest request,
      StreamObserver<SetResponsibleGamblingLimitsResponse> response) {
    respond(
        response,
        () -> {
          requireSelfOrOperator(request.getUserId());
          return idempotency.execute(
              SVC + "SetResponsibleGamblingLimits",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> setLimits(request));
        });
  }

  private SetResponsibleGamblingLimitsResponse setLimits(SetResponsibleGamblingLimitsRequest r) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        UserRisk u = existing(r.getUserId());
        ResponsibleGamblingLimits in = r.getLimits();
        if (!in.getCurrency().isEmpty()) {
          requireCurrency(u, in.getCurrency());
        }
        applyDue(u, now, out);
        List<String> paths =
            r.hasUpdateMask() && r.getUpdateMask().getPathsCount() > 0
                ? r.getUpdateMask().getPathsList()
                : LIMIT_PATHS;
        boolean changed = false;
        boolean loosened = false;
        for (String path : paths) {
          String value =
              (String) in.getField(ResponsibleGamblingLimits.getDescriptor().findFieldByName(path));
          if (!value.isEmpty()) {
            if (u.currency.isEmpty()) {
              throw RpcErrors.error(
                      Status.Code.INVALID_ARGUMENT,
                      ErrorReason.ERROR_REASON_VALIDATION_FAILED,
                      DOMAIN)
                  .message("limits.currency: required when a limit is set")
                  .asException();
            }
            try {
              Money.parse(value, u.currency);
            } catch (IllegalArgumentException e) {
              throw RpcErrors.error(
                      Status.Code.INVALID_ARGUMENT,
                      ErrorReason.ERROR_REASON_VALIDATION_FAILED,
                      DOMAIN)
                  .message("limits." + path + ": " + e.getMessage())
                  .asException();
            }
          }
          String current = u.limits.getOrDefault(path, "");
          int cmp = compareLimits(value, current);
          if (cmp < 0) {
            if (value.isEmpty()) {
              u.limits.remove(path);
            } else {
              u.limits.put(path, fmt(new BigDecimal(value), u.currency));
            }
            changed = true;
            if (u.pending.remove(path) != null) {
              changed = true;
            }
          } else if (cmp > 0) {
            u.pending.put(path, value.isEmpty() ? "" : fmt(new BigDecimal(value), u.currency));
            loosened = true;
            changed = true;
          } else if (u.pending.remove(path) != null) {
            changed = true;
          }
        }
        if (loosened) {
          u.pendingEffective = now.plus(config.coolingOff());
        }
        if (u.pending.isEmpty()) {
          u.pendingEffective = null;
        }
        if (changed) {
          rgChanged(u, now, out);
        }
        return SetResponsibleGamblingLimitsResponse.newBuilder()
            .setResponsibleGambling(rgOf(u))
            .build();
      }
    } finally {
      publishAll(out);
    }
  }

  /** Negative when {@code next} is tighter than {@code current}; empty means no limit. */
  private static int compareLimits(String next, String current) {
    if (next.isEmpty() && current.isEmpty()) {
      return 0;
    }
    if (next.isEmpty()) {
      return 1;
    }
    if (current.isEmpty()) {
      return -1;
    }
    return new BigDecimal(next).compareTo(new BigDecimal(current));
  }

  @Override
  public void selfExclude(
      SelfExcludeRequest request, StreamObserver<SelfExcludeResponse> response) {
    respond(
        response,
        () -> {
          requireSelfOrOperator(request.getUserId());
          return idempotency.execute(
              SVC + "SelfExclude",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> exclude(request));
        });
  }

  private SelfExcludeResponse exclude(SelfExcludeRequest r) {
    List<Message> out = new ArrayList<>();
    try {
      synchronized (lock) {
        Instant now = now();
        UserRisk u = existing(r.getUserId());
        applyDue(u, now, out);
        Instant end =
            r.getPermanent()
                ? null
                : now.plusSeconds(r.getDuration().getSeconds())
                    .plusNanos(r.getDuration().getNanos());
        SelfExclusion current = u.exclusion;
        boolean extend;
        if (current == null) {
          extend = true;
        } else if (current.getPermanent()) {
          extend = false;
        } else {
          extend = end == null || end.isAfter(instant(current.getEndTime()));
        }
        if (extend) {
          SelfExclusion.Builder b =
              SelfExclusion.newBuilder()
                  .setStartTime(current == null ? ts(now) : current.getStartTime())
                  .setPermanent(end == null);
          if (end != null) {
            b.setEndTime(ts(end));
          }
          u.exclusion = b.build();
          rgChanged(u, now, out);
        }
        return SelfExcludeResponse.newBuilder().setResponsibleGambling(rgOf(u)).build();
      }
    } finally {
      publishAll(out);
    }
  }

  @Override
  public void clearFlag(ClearFlagRequest request, StreamObserver<ClearFlagResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = requireRole("operator", request.getUserId(), true);
          return idempotency.execute(
              SVC + "ClearFlag",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> {
                List<Message> out = new ArrayList<>();
                try {
                  synchronized (lock) {
                    Instant now = now();
                    UserRisk u = existing(request.getUserId());
                    boolean changed = u.flags.remove(request.getFlag());
                    if (changed) {
                      u.updateTime = now;
                      u.clearanceVersion++;
                      out.add(
                          RiskFlagClearedEvent.newBuilder()
                              .setMetadata(meta(u.userId, u.clearanceVersion))
                              .setUserId(u.userId)
                              .setFlag(request.getFlag())
                              .setActorUserId(caller.userId())
                              .setNote(request.getNote())
                              .setClearTime(ts(now))
                              .build());
                    }
                    return ClearFlagResponse.newBuilder()
                        .setChanged(changed)
                        .setProfile(profileOf(u))
                        .build();
                  }
                } finally {
                  publishAll(out);
                }
              });
        });
  }

  @Override
  public void setTier(SetTierRequest request, StreamObserver<SetTierResponse> response) {
    respond(
        response,
        () -> {
          AuthenticatedSession caller = requireRole("operator", request.getUserId(), true);
          return idempotency.execute(
              SVC + "SetTier",
              request.getUserId(),
              request.getIdempotencyKey(),
              request,
              () -> {
                List<Message> out = new ArrayList<>();
                try {
                  synchronized (lock) {
                    Instant now = now();
                    UserRisk u = existing(request.getUserId());
                    if (u.tier == request.getTier()) {
                      return SetTierResponse.newBuilder()
                          .setChanged(false)
                          .setProfile(profileOf(u))
                          .build();
                    }
                    if (u.tier == RiskTier.RISK_TIER_BLOCKED) {
                      for (RiskFlag f : u.flags) {
                        if (isBlocking(f)) {
                          throw RpcErrors.error(
                                  Status.Code.FAILED_PRECONDITION,
                                  RiskErrorReason.RISK_ERROR_REASON_BLOCKING_FLAG_SET,
                                  DOMAIN)
                              .message("clear the blocking flag " + f.name() + " first")
                              .putMetadata("flag", f.name())
                              .asException();
                        }
                      }
                    }
                    changeTier(u, request.getTier(), request.getNote(), caller.userId(), now, out);
                    return SetTierResponse.newBuilder()
                        .setChanged(true)
                        .setProfile(profileOf(u))
                        .build();
                  }
                } finally {
                  publishAll(out);
                }
              });
        });
  }

  // ---------------------------------------------------------------- consumed events

  private void onUserRegistered(UserRegisteredEvent e) {
    synchronized (lock) {
      UserRisk u = user(e.getUser().getUserId(), true);
      if (u.currency.isEmpty()) {
        u.currency = e.getUser().getCurrency();
      }
      String id = e.getMetadata().getEventId();
      activities.putIfAbsent(
          id, new Activity(u.userId, ActivityType.ACTIVITY_TYPE_REGISTRATION, "", true, null));
    }
  }

  private void onSessionRevoked(SessionRevokedEvent e) {
    if (e.getSession().getRevokeReason()
        != SessionRevokeReason.SESSION_REVOKE_REASON_REFRESH_TOKEN_REUSE) {
      return;
    }
    List<Message> out = new ArrayList<>();
    synchronized (lock) {
      flag(user(e.getSession().getUserId(), true), RiskFlag.RISK_FLAG_ACCOUNT_TAKEOVER, now(), out);
    }
    publishAll(out);
  }

  private void onWalletOpened(WalletOpenedEvent e) {
    synchronized (lock) {
      user(e.getUserId(), true).currency = e.getCurrency();
    }
  }

  private void onTransaction(TransactionRecordedEvent e) {
    if (e.getTransaction().getType() != TransactionType.TRANSACTION_TYPE_CHARGEBACK) {
      return;
    }
    List<Message> out = new ArrayList<>();
    synchronized (lock) {
      flag(
          user(e.getTransaction().getUserId(), true), RiskFlag.RISK_FLAG_PAYMENT_FRAUD, now(), out);
    }
    publishAll(out);
  }

  private void onPaymentUpdated(PaymentUpdatedEvent e) {
    if (e.getPayment().getKind() != PaymentKind.PAYMENT_KIND_DEPOSIT
        || e.getPayment().getState() != PaymentState.PAYMENT_STATE_FAILED) {
      return;
    }
    synchronized (lock) {
      UserRisk u = users.get(e.getPayment().getUserId());
      Deposit d = u == null ? null : u.depositsByPayment.remove(e.getPayment().getPaymentId());
      if (d != null) {
        for (String key : d.periods()) {
          u.deposits.merge(key, d.amount().negate(), BigDecimal::add);
        }
      }
    }
  }

  private void onBetPlaced(BetPlacedEvent e) {
    List<Message> out = new ArrayList<>();
    synchronized (lock) {
      var bet = e.getBet();
      String activityId = "bet_placed:" + bet.getBetId();
      if (activities.containsKey(activityId)) {
        return;
      }
      activities.put(
          activityId,
          new Activity(
              bet.getUserId(), ActivityType.ACTIVITY_TYPE_BET_PLACED, bet.getBetId(), true, null));
      UserRisk u = user(bet.getUserId(), true);
      Assessment a = u.assessments.get(bet.getSagaId());
      if (a == null && !bet.getSagaId().isEmpty() && !u.tombstones.contains(bet.getSagaId())) {
        // Placed without an assessment (fail-open threshold): consume the limits afterwards.
        BigDecimal atRisk = Money.parse(bet.getLiability(), bet.getCurrency());
        Assessment late = new Assessment();
        late.currency = bet.getCurrency();
        late.day = day(now());
        late.consumed = atRisk;
        late.remaining = atRisk;
        late.response = AssessBetResponse.getDefaultInstance();
        u.assessments.put(bet.getSagaId(), late);
        u.dailyStake.merge(late.day, atRisk, BigDecimal::add);
        u.openAtRisk = u.openAtRisk.add(atRisk);
      } else if (a != null && a.response.getDecision() == RiskDecision.RISK_DECISION_REVIEW) {
        raiseAlert(
            u,
            RiskFlag.RISK_FLAG_UNSPECIFIED,
            a.response.getRiskScoreBps() >= config.reviewThresholdBps()
                ? RiskAlertSeverity.RISK_ALERT_SEVERITY_MEDIUM
                : RiskAlertSeverity.RISK_ALERT_SEVERITY_LOW,
            RiskAlertAction.RISK_ALERT_ACTION_REVIEW,
            a.response.getReasonsList(),
            bet.getBetId(),
            a.response.getAssessmentId(),
            "bet placed under a REVIEW decision",
            now(),
            out);
      }
    }
    publishAll(out);
  }

  private void onBetSettled(BetSettledEvent e) {
    synchronized (lock) {
      var s = e.getSettlement();
      String activityId = "bet_settled:" + s.getBetId();
      Activity prior = activities.get(activityId);
      if (prior != null && prior.fromEvent()) {
        return;
      }
      activities.put(
          activityId,
          new Activity(
              s.getUserId(), ActivityType.ACTIVITY_TYPE_BET_SETTLED, s.getBetId(), true, null));
      UserRisk u = user(s.getUserId(), true);
      Assessment a = u.assessments.get(e.getBet().getSagaId());
      if (a != null && a.remaining.signum() > 0) {
        u.openAtRisk = u.openAtRisk.subtract(a.remaining).max(BigDecimal.ZERO);
        a.remaining = BigDecimal.ZERO;
      }
      BigDecimal loss = Money.parseSigned(s.getProfit(), s.getCurrency()).negate();
      Instant when = s.hasSettleTime() ? instant(s.getSettleTime()) : now();
      for (LimitPeriod p :
          List.of(
              LimitPeriod.LIMIT_PERIOD_DAY,
              LimitPeriod.LIMIT_PERIOD_WEEK,
              LimitPeriod.LIMIT_PERIOD_MONTH)) {
        u.realisedLoss.merge(periodKey(p, when), loss, BigDecimal::add);
      }
    }
  }

  private void onBetCancelled(BetCancelledEvent e) {
    synchronized (lock) {
      var bet = e.getBet();
      activities.putIfAbsent(
          "bet_cancelled:" + bet.getBetId(),
          new Activity(
              bet.getUserId(),
              ActivityType.ACTIVITY_TYPE_BET_CANCELLED,
              bet.getBetId(),
              true,
              null));
    }
  }

  // ---------------------------------------------------------------- state helpers

  private UserRisk user(String userId, boolean createProfile) {
    UserRisk u =
        users.computeIfAbsent(
            userId,
            id -> {
              UserRisk n = new UserRisk(id);
              n.score = config.newProfileScoreBps();
              return n;
            });
    if (createProfile && !u.exists) {
      Instant now = now();
      u.exists = true;
      u.createTime = now;
      u.updateTime = now;
      u.lastAssessTime = now;
    }
    return u;
  }

  private UserRisk existing(String userId) {
    UserRisk u = users.get(userId);
    if (u == null || !u.exists) {
      throw profileNotFound(userId);
    }
    return u;
  }

  private void requireCurrency(UserRisk u, String currency) {
    if (u.currency.isEmpty()) {
      u.currency = currency;
    } else if (!u.currency.equals(currency)) {
      throw currencyMismatch(u.currency);
    }
  }

  private static void requireSupported(String currency) {
    if (!Money.currencyCodes().contains(currency)) {
      throw RpcErrors.error(
              Status.Code.INVALID_ARGUMENT,
              RiskErrorReason.RISK_ERROR_REASON_UNSUPPORTED_CURRENCY,
              DOMAIN)
          .message("currency " + currency + " is not traded on the platform")
          .putMetadata("currency", currency)
          .asException();
    }
  }

  private static StatusRuntimeException currencyMismatch(String profileCurrency) {
    return RpcErrors.error(
            Status.Code.INVALID_ARGUMENT,
            RiskErrorReason.RISK_ERROR_REASON_CURRENCY_MISMATCH,
            DOMAIN)
        .message("the currency differs from the profile's " + profileCurrency)
        .putMetadata("profileCurrency", profileCurrency)
        .asException();
  }

  private static StatusRuntimeException profileNotFound(String userId) {
    return RpcErrors.error(
            Status.Code.NOT_FOUND, RiskErrorReason.RISK_ERROR_REASON_RISK_PROFILE_NOT_FOUND, DOMAIN)
        .message("no risk profile for " + userId)
        .putMetadata("userId", userId)
        .asException();
  }

  private static StatusRuntimeException permissionDenied(String userId) {
    return RpcErrors.error(
            Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED, DOMAIN)
        .message("the caller may not act on this user's risk profile")
        .putMetadata("resource", "riskProfiles/" + userId)
        .asException();
  }

  private static AuthenticatedSession requireRole(String role, String userId, boolean strict) {
    AuthenticatedSession caller = AuthenticatedSession.current();
    if (!caller.hasRole(role)) {
      throw permissionDenied(userId);
    }
    return caller;
  }

  private static void requireSelfOrOperator(String userId) {
    AuthenticatedSession caller = AuthenticatedSession.current();
    if (!caller.hasRole("operator") && !caller.userId().equals(userId)) {
      throw permissionDenied(userId);
    }
  }

  private static boolean isBlocking(RiskFlag f) {
    return f == RiskFlag.RISK_FLAG_PAYMENT_FRAUD || f == RiskFlag.RISK_FLAG_MATCH_FIXING;
  }

  private static boolean blocked(UserRisk u) {
    return u.tier == RiskTier.RISK_TIER_BLOCKED
        || u.flags.stream().anyMatch(ReferenceRiskService::isBlocking);
  }

  private static boolean excluded(UserRisk u, Instant now) {
    return u.exclusion != null
        && (u.exclusion.getPermanent() || now.isBefore(instant(u.exclusion.getEndTime())));
  }

  private void flag(UserRisk u, RiskFlag flag, Instant now, List<Message> out) {
    if (u.flags.contains(flag)) {
      return;
    }
    u.flags.add(flag);
    u.updateTime = now;
    boolean blocking = isBlocking(flag);
    raiseAlert(
        u,
        flag,
        blocking
            ? RiskAlertSeverity.RISK_ALERT_SEVERITY_CRITICAL
            : RiskAlertSeverity.RISK_ALERT_SEVERITY_MEDIUM,
        blocking
            ? RiskAlertAction.RISK_ALERT_ACTION_FREEZE_WALLET
            : RiskAlertAction.RISK_ALERT_ACTION_REVIEW,
        List.of(),
        "",
        "",
        "flag " + flag.name() + " detected",
        now,
        out);
    if (blocking && u.tier != RiskTier.RISK_TIER_BLOCKED) {
      changeTier(u, RiskTier.RISK_TIER_BLOCKED, "blocking flag " + flag.name(), "", now, out);
    }
  }

  private void raiseAlert(
      UserRisk u,
      RiskFlag flag,
      RiskAlertSeverity severity,
      RiskAlertAction action,
      List<RiskReason> reasons,
      String betId,
      String assessmentId,
      String description,
      Instant now,
      List<Message> out) {
    RiskAlert alert =
        RiskAlert.newBuilder()
            .setAlertId(ctx.ids().uuid())
            .setUserId(u.userId)
            .setFlag(flag)
            .addAllReasons(reasons)
            .setSeverity(severity)
            .setRecommendedAction(action)
            .setRiskScoreBps(u.score)
            .setBetId(betId)
            .setAssessmentId(assessmentId)
            .setDescription(description)
            .setCreateTime(ts(now))
            .build();
    alerts.computeIfAbsent(u.userId, k -> new ArrayList<>()).add(alert);
    out.add(
        RiskAlertRaisedEvent.newBuilder()
            .setMetadata(meta(alert.getAlertId(), 1))
            .setAlert(alert)
            .build());
  }

  private void changeTier(
      UserRisk u, RiskTier tier, String reason, String actor, Instant now, List<Message> out) {
    RiskTier previous = u.tier;
    u.tier = tier;
    u.updateTime = now;
    u.tierVersion++;
    out.add(
        RiskTierChangedEvent.newBuilder()
            .setMetadata(meta(u.userId, u.tierVersion))
            .setUserId(u.userId)
            .setPreviousTier(previous)
            .setTier(tier)
            .setProfile(profileOf(u))
            .setReason(reason)
            .setChangeTime(ts(now))
            .setActorUserId(actor)
            .build());
  }

  /** Applies pending limits whose cooling-off has passed and ends expired exclusions. */
  private void applyDue(UserRisk u, Instant now, List<Message> out) {
    boolean changed = false;
    if (u.pendingEffective != null && !now.isBefore(u.pendingEffective)) {
      for (Map.Entry<String, String> p : u.pending.entrySet()) {
        if (p.getValue().isEmpty()) {
          u.limits.remove(p.getKey());
        } else {
          u.limits.put(p.getKey(), p.getValue());
        }
      }
      u.pending.clear();
      Instant at = u.pendingEffective;
      u.pendingEffective = null;
      rgChanged(u, at, out);
      changed = true;
    }
    if (u.exclusion != null && !excluded(u, now)) {
      Instant at = instant(u.exclusion.getEndTime());
      u.exclusion = null;
      if (!changed) {
        rgChanged(u, at, out);
      }
    }
  }

  private void rgChanged(UserRisk u, Instant at, List<Message> out) {
    u.rgUpdateTime = at;
    u.rgVersion++;
    out.add(
        ResponsibleGamblingChangedEvent.newBuilder()
            .setMetadata(meta(u.userId, u.rgVersion))
            .setUserId(u.userId)
            .setResponsibleGambling(rgOf(u))
            .build());
  }

  private RiskServiceConfig.StakeLimits stakeLimits(UserRisk u) {
    return config.stakeLimits().get(blocked(u) ? RiskTier.RISK_TIER_BLOCKED : u.tier);
  }

  private RiskProfile profileOf(UserRisk u) {
    String currency = u.currency.isEmpty() ? "EUR" : u.currency;
    RiskServiceConfig.StakeLimits limits = stakeLimits(u);
    RiskProfile.Builder b =
        RiskProfile.newBuilder()
            .setUserId(u.userId)
            .setTier(u.tier)
            .setRiskScoreBps(u.score)
            .addAllFlags(u.flags)
            .setLimits(
                RiskLimits.newBuilder()
                    .setMaxStake(fmt(limits.maxStake(), currency))
                    .setMaxDailyStake(fmt(limits.maxDailyStake(), currency))
                    .setCurrency(currency))
            .setModelVersion(config.modelVersion())
            .setResponsibleGambling(rgOf(u));
    if (u.createTime != null) {
      b.setCreateTime(ts(u.createTime))
          .setUpdateTime(ts(u.updateTime))
          .setLastAssessTime(ts(u.lastAssessTime));
    }
    return b.build();
  }

  private static ResponsibleGamblingLimits limitsOf(Map<String, String> values, String currency) {
    ResponsibleGamblingLimits.Builder b = ResponsibleGamblingLimits.newBuilder();
    values.forEach(
        (path, value) ->
            b.setField(ResponsibleGamblingLimits.getDescriptor().findFieldByName(path), value));
    if (!values.isEmpty()) {
      b.setCurrency(currency);
    }
    return b.build();
  }

  private static ResponsibleGambling rgOf(UserRisk u) {
    ResponsibleGambling.Builder b =
        ResponsibleGambling.newBuilder().setLimits(limitsOf(u.limits, u.currency));
    if (!u.pending.isEmpty()) {
      b.setPendingLimits(limitsOf(u.pending, u.currency).toBuilder().setCurrency(u.currency));
      b.setPendingEffectiveTime(ts(u.pendingEffective));
      // Paths in field-number order, whatever order the changes came in.
      ResponsibleGamblingLimits.getDescriptor().getFields().stream()
          .map(com.google.protobuf.Descriptors.FieldDescriptor::getName)
          .filter(u.pending::containsKey)
          .forEach(path -> b.getPendingMaskBuilder().addPaths(path));
    }
    if (u.exclusion != null) {
      b.setSelfExclusion(u.exclusion);
    }
    if (u.rgUpdateTime != null) {
      b.setUpdateTime(ts(u.rgUpdateTime));
    }
    return b.build();
  }

  private static RiskReason reason(RiskReasonCode code, String description) {
    return RiskReason.newBuilder().setCode(code).setDescription(description).build();
  }

  private static String lossPath(LimitPeriod p) {
    return switch (p) {
      case LIMIT_PERIOD_DAY -> "daily_loss_limit";
      case LIMIT_PERIOD_WEEK -> "weekly_loss_limit";
      default -> "monthly_loss_limit";
    };
  }

  private static String depositPath(LimitPeriod p) {
    return switch (p) {
      case LIMIT_PERIOD_DAY -> "daily_deposit_limit";
      case LIMIT_PERIOD_WEEK -> "weekly_deposit_limit";
      default -> "monthly_deposit_limit";
    };
  }

  private static LocalDate day(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  /** The calendar period (UTC) an instant falls in: a day, an ISO week from Monday, a month. */
  static String periodKey(LimitPeriod p, Instant t) {
    LocalDate d = day(t);
    return switch (p) {
      case LIMIT_PERIOD_DAY -> "D" + d;
      case LIMIT_PERIOD_WEEK -> "W" + d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      default -> "M" + d.withDayOfMonth(1);
    };
  }

  private static String fmt(BigDecimal amount, String currency) {
    return Money.format(amount.setScale(Money.scale(currency), RoundingMode.UNNECESSARY), currency);
  }

  private Instant now() {
    return ctx.clock().instant();
  }

  private static Timestamp ts(Instant t) {
    return Timestamp.newBuilder().setSeconds(t.getEpochSecond()).setNanos(t.getNano()).build();
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private EventMetadata meta(String aggregateId, long version) {
    return EventMetadata.newBuilder()
        .setEventId(ctx.ids().uuid())
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .build();
  }

  private void publishAll(List<Message> events) {
    for (Message e : events) {
      ctx.events().publish(Envelopes.prepare(registry.of(e), e, now()));
    }
    events.clear();
  }

  private static <R> void respond(StreamObserver<R> response, Supplier<R> call) {
    R result;
    try {
      result = call.get();
    } catch (StatusRuntimeException e) {
      response.onError(e);
      return;
    } catch (IllegalArgumentException e) {
      response.onError(
          RpcErrors.error(
                  Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_VALIDATION_FAILED, DOMAIN)
              .message(e.getMessage())
              .asException());
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }
}
