"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'reporting/v1/reporting_service.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from google.protobuf import duration_pb2 as google_dot_protobuf_dot_duration__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...reporting.v1 import reporting_resources_pb2 as reporting_dot_v1_dot_reporting__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n$reporting/v1/reporting_service.proto\x12\x0creporting.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x1egoogle/protobuf/duration.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a&reporting/v1/reporting_resources.proto"\xfa\x06\n\x15GenerateReportRequest\x12K\n\x0bperiod_type\x18\x01 \x01(\x0e2\x1e.reporting.v1.ReportPeriodTypeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\nperiodType\x12N\n\x11period_start_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampB\x06\xbaH\x03\xc8\x01\x01R\x0fperiodStartTime\x12/\n\x08currency\x18\x03 \x01(\tB\x13\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$R\x08currency\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\xbe\x04\xbaH\xba\x04\x1a\xc5\x01\n%generate_report.period_start_midnight\x12Eperiod_start_time must be 00:00:00Z exactly (no fraction of a second)\x1aU!has(this.period_start_time) || string(this.period_start_time).endsWith(\'T00:00:00Z\')\x1a\xb3\x01\n$generate_report.weekly_starts_monday\x12&a WEEKLY period must start on a Monday\x1ac!has(this.period_start_time) || this.period_type != 2 || this.period_start_time.getDayOfWeek() == 1\x1a\xb9\x01\n$generate_report.monthly_starts_first\x121a MONTHLY period must start on the 1st of a month\x1a^!has(this.period_start_time) || this.period_type != 3 || this.period_start_time.getDate() == 1"F\n\x16GenerateReportResponse\x12,\n\x06report\x18\x01 \x01(\x0b2\x14.reporting.v1.ReportR\x06report"Z\n\x10GetReportRequest\x12F\n\treport_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x08reportId"A\n\x11GetReportResponse\x12,\n\x06report\x18\x01 \x01(\x0b2\x14.reporting.v1.ReportR\x06report"\xbf\x04\n\x12ListReportsRequest\x12&\n\tpage_size\x18\x01 \x01(\x05B\t\xbaH\x06\x1a\x04\x18d(\x00R\x08pageSize\x12\'\n\npage_token\x18\x02 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x08R\tpageToken\x12T\n\x0cperiod_types\x18\x03 \x03(\x0e2\x1e.reporting.v1.ReportPeriodTypeB\x11\xbaH\x0e\x92\x01\x0b\x10\x03"\x07\x82\x01\x04\x10\x01 \x00R\x0bperiodTypes\x12D\n\x06states\x18\x04 \x03(\x0e2\x19.reporting.v1.ReportStateB\x11\xbaH\x0e\x92\x01\x0b\x10\x04"\x07\x82\x01\x04\x10\x01 \x00R\x06states\x122\n\x08currency\x18\x05 \x01(\tB\x16\xbaH\x13r\x0e\x18 2\n^[A-Z]{3}$\xd8\x01\x01R\x08currency\x129\n\nstart_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\tstartTime\x125\n\x08end_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\x07endTime:\x95\x01\xbaH\x91\x01\x1a\x8e\x01\n\x17list_reports.time_range\x12"start_time must be before end_time\x1aO!has(this.start_time) || !has(this.end_time) || this.start_time < this.end_time"m\n\x13ListReportsResponse\x12.\n\x07reports\x18\x01 \x03(\x0b2\x14.reporting.v1.ReportR\x07reports\x12&\n\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken"\x9d\x01\n\x16StreamDashboardRequest\x12/\n\x08currency\x18\x01 \x01(\tB\x13\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$R\x08currency\x12R\n\x0fupdate_interval\x18\x02 \x01(\x0b2\x19.google.protobuf.DurationB\x0e\xbaH\x0b\xaa\x01\x08"\x02\x08<2\x02\x08\x01R\x0eupdateInterval"V\n\x17StreamDashboardResponse\x12;\n\x08snapshot\x18\x01 \x01(\x0b2\x1f.reporting.v1.DashboardSnapshotR\x08snapshot2\x99\x08\n\x10ReportingService\x12`\n\x0eGenerateReport\x12#.reporting.v1.GenerateReportRequest\x1a$.reporting.v1.GenerateReportResponse"\x03\x90\x02\x02\x12Q\n\tGetReport\x12\x1e.reporting.v1.GetReportRequest\x1a\x1f.reporting.v1.GetReportResponse"\x03\x90\x02\x01\x12W\n\x0bListReports\x12 .reporting.v1.ListReportsRequest\x1a!.reporting.v1.ListReportsResponse"\x03\x90\x02\x01\x12e\n\x0fStreamDashboard\x12$.reporting.v1.StreamDashboardRequest\x1a%.reporting.v1.StreamDashboardResponse"\x03\x90\x02\x010\x01\x1a\x8f\x05\xba\xbb\x18\x8a\x05\n\x11reporting-service\x12\x1atam.order.v1.bet.cancelled\x12\x1atam.order.v1.bet.confirmed\x12\x17tam.order.v1.bet.placed\x12\x1atam.order.v1.bet.resettled\x12\x18tam.order.v1.bet.settled\x12\x1ftam.order.v1.bet_stake.released\x12\x1ftam.order.v1.commission.charged\x12\x19tam.order.v1.fill.created\x12\x18tam.order.v1.fill.voided\x12\x1etam.order.v1.order.compensated\x12\x1ctam.order.v1.order.completed\x12\x19tam.order.v1.order.failed\x12\x1btam.order.v1.order.resolved\x12\x18tam.risk.v1.alert.raised\x12\x1btam.user.v1.user.registered\x12\x1dtam.wallet.v1.payment.updated\x12#tam.wallet.v1.reservation.committed\x12!tam.wallet.v1.reservation.created\x12"tam.wallet.v1.reservation.released\x12"tam.wallet.v1.transaction.recorded\x12\x1btam.wallet.v1.wallet.openedBq\n\x1bcom.tam.protos.reporting.v1B\x15ReportingServiceProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'reporting.v1.reporting_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1bcom.tam.protos.reporting.v1B\x15ReportingServiceProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1'
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['period_type']._loaded_options = None
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['period_type']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['period_start_time']._loaded_options = None
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['period_start_time']._serialized_options = b'\xbaH\x03\xc8\x01\x01'
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$'
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_GENERATEREPORTREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_GENERATEREPORTREQUEST']._loaded_options = None
    _globals['_GENERATEREPORTREQUEST']._serialized_options = b"\xbaH\xba\x04\x1a\xc5\x01\n%generate_report.period_start_midnight\x12Eperiod_start_time must be 00:00:00Z exactly (no fraction of a second)\x1aU!has(this.period_start_time) || string(this.period_start_time).endsWith('T00:00:00Z')\x1a\xb3\x01\n$generate_report.weekly_starts_monday\x12&a WEEKLY period must start on a Monday\x1ac!has(this.period_start_time) || this.period_type != 2 || this.period_start_time.getDayOfWeek() == 1\x1a\xb9\x01\n$generate_report.monthly_starts_first\x121a MONTHLY period must start on the 1st of a month\x1a^!has(this.period_start_time) || this.period_type != 3 || this.period_start_time.getDate() == 1"
    _globals['_GETREPORTREQUEST'].fields_by_name['report_id']._loaded_options = None
    _globals['_GETREPORTREQUEST'].fields_by_name['report_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_LISTREPORTSREQUEST'].fields_by_name['page_size']._loaded_options = None
    _globals['_LISTREPORTSREQUEST'].fields_by_name['page_size']._serialized_options = b'\xbaH\x06\x1a\x04\x18d(\x00'
    _globals['_LISTREPORTSREQUEST'].fields_by_name['page_token']._loaded_options = None
    _globals['_LISTREPORTSREQUEST'].fields_by_name['page_token']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x08'
    _globals['_LISTREPORTSREQUEST'].fields_by_name['period_types']._loaded_options = None
    _globals['_LISTREPORTSREQUEST'].fields_by_name['period_types']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\x03"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_LISTREPORTSREQUEST'].fields_by_name['states']._loaded_options = None
    _globals['_LISTREPORTSREQUEST'].fields_by_name['states']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\x04"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_LISTREPORTSREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_LISTREPORTSREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x13r\x0e\x18 2\n^[A-Z]{3}$\xd8\x01\x01'
    _globals['_LISTREPORTSREQUEST']._loaded_options = None
    _globals['_LISTREPORTSREQUEST']._serialized_options = b'\xbaH\x91\x01\x1a\x8e\x01\n\x17list_reports.time_range\x12"start_time must be before end_time\x1aO!has(this.start_time) || !has(this.end_time) || this.start_time < this.end_time'
    _globals['_STREAMDASHBOARDREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_STREAMDASHBOARDREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$'
    _globals['_STREAMDASHBOARDREQUEST'].fields_by_name['update_interval']._loaded_options = None
    _globals['_STREAMDASHBOARDREQUEST'].fields_by_name['update_interval']._serialized_options = b'\xbaH\x0b\xaa\x01\x08"\x02\x08<2\x02\x08\x01'
    _globals['_REPORTINGSERVICE']._loaded_options = None
    _globals['_REPORTINGSERVICE']._serialized_options = b'\xba\xbb\x18\x8a\x05\n\x11reporting-service\x12\x1atam.order.v1.bet.cancelled\x12\x1atam.order.v1.bet.confirmed\x12\x17tam.order.v1.bet.placed\x12\x1atam.order.v1.bet.resettled\x12\x18tam.order.v1.bet.settled\x12\x1ftam.order.v1.bet_stake.released\x12\x1ftam.order.v1.commission.charged\x12\x19tam.order.v1.fill.created\x12\x18tam.order.v1.fill.voided\x12\x1etam.order.v1.order.compensated\x12\x1ctam.order.v1.order.completed\x12\x19tam.order.v1.order.failed\x12\x1btam.order.v1.order.resolved\x12\x18tam.risk.v1.alert.raised\x12\x1btam.user.v1.user.registered\x12\x1dtam.wallet.v1.payment.updated\x12#tam.wallet.v1.reservation.committed\x12!tam.wallet.v1.reservation.created\x12"tam.wallet.v1.reservation.released\x12"tam.wallet.v1.transaction.recorded\x12\x1btam.wallet.v1.wallet.opened'
    _globals['_REPORTINGSERVICE'].methods_by_name['GenerateReport']._loaded_options = None
    _globals['_REPORTINGSERVICE'].methods_by_name['GenerateReport']._serialized_options = b'\x90\x02\x02'
    _globals['_REPORTINGSERVICE'].methods_by_name['GetReport']._loaded_options = None
    _globals['_REPORTINGSERVICE'].methods_by_name['GetReport']._serialized_options = b'\x90\x02\x01'
    _globals['_REPORTINGSERVICE'].methods_by_name['ListReports']._loaded_options = None
    _globals['_REPORTINGSERVICE'].methods_by_name['ListReports']._serialized_options = b'\x90\x02\x01'
    _globals['_REPORTINGSERVICE'].methods_by_name['StreamDashboard']._loaded_options = None
    _globals['_REPORTINGSERVICE'].methods_by_name['StreamDashboard']._serialized_options = b'\x90\x02\x01'
    _globals['_GENERATEREPORTREQUEST']._serialized_start = 218
    _globals['_GENERATEREPORTREQUEST']._serialized_end = 1108
    _globals['_GENERATEREPORTRESPONSE']._serialized_start = 1110
    _globals['_GENERATEREPORTRESPONSE']._serialized_end = 1180
    _globals['_GETREPORTREQUEST']._serialized_start = 1182
    _globals['_GETREPORTREQUEST']._serialized_end = 1272
    _globals['_GETREPORTRESPONSE']._serialized_start = 1274
    _globals['_GETREPORTRESPONSE']._serialized_end = 1339
    _globals['_LISTREPORTSREQUEST']._serialized_start = 1342
    _globals['_LISTREPORTSREQUEST']._serialized_end = 1917
    _globals['_LISTREPORTSRESPONSE']._serialized_start = 1919
    _globals['_LISTREPORTSRESPONSE']._serialized_end = 2028
    _globals['_STREAMDASHBOARDREQUEST']._serialized_start = 2031
    _globals['_STREAMDASHBOARDREQUEST']._serialized_end = 2188
    _globals['_STREAMDASHBOARDRESPONSE']._serialized_start = 2190
    _globals['_STREAMDASHBOARDRESPONSE']._serialized_end = 2276
    _globals['_REPORTINGSERVICE']._serialized_start = 2279
    _globals['_REPORTINGSERVICE']._serialized_end = 3328