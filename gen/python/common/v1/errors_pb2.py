"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'common/v1/errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x16common/v1/errors.proto\x12\tcommon.v1*\x8d\x04\n\x0bErrorReason\x12\x1c\n\x18ERROR_REASON_UNSPECIFIED\x10\x00\x12"\n\x1eERROR_REASON_VALIDATION_FAILED\x10\x01\x12\'\n#ERROR_REASON_IDEMPOTENCY_KEY_REUSED\x10\x02\x120\n,ERROR_REASON_IDEMPOTENCY_REQUEST_IN_PROGRESS\x10\x03\x12\x1e\n\x1aERROR_REASON_TOKEN_MISSING\x10\x04\x12\x1e\n\x1aERROR_REASON_TOKEN_INVALID\x10\x05\x12\x1e\n\x1aERROR_REASON_TOKEN_EXPIRED\x10\x06\x12 \n\x1cERROR_REASON_SESSION_REVOKED\x10\x07\x12"\n\x1eERROR_REASON_PERMISSION_DENIED\x10\x08\x12#\n\x1fERROR_REASON_RESOURCE_NOT_FOUND\x10\t\x12\'\n#ERROR_REASON_DEPENDENCY_UNAVAILABLE\x10\n\x12\x1d\n\x19ERROR_REASON_RATE_LIMITED\x10\x0b\x12)\n%ERROR_REASON_SAGA_ALREADY_COMPENSATED\x10\x0c\x12#\n\x1fERROR_REASON_INVALID_PAGE_TOKEN\x10\rB^\n\x18com.tam.protos.common.v1B\x0bErrorsProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'common.v1.errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.common.v1B\x0bErrorsProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1'
    _globals['_ERRORREASON']._serialized_start = 38
    _globals['_ERRORREASON']._serialized_end = 563