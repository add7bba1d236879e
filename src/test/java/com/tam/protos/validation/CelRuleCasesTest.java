package com.tam.protos.validation;

import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import build.buf.validate.FieldRules;
import build.buf.validate.MessageRules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.Rule;
import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import com.tam.protos.contract.ContractSet;
import com.tam.protos.testing.FoundViolations;
import com.tam.protos.testing.FoundViolations.Found;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every custom CEL rule of the contracts, by its stable id, with a request that passes every rule
 * of its message and a request that violates exactly that rule.
 *
 * <p>The table {@link #CASES} must list exactly the rule ids declared in the compiled contracts
 * ({@code (buf.validate.message).cel} and {@code (buf.validate.field).cel}, nested rules such as
 * {@code repeated.items.cel} included): a new rule without examples, or a case for a rule that no
 * longer exists, fails {@link #everyCelRuleOfTheContractsHasExactlyOneCase()}. Bodies are protobuf
 * text format, parsed into the generated message class so that protovalidate checks the real type.
 */
class CelRuleCasesTest {

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  /** 2026-11-23T00:00:00Z, a Monday. */
  private static final long MON_23 = 1_795_392_000L;

  /** 2026-11-24T00:00:00Z, a Tuesday. */
  private static final long TUE_24 = 1_795_478_400L;

  /** 2026-11-01T00:00:00Z, the first of a month (a Sunday). */
  private static final long NOV_01 = 1_793_491_200L;

  /** Fields every RecordActivityRequest example shares; no CEL rule reads them. */
  private static final String ACTIVITY =
      """
      user_id: "user-123"
      activity_time { seconds: 1795500000 }
      idempotency_key: "activity-1"
      """;

  /** Fields every UpdateNotificationPreferencesRequest example shares. */
  private static final String UPDATE_PREFERENCES =
      """
      user_id: "user-123"
      idempotency_key: "prefs-1"
      """;

  /**
   * One example pair for one CEL rule.
   *
   * @param ruleId the rule's {@code id}
   * @param message full name of the request message the bodies are parsed into
   * @param fieldPath where a violation of the rule is reported: {@code ""} for a rule of the
   *     request message itself, otherwise the dotted path of the field (or nested message) carrying
   *     it
   * @param valid text-format request that passes every rule of {@code message}
   * @param invalid text-format request that violates this rule and no other
   */
  record Case(String ruleId, String message, String fieldPath, String valid, String invalid) {
    @Override
    public String toString() {
      return ruleId;
    }
  }

  private static Case messageRule(String ruleId, String message, String valid, String invalid) {
    return new Case(ruleId, message, "", valid, invalid);
  }

  private static Case nestedRule(
      String ruleId, String message, String fieldPath, String valid, String invalid) {
    return new Case(ruleId, message, fieldPath, valid, invalid);
  }

  private static final List<Case> CASES =
      List.of(
          // ---- reporting.v1 ----
          messageRule(
              "generate_report.period_start_midnight",
              "reporting.v1.GenerateReportRequest",
              """
              period_type: REPORT_PERIOD_TYPE_DAILY
              period_start_time { seconds: %d }
              currency: "EUR"
              idempotency_key: "report:daily:2026-11-24:EUR"
              """
                  .formatted(TUE_24),
              """
              period_type: REPORT_PERIOD_TYPE_DAILY
              period_start_time { seconds: %d }
              currency: "EUR"
              idempotency_key: "report:daily:2026-11-24:EUR"
              """
                  .formatted(TUE_24 + 6 * 3600)),
          messageRule(
              "generate_report.weekly_starts_monday",
              "reporting.v1.GenerateReportRequest",
              """
              period_type: REPORT_PERIOD_TYPE_WEEKLY
              period_start_time { seconds: %d }
              currency: "EUR"
              idempotency_key: "report:weekly:2026-11-23:EUR"
              """
                  .formatted(MON_23),
              """
              period_type: REPORT_PERIOD_TYPE_WEEKLY
              period_start_time { seconds: %d }
              currency: "EUR"
              idempotency_key: "report:weekly:2026-11-24:EUR"
              """
                  .formatted(TUE_24)),
          messageRule(
              "generate_report.monthly_starts_first",
              "reporting.v1.GenerateReportRequest",
              """
              period_type: REPORT_PERIOD_TYPE_MONTHLY
              period_start_time { seconds: %d }
              currency: "EUR"
              idempotency_key: "report:monthly:2026-11:EUR"
              """
                  .formatted(NOV_01),
              """
              period_type: REPORT_PERIOD_TYPE_MONTHLY
              period_start_time { seconds: %d }
              currency: "EUR"
              idempotency_key: "report:monthly:2026-11-24:EUR"
              """
                  .formatted(TUE_24)),
          messageRule(
              "list_reports.time_range",
              "reporting.v1.ListReportsRequest",
              """
              period_types: REPORT_PERIOD_TYPE_DAILY
              currency: "EUR"
              start_time { seconds: %d }
              end_time { seconds: %d }
              """
                  .formatted(MON_23, TUE_24),
              """
              period_types: REPORT_PERIOD_TYPE_DAILY
              currency: "EUR"
              start_time { seconds: %d }
              end_time { seconds: %d }
              """
                  .formatted(TUE_24, TUE_24)),
          // ---- user.v1 ----
          messageRule(
              "logout_session.target",
              "user.v1.LogoutSessionRequest",
              """
              all_sessions: true
              idempotency_key: "logout-1"
              """,
              """
              session_id: "session-1"
              all_sessions: true
              idempotency_key: "logout-1"
              """),
          // ---- notification.v1 ----
          messageRule(
              "list_notifications.time_range",
              "notification.v1.ListNotificationsRequest",
              """
              user_id: "user-123"
              channels: NOTIFICATION_CHANNEL_IN_APP
              start_time { seconds: %d }
              end_time { seconds: %d }
              """
                  .formatted(MON_23, TUE_24),
              """
              user_id: "user-123"
              channels: NOTIFICATION_CHANNEL_IN_APP
              start_time { seconds: %d }
              end_time { seconds: %d }
              """
                  .formatted(TUE_24, MON_23)),
          messageRule(
              "mark_notifications_read.target",
              "notification.v1.MarkNotificationsReadRequest",
              """
              user_id: "user-123"
              notification_ids: "notif-1"
              notification_ids: "notif-2"
              idempotency_key: "mark-1"
              """,
              """
              user_id: "user-123"
              notification_ids: "notif-1"
              before_time { seconds: %d }
              idempotency_key: "mark-1"
              """
                  .formatted(TUE_24)),
          nestedRule(
              "quiet_hours.non_empty",
              "notification.v1.UpdateNotificationPreferencesRequest",
              "preferences.quiet_hours",
              UPDATE_PREFERENCES
                  + """
                  preferences {
                    quiet_hours {
                      start_local_time: "22:00"
                      end_local_time: "07:00"
                      time_zone: "Europe/Berlin"
                    }
                  }
                  """,
              UPDATE_PREFERENCES
                  + """
                  preferences {
                    quiet_hours {
                      start_local_time: "22:00"
                      end_local_time: "22:00"
                      time_zone: "Europe/Berlin"
                    }
                  }
                  """),
          nestedRule(
              "notification_preferences.channels_unique",
              "notification.v1.UpdateNotificationPreferencesRequest",
              "preferences.channels",
              UPDATE_PREFERENCES
                  + """
                  preferences {
                    channels { channel: NOTIFICATION_CHANNEL_PUSH enabled: false }
                    channels { channel: NOTIFICATION_CHANNEL_SMS enabled: true }
                  }
                  """,
              UPDATE_PREFERENCES
                  + """
                  preferences {
                    channels { channel: NOTIFICATION_CHANNEL_PUSH enabled: false }
                    channels { channel: NOTIFICATION_CHANNEL_SMS enabled: true }
                    channels { channel: NOTIFICATION_CHANNEL_PUSH enabled: true }
                  }
                  """),
          nestedRule(
              "notification_preferences.categories_unique",
              "notification.v1.UpdateNotificationPreferencesRequest",
              "preferences.categories",
              UPDATE_PREFERENCES
                  + """
                  preferences {
                    categories {
                      category: NOTIFICATION_CATEGORY_BET
                      channels: [NOTIFICATION_CHANNEL_PUSH, NOTIFICATION_CHANNEL_IN_APP]
                    }
                    categories { category: NOTIFICATION_CATEGORY_TRANSACTION }
                  }
                  """,
              UPDATE_PREFERENCES
                  + """
                  preferences {
                    categories {
                      category: NOTIFICATION_CATEGORY_BET
                      channels: [NOTIFICATION_CHANNEL_PUSH, NOTIFICATION_CHANNEL_IN_APP]
                    }
                    categories { category: NOTIFICATION_CATEGORY_BET }
                  }
                  """),
          nestedRule(
              "update_notification_preferences.update_mask",
              "notification.v1.UpdateNotificationPreferencesRequest",
              "update_mask",
              UPDATE_PREFERENCES
                  + """
                  preferences { language_code: "de" }
                  update_mask { paths: ["language_code", "quiet_hours"] }
                  """,
              UPDATE_PREFERENCES
                  + """
                  preferences { language_code: "de" }
                  update_mask { paths: ["language_code", "user_id"] }
                  """),
          // ---- risk.v1 ----
          messageRule(
              "assess_bet.money_scale",
              "risk.v1.AssessBetRequest",
              """
              user_id: "user-123"
              market_id: "market-1"
              selection_id: "arsenal"
              side: BET_SIDE_BACK
              odds: "2.50"
              stake: "100"
              currency: "JPY"
              idempotency_key: "saga-1:assess"
              saga_id: "saga-1"
              """,
              """
              user_id: "user-123"
              market_id: "market-1"
              selection_id: "arsenal"
              side: BET_SIDE_BACK
              odds: "2.50"
              stake: "100.5"
              currency: "JPY"
              idempotency_key: "saga-1:assess"
              saga_id: "saga-1"
              """),
          messageRule(
              "release_bet_limits.money_scale",
              "risk.v1.ReleaseBetLimitsRequest",
              """
              user_id: "user-123"
              saga_id: "saga-1"
              amount: "100"
              currency: "JPY"
              idempotency_key: "release:bet-1:i-1"
              """,
              """
              user_id: "user-123"
              saga_id: "saga-1"
              amount: "100.5"
              currency: "JPY"
              idempotency_key: "release:bet-1:i-1"
              """),
          messageRule(
              "check_deposit.money_scale",
              "risk.v1.CheckDepositRequest",
              """
              user_id: "user-123"
              amount: "100"
              currency: "JPY"
              idempotency_key: "deposit-check:d-1"
              """,
              """
              user_id: "user-123"
              amount: "100.5"
              currency: "JPY"
              idempotency_key: "deposit-check:d-1"
              """),
          messageRule(
              "check_withdrawal.money_scale",
              "risk.v1.CheckWithdrawalRequest",
              """
              user_id: "user-123"
              amount: "100"
              currency: "JPY"
              idempotency_key: "withdraw-check:w-1"
              """,
              """
              user_id: "user-123"
              amount: "100.5"
              currency: "JPY"
              idempotency_key: "withdraw-check:w-1"
              """),
          messageRule(
              "record_activity.money_scale",
              "risk.v1.RecordActivityRequest",
              """
              activity_id: "deposit:d-1"
              user_id: "user-123"
              type: ACTIVITY_TYPE_DEPOSIT
              outcome: ACTIVITY_OUTCOME_SUCCEEDED
              activity_time { seconds: 1795500000 }
              amount: "100"
              currency: "JPY"
              idempotency_key: "activity-1"
              """,
              """
              activity_id: "deposit:d-1"
              user_id: "user-123"
              type: ACTIVITY_TYPE_DEPOSIT
              outcome: ACTIVITY_OUTCOME_SUCCEEDED
              activity_time { seconds: 1795500000 }
              amount: "100.5"
              currency: "JPY"
              idempotency_key: "activity-1"
              """),
          messageRule(
              "risk_limits.money_scale",
              "risk.v1.RiskLimits",
              """
              max_stake: "100.000"
              max_daily_stake: "100.000"
              currency: "KWD"
              """,
              """
              max_stake: "100.00"
              max_daily_stake: "100.00"
              currency: "KWD"
              """),
          messageRule(
              "release_bet_limits.currency_required",
              "risk.v1.ReleaseBetLimitsRequest",
              """
              user_id: "user-123"
              saga_id: "saga-1"
              idempotency_key: "release:bet-1:i-1"
              amount: "5.00"
              currency: "EUR"
              """,
              """
              user_id: "user-123"
              saga_id: "saga-1"
              idempotency_key: "release:bet-1:i-1"
              amount: "5.00"
              """),
          nestedRule(
              "set_responsible_gambling_limits.update_mask",
              "risk.v1.SetResponsibleGamblingLimitsRequest",
              "update_mask",
              """
              user_id: "user-123"
              limits { daily_deposit_limit: "100.00" currency: "EUR" }
              idempotency_key: "rg-1"
              update_mask { paths: "daily_deposit_limit" }
              """,
              """
              user_id: "user-123"
              limits { daily_deposit_limit: "100.00" currency: "EUR" }
              idempotency_key: "rg-1"
              update_mask { paths: "currency" }
              """),
          messageRule(
              "self_exclude.period",
              "risk.v1.SelfExcludeRequest",
              """
              user_id: "user-123"
              idempotency_key: "self-exclude-1"
              duration { seconds: 15552000 }
              """,
              """
              user_id: "user-123"
              idempotency_key: "self-exclude-1"
              duration { seconds: 15552000 }
              permanent: true
              """),
          messageRule(
              "record_activity.currency_required",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "deposit:tx-1"
                  type: ACTIVITY_TYPE_DEPOSIT
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  transaction_id: "tx-1"
                  amount: "50.00"
                  currency: "EUR"
                  """,
              ACTIVITY
                  + """
                  activity_id: "deposit:tx-1"
                  type: ACTIVITY_TYPE_DEPOSIT
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  transaction_id: "tx-1"
                  amount: "50.00"
                  """),
          messageRule(
              "record_activity.outcome_fits_type",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "login:session-1"
                  type: ACTIVITY_TYPE_LOGIN
                  outcome: ACTIVITY_OUTCOME_FAILED
                  """,
              ACTIVITY
                  + """
                  activity_id: "login:session-1"
                  type: ACTIVITY_TYPE_LOGIN
                  outcome: ACTIVITY_OUTCOME_WON
                  """),
          messageRule(
              "record_activity.succeeded_only",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "registration:user-123"
                  type: ACTIVITY_TYPE_REGISTRATION
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  """,
              ACTIVITY
                  + """
                  activity_id: "registration:user-123"
                  type: ACTIVITY_TYPE_REGISTRATION
                  outcome: ACTIVITY_OUTCOME_FAILED
                  """),
          messageRule(
              "record_activity.bet_id_required",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "bet_cancelled:bet-1"
                  type: ACTIVITY_TYPE_BET_CANCELLED
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  bet_id: "bet-1"
                  market_id: "market-1"
                  selection_id: "arsenal"
                  """,
              ACTIVITY
                  + """
                  activity_id: "bet_cancelled:bet-1"
                  type: ACTIVITY_TYPE_BET_CANCELLED
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  market_id: "market-1"
                  selection_id: "arsenal"
                  """),
          messageRule(
              "record_activity.amount_required",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "withdrawal:attempt-1"
                  type: ACTIVITY_TYPE_WITHDRAWAL
                  outcome: ACTIVITY_OUTCOME_FAILED
                  amount: "20.00"
                  currency: "EUR"
                  """,
              ACTIVITY
                  + """
                  activity_id: "withdrawal:attempt-1"
                  type: ACTIVITY_TYPE_WITHDRAWAL
                  outcome: ACTIVITY_OUTCOME_FAILED
                  """),
          messageRule(
              "record_activity.odds_required",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "bet_placed:bet-1"
                  type: ACTIVITY_TYPE_BET_PLACED
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  bet_id: "bet-1"
                  market_id: "market-1"
                  selection_id: "arsenal"
                  assessment_id: "assessment-1"
                  amount: "10.00"
                  odds: "2.50"
                  currency: "EUR"
                  """,
              ACTIVITY
                  + """
                  activity_id: "bet_placed:bet-1"
                  type: ACTIVITY_TYPE_BET_PLACED
                  outcome: ACTIVITY_OUTCOME_SUCCEEDED
                  bet_id: "bet-1"
                  market_id: "market-1"
                  selection_id: "arsenal"
                  assessment_id: "assessment-1"
                  amount: "10.00"
                  currency: "EUR"
                  """),
          messageRule(
              "record_activity.settlement_payout_required",
              "risk.v1.RecordActivityRequest",
              ACTIVITY
                  + """
                  activity_id: "bet_settled:bet-1"
                  type: ACTIVITY_TYPE_BET_SETTLED
                  outcome: ACTIVITY_OUTCOME_LOST
                  bet_id: "bet-1"
                  market_id: "market-1"
                  selection_id: "arsenal"
                  amount: "10.00"
                  odds: "2.50"
                  payout: "0"
                  currency: "EUR"
                  """,
              ACTIVITY
                  + """
                  activity_id: "bet_settled:bet-1"
                  type: ACTIVITY_TYPE_BET_SETTLED
                  outcome: ACTIVITY_OUTCOME_LOST
                  bet_id: "bet-1"
                  market_id: "market-1"
                  selection_id: "arsenal"
                  amount: "10.00"
                  odds: "2.50"
                  currency: "EUR"
                  """),
          // ---- order.v1 ----
          messageRule(
              "list_bets.scope",
              "order.v1.ListBetsRequest",
              """
              market_id: "market-1"
              states: [BET_STATE_PENDING, BET_STATE_EXECUTABLE]
              """,
              """
              states: [BET_STATE_PENDING, BET_STATE_EXECUTABLE]
              """),
          messageRule(
              "list_bets.time_range",
              "order.v1.ListBetsRequest",
              """
              user_id: "user-123"
              start_time { seconds: 1795392000 }
              end_time { seconds: 1795392001 }
              """,
              """
              user_id: "user-123"
              start_time { seconds: 1795392000 }
              end_time { seconds: 1795392000 }
              """),
          messageRule(
              "list_markets.time_range",
              "order.v1.ListMarketsRequest",
              """
              sport: "football"
              start_time { seconds: 1795392000 }
              end_time { seconds: 1795392001 }
              """,
              """
              sport: "football"
              start_time { seconds: 1795392001 }
              end_time { seconds: 1795392000 }
              """),
          messageRule(
              "list_fixtures.time_range",
              "order.v1.ListFixturesRequest",
              """
              competition_id: "epl"
              start_time { seconds: 1795392000 }
              end_time { seconds: 1795392001 }
              """,
              """
              competition_id: "epl"
              start_time { seconds: 1795392000 }
              end_time { seconds: 1795392000 }
              """),
          messageRule(
              "open_market.unique_runners",
              "order.v1.OpenMarketRequest",
              """
              market_id: "market-1"
              fixture { fixture_id: "fx-1" display_name: "Arsenal v Chelsea" sport: "football" competition_id: "epl" competition_name: "Premier League" country_code: "GB" start_time { seconds: 1795500000 } }
              market_type: "MATCH_ODDS"
              display_name: "Match Odds"
              currency: "EUR"
              runners { selection_id: "arsenal" display_name: "Arsenal" }
              runners { selection_id: "draw" display_name: "The Draw" }
              commission_rate_bp: 500
              idempotency_key: "open:market-1"
              """,
              """
              market_id: "market-1"
              fixture { fixture_id: "fx-1" display_name: "Arsenal v Chelsea" sport: "football" competition_id: "epl" competition_name: "Premier League" country_code: "GB" start_time { seconds: 1795500000 } }
              market_type: "MATCH_ODDS"
              display_name: "Match Odds"
              currency: "EUR"
              runners { selection_id: "arsenal" display_name: "Arsenal" }
              runners { selection_id: "arsenal" display_name: "The Draw" }
              commission_rate_bp: 500
              idempotency_key: "open:market-1"
              """),
          nestedRule(
              "update_market.update_mask",
              "order.v1.UpdateMarketRequest",
              "update_mask",
              """
              market_id: "market-1"
              market_update { in_play: true }
              update_mask { paths: "in_play" }
              idempotency_key: "in-play:market-1"
              """,
              """
              market_id: "market-1"
              market_update { in_play: true }
              update_mask { paths: "state" }
              idempotency_key: "in-play:market-1"
              """),
          messageRule(
              "settle_market.unique_selections",
              "order.v1.SettleMarketRequest",
              """
              market_id: "market-1"
              results { selection_id: "arsenal" result: SELECTION_RESULT_TYPE_WIN }
              results { selection_id: "draw" result: SELECTION_RESULT_TYPE_LOSE }
              idempotency_key: "settle:market-1"
              """,
              """
              market_id: "market-1"
              results { selection_id: "arsenal" result: SELECTION_RESULT_TYPE_WIN }
              results { selection_id: "arsenal" result: SELECTION_RESULT_TYPE_LOSE }
              idempotency_key: "settle:market-1"
              """),
          messageRule(
              "resettle_market.unique_selections",
              "order.v1.ResettleMarketRequest",
              """
              market_id: "market-1"
              results { selection_id: "arsenal" result: SELECTION_RESULT_TYPE_LOSE }
              results { selection_id: "draw" result: SELECTION_RESULT_TYPE_WIN }
              reason: "result corrected"
              idempotency_key: "resettle:market-1:2"
              """,
              """
              market_id: "market-1"
              results { selection_id: "draw" result: SELECTION_RESULT_TYPE_LOSE }
              results { selection_id: "draw" result: SELECTION_RESULT_TYPE_WIN }
              reason: "result corrected"
              idempotency_key: "resettle:market-1:2"
              """),
          messageRule(
              "cancel_bets.unique_bets",
              "order.v1.CancelBetsRequest",
              """
              user_id: "user-123"
              market_id: "market-1"
              instructions { bet_id: "bet-1" }
              instructions { bet_id: "bet-2" size_reduction: "1.00" currency: "EUR" }
              idempotency_key: "cancel-1"
              """,
              """
              user_id: "user-123"
              market_id: "market-1"
              instructions { bet_id: "bet-1" }
              instructions { bet_id: "bet-1" size_reduction: "1.00" currency: "EUR" }
              idempotency_key: "cancel-1"
              """),
          messageRule(
              "replace_bets.unique_bets",
              "order.v1.ReplaceBetsRequest",
              """
              user_id: "user-123"
              market_id: "market-1"
              instructions { bet_id: "bet-1" new_price: "2.52" }
              instructions { bet_id: "bet-2" new_price: "3.05" }
              idempotency_key: "replace-1"
              """,
              """
              user_id: "user-123"
              market_id: "market-1"
              instructions { bet_id: "bet-1" new_price: "2.52" }
              instructions { bet_id: "bet-1" new_price: "3.05" }
              idempotency_key: "replace-1"
              """),
          messageRule(
              "cancel_instruction.currency_with_reduction",
              "order.v1.CancelInstruction",
              """
              bet_id: "bet-1"
              size_reduction: "2.50"
              currency: "EUR"
              """,
              """
              bet_id: "bet-1"
              size_reduction: "2.50"
              """),
          messageRule(
              "cancel_instruction.money_scale",
              "order.v1.CancelInstruction",
              """
              bet_id: "bet-1"
              size_reduction: "2.5"
              currency: "EUR"
              """,
              """
              bet_id: "bet-1"
              size_reduction: "2.505"
              currency: "EUR"
              """),
          messageRule(
              "place_bet.money_scale",
              "order.v1.PlaceBetRequest",
              """
              user_id: "user-123"
              market_id: "market-1"
              selection_id: "arsenal"
              side: BET_SIDE_BACK
              price: "2.50"
              currency: "EUR"
              reservation_id: "res-1"
              order_id: "order-1"
              saga_id: "saga-456"
              idempotency_key: "saga-456:place"
              persistence_type: PERSISTENCE_TYPE_LAPSE
              stake: "10.00"
              """,
              """
              user_id: "user-123"
              market_id: "market-1"
              selection_id: "arsenal"
              side: BET_SIDE_BACK
              price: "2.50"
              currency: "EUR"
              reservation_id: "res-1"
              order_id: "order-1"
              saga_id: "saga-456"
              idempotency_key: "saga-456:place"
              persistence_type: PERSISTENCE_TYPE_LAPSE
              stake: "10.001"
              """),
          messageRule(
              "place_order.money_scale",
              "order.v1.PlaceOrderRequest",
              """
              user_id: "user-123"
              market_id: "market-1"
              selection_id: "arsenal"
              side: BET_SIDE_LAY
              price: "3.00"
              idempotency_key: "order-1"
              persistence_type: PERSISTENCE_TYPE_PERSIST
              stake: "1000"
              currency: "JPY"
              """,
              """
              user_id: "user-123"
              market_id: "market-1"
              selection_id: "arsenal"
              side: BET_SIDE_LAY
              price: "3.00"
              idempotency_key: "order-1"
              persistence_type: PERSISTENCE_TYPE_PERSIST
              stake: "1000.5"
              currency: "JPY"
              """),
          messageRule(
              "place_order_instruction.money_scale",
              "order.v1.PlaceOrderInstruction",
              """
              selection_id: "arsenal"
              side: BET_SIDE_BACK
              price: "2.50"
              stake: "5.250"
              currency: "KWD"
              persistence_type: PERSISTENCE_TYPE_LAPSE
              """,
              """
              selection_id: "arsenal"
              side: BET_SIDE_BACK
              price: "2.50"
              stake: "5.25"
              currency: "CHF"
              persistence_type: PERSISTENCE_TYPE_LAPSE
              """),
          messageRule(
              "market.money_scale",
              "order.v1.Market",
              """
              market_id: "market-1"
              currency: "JPY"
              min_stake: "200"
              total_matched_amount: "0"
              """,
              """
              market_id: "market-1"
              currency: "JPY"
              min_stake: "200.00"
              total_matched_amount: "0"
              """),
          messageRule(
              "market_book.money_scale",
              "order.v1.MarketBook",
              """
              market_id: "market-1"
              currency: "EUR"
              total_matched_amount: "125.50"
              runner_books { selection_id: "home" matched_amount: "125.50" }
              """,
              """
              market_id: "market-1"
              currency: "EUR"
              total_matched_amount: "125.50"
              runner_books { selection_id: "home" matched_amount: "125.5" }
              """),
          messageRule(
              "fill.money_scale",
              "order.v1.Fill",
              """
              price: "2.50"
              stake: "4.00"
              currency: "EUR"
              """,
              """
              price: "2.50"
              stake: "4.0"
              currency: "EUR"
              """),
          messageRule(
              "bet.money_scale",
              "order.v1.Bet",
              """
              price: "2.50"
              currency: "EUR"
              stake_matched: "4.00"
              stake_remaining: "6.00"
              stake_cancelled: "0.00"
              stake_lapsed: "0.00"
              stake_voided: "0.00"
              liability: "10.00"
              refunded_amount: "0.00"
              liability_held: "10.00"
              stake: "10.00"
              """,
              """
              price: "2.50"
              currency: "EUR"
              stake_matched: "4.00"
              stake_remaining: "6.00"
              stake_cancelled: "0.00"
              stake_lapsed: "0.00"
              stake_voided: "0.00"
              liability: "10.00"
              refunded_amount: "0.00"
              liability_held: "10.00"
              stake: "10"
              """),
          messageRule(
              "bet_settlement.money_scale",
              "order.v1.BetSettlement",
              """
              currency: "KWD"
              stake_matched: "10.000"
              liability: "10.000"
              payout: "25.000"
              profit: "15.000"
              payout_adjustment: "0.000"
              """,
              """
              currency: "KWD"
              stake_matched: "10.000"
              liability: "10.000"
              payout: "25.000"
              profit: "15.00"
              payout_adjustment: "0.000"
              """),
          messageRule(
              "commission_charge.money_scale",
              "order.v1.CommissionCharge",
              """
              currency: "EUR"
              net_profit: "-3.00"
              commission_amount: "0.00"
              booked_amount: "0.00"
              """,
              """
              currency: "EUR"
              net_profit: "-3"
              commission_amount: "0.00"
              booked_amount: "0.00"
              """),
          messageRule(
              "settlement_job.money_scale",
              "order.v1.SettlementJob",
              """
              currency: "EUR"
              total_payout: "0.00"
              total_commission_amount: "0.00"
              """,
              """
              currency: "EUR"
              total_payout: "0"
              total_commission_amount: "0.00"
              """),
          messageRule(
              "order.money_scale",
              "order.v1.Order",
              """
              price: "3.00"
              stake: "10.00"
              liability: "20.00"
              currency: "EUR"
              """,
              """
              price: "3.00"
              stake: "10.00"
              liability: "20"
              currency: "EUR"
              """),
          messageRule(
              "cancel_bet_result.money_scale",
              "order.v1.CancelBetResult",
              """
              currency: "JPY"
              stake_cancelled: "600"
              refunded_amount: "600"
              """,
              """
              currency: "JPY"
              stake_cancelled: "600"
              refunded_amount: "600.00"
              """),
          messageRule(
              "replace_bet_result.money_scale",
              "order.v1.ReplaceBetResult",
              """
              currency: "KWD"
              refunded_amount: "0.000"
              """,
              """
              currency: "KWD"
              refunded_amount: "0"
              """),
          messageRule(
              "bet_stake_released_event.money_scale",
              "order.v1.BetStakeReleasedEvent",
              """
              currency: "GBP"
              stake_released: "5.00"
              refunded_amount: "5.00"
              new_price: "2.50"
              """,
              """
              currency: "GBP"
              stake_released: "5.00"
              refunded_amount: "5"
              """),
          messageRule(
              "report.money_scale",
              "reporting.v1.Report",
              """
              currency: "EUR"
              data {
                totals {
                  matched_volume_amount: "-2.00" commission_revenue: "0.50"
                  rounding_retained_amount: "0.01" ggr: "0.51" settled_volume_amount: "40.00"
                  payouts: "79.99" placed_stake: "50.00" average_stake: "25.00"
                  released_stake: "0.00" deposits: "100.00" withdrawals: "20.00"
                  withdrawal_reversal_amount: "0.00" chargeback_amount: "0.00"
                  commission_booked_amount: "0.50"
                }
                sports { sport: "football" matched_volume_amount: "-2.00" commission_revenue: "0.50" ggr: "0.51" placed_stake: "50.00" }
              }
              """,
              """
              currency: "EUR"
              data {
                totals {
                  matched_volume_amount: "-2.00" commission_revenue: "0.50"
                  rounding_retained_amount: "0.01" ggr: "0.51" settled_volume_amount: "40.00"
                  payouts: "79.99" placed_stake: "50.00" average_stake: "25.00"
                  released_stake: "0.00" deposits: "100.00" withdrawals: "20.00"
                  withdrawal_reversal_amount: "0.00" chargeback_amount: "0.00"
                  commission_booked_amount: "0.50"
                }
                sports { sport: "football" matched_volume_amount: "-2.00" commission_revenue: "0.50" ggr: "0.51" placed_stake: "50" }
              }
              """),
          messageRule(
              "dashboard_snapshot.money_scale",
              "reporting.v1.DashboardSnapshot",
              """
              sequence: 1
              currency: "EUR"
              placed_stake_last_hour: "10.00"
              matched_volume_amount_last_hour: "-2.00"
              commission_revenue_last_hour: "0.50"
              ggr_last_hour: "0.51"
              open_matched_exposure_amount: "25.00"
              reserved_amount: "0.00"
              held_liability: "30.00"
              unmatched_stake: "6.00"
              """,
              """
              sequence: 1
              currency: "EUR"
              placed_stake_last_hour: "10.00"
              matched_volume_amount_last_hour: "-2.00"
              commission_revenue_last_hour: "0.50"
              ggr_last_hour: "-1.5"
              open_matched_exposure_amount: "25.00"
              reserved_amount: "0.00"
              held_liability: "30.00"
              unmatched_stake: "6.00"
              """),
          // ---- wallet.v1 ----
          messageRule(
              "reserve_balance.money_scale",
              "wallet.v1.ReserveBalanceRequest",
              """
              user_id: "user-123"
              amount: "100"
              saga_id: "saga-456"
              idempotency_key: "saga-456:reserve"
              currency: "JPY"
              """,
              """
              user_id: "user-123"
              amount: "100.5"
              saga_id: "saga-456"
              idempotency_key: "saga-456:reserve"
              currency: "JPY"
              """),
          messageRule(
              "credit_balance.money_scale",
              "wallet.v1.CreditBalanceRequest",
              """
              user_id: "user-123"
              amount: "100"
              currency: "JPY"
              reason: CREDIT_REASON_BET_WIN
              bet_id: "bet-1"
              idempotency_key: "settlement:bet-1"
              """,
              """
              user_id: "user-123"
              amount: "100.5"
              currency: "JPY"
              reason: CREDIT_REASON_BET_WIN
              bet_id: "bet-1"
              idempotency_key: "settlement:bet-1"
              """),
          messageRule(
              "charge_commission.money_scale",
              "wallet.v1.ChargeCommissionRequest",
              """
              user_id: "user-123"
              market_id: "market-1"
              amount: "100"
              currency: "JPY"
              settlement_version: 1
              net_winnings: "2000"
              rate_bp: 500
              idempotency_key: "commission:market-1:user-123"
              """,
              """
              user_id: "user-123"
              market_id: "market-1"
              amount: "100.5"
              currency: "JPY"
              settlement_version: 1
              net_winnings: "2000"
              rate_bp: 500
              idempotency_key: "commission:market-1:user-123"
              """),
          messageRule(
              "adjust_settlement.money_scale",
              "wallet.v1.AdjustSettlementRequest",
              """
              user_id: "user-123"
              bet_id: "bet-1"
              market_id: "market-1"
              settlement_version: 2
              direction: ADJUSTMENT_DIRECTION_DEBIT
              amount: "100"
              currency: "JPY"
              idempotency_key: "resettle:bet-1:2"
              """,
              """
              user_id: "user-123"
              bet_id: "bet-1"
              market_id: "market-1"
              settlement_version: 2
              direction: ADJUSTMENT_DIRECTION_DEBIT
              amount: "100.5"
              currency: "JPY"
              idempotency_key: "resettle:bet-1:2"
              """),
          messageRule(
              "start_deposit.money_scale",
              "wallet.v1.StartDepositRequest",
              """
              user_id: "user-123"
              amount: "100"
              currency: "JPY"
              idempotency_key: "deposit-1"
              """,
              """
              user_id: "user-123"
              amount: "100.5"
              currency: "JPY"
              idempotency_key: "deposit-1"
              """),
          messageRule(
              "confirm_deposit.money_scale",
              "wallet.v1.ConfirmDepositRequest",
              """
              user_id: "user-123"
              payment_id: "pay-1"
              amount: "100"
              currency: "JPY"
              payment_reference: "psp-1"
              idempotency_key: "confirm:psp-1"
              """,
              """
              user_id: "user-123"
              payment_id: "pay-1"
              amount: "100.5"
              currency: "JPY"
              payment_reference: "psp-1"
              idempotency_key: "confirm:psp-1"
              """),
          messageRule(
              "start_withdrawal.money_scale",
              "wallet.v1.StartWithdrawalRequest",
              """
              user_id: "user-123"
              amount: "100"
              currency: "JPY"
              withdrawal_method_id: "iban-1"
              idempotency_key: "withdraw-1"
              """,
              """
              user_id: "user-123"
              amount: "100.5"
              currency: "JPY"
              withdrawal_method_id: "iban-1"
              idempotency_key: "withdraw-1"
              """),
          messageRule(
              "record_chargeback.money_scale",
              "wallet.v1.RecordChargebackRequest",
              """
              payment_id: "pay-1"
              amount: "100"
              currency: "JPY"
              chargeback_reference: "cb-1"
              idempotency_key: "chargeback:cb-1"
              """,
              """
              payment_id: "pay-1"
              amount: "100.5"
              currency: "JPY"
              chargeback_reference: "cb-1"
              idempotency_key: "chargeback:cb-1"
              """),
          messageRule(
              "reservation.money_scale",
              "wallet.v1.Reservation",
              """
              reservation_id: "r-1"
              user_id: "user-123"
              saga_id: "saga-456"
              amount: "100.000"
              currency: "KWD"
              state: RESERVATION_STATE_PENDING
              """,
              """
              reservation_id: "r-1"
              user_id: "user-123"
              saga_id: "saga-456"
              amount: "100.00"
              currency: "KWD"
              state: RESERVATION_STATE_PENDING
              """),
          messageRule(
              "transaction.money_scale",
              "wallet.v1.Transaction",
              """
              transaction_id: "t-1"
              user_id: "user-123"
              type: TRANSACTION_TYPE_DEPOSIT
              amount: "100.000"
              currency: "KWD"
              balance_before: "0.000"
              balance_after: "100.000"
              available_before: "0.000"
              available_after: "100.000"
              """,
              """
              transaction_id: "t-1"
              user_id: "user-123"
              type: TRANSACTION_TYPE_DEPOSIT
              amount: "100.00"
              currency: "KWD"
              balance_before: "0.000"
              balance_after: "100.00"
              available_before: "0.000"
              available_after: "100.00"
              """),
          messageRule(
              "payment.money_scale",
              "wallet.v1.Payment",
              """
              payment_id: "pay-1"
              user_id: "user-123"
              kind: PAYMENT_KIND_DEPOSIT
              state: PAYMENT_STATE_SUCCEEDED
              amount: "100.000"
              currency: "KWD"
              charged_back_amount: "0.000"
              """,
              """
              payment_id: "pay-1"
              user_id: "user-123"
              kind: PAYMENT_KIND_DEPOSIT
              state: PAYMENT_STATE_SUCCEEDED
              amount: "100.00"
              currency: "KWD"
              charged_back_amount: "0.000"
              """),
          messageRule(
              "get_balance_response.money_scale",
              "wallet.v1.GetBalanceResponse",
              """
              balance: "100.000"
              currency: "KWD"
              reserved: "0.000"
              available: "100.000"
              """,
              """
              balance: "100.00"
              currency: "KWD"
              reserved: "0.000"
              available: "100.00"
              """),
          messageRule(
              "credit_balance.bet_id_required",
              "wallet.v1.CreditBalanceRequest",
              """
              user_id: "user-123"
              amount: "250.00"
              currency: "EUR"
              reason: CREDIT_REASON_BET_REFUND
              bet_id: "bet-1"
              idempotency_key: "settlement:bet-1"
              """,
              """
              user_id: "user-123"
              amount: "250.00"
              currency: "EUR"
              reason: CREDIT_REASON_BET_REFUND
              idempotency_key: "settlement:bet-1"
              """),
          messageRule(
              "list_transactions.time_range",
              "wallet.v1.ListTransactionsRequest",
              """
              user_id: "user-123"
              types: TRANSACTION_TYPE_CREDIT
              start_time { seconds: %d }
              end_time { seconds: %d }
              """
                  .formatted(MON_23, TUE_24),
              """
              user_id: "user-123"
              types: TRANSACTION_TYPE_CREDIT
              start_time { seconds: %d }
              end_time { seconds: %d }
              """
                  .formatted(TUE_24, MON_23)));

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @ParameterizedTest(name = "{0}: valid example has no violation")
  @MethodSource("cases")
  void validExamplePassesEveryRule(Case c) throws Exception {
    assertThat(violations(parse(c.message(), c.valid())))
        .as("violations of the valid example of %s", c.ruleId())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}: invalid example violates only this rule")
  @MethodSource("cases")
  void invalidExampleViolatesExactlyThisRule(Case c) throws Exception {
    assertThat(violations(parse(c.message(), c.invalid())))
        .as("violations of the invalid example of %s", c.ruleId())
        .containsExactly(new Found(c.fieldPath(), c.ruleId()));
  }

  @Test
  void everyCelRuleOfTheContractsHasExactlyOneCase() {
    List<String> declared = declaredRuleIds(ContractSet.load());

    assertThat(declared).as("CEL rule ids found in the contracts").isNotEmpty();
    assertThat(coverageProblems(declared, CASES.stream().map(Case::ruleId).toList())).isEmpty();
  }

  @Test
  void coverageNamesARuleWithoutCaseAndTheFix() {
    assertThat(coverageProblems(List.of("a.rule", "new.rule"), List.of("a.rule")))
        .singleElement()
        .asString()
        .contains("'new.rule'", "add a case to CelRuleCasesTest");
  }

  @Test
  void coverageNamesACaseWhoseRuleIsGone() {
    assertThat(coverageProblems(List.of("a.rule"), List.of("a.rule", "removed.rule")))
        .singleElement()
        .asString()
        .contains("'removed.rule'", "no CEL rule");
  }

  @Test
  void coverageNamesDuplicatedIdsOnEitherSide() {
    assertThat(coverageProblems(List.of("a.rule", "a.rule"), List.of("a.rule")))
        .singleElement()
        .asString()
        .contains("'a.rule'", "declared 2 times");
    assertThat(coverageProblems(List.of("a.rule"), List.of("a.rule", "a.rule")))
        .singleElement()
        .asString()
        .contains("'a.rule'", "2 cases");
  }

  @Test
  void coverageAcceptsEqualSets() {
    assertThat(coverageProblems(List.of("b.rule", "a.rule"), List.of("a.rule", "b.rule")))
        .isEmpty();
  }

  @Test
  void declaredRuleIdsFindsMessageFieldAndNestedRules() {
    Rule messageRule = Rule.newBuilder().setId("probe.message").setExpression("true").build();
    Rule fieldRule = Rule.newBuilder().setId("probe.field").setExpression("true").build();
    Rule itemRule = Rule.newBuilder().setId("probe.items").setExpression("true").build();
    FieldRules itemsRules =
        FieldRules.newBuilder()
            .setRepeated(
                RepeatedRules.newBuilder().setItems(FieldRules.newBuilder().addCel(itemRule)))
            .build();
    DescriptorProto probe =
        DescriptorProto.newBuilder()
            .setName("ProbeRequest")
            .setOptions(
                MessageOptions.newBuilder()
                    .setExtension(
                        ValidateProto.message,
                        MessageRules.newBuilder()
                            .addCel(messageRule)
                            .addCelExpression("this.name != ''")
                            .build()))
            .addField(
                FieldDescriptorProto.newBuilder()
                    .setName("name")
                    .setNumber(1)
                    .setType(Type.TYPE_STRING)
                    .setLabel(Label.LABEL_OPTIONAL)
                    .setOptions(
                        FieldOptions.newBuilder()
                            .setExtension(
                                ValidateProto.field,
                                FieldRules.newBuilder().addCel(fieldRule).build())))
            .addField(
                FieldDescriptorProto.newBuilder()
                    .setName("tags")
                    .setNumber(2)
                    .setType(Type.TYPE_STRING)
                    .setLabel(Label.LABEL_REPEATED)
                    .setOptions(
                        FieldOptions.newBuilder().setExtension(ValidateProto.field, itemsRules)))
            .addNestedType(
                DescriptorProto.newBuilder()
                    .setName("Inner")
                    .setOptions(
                        MessageOptions.newBuilder()
                            .setExtension(
                                ValidateProto.message,
                                MessageRules.newBuilder()
                                    .addCel(messageRule.toBuilder().setId("probe.inner"))
                                    .build())))
            .build();
    FileDescriptorProto file =
        FileDescriptorProto.newBuilder()
            .setName("probe/v1/probe.proto")
            .setSyntax("proto3")
            .setPackage("probe.v1")
            .addDependency("buf/validate/validate.proto")
            .setOptions(FileOptions.newBuilder().setJavaPackage("com.tam.protos.probe.v1"))
            .addMessageType(probe)
            .build();

    assertThat(declaredRuleIds(ContractSet.of(List.of(file))))
        .containsExactlyInAnyOrder(
            "probe.message",
            "cel_expression without id: this.name != ''",
            "probe.field",
            "probe.items",
            "probe.inner");
  }

  @Test
  void foundRendersSubscriptsOfRepeatedFields() throws Exception {
    Message twoBadIds =
        parse(
            "notification.v1.MarkNotificationsReadRequest",
            """
            user_id: "user-123"
            notification_ids: "ok-1"
            notification_ids: "-bad"
            idempotency_key: "mark-1"
            """);

    assertThat(violations(twoBadIds))
        .containsExactly(new Found("notification_ids[1]", "string.pattern"));
  }

  // ---- completeness ----

  /**
   * Compares the CEL rule ids declared in the contracts with the ids that have cases.
   *
   * @param declared every declared id, once per declaration
   * @param covered every case id, once per case
   * @return one readable problem per missing, stale or duplicated id; empty when the two match
   */
  static List<String> coverageProblems(Collection<String> declared, Collection<String> covered) {
    Map<String, Long> declaredCounts = counts(declared);
    Map<String, Long> coveredCounts = counts(covered);
    List<String> problems = new ArrayList<>();
    declaredCounts.forEach(
        (id, n) -> {
          if (n > 1) {
            problems.add(
                "CEL rule id '%s' is declared %d times in the contracts; give each rule its own id"
                    .formatted(id, n));
          }
          if (!coveredCounts.containsKey(id)) {
            problems.add(
                ("CEL rule '%s' has no examples: add a case to CelRuleCasesTest (a request that"
                        + " passes every rule of its message and one that violates only this rule)")
                    .formatted(id));
          }
        });
    coveredCounts.forEach(
        (id, n) -> {
          if (n > 1) {
            problems.add("CelRuleCasesTest has %d cases for '%s'; keep one".formatted(n, id));
          }
          if (!declaredCounts.containsKey(id)) {
            problems.add(
                ("CelRuleCasesTest has a case for '%s' but the contracts declare no CEL rule with"
                        + " that id: remove the case (or restore the rule)")
                    .formatted(id));
          }
        });
    return problems;
  }

  private static Map<String, Long> counts(Collection<String> ids) {
    return ids.stream()
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  /**
   * Returns the id of every custom CEL rule of every message of the contract set, once per
   * declaration: message rules, field rules and rules nested in field rules ({@code
   * repeated.items.cel}, {@code map.keys.cel}, ...). An id-less {@code cel_expression} is returned
   * as {@code "cel_expression without id: <expression>"} so that it can never match a case.
   */
  static List<String> declaredRuleIds(ContractSet contracts) {
    List<String> ids = new ArrayList<>();
    contracts
        .messages()
        .forEach(
            m -> {
              collectRuleIds(m.getOptions().getExtension(ValidateProto.message), ids);
              for (FieldDescriptor f : m.getFields()) {
                collectRuleIds(f.getOptions().getExtension(ValidateProto.field), ids);
              }
            });
    return ids;
  }

  /** Walks a rules message ({@code MessageRules}, {@code FieldRules}, ...) for CEL rules. */
  private static void collectRuleIds(Message rules, List<String> ids) {
    rules
        .getAllFields()
        .forEach(
            (field, value) -> {
              List<?> values = field.isRepeated() ? (List<?>) value : List.of(value);
              for (Object v : values) {
                if (v instanceof Rule rule) {
                  ids.add(rule.getId());
                } else if (v instanceof Message nested) {
                  collectRuleIds(nested, ids);
                } else if (field.getName().equals("cel_expression")) {
                  ids.add("cel_expression without id: " + v);
                }
              }
            });
  }

  // ---- parsing and validation ----

  private static List<Found> violations(Message message) throws ValidationException {
    return FoundViolations.of(VALIDATOR, message);
  }

  /**
   * Parses a text-format body into the generated class of the named contract message, so that
   * protovalidate validates the real type.
   */
  private static Message parse(String fullName, String text) throws Exception {
    Descriptor descriptor =
        ContractSet.load()
            .findMessage(fullName)
            .orElseThrow(() -> new AssertionError("no contract message " + fullName));
    Message.Builder builder = generatedDefaultInstance(descriptor).newBuilderForType();
    TextFormat.getParser().merge(text, builder);
    return builder.build();
  }

  private static Message generatedDefaultInstance(Descriptor descriptor) throws Exception {
    FileOptions options = descriptor.getFile().getOptions();
    StringBuilder name = new StringBuilder(descriptor.getName());
    for (Descriptor outer = descriptor.getContainingType();
        outer != null;
        outer = outer.getContainingType()) {
      name.insert(0, outer.getName() + "$");
    }
    if (!options.getJavaMultipleFiles()) {
      name.insert(0, options.getJavaOuterClassname() + "$");
    }
    Class<?> type = Class.forName(options.getJavaPackage() + "." + name);
    Message instance = (Message) type.getMethod("getDefaultInstance").invoke(null);
    assertThat(instance.getDescriptorForType().getFullName()).isEqualTo(descriptor.getFullName());
    return instance;
  }
}
