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
from google.protobuf import field_mask_pb2 as google_dot_protobuf_dot_field__mask__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...risk.v1 import risk_resources_pb2 as risk_dot_v1_dot_risk__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1arisk/v1/risk_service.proto\x12\x07risk.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x17common/v1/betting.proto\x1a\x1egoogle/protobuf/duration.proto\x1a google/protobuf/field_mask.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a\x1crisk/v1/risk_resources.proto"\xab\x08\n\x10AssessBetRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12F\n\tmarket_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x08marketId\x12L\n\x0cselection_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0bselectionId\x122\n\x04side\x18\x04 \x01(\x0e2\x12.common.v1.BetSideB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04side\x12l\n\x04odds\x18\x05 \x01(\tBX\xbaHUrS\x18\x062O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$R\x04odds\x12l\n\x05stake\x18\x06 \x01(\tBV\xbaHSrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x05stake\x12/\n\x08currency\x18\x07 \x01(\tB\x13\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$R\x08currency\x12.\n\x06client\x18\x08 \x01(\x0b2\x16.risk.v1.ClientContextR\x06client\x12A\n\x06bet_id\x18\t \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId\x12R\n\x0fidempotency_key\x18\n \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12B\n\x07saga_id\x18\x0b \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06sagaId:\xf0\x01\xbaH\xec\x01\x1a\xe9\x01\n\x16assess_bet.stake_scale\x12Qstake has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a|this.currency == \'JPY\' ? !this.stake.contains(\'.\') : (this.currency in [\'KWD\', \'BHD\'] || !this.stake.matches(\'[.][0-9]{3}\'))"\xf8\x03\n\x11AssessBetResponse\x121\n\x08decision\x18\x01 \x01(\x0e2\x15.risk.v1.RiskDecisionR\x08decision\x12-\n\x07reasons\x18\x02 \x03(\x0b2\x13.risk.v1.RiskReasonR\x07reasons\x120\n\x0erisk_score_bps\x18\x03 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\x90N(\x00R\x0criskScoreBps\x12#\n\rmodel_version\x18\x04 \x01(\tR\x0cmodelVersion\x12#\n\rassessment_id\x18\x05 \x01(\tR\x0cassessmentId\x12X\n\x11max_allowed_stake\x18\x06 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0fmaxAllowedStake\x12;\n\x0bassess_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\nassessTime\x12U\n\x0fconsumed_amount\x18\x08 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0econsumedAmount\x12\x17\n\x07saga_id\x18\t \x01(\tR\x06sagaId"\x93\x07\n\x17ReleaseBetLimitsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12B\n\x07saga_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06sagaId\x12q\n\x06amount\x18\x03 \x01(\tBY\xbaHVrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$\xd8\x01\x01R\x06amount\x122\n\x08currency\x18\x04 \x01(\tB\x16\xbaH\x13r\x0e\x18\x032\n^[A-Z]{3}$\xd8\x01\x01R\x08currency\x12A\n\x06bet_id\x18\x05 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId\x12 \n\x06reason\x18\x06 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x02R\x06reason\x12R\n\x0fidempotency_key\x18\x07 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\x8f\x03\xbaH\x8b\x03\x1ay\n$release_bet_limits.currency_required\x12\'currency is required when amount is set\x1a(this.amount == \'\' || this.currency != \'\'\x1a\x8d\x02\n\x1frelease_bet_limits.amount_scale\x12Ramount has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a\x95\x01this.amount == \'\' || (this.currency == \'JPY\' ? !this.amount.contains(\'.\') : (this.currency in [\'KWD\', \'BHD\'] || !this.amount.matches(\'[.][0-9]{3}\')))"\xfd\x01\n\x18ReleaseBetLimitsResponse\x121\n\x07outcome\x18\x01 \x01(\x0e2\x17.risk.v1.ReleaseOutcomeR\x07outcome\x12U\n\x0freleased_amount\x18\x02 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0ereleasedAmount\x12W\n\x10remaining_amount\x18\x03 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0fremainingAmount"\x93\x05\n\x13CheckDepositRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12n\n\x06amount\x18\x02 \x01(\tBV\xbaHSrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x06amount\x12/\n\x08currency\x18\x03 \x01(\tB\x13\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$R\x08currency\x12I\n\npayment_id\x18\x04 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\tpaymentId\x12R\n\x0fidempotency_key\x18\x05 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\xf7\x01\xbaH\xf3\x01\x1a\xf0\x01\n\x1acheck_deposit.amount_scale\x12Ramount has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a~this.currency == \'JPY\' ? !this.amount.contains(\'.\') : (this.currency in [\'KWD\', \'BHD\'] || !this.amount.matches(\'[.][0-9]{3}\'))"\xb1\x02\n\x14CheckDepositResponse\x12\x18\n\x07allowed\x18\x01 \x01(\x08R\x07allowed\x12?\n\rdenial_reason\x18\x02 \x01(\x0e2\x1a.risk.v1.CheckDenialReasonR\x0cdenialReason\x127\n\x0climit_period\x18\x03 \x01(\x0e2\x14.risk.v1.LimitPeriodR\x0blimitPeriod\x12\x14\n\x05limit\x18\x04 \x01(\tR\x05limit\x12\x1c\n\tremaining\x18\x05 \x01(\tR\tremaining\x12Q\n\x17self_exclusion_end_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\x14selfExclusionEndTime"\xce\x04\n\x16CheckWithdrawalRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12n\n\x06amount\x18\x02 \x01(\tBV\xbaHSrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x06amount\x12/\n\x08currency\x18\x03 \x01(\tB\x13\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$R\x08currency\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\xfa\x01\xbaH\xf6\x01\x1a\xf3\x01\n\x1dcheck_withdrawal.amount_scale\x12Ramount has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a~this.currency == \'JPY\' ? !this.amount.contains(\'.\') : (this.currency in [\'KWD\', \'BHD\'] || !this.amount.matches(\'[.][0-9]{3}\'))"t\n\x17CheckWithdrawalResponse\x12\x18\n\x07allowed\x18\x01 \x01(\x08R\x07allowed\x12?\n\rdenial_reason\x18\x02 \x01(\x0e2\x1a.risk.v1.CheckDenialReasonR\x0cdenialReason"\x97\x03\n\x15CheckRateLimitRequest\x12D\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$H\x00R\x06userId\x12*\n\nip_address\x18\x02 \x01(\tB\t\xbaH\x06r\x04\x18-p\x01H\x00R\tipAddress\x12H\n\tdevice_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$H\x00R\x08deviceId\x12<\n\x06action\x18\x04 \x01(\x0e2\x18.risk.v1.RateLimitActionB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x06action\x12\x1e\n\x04cost\x18\x05 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\xe8\x07(\x00R\x04cost\x12R\n\x0fidempotency_key\x18\x06 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKeyB\x10\n\x07subject\x12\x05\xbaH\x02\x08\x01"\xbf\x02\n\x16CheckRateLimitResponse\x12\x18\n\x07allowed\x18\x01 \x01(\x08R\x07allowed\x12%\n\tremaining\x18\x02 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\tremaining\x12\x1d\n\x05limit\x18\x03 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x05limit\x12:\n\x0bretry_after\x18\x04 \x01(\x0b2\x19.google.protobuf.DurationR\nretryAfter\x129\n\nreset_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\tresetTime\x121\n\x06window\x18\x06 \x01(\x0b2\x19.google.protobuf.DurationR\x06window\x12\x1b\n\tpolicy_id\x18\x07 \x01(\tR\x08policyId"\xb1\x11\n\x15RecordActivityRequest\x12J\n\x0bactivity_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\nactivityId\x12B\n\x07user_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x125\n\x04type\x18\x03 \x01(\x0e2\x15.risk.v1.ActivityTypeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04type\x12>\n\x07outcome\x18\x04 \x01(\x0e2\x18.risk.v1.ActivityOutcomeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x07outcome\x12G\n\ractivity_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampB\x06\xbaH\x03\xc8\x01\x01R\x0cactivityTime\x12A\n\x06bet_id\x18\x06 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId\x12G\n\tmarket_id\x18\x07 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x08marketId\x12M\n\x0cselection_id\x18\x08 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x0bselectionId\x12Q\n\x0etransaction_id\x18\t \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\rtransactionId\x12O\n\rassessment_id\x18\n \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x0cassessmentId\x12I\n\x06amount\x18\x0b \x01(\tB1\xbaH.r)\x18 2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x06amount\x12o\n\x04odds\x18\x0c \x01(\tB[\xbaHXrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$\xd8\x01\x01R\x04odds\x12I\n\x06payout\x18\r \x01(\tB1\xbaH.r)\x18 2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x06payout\x122\n\x08currency\x18\x0e \x01(\tB\x16\xbaH\x13r\x0e\x18 2\n^[A-Z]{3}$\xd8\x01\x01R\x08currency\x12.\n\x06client\x18\x0f \x01(\x0b2\x16.risk.v1.ClientContextR\x06client\x12R\n\x0fidempotency_key\x18\x10 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\x89\x08\xbaH\x85\x08\x1a\x97\x01\n!record_activity.currency_required\x121currency is required when amount or payout is set\x1a?(this.amount == \'\' && this.payout == \'\') || this.currency != \'\'\x1a\xa5\x01\n!record_activity.outcome_fits_type\x12WBET_SETTLED needs outcome WON, LOST, PUSH or VOID; other types need SUCCEEDED or FAILED\x1a\'(this.type == 2) == (this.outcome >= 3)\x1a\x96\x01\n\x1erecord_activity.succeeded_only\x12GBET_CANCELLED and REGISTRATION are recorded only with outcome SUCCEEDED\x1a+!(this.type in [3, 7]) || this.outcome == 1\x1a\x93\x01\n\x1frecord_activity.bet_id_required\x12@bet_id is required for BET_PLACED, BET_SETTLED and BET_CANCELLED\x1a.!(this.type in [1, 2, 3]) || this.bet_id != \'\'\x1a\x9c\x01\n\x1frecord_activity.amount_required\x12Famount is required for BET_PLACED, BET_SETTLED, DEPOSIT and WITHDRAWAL\x1a1!(this.type in [1, 2, 5, 6]) || this.amount != \'\'\x1a|\n\x1drecord_activity.odds_required\x120odds are required for BET_PLACED and BET_SETTLED\x1a)!(this.type in [1, 2]) || this.odds != \'\'\x1au\n*record_activity.settlement_payout_required\x12"payout is required for BET_SETTLED\x1a#this.type != 2 || this.payout != \'\'"v\n\x16RecordActivityResponse\x12\x1f\n\x0bactivity_id\x18\x01 \x01(\tR\nactivityId\x12;\n\x0brecord_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampR\nrecordTime"[\n\x15GetRiskProfileRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId"H\n\x16GetRiskProfileResponse\x12.\n\x07profile\x18\x01 \x01(\x0b2\x14.risk.v1.RiskProfileR\x07profile"\x82\x05\n#SetResponsibleGamblingLimitsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12B\n\x06limits\x18\x02 \x01(\x0b2".risk.v1.ResponsibleGamblingLimitsB\x06\xbaH\x03\xc8\x01\x01R\x06limits\x12\xfe\x02\n\x0bupdate_mask\x18\x03 \x01(\x0b2\x1a.google.protobuf.FieldMaskB\xc0\x02\xbaH\xbc\x02\xba\x01\xb8\x02\n+set_responsible_gambling_limits.update_mask\x12Nupdate_mask paths must be limit fields of ResponsibleGamblingLimits, at most 6\x1a\xb8\x01size(this.paths) <= 6 && this.paths.all(p, p in [\'daily_deposit_limit\', \'weekly_deposit_limit\', \'monthly_deposit_limit\', \'daily_loss_limit\', \'weekly_loss_limit\', \'monthly_loss_limit\'])R\nupdateMask\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"w\n$SetResponsibleGamblingLimitsResponse\x12O\n\x14responsible_gambling\x18\x01 \x01(\x0b2\x1c.risk.v1.ResponsibleGamblingR\x13responsibleGambling"\x8b\x03\n\x12SelfExcludeRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12J\n\x08duration\x18\x02 \x01(\x0b2\x19.google.protobuf.DurationB\x13\xbaH\x10\xaa\x01\r"\x05\x08\x80\xa6\x9dK2\x04\x08\x80\xa3\x05R\x08duration\x12\x1c\n\tpermanent\x18\x03 \x01(\x08R\tpermanent\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:s\xbaHp\x1an\n\x13self_exclude.period\x121exactly one of duration and permanent must be set\x1a$has(this.duration) != this.permanent"f\n\x13SelfExcludeResponse\x12O\n\x14responsible_gambling\x18\x01 \x01(\x0b2\x1c.risk.v1.ResponsibleGamblingR\x13responsibleGambling"\xfd\x01\n\x10ClearFlagRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x121\n\x04flag\x18\x02 \x01(\x0e2\x11.risk.v1.RiskFlagB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04flag\x12\x1e\n\x04note\x18\x03 \x01(\tB\n\xbaH\x07r\x05\x10\x01\x18\x80\x04R\x04note\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"]\n\x11ClearFlagResponse\x12\x18\n\x07changed\x18\x01 \x01(\x08R\x07changed\x12.\n\x07profile\x18\x02 \x01(\x0b2\x14.risk.v1.RiskProfileR\x07profile"\xfb\x01\n\x0eSetTierRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x121\n\x04tier\x18\x02 \x01(\x0e2\x11.risk.v1.RiskTierB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04tier\x12\x1e\n\x04note\x18\x03 \x01(\tB\n\xbaH\x07r\x05\x10\x01\x18\x80\x04R\x04note\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"[\n\x0fSetTierResponse\x12\x18\n\x07changed\x18\x01 \x01(\x08R\x07changed\x12.\n\x07profile\x18\x02 \x01(\x0b2\x14.risk.v1.RiskProfileR\x07profile*\x94\x01\n\x0eReleaseOutcome\x12\x1f\n\x1bRELEASE_OUTCOME_UNSPECIFIED\x10\x00\x12\x1c\n\x18RELEASE_OUTCOME_RELEASED\x10\x01\x12 \n\x1cRELEASE_OUTCOME_NOTHING_LEFT\x10\x02\x12!\n\x1dRELEASE_OUTCOME_NO_ASSESSMENT\x10\x03*\xb8\x01\n\x11CheckDenialReason\x12#\n\x1fCHECK_DENIAL_REASON_UNSPECIFIED\x10\x00\x12%\n!CHECK_DENIAL_REASON_SELF_EXCLUDED\x10\x01\x12.\n*CHECK_DENIAL_REASON_DEPOSIT_LIMIT_EXCEEDED\x10\x02\x12\'\n#CHECK_DENIAL_REASON_ACCOUNT_BLOCKED\x10\x032\x82\n\n\x0bRiskService\x12_\n\tAssessBet\x12\x19.risk.v1.AssessBetRequest\x1a\x1a.risk.v1.AssessBetResponse"\x1b\x90\x02\x02\xa2\xbb\x18\x14\x08\x01\x12\x10ReleaseBetLimits\x12b\n\x10ReleaseBetLimits\x12 .risk.v1.ReleaseBetLimitsRequest\x1a!.risk.v1.ReleaseBetLimitsResponse"\t\x90\x02\x02\xa2\xbb\x18\x02\x08\x02\x12V\n\x0eCheckRateLimit\x12\x1e.risk.v1.CheckRateLimitRequest\x1a\x1f.risk.v1.CheckRateLimitResponse"\x03\x90\x02\x02\x12P\n\x0cCheckDeposit\x12\x1c.risk.v1.CheckDepositRequest\x1a\x1d.risk.v1.CheckDepositResponse"\x03\x90\x02\x02\x12Y\n\x0fCheckWithdrawal\x12\x1f.risk.v1.CheckWithdrawalRequest\x1a .risk.v1.CheckWithdrawalResponse"\x03\x90\x02\x02\x12V\n\x0eRecordActivity\x12\x1e.risk.v1.RecordActivityRequest\x1a\x1f.risk.v1.RecordActivityResponse"\x03\x90\x02\x02\x12V\n\x0eGetRiskProfile\x12\x1e.risk.v1.GetRiskProfileRequest\x1a\x1f.risk.v1.GetRiskProfileResponse"\x03\x90\x02\x01\x12\x80\x01\n\x1cSetResponsibleGamblingLimits\x12,.risk.v1.SetResponsibleGamblingLimitsRequest\x1a-.risk.v1.SetResponsibleGamblingLimitsResponse"\x03\x90\x02\x02\x12M\n\x0bSelfExclude\x12\x1b.risk.v1.SelfExcludeRequest\x1a\x1c.risk.v1.SelfExcludeResponse"\x03\x90\x02\x02\x12G\n\tClearFlag\x12\x19.risk.v1.ClearFlagRequest\x1a\x1a.risk.v1.ClearFlagResponse"\x03\x90\x02\x02\x12A\n\x07SetTier\x12\x17.risk.v1.SetTierRequest\x1a\x18.risk.v1.SetTierResponse"\x03\x90\x02\x02\x1a\x9a\x02\xba\xbb\x18\x95\x02\n\rrisk-analyzer\x12\x1atam.order.v1.bet.cancelled\x12\x17tam.order.v1.bet.placed\x12\x18tam.order.v1.bet.settled\x12\x1btam.user.v1.session.created\x12\x1btam.user.v1.session.revoked\x12\x1btam.user.v1.user.registered\x12\x1dtam.wallet.v1.payment.updated\x12"tam.wallet.v1.transaction.recorded\x12\x1btam.wallet.v1.wallet.openedB]\n\x16com.tam.protos.risk.v1B\x10RiskServiceProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'risk.v1.risk_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.risk.v1B\x10RiskServiceProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1'
    _globals['_ASSESSBETREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['market_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['market_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['selection_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['selection_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['side']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['side']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_ASSESSBETREQUEST'].fields_by_name['odds']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['odds']._serialized_options = b'\xbaHUrS\x18\x062O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['stake']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['stake']._serialized_options = b'\xbaHSrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['bet_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['bet_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_ASSESSBETREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST'].fields_by_name['saga_id']._loaded_options = None
    _globals['_ASSESSBETREQUEST'].fields_by_name['saga_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ASSESSBETREQUEST']._loaded_options = None
    _globals['_ASSESSBETREQUEST']._serialized_options = b"\xbaH\xec\x01\x1a\xe9\x01\n\x16assess_bet.stake_scale\x12Qstake has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a|this.currency == 'JPY' ? !this.stake.contains('.') : (this.currency in ['KWD', 'BHD'] || !this.stake.matches('[.][0-9]{3}'))"
    _globals['_ASSESSBETRESPONSE'].fields_by_name['risk_score_bps']._loaded_options = None
    _globals['_ASSESSBETRESPONSE'].fields_by_name['risk_score_bps']._serialized_options = b'\xbaH\x07\x1a\x05\x18\x90N(\x00'
    _globals['_ASSESSBETRESPONSE'].fields_by_name['max_allowed_stake']._loaded_options = None
    _globals['_ASSESSBETRESPONSE'].fields_by_name['max_allowed_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_ASSESSBETRESPONSE'].fields_by_name['consumed_amount']._loaded_options = None
    _globals['_ASSESSBETRESPONSE'].fields_by_name['consumed_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['saga_id']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['saga_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaHVrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$\xd8\x01\x01'
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x13r\x0e\x18\x032\n^[A-Z]{3}$\xd8\x01\x01'
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['bet_id']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['bet_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['reason']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['reason']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x02'
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RELEASEBETLIMITSREQUEST']._loaded_options = None
    _globals['_RELEASEBETLIMITSREQUEST']._serialized_options = b"\xbaH\x8b\x03\x1ay\n$release_bet_limits.currency_required\x12'currency is required when amount is set\x1a(this.amount == '' || this.currency != ''\x1a\x8d\x02\n\x1frelease_bet_limits.amount_scale\x12Ramount has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a\x95\x01this.amount == '' || (this.currency == 'JPY' ? !this.amount.contains('.') : (this.currency in ['KWD', 'BHD'] || !this.amount.matches('[.][0-9]{3}')))"
    _globals['_RELEASEBETLIMITSRESPONSE'].fields_by_name['released_amount']._loaded_options = None
    _globals['_RELEASEBETLIMITSRESPONSE'].fields_by_name['released_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RELEASEBETLIMITSRESPONSE'].fields_by_name['remaining_amount']._loaded_options = None
    _globals['_RELEASEBETLIMITSRESPONSE'].fields_by_name['remaining_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaHSrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$'
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['payment_id']._loaded_options = None
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['payment_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_CHECKDEPOSITREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKDEPOSITREQUEST']._loaded_options = None
    _globals['_CHECKDEPOSITREQUEST']._serialized_options = b"\xbaH\xf3\x01\x1a\xf0\x01\n\x1acheck_deposit.amount_scale\x12Ramount has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a~this.currency == 'JPY' ? !this.amount.contains('.') : (this.currency in ['KWD', 'BHD'] || !this.amount.matches('[.][0-9]{3}'))"
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaHSrQ\x18\x122M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$'
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_CHECKWITHDRAWALREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CHECKWITHDRAWALREQUEST']._loaded_options = None
    _globals['_CHECKWITHDRAWALREQUEST']._serialized_options = b"\xbaH\xf6\x01\x1a\xf3\x01\n\x1dcheck_withdrawal.amount_scale\x12Ramount has more fraction digits than currency allows (JPY 0; KWD, BHD 3; others 2)\x1a~this.currency == 'JPY' ? !this.amount.contains('.') : (this.currency in ['KWD', 'BHD'] || !this.amount.matches('[.][0-9]{3}'))"
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
    _globals['_GETRISKPROFILEREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_GETRISKPROFILEREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['limits']._loaded_options = None
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['limits']._serialized_options = b'\xbaH\x03\xc8\x01\x01'
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['update_mask']._loaded_options = None
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['update_mask']._serialized_options = b"\xbaH\xbc\x02\xba\x01\xb8\x02\n+set_responsible_gambling_limits.update_mask\x12Nupdate_mask paths must be limit fields of ResponsibleGamblingLimits, at most 6\x1a\xb8\x01size(this.paths) <= 6 && this.paths.all(p, p in ['daily_deposit_limit', 'weekly_deposit_limit', 'monthly_deposit_limit', 'daily_loss_limit', 'weekly_loss_limit', 'monthly_loss_limit'])"
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SELFEXCLUDEREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_SELFEXCLUDEREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SELFEXCLUDEREQUEST'].fields_by_name['duration']._loaded_options = None
    _globals['_SELFEXCLUDEREQUEST'].fields_by_name['duration']._serialized_options = b'\xbaH\x10\xaa\x01\r"\x05\x08\x80\xa6\x9dK2\x04\x08\x80\xa3\x05'
    _globals['_SELFEXCLUDEREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_SELFEXCLUDEREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SELFEXCLUDEREQUEST']._loaded_options = None
    _globals['_SELFEXCLUDEREQUEST']._serialized_options = b'\xbaHp\x1an\n\x13self_exclude.period\x121exactly one of duration and permanent must be set\x1a$has(this.duration) != this.permanent'
    _globals['_CLEARFLAGREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_CLEARFLAGREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CLEARFLAGREQUEST'].fields_by_name['flag']._loaded_options = None
    _globals['_CLEARFLAGREQUEST'].fields_by_name['flag']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_CLEARFLAGREQUEST'].fields_by_name['note']._loaded_options = None
    _globals['_CLEARFLAGREQUEST'].fields_by_name['note']._serialized_options = b'\xbaH\x07r\x05\x10\x01\x18\x80\x04'
    _globals['_CLEARFLAGREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_CLEARFLAGREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SETTIERREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_SETTIERREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SETTIERREQUEST'].fields_by_name['tier']._loaded_options = None
    _globals['_SETTIERREQUEST'].fields_by_name['tier']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_SETTIERREQUEST'].fields_by_name['note']._loaded_options = None
    _globals['_SETTIERREQUEST'].fields_by_name['note']._serialized_options = b'\xbaH\x07r\x05\x10\x01\x18\x80\x04'
    _globals['_SETTIERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_SETTIERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RISKSERVICE']._loaded_options = None
    _globals['_RISKSERVICE']._serialized_options = b'\xba\xbb\x18\x95\x02\n\rrisk-analyzer\x12\x1atam.order.v1.bet.cancelled\x12\x17tam.order.v1.bet.placed\x12\x18tam.order.v1.bet.settled\x12\x1btam.user.v1.session.created\x12\x1btam.user.v1.session.revoked\x12\x1btam.user.v1.user.registered\x12\x1dtam.wallet.v1.payment.updated\x12"tam.wallet.v1.transaction.recorded\x12\x1btam.wallet.v1.wallet.opened'
    _globals['_RISKSERVICE'].methods_by_name['AssessBet']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['AssessBet']._serialized_options = b'\x90\x02\x02\xa2\xbb\x18\x14\x08\x01\x12\x10ReleaseBetLimits'
    _globals['_RISKSERVICE'].methods_by_name['ReleaseBetLimits']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['ReleaseBetLimits']._serialized_options = b'\x90\x02\x02\xa2\xbb\x18\x02\x08\x02'
    _globals['_RISKSERVICE'].methods_by_name['CheckRateLimit']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['CheckRateLimit']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['CheckDeposit']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['CheckDeposit']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['CheckWithdrawal']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['CheckWithdrawal']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['RecordActivity']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['RecordActivity']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['GetRiskProfile']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['GetRiskProfile']._serialized_options = b'\x90\x02\x01'
    _globals['_RISKSERVICE'].methods_by_name['SetResponsibleGamblingLimits']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['SetResponsibleGamblingLimits']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['SelfExclude']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['SelfExclude']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['ClearFlag']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['ClearFlag']._serialized_options = b'\x90\x02\x02'
    _globals['_RISKSERVICE'].methods_by_name['SetTier']._loaded_options = None
    _globals['_RISKSERVICE'].methods_by_name['SetTier']._serialized_options = b'\x90\x02\x02'
    _globals['_RELEASEOUTCOME']._serialized_start = 9897
    _globals['_RELEASEOUTCOME']._serialized_end = 10045
    _globals['_CHECKDENIALREASON']._serialized_start = 10048
    _globals['_CHECKDENIALREASON']._serialized_end = 10232
    _globals['_ASSESSBETREQUEST']._serialized_start = 252
    _globals['_ASSESSBETREQUEST']._serialized_end = 1319
    _globals['_ASSESSBETRESPONSE']._serialized_start = 1322
    _globals['_ASSESSBETRESPONSE']._serialized_end = 1826
    _globals['_RELEASEBETLIMITSREQUEST']._serialized_start = 1829
    _globals['_RELEASEBETLIMITSREQUEST']._serialized_end = 2744
    _globals['_RELEASEBETLIMITSRESPONSE']._serialized_start = 2747
    _globals['_RELEASEBETLIMITSRESPONSE']._serialized_end = 3000
    _globals['_CHECKDEPOSITREQUEST']._serialized_start = 3003
    _globals['_CHECKDEPOSITREQUEST']._serialized_end = 3662
    _globals['_CHECKDEPOSITRESPONSE']._serialized_start = 3665
    _globals['_CHECKDEPOSITRESPONSE']._serialized_end = 3970
    _globals['_CHECKWITHDRAWALREQUEST']._serialized_start = 3973
    _globals['_CHECKWITHDRAWALREQUEST']._serialized_end = 4563
    _globals['_CHECKWITHDRAWALRESPONSE']._serialized_start = 4565
    _globals['_CHECKWITHDRAWALRESPONSE']._serialized_end = 4681
    _globals['_CHECKRATELIMITREQUEST']._serialized_start = 4684
    _globals['_CHECKRATELIMITREQUEST']._serialized_end = 5091
    _globals['_CHECKRATELIMITRESPONSE']._serialized_start = 5094
    _globals['_CHECKRATELIMITRESPONSE']._serialized_end = 5413
    _globals['_RECORDACTIVITYREQUEST']._serialized_start = 5416
    _globals['_RECORDACTIVITYREQUEST']._serialized_end = 7641
    _globals['_RECORDACTIVITYRESPONSE']._serialized_start = 7643
    _globals['_RECORDACTIVITYRESPONSE']._serialized_end = 7761
    _globals['_GETRISKPROFILEREQUEST']._serialized_start = 7763
    _globals['_GETRISKPROFILEREQUEST']._serialized_end = 7854
    _globals['_GETRISKPROFILERESPONSE']._serialized_start = 7856
    _globals['_GETRISKPROFILERESPONSE']._serialized_end = 7928
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST']._serialized_start = 7931
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSREQUEST']._serialized_end = 8573
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSRESPONSE']._serialized_start = 8575
    _globals['_SETRESPONSIBLEGAMBLINGLIMITSRESPONSE']._serialized_end = 8694
    _globals['_SELFEXCLUDEREQUEST']._serialized_start = 8697
    _globals['_SELFEXCLUDEREQUEST']._serialized_end = 9092
    _globals['_SELFEXCLUDERESPONSE']._serialized_start = 9094
    _globals['_SELFEXCLUDERESPONSE']._serialized_end = 9196
    _globals['_CLEARFLAGREQUEST']._serialized_start = 9199
    _globals['_CLEARFLAGREQUEST']._serialized_end = 9452
    _globals['_CLEARFLAGRESPONSE']._serialized_start = 9454
    _globals['_CLEARFLAGRESPONSE']._serialized_end = 9547
    _globals['_SETTIERREQUEST']._serialized_start = 9550
    _globals['_SETTIERREQUEST']._serialized_end = 9801
    _globals['_SETTIERRESPONSE']._serialized_start = 9803
    _globals['_SETTIERRESPONSE']._serialized_end = 9894
    _globals['_RISKSERVICE']._serialized_start = 10235
    _globals['_RISKSERVICE']._serialized_end = 11517