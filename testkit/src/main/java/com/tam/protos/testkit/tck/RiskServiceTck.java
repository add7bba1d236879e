package com.tam.protos.testkit.tck;

import static com.tam.protos.testkit.tck.TckAssertions.assertError;
import static com.tam.protos.testkit.tck.TckAssertions.fails;
import static com.tam.protos.testkit.tck.TckAssertions.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Duration;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.risk.v1.ActivityOutcome;
import com.tam.protos.risk.v1.ActivityType;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.CheckDenialReason;
import com.tam.protos.risk.v1.CheckDepositRequest;
import com.tam.protos.risk.v1.CheckDepositResponse;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.CheckWithdrawalRequest;
import com.tam.protos.risk.v1.ClearFlagRequest;
import com.tam.protos.risk.v1.GetRiskProfileRequest;
import com.tam.protos.risk.v1.LimitPeriod;
import com.tam.protos.risk.v1.RateLimitAction;
import com.tam.protos.risk.v1.RecordActivityRequest;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.ReleaseBetLimitsResponse;
import com.tam.protos.risk.v1.ReleaseOutcome;
import com.tam.protos.risk.v1.ResponsibleGambling;
import com.tam.protos.risk.v1.ResponsibleGamblingLimits;
import com.tam.protos.risk.v1.RiskDecision;
import com.tam.protos.risk.v1.RiskErrorReason;
import com.tam.protos.risk.v1.RiskFlag;
import com.tam.protos.risk.v1.RiskLimits;
import com.tam.protos.risk.v1.RiskReason;
import com.tam.protos.risk.v1.RiskReasonCode;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.risk.v1.RiskTier;
import com.tam.protos.risk.v1.SelfExcludeRequest;
import com.tam.protos.risk.v1.SetResponsibleGamblingLimitsRequest;
import com.tam.protos.risk.v1.SetTierRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code risk.v1.RiskService}: AssessBet's hard rules and their atomic,
 * replay-safe consumption of limits (also under concurrency), ReleaseBetLimits (partial, full,
 * nothing left, tombstones), rate limits, deposit limits and withdrawal blocks,
 * responsible-gambling limits with cooling-off, self-exclusion, operator tiers and flags, and
 * access per role. Rule ids start with {@code risk.}. Users come from {@code target().newUser()};
 * their profile is created through RecordActivity (REGISTRATION). Amounts are in EUR.
 */
public class RiskServiceTck extends ServiceTck {

  // ------------------------------------------------------------------ helpers

  private RiskServiceGrpc.RiskServiceBlockingStub service() {
    return RiskServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(target().serviceCredentials());
  }

  private RiskServiceGrpc.RiskServiceBlockingStub operator() {
    return RiskServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(target().operatorCredentials());
  }

  private RiskServiceGrpc.RiskServiceBlockingStub as(TckUser user) {
    return RiskServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(user.credentials());
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  /** A new user with a risk profile (created by a REGISTRATION activity). */
  private TckUser profiled() {
    TckUser user = target().newUser();
    try {
      service()
          .recordActivity(
              RecordActivityRequest.newBuilder()
                  .setActivityId("registration:" + user.userId())
                  .setUserId(user.userId())
                  .setType(ActivityType.ACTIVITY_TYPE_REGISTRATION)
                  .setOutcome(ActivityOutcome.ACTIVITY_OUTCOME_SUCCEEDED)
                  .setActivityTime(
                      Timestamp.newBuilder().setSeconds(System.currentTimeMillis() / 1000))
                  .setIdempotencyKey("tck-" + id())
                  .build());
    } catch (StatusRuntimeException e) {
      if (!RpcErrors.hasReason(e, RiskErrorReason.RISK_ERROR_REASON_ACTIVITY_ALREADY_RECORDED)) {
        throw e;
      }
    }
    return user;
  }

  private static AssessBetRequest bet(
      TckUser user, String saga, BetSide side, String odds, String stake) {
    return AssessBetRequest.newBuilder()
        .setUserId(user.userId())
        .setMarketId("tck-market")
        .setSelectionId("tck-runner")
        .setSide(side)
        .setOdds(odds)
        .setStake(stake)
        .setCurrency("EUR")
        .setIdempotencyKey(saga + ":assess")
        .setSagaId(saga)
        .build();
  }

  private AssessBetResponse back(TckUser user, String stake) {
    return service().assessBet(bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", stake));
  }

  /** SetResponsibleGamblingLimits as the user, on the {@code paths}; returns the settings. */
  private ResponsibleGambling setLimits(
      TckUser user, ResponsibleGamblingLimits limits, String... paths) {
    service();
    return as(user)
        .setResponsibleGamblingLimits(
            SetResponsibleGamblingLimitsRequest.newBuilder()
                .setUserId(user.userId())
                .setLimits(limits)
                .setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(paths)))
                .setIdempotencyKey("tck-" + id())
                .build())
        .getResponsibleGambling();
  }

  private ResponsibleGambling dailyDepositLimit(TckUser user, String amount) {
    return setLimits(
        user,
        ResponsibleGamblingLimits.newBuilder()
            .setDailyDepositLimit(amount)
            .setCurrency("EUR")
            .build(),
        "daily_deposit_limit");
  }

  private void dailyLossLimit(TckUser user, String amount) {
    setLimits(
        user,
        ResponsibleGamblingLimits.newBuilder().setDailyLossLimit(amount).setCurrency("EUR").build(),
        "daily_loss_limit");
  }

  private ReleaseBetLimitsResponse release(TckUser user, String saga, String amount) {
    ReleaseBetLimitsRequest.Builder r =
        ReleaseBetLimitsRequest.newBuilder()
            .setUserId(user.userId())
            .setSagaId(saga)
            .setIdempotencyKey("tck-" + id());
    if (!amount.isEmpty()) {
      r.setAmount(amount).setCurrency("EUR");
    }
    return service().releaseBetLimits(r.build());
  }

  private static List<RiskReasonCode> codes(AssessBetResponse r) {
    return r.getReasonsList().stream().map(RiskReason::getCode).toList();
  }

  private void assertRejected(String rule, AssessBetResponse r, RiskReasonCode code) {
    assertThat(r.getDecision())
        .as("[%s] decision REJECT", rule)
        .isEqualTo(RiskDecision.RISK_DECISION_REJECT);
    assertThat(codes(r)).as("[%s] reason %s", rule, code).contains(code);
    assertThat(new BigDecimal(r.getConsumedAmount()).signum())
        .as("[%s] a REJECT consumes nothing", rule)
        .isZero();
  }

  private void assertPassed(String rule, AssessBetResponse r) {
    assertThat(r.getDecision())
        .as("[%s] decision ALLOW or REVIEW (reasons %s)", rule, codes(r))
        .isIn(RiskDecision.RISK_DECISION_ALLOW, RiskDecision.RISK_DECISION_REVIEW);
  }

  // ------------------------------------------------------------------ AssessBet

  @Test
  @DisplayName("AssessBet allows a small bet and consumes its stake for the saga")
  void assessAllowsAndConsumes() {
    TckUser user = profiled();
    String saga = id();
    AssessBetResponse r =
        service().assessBet(bet(user, saga, BetSide.BET_SIDE_BACK, "2.00", "10.00"));
    assertPassed("risk.assess.allow", r);
    assertThat(r.getConsumedAmount())
        .as("[risk.assess.consumes-amount-at-risk] consumed_amount")
        .isEqualTo("10.00");
    assertThat(r.getSagaId()).as("[risk.assess.saga] saga_id").isEqualTo(saga);
    assertThat(r.getAssessmentId()).as("[risk.assess.saga] assessment_id").isNotEmpty();
  }

  @Test
  @DisplayName("A LAY bet's amount at risk is its liability rounded UP to the minor unit")
  void layLiability() {
    TckUser user = profiled();
    AssessBetResponse r =
        service().assessBet(bet(user, id(), BetSide.BET_SIDE_LAY, "1.37", "10.01"));
    assertPassed("risk.assess.lay-liability", r);
    assertThat(r.getConsumedAmount())
        .as("[risk.assess.lay-liability] 10.01 x 0.37 = 3.7037 rounds UP to 3.71")
        .isEqualTo("3.71");
  }

  @Test
  @DisplayName(
      "A same-key AssessBet retry returns the stored assessment and consumes nothing again")
  void assessReplay() {
    TckUser user = profiled();
    dailyLossLimit(user, "100.00");
    AssessBetRequest first = bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "60.00");
    AssessBetResponse a = service().assessBet(first);
    AssessBetResponse b = service().assessBet(first);
    assertThat(b.getAssessmentId())
        .as("[risk.assess.replay-once] the retry returns the first assessment")
        .isEqualTo(a.getAssessmentId());
    assertPassed("risk.assess.replay-once", back(user, "30.00"));
    assertRejected(
        "risk.assess.loss-limit",
        back(user, "20.00"),
        RiskReasonCode.RISK_REASON_CODE_LOSS_LIMIT_EXCEEDED);
  }

  @Test
  @DisplayName("A second AssessBet for the same saga with a new key returns the stored assessment")
  void assessSameSagaNewKey() {
    TckUser user = profiled();
    dailyLossLimit(user, "100.00");
    AssessBetRequest first = bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "60.00");
    AssessBetResponse a = service().assessBet(first);
    AssessBetResponse b =
        service().assessBet(first.toBuilder().setIdempotencyKey("tck-" + id()).build());
    assertThat(b.getAssessmentId())
        .as("[risk.assess.one-per-saga] one assessment per saga")
        .isEqualTo(a.getAssessmentId());
    assertPassed("risk.assess.one-per-saga", back(user, "40.00"));
  }

  @Test
  @DisplayName("The same AssessBet key with a different request is IDEMPOTENCY_KEY_REUSED")
  void assessKeyReuse() {
    TckUser user = profiled();
    AssessBetRequest first = bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "5.00");
    service().assessBet(first);
    assertError(
        "risk.assess.key-reused",
        fails(
            "risk.assess.key-reused",
            () -> service().assessBet(first.toBuilder().setStake("6.00").build())),
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  @DisplayName("Consumed stakes count against max_daily_stake: the bet that crosses it is REJECTed")
  void dailyStakeLimit() {
    TckUser user = profiled();
    back(user, "1.00");
    RiskLimits limits =
        service()
            .getRiskProfile(GetRiskProfileRequest.newBuilder().setUserId(user.userId()).build())
            .getProfile()
            .getLimits();
    BigDecimal max = new BigDecimal(limits.getMaxStake());
    BigDecimal daily = new BigDecimal(limits.getMaxDailyStake());
    assertThat(max.signum()).as("[risk.assess.daily-limit] a new user may bet").isPositive();
    BigDecimal left = daily.subtract(BigDecimal.ONE);
    int n = 0;
    while (left.compareTo(max) >= 0 && n < 40) {
      assertPassed("risk.assess.daily-limit", back(user, max.setScale(2).toPlainString()));
      left = left.subtract(max);
      n++;
    }
    assertThat(left.compareTo(max))
        .as("[risk.assess.daily-limit] the test reaches the limit")
        .isNegative();
    String over = left.add(new BigDecimal("0.01")).setScale(2).toPlainString();
    assertRejected(
        "risk.assess.limits-consumed",
        back(user, over),
        RiskReasonCode.RISK_REASON_CODE_DAILY_STAKE_LIMIT_EXCEEDED);
    if (left.signum() > 0) {
      assertPassed("risk.assess.daily-limit", back(user, left.setScale(2).toPlainString()));
    }
  }

  @Test
  @DisplayName("An amount at risk above max_stake is REJECTed with STAKE_ABOVE_LIMIT")
  void stakeAboveLimit() {
    TckUser user = profiled();
    back(user, "1.00");
    String max =
        service()
            .getRiskProfile(GetRiskProfileRequest.newBuilder().setUserId(user.userId()).build())
            .getProfile()
            .getLimits()
            .getMaxStake();
    String over = new BigDecimal(max).add(new BigDecimal("0.01")).setScale(2).toPlainString();
    assertRejected(
        "risk.assess.max-stake",
        back(user, over),
        RiskReasonCode.RISK_REASON_CODE_STAKE_ABOVE_LIMIT);
  }

  @Test
  @DisplayName(
      "Concurrent AssessBet calls never pass a loss limit together: exactly those that fit pass")
  void concurrentAssessmentsConsumeAtomically() throws Exception {
    TckUser user = profiled();
    dailyLossLimit(user, "100.00");
    int calls = 8;
    ExecutorService pool = Executors.newFixedThreadPool(calls);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<AssessBetResponse>> results = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        AssessBetRequest r = bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "30.00");
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return service().assessBet(r);
                }));
      }
      start.countDown();
      int passed = 0;
      for (Future<AssessBetResponse> f : results) {
        if (f.get(30, TimeUnit.SECONDS).getDecision() != RiskDecision.RISK_DECISION_REJECT) {
          passed++;
        }
      }
      assertThat(passed)
          .as("[risk.assess.atomic-consumption] 3 bets of 30.00 fit a 100.00 loss limit, not more")
          .isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName(
      "A bet in another currency than the profile's is CURRENCY_MISMATCH; an unknown one UNSUPPORTED_CURRENCY")
  void currencies() {
    TckUser user = profiled();
    back(user, "1.00");
    StatusRuntimeException e =
        fails(
            "risk.assess.currency-mismatch",
            () ->
                service()
                    .assessBet(
                        bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "1.00").toBuilder()
                            .setCurrency("GBP")
                            .build()));
    assertError(
        "risk.assess.currency-mismatch",
        e,
        Status.Code.INVALID_ARGUMENT,
        RiskErrorReason.RISK_ERROR_REASON_CURRENCY_MISMATCH);
    assertThat(metadata(e, "profileCurrency"))
        .as("[risk.assess.currency-mismatch] profileCurrency")
        .isEqualTo("EUR");
    assertError(
        "risk.assess.unsupported-currency",
        fails(
            "risk.assess.unsupported-currency",
            () ->
                service()
                    .assessBet(
                        bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "1.00").toBuilder()
                            .setCurrency("ZZZ")
                            .build())),
        Status.Code.INVALID_ARGUMENT,
        RiskErrorReason.RISK_ERROR_REASON_UNSUPPORTED_CURRENCY);
  }

  // ------------------------------------------------------------------ ReleaseBetLimits

  @Test
  @DisplayName("ReleaseBetLimits gives back a part, then the rest, then finds nothing left")
  void releasePartialThenFull() {
    TckUser user = profiled();
    String saga = id();
    service().assessBet(bet(user, saga, BetSide.BET_SIDE_BACK, "2.00", "50.00"));
    ReleaseBetLimitsResponse part = release(user, saga, "20.00");
    assertThat(part.getOutcome())
        .as("[risk.release.partial] RELEASED")
        .isEqualTo(ReleaseOutcome.RELEASE_OUTCOME_RELEASED);
    assertThat(part.getReleasedAmount()).as("[risk.release.partial] released").isEqualTo("20.00");
    assertThat(part.getRemainingAmount()).as("[risk.release.partial] remaining").isEqualTo("30.00");
    ReleaseBetLimitsResponse rest = release(user, saga, "");
    assertThat(rest.getReleasedAmount()).as("[risk.release.full] the rest").isEqualTo("30.00");
    assertThat(rest.getRemainingAmount())
        .as("[risk.release.full] nothing remains")
        .isEqualTo("0.00");
    assertThat(release(user, saga, "5.00").getOutcome())
        .as("[risk.release.nothing-left] never more than was consumed")
        .isEqualTo(ReleaseOutcome.RELEASE_OUTCOME_NOTHING_LEFT);
  }

  @Test
  @DisplayName("Released limits can be used again")
  void releaseGivesLimitsBack() {
    TckUser user = profiled();
    dailyLossLimit(user, "100.00");
    String saga = id();
    assertPassed(
        "risk.release.gives-back",
        service().assessBet(bet(user, saga, BetSide.BET_SIDE_BACK, "2.00", "80.00")));
    assertRejected(
        "risk.release.gives-back",
        back(user, "30.00"),
        RiskReasonCode.RISK_REASON_CODE_LOSS_LIMIT_EXCEEDED);
    release(user, saga, "");
    assertPassed("risk.release.gives-back", back(user, "30.00"));
  }

  @Test
  @DisplayName(
      "A release without an assessment leaves a tombstone: a late AssessBet is SAGA_ALREADY_COMPENSATED")
  void releaseTombstone() {
    TckUser user = profiled();
    String saga = id();
    assertThat(release(user, saga, "").getOutcome())
        .as("[risk.release.no-assessment] NO_ASSESSMENT")
        .isEqualTo(ReleaseOutcome.RELEASE_OUTCOME_NO_ASSESSMENT);
    assertError(
        "risk.release.tombstone",
        fails(
            "risk.release.tombstone",
            () -> service().assessBet(bet(user, saga, BetSide.BET_SIDE_BACK, "2.00", "10.00"))),
        Status.Code.ABORTED,
        ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED);
  }

  @Test
  @DisplayName("A partial release in another currency than the assessment's is CURRENCY_MISMATCH")
  void releaseCurrencyMismatch() {
    TckUser user = profiled();
    String saga = id();
    service().assessBet(bet(user, saga, BetSide.BET_SIDE_BACK, "2.00", "10.00"));
    assertError(
        "risk.release.currency-mismatch",
        fails(
            "risk.release.currency-mismatch",
            () ->
                service()
                    .releaseBetLimits(
                        ReleaseBetLimitsRequest.newBuilder()
                            .setUserId(user.userId())
                            .setSagaId(saga)
                            .setAmount("1.00")
                            .setCurrency("GBP")
                            .setIdempotencyKey("tck-" + id())
                            .build())),
        Status.Code.INVALID_ARGUMENT,
        RiskErrorReason.RISK_ERROR_REASON_CURRENCY_MISMATCH);
  }

  // ------------------------------------------------------------------ self-exclusion

  @Test
  @DisplayName("A self-excluded user's bets and deposits are refused; withdrawals are not")
  void selfExclusionRefusesBetsAndDeposits() {
    TckUser user = profiled();
    back(user, "1.00");
    var rg =
        as(user)
            .selfExclude(
                SelfExcludeRequest.newBuilder()
                    .setUserId(user.userId())
                    .setDuration(Duration.newBuilder().setSeconds(7 * 86400))
                    .setIdempotencyKey("tck-" + id())
                    .build())
            .getResponsibleGambling();
    assertThat(rg.hasSelfExclusion()).as("[risk.self-exclusion.in-force] exclusion set").isTrue();
    assertRejected(
        "risk.self-exclusion.refuses-bets",
        back(user, "1.00"),
        RiskReasonCode.RISK_REASON_CODE_SELF_EXCLUDED);
    CheckDepositResponse d =
        service()
            .checkDeposit(
                CheckDepositRequest.newBuilder()
                    .setUserId(user.userId())
                    .setAmount("10.00")
                    .setCurrency("EUR")
                    .setIdempotencyKey("tck-" + id())
                    .build());
    assertThat(d.getAllowed()).as("[risk.self-exclusion.refuses-deposits] refused").isFalse();
    assertThat(d.getDenialReason())
        .as("[risk.self-exclusion.refuses-deposits] SELF_EXCLUDED")
        .isEqualTo(CheckDenialReason.CHECK_DENIAL_REASON_SELF_EXCLUDED);
    assertThat(d.getSelfExclusionEndTime())
        .as("[risk.self-exclusion.refuses-deposits] the end time")
        .isEqualTo(rg.getSelfExclusion().getEndTime());
    assertThat(
            service()
                .checkWithdrawal(
                    CheckWithdrawalRequest.newBuilder()
                        .setUserId(user.userId())
                        .setAmount("10.00")
                        .setCurrency("EUR")
                        .setIdempotencyKey("tck-" + id())
                        .build())
                .getAllowed())
        .as("[risk.self-exclusion.allows-withdrawals] withdrawals stay possible")
        .isTrue();
  }

  @Test
  @DisplayName("A self-exclusion can be extended but never shortened")
  void selfExclusionNeverShortened() {
    TckUser user = profiled();
    SelfExcludeRequest.Builder r =
        SelfExcludeRequest.newBuilder()
            .setUserId(user.userId())
            .setDuration(Duration.newBuilder().setSeconds(30 * 86400));
    var first =
        as(user).selfExclude(r.setIdempotencyKey("tck-" + id()).build()).getResponsibleGambling();
    var shorter =
        as(user)
            .selfExclude(
                r.setDuration(Duration.newBuilder().setSeconds(86400))
                    .setIdempotencyKey("tck-" + id())
                    .build())
            .getResponsibleGambling();
    assertThat(shorter.getSelfExclusion().getEndTime())
        .as("[risk.self-exclusion.never-shortened] an earlier end changes nothing")
        .isEqualTo(first.getSelfExclusion().getEndTime());
    var permanent =
        operator()
            .selfExclude(
                SelfExcludeRequest.newBuilder()
                    .setUserId(user.userId())
                    .setPermanent(true)
                    .setIdempotencyKey("tck-" + id())
                    .build())
            .getResponsibleGambling();
    assertThat(permanent.getSelfExclusion().getPermanent())
        .as("[risk.self-exclusion.extend] a permanent exclusion extends it")
        .isTrue();
  }

  // ------------------------------------------------------------------ responsible gambling

  @Test
  @DisplayName("A tightened deposit limit applies at once; a deposit above what remains is refused")
  void depositLimit() {
    TckUser user = profiled();
    dailyDepositLimit(user, "100.00");
    CheckDepositRequest.Builder d =
        CheckDepositRequest.newBuilder().setUserId(user.userId()).setCurrency("EUR");
    assertThat(
            service()
                .checkDeposit(d.setAmount("60.00").setIdempotencyKey("tck-" + id()).build())
                .getAllowed())
        .as("[risk.deposit-limit] within the limit")
        .isTrue();
    CheckDepositResponse refused =
        service().checkDeposit(d.setAmount("50.00").setIdempotencyKey("tck-" + id()).build());
    assertThat(refused.getAllowed()).as("[risk.deposit-limit] above what remains").isFalse();
    assertThat(refused.getDenialReason())
        .as("[risk.deposit-limit] DEPOSIT_LIMIT_EXCEEDED")
        .isEqualTo(CheckDenialReason.CHECK_DENIAL_REASON_DEPOSIT_LIMIT_EXCEEDED);
    assertThat(refused.getLimitPeriod())
        .as("[risk.deposit-limit] period DAY")
        .isEqualTo(LimitPeriod.LIMIT_PERIOD_DAY);
    assertThat(refused.getLimit()).as("[risk.deposit-limit] limit").isEqualTo("100.00");
    assertThat(refused.getRemaining()).as("[risk.deposit-limit] remaining").isEqualTo("40.00");
    assertThat(
            service()
                .checkDeposit(d.setAmount("40.00").setIdempotencyKey("tck-" + id()).build())
                .getAllowed())
        .as("[risk.deposit-limit] a refusal counts nothing: the rest still fits")
        .isTrue();
  }

  @Test
  @DisplayName("A CheckDeposit retry with the same key replays the answer and counts nothing again")
  void depositReplay() {
    TckUser user = profiled();
    dailyDepositLimit(user, "100.00");
    CheckDepositRequest first =
        CheckDepositRequest.newBuilder()
            .setUserId(user.userId())
            .setAmount("60.00")
            .setCurrency("EUR")
            .setIdempotencyKey("tck-" + id())
            .build();
    assertThat(service().checkDeposit(first).getAllowed())
        .as("[risk.deposit.replay] allowed")
        .isTrue();
    assertThat(service().checkDeposit(first).getAllowed())
        .as("[risk.deposit.replay] the retry replays the answer")
        .isTrue();
    assertThat(
            service()
                .checkDeposit(
                    first.toBuilder().setAmount("40.00").setIdempotencyKey("tck-" + id()).build())
                .getAllowed())
        .as("[risk.deposit.replay] the retry counted nothing: 40.00 still fits")
        .isTrue();
    assertError(
        "risk.deposit.key-reused",
        fails(
            "risk.deposit.key-reused",
            () -> service().checkDeposit(first.toBuilder().setAmount("61.00").build())),
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  @DisplayName(
      "Loosening a limit waits 24 hours as pending_limits; the tighter limit stays in force")
  void looseningWaits() {
    TckUser user = profiled();
    dailyDepositLimit(user, "100.00");
    ResponsibleGambling rg = dailyDepositLimit(user, "500.00");
    assertThat(rg.getLimits().getDailyDepositLimit())
        .as("[risk.rg.cooling-off] the limit in force is unchanged")
        .isEqualTo("100.00");
    assertThat(rg.getPendingLimits().getDailyDepositLimit())
        .as("[risk.rg.cooling-off] the loosened limit is pending")
        .isEqualTo("500.00");
    assertThat(rg.getPendingEffectiveTime().getSeconds() - rg.getUpdateTime().getSeconds())
        .as("[risk.rg.cooling-off] it takes effect 24 hours later")
        .isEqualTo(86400);
    assertThat(rg.getPendingMask().getPathsList())
        .as("[risk.rg.pending-mask] pending_mask names exactly the pending limit")
        .containsExactly("daily_deposit_limit");
  }

  @Test
  @DisplayName(
      "Removing a limit is a loosening: it waits 24 hours, named in pending_mask with no value")
  void removalWaits() {
    TckUser user = profiled();
    setLimits(
        user,
        ResponsibleGamblingLimits.newBuilder()
            .setDailyDepositLimit("100.00")
            .setWeeklyLossLimit("300.00")
            .setCurrency("EUR")
            .build(),
        "daily_deposit_limit",
        "weekly_loss_limit");
    ResponsibleGambling rg =
        setLimits(
            user,
            ResponsibleGamblingLimits.newBuilder().setCurrency("EUR").build(),
            "weekly_loss_limit");
    assertThat(rg.getLimits().getWeeklyLossLimit())
        .as("[risk.rg.cooling-off] the limit being removed stays in force meanwhile")
        .isEqualTo("300.00");
    assertThat(rg.getPendingMask().getPathsList())
        .as("[risk.rg.pending-mask] the removal is named in pending_mask")
        .containsExactly("weekly_loss_limit");
    assertThat(rg.getPendingLimits().getWeeklyLossLimit())
        .as("[risk.rg.pending-mask] a removal has no value in pending_limits")
        .isEmpty();
    assertThat(rg.getPendingLimits().getDailyDepositLimit())
        .as("[risk.rg.pending-mask] a limit outside the mask is not pending")
        .isEmpty();
    assertThat(rg.getLimits().getDailyDepositLimit())
        .as("[risk.rg.pending-mask] ... and stays as it is")
        .isEqualTo("100.00");
  }

  @Test
  @DisplayName(
      "A loosened limit applies 24 hours later; a self-exclusion ends at its end (movable clock)")
  void coolingOffAndExclusionEnd() {
    Optional<TckClock> clock = target().clock();
    Assumptions.assumeTrue(
        clock.isPresent(), "the target's clock cannot be moved (TckTarget.clock() is empty)");
    TckUser user = profiled();
    back(user, "1.00");
    dailyDepositLimit(user, "100.00");
    dailyDepositLimit(user, "500.00");
    as(user)
        .selfExclude(
            SelfExcludeRequest.newBuilder()
                .setUserId(user.userId())
                .setDuration(Duration.newBuilder().setSeconds(86400))
                .setIdempotencyKey("tck-" + id())
                .build());
    clock.get().advance(java.time.Duration.ofHours(24));
    ResponsibleGambling rg =
        service()
            .getRiskProfile(GetRiskProfileRequest.newBuilder().setUserId(user.userId()).build())
            .getProfile()
            .getResponsibleGambling();
    assertThat(rg.getLimits().getDailyDepositLimit())
        .as("[risk.rg.cooling-off-applies] the loosened limit is in force after 24 hours")
        .isEqualTo("500.00");
    assertThat(rg.hasSelfExclusion())
        .as("[risk.self-exclusion.ends] the exclusion ended")
        .isFalse();
    assertPassed("risk.self-exclusion.ends", back(user, "1.00"));
  }

  @Test
  @DisplayName("SetResponsibleGamblingLimits changes only the update_mask paths")
  void updateMaskPaths() {
    TckUser user = profiled();
    ResponsibleGambling rg =
        setLimits(
            user,
            ResponsibleGamblingLimits.newBuilder()
                .setDailyDepositLimit("100.00")
                .setWeeklyLossLimit("5.00")
                .setCurrency("EUR")
                .build(),
            "daily_deposit_limit");
    assertThat(rg.getLimits().getDailyDepositLimit())
        .as("[risk.rg.update-mask] masked path set")
        .isEqualTo("100.00");
    assertThat(rg.getLimits().getWeeklyLossLimit())
        .as("[risk.rg.update-mask] unmasked path ignored")
        .isEmpty();
  }

  @Test
  @DisplayName("Limits in another currency than the profile's are CURRENCY_MISMATCH")
  void limitsCurrencyMismatch() {
    TckUser user = profiled();
    back(user, "1.00");
    assertError(
        "risk.rg.currency-mismatch",
        fails(
            "risk.rg.currency-mismatch",
            () ->
                setLimits(
                    user,
                    ResponsibleGamblingLimits.newBuilder()
                        .setDailyDepositLimit("100.00")
                        .setCurrency("GBP")
                        .build(),
                    "daily_deposit_limit")),
        Status.Code.INVALID_ARGUMENT,
        RiskErrorReason.RISK_ERROR_REASON_CURRENCY_MISMATCH);
  }

  // ------------------------------------------------------------------ tiers, flags, profiles

  @Test
  @DisplayName(
      "Tier BLOCKED refuses bets and withdrawals but not deposits, until an operator lifts it")
  void blockedTier() {
    TckUser user = profiled();
    back(user, "1.00");
    SetTierRequest.Builder block =
        SetTierRequest.newBuilder()
            .setUserId(user.userId())
            .setTier(RiskTier.RISK_TIER_BLOCKED)
            .setNote("tck investigation");
    assertThat(operator().setTier(block.setIdempotencyKey("tck-" + id()).build()).getChanged())
        .as("[risk.tier.set] changed")
        .isTrue();
    assertRejected(
        "risk.tier.blocked-refuses-bets",
        back(user, "1.00"),
        RiskReasonCode.RISK_REASON_CODE_ACCOUNT_BLOCKED);
    var w =
        service()
            .checkWithdrawal(
                CheckWithdrawalRequest.newBuilder()
                    .setUserId(user.userId())
                    .setAmount("5.00")
                    .setCurrency("EUR")
                    .setIdempotencyKey("tck-" + id())
                    .build());
    assertThat(w.getAllowed()).as("[risk.tier.blocked-refuses-withdrawals] refused").isFalse();
    assertThat(w.getDenialReason())
        .as("[risk.tier.blocked-refuses-withdrawals] ACCOUNT_BLOCKED")
        .isEqualTo(CheckDenialReason.CHECK_DENIAL_REASON_ACCOUNT_BLOCKED);
    assertThat(
            service()
                .checkDeposit(
                    CheckDepositRequest.newBuilder()
                        .setUserId(user.userId())
                        .setAmount("5.00")
                        .setCurrency("EUR")
                        .setIdempotencyKey("tck-" + id())
                        .build())
                .getAllowed())
        .as("[risk.tier.blocked-allows-deposits] deposits stay possible")
        .isTrue();
    assertThat(operator().setTier(block.setIdempotencyKey("tck-" + id()).build()).getChanged())
        .as("[risk.tier.idempotent] the same tier changes nothing")
        .isFalse();
    operator()
        .setTier(
            SetTierRequest.newBuilder()
                .setUserId(user.userId())
                .setTier(RiskTier.RISK_TIER_STANDARD)
                .setNote("cleared")
                .setIdempotencyKey("tck-" + id())
                .build());
    assertPassed("risk.tier.unblock", back(user, "1.00"));
  }

  @Test
  @DisplayName("Clearing a flag that is not set succeeds and changes nothing")
  void clearUnsetFlag() {
    TckUser user = profiled();
    assertThat(
            operator()
                .clearFlag(
                    ClearFlagRequest.newBuilder()
                        .setUserId(user.userId())
                        .setFlag(RiskFlag.RISK_FLAG_ARBITRAGE)
                        .setNote("review")
                        .setIdempotencyKey("tck-" + id())
                        .build())
                .getChanged())
        .as("[risk.flag.clear-unset] changed is false")
        .isFalse();
  }

  @Test
  @DisplayName("A user without a profile is RISK_PROFILE_NOT_FOUND")
  void profileNotFound() {
    String unknown = "tck-unknown-" + id();
    StatusRuntimeException e =
        fails(
            "risk.profile.not-found",
            () ->
                service()
                    .getRiskProfile(GetRiskProfileRequest.newBuilder().setUserId(unknown).build()));
    assertError(
        "risk.profile.not-found",
        e,
        Status.Code.NOT_FOUND,
        RiskErrorReason.RISK_ERROR_REASON_RISK_PROFILE_NOT_FOUND);
    assertThat(metadata(e, "userId"))
        .as("[risk.profile.not-found] metadata userId")
        .isEqualTo(unknown);
  }

  @Test
  @DisplayName("Access: a user reads only their own profile, and may not assess bets or set tiers")
  void accessPerRole() {
    TckUser user = profiled();
    TckUser other = profiled();
    assertThat(
            as(user)
                .getRiskProfile(GetRiskProfileRequest.newBuilder().setUserId(user.userId()).build())
                .getProfile()
                .getUserId())
        .as("[risk.access.own-profile] a user reads their own profile")
        .isEqualTo(user.userId());
    assertError(
        "risk.access.other-profile",
        fails(
            "risk.access.other-profile",
            () ->
                as(user)
                    .getRiskProfile(
                        GetRiskProfileRequest.newBuilder().setUserId(other.userId()).build())),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
    assertError(
        "risk.access.service-only",
        fails(
            "risk.access.service-only",
            () -> as(user).assessBet(bet(user, id(), BetSide.BET_SIDE_BACK, "2.00", "1.00"))),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
    assertError(
        "risk.access.operator-only",
        fails(
            "risk.access.operator-only",
            () ->
                as(user)
                    .setTier(
                        SetTierRequest.newBuilder()
                            .setUserId(user.userId())
                            .setTier(RiskTier.RISK_TIER_LOW)
                            .setNote("me")
                            .setIdempotencyKey("tck-" + id())
                            .build())),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
    assertError(
        "risk.access.own-limits",
        fails(
            "risk.access.own-limits",
            () ->
                as(user)
                    .selfExclude(
                        SelfExcludeRequest.newBuilder()
                            .setUserId(other.userId())
                            .setPermanent(true)
                            .setIdempotencyKey("tck-" + id())
                            .build())),
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED);
  }

  // ------------------------------------------------------------------ rate limits and activity

  @Test
  @DisplayName(
      "CheckRateLimit consumes quota once per key and answers allowed=false when exhausted")
  void rateLimit() {
    TckUser user = target().newUser();
    CheckRateLimitRequest.Builder r =
        CheckRateLimitRequest.newBuilder()
            .setUserId(user.userId())
            .setAction(RateLimitAction.RATE_LIMIT_ACTION_PLACE_BET);
    CheckRateLimitRequest first = r.setCost(1).setIdempotencyKey("tck-" + id()).build();
    CheckRateLimitResponse a = service().checkRateLimit(first);
    long limit = a.getLimit();
    assertThat(a.getAllowed()).as("[risk.rate-limit.allow] first call allowed").isTrue();
    assertThat(a.getRemaining()).as("[risk.rate-limit.allow] remaining").isEqualTo(limit - 1);
    assertThat(service().checkRateLimit(first).getRemaining())
        .as("[risk.rate-limit.replay-once] a same-key retry returns the stored answer")
        .isEqualTo(limit - 1);
    if (limit - 1 > 0 && limit - 1 <= 1000) {
      CheckRateLimitResponse rest =
          service()
              .checkRateLimit(
                  r.setCost((int) (limit - 1)).setIdempotencyKey("tck-" + id()).build());
      assertThat(rest.getRemaining())
          .as("[risk.rate-limit.replay-once] the retry consumed nothing")
          .isZero();
    }
    CheckRateLimitRequest over = r.setCost(1).setIdempotencyKey("tck-" + id()).build();
    CheckRateLimitResponse denied = service().checkRateLimit(over);
    assertThat(denied.getAllowed()).as("[risk.rate-limit.exhausted] allowed is false").isFalse();
    assertThat(
            denied.hasRetryAfter()
                && denied.getRetryAfter().getSeconds() + denied.getRetryAfter().getNanos() > 0)
        .as("[risk.rate-limit.exhausted] retry_after is positive")
        .isTrue();
    assertThat(service().checkRateLimit(over).getAllowed())
        .as("[risk.rate-limit.denied-not-stored] a denied key is checked afresh (still denied)")
        .isFalse();
    if (limit < 1000) {
      assertError(
          "risk.rate-limit.cost",
          fails(
              "risk.rate-limit.cost",
              () ->
                  service()
                      .checkRateLimit(
                          r.setCost((int) limit + 1).setIdempotencyKey("tck-" + id()).build())),
          Status.Code.INVALID_ARGUMENT,
          RiskErrorReason.RISK_ERROR_REASON_COST_EXCEEDS_LIMIT);
    }
  }

  @Test
  @DisplayName("Recording an activity id twice under a new key is ACTIVITY_ALREADY_RECORDED")
  void activityRecordedOnce() {
    TckUser user = profiled();
    RecordActivityRequest r =
        RecordActivityRequest.newBuilder()
            .setActivityId("login:" + id())
            .setUserId(user.userId())
            .setType(ActivityType.ACTIVITY_TYPE_LOGIN)
            .setOutcome(ActivityOutcome.ACTIVITY_OUTCOME_SUCCEEDED)
            .setActivityTime(Timestamp.newBuilder().setSeconds(System.currentTimeMillis() / 1000))
            .setIdempotencyKey("tck-" + id())
            .build();
    assertThat(service().recordActivity(r).getActivityId())
        .as("[risk.activity.record] recorded")
        .isEqualTo(r.getActivityId());
    StatusRuntimeException e =
        fails(
            "risk.activity.unique",
            () -> service().recordActivity(r.toBuilder().setIdempotencyKey("tck-" + id()).build()));
    assertError(
        "risk.activity.unique",
        e,
        Status.Code.ALREADY_EXISTS,
        RiskErrorReason.RISK_ERROR_REASON_ACTIVITY_ALREADY_RECORDED);
    assertThat(metadata(e, "activityId"))
        .as("[risk.activity.unique] metadata activityId")
        .isEqualTo(r.getActivityId());
  }
}
