"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'notification/v1/notification_service.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from google.protobuf import duration_pb2 as google_dot_protobuf_dot_duration__pb2
from google.protobuf import field_mask_pb2 as google_dot_protobuf_dot_field__mask__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...notification.v1 import notification_resources_pb2 as notification_dot_v1_dot_notification__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n*notification/v1/notification_service.proto\x12\x0fnotification.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x1egoogle/protobuf/duration.proto\x1a google/protobuf/field_mask.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a,notification/v1/notification_resources.proto"\xb7\x05\n\x17SendNotificationRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12J\n\x07channel\x18\x02 \x01(\x0e2$.notification.v1.NotificationChannelB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x07channel\x12J\n\x0btemplate_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\ntemplateId\x12\x89\x01\n\nparameters\x18\x04 \x03(\x0b28.notification.v1.SendNotificationRequest.ParametersEntryB/\xbaH,\x9a\x01)\x102"\x1er\x1c\x18@2\x18^[a-z][A-Za-z0-9]{0,63}$*\x05r\x03\x18\x80\x10R\nparameters\x12M\n\x08category\x18\x05 \x01(\x0e2%.notification.v1.NotificationCategoryB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x08category\x12R\n\x0fidempotency_key\x18\x06 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12R\n\x0fsource_event_id\x18\x07 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\rsourceEventId\x1a=\n\x0fParametersEntry\x12\x10\n\x03key\x18\x01 \x01(\tR\x03key\x12\x14\n\x05value\x18\x02 \x01(\tR\x05value:\x028\x01"]\n\x18SendNotificationResponse\x12A\n\x0cnotification\x18\x01 \x01(\x0b2\x1d.notification.v1.NotificationR\x0cnotification"l\n\x16GetNotificationRequest\x12R\n\x0fnotification_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0enotificationId"\\\n\x17GetNotificationResponse\x12A\n\x0cnotification\x18\x01 \x01(\x0b2\x1d.notification.v1.NotificationR\x0cnotification"\xbe\x05\n\x18ListNotificationsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12\'\n\tpage_size\x18\x02 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\xc8\x01(\x00R\x08pageSize\x12\'\n\npage_token\x18\x03 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x08R\tpageToken\x12S\n\x08channels\x18\x04 \x03(\x0e2$.notification.v1.NotificationChannelB\x11\xbaH\x0e\x92\x01\x0b\x10\x04"\x07\x82\x01\x04\x10\x01 \x00R\x08channels\x12M\n\x06states\x18\x05 \x03(\x0e2".notification.v1.NotificationStateB\x11\xbaH\x0e\x92\x01\x0b\x10\x06"\x07\x82\x01\x04\x10\x01 \x00R\x06states\x12X\n\ncategories\x18\x06 \x03(\x0e2%.notification.v1.NotificationCategoryB\x11\xbaH\x0e\x92\x01\x0b\x10\x07"\x07\x82\x01\x04\x10\x01 \x00R\ncategories\x129\n\nstart_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\tstartTime\x125\n\x08end_time\x18\x08 \x01(\x0b2\x1a.google.protobuf.TimestampR\x07endTime:\x9b\x01\xbaH\x97\x01\x1a\x94\x01\n\x1dlist_notifications.time_range\x12"start_time must be before end_time\x1aO!has(this.start_time) || !has(this.end_time) || this.start_time < this.end_time"\xab\x01\n\x19ListNotificationsResponse\x12C\n\rnotifications\x18\x01 \x03(\x0b2\x1d.notification.v1.NotificationR\rnotifications\x12&\n\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken\x12!\n\x0cunread_count\x18\x03 \x01(\x05R\x0bunreadCount"\xbe\x02\n\x1aStreamNotificationsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12-\n\rresume_cursor\x18\x02 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x02R\x0cresumeCursor\x12S\n\x08channels\x18\x03 \x03(\x0e2$.notification.v1.NotificationChannelB\x11\xbaH\x0e\x92\x01\x0b\x10\x04"\x07\x82\x01\x04\x10\x01 \x00R\x08channels\x12X\n\x12heartbeat_interval\x18\x04 \x01(\x0b2\x19.google.protobuf.DurationB\x0e\xbaH\x0b\xaa\x01\x08"\x02\x08x2\x02\x08\x05R\x11heartbeatInterval"N\n\x0fStreamHeartbeat\x12;\n\x0bserver_time\x18\x01 \x01(\x0b2\x1a.google.protobuf.TimestampR\nserverTime"=\n\x14StreamResyncRequired\x12%\n\x0eexpired_cursor\x18\x01 \x01(\tR\rexpiredCursor"\xf9\x02\n\x1bStreamNotificationsResponse\x12\x16\n\x06cursor\x18\x01 \x01(\tR\x06cursor\x12R\n\x14notification_created\x18\x02 \x01(\x0b2\x1d.notification.v1.NotificationH\x00R\x13notificationCreated\x12R\n\x14notification_updated\x18\x03 \x01(\x0b2\x1d.notification.v1.NotificationH\x00R\x13notificationUpdated\x12@\n\theartbeat\x18\x04 \x01(\x0b2 .notification.v1.StreamHeartbeatH\x00R\theartbeat\x12P\n\x0fresync_required\x18\x05 \x01(\x0b2%.notification.v1.StreamResyncRequiredH\x00R\x0eresyncRequiredB\x06\n\x04item"\xf6\x03\n\x1cMarkNotificationsReadRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12^\n\x10notification_ids\x18\x02 \x03(\tB3\xbaH0\x92\x01-\x10\xf4\x03\x18\x01"&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0fnotificationIds\x12;\n\x0bbefore_time\x18\x03 \x01(\x0b2\x1a.google.protobuf.TimestampR\nbeforeTime\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:\xa0\x01\xbaH\x9c\x01\x1a\x99\x01\n\x1emark_notifications_read.target\x12;exactly one of notification_ids and before_time must be set\x1a:(size(this.notification_ids) > 0) != has(this.before_time)"\x9f\x01\n\x1dMarkNotificationsReadResponse\x12!\n\x0cmarked_count\x18\x01 \x01(\x05R\x0bmarkedCount\x128\n\x18skipped_notification_ids\x18\x02 \x03(\tR\x16skippedNotificationIds\x12!\n\x0cunread_count\x18\x03 \x01(\x05R\x0bunreadCount"g\n!GetNotificationPreferencesRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId"p\n"GetNotificationPreferencesResponse\x12J\n\x0bpreferences\x18\x01 \x01(\x0b2(.notification.v1.NotificationPreferencesR\x0bpreferences"\xd6\x04\n$UpdateNotificationPreferencesRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12R\n\x0bpreferences\x18\x02 \x01(\x0b2(.notification.v1.NotificationPreferencesB\x06\xbaH\x03\xc8\x01\x01R\x0bpreferences\x12\xc1\x02\n\x0bupdate_mask\x18\x03 \x01(\x0b2\x1a.google.protobuf.FieldMaskB\x83\x02\xbaH\xff\x01\xba\x01\xfb\x01\n+update_notification_preferences.update_mask\x12_update_mask has at most 4 paths, each one of channels, categories, quiet_hours or language_code\x1aksize(this.paths) <= 4 && this.paths.all(p, p in [\'channels\', \'categories\', \'quiet_hours\', \'language_code\'])R\nupdateMask\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"s\n%UpdateNotificationPreferencesResponse\x12J\n\x0bpreferences\x18\x01 \x01(\x0b2(.notification.v1.NotificationPreferencesR\x0bpreferences2\xbc\x0b\n\x13NotificationService\x12l\n\x10SendNotification\x12(.notification.v1.SendNotificationRequest\x1a).notification.v1.SendNotificationResponse"\x03\x90\x02\x02\x12i\n\x0fGetNotification\x12\'.notification.v1.GetNotificationRequest\x1a(.notification.v1.GetNotificationResponse"\x03\x90\x02\x01\x12o\n\x11ListNotifications\x12).notification.v1.ListNotificationsRequest\x1a*.notification.v1.ListNotificationsResponse"\x03\x90\x02\x01\x12w\n\x13StreamNotifications\x12+.notification.v1.StreamNotificationsRequest\x1a,.notification.v1.StreamNotificationsResponse"\x03\x90\x02\x010\x01\x12{\n\x15MarkNotificationsRead\x12-.notification.v1.MarkNotificationsReadRequest\x1a..notification.v1.MarkNotificationsReadResponse"\x03\x90\x02\x02\x12\x8a\x01\n\x1aGetNotificationPreferences\x122.notification.v1.GetNotificationPreferencesRequest\x1a3.notification.v1.GetNotificationPreferencesResponse"\x03\x90\x02\x01\x12\x93\x01\n\x1dUpdateNotificationPreferences\x125.notification.v1.UpdateNotificationPreferencesRequest\x1a6.notification.v1.UpdateNotificationPreferencesResponse"\x03\x90\x02\x02\x1a\xc1\x04\xba\xbb\x18\xbc\x04\n\x14notification-service\x12\x1atam.order.v1.bet.resettled\x12\x18tam.order.v1.bet.settled\x12\x1etam.order.v1.order.compensated\x12\x1ctam.order.v1.order.completed\x12\x19tam.order.v1.order.failed\x12\x1btam.order.v1.order.resolved\x12\x1etam.reporting.v1.report.failed\x12!tam.reporting.v1.report.generated\x12\x18tam.risk.v1.alert.raised\x12 tam.risk.v1.profile.tier_changed\x12(tam.risk.v1.responsible_gambling.changed\x12\x19tam.user.v1.user.disabled\x12\x18tam.user.v1.user.enabled\x12\x1btam.user.v1.user.registered\x12\x1dtam.wallet.v1.payment.updated\x12"tam.wallet.v1.transaction.recorded\x12\x1btam.wallet.v1.wallet.frozen\x12\x1dtam.wallet.v1.wallet.unfrozenB}\n\x1ecom.tam.protos.notification.v1B\x18NotificationServiceProtoP\x01Z?github.com/tam/tam-protos/gen/go/notification/v1;notificationv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'notification.v1.notification_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1ecom.tam.protos.notification.v1B\x18NotificationServiceProtoP\x01Z?github.com/tam/tam-protos/gen/go/notification/v1;notificationv1'
    _globals['_SENDNOTIFICATIONREQUEST_PARAMETERSENTRY']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST_PARAMETERSENTRY']._serialized_options = b'8\x01'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['channel']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['channel']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['template_id']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['template_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['parameters']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['parameters']._serialized_options = b'\xbaH,\x9a\x01)\x102"\x1er\x1c\x18@2\x18^[a-z][A-Za-z0-9]{0,63}$*\x05r\x03\x18\x80\x10'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['category']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['category']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['source_event_id']._loaded_options = None
    _globals['_SENDNOTIFICATIONREQUEST'].fields_by_name['source_event_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_GETNOTIFICATIONREQUEST'].fields_by_name['notification_id']._loaded_options = None
    _globals['_GETNOTIFICATIONREQUEST'].fields_by_name['notification_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['page_size']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['page_size']._serialized_options = b'\xbaH\x07\x1a\x05\x18\xc8\x01(\x00'
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['page_token']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['page_token']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x08'
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['channels']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['channels']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\x04"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['states']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['states']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\x06"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['categories']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST'].fields_by_name['categories']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\x07"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_LISTNOTIFICATIONSREQUEST']._loaded_options = None
    _globals['_LISTNOTIFICATIONSREQUEST']._serialized_options = b'\xbaH\x97\x01\x1a\x94\x01\n\x1dlist_notifications.time_range\x12"start_time must be before end_time\x1aO!has(this.start_time) || !has(this.end_time) || this.start_time < this.end_time'
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['resume_cursor']._loaded_options = None
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['resume_cursor']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x02'
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['channels']._loaded_options = None
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['channels']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\x04"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['heartbeat_interval']._loaded_options = None
    _globals['_STREAMNOTIFICATIONSREQUEST'].fields_by_name['heartbeat_interval']._serialized_options = b'\xbaH\x0b\xaa\x01\x08"\x02\x08x2\x02\x08\x05'
    _globals['_MARKNOTIFICATIONSREADREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_MARKNOTIFICATIONSREADREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_MARKNOTIFICATIONSREADREQUEST'].fields_by_name['notification_ids']._loaded_options = None
    _globals['_MARKNOTIFICATIONSREADREQUEST'].fields_by_name['notification_ids']._serialized_options = b'\xbaH0\x92\x01-\x10\xf4\x03\x18\x01"&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_MARKNOTIFICATIONSREADREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_MARKNOTIFICATIONSREADREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_MARKNOTIFICATIONSREADREQUEST']._loaded_options = None
    _globals['_MARKNOTIFICATIONSREADREQUEST']._serialized_options = b'\xbaH\x9c\x01\x1a\x99\x01\n\x1emark_notifications_read.target\x12;exactly one of notification_ids and before_time must be set\x1a:(size(this.notification_ids) > 0) != has(this.before_time)'
    _globals['_GETNOTIFICATIONPREFERENCESREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_GETNOTIFICATIONPREFERENCESREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['preferences']._loaded_options = None
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['preferences']._serialized_options = b'\xbaH\x03\xc8\x01\x01'
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['update_mask']._loaded_options = None
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['update_mask']._serialized_options = b"\xbaH\xff\x01\xba\x01\xfb\x01\n+update_notification_preferences.update_mask\x12_update_mask has at most 4 paths, each one of channels, categories, quiet_hours or language_code\x1aksize(this.paths) <= 4 && this.paths.all(p, p in ['channels', 'categories', 'quiet_hours', 'language_code'])"
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_NOTIFICATIONSERVICE']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE']._serialized_options = b'\xba\xbb\x18\xbc\x04\n\x14notification-service\x12\x1atam.order.v1.bet.resettled\x12\x18tam.order.v1.bet.settled\x12\x1etam.order.v1.order.compensated\x12\x1ctam.order.v1.order.completed\x12\x19tam.order.v1.order.failed\x12\x1btam.order.v1.order.resolved\x12\x1etam.reporting.v1.report.failed\x12!tam.reporting.v1.report.generated\x12\x18tam.risk.v1.alert.raised\x12 tam.risk.v1.profile.tier_changed\x12(tam.risk.v1.responsible_gambling.changed\x12\x19tam.user.v1.user.disabled\x12\x18tam.user.v1.user.enabled\x12\x1btam.user.v1.user.registered\x12\x1dtam.wallet.v1.payment.updated\x12"tam.wallet.v1.transaction.recorded\x12\x1btam.wallet.v1.wallet.frozen\x12\x1dtam.wallet.v1.wallet.unfrozen'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['SendNotification']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['SendNotification']._serialized_options = b'\x90\x02\x02'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['GetNotification']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['GetNotification']._serialized_options = b'\x90\x02\x01'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['ListNotifications']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['ListNotifications']._serialized_options = b'\x90\x02\x01'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['StreamNotifications']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['StreamNotifications']._serialized_options = b'\x90\x02\x01'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['MarkNotificationsRead']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['MarkNotificationsRead']._serialized_options = b'\x90\x02\x02'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['GetNotificationPreferences']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['GetNotificationPreferences']._serialized_options = b'\x90\x02\x01'
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['UpdateNotificationPreferences']._loaded_options = None
    _globals['_NOTIFICATIONSERVICE'].methods_by_name['UpdateNotificationPreferences']._serialized_options = b'\x90\x02\x02'
    _globals['_SENDNOTIFICATIONREQUEST']._serialized_start = 267
    _globals['_SENDNOTIFICATIONREQUEST']._serialized_end = 962
    _globals['_SENDNOTIFICATIONREQUEST_PARAMETERSENTRY']._serialized_start = 901
    _globals['_SENDNOTIFICATIONREQUEST_PARAMETERSENTRY']._serialized_end = 962
    _globals['_SENDNOTIFICATIONRESPONSE']._serialized_start = 964
    _globals['_SENDNOTIFICATIONRESPONSE']._serialized_end = 1057
    _globals['_GETNOTIFICATIONREQUEST']._serialized_start = 1059
    _globals['_GETNOTIFICATIONREQUEST']._serialized_end = 1167
    _globals['_GETNOTIFICATIONRESPONSE']._serialized_start = 1169
    _globals['_GETNOTIFICATIONRESPONSE']._serialized_end = 1261
    _globals['_LISTNOTIFICATIONSREQUEST']._serialized_start = 1264
    _globals['_LISTNOTIFICATIONSREQUEST']._serialized_end = 1966
    _globals['_LISTNOTIFICATIONSRESPONSE']._serialized_start = 1969
    _globals['_LISTNOTIFICATIONSRESPONSE']._serialized_end = 2140
    _globals['_STREAMNOTIFICATIONSREQUEST']._serialized_start = 2143
    _globals['_STREAMNOTIFICATIONSREQUEST']._serialized_end = 2461
    _globals['_STREAMHEARTBEAT']._serialized_start = 2463
    _globals['_STREAMHEARTBEAT']._serialized_end = 2541
    _globals['_STREAMRESYNCREQUIRED']._serialized_start = 2543
    _globals['_STREAMRESYNCREQUIRED']._serialized_end = 2604
    _globals['_STREAMNOTIFICATIONSRESPONSE']._serialized_start = 2607
    _globals['_STREAMNOTIFICATIONSRESPONSE']._serialized_end = 2984
    _globals['_MARKNOTIFICATIONSREADREQUEST']._serialized_start = 2987
    _globals['_MARKNOTIFICATIONSREADREQUEST']._serialized_end = 3489
    _globals['_MARKNOTIFICATIONSREADRESPONSE']._serialized_start = 3492
    _globals['_MARKNOTIFICATIONSREADRESPONSE']._serialized_end = 3651
    _globals['_GETNOTIFICATIONPREFERENCESREQUEST']._serialized_start = 3653
    _globals['_GETNOTIFICATIONPREFERENCESREQUEST']._serialized_end = 3756
    _globals['_GETNOTIFICATIONPREFERENCESRESPONSE']._serialized_start = 3758
    _globals['_GETNOTIFICATIONPREFERENCESRESPONSE']._serialized_end = 3870
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST']._serialized_start = 3873
    _globals['_UPDATENOTIFICATIONPREFERENCESREQUEST']._serialized_end = 4471
    _globals['_UPDATENOTIFICATIONPREFERENCESRESPONSE']._serialized_start = 4473
    _globals['_UPDATENOTIFICATIONPREFERENCESRESPONSE']._serialized_end = 4588
    _globals['_NOTIFICATIONSERVICE']._serialized_start = 4591
    _globals['_NOTIFICATIONSERVICE']._serialized_end = 6059