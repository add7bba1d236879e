"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'order/v1/order_events.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from ...order.v1 import order_resources_pb2 as order_dot_v1_dot_order__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1border/v1/order_events.proto\x12\x08order.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a\x1eorder/v1/order_resources.proto"\xbb\x01\n\x0eBetPlacedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet:R\xb2\xbb\x18N\n\x17tam.order.v1.bet.placed\x12\norder-book\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet"\xb2\x01\n\x11BetConfirmedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet:F\xb2\xbb\x18B\n\x1atam.order.v1.bet.confirmed\x12\norder-book\x1a\x11reporting-service \x02*\x03bet"\xd9\x01\n\x11BetCancelledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet\x12\x16\n\x06reason\x18\x03 \x01(\tR\x06reason:U\xb2\xbb\x18Q\n\x1atam.order.v1.bet.cancelled\x12\norder-book\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet"\x9d\n\n\x15BetStakeReleasedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x1f\n\x03bet\x18\x02 \x01(\x0b2\r.order.v1.BetR\x03bet\x124\n\x06reason\x18\x03 \x01(\x0e2\x1c.order.v1.StakeReleaseReasonR\x06reason\x12%\n\x0einstruction_id\x18\x04 \x01(\tR\rinstructionId\x12S\n\x0estake_released\x18\x05 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\rstakeReleased\x12U\n\x0frefunded_amount\x18\x06 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$R\x0erefundedAmount\x124\n\x16refund_idempotency_key\x18\x07 \x01(\tR\x14refundIdempotencyKey\x12\xc6\x01\n\tnew_price\x18\x08 \x01(\tB\xa8\x01\xbaH\xa4\x01r\x9e\x012\x9b\x01^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$\xd8\x01\x01R\x08newPrice\x12-\n\x08currency\x18\t \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency:\xf5\x04\xbaH\x95\x04\x1a\x92\x04\n$bet_stake_released_event.money_scale\x12Hevery amount has exactly the currency\'s minor units (common.v1.Currency)\x1a\x9f\x03this.currency in [\'EUR\', \'GBP\', \'USD\'] ? (this.stake_released.matches(\'^[0-9]+[.][0-9]{2}$\') && this.refunded_amount.matches(\'^[0-9]+[.][0-9]{2}$\')) : this.currency in [\'BHD\', \'KWD\'] ? (this.stake_released.matches(\'^[0-9]+[.][0-9]{3}$\') && this.refunded_amount.matches(\'^[0-9]+[.][0-9]{3}$\')) : this.currency in [\'JPY\'] ? (this.stake_released.matches(\'^[0-9]+$\') && this.refunded_amount.matches(\'^[0-9]+$\')) : false\xb2\xbb\x18X\n\x1ftam.order.v1.bet_stake.released\x12\norder-book\x1a\x0forder-validator\x1a\x11reporting-service \x02*\x03bet"\xf6\x01\n\x10FillCreatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12"\n\x04fill\x18\x02 \x01(\x0b2\x0e.order.v1.FillR\x04fill\x12 \n\x0cback_user_id\x18\x03 \x01(\tR\nbackUserId\x12\x1e\n\x0blay_user_id\x18\x04 \x01(\tR\tlayUserId:F\xb2\xbb\x18B\n\x19tam.order.v1.fill.created\x12\norder-book\x1a\x11reporting-service \x02*\x04fill"\xf4\x01\n\x0fFillVoidedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12"\n\x04fill\x18\x02 \x01(\x0b2\x0e.order.v1.FillR\x04fill\x12 \n\x0cback_user_id\x18\x03 \x01(\tR\nbackUserId\x12\x1e\n\x0blay_user_id\x18\x04 \x01(\tR\tlayUserId:E\xb2\xbb\x18A\n\x18tam.order.v1.fill.voided\x12\norder-book\x1a\x11reporting-service \x02*\x04fill"\xad\x01\n\x12MarketUpdatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12(\n\x06market\x18\x02 \x01(\x0b2\x10.order.v1.MarketR\x06market:7\xb2\xbb\x183\n\x1btam.order.v1.market.updated\x12\norder-book \x01*\x06market"\x8c\x02\n\x0fBetSettledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x127\n\nsettlement\x18\x02 \x01(\x0b2\x17.order.v1.BetSettlementR\nsettlement\x12\x1f\n\x03bet\x18\x03 \x01(\x0b2\r.order.v1.BetR\x03bet:i\xb2\xbb\x18e\n\x18tam.order.v1.bet.settled\x12\norder-book\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet"\xcb\x02\n\x11BetResettledEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x127\n\nsettlement\x18\x02 \x01(\x0b2\x17.order.v1.BetSettlementR\nsettlement\x12H\n\x13previous_settlement\x18\x03 \x01(\x0b2\x17.order.v1.BetSettlementR\x12previousSettlement\x12\x1f\n\x03bet\x18\x04 \x01(\x0b2\r.order.v1.BetR\x03bet:\\\xb2\xbb\x18X\n\x1atam.order.v1.bet.resettled\x12\norder-book\x1a\x14notification-service\x1a\x11reporting-service \x02*\x03bet"\xd6\x01\n\x16CommissionChargedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x122\n\x06charge\x18\x02 \x01(\x0b2\x1a.order.v1.CommissionChargeR\x06charge:R\xb2\xbb\x18N\n\x1ftam.order.v1.commission.charged\x12\norder-book\x1a\x11reporting-service \x02*\ncommission"\xd9\x01\n\x13OrderCompletedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12%\n\x05order\x18\x02 \x01(\x0b2\x0f.order.v1.OrderR\x05order:e\xb2\xbb\x18a\n\x1ctam.order.v1.order.completed\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order"\xdd\x01\n\x15OrderCompensatedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12%\n\x05order\x18\x02 \x01(\x0b2\x0f.order.v1.OrderR\x05order:g\xb2\xbb\x18c\n\x1etam.order.v1.order.compensated\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order"\xd3\x01\n\x10OrderFailedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12%\n\x05order\x18\x02 \x01(\x0b2\x0f.order.v1.OrderR\x05order:b\xb2\xbb\x18^\n\x19tam.order.v1.order.failed\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order"\xd7\x01\n\x12OrderResolvedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12%\n\x05order\x18\x02 \x01(\x0b2\x0f.order.v1.OrderR\x05order:d\xb2\xbb\x18`\n\x1btam.order.v1.order.resolved\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05orderB`\n\x17com.tam.protos.order.v1B\x10OrderEventsProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1b\x06proto3')
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
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['stake_released']._loaded_options = None
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['stake_released']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['refunded_amount']._loaded_options = None
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['refunded_amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,3})?$"
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['new_price']._loaded_options = None
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['new_price']._serialized_options = b'\xbaH\xa4\x01r\x9e\x012\x9b\x01^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$\xd8\x01\x01'
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['currency']._loaded_options = None
    _globals['_BETSTAKERELEASEDEVENT'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_BETSTAKERELEASEDEVENT']._loaded_options = None
    _globals['_BETSTAKERELEASEDEVENT']._serialized_options = b"\xbaH\x95\x04\x1a\x92\x04\n$bet_stake_released_event.money_scale\x12Hevery amount has exactly the currency's minor units (common.v1.Currency)\x1a\x9f\x03this.currency in ['EUR', 'GBP', 'USD'] ? (this.stake_released.matches('^[0-9]+[.][0-9]{2}$') && this.refunded_amount.matches('^[0-9]+[.][0-9]{2}$')) : this.currency in ['BHD', 'KWD'] ? (this.stake_released.matches('^[0-9]+[.][0-9]{3}$') && this.refunded_amount.matches('^[0-9]+[.][0-9]{3}$')) : this.currency in ['JPY'] ? (this.stake_released.matches('^[0-9]+$') && this.refunded_amount.matches('^[0-9]+$')) : false\xb2\xbb\x18X\n\x1ftam.order.v1.bet_stake.released\x12\norder-book\x1a\x0forder-validator\x1a\x11reporting-service \x02*\x03bet"
    _globals['_FILLCREATEDEVENT']._loaded_options = None
    _globals['_FILLCREATEDEVENT']._serialized_options = b'\xb2\xbb\x18B\n\x19tam.order.v1.fill.created\x12\norder-book\x1a\x11reporting-service \x02*\x04fill'
    _globals['_FILLVOIDEDEVENT']._loaded_options = None
    _globals['_FILLVOIDEDEVENT']._serialized_options = b'\xb2\xbb\x18A\n\x18tam.order.v1.fill.voided\x12\norder-book\x1a\x11reporting-service \x02*\x04fill'
    _globals['_MARKETUPDATEDEVENT']._loaded_options = None
    _globals['_MARKETUPDATEDEVENT']._serialized_options = b'\xb2\xbb\x183\n\x1btam.order.v1.market.updated\x12\norder-book \x01*\x06market'
    _globals['_BETSETTLEDEVENT']._loaded_options = None
    _globals['_BETSETTLEDEVENT']._serialized_options = b'\xb2\xbb\x18e\n\x18tam.order.v1.bet.settled\x12\norder-book\x1a\x14notification-service\x1a\x11reporting-service\x1a\rrisk-analyzer \x02*\x03bet'
    _globals['_BETRESETTLEDEVENT']._loaded_options = None
    _globals['_BETRESETTLEDEVENT']._serialized_options = b'\xb2\xbb\x18X\n\x1atam.order.v1.bet.resettled\x12\norder-book\x1a\x14notification-service\x1a\x11reporting-service \x02*\x03bet'
    _globals['_COMMISSIONCHARGEDEVENT']._loaded_options = None
    _globals['_COMMISSIONCHARGEDEVENT']._serialized_options = b'\xb2\xbb\x18N\n\x1ftam.order.v1.commission.charged\x12\norder-book\x1a\x11reporting-service \x02*\ncommission'
    _globals['_ORDERCOMPLETEDEVENT']._loaded_options = None
    _globals['_ORDERCOMPLETEDEVENT']._serialized_options = b'\xb2\xbb\x18a\n\x1ctam.order.v1.order.completed\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order'
    _globals['_ORDERCOMPENSATEDEVENT']._loaded_options = None
    _globals['_ORDERCOMPENSATEDEVENT']._serialized_options = b'\xb2\xbb\x18c\n\x1etam.order.v1.order.compensated\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order'
    _globals['_ORDERFAILEDEVENT']._loaded_options = None
    _globals['_ORDERFAILEDEVENT']._serialized_options = b'\xb2\xbb\x18^\n\x19tam.order.v1.order.failed\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order'
    _globals['_ORDERRESOLVEDEVENT']._loaded_options = None
    _globals['_ORDERRESOLVEDEVENT']._serialized_options = b'\xb2\xbb\x18`\n\x1btam.order.v1.order.resolved\x12\x0forder-validator\x1a\x14notification-service\x1a\x11reporting-service \x02*\x05order'
    _globals['_BETPLACEDEVENT']._serialized_start = 155
    _globals['_BETPLACEDEVENT']._serialized_end = 342
    _globals['_BETCONFIRMEDEVENT']._serialized_start = 345
    _globals['_BETCONFIRMEDEVENT']._serialized_end = 523
    _globals['_BETCANCELLEDEVENT']._serialized_start = 526
    _globals['_BETCANCELLEDEVENT']._serialized_end = 743
    _globals['_BETSTAKERELEASEDEVENT']._serialized_start = 746
    _globals['_BETSTAKERELEASEDEVENT']._serialized_end = 2055
    _globals['_FILLCREATEDEVENT']._serialized_start = 2058
    _globals['_FILLCREATEDEVENT']._serialized_end = 2304
    _globals['_FILLVOIDEDEVENT']._serialized_start = 2307
    _globals['_FILLVOIDEDEVENT']._serialized_end = 2551
    _globals['_MARKETUPDATEDEVENT']._serialized_start = 2554
    _globals['_MARKETUPDATEDEVENT']._serialized_end = 2727
    _globals['_BETSETTLEDEVENT']._serialized_start = 2730
    _globals['_BETSETTLEDEVENT']._serialized_end = 2998
    _globals['_BETRESETTLEDEVENT']._serialized_start = 3001
    _globals['_BETRESETTLEDEVENT']._serialized_end = 3332
    _globals['_COMMISSIONCHARGEDEVENT']._serialized_start = 3335
    _globals['_COMMISSIONCHARGEDEVENT']._serialized_end = 3549
    _globals['_ORDERCOMPLETEDEVENT']._serialized_start = 3552
    _globals['_ORDERCOMPLETEDEVENT']._serialized_end = 3769
    _globals['_ORDERCOMPENSATEDEVENT']._serialized_start = 3772
    _globals['_ORDERCOMPENSATEDEVENT']._serialized_end = 3993
    _globals['_ORDERFAILEDEVENT']._serialized_start = 3996
    _globals['_ORDERFAILEDEVENT']._serialized_end = 4207
    _globals['_ORDERRESOLVEDEVENT']._serialized_start = 4210
    _globals['_ORDERRESOLVEDEVENT']._serialized_end = 4425