"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'order/v1/order_errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1border/v1/order_errors.proto\x12\x08order.v1*\x8d\n\n\x10OrderErrorReason\x12"\n\x1eORDER_ERROR_REASON_UNSPECIFIED\x10\x00\x12&\n"ORDER_ERROR_REASON_ORDER_NOT_FOUND\x10\x01\x12$\n ORDER_ERROR_REASON_BET_NOT_FOUND\x10\x02\x12\'\n#ORDER_ERROR_REASON_MARKET_NOT_FOUND\x10\x03\x12*\n&ORDER_ERROR_REASON_SELECTION_NOT_FOUND\x10\x04\x12&\n"ORDER_ERROR_REASON_MARKET_NOT_OPEN\x10\x05\x12(\n$ORDER_ERROR_REASON_MARKET_NOT_CLOSED\x10\x06\x12-\n)ORDER_ERROR_REASON_MARKET_ALREADY_SETTLED\x10\x07\x120\n,ORDER_ERROR_REASON_INVALID_MARKET_TRANSITION\x10\x08\x121\n-ORDER_ERROR_REASON_MARKET_DEFINITION_MISMATCH\x10\t\x12(\n$ORDER_ERROR_REASON_CURRENCY_MISMATCH\x10\n\x12)\n%ORDER_ERROR_REASON_BET_ALREADY_EXISTS\x10\x0b\x12$\n ORDER_ERROR_REASON_BET_CANCELLED\x10\x0c\x12,\n(ORDER_ERROR_REASON_BET_ALREADY_CONFIRMED\x10\r\x12+\n\'ORDER_ERROR_REASON_RESERVATION_MISMATCH\x10\x0e\x120\n,ORDER_ERROR_REASON_SELECTION_RESULTS_INVALID\x10\x0f\x12$\n ORDER_ERROR_REASON_RISK_REJECTED\x10\x11\x12*\n&ORDER_ERROR_REASON_STAKE_BELOW_MINIMUM\x10\x12\x12(\n$ORDER_ERROR_REASON_RUNNER_NOT_ACTIVE\x10\x13\x12)\n%ORDER_ERROR_REASON_BET_NOT_EXECUTABLE\x10\x14\x120\n,ORDER_ERROR_REASON_REPLACE_EXCEEDS_LIABILITY\x10\x15\x12(\n$ORDER_ERROR_REASON_BET_NOT_IN_MARKET\x10\x16\x12%\n!ORDER_ERROR_REASON_CURSOR_EXPIRED\x10\x17\x12-\n)ORDER_ERROR_REASON_SETTLEMENT_IN_PROGRESS\x10\x18\x12)\n%ORDER_ERROR_REASON_MARKET_NOT_SETTLED\x10\x19\x12+\n\'ORDER_ERROR_REASON_ORDER_NOT_RESOLVABLE\x10\x1a\x12.\n*ORDER_ERROR_REASON_UPDATE_PATH_NOT_ALLOWED\x10\x1b\x12/\n+ORDER_ERROR_REASON_SETTLEMENT_JOB_NOT_FOUND\x10\x1c"\x04\x08\x10\x10\x10*,ORDER_ERROR_REASON_BETS_PENDING_CONFIRMATIONB`\n\x17com.tam.protos.order.v1B\x10OrderErrorsProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'order.v1.order_errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x17com.tam.protos.order.v1B\x10OrderErrorsProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1'
    _globals['_ORDERERRORREASON']._serialized_start = 42
    _globals['_ORDERERRORREASON']._serialized_end = 1335