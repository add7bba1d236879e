"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'risk/v1/risk_service.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import betting_pb2 as common_dot_v1_dot_betting__pb2
from google.protobuf import duration_pb2 as google_dot_protobuf_dot_duration__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1arisk/v1/risk_service.proto\x12\x07risk.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x17common/v1/betting.proto\x1a\x1egoogle/protobuf/duration.proto\x1a\x1fgoogle/protobuf/timestamp.proto"[\n\nRiskReason\x12+\n\x04code\x18\x01 \x01(\x0e2\x17.risk.v1.RiskReasonCodeR\x04code\x12 \n\x0bdescription\x18\x02 \x01(\tR\x0bdescription"\xf9\x01\n\rClientContext\x12+\n\nip_address\x18\x01 \x01(\tB\x0c\xbaH\tr\x04\x18-p\x01\xd8\x01\x01R\tipAddress\x12G\n\tdevice_id\x18\x02 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x08deviceId\x12I\n\nsession_id\x18\x03 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\tsessionId\x12\'\n\nuser_agent\x18\x04 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x04R\tuserAgent"\xa0\x05\n\x10AssessBetRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12F\n\tmarket_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x08marketId\x12L\n\x0cselection_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0bselectionId\x122\n\x04side\x18\x04 \x01(\x0e2\x12.common.v1.BetSideB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04side\x12l\n\x04odds\x18\x05 \x01(\tBX\xbaHUrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$R\x04odds\x12l\n\x05stake\x18\x06 \x01(\tBV\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x05stake\x12/\n\x08currency\x18\x07 \x01(\tB\x13\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$R\x08currency\x12.\n\x06client\x18\x08 \x01(\x0b2\x16.risk.v1.ClientContextR\x06client\x12A\n\x06bet_id\x18\t \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId"\x88\x03\n\x11AssessBetResponse\x121\n\x08decision\x18\x01 \x01(\x0e2\x15.risk.v1.RiskDecisionR\x08decision\x12-\n\x07reasons\x18\x02 \x03(\x0b2\x13.risk.v1.RiskReasonR\x07reasons\x120\n\x0erisk_score_bps\x18\x03 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\x90N(\x00R\x0criskScoreBps\x12#\n\rmodel_version\x18\x04 \x01(\tR\x0cmodelVersion\x12#\n\rassessment_id\x18\x05 \x01(\tR\x0cassessmentId\x12X\n\x11max_allowed_stake\x18\x06 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0fmaxAllowedStake\x12;\n\x0bassess_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\nassessTime"\x97\x03\n\x15CheckRateLimitRequest\x12D\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$H\x00R\x06userId\x12*\n\nip_address\x18\x02 \x01(\tB\t\xbaH\x06r\x04\x18-p\x01H\x00R\tipAddress\x12H\n\tdevice_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$H\x00R\x08deviceId\x12<\n\x06action\x18\x04 \x01(\x0e2\x18.risk.v1.RateLimitActionB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x06action\x12\x1e\n\x04cost\x18\x05 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\xe8\x07(\x00R\x04cost\x12R\n\x0fidempotency_key\x18\x06 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKeyB\x10\n\x07subject\x12\x05\xbaH\x02\x08\x01"\xbf\x02\n\x16CheckRateLimitResponse\x12\x18\n\x07allowed\x18\x01 \x01(\x08R\x07allowed\x12%\n\tremaining\x18\x02 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\tremaining\x12\x1d\n\x05limit\x18\x03 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x05limit\x12:\n\x0bretry_after\x18\x04 \x01(\x0b2\x19.google.protobuf.DurationR\nretryAfter\x129\n\nreset_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\tresetTime\x121\n\x06window\x18\x06 \x01(\x0b2\x19.google.protobuf.DurationR\x06window\x12\x1b\n\tpolicy_id\x18\x07 \x01(\tR\x08policyId"\xb1\x11\n\x15RecordActivityRequest\x12J\n\x0bactivity_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\nactivityId\x12B\n\x07user_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x125\n\x04type\x18\x03 \x01(\x0e2\x15.risk.v1.ActivityTypeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04type\x12>\n\x07outcome\x18\x04 \x01(\x0e2\x18.risk.v1.ActivityOutcomeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x07outcome\x12G\n\ractivity_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampB\x06\xbaH\x03\xc8\x01\x01R\x0cactivityTime\x12A\n\x06bet_id\x18\x06 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId\x12G\n\tmarket_id\x18\x07 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x08marketId\x12M\n\x0cselection_id\x18\x08 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x0bselectionId\x12Q\n\x0etransaction_id\x18\t \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\rtransactionId\x12O\n\rassessment_id\x18\n \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x0cassessmentId\x12I\n\x06amount\x18\x0b \x01(\tB1\xbaH.r)\x18 2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x06amount\x12o\n\x04odds\x18\x0c \x01(\tB[\xbaHXrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$\xd8\x01\x01R\x04odds\x12I\n\x06payout\x18\r \x01(\tB1\xbaH.r)\x18 2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x06payout\x122\n\x08currency\x18\x0e \x01(\tB\x16\xbaH\x13r\x0e\x18 2\n^[A-Z]{3}$\xd8\x01\x01R\x08currency\x12.\n\x06client\x18\x0f \x01(\x0b2\x16.risk.v1.ClientContextR\x06client\x12R\n\x0fidempotency_key\x18\x10 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\x89\x08\xbaH\x85\x08\x1a\x97\x01\n!record_activity.currency_required\x121currency is required when amount or payout is set\x1a?(this.amount == \'\' && this.payout == \'\') || this.currency != \'\'\x1a\xa5\x01\n!record_activity.outcome_fits_type\x12WBET_SETTLED needs outcome WON, LOST, PUSH or VOID; other types need SUCCEEDED or FAILED\x1a\'(this.type == 2) == (this.outcome >= 3)\x1a\x96\x01\n\x1erecord_activity.succeeded_only\x12GBET_CANCELLED and REGISTRATION are recorded only with outcome SUCCEEDED\x1a+!(this.type in [3, 7]) || this.outcome == 1\x1a\x93\x01\n\x1frecord_activity.bet_id_required\x12@bet_id is required for BET_PLACED, BET_SETTLED and BET_CANCELLED\x1a.!(this.type in [1, 2, 3]) || this.bet_id != \'\'\x1a\x9c\x01\n\x1frecord_activity.amount_required\x12Famount is required for BET_PLACED, BET_SETTLED, DEPOSIT and WITHDRAWAL\x1a1!(this.type in [1, 2, 5, 6]) || this.amount != \'\'\x1a|\n\x1drecord_activity.odds_required\x120odds are required for BET_PLACED and BET_SETTLED\x1a)!(this.type in [1, 2]) || this.odds != \'\'\x1au\n*record_activity.settlement_payout_required\x12"payout is required for BET_SETTLED\x1a#this.type != 2 || this.payout != \'\'"v\n\x16RecordActivityResponse\x12\x1f\n\x0bactivity_id\x18\x01 \x01(\tR\nactivityId\x12;\n\x0brecord_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampR\nrecordTime"\xdc\x01\n\nRiskLimits\x12I\n\tmax_stake\x18\x01 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x08maxStake\x12T\n\x0fmax_daily_stake\x18\x02 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\rmaxDailyStake\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency"\xba\x03\n\x0bRiskProfile\x12\x17\n\x07user_id\x18\x01 \x01(\tR\x06userId\x12%\n\x04tier\x18\x02 \x01(\x0e2\x11.risk.v1.RiskTierR\x04tier\x120\n\x0erisk_score_bps\x18\x03 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\x90N(\x00R\x0criskScoreBps\x12\'\n\x05flags\x18\x04 \x03(\x0e2\x11.risk.v1.RiskFlagR\x05flags\x12+\n\x06limits\x18\x05 \x01(\x0b2\x13.risk.v1.RiskLimitsR\x06limits\x12#\n\rmodel_version\x18\x06 \x01(\tR\x0cmodelVersion\x12D\n\x10last_assess_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0elastAssessTime\x12;\n\x0bcreate_time\x18\x08 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bupdate_time\x18\t \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime"[\n\x15GetRiskProfileRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId"H\n\x16GetRiskProfileResponse\x12.\n\x07profile\x18\x01 \x01(\x0b2\x14.risk.v1.RiskProfileR\x07profile"\xfe\x03\n\tRiskAlert\x12\x19\n\x08alert_id\x18\x01 \x01(\tR\x07alertId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12%\n\x04flag\x18\x03 \x01(\x0e2\x11.risk.v1.RiskFlagR\x04flag\x12-\n\x07reasons\x18\x04 \x03(\x0b2\x13.risk.v1.RiskReasonR\x07reasons\x126\n\x08severity\x18\x05 \x01(\x0e2\x1a.risk.v1.RiskAlertSeverityR\x08severity\x12G\n\x12recommended_action\x18\x06 \x01(\x0e2\x18.risk.v1.RiskAlertActionR\x11recommendedAction\x12$\n\x0erisk_score_bps\x18\x07 \x01(\x05R\x0criskScoreBps\x12\x15\n\x06bet_id\x18\x08 \x01(\tR\x05betId\x12%\n\x0etransaction_id\x18\t \x01(\tR\rtransactionId\x12#\n\rassessment_id\x18\n \x01(\tR\x0cassessmentId\x12 \n\x0bdescription\x18\x0b \x01(\tR\x0bdescription\x12;\n\x0bcreate_time\x18\x0c \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime*\xee\x02\n\x0fRiskErrorReason\x12!\n\x1dRISK_ERROR_REASON_UNSPECIFIED\x10\x00\x12,\n(RISK_ERROR_REASON_RISK_PROFILE_NOT_FOUND\x10\x01\x12\'\n#RISK_ERROR_REASON_MODEL_UNAVAILABLE\x10\x02\x12*\n&RISK_ERROR_REASON_UNSUPPORTED_CURRENCY\x10\x03\x121\n-RISK_ERROR_REASON_RATE_LIMIT_POLICY_NOT_FOUND\x10\x04\x12(\n$RISK_ERROR_REASON_COST_EXCEEDS_LIMIT\x10\x05\x12/\n+RISK_ERROR_REASON_ACTIVITY_ALREADY_RECORDED\x10\x06\x12\'\n#RISK_ERROR_REASON_CURRENCY_MISMATCH\x10\x07*z\n\x0cRiskDecision\x12\x1d\n\x19RISK_DECISION_UNSPECIFIED\x10\x00\x12\x17\n\x13RISK_DECISION_ALLOW\x10\x01\x12\x18\n\x14RISK_DECISION_REVIEW\x10\x02\x12\x18\n\x14RISK_DECISION_REJECT\x10\x03*\xa1\x03\n\x0eRiskReasonCode\x12 \n\x1cRISK_REASON_CODE_UNSPECIFIED\x10\x00\x12$\n RISK_REASON_CODE_ACCOUNT_BLOCKED\x10\x01\x12&\n"RISK_REASON_CODE_STAKE_ABOVE_LIMIT\x10\x02\x12/\n+RISK_REASON_CODE_DAILY_STAKE_LIMIT_EXCEEDED\x10\x03\x12%\n!RISK_REASON_CODE_MODEL_SCORE_HIGH\x10\x04\x12\x1f\n\x1bRISK_REASON_CODE_NEW_DEVICE\x10\x05\x12"\n\x1eRISK_REASON_CODE_SHARED_DEVICE\x10\x06\x12\x1f\n\x1bRISK_REASON_CODE_IP_ANOMALY\x10\x07\x12\x1d\n\x19RISK_REASON_CODE_VELOCITY\x10\x08\x12!\n\x1dRISK_REASON_CODE_ODDS_ANOMALY\x10\t\x12\x1f\n\x1bRISK_REASON_CODE_NO_HISTORY\x10\n*\xd1\x01\n\x0fRateLimitAction\x12!\n\x1dRATE_LIMIT_ACTION_UNSPECIFIED\x10\x00\x12\x1f\n\x1bRATE_LIMIT_ACTION_PLACE_BET\x10\x01\x12\x1b\n\x17RATE_LIMIT_ACTION_LOGIN\x10\x02\x12\x1e\n\x1aRATE_LIMIT_ACTION_REGISTER\x10\x03\x12\x1d\n\x19RATE_LIMIT_ACTION_DEPOSIT\x10\x04\x12\x1e\n\x1aRATE_LIMIT_ACTION_WITHDRAW\x10\x05*\xfd\x01\n\x0cActivityType\x12\x1d\n\x19ACTIVITY_TYPE_UNSPECIFIED\x10\x00\x12\x1c\n\x18ACTIVITY_TYPE_BET_PLACED\x10\x01\x12\x1d\n\x19ACTIVITY_TYPE_BET_SETTLED\x10\x02\x12\x1f\n\x1bACTIVITY_TYPE_BET_CANCELLED\x10\x03\x12\x17\n\x13ACTIVITY_TYPE_LOGIN\x10\x04\x12\x19\n\x15ACTIVITY_TYPE_DEPOSIT\x10\x05\x12\x1c\n\x18ACTIVITY_TYPE_WITHDRAWAL\x10\x06\x12\x1e\n\x1aACTIVITY_TYPE_REGISTRATION\x10\x07*\xdb\x01\n\x0fActivityOutcome\x12 \n\x1cACTIVITY_OUTCOME_UNSPECIFIED\x10\x00\x12\x1e\n\x1aACTIVITY_OUTCOME_SUCCEEDED\x10\x01\x12\x1b\n\x17ACTIVITY_OUTCOME_FAILED\x10\x02\x12\x18\n\x14ACTIVITY_OUTCOME_WON\x10\x03\x12\x19\n\x15ACTIVITY_OUTCOME_LOST\x10\x04\x12\x19\n\x15ACTIVITY_OUTCOME_PUSH\x10\x05\x12\x19\n\x15ACTIVITY_OUTCOME_VOID\x10\x06*{\n\x08RiskTier\x12\x19\n\x15RISK_TIER_UNSPECIFIED\x10\x00\x12\x11\n\rRISK_TIER_LOW\x10\x01\x12\x16\n\x12RISK_TIER_STANDARD\x10\x02\x12\x12\n\x0eRISK_TIER_HIGH\x10\x03\x12\x15\n\x11RISK_TIER_BLOCKED\x10\x04*\xd3\x01\n\x08RiskFlag\x12\x19\n\x15RISK_FLAG_UNSPECIFIED\x10\x00\x12\x1e\n\x1aRISK_FLAG_MULTI_ACCOUNTING\x10\x01\x12\x17\n\x13RISK_FLAG_ARBITRAGE\x10\x02\x12\x1a\n\x16RISK_FLAG_CASH_CYCLING\x10\x03\x12\x1b\n\x17RISK_FLAG_PAYMENT_FRAUD\x10\x04\x12\x1e\n\x1aRISK_FLAG_ACCOUNT_TAKEOVER\x10\x05\x12\x1a\n\x16RISK_FLAG_MATCH_FIXING\x10\x06*\xb5\x01\n\x11RiskAlertSeverity\x12#\n\x1fRISK_ALERT_SEVERITY_UNSPECIFIED\x10\x00\x12\x1b\n\x17RISK_ALERT_SEVERITY_LOW\x10\x01\x12\x1e\n\x1aRISK_ALERT_SEVERITY_MEDIUM\x10\x02\x12\x1c\n\x18RISK_ALERT_SEVERITY_HIGH\x10\x03\x12 \n\x1cRISK_ALERT_SEVERITY_CRITICAL\x10\x04*\x9b\x01\n\x0fRiskAlertAction\x12!\n\x1dRISK_ALERT_ACTION_UNSPECIFIED\x10\x00\x12\x1c\n\x18RISK_ALERT_ACTION_REVIEW\x10\x01\x12"\n\x1eRISK_ALERT_ACTION_LIMIT_STAKES\x10\x02\x12#\n\x1fRISK_ALERT_ACTION_FREEZE_WALLET\x10\x032\x85\x04\n\x0bRiskService\x12G\n\tAssessBet\x12\x19.risk.v1.AssessBetRequest\x1a\x1a.risk.v1.AssessBetResponse"\x03\x90\x02\x01\x12V\n\x0eCheckRateLimit\x12\x1e.risk.v1.CheckRateLimitRequest\x1a\x1f.risk.v1.CheckRateLimitResponse"\x03\x90\x02\x02\x12V\n\x0eRecordActivity\x12\x1e.risk.v1.RecordActivityRequest\x1a\x1f.risk.v1.RecordActivityResponse"\x03\x90\x02\x02\x12V\n\x0eGetRiskProfile\x12\x1e.risk.v1.GetRiskProfileRequest\x1a\x1f.risk.v1.GetRiskProfileResponse"\x03\x90\x02\x01\x1a\xa4\x01\xba\xbb\x18\x9f\x01\n\rrisk-analyzer\x12\x1atam.order.v1.bet.cancelled\x12\x17tam.order.v1.bet.placed\x12\x18tam.order.v1.bet.settled\x12\x1btam.user.v1.user.registered\x12"tam.wallet.v1.transaction.recordedB]\n\x16com.tam.protos.risk.v1B\x10RiskServiceProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'risk.v1.risk_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.risk.v1B\x10RiskServiceProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1'
    _globals['_CLIENTCONTEXT'].fields_by_name['ip_address']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['ip_address']._serialized_options = b'\xbaH\tr\x04\x18-p\x01\xd8\x01\x01'
    _globals['_CLIENTCONTEXT'].fields_by_name['device_id']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['device_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CLIENTCONTEXT'].fields_by_name['session_id']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['session_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CLIENTCONTEXT'].fields_by_name['user_agent']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['user_agent']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x04'
    _globals['_ASSESSBETREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['market_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['market_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['selection_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['selection_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['side']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['side']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_ASSESSBETREQUEST'].fields_by_name['odds']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['odds']._serialized_options = b'\xbaHUrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['stake']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['stake']._serialized_options = b'\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['bet_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['bet_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_ASSESSBETRESPONSE'].fields_by_name['risk_score_bps']._loaded_options = None
    _globals['_ASSESSBETRESPONSE'].fields_by_name['risk_score_bps']._serialized_options = b'\xbaH\x07\x1a\x05\x18\x90N(\x00'
    _globals['_ASSESSBETRESPONSE'].fields_by_name['max_allowed_stake']._loaded_options = None
    _globals['_ASSESSBETRESPONSE'].fields_by_name['max_allowed_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_CHECKRATELIMITREQUEST'].oneofs_by_name['subject']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].oneofs_by_name['subject']._serialized_options = b'\xbaH\x02\x08\x01'
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['ip_address']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['ip_address']._serialized_options = b'\xbaH\x06r\x04\x18-p\x01'
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['device_id']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['device_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['action']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['action']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['cost']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['cost']._serialized_options = b'\xbaH\x07\x1a\x05\x18\xe8\x07(\x00'
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_CHECKRATELIMITREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKRATELIMITRESPONSE'].fields_by_name['remaining']._loaded_options = None
    _globals['_CHECKRATELIMITRESPONSE'].fields_by_name['remaining']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_CHECKRATELIMITRESPONSE'].fields_by_name['limit']._loaded_options = None
    _globals['_CHECKRATELIMITRESPONSE'].fields_by_name['limit']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['activity_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['activity_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['type']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['type']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['outcome']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['outcome']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['activity_time']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['activity_time']._serialized_options = b'\xbaH\x03\xc8\x01\x01'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['bet_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['bet_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['market_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['market_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['selection_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['selection_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['transaction_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['transaction_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['assessment_id']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['assessment_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaH.r)\x18 2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['odds']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['odds']._serialized_options = b'\xbaHXrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$\xd8\x01\x01'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['payout']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['payout']._serialized_options = b'\xbaH.r)\x18 2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x13r\x0e\x18 2\n^[A-Z]{3}$\xd8\x01\x01'
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RECORDACTIVITYREQUEST']._loaded_options = None
    _globals['_RECORDACTIVITYREQUEST']._serialized_options = b'\xbaH\x85\x08\x1a\x97\x01\n!record_activity.currency_required\x121currency is required when amount or payout is set\x1a?(this.amount == \'\' && this.payout == \'\') || this.currency != \'\'\x1a\xa5\x01\n!record_activity.outcome_fits_type\x12WBET_SETTLED needs outcome WON, LOST, PUSH or VOID; other types need SUCCEEDED or FAILED\x1a\'(this.type == 2) == (this.outcome >= 3)\x1a\x96\x01\n\x1erecord_activity.succeeded_only\x12GBET_CANCELLED and REGISTRATION are recorded only with outcome SUCCEEDED\x1a+!(this.type in [3, 7]) || this.outcome == 1\x1a\x93\x01\n\x1frecord_activity.bet_id_required\x12@bet_id is required for BET_PLACED, BET_SETTLED and BET_CANCELLED\x1a.!(this.type in [1, 2, 3]) || this.bet_id != \'\'\x1a\x9c\x01\n\x1frecord_activity.amount_required\x12Famount is required for BET_PLACED, BET_SETTLED, DEPOSIT and WITHDRAWAL\x1a1!(this.type in [1, 2, 5, 6]) || this.amount != \'\'\x1a|\n\x1drecord_activity.odds_required\x120odds are required for BET_PLACED and BET_SETTLED\x1a)!(this.type in [1, 2]) || this.odds != \'\'\x1au\n*record_activity.settlement_payout_required\x12"payout is required for BET_SETTLED\x1a#this.type != 2 || this.payout != \'\''
    _globals['_RISKLIMITS'].fields_by_name['max_stake']._loaded_options = None
    _globals['_RISKLIMITS'].fields_by_name['max_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RISKLIMITS'].fields_by_name['max_daily_stake']._loaded_options = None
    _globals['_RISKLIMITS'].fields_by_name['max_daily_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RISKLIMITS'].fields_by_name['currency']._loaded_options = None
    _globals['_RISKLIMITS'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_RISKPROFILE'].fields_by_name['risk_score_bps']._loaded_options = None
    _globals['_RISKPROFILE'].fields_by_name['risk_score_bps']._serialized_options = b'\xbaH\x07\x1a\x05\x18\x90N(\x00'
    _globals['_GETRISKPROFILEREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_GETRISKPROFILEREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RISKSERVICE']._loaded_options = None
    _globals['_RISKSERVICE']._serialized_options = b'\xba\xbb\x18\x9f\x01\n\rrisk-analyzer\x12\x1atam.order.v1.bet.cancelled\x12\x17tam.order.v1.bet.placed\x12\x18tam.order.v1.bet.settled\x12\x1btam.user.v1.user.registered\x12"tam.wallet.v1.transaction.recorded'
    _globals['_RISKSERVICE'].methods_by_name['AssessBet']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['AssessBet']._serialized_options = b'\x90\x02\x01'
    _globals['_RISKSERVICE'].methods_by_name['CheckRateLimit']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['CheckRateLimit']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['RecordActivity']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['RecordActivity']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['GetRiskProfile']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['GetRiskProfile']._serialized_options = b'\x90\x02\x01'
    _globals['_RISKERRORREASON']._serialized_start = 6031
    _globals['_RISKERRORREASON']._serialized_end = 6397
    _globals['_RISKDECISION']._serialized_start = 6399
    _globals['_RISKDECISION']._serialized_end = 6521
    _globals['_RISKREASONCODE']._serialized_start = 6524
    _globals['_RISKREASONCODE']._serialized_end = 6941
    _globals['_RATELIMITACTION']._serialized_start = 6944
    _globals['_RATELIMITACTION']._serialized_end = 7153
    _globals['_ACTIVITYTYPE']._serialized_start = 7156
    _globals['_ACTIVITYTYPE']._serialized_end = 7409
    _globals['_ACTIVITYOUTCOME']._serialized_start = 7412
    _globals['_ACTIVITYOUTCOME']._serialized_end = 7631
    _globals['_RISKTIER']._serialized_start = 7633
    _globals['_RISKTIER']._serialized_end = 7756
    _globals['_RISKFLAG']._serialized_start = 7759
    _globals['_RISKFLAG']._serialized_end = 7970
    _globals['_RISKALERTSEVERITY']._serialized_start = 7973
    _globals['_RISKALERTSEVERITY']._serialized_end = 8154
    _globals['_RISKALERTACTION']._serialized_start = 8157
    _globals['_RISKALERTACTION']._serialized_end = 8312
    _globals['_RISKREASON']._serialized_start = 187
    _globals['_RISKREASON']._serialized_end = 278
    _globals['_CLIENTCONTEXT']._serialized_start = 281
    _globals['_CLIENTCONTEXT']._serialized_end = 530
    _globals['_ASSESSBETREQUEST']._serialized_start = 533
    _globals['_ASSESSBETREQUEST']._serialized_end = 1205
    _globals['_ASSESSBETRESPONSE']._serialized_start = 1208
    _globals['_ASSESSBETRESPONSE']._serialized_end = 1600
    _globals['_CHECKRATELIMITREQUEST']._serialized_start = 1603
    _globals['_CHECKRATELIMITREQUEST']._serialized_end = 2010
    _globals['_CHECKRATELIMITRESPONSE']._serialized_start = 2013
    _globals['_CHECKRATELIMITRESPONSE']._serialized_end = 2332
    _globals['_RECORDACTIVITYREQUEST']._serialized_start = 2335
    _globals['_RECORDACTIVITYREQUEST']._serialized_end = 4560
    _globals['_RECORDACTIVITYRESPONSE']._serialized_start = 4562
    _globals['_RECORDACTIVITYRESPONSE']._serialized_end = 4680
    _globals['_RISKLIMITS']._serialized_start = 4683
    _globals['_RISKLIMITS']._serialized_end = 4903
    _globals['_RISKPROFILE']._serialized_start = 4906
    _globals['_RISKPROFILE']._serialized_end = 5348
    _globals['_GETRISKPROFILEREQUEST']._serialized_start = 5350
    _globals['_GETRISKPROFILEREQUEST']._serialized_end = 5441
    _globals['_GETRISKPROFILERESPONSE']._serialized_start = 5443
    _globals['_GETRISKPROFILERESPONSE']._serialized_end = 5515
    _globals['_RISKALERT']._serialized_start = 5518
    _globals['_RISKALERT']._serialized_end = 6028
    _globals['_RISKSERVICE']._serialized_start = 8315
    _globals['_RISKSERVICE']._serialized_end = 8832