"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'risk/v1/risk_events.proto')
_sym_db = _symbol_database.Default()
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from ...common.v1 import event_pb2 as common_dot_v1_dot_event__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...risk.v1 import risk_resources_pb2 as risk_dot_v1_dot_risk__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x19risk/v1/risk_events.proto\x12\x07risk.v1\x1a\x1bcommon/v1/annotations.proto\x1a\x15common/v1/event.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a\x1crisk/v1/risk_resources.proto"\xec\x01\n\x14RiskAlertRaisedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12(\n\x05alert\x18\x02 \x01(\x0b2\x12.risk.v1.RiskAlertR\x05alert:t\xb2\xbb\x18p\n\x18tam.risk.v1.alert.raised\x12\rrisk-analyzer\x1a\x14notification-service\x1a\x11reporting-service\x1a\x0ewallet-service \x02*\nrisk_alert"\xc7\x03\n\x14RiskTierChangedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x126\n\rprevious_tier\x18\x03 \x01(\x0e2\x11.risk.v1.RiskTierR\x0cpreviousTier\x12%\n\x04tier\x18\x04 \x01(\x0e2\x11.risk.v1.RiskTierR\x04tier\x12.\n\x07profile\x18\x05 \x01(\x0b2\x14.risk.v1.RiskProfileR\x07profile\x12\x16\n\x06reason\x18\x06 \x01(\tR\x06reason\x12;\n\x0bchange_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\nchangeTime\x12"\n\ractor_user_id\x18\x08 \x01(\tR\x0bactorUserId:X\xb2\xbb\x18T\n tam.risk.v1.profile.tier_changed\x12\rrisk-analyzer\x1a\x14notification-service \x02*\trisk_tier"\xc5\x02\n\x14RiskFlagClearedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12%\n\x04flag\x18\x03 \x01(\x0e2\x11.risk.v1.RiskFlagR\x04flag\x12"\n\ractor_user_id\x18\x04 \x01(\tR\x0bactorUserId\x12\x12\n\x04note\x18\x05 \x01(\tR\x04note\x129\n\nclear_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\tclearTime:D\xb2\xbb\x18@\n\x18tam.risk.v1.flag.cleared\x12\rrisk-analyzer \x02*\x13risk_flag_clearance"\xae\x02\n\x1fResponsibleGamblingChangedEvent\x124\n\x08metadata\x18\x01 \x01(\x0b2\x18.common.v1.EventMetadataR\x08metadata\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12O\n\x14responsible_gambling\x18\x03 \x01(\x0b2\x1c.risk.v1.ResponsibleGamblingR\x13responsibleGambling:k\xb2\xbb\x18g\n(tam.risk.v1.responsible_gambling.changed\x12\rrisk-analyzer\x1a\x14notification-service \x01*\x14responsible_gamblingB\\\n\x16com.tam.protos.risk.v1B\x0fRiskEventsProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'risk.v1.risk_events_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.risk.v1B\x0fRiskEventsProtoP\x01Z/github.com/tam/tam-protos/gen/go/risk/v1;riskv1'
    _globals['_RISKALERTRAISEDEVENT']._loaded_options = None
    _globals['_RISKALERTRAISEDEVENT']._serialized_options = b'\xb2\xbb\x18p\n\x18tam.risk.v1.alert.raised\x12\rrisk-analyzer\x1a\x14notification-service\x1a\x11reporting-service\x1a\x0ewallet-service \x02*\nrisk_alert'
    _globals['_RISKTIERCHANGEDEVENT']._loaded_options = None
    _globals['_RISKTIERCHANGEDEVENT']._serialized_options = b'\xb2\xbb\x18T\n tam.risk.v1.profile.tier_changed\x12\rrisk-analyzer\x1a\x14notification-service \x02*\trisk_tier'
    _globals['_RISKFLAGCLEAREDEVENT']._loaded_options = None
    _globals['_RISKFLAGCLEAREDEVENT']._serialized_options = b'\xb2\xbb\x18@\n\x18tam.risk.v1.flag.cleared\x12\rrisk-analyzer \x02*\x13risk_flag_clearance'
    _globals['_RESPONSIBLEGAMBLINGCHANGEDEVENT']._loaded_options = None
    _globals['_RESPONSIBLEGAMBLINGCHANGEDEVENT']._serialized_options = b'\xb2\xbb\x18g\n(tam.risk.v1.responsible_gambling.changed\x12\rrisk-analyzer\x1a\x14notification-service \x01*\x14responsible_gambling'
    _globals['_RISKALERTRAISEDEVENT']._serialized_start = 154
    _globals['_RISKALERTRAISEDEVENT']._serialized_end = 390
    _globals['_RISKTIERCHANGEDEVENT']._serialized_start = 393
    _globals['_RISKTIERCHANGEDEVENT']._serialized_end = 848
    _globals['_RISKFLAGCLEAREDEVENT']._serialized_start = 851
    _globals['_RISKFLAGCLEAREDEVENT']._serialized_end = 1176
    _globals['_RESPONSIBLEGAMBLINGCHANGEDEVENT']._serialized_start = 1179
    _globals['_RESPONSIBLEGAMBLINGCHANGEDEVENT']._serialized_end = 1481