package com.tam.protos.testkit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.RiskServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each deliberately broken risk-analyzer fails the suite with a message naming the broken rule. */
class BrokenRiskVariantsTest {

  /** An ALLOW consumes nothing: the limits never fill up. */
  static final class LimitsNotConsumed extends ReferenceRiskService {
    LimitsNotConsumed(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean consumesLimits() {
      return false;
    }
  }

  /**
   * Checks and consumption are two steps with a slow step in between (a read from a lagging
   * replica, say): concurrent assessments all check against the same counters before any of them
   * consumes.
   */
  static final class CheckThenConsumeRace extends ReferenceRiskService {
    CheckThenConsumeRace(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean atomicAssessment() {
      return false;
    }

    @Override
    void betweenCheckAndConsume() {
      try {
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** AssessBet ignores a self-exclusion in force. */
  static final class SelfExclusionIgnored extends ReferenceRiskService {
    SelfExclusionIgnored(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean enforcesSelfExclusion() {
      return false;
    }
  }

  /** A second AssessBet for the same saga with a new key assesses (and consumes) again. */
  static final class SecondAssessmentPerSaga extends ReferenceRiskService {
    SecondAssessmentPerSaga(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean onePerSaga() {
      return false;
    }
  }

  private static void assertFailsWith(
      Function<ServiceContext, ReferenceRiskService> variant, String rule) {
    try (RiskPlatform p = new RiskPlatform(variant)) {
      TckReport report = Tck.run(p.target(), RiskServiceTck.class);
      assertThat(report.passed()).as("the broken variant must fail the suite").isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains("[" + rule + "]"));
    }
  }

  @Test
  void limitsThatAreNotConsumedFailTheSuite() {
    assertFailsWith(LimitsNotConsumed::new, "risk.assess.limits-consumed");
  }

  @Test
  void concurrentAssessmentsThatBothPassALimitFailTheSuite() {
    assertFailsWith(CheckThenConsumeRace::new, "risk.assess.atomic-consumption");
  }

  @Test
  void aSelfExcludedUsersBetThatIsAllowedFailsTheSuite() {
    assertFailsWith(SelfExclusionIgnored::new, "risk.self-exclusion.refuses-bets");
  }

  @Test
  void aSecondAssessmentForOneSagaFailsTheSuite() {
    assertFailsWith(SecondAssessmentPerSaga::new, "risk.assess.one-per-saga");
  }
}
