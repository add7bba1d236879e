"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'user/v1/user_events.proto')
_sym_db = _symbol_database.Default()
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from ...user.v1 import user_service_pb2 as user_dot_v1_dot_user__service__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x19user/v1/user_events.proto\x12\x07user.v1\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a\x1auser/v1/user_service.proto"\xdf\x01\n\x13UserRegisteredEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12!\n\x04user\x18\x02 \x01(\x0b2\r.user.v1.UserR\x04user:o\xb2\xbb\x18k\n\x1btam.user.v1.user.registered\x12\x0cuser-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x01*\x04user"\xb3\x01\n\x13SessionCreatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12*\n\x07session\x18\x02 \x01(\x0b2\x10.user.v1.SessionR\x07session::\xb2\xbb\x186\n\x1btam.user.v1.session.created\x12\x0cuser-service \x01*\x07session"\xb3\x01\n\x13SessionRevokedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12*\n\x07session\x18\x02 \x01(\x0b2\x10.user.v1.SessionR\x07session::\xb2\xbb\x186\n\x1btam.user.v1.session.revoked\x12\x0cuser-service \x01*\x07sessionB\\\n\x16com.tam.protos.user.v1B\x0fUserEventsProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'user.v1.user_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.user.v1B\x0fUserEventsProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1'
    _globals['_USERREGISTEREDEVENT']._loaded_options = None
    _globals['_USERREGISTEREDEVENT']._serialized_options = b'\xb2\xbb\x18k\n\x1btam.user.v1.user.registered\x12\x0cuser-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x01*\x04user'
    _globals['_SESSIONCREATEDEVENT']._loaded_options = None
    _globals['_SESSIONCREATEDEVENT']._serialized_options = b'\xb2\xbb\x186\n\x1btam.user.v1.session.created\x12\x0cuser-service \x01*\x07session'
    _globals['_SESSIONREVOKEDEVENT']._loaded_options = None
    _globals['_SESSIONREVOKEDEVENT']._serialized_options = b'\xb2\xbb\x186\n\x1btam.user.v1.session.revoked\x12\x0cuser-service \x01*\x07session'
    _globals['_USERREGISTEREDEVENT']._serialized_start = 119
    _globals['_USERREGISTEREDEVENT']._serialized_end = 342
    _globals['_SESSIONCREATEDEVENT']._serialized_start = 345
    _globals['_SESSIONCREATEDEVENT']._serialized_end = 524
    _globals['_SESSIONREVOKEDEVENT']._serialized_start = 527
    _globals['_SESSIONREVOKEDEVENT']._serialized_end = 706