"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'common/v1/event.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x15common/v1/event.proto\x12\tcommon.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1fgoogle/protobuf/timestamp.proto"\xa8\x03\n\rEventMetadata\x12#\n\x08event_id\x18\x01 \x01(\tB\x08\xbaH\x05r\x03\xb0\x01\x01R\x07eventId\x12A\n\noccur_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampB\x06\xbaH\x03\xc8\x01\x01R\toccurTime\x12%\n\x08producer\x18\x03 \x01(\tB\t\xbaH\x06r\x04\x10\x01\x18@R\x08producer\x12$\n\x07subject\x18\x04 \x01(\tB\n\xbaH\x07r\x05\x10\x01\x18\x80\x01R\x07subject\x12!\n\x07saga_id\x18\x05 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\x06sagaId\x12/\n\x0ecorrelation_id\x18\x06 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\rcorrelationId\x12+\n\x0ccausation_id\x18\x07 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\x0bcausationId\x12+\n\x0caggregate_id\x18\x08 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\x0baggregateId\x124\n\x11aggregate_version\x18\t \x01(\x03B\x07\xbaH\x04"\x02(\x00R\x10aggregateVersionB]\n\x18com.tam.protos.common.v1B\nEventProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'common.v1.event_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.common.v1B\nEventProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1'
    _globals['_EVENTMETADATA'].fields_by_name['event_id']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['event_id']._serialized_options = b'\xbaH\x05r\x03\xb0\x01\x01'
    _globals['_EVENTMETADATA'].fields_by_name['occur_time']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['occur_time']._serialized_options = b'\xbaH\x03\xc8\x01\x01'
    _globals['_EVENTMETADATA'].fields_by_name['producer']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['producer']._serialized_options = b'\xbaH\x06r\x04\x10\x01\x18@'
    _globals['_EVENTMETADATA'].fields_by_name['subject']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['subject']._serialized_options = b'\xbaH\x07r\x05\x10\x01\x18\x80\x01'
    _globals['_EVENTMETADATA'].fields_by_name['saga_id']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['saga_id']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_EVENTMETADATA'].fields_by_name['correlation_id']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['correlation_id']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_EVENTMETADATA'].fields_by_name['causation_id']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['causation_id']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_EVENTMETADATA'].fields_by_name['aggregate_id']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['aggregate_id']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_EVENTMETADATA'].fields_by_name['aggregate_version']._loaded_options = None
    _globals['_EVENTMETADATA'].fields_by_name['aggregate_version']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_EVENTMETADATA']._serialized_start = 99
    _globals['_EVENTMETADATA']._serialized_end = 523