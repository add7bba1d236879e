"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'order/v1/order_events.proto')
_sym_db = _symbol_database.Default()
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from ...order.v1 import order_book_service_pb2 as order_dot_v1_dot_order__book__service__pb2
from ...order.v1 import order_validator_service_pb2 as order_dot_v1_dot_order__validator__service__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1border/v1/order_events.proto\x12\x08order.v1\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a!order/v1/order_book_service.proto\x1a&order/v1/order_validator_service.proto"\xbb\x01\n\x0eBetPlacedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet:R\xb2\xbb\x18N\n\x17tam.order.v1.bet.placed\x12\norder-book\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet"\xb2\x01\n\x11BetConfirmedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet:F\xb2\xbb\x18B\n\x1atam.order.v1.bet.confirmed\x12\norder-book\x1a\x11reporting-service \x02*\x03bet"\xd9\x01\n\x11BetCancelledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet\x12\x16\n\x06reason\x18\x03 \x01(\tR\x06reason:U\xb2\xbb\x18Q\n\x1atam.order.v1.bet.cancelled\x12\norder-book\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet"\x8c\x02\n\x0fBetSettledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x127\n\nsettlement\x18\x02 \x01(\x0b2\x17.order.v1.BetSettlementR\nsettlement\x12\x1f\n\x03bet\x18\x03 \x01(\x0b2\r.order.v1.BetR\x03bet:i\xb2\xbb\x18e\n\x18tam.order.v1.bet.settled\x12\norder-book\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet"\xd9\x01\n\x13OrderCompletedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12%\n\x05order\x18\x02 \x01(\x0b2\x0f.order.v1.OrderR\x05order:e\xb2\xbb\x18a\n\x1ctam.order.v1.order.completed\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order"\xdd\x01\n\x15OrderCompensatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12%\n\x05order\x18\x02 \x01(\x0b2\x0f.order.v1.OrderR\x05order:g\xb2\xbb\x18c\n\x1etam.order.v1.order.compensated\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05orderB`\n\x17com.tam.protos.order.v1B\x10OrderEventsProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'order.v1.order_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x17com.tam.protos.order.v1B\x10OrderEventsProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1'
    _globals['_BETPLACEDEVENT']._loaded_options = None
    _globals['_BETPLACEDEVENT']._serialized_options = b'\xb2\xbb\x18N\n\x17tam.order.v1.bet.placed\x12\norder-book\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet'
    _globals['_BETCONFIRMEDEVENT']._loaded_options = None
    _globals['_BETCONFIRMEDEVENT']._serialized_options = b'\xb2\xbb\x18B\n\x1atam.order.v1.bet.confirmed\x12\norder-book\x1a\x11reporting-service \x02*\x03bet'
    _globals['_BETCANCELLEDEVENT']._loaded_options = None
    _globals['_BETCANCELLEDEVENT']._serialized_options = b'\xb2\xbb\x18Q\n\x1atam.order.v1.bet.cancelled\x12\norder-book\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet'
    _globals['_BETSETTLEDEVENT']._loaded_options = None
    _globals['_BETSETTLEDEVENT']._serialized_options = b'\xb2\xbb\x18e\n\x18tam.order.v1.bet.settled\x12\norder-book\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet'
    _globals['_ORDERCOMPLETEDEVENT']._loaded_options = None
    _globals['_ORDERCOMPLETEDEVENT']._serialized_options = b'\xb2\xbb\x18a\n\x1ctam.order.v1.order.completed\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order'
    _globals['_ORDERCOMPENSATEDEVENT']._loaded_options = None
    _globals['_ORDERCOMPENSATEDEVENT']._serialized_options = b'\xb2\xbb\x18c\n\x1etam.order.v1.order.compensated\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order'
    _globals['_BETPLACEDEVENT']._serialized_start = 169
    _globals['_BETPLACEDEVENT']._serialized_end = 356
    _globals['_BETCONFIRMEDEVENT']._serialized_start = 359
    _globals['_BETCONFIRMEDEVENT']._serialized_end = 537
    _globals['_BETCANCELLEDEVENT']._serialized_start = 540
    _globals['_BETCANCELLEDEVENT']._serialized_end = 757
    _globals['_BETSETTLEDEVENT']._serialized_start = 760
    _globals['_BETSETTLEDEVENT']._serialized_end = 1028
    _globals['_ORDERCOMPLETEDEVENT']._serialized_start = 1031
    _globals['_ORDERCOMPLETEDEVENT']._serialized_end = 1248
    _globals['_ORDERCOMPENSATEDEVENT']._serialized_start = 1251
    _globals['_ORDERCOMPENSATEDEVENT']._serialized_end = 1472