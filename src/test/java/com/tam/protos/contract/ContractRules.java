package com.tam.protos.contract;

import java.util.List;

/** The list of every contract rule; docs/CONTRACT-RULES.md's rule index is generated from it. */
public final class ContractRules {

  private ContractRules() {}

  /** Returns one instance of every rule. */
  public static List<ContractRule> all() {
    return List.of(
        new IdempotencyLevelRule(),
        new IdempotencyKeyRule(),
        new RpcVerbRule(),
        new SagaStepRule(),
        new SagaDefinitionRule(),
        new SagaCoverageRule(),
        new NoFloatRule(),
        new MoneyFieldRule(),
        new CurrencyFieldRule(),
        new SecretRedactionRule(),
        new FileOptionsRule(),
        new LeadingCommentRule(),
        new SeedFactsRule(),
        new EventRule(),
        new EventSubjectUniquenessRule(),
        new RequestEnumAndPagingRule(),
        new ErrorDocumentationRule(),
        new ErrorStatusRule(),
        new CelComprehensionGuardRule(),
        new RequestSizeBoundsRule(),
        new EventKindRule(),
        new EventConsumersRule(),
        new CurrencyScaleRule(),
        new CurrencyBesideAmountRule());
  }
}
