"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'reporting/v1/reporting_resources.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...reporting.v1 import reporting_errors_pb2 as reporting_dot_v1_dot_reporting__errors__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n&reporting/v1/reporting_resources.proto\x12\x0creporting.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a#reporting/v1/reporting_errors.proto"\x97\x04\n\x0eSportBreakdown\x12\x14\n\x05sport\x18\x01 \x01(\tR\x05sport\x12`\n\x15matched_volume_amount\x18\x02 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x13matchedVolumeAmount\x12]\n\x12commission_revenue\x18\x03 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x11commissionRevenue\x12@\n\x03ggr\x18\x04 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x03ggr\x12O\n\x0cplaced_stake\x18\x05 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0bplacedStake\x121\n\x10placed_bet_count\x18\x06 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0eplacedBetCount\x123\n\x11settled_bet_count\x18\x07 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0fsettledBetCount\x123\n\x11active_user_count\x18\x08 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0factiveUserCount"\xba\r\n\x0cReportTotals\x12b\n\x15matched_volume_amount\x18\x01 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x13matchedVolumeAmount\x12&\n\nfill_count\x18\x02 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\tfillCount\x12]\n\x12commission_revenue\x18\x03 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x11commissionRevenue\x12h\n\x18rounding_retained_amount\x18\x04 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x16roundingRetainedAmount\x12@\n\x03ggr\x18\x05 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x03ggr\x12`\n\x15settled_volume_amount\x18\x06 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x13settledVolumeAmount\x12\x1d\n\nmargin_bps\x18\x07 \x01(\x05R\tmarginBps\x12F\n\x07payouts\x18\x08 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x07payouts\x12O\n\x0cplaced_stake\x18\t \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0bplacedStake\x12Q\n\raverage_stake\x18\n \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0caverageStake\x12S\n\x0ereleased_stake\x18\x0b \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\rreleasedStake\x12H\n\x08deposits\x18\x0c \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x08deposits\x12N\n\x0bwithdrawals\x18\r \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0bwithdrawals\x121\n\x10placed_bet_count\x18\x0e \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0eplacedBetCount\x123\n\x11settled_bet_count\x18\x0f \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0fsettledBetCount\x12+\n\rwon_bet_count\x18\x10 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0bwonBetCount\x12-\n\x0elost_bet_count\x18\x11 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0clostBetCount\x125\n\x12refunded_bet_count\x18\x12 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x10refundedBetCount\x127\n\x13resettled_bet_count\x18\x13 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x11resettledBetCount\x127\n\x13cancelled_bet_count\x18\x14 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x11cancelledBetCount\x12?\n\x17compensated_order_count\x18\x15 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x15compensatedOrderCount\x125\n\x12failed_order_count\x18\x16 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x10failedOrderCount\x12;\n\x15commission_user_count\x18\x17 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x13commissionUserCount\x123\n\x11active_user_count\x18\x18 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0factiveUserCount\x12-\n\x0enew_user_count\x18\x19 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0cnewUserCount\x121\n\x10risk_alert_count\x18\x1a \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0eriskAlertCount"\xb9\x01\n\nReportData\x122\n\x06totals\x18\x01 \x01(\x0b2\x1a.reporting.v1.ReportTotalsR\x06totals\x124\n\x06sports\x18\x02 \x03(\x0b2\x1c.reporting.v1.SportBreakdownR\x06sports\x12A\n\x0fdata_as_of_time\x18\x03 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0cdataAsOfTime"\x8f\x06\n\x06Report\x12\x1b\n\treport_id\x18\x01 \x01(\tR\x08reportId\x12?\n\x0bperiod_type\x18\x02 \x01(\x0e2\x1e.reporting.v1.ReportPeriodTypeR\nperiodType\x12F\n\x11period_start_time\x18\x03 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0fperiodStartTime\x12B\n\x0fperiod_end_time\x18\x04 \x01(\x0b2\x1a.google.protobuf.TimestampR\rperiodEndTime\x12-\n\x08currency\x18\x05 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12/\n\x05state\x18\x06 \x01(\x0e2\x19.reporting.v1.ReportStateR\x05state\x12,\n\x04data\x18\x07 \x01(\x0b2\x18.reporting.v1.ReportDataR\x04data\x12I\n\x0efailure_reason\x18\x08 \x01(\x0e2".reporting.v1.ReportingErrorReasonR\rfailureReason\x12\'\n\x0ffailure_message\x18\t \x01(\tR\x0efailureMessage\x12#\n\rattempt_count\x18\n \x01(\x05R\x0cattemptCount\x12;\n\x0bcreate_time\x18\x0b \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x129\n\nstart_time\x18\x0c \x01(\x0b2\x1a.google.protobuf.TimestampR\tstartTime\x12?\n\rcomplete_time\x18\r \x01(\x0b2\x1a.google.protobuf.TimestampR\x0ccompleteTime\x12;\n\x0bupdate_time\x18\x0e \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime"\x92\x1d\n\x11DashboardSnapshot\x12#\n\x08sequence\x18\x01 \x01(\x03B\x07\xbaH\x04"\x02(\x01R\x08sequence\x12?\n\rsnapshot_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0csnapshotTime\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12/\n\x0fbets_per_minute\x18\x04 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\rbetsPerMinute\x12C\n\x1aplaced_bet_count_last_hour\x18\x05 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x16placedBetCountLastHour\x12a\n\x16placed_stake_last_hour\x18\x06 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x13placedStakeLastHour\x12t\n\x1fmatched_volume_amount_last_hour\x18\x07 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x1bmatchedVolumeAmountLastHour\x12o\n\x1ccommission_revenue_last_hour\x18\x08 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x19commissionRevenueLastHour\x12R\n\rggr_last_hour\x18\t \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0bggrLastHour\x121\n\x10active_users_now\x18\n \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0eactiveUsersNow\x12-\n\x0eopen_bet_count\x18\x0b \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x0copenBetCount\x12m\n\x1copen_matched_exposure_amount\x18\x0c \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x19openMatchedExposureAmount\x12U\n\x0freserved_amount\x18\r \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0ereservedAmount\x12Q\n!compensated_order_count_last_hour\x18\x0e \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x1dcompensatedOrderCountLastHour\x12?\n\x18new_user_count_last_hour\x18\x0f \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x14newUserCountLastHour\x12C\n\x1arisk_alert_count_last_hour\x18\x10 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x16riskAlertCountLastHour\x12A\n\x0fdata_as_of_time\x18\x11 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0cdataAsOfTime\x12S\n\x0eheld_liability\x18\x12 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\rheldLiability\x12U\n\x0funmatched_stake\x18\x13 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0eunmatchedStake\x12J\n\x1dunresolved_failed_order_count\x18\x14 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x1aunresolvedFailedOrderCount:\x97\x11\xbaH\x93\x11\x1a\x90\x11\n\x1edashboard_snapshot.money_scale\x12Hevery amount has exactly the currency\'s minor units (common.v1.Currency)\x1a\xa3\x10this.currency in {\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2} && this.placed_stake_last_hour.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.matched_volume_amount_last_hour.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.commission_revenue_last_hour.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.ggr_last_hour.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.open_matched_exposure_amount.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.reserved_amount.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.held_liability.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\') && this.unmatched_stake.matches({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency] == 0 ? \'^-?[0-9]+$\' : \'^-?[0-9]+[.][0-9]{\' + string({\'BHD\': 3, \'EUR\': 2, \'GBP\': 2, \'JPY\': 0, \'KWD\': 3, \'USD\': 2}[this.currency]) + \'}$\')*\x93\x01\n\x10ReportPeriodType\x12"\n\x1eREPORT_PERIOD_TYPE_UNSPECIFIED\x10\x00\x12\x1c\n\x18REPORT_PERIOD_TYPE_DAILY\x10\x01\x12\x1d\n\x19REPORT_PERIOD_TYPE_WEEKLY\x10\x02\x12\x1e\n\x1aREPORT_PERIOD_TYPE_MONTHLY\x10\x03*\x93\x01\n\x0bReportState\x12\x1c\n\x18REPORT_STATE_UNSPECIFIED\x10\x00\x12\x17\n\x13REPORT_STATE_QUEUED\x10\x01\x12\x18\n\x14REPORT_STATE_RUNNING\x10\x02\x12\x1a\n\x16REPORT_STATE_SUCCEEDED\x10\x03\x12\x17\n\x13REPORT_STATE_FAILED\x10\x04Bs\n\x1bcom.tam.protos.reporting.v1B\x17ReportingResourcesProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'reporting.v1.reporting_resources_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1bcom.tam.protos.reporting.v1B\x17ReportingResourcesProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1'
    _globals['_SPORTBREAKDOWN'].fields_by_name['matched_volume_amount']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['matched_volume_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_SPORTBREAKDOWN'].fields_by_name['commission_revenue']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['commission_revenue']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_SPORTBREAKDOWN'].fields_by_name['ggr']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['ggr']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_SPORTBREAKDOWN'].fields_by_name['placed_stake']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['placed_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_SPORTBREAKDOWN'].fields_by_name['placed_bet_count']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['placed_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_SPORTBREAKDOWN'].fields_by_name['settled_bet_count']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['settled_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_SPORTBREAKDOWN'].fields_by_name['active_user_count']._loaded_options = None
    _globals['_SPORTBREAKDOWN'].fields_by_name['active_user_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['matched_volume_amount']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['matched_volume_amount']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['fill_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['fill_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['commission_revenue']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['commission_revenue']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['rounding_retained_amount']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['rounding_retained_amount']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['ggr']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['ggr']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['settled_volume_amount']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['settled_volume_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['payouts']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['payouts']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['placed_stake']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['placed_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['average_stake']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['average_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['released_stake']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['released_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['deposits']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['deposits']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['withdrawals']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['withdrawals']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_REPORTTOTALS'].fields_by_name['placed_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['placed_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['settled_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['settled_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['won_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['won_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['lost_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['lost_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['refunded_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['refunded_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['resettled_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['resettled_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['cancelled_bet_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['cancelled_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['compensated_order_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['compensated_order_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['failed_order_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['failed_order_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['commission_user_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['commission_user_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['active_user_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['active_user_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['new_user_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['new_user_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORTTOTALS'].fields_by_name['risk_alert_count']._loaded_options = None
    _globals['_REPORTTOTALS'].fields_by_name['risk_alert_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_REPORT'].fields_by_name['currency']._loaded_options = None
    _globals['_REPORT'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['sequence']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['sequence']._serialized_options = b'\xbaH\x04"\x02(\x01'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['currency']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['bets_per_minute']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['bets_per_minute']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['placed_bet_count_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['placed_bet_count_last_hour']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['placed_stake_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['placed_stake_last_hour']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['matched_volume_amount_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['matched_volume_amount_last_hour']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['commission_revenue_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['commission_revenue_last_hour']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['ggr_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['ggr_last_hour']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['active_users_now']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['active_users_now']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['open_bet_count']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['open_bet_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['open_matched_exposure_amount']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['open_matched_exposure_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['reserved_amount']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['reserved_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['compensated_order_count_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['compensated_order_count_last_hour']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['new_user_count_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['new_user_count_last_hour']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['risk_alert_count_last_hour']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['risk_alert_count_last_hour']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['held_liability']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['held_liability']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['unmatched_stake']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['unmatched_stake']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['unresolved_failed_order_count']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT'].fields_by_name['unresolved_failed_order_count']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_DASHBOARDSNAPSHOT']._loaded_options = None
    _globals['_DASHBOARDSNAPSHOT']._serialized_options = b"\xbaH\x93\x11\x1a\x90\x11\n\x1edashboard_snapshot.money_scale\x12Hevery amount has exactly the currency's minor units (common.v1.Currency)\x1a\xa3\x10this.currency in {'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2} && this.placed_stake_last_hour.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.matched_volume_amount_last_hour.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.commission_revenue_last_hour.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.ggr_last_hour.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.open_matched_exposure_amount.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.reserved_amount.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.held_liability.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$') && this.unmatched_stake.matches({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency] == 0 ? '^-?[0-9]+$' : '^-?[0-9]+[.][0-9]{' + string({'BHD': 3, 'EUR': 2, 'GBP': 2, 'JPY': 0, 'KWD': 3, 'USD': 2}[this.currency]) + '}$')"
    _globals['_REPORTPERIODTYPE']._serialized_start = 7126
    _globals['_REPORTPERIODTYPE']._serialized_end = 7273
    _globals['_REPORTSTATE']._serialized_start = 7276
    _globals['_REPORTSTATE']._serialized_end = 7423
    _globals['_SPORTBREAKDOWN']._serialized_start = 156
    _globals['_SPORTBREAKDOWN']._serialized_end = 691
    _globals['_REPORTTOTALS']._serialized_start = 694
    _globals['_REPORTTOTALS']._serialized_end = 2416
    _globals['_REPORTDATA']._serialized_start = 2419
    _globals['_REPORTDATA']._serialized_end = 2604
    _globals['_REPORT']._serialized_start = 2607
    _globals['_REPORT']._serialized_end = 3390
    _globals['_DASHBOARDSNAPSHOT']._serialized_start = 3393
    _globals['_DASHBOARDSNAPSHOT']._serialized_end = 7123