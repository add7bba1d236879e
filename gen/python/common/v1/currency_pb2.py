"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'common/v1/currency.proto')
_sym_db = _symbol_database.Default()
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x18common/v1/currency.proto\x12\tcommon.v1\x1a\x1bcommon/v1/annotations.proto*\xb9\x01\n\x08Currency\x12\x18\n\x14CURRENCY_UNSPECIFIED\x10\x00\x12\x16\n\x0cCURRENCY_BHD\x100\x1a\x04\xc0\xbb\x18\x03\x12\x17\n\x0cCURRENCY_JPY\x10\x88\x03\x1a\x04\xc0\xbb\x18\x00\x12\x17\n\x0cCURRENCY_KWD\x10\x9e\x03\x1a\x04\xc0\xbb\x18\x03\x12\x17\n\x0cCURRENCY_GBP\x10\xba\x06\x1a\x04\xc0\xbb\x18\x02\x12\x17\n\x0cCURRENCY_USD\x10\xc8\x06\x1a\x04\xc0\xbb\x18\x02\x12\x17\n\x0cCURRENCY_EUR\x10\xd2\x07\x1a\x04\xc0\xbb\x18\x02B`\n\x18com.tam.protos.common.v1B\rCurrencyProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'common.v1.currency_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.common.v1B\rCurrencyProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1'
    _globals['_CURRENCY'].values_by_name['CURRENCY_BHD']._loaded_options = None
    _globals['_CURRENCY'].values_by_name['CURRENCY_BHD']._serialized_options = b'\xc0\xbb\x18\x03'
    _globals['_CURRENCY'].values_by_name['CURRENCY_JPY']._loaded_options = None
    _globals['_CURRENCY'].values_by_name['CURRENCY_JPY']._serialized_options = b'\xc0\xbb\x18\x00'
    _globals['_CURRENCY'].values_by_name['CURRENCY_KWD']._loaded_options = None
    _globals['_CURRENCY'].values_by_name['CURRENCY_KWD']._serialized_options = b'\xc0\xbb\x18\x03'
    _globals['_CURRENCY'].values_by_name['CURRENCY_GBP']._loaded_options = None
    _globals['_CURRENCY'].values_by_name['CURRENCY_GBP']._serialized_options = b'\xc0\xbb\x18\x02'
    _globals['_CURRENCY'].values_by_name['CURRENCY_USD']._loaded_options = None
    _globals['_CURRENCY'].values_by_name['CURRENCY_USD']._serialized_options = b'\xc0\xbb\x18\x02'
    _globals['_CURRENCY'].values_by_name['CURRENCY_EUR']._loaded_options = None
    _globals['_CURRENCY'].values_by_name['CURRENCY_EUR']._serialized_options = b'\xc0\xbb\x18\x02'
    _globals['_CURRENCY']._serialized_start = 69
    _globals['_CURRENCY']._serialized_end = 254