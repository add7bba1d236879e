"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'common/v1/annotations.proto')
_sym_db = _symbol_database.Default()
from google.protobuf import descriptor_pb2 as google_dot_protobuf_dot_descriptor__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1bcommon/v1/annotations.proto\x12\tcommon.v1\x1a google/protobuf/descriptor.proto"a\n\x0fSagaStepOptions\x12\'\n\x04role\x18\x01 \x01(\x0e2\x13.common.v1.SagaRoleR\x04role\x12%\n\x0ecompensated_by\x18\x02 \x01(\tR\rcompensatedBy"U\n\x12SagaDefinitionStep\x12\x16\n\x06method\x18\x01 \x01(\tR\x06method\x12\'\n\x04role\x18\x02 \x01(\x0e2\x13.common.v1.SagaRoleR\x04role"Y\n\x0eSagaDefinition\x12\x12\n\x04name\x18\x01 \x01(\tR\x04name\x123\n\x05steps\x18\x02 \x03(\x0b2\x1d.common.v1.SagaDefinitionStepR\x05steps"\xaa\x01\n\x0cEventOptions\x12\x18\n\x07subject\x18\x01 \x01(\tR\x07subject\x12\x1a\n\x08producer\x18\x02 \x01(\tR\x08producer\x12\x1c\n\tconsumers\x18\x03 \x03(\tR\tconsumers\x12(\n\x04kind\x18\x04 \x01(\x0e2\x14.common.v1.EventKindR\x04kind\x12\x1c\n\taggregate\x18\x05 \x01(\tR\taggregate"N\n\x0bServiceInfo\x12\x12\n\x04name\x18\x01 \x01(\tR\x04name\x12+\n\x11consumed_subjects\x18\x02 \x03(\tR\x10consumedSubjects*\x8e\x01\n\x08SagaRole\x12\x19\n\x15SAGA_ROLE_UNSPECIFIED\x10\x00\x12\x1b\n\x17SAGA_ROLE_COMPENSATABLE\x10\x01\x12\x1a\n\x16SAGA_ROLE_COMPENSATION\x10\x02\x12\x13\n\x0fSAGA_ROLE_FINAL\x10\x03\x12\x19\n\x15SAGA_ROLE_BEST_EFFORT\x10\x04*U\n\tEventKind\x12\x1a\n\x16EVENT_KIND_UNSPECIFIED\x10\x00\x12\x17\n\x13EVENT_KIND_SNAPSHOT\x10\x01\x12\x13\n\x0fEVENT_KIND_FACT\x10\x02:Y\n\tsaga_step\x12\x1e.google.protobuf.MethodOptions\x18\xb4\x87\x03 \x01(\x0b2\x1a.common.v1.SagaStepOptionsR\x08sagaStep:P\n\x04saga\x12\x1f.google.protobuf.ServiceOptions\x18\xb5\x87\x03 \x03(\x0b2\x19.common.v1.SagaDefinitionR\x04saga:\\\n\x0cservice_info\x12\x1f.google.protobuf.ServiceOptions\x18\xb7\x87\x03 \x01(\x0b2\x16.common.v1.ServiceInfoR\x0bserviceInfo:D\n\x0bminor_units\x12!.google.protobuf.EnumValueOptions\x18\xb8\x87\x03 \x01(\x05R\nminorUnits:P\n\x05event\x12\x1f.google.protobuf.MessageOptions\x18\xb6\x87\x03 \x01(\x0b2\x17.common.v1.EventOptionsR\x05eventBc\n\x18com.tam.protos.common.v1B\x10AnnotationsProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'common.v1.annotations_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.common.v1B\x10AnnotationsProtoP\x01Z3github.com/tam/tam-protos/gen/go/common/v1;commonv1'
    _globals['_SAGAROLE']._serialized_start = 607
    _globals['_SAGAROLE']._serialized_end = 749
    _globals['_EVENTKIND']._serialized_start = 751
    _globals['_EVENTKIND']._serialized_end = 836
    _globals['_SAGASTEPOPTIONS']._serialized_start = 76
    _globals['_SAGASTEPOPTIONS']._serialized_end = 173
    _globals['_SAGADEFINITIONSTEP']._serialized_start = 175
    _globals['_SAGADEFINITIONSTEP']._serialized_end = 260
    _globals['_SAGADEFINITION']._serialized_start = 262
    _globals['_SAGADEFINITION']._serialized_end = 351
    _globals['_EVENTOPTIONS']._serialized_start = 354
    _globals['_EVENTOPTIONS']._serialized_end = 524
    _globals['_SERVICEINFO']._serialized_start = 526
    _globals['_SERVICEINFO']._serialized_end = 604