"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'order/v1/order_validator_service.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import betting_pb2 as common_dot_v1_dot_betting__pb2
from google.rpc import status_pb2 as google_dot_rpc_dot_status__pb2
from ...order.v1 import order_resources_pb2 as order_dot_v1_dot_order__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n&order/v1/order_validator_service.proto\x12\x08order.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x17common/v1/betting.proto\x1a\x17google/rpc/status.proto\x1a\x1eorder/v1/order_resources.proto"\x9e\n\n\x11PlaceOrderRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12F\n\tmarket_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x08marketId\x12L\n\x0cselection_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0bselectionId\x122\n\x04side\x18\x04 \x01(\x0e2\x12.common.v1.BetSideB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04side\x12\xbe\x01\n\x05price\x18\x05 \x01(\tB\xa7\x01\xbaH\xa3\x01r\xa0\x01\x18 2\x9b\x01^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$R\x05price\x12l\n\x05stake\x18\x06 \x01(\tBV\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x05stake\x12/\n\x08currency\x18\x07 \x01(\tB\x13\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$R\x08currency\x12R\n\x0fidempotency_key\x18\x08 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12P\n\x10persistence_type\x18\t \x01(\x0e2\x19.order.v1.PersistenceTypeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x0fpersistenceType\x12.\n\x0emarket_version\x18\n \x01(\x03B\x07\xbaH\x04"\x02(\x00R\rmarketVersion:\xc4\x03\xbaH\xc0\x03\x1a\xbd\x03\n\x17place_order.money_scale\x12ocurrency must be one of common.v1.Currency and every amount may have at most its minor units as fraction digits\x1a\xb0\x02this.currency in [\'EUR\', \'GBP\', \'USD\'] ? (this.stake == \'\' || this.stake.matches(\'^[0-9]+([.][0-9]{1,2})?$\')) : this.currency in [\'BHD\', \'KWD\'] ? (this.stake == \'\' || this.stake.matches(\'^[0-9]+([.][0-9]{1,3})?$\')) : this.currency in [\'JPY\'] ? (this.stake == \'\' || this.stake.matches(\'^[0-9]+$\')) : false"t\n\x12PlaceOrderResponse\x12\x19\n\x08order_id\x18\x01 \x01(\tR\x07orderId\x12\x17\n\x07saga_id\x18\x02 \x01(\tR\x06sagaId\x12*\n\x05state\x18\x03 \x01(\x0e2\x14.order.v1.OrderStateR\x05state"\x9e\x08\n\x15PlaceOrderInstruction\x12L\n\x0cselection_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0bselectionId\x122\n\x04side\x18\x02 \x01(\x0e2\x12.common.v1.BetSideB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04side\x12\xbe\x01\n\x05price\x18\x03 \x01(\tB\xa7\x01\xbaH\xa3\x01r\xa0\x01\x18 2\x9b\x01^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$R\x05price\x12l\n\x05stake\x18\x04 \x01(\tBV\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x05stake\x12/\n\x08currency\x18\x05 \x01(\tB\x13\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$R\x08currency\x12P\n\x10persistence_type\x18\x06 \x01(\x0e2\x19.order.v1.PersistenceTypeB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x0fpersistenceType:\xd0\x03\xbaH\xcc\x03\x1a\xc9\x03\n#place_order_instruction.money_scale\x12ocurrency must be one of common.v1.Currency and every amount may have at most its minor units as fraction digits\x1a\xb0\x02this.currency in [\'EUR\', \'GBP\', \'USD\'] ? (this.stake == \'\' || this.stake.matches(\'^[0-9]+([.][0-9]{1,2})?$\')) : this.currency in [\'BHD\', \'KWD\'] ? (this.stake == \'\' || this.stake.matches(\'^[0-9]+([.][0-9]{1,3})?$\')) : this.currency in [\'JPY\'] ? (this.stake == \'\' || this.stake.matches(\'^[0-9]+$\')) : false"\xf4\x02\n\x12PlaceOrdersRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12F\n\tmarket_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x08marketId\x12O\n\x0cinstructions\x18\x03 \x03(\x0b2\x1f.order.v1.PlaceOrderInstructionB\n\xbaH\x07\x92\x01\x04\x08\x01\x10<R\x0cinstructions\x12.\n\x0emarket_version\x18\x04 \x01(\x03B\x07\xbaH\x04"\x02(\x00R\rmarketVersion\x12Q\n\x0fidempotency_key\x18\x05 \x01(\tB(\xbaH%r#\x10\x01\x18x2\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"\xdf\x01\n\x10PlaceOrderResult\x12\x18\n\x07success\x18\x01 \x01(\x08R\x07success\x12\x19\n\x08order_id\x18\x02 \x01(\tR\x07orderId\x12\x17\n\x07saga_id\x18\x03 \x01(\tR\x06sagaId\x12*\n\x05state\x18\x04 \x01(\x0e2\x14.order.v1.OrderStateR\x05state\x12(\n\x05error\x18\x07 \x01(\x0b2\x12.google.rpc.StatusR\x05errorJ\x04\x08\x05\x10\x06J\x04\x08\x06\x10\x07R\x0cerror_reasonR\rerror_message"K\n\x13PlaceOrdersResponse\x124\n\x07results\x18\x01 \x03(\x0b2\x1a.order.v1.PlaceOrderResultR\x07results"W\n\x0fGetOrderRequest\x12D\n\x08order_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x07orderId"9\n\x10GetOrderResponse\x12%\n\x05order\x18\x01 \x01(\x0b2\x0f.order.v1.OrderR\x05order"\x96\x02\n\x13ResolveOrderRequest\x12D\n\x08order_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x07orderId\x12E\n\nresolution\x18\x02 \x01(\x0e2\x19.order.v1.OrderResolutionB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\nresolution\x12\x1e\n\x04note\x18\x03 \x01(\tB\n\xbaH\x07r\x05\x10\x01\x18\x80\x08R\x04note\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"=\n\x14ResolveOrderResponse\x12%\n\x05order\x18\x01 \x01(\x0b2\x0f.order.v1.OrderR\x05order2\xef\x04\n\x15OrderValidatorService\x12L\n\nPlaceOrder\x12\x1b.order.v1.PlaceOrderRequest\x1a\x1c.order.v1.PlaceOrderResponse"\x03\x90\x02\x02\x12O\n\x0bPlaceOrders\x12\x1c.order.v1.PlaceOrdersRequest\x1a\x1d.order.v1.PlaceOrdersResponse"\x03\x90\x02\x02\x12F\n\x08GetOrder\x12\x19.order.v1.GetOrderRequest\x1a\x1a.order.v1.GetOrderResponse"\x03\x90\x02\x01\x12R\n\x0cResolveOrder\x12\x1d.order.v1.ResolveOrderRequest\x1a\x1e.order.v1.ResolveOrderResponse"\x03\x90\x02\x02\x1a\x9a\x02\xaa\xbb\x18\xdf\x01\n\rbet_placement\x12!\n\x1drisk.v1.RiskService.AssessBet\x10\x01\x12*\n&wallet.v1.WalletService.ReserveBalance\x10\x01\x12&\n"order.v1.OrderBookService.PlaceBet\x10\x01\x12-\n)wallet.v1.WalletService.CommitReservation\x10\x03\x12(\n$order.v1.OrderBookService.ConfirmBet\x10\x04\xba\xbb\x182\n\x0forder-validator\x12\x1ftam.order.v1.bet_stake.releasedBj\n\x17com.tam.protos.order.v1B\x1aOrderValidatorServiceProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'order.v1.order_validator_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x17com.tam.protos.order.v1B\x1aOrderValidatorServiceProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1'
    _globals['_PLACEORDERREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['market_id']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['market_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['selection_id']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['selection_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['side']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['side']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_PLACEORDERREQUEST'].fields_by_name['price']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['price']._serialized_options = b'\xbaH\xa3\x01r\xa0\x01\x18 2\x9b\x01^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['stake']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['stake']._serialized_options = b'\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['persistence_type']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['persistence_type']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_PLACEORDERREQUEST'].fields_by_name['market_version']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['market_version']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_PLACEORDERREQUEST']._loaded_options = None
    _globals['_PLACEORDERREQUEST']._serialized_options = b"\xbaH\xc0\x03\x1a\xbd\x03\n\x17place_order.money_scale\x12ocurrency must be one of common.v1.Currency and every amount may have at most its minor units as fraction digits\x1a\xb0\x02this.currency in ['EUR', 'GBP', 'USD'] ? (this.stake == '' || this.stake.matches('^[0-9]+([.][0-9]{1,2})?$')) : this.currency in ['BHD', 'KWD'] ? (this.stake == '' || this.stake.matches('^[0-9]+([.][0-9]{1,3})?$')) : this.currency in ['JPY'] ? (this.stake == '' || this.stake.matches('^[0-9]+$')) : false"
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['selection_id']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['selection_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['side']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['side']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['price']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['price']._serialized_options = b'\xbaH\xa3\x01r\xa0\x01\x18 2\x9b\x01^(1\\.(0[1-9]|[1-9][0-9])|2\\.[0-9][02468]|3\\.[0-9][05]|[45]\\.[0-9]0|[6-9]\\.[02468]0|1[0-9]\\.[05]0|2[0-9]\\.00|[34][02468]\\.00|[5-9][05]\\.00|[1-9][0-9]0\\.00)$'
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['stake']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['stake']._serialized_options = b'\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['currency']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$'
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['persistence_type']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION'].fields_by_name['persistence_type']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_PLACEORDERINSTRUCTION']._loaded_options = None
    _globals['_PLACEORDERINSTRUCTION']._serialized_options = b"\xbaH\xcc\x03\x1a\xc9\x03\n#place_order_instruction.money_scale\x12ocurrency must be one of common.v1.Currency and every amount may have at most its minor units as fraction digits\x1a\xb0\x02this.currency in ['EUR', 'GBP', 'USD'] ? (this.stake == '' || this.stake.matches('^[0-9]+([.][0-9]{1,2})?$')) : this.currency in ['BHD', 'KWD'] ? (this.stake == '' || this.stake.matches('^[0-9]+([.][0-9]{1,3})?$')) : this.currency in ['JPY'] ? (this.stake == '' || this.stake.matches('^[0-9]+$')) : false"
    _globals['_PLACEORDERSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_PLACEORDERSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERSREQUEST'].fields_by_name['market_id']._loaded_options = None
    _globals['_PLACEORDERSREQUEST'].fields_by_name['market_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERSREQUEST'].fields_by_name['instructions']._loaded_options = None
    _globals['_PLACEORDERSREQUEST'].fields_by_name['instructions']._serialized_options = b'\xbaH\x07\x92\x01\x04\x08\x01\x10<'
    _globals['_PLACEORDERSREQUEST'].fields_by_name['market_version']._loaded_options = None
    _globals['_PLACEORDERSREQUEST'].fields_by_name['market_version']._serialized_options = b'\xbaH\x04"\x02(\x00'
    _globals['_PLACEORDERSREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_PLACEORDERSREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH%r#\x10\x01\x18x2\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_GETORDERREQUEST'].fields_by_name['order_id']._loaded_options = None
    _globals['_GETORDERREQUEST'].fields_by_name['order_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['order_id']._loaded_options = None
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['order_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['resolution']._loaded_options = None
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['resolution']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['note']._loaded_options = None
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['note']._serialized_options = b'\xbaH\x07r\x05\x10\x01\x18\x80\x08'
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_RESOLVEORDERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ORDERVALIDATORSERVICE']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE']._serialized_options = b'\xaa\xbb\x18\xdf\x01\n\rbet_placement\x12!\n\x1drisk.v1.RiskService.AssessBet\x10\x01\x12*\n&wallet.v1.WalletService.ReserveBalance\x10\x01\x12&\n"order.v1.OrderBookService.PlaceBet\x10\x01\x12-\n)wallet.v1.WalletService.CommitReservation\x10\x03\x12(\n$order.v1.OrderBookService.ConfirmBet\x10\x04\xba\xbb\x182\n\x0forder-validator\x12\x1ftam.order.v1.bet_stake.released'
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['PlaceOrder']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['PlaceOrder']._serialized_options = b'\x90\x02\x02'
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['PlaceOrders']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['PlaceOrders']._serialized_options = b'\x90\x02\x02'
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['GetOrder']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['GetOrder']._serialized_options = b'\x90\x02\x01'
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['ResolveOrder']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['ResolveOrder']._serialized_options = b'\x90\x02\x02'
    _globals['_PLACEORDERREQUEST']._serialized_start = 193
    _globals['_PLACEORDERREQUEST']._serialized_end = 1503
    _globals['_PLACEORDERRESPONSE']._serialized_start = 1505
    _globals['_PLACEORDERRESPONSE']._serialized_end = 1621
    _globals['_PLACEORDERINSTRUCTION']._serialized_start = 1624
    _globals['_PLACEORDERINSTRUCTION']._serialized_end = 2678
    _globals['_PLACEORDERSREQUEST']._serialized_start = 2681
    _globals['_PLACEORDERSREQUEST']._serialized_end = 3053
    _globals['_PLACEORDERRESULT']._serialized_start = 3056
    _globals['_PLACEORDERRESULT']._serialized_end = 3279
    _globals['_PLACEORDERSRESPONSE']._serialized_start = 3281
    _globals['_PLACEORDERSRESPONSE']._serialized_end = 3356
    _globals['_GETORDERREQUEST']._serialized_start = 3358
    _globals['_GETORDERREQUEST']._serialized_end = 3445
    _globals['_GETORDERRESPONSE']._serialized_start = 3447
    _globals['_GETORDERRESPONSE']._serialized_end = 3504
    _globals['_RESOLVEORDERREQUEST']._serialized_start = 3507
    _globals['_RESOLVEORDERREQUEST']._serialized_end = 3785
    _globals['_RESOLVEORDERRESPONSE']._serialized_start = 3787
    _globals['_RESOLVEORDERRESPONSE']._serialized_end = 3848
    _globals['_ORDERVALIDATORSERVICE']._serialized_start = 3851
    _globals['_ORDERVALIDATORSERVICE']._serialized_end = 4474