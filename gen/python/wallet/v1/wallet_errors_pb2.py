"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'wallet/v1/wallet_errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b"\n\x1dwallet/v1/wallet_errors.proto\x12\twallet.v1*\xde\x08\n\x11WalletErrorReason\x12#\n\x1fWALLET_ERROR_REASON_UNSPECIFIED\x10\x00\x12(\n$WALLET_ERROR_REASON_WALLET_NOT_FOUND\x10\x01\x12*\n&WALLET_ERROR_REASON_INSUFFICIENT_FUNDS\x10\x02\x12-\n)WALLET_ERROR_REASON_RESERVATION_NOT_FOUND\x10\x03\x12/\n+WALLET_ERROR_REASON_RESERVATION_NOT_PENDING\x10\x04\x125\n1WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED\x10\x05\x122\n.WALLET_ERROR_REASON_RESERVATION_ALREADY_EXISTS\x10\x06\x12)\n%WALLET_ERROR_REASON_CURRENCY_MISMATCH\x10\x07\x12%\n!WALLET_ERROR_REASON_WALLET_FROZEN\x10\x08\x12)\n%WALLET_ERROR_REASON_DUPLICATE_PAYMENT\x10\t\x12-\n)WALLET_ERROR_REASON_WALLET_ALREADY_EXISTS\x10\n\x12.\n*WALLET_ERROR_REASON_CURRENCY_NOT_SUPPORTED\x10\x0b\x12,\n(WALLET_ERROR_REASON_BET_ALREADY_CREDITED\x10\x0c\x12,\n(WALLET_ERROR_REASON_REFUND_EXCEEDS_STAKE\x10\r\x12)\n%WALLET_ERROR_REASON_BET_NOT_COMMITTED\x10\x0e\x122\n.WALLET_ERROR_REASON_COMMISSION_ALREADY_CHARGED\x10\x0f\x121\n-WALLET_ERROR_REASON_ADJUSTMENT_ALREADY_BOOKED\x10\x10\x12)\n%WALLET_ERROR_REASON_PAYMENT_NOT_FOUND\x10\x11\x12+\n'WALLET_ERROR_REASON_PAYMENT_NOT_PENDING\x10\x12\x12-\n)WALLET_ERROR_REASON_PAYMENT_KIND_MISMATCH\x10\x13\x122\n.WALLET_ERROR_REASON_CHARGEBACK_EXCEEDS_DEPOSIT\x10\x14\x12.\n*WALLET_ERROR_REASON_DEPOSIT_LIMIT_EXCEEDED\x10\x15\x12%\n!WALLET_ERROR_REASON_SELF_EXCLUDED\x10\x16\x12'\n#WALLET_ERROR_REASON_ACCOUNT_BLOCKED\x10\x17Bd\n\x18com.tam.protos.wallet.v1B\x11WalletErrorsProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1b\x06proto3")
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'wallet.v1.wallet_errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.wallet.v1B\x11WalletErrorsProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1'
    _globals['_WALLETERRORREASON']._serialized_start = 45
    _globals['_WALLETERRORREASON']._serialized_end = 1163