"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'notification/v1/notification_errors.proto')
_sym_db = _symbol_database.Default()
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n)notification/v1/notification_errors.proto\x12\x0fnotification.v1*\xdc\x04\n\x17NotificationErrorReason\x12)\n%NOTIFICATION_ERROR_REASON_UNSPECIFIED\x10\x00\x124\n0NOTIFICATION_ERROR_REASON_NOTIFICATION_NOT_FOUND\x10\x01\x121\n-NOTIFICATION_ERROR_REASON_RECIPIENT_NOT_FOUND\x10\x02\x120\n,NOTIFICATION_ERROR_REASON_TEMPLATE_NOT_FOUND\x10\x03\x12:\n6NOTIFICATION_ERROR_REASON_TEMPLATE_CHANNEL_UNSUPPORTED\x10\x04\x128\n4NOTIFICATION_ERROR_REASON_TEMPLATE_PARAMETER_MISSING\x10\x05\x12,\n(NOTIFICATION_ERROR_REASON_NO_DESTINATION\x10\x06\x123\n/NOTIFICATION_ERROR_REASON_STREAM_CURSOR_INVALID\x10\x07\x123\n/NOTIFICATION_ERROR_REASON_CATEGORY_NOT_OPTIONAL\x10\x08\x127\n3NOTIFICATION_ERROR_REASON_PREFERENCES_ETAG_MISMATCH\x10\t\x124\n0NOTIFICATION_ERROR_REASON_CATEGORY_NOT_AVAILABLE\x10\nB|\n\x1ecom.tam.protos.notification.v1B\x17NotificationErrorsProtoP\x01Z?github.com/tam/tam-protos/gen/go/notification/v1;notificationv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'notification.v1.notification_errors_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1ecom.tam.protos.notification.v1B\x17NotificationErrorsProtoP\x01Z?github.com/tam/tam-protos/gen/go/notification/v1;notificationv1'
    _globals['_NOTIFICATIONERRORREASON']._serialized_start = 63
    _globals['_NOTIFICATIONERRORREASON']._serialized_end = 667