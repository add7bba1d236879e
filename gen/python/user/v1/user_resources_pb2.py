"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'user/v1/user_resources.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1cuser/v1/user_resources.proto\x12\x07user.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1fgoogle/protobuf/timestamp.proto"\xff\x02\n\x04User\x12\x17\n\x07user_id\x18\x01 \x01(\tR\x06userId\x12\x14\n\x05email\x18\x02 \x01(\tR\x05email\x12!\n\x0cdisplay_name\x18\x03 \x01(\tR\x0bdisplayName\x12\x14\n\x05roles\x18\x04 \x03(\tR\x05roles\x12(\n\x05state\x18\x05 \x01(\x0e2\x12.user.v1.UserStateR\x05state\x12;\n\x0bcreate_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bupdate_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime\x12-\n\x08currency\x18\x08 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12\x18\n\x07country\x18\t \x01(\tR\x07country\x12"\n\nbirth_date\x18\n \x01(\tB\x03\x80\x01\x01R\tbirthDate"\xb3\x04\n\x07Session\x12\x1d\n\nsession_id\x18\x01 \x01(\tR\tsessionId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12+\n\x05state\x18\x03 \x01(\x0e2\x15.user.v1.SessionStateR\x05state\x12A\n\rrevoke_reason\x18\x04 \x01(\x0e2\x1c.user.v1.SessionRevokeReasonR\x0crevokeReason\x12-\n\x12refresh_generation\x18\x05 \x01(\x03R\x11refreshGeneration\x12\x1f\n\x0bdevice_name\x18\x06 \x01(\tR\ndeviceName\x12\x1d\n\nuser_agent\x18\x07 \x01(\tR\tuserAgent\x12\x1b\n\tclient_ip\x18\x08 \x01(\tR\x08clientIp\x12;\n\x0bcreate_time\x18\t \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12=\n\x0crefresh_time\x18\n \x01(\x0b2\x1a.google.protobuf.TimestampR\x0brefreshTime\x12;\n\x0bexpire_time\x18\x0b \x01(\x0b2\x1a.google.protobuf.TimestampR\nexpireTime\x12;\n\x0brevoke_time\x18\x0c \x01(\x0b2\x1a.google.protobuf.TimestampR\nrevokeTime*n\n\tUserState\x12\x1a\n\x16USER_STATE_UNSPECIFIED\x10\x00\x12\x15\n\x11USER_STATE_ACTIVE\x10\x01\x12\x15\n\x11USER_STATE_LOCKED\x10\x02\x12\x17\n\x13USER_STATE_DISABLED\x10\x03*}\n\x0cSessionState\x12\x1d\n\x19SESSION_STATE_UNSPECIFIED\x10\x00\x12\x18\n\x14SESSION_STATE_ACTIVE\x10\x01\x12\x19\n\x15SESSION_STATE_REVOKED\x10\x02\x12\x19\n\x15SESSION_STATE_EXPIRED\x10\x03*\xd4\x01\n\x13SessionRevokeReason\x12%\n!SESSION_REVOKE_REASON_UNSPECIFIED\x10\x00\x12 \n\x1cSESSION_REVOKE_REASON_LOGOUT\x10\x01\x12$\n SESSION_REVOKE_REASON_LOGOUT_ALL\x10\x02\x12-\n)SESSION_REVOKE_REASON_REFRESH_TOKEN_REUSE\x10\x03\x12\x1f\n\x1bSESSION_REVOKE_REASON_ADMIN\x10\x04B_\n\x16com.tam.protos.user.v1B\x12UserResourcesProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'user.v1.user_resources_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.user.v1B\x12UserResourcesProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1'
    _globals['_USER'].fields_by_name['currency']._loaded_options = None
    _globals['_USER'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_USER'].fields_by_name['birth_date']._loaded_options = None
    _globals['_USER'].fields_by_name['birth_date']._serialized_options = b'\x80\x01\x01'
    _globals['_USERSTATE']._serialized_start = 1055
    _globals['_USERSTATE']._serialized_end = 1165
    _globals['_SESSIONSTATE']._serialized_start = 1167
    _globals['_SESSIONSTATE']._serialized_end = 1292
    _globals['_SESSIONREVOKEREASON']._serialized_start = 1295
    _globals['_SESSIONREVOKEREASON']._serialized_end = 1507
    _globals['_USER']._serialized_start = 104
    _globals['_USER']._serialized_end = 487
    _globals['_SESSION']._serialized_start = 490
    _globals['_SESSION']._serialized_end = 1053