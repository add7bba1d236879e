"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'notification/v1/notification_resources.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n,notification/v1/notification_resources.proto\x12\x0fnotification.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1fgoogle/protobuf/timestamp.proto"\xc6\x07\n\x0cNotification\x12\'\n\x0fnotification_id\x18\x01 \x01(\tR\x0enotificationId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12>\n\x07channel\x18\x03 \x01(\x0e2$.notification.v1.NotificationChannelR\x07channel\x12A\n\x08category\x18\x04 \x01(\x0e2%.notification.v1.NotificationCategoryR\x08category\x12\x1f\n\x0btemplate_id\x18\x05 \x01(\tR\ntemplateId\x12M\n\nparameters\x18\x06 \x03(\x0b2-.notification.v1.Notification.ParametersEntryR\nparameters\x12\x14\n\x05title\x18\x07 \x01(\tR\x05title\x12\x12\n\x04body\x18\x08 \x01(\tR\x04body\x128\n\x05state\x18\t \x01(\x0e2".notification.v1.NotificationStateR\x05state\x12%\n\x0efailure_reason\x18\n \x01(\tR\rfailureReason\x12#\n\rattempt_count\x18\x0b \x01(\x05R\x0cattemptCount\x12&\n\x0fsource_event_id\x18\x0c \x01(\tR\rsourceEventId\x12;\n\x0bcreate_time\x18\r \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bupdate_time\x18\x0e \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime\x12?\n\rschedule_time\x18\x0f \x01(\x0b2\x1a.google.protobuf.TimestampR\x0cscheduleTime\x127\n\tsend_time\x18\x10 \x01(\x0b2\x1a.google.protobuf.TimestampR\x08sendTime\x12=\n\x0cdeliver_time\x18\x11 \x01(\x0b2\x1a.google.protobuf.TimestampR\x0bdeliverTime\x127\n\tread_time\x18\x12 \x01(\x0b2\x1a.google.protobuf.TimestampR\x08readTime\x1a=\n\x0fParametersEntry\x12\x10\n\x03key\x18\x01 \x01(\tR\x03key\x12\x14\n\x05value\x18\x02 \x01(\tR\x05value:\x028\x01"y\n\x11ChannelPreference\x12J\n\x07channel\x18\x01 \x01(\x0e2$.notification.v1.NotificationChannelB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x07channel\x12\x18\n\x07enabled\x18\x02 \x01(\x08R\x07enabled"\xba\x01\n\x12CategoryPreference\x12M\n\x08category\x18\x01 \x01(\x0e2%.notification.v1.NotificationCategoryB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x08category\x12U\n\x08channels\x18\x02 \x03(\x0e2$.notification.v1.NotificationChannelB\x13\xbaH\x10\x92\x01\r\x10\x04\x18\x01"\x07\x82\x01\x04\x10\x01 \x00R\x08channels"\x83\x03\n\nQuietHours\x12R\n\x10start_local_time\x18\x01 \x01(\tB(\xbaH%r#\x18 2\x1f^([01][0-9]|2[0-3]):[0-5][0-9]$R\x0estartLocalTime\x12N\n\x0eend_local_time\x18\x02 \x01(\tB(\xbaH%r#\x18 2\x1f^([01][0-9]|2[0-3]):[0-5][0-9]$R\x0cendLocalTime\x12T\n\ttime_zone\x18\x03 \x01(\tB7\xbaH4r2\x10\x01\x18@2,^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$R\x08timeZone:{\xbaHx\x1av\n\x15quiet_hours.non_empty\x12/start_local_time and end_local_time must differ\x1a,this.start_local_time != this.end_local_time"\xd9\x05\n\x17NotificationPreferences\x12!\n\x07user_id\x18\x01 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\x06userId\x12\xd1\x01\n\x08channels\x18\x02 \x03(\x0b2".notification.v1.ChannelPreferenceB\x90\x01\xbaH\x8c\x01\x92\x01\x02\x10\x04\xba\x01\x83\x01\n(notification_preferences.channels_unique\x12$each channel may appear at most once\x1a1size(this) > 4 || this.map(c, c.channel).unique()R\x08channels\x12\xda\x01\n\ncategories\x18\x03 \x03(\x0b2#.notification.v1.CategoryPreferenceB\x94\x01\xbaH\x90\x01\x92\x01\x02\x10\x07\xba\x01\x87\x01\n*notification_preferences.categories_unique\x12%each category may appear at most once\x1a2size(this) > 7 || this.map(c, c.category).unique()R\ncategories\x12<\n\x0bquiet_hours\x18\x04 \x01(\x0b2\x1b.notification.v1.QuietHoursR\nquietHours\x12Q\n\rlanguage_code\x18\x05 \x01(\tB,\xbaH)r\'\x18#2#^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$R\x0clanguageCode\x12;\n\x0bupdate_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime\x12\x1c\n\x04etag\x18\x07 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\x04etag*\xb9\x01\n\x13NotificationChannel\x12$\n NOTIFICATION_CHANNEL_UNSPECIFIED\x10\x00\x12\x1e\n\x1aNOTIFICATION_CHANNEL_EMAIL\x10\x01\x12\x1c\n\x18NOTIFICATION_CHANNEL_SMS\x10\x02\x12\x1d\n\x19NOTIFICATION_CHANNEL_PUSH\x10\x03\x12\x1f\n\x1bNOTIFICATION_CHANNEL_IN_APP\x10\x04*\xb7\x02\n\x14NotificationCategory\x12%\n!NOTIFICATION_CATEGORY_UNSPECIFIED\x10\x00\x12!\n\x1dNOTIFICATION_CATEGORY_ACCOUNT\x10\x01\x12"\n\x1eNOTIFICATION_CATEGORY_SECURITY\x10\x02\x12%\n!NOTIFICATION_CATEGORY_TRANSACTION\x10\x03\x12\x1d\n\x19NOTIFICATION_CATEGORY_BET\x10\x04\x12 \n\x1cNOTIFICATION_CATEGORY_REPORT\x10\x05\x12#\n\x1fNOTIFICATION_CATEGORY_MARKETING\x10\x06\x12$\n NOTIFICATION_CATEGORY_OPERATIONS\x10\x07*\xf4\x01\n\x11NotificationState\x12"\n\x1eNOTIFICATION_STATE_UNSPECIFIED\x10\x00\x12\x1d\n\x19NOTIFICATION_STATE_QUEUED\x10\x01\x12\x1b\n\x17NOTIFICATION_STATE_SENT\x10\x02\x12 \n\x1cNOTIFICATION_STATE_DELIVERED\x10\x03\x12\x1b\n\x17NOTIFICATION_STATE_READ\x10\x04\x12\x1d\n\x19NOTIFICATION_STATE_FAILED\x10\x05\x12!\n\x1dNOTIFICATION_STATE_SUPPRESSED\x10\x06B\x7f\n\x1ecom.tam.protos.notification.v1B\x1aNotificationResourcesProtoP\x01Z?github.com/tam/tam-protos/gen/go/notification/v1;notificationv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'notification.v1.notification_resources_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x1ecom.tam.protos.notification.v1B\x1aNotificationResourcesProtoP\x01Z?github.com/tam/tam-protos/gen/go/notification/v1;notificationv1'
    _globals['_NOTIFICATION_PARAMETERSENTRY']._loaded_options = None
    _globals['_NOTIFICATION_PARAMETERSENTRY']._serialized_options = b'8\x01'
    _globals['_CHANNELPREFERENCE'].fields_by_name['channel']._loaded_options = None
    _globals['_CHANNELPREFERENCE'].fields_by_name['channel']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_CATEGORYPREFERENCE'].fields_by_name['category']._loaded_options = None
    _globals['_CATEGORYPREFERENCE'].fields_by_name['category']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_CATEGORYPREFERENCE'].fields_by_name['channels']._loaded_options = None
    _globals['_CATEGORYPREFERENCE'].fields_by_name['channels']._serialized_options = b'\xbaH\x10\x92\x01\r\x10\x04\x18\x01"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_QUIETHOURS'].fields_by_name['start_local_time']._loaded_options = None
    _globals['_QUIETHOURS'].fields_by_name['start_local_time']._serialized_options = b'\xbaH%r#\x18 2\x1f^([01][0-9]|2[0-3]):[0-5][0-9]$'
    _globals['_QUIETHOURS'].fields_by_name['end_local_time']._loaded_options = None
    _globals['_QUIETHOURS'].fields_by_name['end_local_time']._serialized_options = b'\xbaH%r#\x18 2\x1f^([01][0-9]|2[0-3]):[0-5][0-9]$'
    _globals['_QUIETHOURS'].fields_by_name['time_zone']._loaded_options = None
    _globals['_QUIETHOURS'].fields_by_name['time_zone']._serialized_options = b'\xbaH4r2\x10\x01\x18@2,^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$'
    _globals['_QUIETHOURS']._loaded_options = None
    _globals['_QUIETHOURS']._serialized_options = b'\xbaHx\x1av\n\x15quiet_hours.non_empty\x12/start_local_time and end_local_time must differ\x1a,this.start_local_time != this.end_local_time'
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['user_id']._loaded_options = None
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['user_id']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['channels']._loaded_options = None
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['channels']._serialized_options = b'\xbaH\x8c\x01\x92\x01\x02\x10\x04\xba\x01\x83\x01\n(notification_preferences.channels_unique\x12$each channel may appear at most once\x1a1size(this) > 4 || this.map(c, c.channel).unique()'
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['categories']._loaded_options = None
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['categories']._serialized_options = b'\xbaH\x90\x01\x92\x01\x02\x10\x07\xba\x01\x87\x01\n*notification_preferences.categories_unique\x12%each category may appear at most once\x1a2size(this) > 7 || this.map(c, c.category).unique()'
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['language_code']._loaded_options = None
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['language_code']._serialized_options = b"\xbaH)r'\x18#2#^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$"
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['etag']._loaded_options = None
    _globals['_NOTIFICATIONPREFERENCES'].fields_by_name['etag']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_NOTIFICATIONCHANNEL']._serialized_start = 2531
    _globals['_NOTIFICATIONCHANNEL']._serialized_end = 2716
    _globals['_NOTIFICATIONCATEGORY']._serialized_start = 2719
    _globals['_NOTIFICATIONCATEGORY']._serialized_end = 3030
    _globals['_NOTIFICATIONSTATE']._serialized_start = 3033
    _globals['_NOTIFICATIONSTATE']._serialized_end = 3277
    _globals['_NOTIFICATION']._serialized_start = 128
    _globals['_NOTIFICATION']._serialized_end = 1094
    _globals['_NOTIFICATION_PARAMETERSENTRY']._serialized_start = 1033
    _globals['_NOTIFICATION_PARAMETERSENTRY']._serialized_end = 1094
    _globals['_CHANNELPREFERENCE']._serialized_start = 1096
    _globals['_CHANNELPREFERENCE']._serialized_end = 1217
    _globals['_CATEGORYPREFERENCE']._serialized_start = 1220
    _globals['_CATEGORYPREFERENCE']._serialized_end = 1406
    _globals['_QUIETHOURS']._serialized_start = 1409
    _globals['_QUIETHOURS']._serialized_end = 1796
    _globals['_NOTIFICATIONPREFERENCES']._serialized_start = 1799
    _globals['_NOTIFICATIONPREFERENCES']._serialized_end = 2528