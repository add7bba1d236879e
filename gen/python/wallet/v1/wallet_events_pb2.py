"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'wallet/v1/wallet_events.proto')
_sym_db = _symbol_database.Default()
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from ...wallet.v1 import wallet_service_pb2 as wallet_dot_v1_dot_wallet__service__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1dwallet/v1/wallet_events.proto\x12\twallet.v1\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a\x1ewallet/v1/wallet_service.proto"\xe4\x01\n\x17ReservationCreatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0breservation\x18\x02 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation:Y\xb2\xbb\x18U\n!tam.wallet.v1.reservation.created\x12\x0ewallet-service\x1a\x11reporting-service \x01*\x0breservation"\xe8\x01\n\x19ReservationCommittedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0breservation\x18\x02 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation:[\xb2\xbb\x18W\n#tam.wallet.v1.reservation.committed\x12\x0ewallet-service\x1a\x11reporting-service \x01*\x0breservation"\xe6\x01\n\x18ReservationReleasedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0breservation\x18\x02 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation:Z\xb2\xbb\x18V\n"tam.wallet.v1.reservation.released\x12\x0ewallet-service\x1a\x11reporting-service \x01*\x0breservation"\x86\x02\n\x18TransactionRecordedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x128\n\x0btransaction\x18\x02 \x01(\x0b2\x16.wallet.v1.TransactionR\x0btransaction:z\xb2\xbb\x18v\n"tam.wallet.v1.transaction.recorded\x12\x0ewallet-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x06walletBd\n\x18com.tam.protos.wallet.v1B\x11WalletEventsProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'wallet.v1.wallet_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.wallet.v1B\x11WalletEventsProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1'
    _globals['_RESERVATIONCREATEDEVENT']._loaded_options = None
    _globals['_RESERVATIONCREATEDEVENT']._serialized_options = b'\xb2\xbb\x18U\n!tam.wallet.v1.reservation.created\x12\x0ewallet-service\x1a\x11reporting-service \x01*\x0breservation'
    _globals['_RESERVATIONCOMMITTEDEVENT']._loaded_options = None
    _globals['_RESERVATIONCOMMITTEDEVENT']._serialized_options = b'\xb2\xbb\x18W\n#tam.wallet.v1.reservation.committed\x12\x0ewallet-service\x1a\x11reporting-service \x01*\x0breservation'
    _globals['_RESERVATIONRELEASEDEVENT']._loaded_options = None
    _globals['_RESERVATIONRELEASEDEVENT']._serialized_options = b'\xb2\xbb\x18V\n"tam.wallet.v1.reservation.released\x12\x0ewallet-service\x1a\x11reporting-service \x01*\x0breservation'
    _globals['_TRANSACTIONRECORDEDEVENT']._loaded_options = None
    _globals['_TRANSACTIONRECORDEDEVENT']._serialized_options = b'\xb2\xbb\x18v\n"tam.wallet.v1.transaction.recorded\x12\x0ewallet-service\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x06wallet'
    _globals['_RESERVATIONCREATEDEVENT']._serialized_start = 129
    _globals['_RESERVATIONCREATEDEVENT']._serialized_end = 357
    _globals['_RESERVATIONCOMMITTEDEVENT']._serialized_start = 360
    _globals['_RESERVATIONCOMMITTEDEVENT']._serialized_end = 592
    _globals['_RESERVATIONRELEASEDEVENT']._serialized_start = 595
    _globals['_RESERVATIONRELEASEDEVENT']._serialized_end = 825
    _globals['_TRANSACTIONRECORDEDEVENT']._serialized_start = 828
    _globals['_TRANSACTIONRECORDEDEVENT']._serialized_end = 1090