"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'common/v1/betting.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x17common/v1/betting.proto\x12\tcommon.v1*H\n\x07BetSide\x12\x18\n\x14BET_SIDE_UNSPECIFIED\x10\x00\x12\x11\n\rBET_SIDE_BACK\x10\x01\x12\x10\n\x0cBET_SIDE_LAY\x10\x02B_\n\x18com.tam.protos.common.v1B\x0cBettingProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'common.v1.betting_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.common.v1B\x0cBettingProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1'
    _globals['_BETSIDE']._serialized_start = 38
    _globals['_BETSIDE']._serialized_end = 110