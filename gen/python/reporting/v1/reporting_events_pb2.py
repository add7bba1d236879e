"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'reporting/v1/reporting_events.proto')
_sym_db = _symbol_database.Default()
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from ...reporting.v1 import reporting_resources_pb2 as reporting_dot_v1_dot_reporting__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n#reporting/v1/reporting_events.proto\x12\x0creporting.v1\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a&reporting/v1/reporting_resources.proto"\xd6\x01\n\x14ReportGeneratedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12,\n\x06report\x18\x02 \x01(\x0b2\x14.reporting.v1.ReportR\x06report:Z\xb2\xbb\x18V\n!tam.reporting.v1.report.generated\x12\x11reporting-service\x1a\x14notification-service \x01*\x06report"\xd0\x01\n\x11ReportFailedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12,\n\x06report\x18\x02 \x01(\x0b2\x14.reporting.v1.ReportR\x06report:W\xb2\xbb\x18S\n\x1etam.reporting.v1.report.failed\x12\x11reporting-service\x1a\x14notification-service \x01*\x06reportBp\n\x1bcom.tam.protos.reporting.v1B\x14ReportingEventsProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'reporting.v1.reporting_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1bcom.tam.protos.reporting.v1B\x14ReportingEventsProtoP\x01Z9github.com/tam/tam-protos/gen/go/reporting/v1;reportingv1'
    _globals['_REPORTGENERATEDEVENT']._loaded_options = None
    _globals['_REPORTGENERATEDEVENT']._serialized_options = b'\xb2\xbb\x18V\n!tam.reporting.v1.report.generated\x12\x11reporting-service\x1a\x14notification-service \x01*\x06report'
    _globals['_REPORTFAILEDEVENT']._loaded_options = None
    _globals['_REPORTFAILEDEVENT']._serialized_options = b'\xb2\xbb\x18S\n\x1etam.reporting.v1.report.failed\x12\x11reporting-service\x1a\x14notification-service \x01*\x06report'
    _globals['_REPORTGENERATEDEVENT']._serialized_start = 146
    _globals['_REPORTGENERATEDEVENT']._serialized_end = 360
    _globals['_REPORTFAILEDEVENT']._serialized_start = 363
    _globals['_REPORTFAILEDEVENT']._serialized_end = 571