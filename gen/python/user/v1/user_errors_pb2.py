"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'user/v1/user_errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x19user/v1/user_errors.proto\x12\x07user.v1*\xd6\x04\n\x0fUserErrorReason\x12!\n\x1dUSER_ERROR_REASON_UNSPECIFIED\x10\x00\x12$\n USER_ERROR_REASON_USER_NOT_FOUND\x10\x01\x12.\n*USER_ERROR_REASON_EMAIL_ALREADY_REGISTERED\x10\x02\x12\'\n#USER_ERROR_REASON_PASSWORD_TOO_WEAK\x10\x03\x12)\n%USER_ERROR_REASON_INVALID_CREDENTIALS\x10\x04\x12$\n USER_ERROR_REASON_ACCOUNT_LOCKED\x10\x05\x12&\n"USER_ERROR_REASON_ACCOUNT_DISABLED\x10\x06\x12+\n\'USER_ERROR_REASON_REFRESH_TOKEN_INVALID\x10\x07\x12+\n\'USER_ERROR_REASON_REFRESH_TOKEN_EXPIRED\x10\x08\x12*\n&USER_ERROR_REASON_REFRESH_TOKEN_REUSED\x10\t\x12\'\n#USER_ERROR_REASON_SESSION_NOT_FOUND\x10\n\x12,\n(USER_ERROR_REASON_CURRENCY_NOT_SUPPORTED\x10\x0b\x12+\n\'USER_ERROR_REASON_COUNTRY_NOT_SUPPORTED\x10\x0c\x12\x1e\n\x1aUSER_ERROR_REASON_UNDERAGE\x10\rB\\\n\x16com.tam.protos.user.v1B\x0fUserErrorsProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'user.v1.user_errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.user.v1B\x0fUserErrorsProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1'
    _globals['_USERERRORREASON']._serialized_start = 39
    _globals['_USERERRORREASON']._serialized_end = 637