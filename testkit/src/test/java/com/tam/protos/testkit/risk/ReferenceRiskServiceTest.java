package com.tam.protos.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.FieldMask;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetPlacedEvent;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.order.v1.BetSettlement;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.ClearFlagRequest;
import com.tam.protos.risk.v1.RateLimitAction;
import com.tam.protos.risk.v1.ResponsibleGamblingChangedEvent;
import com.tam.protos.risk.v1.ResponsibleGamblingLimits;
import com.tam.protos.risk.v1.RiskAlertAction;
import com.tam.protos.risk.v1.RiskAlertRaisedEvent;
import com.tam.protos.risk.v1.RiskDecision;
import com.tam.protos.risk.v1.RiskErrorReason;
import com.tam.protos.risk.v1.RiskFlag;
import com.tam.protos.risk.v1.RiskFlagClearedEvent;
import com.tam.protos.risk.v1.RiskReasonCode;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.risk.v1.RiskTier;
import com.tam.protos.risk.v1.RiskTierChangedEvent;
import com.tam.protos.risk.v1.SelfExcludeRequest;
import com.tam.protos.risk.v1.SetResponsibleGamblingLimitsRequest;
import com.tam.protos.risk.v1.SetTierRequest;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.TransactionType;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reference risk-analyzer's clock-dependent rules, consumed events and published events. */
class ReferenceRiskServiceTest {
  private RiskPlatform p = new RiskPlatform(ReferenceRiskService::new);

  @AfterEach
  void close() {
    p.close();
  }

  private RiskServiceGrpc.RiskServiceBlockingStub service() {
    return RiskServiceGrpc.newBlockingStub(p.server.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
  }

  private RiskServiceGrpc.RiskServiceBlockingStub operator() {
    return RiskServiceGrpc.newBlockingStub(p.server.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN));
  }

  private static EventMetadata meta(String aggregateId, long version) {
    return EventMetadata.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .build();
  }

  private void register(String userId) {
    p.bus.publish(
        UserRegisteredEvent.newBuilder()
            .setMetadata(meta(userId, 1))
            .setUser(User.newBuilder().setUserId(userId).setCurrency("EUR"))
            .build());
  }

  private AssessBetResponse assess(String user, String saga, String stake) {
    return service()
        .assessBet(
            AssessBetRequest.newBuilder()
                .setUserId(user)
                .setMarketId("m")
                .setSelectionId("s")
                .setSide(BetSide.BET_SIDE_BACK)
                .setOdds("2.00")
                .setStake(stake)
                .setCurrency("EUR")
                .setIdempotencyKey(saga + ":assess")
                .setSagaId(saga)
                .build());
  }

  private void lossLimit(String user, String amount, String key) {
    service();
    operator()
        .setResponsibleGamblingLimits(
            SetResponsibleGamblingLimitsRequest.newBuilder()
                .setUserId(user)
                .setLimits(
                    ResponsibleGamblingLimits.newBuilder()
                        .setDailyLossLimit(amount)
                        .setCurrency("EUR"))
                .setUpdateMask(FieldMask.newBuilder().addPaths("daily_loss_limit"))
                .setIdempotencyKey(key)
                .build());
  }

  @Test
  void aRegisteredUserGetsAStandardProfileInTheWalletCurrency() {
    register("u1");
    assertThat(p.risk.profile("u1").orElseThrow().getTier()).isEqualTo(RiskTier.RISK_TIER_STANDARD);
    assertThat(p.risk.profile("u1").orElseThrow().getLimits().getCurrency()).isEqualTo("EUR");
    assertThat(p.risk.profile("nobody")).isEmpty();
  }

  @Test
  void aSettlementTurnsTheAmountAtRiskIntoARealisedLossThatResetsNextDay() {
    register("u1");
    lossLimit("u1", "100.00", "l1");
    assess("u1", "saga-1", "60.00");
    assertThat(p.risk.openAmountAtRisk("u1")).isEqualByComparingTo("60.00");
    p.bus.publish(
        BetSettledEvent.newBuilder()
            .setMetadata(meta("bet-1", 5))
            .setBet(Bet.newBuilder().setBetId("bet-1").setSagaId("saga-1").setUserId("u1"))
            .setSettlement(
                BetSettlement.newBuilder()
                    .setBetId("bet-1")
                    .setUserId("u1")
                    .setProfit("-60.00")
                    .setCurrency("EUR"))
            .build());
    assertThat(p.risk.openAmountAtRisk("u1")).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(assess("u1", "saga-2", "50.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_REJECT);
    assertThat(assess("u1", "saga-3", "40.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_ALLOW);
    p.clock.advance(Duration.ofDays(1));
    assertThat(assess("u1", "saga-4", "55.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_ALLOW);
  }

  @Test
  void aBetPlacedWithoutAnAssessmentConsumesItsLimitsAfterwards() {
    register("u1");
    p.bus.publish(
        BetPlacedEvent.newBuilder()
            .setMetadata(meta("bet-9", 1))
            .setBet(
                Bet.newBuilder()
                    .setBetId("bet-9")
                    .setSagaId("saga-9")
                    .setUserId("u1")
                    .setLiability("25.00")
                    .setCurrency("EUR"))
            .build());
    assertThat(p.risk.openAmountAtRisk("u1")).isEqualByComparingTo("25.00");
  }

  @Test
  void aLoosenedLimitTakesEffectAfterTheCoolingOffAndIsPublished() {
    register("u1");
    lossLimit("u1", "100.00", "l1");
    lossLimit("u1", "300.00", "l2");
    assertThat(
            p.risk
                .profile("u1")
                .orElseThrow()
                .getResponsibleGambling()
                .getLimits()
                .getDailyLossLimit())
        .isEqualTo("100.00");
    p.clock.advance(Duration.ofHours(24));
    assertThat(
            p.risk
                .profile("u1")
                .orElseThrow()
                .getResponsibleGambling()
                .getLimits()
                .getDailyLossLimit())
        .isEqualTo("300.00");
    assertThat(p.bus.published(ResponsibleGamblingChangedEvent.getDefaultInstance()))
        .extracting(e -> e.getMetadata().getAggregateVersion())
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void aSelfExclusionEndsOnTheInjectedClock() {
    register("u1");
    operator()
        .selfExclude(
            SelfExcludeRequest.newBuilder()
                .setUserId("u1")
                .setDuration(com.google.protobuf.Duration.newBuilder().setSeconds(86400))
                .setIdempotencyKey("x1")
                .build());
    assertThat(assess("u1", "saga-1", "5.00").getReasonsList())
        .anySatisfy(
            r -> assertThat(r.getCode()).isEqualTo(RiskReasonCode.RISK_REASON_CODE_SELF_EXCLUDED));
    p.clock.advance(Duration.ofDays(1));
    assertThat(assess("u1", "saga-2", "5.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_ALLOW);
  }

  @Test
  void aDeniedRateLimitKeyIsCheckedAfreshWhenTheWindowResets() {
    CheckRateLimitRequest r =
        CheckRateLimitRequest.newBuilder()
            .setUserId("u1")
            .setAction(RateLimitAction.RATE_LIMIT_ACTION_PLACE_BET)
            .setCost(60)
            .setIdempotencyKey("a")
            .build();
    assertThat(service().checkRateLimit(r).getAllowed()).isTrue();
    CheckRateLimitRequest again = r.toBuilder().setCost(1).setIdempotencyKey("b").build();
    CheckRateLimitResponse denied = service().checkRateLimit(again);
    assertThat(denied.getAllowed()).isFalse();
    assertThat(denied.getRetryAfter().getSeconds()).isEqualTo(60);
    p.clock.advance(Duration.ofSeconds(60));
    assertThat(service().checkRateLimit(again).getAllowed()).isTrue();
  }

  @Test
  void aChargebackSetsABlockingFlagThatMustBeClearedBeforeUnblocking() {
    register("u1");
    p.bus.publish(
        TransactionRecordedEvent.newBuilder()
            .setMetadata(meta("u1", 1))
            .setTransaction(
                Transaction.newBuilder()
                    .setUserId("u1")
                    .setType(TransactionType.TRANSACTION_TYPE_CHARGEBACK)
                    .setAmount("10.00")
                    .setCurrency("EUR"))
            .build());
    assertThat(p.risk.profile("u1").orElseThrow().getTier()).isEqualTo(RiskTier.RISK_TIER_BLOCKED);
    assertThat(p.bus.published(RiskAlertRaisedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getAlert().getRecommendedAction())
                    .isEqualTo(RiskAlertAction.RISK_ALERT_ACTION_FREEZE_WALLET));
    SetTierRequest unblock =
        SetTierRequest.newBuilder()
            .setUserId("u1")
            .setTier(RiskTier.RISK_TIER_STANDARD)
            .setNote("n")
            .setIdempotencyKey("t1")
            .build();
    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> operator().setTier(unblock));
    assertThat(RpcErrors.hasReason(e, RiskErrorReason.RISK_ERROR_REASON_BLOCKING_FLAG_SET))
        .isTrue();
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .containsEntry("flag", "RISK_FLAG_PAYMENT_FRAUD");
    operator()
        .clearFlag(
            ClearFlagRequest.newBuilder()
                .setUserId("u1")
                .setFlag(RiskFlag.RISK_FLAG_PAYMENT_FRAUD)
                .setNote("cleared")
                .setIdempotencyKey("c1")
                .build());
    assertThat(operator().setTier(unblock.toBuilder().setIdempotencyKey("t2").build()).getChanged())
        .isTrue();
    assertThat(p.bus.published(RiskFlagClearedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(ev -> assertThat(ev.getActorUserId()).isEqualTo("sandbox-operator"));
    assertThat(p.bus.published(RiskTierChangedEvent.getDefaultInstance()))
        .extracting(ev -> ev.getMetadata().getAggregateVersion(), RiskTierChangedEvent::getTier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, RiskTier.RISK_TIER_BLOCKED),
            org.assertj.core.groups.Tuple.tuple(2L, RiskTier.RISK_TIER_STANDARD));
  }

  @Test
  void aLedgerEntryAfterAGapIsHeldUntilTheGapIsFilled() {
    register("u1");
    TransactionRecordedEvent chargeback =
        TransactionRecordedEvent.newBuilder()
            .setMetadata(meta("u1", 2))
            .setTransaction(
                Transaction.newBuilder()
                    .setUserId("u1")
                    .setType(TransactionType.TRANSACTION_TYPE_CHARGEBACK))
            .build();
    p.bus.publish(chargeback);
    assertThat(p.risk.profile("u1").orElseThrow().getFlagsList()).isEmpty();
    p.bus.publish(
        TransactionRecordedEvent.newBuilder()
            .setMetadata(meta("u1", 1))
            .setTransaction(
                Transaction.newBuilder()
                    .setUserId("u1")
                    .setType(TransactionType.TRANSACTION_TYPE_DEPOSIT))
            .build());
    assertThat(p.risk.profile("u1").orElseThrow().getFlagsList())
        .containsExactly(RiskFlag.RISK_FLAG_PAYMENT_FRAUD);
    p.bus.publish(chargeback);
    assertThat(p.bus.published(RiskAlertRaisedEvent.getDefaultInstance())).hasSize(1);
  }

  @Test
  void theScoreBandsDecideAndAMissingModelNeverSkipsTheHardRules() {
    p.close();
    int[] score = {7000};
    boolean[] loaded = {true};
    p =
        new RiskPlatform(
            ctx ->
                new ReferenceRiskService(
                    ctx,
                    RiskServiceConfig.defaults()
                        .withScorer(
                            (r, prof) ->
                                loaded[0] ? OptionalInt.of(score[0]) : OptionalInt.empty())));
    register("u1");
    assertThat(assess("u1", "s1", "5.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_REVIEW);
    score[0] = 9500;
    assertThat(assess("u1", "s2", "5.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_REJECT);
    loaded[0] = false;
    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> assess("u1", "s3", "5.00"));
    assertThat(RpcErrors.hasReason(e, RiskErrorReason.RISK_ERROR_REASON_MODEL_UNAVAILABLE))
        .isTrue();
    assertThat(p.risk.openAmountAtRisk("u1")).isEqualByComparingTo("5.00");
    assertThat(assess("u1", "s4", "5000.00").getDecision())
        .isEqualTo(RiskDecision.RISK_DECISION_REJECT);
  }

  @Test
  void aSubjectKindAndActionWithoutAPolicyIsRateLimitPolicyNotFound() {
    // the defaults limit PLACE_BET per user only: an IP address has no PLACE_BET policy
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                service()
                    .checkRateLimit(
                        CheckRateLimitRequest.newBuilder()
                            .setIpAddress("192.0.2.7")
                            .setAction(RateLimitAction.RATE_LIMIT_ACTION_PLACE_BET)
                            .setIdempotencyKey("no-policy-1")
                            .build()));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    assertThat(
            RpcErrors.hasReason(e, RiskErrorReason.RISK_ERROR_REASON_RATE_LIMIT_POLICY_NOT_FOUND))
        .as(e.getStatus().toString())
        .isTrue();
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .containsEntry("subjectKind", "ip_address")
        .containsEntry("action", "RATE_LIMIT_ACTION_PLACE_BET");
  }
}
