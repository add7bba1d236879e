"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'risk/v1/risk_errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b"\n\x19risk/v1/risk_errors.proto\x12\x07risk.v1*\x97\x03\n\x0fRiskErrorReason\x12!\n\x1dRISK_ERROR_REASON_UNSPECIFIED\x10\x00\x12,\n(RISK_ERROR_REASON_RISK_PROFILE_NOT_FOUND\x10\x01\x12'\n#RISK_ERROR_REASON_MODEL_UNAVAILABLE\x10\x02\x12*\n&RISK_ERROR_REASON_UNSUPPORTED_CURRENCY\x10\x03\x121\n-RISK_ERROR_REASON_RATE_LIMIT_POLICY_NOT_FOUND\x10\x04\x12(\n$RISK_ERROR_REASON_COST_EXCEEDS_LIMIT\x10\x05\x12/\n+RISK_ERROR_REASON_ACTIVITY_ALREADY_RECORDED\x10\x06\x12'\n#RISK_ERROR_REASON_CURRENCY_MISMATCH\x10\x07\x12'\n#RISK_ERROR_REASON_BLOCKING_FLAG_SET\x10\x08B\\\n\x16com.tam.protos.risk.v1B\x0fRiskErrorsProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1b\x06proto3")
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'risk.v1.risk_errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.risk.v1B\x0fRiskErrorsProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1'
    _globals['_RISKERRORREASON']._serialized_start = 39
    _globals['_RISKERRORREASON']._serialized_end = 446