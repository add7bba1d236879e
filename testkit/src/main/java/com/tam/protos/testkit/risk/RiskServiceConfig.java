package com.tam.protos.testkit.risk;

import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.RateLimitAction;
import com.tam.protos.risk.v1.RiskProfile;
import com.tam.protos.risk.v1.RiskTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Settings of {@link ReferenceRiskService}; {@link #defaults()} uses the contract's defaults.
 *
 * @param stakeLimits per tier: the largest amount at risk of one bet and of one UTC day, in major
 *     units of the profile's currency
 * @param reviewThresholdBps score from which a bet is REVIEWed (6000)
 * @param rejectThresholdBps score from which a bet is REJECTed (9000)
 * @param newProfileScoreBps the score of a new profile (tier STANDARD)
 * @param scorer the model: a bet's score, or empty when no model is loaded (MODEL_UNAVAILABLE)
 * @param modelVersion the model's version
 * @param rateLimits the rate-limit policies
 * @param coolingOff how long a loosened responsible-gambling limit waits (24 hours)
 * @param velocityBets assessments per minute above which VELOCITY is raised
 * @param failedLoginsForTakeover failed LOGIN activities in 15 minutes that set ACCOUNT_TAKEOVER
 */
public record RiskServiceConfig(
    Map<RiskTier, StakeLimits> stakeLimits,
    int reviewThresholdBps,
    int rejectThresholdBps,
    int newProfileScoreBps,
    Scorer scorer,
    String modelVersion,
    Map<PolicyKey, RateLimitPolicy> rateLimits,
    Duration coolingOff,
    int velocityBets,
    int failedLoginsForTakeover) {

  /** Copies the maps. */
  public RiskServiceConfig {
    stakeLimits = Map.copyOf(stakeLimits);
    rateLimits = Map.copyOf(rateLimits);
  }

  /**
   * Stake limits of a tier.
   *
   * @param maxStake largest amount at risk of one bet
   * @param maxDailyStake largest sum of amounts at risk per UTC day
   */
  public record StakeLimits(BigDecimal maxStake, BigDecimal maxDailyStake) {}

  /**
   * Which subjects and action a policy limits.
   *
   * @param subjectKind {@code user_id}, {@code ip_address} or {@code device_id}
   * @param action the action
   */
  public record PolicyKey(String subjectKind, RateLimitAction action) {}

  /**
   * A fixed-window policy.
   *
   * @param policyId for example {@code place_bet.user.per_minute}
   * @param limit units per window
   * @param window the window, aligned to multiples of it since the epoch
   */
  public record RateLimitPolicy(String policyId, long limit, Duration window) {}

  /** The scoring model. */
  @FunctionalInterface
  public interface Scorer {
    /**
     * Scores a bet.
     *
     * @param request the bet
     * @param profile the user's profile (the default one for unknown users)
     * @return the score in basis points, or empty when no model is loaded
     */
    OptionalInt score(AssessBetRequest request, RiskProfile profile);
  }

  /**
   * The defaults: stake limits LOW 5000/20000, STANDARD 1000/5000, HIGH 200/1000, BLOCKED 0/0;
   * bands 6000 and 9000; the profile score as the bet's score (model "reference-rules-1"); 24-hour
   * cooling-off; rate limits per user PLACE_BET 60/min, LOGIN 10/min, DEPOSIT and WITHDRAW 20/h,
   * per IP address LOGIN 30/min and REGISTER 10/h, per device LOGIN 30/min and REGISTER 10/h.
   *
   * @return the defaults
   */
  public static RiskServiceConfig defaults() {
    Duration minute = Duration.ofMinutes(1);
    Duration hour = Duration.ofHours(1);
    return new RiskServiceConfig(
        Map.of(
            RiskTier.RISK_TIER_LOW, limits("5000", "20000"),
            RiskTier.RISK_TIER_STANDARD, limits("1000", "5000"),
            RiskTier.RISK_TIER_HIGH, limits("200", "1000"),
            RiskTier.RISK_TIER_BLOCKED, limits("0", "0")),
        6000,
        9000,
        2500,
        (request, profile) -> OptionalInt.of(profile.getRiskScoreBps()),
        "reference-rules-1",
        Map.of(
            new PolicyKey("user_id", RateLimitAction.RATE_LIMIT_ACTION_PLACE_BET),
            new RateLimitPolicy("place_bet.user.per_minute", 60, minute),
            new PolicyKey("user_id", RateLimitAction.RATE_LIMIT_ACTION_LOGIN),
            new RateLimitPolicy("login.user.per_minute", 10, minute),
            new PolicyKey("user_id", RateLimitAction.RATE_LIMIT_ACTION_DEPOSIT),
            new RateLimitPolicy("deposit.user.per_hour", 20, hour),
            new PolicyKey("user_id", RateLimitAction.RATE_LIMIT_ACTION_WITHDRAW),
            new RateLimitPolicy("withdraw.user.per_hour", 20, hour),
            new PolicyKey("ip_address", RateLimitAction.RATE_LIMIT_ACTION_LOGIN),
            new RateLimitPolicy("login.ip.per_minute", 30, minute),
            new PolicyKey("ip_address", RateLimitAction.RATE_LIMIT_ACTION_REGISTER),
            new RateLimitPolicy("register.ip.per_hour", 10, hour),
            new PolicyKey("device_id", RateLimitAction.RATE_LIMIT_ACTION_LOGIN),
            new RateLimitPolicy("login.device.per_minute", 30, minute),
            new PolicyKey("device_id", RateLimitAction.RATE_LIMIT_ACTION_REGISTER),
            new RateLimitPolicy("register.device.per_hour", 10, hour)),
        Duration.ofHours(24),
        30,
        5);
  }

  /**
   * A copy with another scorer.
   *
   * @param scorer the scorer
   * @return the copy
   */
  public RiskServiceConfig withScorer(Scorer scorer) {
    return new RiskServiceConfig(
        stakeLimits,
        reviewThresholdBps,
        rejectThresholdBps,
        newProfileScoreBps,
        scorer,
        modelVersion,
        rateLimits,
        coolingOff,
        velocityBets,
        failedLoginsForTakeover);
  }

  private static StakeLimits limits(String stake, String daily) {
    return new StakeLimits(new BigDecimal(stake), new BigDecimal(daily));
  }
}
