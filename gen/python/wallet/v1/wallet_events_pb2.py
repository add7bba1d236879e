"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'wallet/v1/wallet_events.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...wallet.v1 import wallet_resources_pb2 as wallet_dot_v1_dot_wallet__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1dwallet/v1/wallet_events.proto\x12\twallet.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a wallet/v1/wallet_resources.proto"\xe4\x01\n\x17ReservationCreatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0breservation\x18\x02 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation:Y\xb2\xbb\x18U\n!tam.wallet.v1.reservation.created\x12\x0ewallet-service\x1a\x11reporting-service \x02*\x0breservation"\xe8\x01\n\x19ReservationCommittedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0breservation\x18\x02 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation:[\xb2\xbb\x18W\n#tam.wallet.v1.reservation.committed\x12\x0ewallet-service\x1a\x11reporting-service \x02*\x0breservation"\xe6\x01\n\x18ReservationReleasedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0breservation\x18\x02 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation:Z\xb2\xbb\x18V\n"tam.wallet.v1.reservation.released\x12\x0ewallet-service\x1a\x11reporting-service \x02*\x0breservation"\x86\x02\n\x18TransactionRecordedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0btransaction\x18\x02 \x01(\x0b2\x16.wallet.v1.TransactionR\x0btransaction:z\xb2\xbb\x18v\n"tam.wallet.v1.transaction.recorded\x12\x0ewallet-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x06wallet"\xb0\x02\n\x11WalletOpenedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x127\n\topen_time\x18\x04 \x01(\x0b2\x1a.google.protobuf.TimestampR\x08openTime:d\xb2\xbb\x18`\n\x1btam.wallet.v1.wallet.opened\x12\x0ewallet-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\rwallet_status"\xe2\x02\n\x11WalletFrozenEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12/\n\x06reason\x18\x03 \x01(\x0e2\x17.wallet.v1.FreezeReasonR\x06reason\x12"\n\ractor_user_id\x18\x04 \x01(\tR\x0bactorUserId\x12\x12\n\x04note\x18\x05 \x01(\tR\x04note\x12;\n\x0bfreeze_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\nfreezeTime:X\xb2\xbb\x18T\n\x1btam.wallet.v1.wallet.frozen\x12\x0ewallet-service\x1a\x14notification-service \x02*\rwallet_status"\xfb\x02\n\x13WalletUnfrozenEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12@\n\x0fprevious_reason\x18\x03 \x01(\x0e2\x17.wallet.v1.FreezeReasonR\x0epreviousReason\x12"\n\ractor_user_id\x18\x04 \x01(\tR\x0bactorUserId\x12\x12\n\x04note\x18\x05 \x01(\tR\x04note\x12?\n\runfreeze_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0cunfreezeTime:Z\xb2\xbb\x18V\n\x1dtam.wallet.v1.wallet.unfrozen\x12\x0ewallet-service\x1a\x14notification-service \x02*\rwallet_status"\xf1\x01\n\x13PaymentUpdatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12,\n\x07payment\x18\x02 \x01(\x0b2\x12.wallet.v1.PaymentR\x07payment:v\xb2\xbb\x18r\n\x1dtam.wallet.v1.payment.updated\x12\x0ewallet-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x01*\x07paymentBd\n\x18com.tam.protos.wallet.v1B\x11WalletEventsProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'wallet.v1.wallet_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.wallet.v1B\x11WalletEventsProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1'
    _globals['_RESERVATIONCREATEDEVENT']._loaded_options = None
    _globals['_RESERVATIONCREATEDEVENT']._serialized_options = b'\xb2\xbb\x18U\n!tam.wallet.v1.reservation.created\x12\x0ewallet-service\x1a\x11reporting-service \x02*\x0breservation'
    _globals['_RESERVATIONCOMMITTEDEVENT']._loaded_options = None
    _globals['_RESERVATIONCOMMITTEDEVENT']._serialized_options = b'\xb2\xbb\x18W\n#tam.wallet.v1.reservation.committed\x12\x0ewallet-service\x1a\x11reporting-service \x02*\x0breservation'
    _globals['_RESERVATIONRELEASEDEVENT']._loaded_options = None
    _globals['_RESERVATIONRELEASEDEVENT']._serialized_options = b'\xb2\xbb\x18V\n"tam.wallet.v1.reservation.released\x12\x0ewallet-service\x1a\x11reporting-service \x02*\x0breservation'
    _globals['_TRANSACTIONRECORDEDEVENT']._loaded_options = None
    _globals['_TRANSACTIONRECORDEDEVENT']._serialized_options = b'\xb2\xbb\x18v\n"tam.wallet.v1.transaction.recorded\x12\x0ewallet-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x06wallet'
    _globals['_WALLETOPENEDEVENT'].fields_by_name['currency']._loaded_options = None
    _globals['_WALLETOPENEDEVENT'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_WALLETOPENEDEVENT']._loaded_options = None
    _globals['_WALLETOPENEDEVENT']._serialized_options = b'\xb2\xbb\x18`\n\x1btam.wallet.v1.wallet.opened\x12\x0ewallet-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\rwallet_status'
    _globals['_WALLETFROZENEVENT']._loaded_options = None
    _globals['_WALLETFROZENEVENT']._serialized_options = b'\xb2\xbb\x18T\n\x1btam.wallet.v1.wallet.frozen\x12\x0ewallet-service\x1a\x14notification-service \x02*\rwallet_status'
    _globals['_WALLETUNFROZENEVENT']._loaded_options = None
    _globals['_WALLETUNFROZENEVENT']._serialized_options = b'\xb2\xbb\x18V\n\x1dtam.wallet.v1.wallet.unfrozen\x12\x0ewallet-service\x1a\x14notification-service \x02*\rwallet_status'
    _globals['_PAYMENTUPDATEDEVENT']._loaded_options = None
    _globals['_PAYMENTUPDATEDEVENT']._serialized_options = b'\xb2\xbb\x18r\n\x1dtam.wallet.v1.payment.updated\x12\x0ewallet-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x01*\x07payment'
    _globals['_RESERVATIONCREATEDEVENT']._serialized_start = 193
    _globals['_RESERVATIONCREATEDEVENT']._serialized_end = 421
    _globals['_RESERVATIONCOMMITTEDEVENT']._serialized_start = 424
    _globals['_RESERVATIONCOMMITTEDEVENT']._serialized_end = 656
    _globals['_RESERVATIONRELEASEDEVENT']._serialized_start = 659
    _globals['_RESERVATIONRELEASEDEVENT']._serialized_end = 889
    _globals['_TRANSACTIONRECORDEDEVENT']._serialized_start = 892
    _globals['_TRANSACTIONRECORDEDEVENT']._serialized_end = 1154
    _globals['_WALLETOPENEDEVENT']._serialized_start = 1157
    _globals['_WALLETOPENEDEVENT']._serialized_end = 1461
    _globals['_WALLETFROZENEVENT']._serialized_start = 1464
    _globals['_WALLETFROZENEVENT']._serialized_end = 1818
    _globals['_WALLETUNFROZENEVENT']._serialized_start = 1821
    _globals['_WALLETUNFROZENEVENT']._serialized_end = 2200
    _globals['_PAYMENTUPDATEDEVENT']._serialized_start = 2203
    _globals['_PAYMENTUPDATEDEVENT']._serialized_end = 2444