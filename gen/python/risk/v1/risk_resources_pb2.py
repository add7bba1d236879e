"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'risk/v1/risk_resources.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from google.protobuf import field_mask_pb2 as google_dot_protobuf_dot_field__mask__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1crisk/v1/risk_resources.proto\x12\x07risk.v1\x1a\x1bbuf/validate/validate.proto\x1a google/protobuf/field_mask.proto\x1a\x1fgoogle/protobuf/timestamp.proto"[\n\nRiskReason\x12+\n\x04code\x18\x01 \x01(\x0e2\x17.risk.v1.RiskReasonCodeR\x04code\x12 \n\x0bdescription\x18\x02 \x01(\tR\x0bdescription"\xf9\x01\n\rClientContext\x12+\n\nip_address\x18\x01 \x01(\tB\x0c\xbaH\tr\x04\x18-p\x01\xd8\x01\x01R\tipAddress\x12G\n\tdevice_id\x18\x02 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x08deviceId\x12I\n\nsession_id\x18\x03 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\tsessionId\x12\'\n\nuser_agent\x18\x04 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x04R\tuserAgent"\xc7\x05\n\nRiskLimits\x12I\n\tmax_stake\x18\x01 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x08maxStake\x12T\n\x0fmax_daily_stake\x18\x02 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\rmaxDailyStake\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency:\xe8\x03\xbaH\xe4\x03\x1a\xe1\x03\n\x17risk_limits.money_scale\x12Zamounts have exactly the currency\'s minor-unit digits (BHD, KWD 3; EUR, GBP, USD 2; JPY 0)\x1a\xe9\x02this.currency in [\'EUR\', \'GBP\', \'USD\'] ? (this.max_stake.matches(\'[.][0-9]{2}$\') && this.max_daily_stake.matches(\'[.][0-9]{2}$\')) : this.currency in [\'BHD\', \'KWD\'] ? (this.max_stake.matches(\'[.][0-9]{3}$\') && this.max_daily_stake.matches(\'[.][0-9]{3}$\')) : this.currency in [\'JPY\'] ? (!this.max_stake.contains(\'.\') && !this.max_daily_stake.contains(\'.\')) : true"\x9b\x05\n\x19ResponsibleGamblingLimits\x12a\n\x13daily_deposit_limit\x18\x01 \x01(\tB1\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x11dailyDepositLimit\x12c\n\x14weekly_deposit_limit\x18\x02 \x01(\tB1\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x12weeklyDepositLimit\x12e\n\x15monthly_deposit_limit\x18\x03 \x01(\tB1\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x13monthlyDepositLimit\x12[\n\x10daily_loss_limit\x18\x04 \x01(\tB1\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x0edailyLossLimit\x12]\n\x11weekly_loss_limit\x18\x05 \x01(\tB1\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x0fweeklyLossLimit\x12_\n\x12monthly_loss_limit\x18\x06 \x01(\tB1\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01R\x10monthlyLossLimit\x122\n\x08currency\x18\x07 \x01(\tB\x16\xbaH\x13r\x0e\x18\x032\n^[A-Z]{3}$\xd8\x01\x01R\x08currency"\x9f\x01\n\rSelfExclusion\x129\n\nstart_time\x18\x01 \x01(\x0b2\x1a.google.protobuf.TimestampR\tstartTime\x125\n\x08end_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampR\x07endTime\x12\x1c\n\tpermanent\x18\x03 \x01(\x08R\tpermanent"\xa9\x03\n\x13ResponsibleGambling\x12:\n\x06limits\x18\x01 \x01(\x0b2".risk.v1.ResponsibleGamblingLimitsR\x06limits\x12I\n\x0epending_limits\x18\x02 \x01(\x0b2".risk.v1.ResponsibleGamblingLimitsR\rpendingLimits\x12P\n\x16pending_effective_time\x18\x03 \x01(\x0b2\x1a.google.protobuf.TimestampR\x14pendingEffectiveTime\x12=\n\x0eself_exclusion\x18\x04 \x01(\x0b2\x16.risk.v1.SelfExclusionR\rselfExclusion\x12;\n\x0bupdate_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime\x12=\n\x0cpending_mask\x18\x06 \x01(\x0b2\x1a.google.protobuf.FieldMaskR\x0bpendingMask"\x8b\x04\n\x0bRiskProfile\x12\x17\n\x07user_id\x18\x01 \x01(\tR\x06userId\x12%\n\x04tier\x18\x02 \x01(\x0e2\x11.risk.v1.RiskTierR\x04tier\x120\n\x0erisk_score_bps\x18\x03 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\x90N(\x00R\x0criskScoreBps\x12\'\n\x05flags\x18\x04 \x03(\x0e2\x11.risk.v1.RiskFlagR\x05flags\x12+\n\x06limits\x18\x05 \x01(\x0b2\x13.risk.v1.RiskLimitsR\x06limits\x12#\n\rmodel_version\x18\x06 \x01(\tR\x0cmodelVersion\x12D\n\x10last_assess_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0elastAssessTime\x12;\n\x0bcreate_time\x18\x08 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bupdate_time\x18\t \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime\x12O\n\x14responsible_gambling\x18\n \x01(\x0b2\x1c.risk.v1.ResponsibleGamblingR\x13responsibleGambling"\xfe\x03\n\tRiskAlert\x12\x19\n\x08alert_id\x18\x01 \x01(\tR\x07alertId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12%\n\x04flag\x18\x03 \x01(\x0e2\x11.risk.v1.RiskFlagR\x04flag\x12-\n\x07reasons\x18\x04 \x03(\x0b2\x13.risk.v1.RiskReasonR\x07reasons\x126\n\x08severity\x18\x05 \x01(\x0e2\x1a.risk.v1.RiskAlertSeverityR\x08severity\x12G\n\x12recommended_action\x18\x06 \x01(\x0e2\x18.risk.v1.RiskAlertActionR\x11recommendedAction\x12$\n\x0erisk_score_bps\x18\x07 \x01(\x05R\x0criskScoreBps\x12\x15\n\x06bet_id\x18\x08 \x01(\tR\x05betId\x12%\n\x0etransaction_id\x18\t \x01(\tR\rtransactionId\x12#\n\rassessment_id\x18\n \x01(\tR\x0cassessmentId\x12 \n\x0bdescription\x18\x0b \x01(\tR\x0bdescription\x12;\n\x0bcreate_time\x18\x0c \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime*z\n\x0cRiskDecision\x12\x1d\n\x19RISK_DECISION_UNSPECIFIED\x10\x00\x12\x17\n\x13RISK_DECISION_ALLOW\x10\x01\x12\x18\n\x14RISK_DECISION_REVIEW\x10\x02\x12\x18\n\x14RISK_DECISION_REJECT\x10\x03*\xef\x03\n\x0eRiskReasonCode\x12 \n\x1cRISK_REASON_CODE_UNSPECIFIED\x10\x00\x12$\n RISK_REASON_CODE_ACCOUNT_BLOCKED\x10\x01\x12&\n"RISK_REASON_CODE_STAKE_ABOVE_LIMIT\x10\x02\x12/\n+RISK_REASON_CODE_DAILY_STAKE_LIMIT_EXCEEDED\x10\x03\x12%\n!RISK_REASON_CODE_MODEL_SCORE_HIGH\x10\x04\x12\x1f\n\x1bRISK_REASON_CODE_NEW_DEVICE\x10\x05\x12"\n\x1eRISK_REASON_CODE_SHARED_DEVICE\x10\x06\x12\x1f\n\x1bRISK_REASON_CODE_IP_ANOMALY\x10\x07\x12\x1d\n\x19RISK_REASON_CODE_VELOCITY\x10\x08\x12!\n\x1dRISK_REASON_CODE_ODDS_ANOMALY\x10\t\x12\x1f\n\x1bRISK_REASON_CODE_NO_HISTORY\x10\n\x12"\n\x1eRISK_REASON_CODE_SELF_EXCLUDED\x10\x0b\x12(\n$RISK_REASON_CODE_LOSS_LIMIT_EXCEEDED\x10\x0c*\xd1\x01\n\x0fRateLimitAction\x12!\n\x1dRATE_LIMIT_ACTION_UNSPECIFIED\x10\x00\x12\x1f\n\x1bRATE_LIMIT_ACTION_PLACE_BET\x10\x01\x12\x1b\n\x17RATE_LIMIT_ACTION_LOGIN\x10\x02\x12\x1e\n\x1aRATE_LIMIT_ACTION_REGISTER\x10\x03\x12\x1d\n\x19RATE_LIMIT_ACTION_DEPOSIT\x10\x04\x12\x1e\n\x1aRATE_LIMIT_ACTION_WITHDRAW\x10\x05*\xfd\x01\n\x0cActivityType\x12\x1d\n\x19ACTIVITY_TYPE_UNSPECIFIED\x10\x00\x12\x1c\n\x18ACTIVITY_TYPE_BET_PLACED\x10\x01\x12\x1d\n\x19ACTIVITY_TYPE_BET_SETTLED\x10\x02\x12\x1f\n\x1bACTIVITY_TYPE_BET_CANCELLED\x10\x03\x12\x17\n\x13ACTIVITY_TYPE_LOGIN\x10\x04\x12\x19\n\x15ACTIVITY_TYPE_DEPOSIT\x10\x05\x12\x1c\n\x18ACTIVITY_TYPE_WITHDRAWAL\x10\x06\x12\x1e\n\x1aACTIVITY_TYPE_REGISTRATION\x10\x07*\xdb\x01\n\x0fActivityOutcome\x12 \n\x1cACTIVITY_OUTCOME_UNSPECIFIED\x10\x00\x12\x1e\n\x1aACTIVITY_OUTCOME_SUCCEEDED\x10\x01\x12\x1b\n\x17ACTIVITY_OUTCOME_FAILED\x10\x02\x12\x18\n\x14ACTIVITY_OUTCOME_WON\x10\x03\x12\x19\n\x15ACTIVITY_OUTCOME_LOST\x10\x04\x12\x19\n\x15ACTIVITY_OUTCOME_PUSH\x10\x05\x12\x19\n\x15ACTIVITY_OUTCOME_VOID\x10\x06*{\n\x08RiskTier\x12\x19\n\x15RISK_TIER_UNSPECIFIED\x10\x00\x12\x11\n\rRISK_TIER_LOW\x10\x01\x12\x16\n\x12RISK_TIER_STANDARD\x10\x02\x12\x12\n\x0eRISK_TIER_HIGH\x10\x03\x12\x15\n\x11RISK_TIER_BLOCKED\x10\x04*\xd3\x01\n\x08RiskFlag\x12\x19\n\x15RISK_FLAG_UNSPECIFIED\x10\x00\x12\x1e\n\x1aRISK_FLAG_MULTI_ACCOUNTING\x10\x01\x12\x17\n\x13RISK_FLAG_ARBITRAGE\x10\x02\x12\x1a\n\x16RISK_FLAG_CASH_CYCLING\x10\x03\x12\x1b\n\x17RISK_FLAG_PAYMENT_FRAUD\x10\x04\x12\x1e\n\x1aRISK_FLAG_ACCOUNT_TAKEOVER\x10\x05\x12\x1a\n\x16RISK_FLAG_MATCH_FIXING\x10\x06*p\n\x0bLimitPeriod\x12\x1c\n\x18LIMIT_PERIOD_UNSPECIFIED\x10\x00\x12\x14\n\x10LIMIT_PERIOD_DAY\x10\x01\x12\x15\n\x11LIMIT_PERIOD_WEEK\x10\x02\x12\x16\n\x12LIMIT_PERIOD_MONTH\x10\x03*\xb5\x01\n\x11RiskAlertSeverity\x12#\n\x1fRISK_ALERT_SEVERITY_UNSPECIFIED\x10\x00\x12\x1b\n\x17RISK_ALERT_SEVERITY_LOW\x10\x01\x12\x1e\n\x1aRISK_ALERT_SEVERITY_MEDIUM\x10\x02\x12\x1c\n\x18RISK_ALERT_SEVERITY_HIGH\x10\x03\x12 \n\x1cRISK_ALERT_SEVERITY_CRITICAL\x10\x04*\x9b\x01\n\x0fRiskAlertAction\x12!\n\x1dRISK_ALERT_ACTION_UNSPECIFIED\x10\x00\x12\x1c\n\x18RISK_ALERT_ACTION_REVIEW\x10\x01\x12"\n\x1eRISK_ALERT_ACTION_LIMIT_STAKES\x10\x02\x12#\n\x1fRISK_ALERT_ACTION_FREEZE_WALLET\x10\x03B_\n\x16com.tam.protos.risk.v1B\x12RiskResourcesProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'risk.v1.risk_resources_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.risk.v1B\x12RiskResourcesProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1'
    _globals['_CLIENTCONTEXT'].fields_by_name['ip_address']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['ip_address']._serialized_options = b'\xbaH\tr\x04\x18-p\x01\xd8\x01\x01'
    _globals['_CLIENTCONTEXT'].fields_by_name['device_id']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['device_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CLIENTCONTEXT'].fields_by_name['session_id']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['session_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CLIENTCONTEXT'].fields_by_name['user_agent']._loaded_options = None
    _globals['_CLIENTCONTEXT'].fields_by_name['user_agent']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x04'
    _globals['_RISKLIMITS'].fields_by_name['max_stake']._loaded_options = None
    _globals['_RISKLIMITS'].fields_by_name['max_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RISKLIMITS'].fields_by_name['max_daily_stake']._loaded_options = None
    _globals['_RISKLIMITS'].fields_by_name['max_daily_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RISKLIMITS'].fields_by_name['currency']._loaded_options = None
    _globals['_RISKLIMITS'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_RISKLIMITS']._loaded_options = None
    _globals['_RISKLIMITS']._serialized_options = b"\xbaH\xe4\x03\x1a\xe1\x03\n\x17risk_limits.money_scale\x12Zamounts have exactly the currency's minor-unit digits (BHD, KWD 3; EUR, GBP, USD 2; JPY 0)\x1a\xe9\x02this.currency in ['EUR', 'GBP', 'USD'] ? (this.max_stake.matches('[.][0-9]{2}$') && this.max_daily_stake.matches('[.][0-9]{2}$')) : this.currency in ['BHD', 'KWD'] ? (this.max_stake.matches('[.][0-9]{3}$') && this.max_daily_stake.matches('[.][0-9]{3}$')) : this.currency in ['JPY'] ? (!this.max_stake.contains('.') && !this.max_daily_stake.contains('.')) : true"
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['daily_deposit_limit']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['daily_deposit_limit']._serialized_options = b'\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['weekly_deposit_limit']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['weekly_deposit_limit']._serialized_options = b'\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['monthly_deposit_limit']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['monthly_deposit_limit']._serialized_options = b'\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['daily_loss_limit']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['daily_loss_limit']._serialized_options = b'\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['weekly_loss_limit']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['weekly_loss_limit']._serialized_options = b'\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['monthly_loss_limit']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['monthly_loss_limit']._serialized_options = b'\xbaH.r)\x18\x122%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$\xd8\x01\x01'
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['currency']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGLIMITS'].fields_by_name['currency']._serialized_options = b'\xbaH\x13r\x0e\x18\x032\n^[A-Z]{3}$\xd8\x01\x01'
    _globals['_RISKPROFILE'].fields_by_name['risk_score_bps']._loaded_options = None
    _globals['_RISKPROFILE'].fields_by_name['risk_score_bps']._serialized_options = b'\xbaH\x07\x1a\x05\x18\x90N(\x00'
    _globals['_RISKDECISION']._serialized_start = 3495
    _globals['_RISKDECISION']._serialized_end = 3617
    _globals['_RISKREASONCODE']._serialized_start = 3620
    _globals['_RISKREASONCODE']._serialized_end = 4115
    _globals['_RATELIMITACTION']._serialized_start = 4118
    _globals['_RATELIMITACTION']._serialized_end = 4327
    _globals['_ACTIVITYTYPE']._serialized_start = 4330
    _globals['_ACTIVITYTYPE']._serialized_end = 4583
    _globals['_ACTIVITYOUTCOME']._serialized_start = 4586
    _globals['_ACTIVITYOUTCOME']._serialized_end = 4805
    _globals['_RISKTIER']._serialized_start = 4807
    _globals['_RISKTIER']._serialized_end = 4930
    _globals['_RISKFLAG']._serialized_start = 4933
    _globals['_RISKFLAG']._serialized_end = 5144
    _globals['_LIMITPERIOD']._serialized_start = 5146
    _globals['_LIMITPERIOD']._serialized_end = 5258
    _globals['_RISKALERTSEVERITY']._serialized_start = 5261
    _globals['_RISKALERTSEVERITY']._serialized_end = 5442
    _globals['_RISKALERTACTION']._serialized_start = 5445
    _globals['_RISKALERTACTION']._serialized_end = 5600
    _globals['_RISKREASON']._serialized_start = 137
    _globals['_RISKREASON']._serialized_end = 228
    _globals['_CLIENTCONTEXT']._serialized_start = 231
    _globals['_CLIENTCONTEXT']._serialized_end = 480
    _globals['_RISKLIMITS']._serialized_start = 483
    _globals['_RISKLIMITS']._serialized_end = 1194
    _globals['_RESPONSIBLEGAMBLINGLIMITS']._serialized_start = 1197
    _globals['_RESPONSIBLEGAMBLINGLIMITS']._serialized_end = 1864
    _globals['_SELFEXCLUSION']._serialized_start = 1867
    _globals['_SELFEXCLUSION']._serialized_end = 2026
    _globals['_RESPONSIBLEGAMBLING']._serialized_start = 2029
    _globals['_RESPONSIBLEGAMBLING']._serialized_end = 2454
    _globals['_RISKPROFILE']._serialized_start = 2457
    _globals['_RISKPROFILE']._serialized_end = 2980
    _globals['_RISKALERT']._serialized_start = 2983
    _globals['_RISKALERT']._serialized_end = 3493