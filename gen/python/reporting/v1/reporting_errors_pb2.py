"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'reporting/v1/reporting_errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n#reporting/v1/reporting_errors.proto\x12\x0creporting.v1*\xe3\x02\n\x14ReportingErrorReason\x12&\n"REPORTING_ERROR_REASON_UNSPECIFIED\x10\x00\x12+\n\'REPORTING_ERROR_REASON_REPORT_NOT_FOUND\x10\x01\x12,\n(REPORTING_ERROR_REASON_PERIOD_NOT_CLOSED\x10\x02\x125\n1REPORTING_ERROR_REASON_REPORT_ALREADY_IN_PROGRESS\x10\x03\x12/\n+REPORTING_ERROR_REASON_UNSUPPORTED_CURRENCY\x10\x04\x122\n.REPORTING_ERROR_REASON_SOURCE_DATA_UNAVAILABLE\x10\x05\x12,\n(REPORTING_ERROR_REASON_GENERATION_FAILED\x10\x06Bp\n\x1bcom.tam.protos.reporting.v1B\x14ReportingErrorsProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'reporting.v1.reporting_errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1bcom.tam.protos.reporting.v1B\x14ReportingErrorsProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1'
    _globals['_REPORTINGERRORREASON']._serialized_start = 54
    _globals['_REPORTINGERRORREASON']._serialized_end = 409