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
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n&order/v1/order_validator_service.proto\x12\x08order.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x17common/v1/betting.proto\x1a\x1fgoogle/protobuf/timestamp.proto"\xe7\x03\n\x11SagaStepExecution\x12\x12\n\x04step\x18\x01 \x01(\x05R\x04step\x12\x16\n\x06method\x18\x02 \x01(\tR\x06method\x12\'\n\x04role\x18\x03 \x01(\x0e2\x13.common.v1.SagaRoleR\x04role\x123\n\x07outcome\x18\x04 \x01(\x0e2\x19.order.v1.SagaStepOutcomeR\x07outcome\x12#\n\rattempt_count\x18\x05 \x01(\x05R\x0cattemptCount\x12\'\n\x0fidempotency_key\x18\x06 \x01(\tR\x0eidempotencyKey\x12\x1d\n\nerror_code\x18\x07 \x01(\tR\terrorCode\x12!\n\x0cerror_reason\x18\x08 \x01(\tR\x0berrorReason\x12!\n\x0cerror_domain\x18\t \x01(\tR\x0berrorDomain\x12#\n\rerror_message\x18\n \x01(\tR\x0cerrorMessage\x129\n\nstart_time\x18\x0b \x01(\x0b2\x1a.google.protobuf.TimestampR\tstartTime\x125\n\x08end_time\x18\x0c \x01(\x0b2\x1a.google.protobuf.TimestampR\x07endTime"\xde\x07\n\x05Order\x12\x19\n\x08order_id\x18\x01 \x01(\tR\x07orderId\x12\x17\n\x07saga_id\x18\x02 \x01(\tR\x06sagaId\x12\x17\n\x07user_id\x18\x03 \x01(\tR\x06userId\x12\x1b\n\tmarket_id\x18\x04 \x01(\tR\x08marketId\x12!\n\x0cselection_id\x18\x05 \x01(\tR\x0bselectionId\x12&\n\x04side\x18\x06 \x01(\x0e2\x12.common.v1.BetSideR\x04side\x12j\n\x04odds\x18\x07 \x01(\tBV\xbaHSrQ2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$R\x04odds\x12j\n\x05stake\x18\x08 \x01(\tBT\xbaHQrO2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x05stake\x12-\n\x08currency\x18\t \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12r\n\tliability\x18\n \x01(\tBT\xbaHQrO2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\tliability\x12-\n\x06status\x18\x0b \x01(\x0e2\x15.order.v1.OrderStatusR\x06status\x12%\n\x0ereservation_id\x18\x0c \x01(\tR\rreservationId\x12\x15\n\x06bet_id\x18\r \x01(\tR\x05betId\x121\n\x05steps\x18\x0e \x03(\x0b2\x1b.order.v1.SagaStepExecutionR\x05steps\x12%\n\x0efailure_reason\x18\x0f \x01(\tR\rfailureReason\x12;\n\x0bcreate_time\x18\x10 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bupdate_time\x18\x11 \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime\x12.\n\x13market_display_name\x18\x12 \x01(\tR\x11marketDisplayName\x124\n\x16selection_display_name\x18\x13 \x01(\tR\x14selectionDisplayName"\x82\x05\n\x11PlaceOrderRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12F\n\tmarket_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x08marketId\x12L\n\x0cselection_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0bselectionId\x122\n\x04side\x18\x04 \x01(\x0e2\x12.common.v1.BetSideB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x04side\x12l\n\x04odds\x18\x05 \x01(\tBX\xbaHUrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$R\x04odds\x12l\n\x05stake\x18\x06 \x01(\tBV\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$R\x05stake\x12/\n\x08currency\x18\x07 \x01(\tB\x13\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$R\x08currency\x12R\n\x0fidempotency_key\x18\x08 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"w\n\x12PlaceOrderResponse\x12\x19\n\x08order_id\x18\x01 \x01(\tR\x07orderId\x12\x17\n\x07saga_id\x18\x02 \x01(\tR\x06sagaId\x12-\n\x06status\x18\x03 \x01(\x0e2\x15.order.v1.OrderStatusR\x06status"W\n\x0fGetOrderRequest\x12D\n\x08order_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x07orderId"9\n\x10GetOrderResponse\x12%\n\x05order\x18\x01 \x01(\x0b2\x0f.order.v1.OrderR\x05order*\xc2\x02\n\x0bOrderStatus\x12\x1c\n\x18ORDER_STATUS_UNSPECIFIED\x10\x00\x12\x18\n\x14ORDER_STATUS_PENDING\x10\x01\x12\x1a\n\x16ORDER_STATUS_RESERVING\x10\x02\x12\x18\n\x14ORDER_STATUS_PLACING\x10\x03\x12\x1b\n\x17ORDER_STATUS_COMMITTING\x10\x04\x12\x1b\n\x17ORDER_STATUS_CONFIRMING\x10\x05\x12\x1a\n\x16ORDER_STATUS_COMPLETED\x10\x06\x12\x1d\n\x19ORDER_STATUS_COMPENSATING\x10\x07\x12\x1c\n\x18ORDER_STATUS_COMPENSATED\x10\x08\x12\x19\n\x15ORDER_STATUS_REJECTED\x10\t\x12\x17\n\x13ORDER_STATUS_FAILED\x10\n*\xbb\x01\n\x0fSagaStepOutcome\x12!\n\x1dSAGA_STEP_OUTCOME_UNSPECIFIED\x10\x00\x12\x1d\n\x19SAGA_STEP_OUTCOME_RUNNING\x10\x01\x12\x1f\n\x1bSAGA_STEP_OUTCOME_SUCCEEDED\x10\x02\x12\x1c\n\x18SAGA_STEP_OUTCOME_FAILED\x10\x03\x12\'\n#SAGA_STEP_OUTCOME_RETRIES_EXHAUSTED\x10\x042\x86\x03\n\x15OrderValidatorService\x12L\n\nPlaceOrder\x12\x1b.order.v1.PlaceOrderRequest\x1a\x1c.order.v1.PlaceOrderResponse"\x03\x90\x02\x02\x12F\n\x08GetOrder\x12\x19.order.v1.GetOrderRequest\x1a\x1a.order.v1.GetOrderResponse"\x03\x90\x02\x01\x1a\xd6\x01\xaa\xbb\x18\xbc\x01\n\rbet_placement\x12*\n&wallet.v1.WalletService.ReserveBalance\x10\x01\x12&\n"order.v1.OrderBookService.PlaceBet\x10\x01\x12-\n)wallet.v1.WalletService.CommitReservation\x10\x03\x12(\n$order.v1.OrderBookService.ConfirmBet\x10\x04\xba\xbb\x18\x11\n\x0forder-validatorBj\n\x17com.tam.protos.order.v1B\x1aOrderValidatorServiceProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'order.v1.order_validator_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x17com.tam.protos.order.v1B\x1aOrderValidatorServiceProtoP\x01Z1github.com/tam/tam-protos/gen/go/order/v1;orderv1'
    _globals['_ORDER'].fields_by_name['odds']._loaded_options = None
    _globals['_ORDER'].fields_by_name['odds']._serialized_options = b'\xbaHSrQ2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$'
    _globals['_ORDER'].fields_by_name['stake']._loaded_options = None
    _globals['_ORDER'].fields_by_name['stake']._serialized_options = b'\xbaHQrO2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_ORDER'].fields_by_name['currency']._loaded_options = None
    _globals['_ORDER'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_ORDER'].fields_by_name['liability']._loaded_options = None
    _globals['_ORDER'].fields_by_name['liability']._serialized_options = b'\xbaHQrO2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['market_id']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['market_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['selection_id']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['selection_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['side']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['side']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_PLACEORDERREQUEST'].fields_by_name['odds']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['odds']._serialized_options = b'\xbaHUrS\x18 2O^(1\\.(0[1-9]|[1-9][0-9]?)|[2-9](\\.[0-9]{1,2})?|[1-9][0-9]{1,2}(\\.[0-9]{1,2})?)$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['stake']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['stake']._serialized_options = b'\xbaHSrQ\x18 2M^(0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9])|[1-9][0-9]{0,14}(\\.[0-9]{1,3})?)$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18 2\n^[A-Z]{3}$'
    _globals['_PLACEORDERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_PLACEORDERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_GETORDERREQUEST'].fields_by_name['order_id']._loaded_options = None
    _globals['_GETORDERREQUEST'].fields_by_name['order_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ORDERVALIDATORSERVICE']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE']._serialized_options = b'\xaa\xbb\x18\xbc\x01\n\rbet_placement\x12*\n&wallet.v1.WalletService.ReserveBalance\x10\x01\x12&\n"order.v1.OrderBookService.PlaceBet\x10\x01\x12-\n)wallet.v1.WalletService.CommitReservation\x10\x03\x12(\n$order.v1.OrderBookService.ConfirmBet\x10\x04\xba\xbb\x18\x11\n\x0forder-validator'
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['PlaceOrder']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['PlaceOrder']._serialized_options = b'\x90\x02\x02'
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['GetOrder']._loaded_options = None
    _globals['_ORDERVALIDATORSERVICE'].methods_by_name['GetOrder']._serialized_options = b'\x90\x02\x01'
    _globals['_ORDERSTATUS']._serialized_start = 2566
    _globals['_ORDERSTATUS']._serialized_end = 2888
    _globals['_SAGASTEPOUTCOME']._serialized_start = 2891
    _globals['_SAGASTEPOUTCOME']._serialized_end = 3078
    _globals['_SAGASTEPEXECUTION']._serialized_start = 169
    _globals['_SAGASTEPEXECUTION']._serialized_end = 656
    _globals['_ORDER']._serialized_start = 659
    _globals['_ORDER']._serialized_end = 1649
    _globals['_PLACEORDERREQUEST']._serialized_start = 1652
    _globals['_PLACEORDERREQUEST']._serialized_end = 2294
    _globals['_PLACEORDERRESPONSE']._serialized_start = 2296
    _globals['_PLACEORDERRESPONSE']._serialized_end = 2415
    _globals['_GETORDERREQUEST']._serialized_start = 2417
    _globals['_GETORDERREQUEST']._serialized_end = 2504
    _globals['_GETORDERRESPONSE']._serialized_start = 2506
    _globals['_GETORDERRESPONSE']._serialized_end = 2563
    _globals['_ORDERVALIDATORSERVICE']._serialized_start = 3081
    _globals['_ORDERVALIDATORSERVICE']._serialized_end = 3471