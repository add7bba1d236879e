"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'wallet/v1/wallet_resources.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n wallet/v1/wallet_resources.proto\x12\twallet.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1fgoogle/protobuf/timestamp.proto"\xc5\x03\n\x0bReservation\x12%\n\x0ereservation_id\x18\x01 \x01(\tR\rreservationId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12\x17\n\x07saga_id\x18\x03 \x01(\tR\x06sagaId\x12D\n\x06amount\x18\x04 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x06amount\x12-\n\x08currency\x18\x05 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x121\n\x05state\x18\x06 \x01(\x0e2\x1b.wallet.v1.ReservationStateR\x05state\x12;\n\x0bcreate_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bexpire_time\x18\x08 \x01(\x0b2\x1a.google.protobuf.TimestampR\nexpireTime\x12;\n\x0bupdate_time\x18\t \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime"\xf2\x08\n\x0bTransaction\x12%\n\x0etransaction_id\x18\x01 \x01(\tR\rtransactionId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12.\n\x04type\x18\x03 \x01(\x0e2\x1a.wallet.v1.TransactionTypeR\x04type\x12D\n\x06amount\x18\x04 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x06amount\x12-\n\x08currency\x18\x05 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12U\n\x0ebalance_before\x18\x06 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\rbalanceBefore\x12S\n\rbalance_after\x18\x07 \x01(\tB.\xbaH+r)2\'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0cbalanceAfter\x12W\n\x10available_before\x18\x08 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0favailableBefore\x12U\n\x0favailable_after\x18\t \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0eavailableAfter\x12\x17\n\x07saga_id\x18\n \x01(\tR\x06sagaId\x12%\n\x0ereservation_id\x18\x0b \x01(\tR\rreservationId\x12\x15\n\x06bet_id\x18\x0c \x01(\tR\x05betId\x12\'\n\x0fidempotency_key\x18\r \x01(\tR\x0eidempotencyKey\x12<\n\rcredit_reason\x18\x0e \x01(\x0e2\x17.wallet.v1.CreditReasonR\x0ccreditReason\x12+\n\x11payment_reference\x18\x0f \x01(\tR\x10paymentReference\x12 \n\x0bdescription\x18\x10 \x01(\tR\x0bdescription\x12;\n\x0bcreate_time\x18\x11 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12\x1a\n\x08sequence\x18\x12 \x01(\x03R\x08sequence\x12\x1b\n\tmarket_id\x18\x13 \x01(\tR\x08marketId\x12\x1d\n\npayment_id\x18\x14 \x01(\tR\tpaymentId\x12Q\n\x14adjustment_direction\x18\x15 \x01(\x0e2\x1e.wallet.v1.AdjustmentDirectionR\x13adjustmentDirection\x12-\n\x12settlement_version\x18\x16 \x01(\x05R\x11settlementVersion"\x98\x05\n\x07Payment\x12\x1d\n\npayment_id\x18\x01 \x01(\tR\tpaymentId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12*\n\x04kind\x18\x03 \x01(\x0e2\x16.wallet.v1.PaymentKindR\x04kind\x12-\n\x05state\x18\x04 \x01(\x0e2\x17.wallet.v1.PaymentStateR\x05state\x12D\n\x06amount\x18\x05 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x06amount\x12-\n\x08currency\x18\x06 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12+\n\x11payment_reference\x18\x07 \x01(\tR\x10paymentReference\x120\n\x14withdrawal_method_id\x18\x08 \x01(\tR\x12withdrawalMethodId\x12%\n\x0efailure_reason\x18\t \x01(\tR\rfailureReason\x12\\\n\x13charged_back_amount\x18\n \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x11chargedBackAmount\x12\'\n\x0ftransaction_ids\x18\x0b \x03(\tR\x0etransactionIds\x12;\n\x0bcreate_time\x18\x0c \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bupdate_time\x18\r \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime*\xb5\x01\n\x10ReservationState\x12!\n\x1dRESERVATION_STATE_UNSPECIFIED\x10\x00\x12\x1d\n\x19RESERVATION_STATE_PENDING\x10\x01\x12\x1f\n\x1bRESERVATION_STATE_COMMITTED\x10\x02\x12\x1f\n\x1bRESERVATION_STATE_CANCELLED\x10\x03\x12\x1d\n\x19RESERVATION_STATE_EXPIRED\x10\x04*\x8b\x01\n\x0cCreditReason\x12\x1d\n\x19CREDIT_REASON_UNSPECIFIED\x10\x00\x12\x19\n\x15CREDIT_REASON_BET_WIN\x10\x01\x12\x1c\n\x18CREDIT_REASON_BET_REFUND\x10\x02\x12#\n\x1fCREDIT_REASON_MANUAL_ADJUSTMENT\x10\x03*\x94\x03\n\x0fTransactionType\x12 \n\x1cTRANSACTION_TYPE_UNSPECIFIED\x10\x00\x12\x1c\n\x18TRANSACTION_TYPE_DEPOSIT\x10\x01\x12\x1f\n\x1bTRANSACTION_TYPE_WITHDRAWAL\x10\x02\x12%\n!TRANSACTION_TYPE_RESERVATION_HOLD\x10\x03\x12(\n$TRANSACTION_TYPE_RESERVATION_RELEASE\x10\x04\x12\'\n#TRANSACTION_TYPE_RESERVATION_COMMIT\x10\x05\x12\x1b\n\x17TRANSACTION_TYPE_CREDIT\x10\x06\x12\x1f\n\x1bTRANSACTION_TYPE_COMMISSION\x10\x07\x12\x1d\n\x19TRANSACTION_TYPE_REVERSAL\x10\x08\x12\x1f\n\x1bTRANSACTION_TYPE_CHARGEBACK\x10\t\x12(\n$TRANSACTION_TYPE_BET_VOID_ADJUSTMENT\x10\n*|\n\x13AdjustmentDirection\x12$\n ADJUSTMENT_DIRECTION_UNSPECIFIED\x10\x00\x12\x1f\n\x1bADJUSTMENT_DIRECTION_CREDIT\x10\x01\x12\x1e\n\x1aADJUSTMENT_DIRECTION_DEBIT\x10\x02*b\n\x0bPaymentKind\x12\x1c\n\x18PAYMENT_KIND_UNSPECIFIED\x10\x00\x12\x18\n\x14PAYMENT_KIND_DEPOSIT\x10\x01\x12\x1b\n\x17PAYMENT_KIND_WITHDRAWAL\x10\x02*\x7f\n\x0cPaymentState\x12\x1d\n\x19PAYMENT_STATE_UNSPECIFIED\x10\x00\x12\x19\n\x15PAYMENT_STATE_PENDING\x10\x01\x12\x1b\n\x17PAYMENT_STATE_SUCCEEDED\x10\x02\x12\x18\n\x14PAYMENT_STATE_FAILED\x10\x03*g\n\x0cFreezeReason\x12\x1d\n\x19FREEZE_REASON_UNSPECIFIED\x10\x00\x12\x1c\n\x18FREEZE_REASON_RISK_ALERT\x10\x01\x12\x1a\n\x16FREEZE_REASON_OPERATOR\x10\x02Bg\n\x18com.tam.protos.wallet.v1B\x14WalletResourcesProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'wallet.v1.wallet_resources_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.wallet.v1B\x14WalletResourcesProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1'
    _globals['_RESERVATION'].fields_by_name['amount']._loaded_options = None
    _globals['_RESERVATION'].fields_by_name['amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RESERVATION'].fields_by_name['currency']._loaded_options = None
    _globals['_RESERVATION'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_TRANSACTION'].fields_by_name['amount']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_TRANSACTION'].fields_by_name['currency']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_TRANSACTION'].fields_by_name['balance_before']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['balance_before']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_TRANSACTION'].fields_by_name['balance_after']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['balance_after']._serialized_options = b"\xbaH+r)2'^-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_TRANSACTION'].fields_by_name['available_before']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['available_before']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_TRANSACTION'].fields_by_name['available_after']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['available_after']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_PAYMENT'].fields_by_name['amount']._loaded_options = None
    _globals['_PAYMENT'].fields_by_name['amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_PAYMENT'].fields_by_name['currency']._loaded_options = None
    _globals['_PAYMENT'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_PAYMENT'].fields_by_name['charged_back_amount']._loaded_options = None
    _globals['_PAYMENT'].fields_by_name['charged_back_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_RESERVATIONSTATE']._serialized_start = 2374
    _globals['_RESERVATIONSTATE']._serialized_end = 2555
    _globals['_CREDITREASON']._serialized_start = 2558
    _globals['_CREDITREASON']._serialized_end = 2697
    _globals['_TRANSACTIONTYPE']._serialized_start = 2700
    _globals['_TRANSACTIONTYPE']._serialized_end = 3104
    _globals['_ADJUSTMENTDIRECTION']._serialized_start = 3106
    _globals['_ADJUSTMENTDIRECTION']._serialized_end = 3230
    _globals['_PAYMENTKIND']._serialized_start = 3232
    _globals['_PAYMENTKIND']._serialized_end = 3330
    _globals['_PAYMENTSTATE']._serialized_start = 3332
    _globals['_PAYMENTSTATE']._serialized_end = 3459
    _globals['_FREEZEREASON']._serialized_start = 3461
    _globals['_FREEZEREASON']._serialized_end = 3564
    _globals['_RESERVATION']._serialized_start = 110
    _globals['_RESERVATION']._serialized_end = 563
    _globals['_TRANSACTION']._serialized_start = 566
    _globals['_TRANSACTION']._serialized_end = 1704
    _globals['_PAYMENT']._serialized_start = 1707
    _globals['_PAYMENT']._serialized_end = 2371