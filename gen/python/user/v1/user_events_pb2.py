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
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...user.v1 import user_resources_pb2 as user_dot_v1_dot_user__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x19user/v1/user_events.proto\x12\x07user.v1\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a\x1cuser/v1/user_resources.proto"\xef\x01\n\x13UserRegisteredEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12!\n\x04user\x18\x02 \x01(\x0b2\r.user.v1.UserR\x04user:\x7f\xb2\xbb\x18{\n\x1btam.user.v1.user.registered\x12\x0cuser-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer\x1a\x0ewallet-service \x01*\x04user"\xc2\x01\n\x13SessionCreatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12*\n\x07session\x18\x02 \x01(\x0b2\x10.user.v1.SessionR\x07session:I\xb2\xbb\x18E\n\x1btam.user.v1.session.created\x12\x0cuser-service\x1a\rrisk-analyzer \x01*\x07session"\xc2\x01\n\x13SessionRevokedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12*\n\x07session\x18\x02 \x01(\x0b2\x10.user.v1.SessionR\x07session:I\xb2\xbb\x18E\n\x1btam.user.v1.session.revoked\x12\x0cuser-service\x1a\rrisk-analyzer \x01*\x07session"\xeb\x02\n\x11UserDisabledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12!\n\x04user\x18\x02 \x01(\x0b2\r.user.v1.UserR\x04user\x12"\n\ractor_user_id\x18\x03 \x01(\tR\x0bactorUserId\x12\x12\n\x04note\x18\x04 \x01(\tR\x04note\x122\n\x15revoked_session_count\x18\x05 \x01(\x05R\x13revokedSessionCount\x12=\n\x0cdisable_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0bdisableTime:R\xb2\xbb\x18N\n\x19tam.user.v1.user.disabled\x12\x0cuser-service\x1a\x14notification-service \x02*\x0buser_access"\xb3\x02\n\x10UserEnabledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12!\n\x04user\x18\x02 \x01(\x0b2\r.user.v1.UserR\x04user\x12"\n\ractor_user_id\x18\x03 \x01(\tR\x0bactorUserId\x12\x12\n\x04note\x18\x04 \x01(\tR\x04note\x12;\n\x0benable_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\nenableTime:Q\xb2\xbb\x18M\n\x18tam.user.v1.user.enabled\x12\x0cuser-service\x1a\x14notification-service \x02*\x0buser_accessB\\\n\x16com.tam.protos.user.v1B\x0fUserEventsProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'user.v1.user_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.user.v1B\x0fUserEventsProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1'
    _globals['_USERREGISTEREDEVENT']._loaded_options = None
    _globals['_USERREGISTEREDEVENT']._serialized_options = b'\xb2\xbb\x18{\n\x1btam.user.v1.user.registered\x12\x0cuser-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer\x1a\x0ewallet-service \x01*\x04user'
    _globals['_SESSIONCREATEDEVENT']._loaded_options = None
    _globals['_SESSIONCREATEDEVENT']._serialized_options = b'\xb2\xbb\x18E\n\x1btam.user.v1.session.created\x12\x0cuser-service\x1a\rrisk-analyzer \x01*\x07session'
    _globals['_SESSIONREVOKEDEVENT']._loaded_options = None
    _globals['_SESSIONREVOKEDEVENT']._serialized_options = b'\xb2\xbb\x18E\n\x1btam.user.v1.session.revoked\x12\x0cuser-service\x1a\rrisk-analyzer \x01*\x07session'
    _globals['_USERDISABLEDEVENT']._loaded_options = None
    _globals['_USERDISABLEDEVENT']._serialized_options = b'\xb2\xbb\x18N\n\x19tam.user.v1.user.disabled\x12\x0cuser-service\x1a\x14notification-service \x02*\x0buser_access'
    _globals['_USERENABLEDEVENT']._loaded_options = None
    _globals['_USERENABLEDEVENT']._serialized_options = b'\xb2\xbb\x18M\n\x18tam.user.v1.user.enabled\x12\x0cuser-service\x1a\x14notification-service \x02*\x0buser_access'
    _globals['_USERREGISTEREDEVENT']._serialized_start = 154
    _globals['_USERREGISTEREDEVENT']._serialized_end = 393
    _globals['_SESSIONCREATEDEVENT']._serialized_start = 396
    _globals['_SESSIONCREATEDEVENT']._serialized_end = 590
    _globals['_SESSIONREVOKEDEVENT']._serialized_start = 593
    _globals['_SESSIONREVOKEDEVENT']._serialized_end = 787
    _globals['_USERDISABLEDEVENT']._serialized_start = 790
    _globals['_USERDISABLEDEVENT']._serialized_end = 1153
    _globals['_USERENABLEDEVENT']._serialized_start = 1156
    _globals['_USERENABLEDEVENT']._serialized_end = 1463