"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'user/v1/user_service.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
from ...user.v1 import user_resources_pb2 as user_dot_v1_dot_user__resources__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1auser/v1/user_service.proto\x12\x07user.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x1fgoogle/protobuf/timestamp.proto\x1a\x1cuser/v1/user_resources.proto"\xab\x03\n\x13RegisterUserRequest\x12 \n\x05email\x18\x01 \x01(\tB\n\xbaH\x07r\x05\x18\xfe\x01`\x01R\x05email\x12)\n\x08password\x18\x02 \x01(\tB\r\x80\x01\x01\xbaH\x07r\x05\x10\x0c\x18\x80\x01R\x08password\x12,\n\x0cdisplay_name\x18\x03 \x01(\tB\t\xbaH\x06r\x04\x10\x01\x18@R\x0bdisplayName\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12/\n\x08currency\x18\x05 \x01(\tB\x13\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$R\x08currency\x12-\n\x07country\x18\x06 \x01(\tB\x13\xbaH\x10r\x0e\x18\x022\n^[A-Z]{2}$R\x07country\x12e\n\nbirth_date\x18\x07 \x01(\tBF\x80\x01\x01\xbaH@r>\x18\n2:^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$R\tbirthDate"9\n\x14RegisterUserResponse\x12!\n\x04user\x18\x01 \x01(\x0b2\r.user.v1.UserR\x04user"\xde\x01\n\x10LoginUserRequest\x12 \n\x05email\x18\x01 \x01(\tB\n\xbaH\x07r\x05\x18\xfe\x01`\x01R\x05email\x12)\n\x08password\x18\x02 \x01(\tB\r\x80\x01\x01\xbaH\x07r\x05\x10\x01\x18\x80\x01R\x08password\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12)\n\x0bdevice_name\x18\x04 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x01R\ndeviceName"\xca\x02\n\x11LoginUserResponse\x12&\n\x0caccess_token\x18\x01 \x01(\tB\x03\x80\x01\x01R\x0baccessToken\x12H\n\x12access_expire_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampR\x10accessExpireTime\x12(\n\rrefresh_token\x18\x03 \x01(\tB\x03\x80\x01\x01R\x0crefreshToken\x12J\n\x13refresh_expire_time\x18\x04 \x01(\x0b2\x1a.google.protobuf.TimestampR\x11refreshExpireTime\x12*\n\x07session\x18\x05 \x01(\x0b2\x10.user.v1.SessionR\x07session\x12!\n\x04user\x18\x06 \x01(\x0b2\r.user.v1.UserR\x04user"\x9f\x01\n\x15RefreshSessionRequest\x122\n\rrefresh_token\x18\x01 \x01(\tB\r\x80\x01\x01\xbaH\x07r\x05\x10\x01\x18\x80\x04R\x0crefreshToken\x12R\n\x0fidempotency_key\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"\xac\x02\n\x16RefreshSessionResponse\x12&\n\x0caccess_token\x18\x01 \x01(\tB\x03\x80\x01\x01R\x0baccessToken\x12H\n\x12access_expire_time\x18\x02 \x01(\x0b2\x1a.google.protobuf.TimestampR\x10accessExpireTime\x12(\n\rrefresh_token\x18\x03 \x01(\tB\x03\x80\x01\x01R\x0crefreshToken\x12J\n\x13refresh_expire_time\x18\x04 \x01(\x0b2\x1a.google.protobuf.TimestampR\x11refreshExpireTime\x12*\n\x07session\x18\x05 \x01(\x0b2\x10.user.v1.SessionR\x07session"\xd6\x02\n\x14LogoutSessionRequest\x12I\n\nsession_id\x18\x01 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\tsessionId\x12!\n\x0call_sessions\x18\x02 \x01(\x08R\x0ballSessions\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey:|\xbaHy\x1aw\n\x15logout_session.target\x121session_id must be empty when all_sessions is set\x1a+!this.all_sessions || this.session_id == \'\'"w\n\x15LogoutSessionResponse\x12*\n\x07session\x18\x01 \x01(\x0b2\x10.user.v1.SessionR\x07session\x122\n\x15revoked_session_count\x18\x02 \x01(\x05R\x13revokedSessionCount"T\n\x0eGetUserRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId"4\n\x0fGetUserResponse\x12!\n\x04user\x18\x01 \x01(\x0b2\r.user.v1.UserR\x04user"J\n\x16ValidateSessionRequest\x120\n\x0caccess_token\x18\x01 \x01(\tB\r\x80\x01\x01\xbaH\x07r\x05\x10\x01\x18\x80@R\x0baccessToken"\xa5\x02\n\x17ValidateSessionResponse\x12\x17\n\x07user_id\x18\x01 \x01(\tR\x06userId\x12\x1d\n\nsession_id\x18\x02 \x01(\tR\tsessionId\x12\x14\n\x05roles\x18\x03 \x03(\tR\x05roles\x12D\n\x06claims\x18\x04 \x03(\x0b2,.user.v1.ValidateSessionResponse.ClaimsEntryR\x06claims\x12;\n\x0bexpire_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\nexpireTime\x1a9\n\x0bClaimsEntry\x12\x10\n\x03key\x18\x01 \x01(\tR\x03key\x12\x14\n\x05value\x18\x02 \x01(\tR\x05value:\x028\x01"\xcc\x01\n\x12DisableUserRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12\x1e\n\x04note\x18\x02 \x01(\tB\n\xbaH\x07r\x05\x10\x01\x18\x80\x04R\x04note\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"\x86\x01\n\x13DisableUserResponse\x12\x18\n\x07changed\x18\x01 \x01(\x08R\x07changed\x12!\n\x04user\x18\x02 \x01(\x0b2\r.user.v1.UserR\x04user\x122\n\x15revoked_session_count\x18\x03 \x01(\x05R\x13revokedSessionCount"\xcb\x01\n\x11EnableUserRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12\x1e\n\x04note\x18\x02 \x01(\tB\n\xbaH\x07r\x05\x10\x01\x18\x80\x04R\x04note\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"Q\n\x12EnableUserResponse\x12\x18\n\x07changed\x18\x01 \x01(\x08R\x07changed\x12!\n\x04user\x18\x02 \x01(\x0b2\r.user.v1.UserR\x04user2\xa2\x05\n\x0bUserService\x12P\n\x0cRegisterUser\x12\x1c.user.v1.RegisterUserRequest\x1a\x1d.user.v1.RegisterUserResponse"\x03\x90\x02\x02\x12G\n\tLoginUser\x12\x19.user.v1.LoginUserRequest\x1a\x1a.user.v1.LoginUserResponse"\x03\x90\x02\x02\x12V\n\x0eRefreshSession\x12\x1e.user.v1.RefreshSessionRequest\x1a\x1f.user.v1.RefreshSessionResponse"\x03\x90\x02\x02\x12S\n\rLogoutSession\x12\x1d.user.v1.LogoutSessionRequest\x1a\x1e.user.v1.LogoutSessionResponse"\x03\x90\x02\x02\x12A\n\x07GetUser\x12\x17.user.v1.GetUserRequest\x1a\x18.user.v1.GetUserResponse"\x03\x90\x02\x01\x12Y\n\x0fValidateSession\x12\x1f.user.v1.ValidateSessionRequest\x1a .user.v1.ValidateSessionResponse"\x03\x90\x02\x01\x12M\n\x0bDisableUser\x12\x1b.user.v1.DisableUserRequest\x1a\x1c.user.v1.DisableUserResponse"\x03\x90\x02\x02\x12J\n\nEnableUser\x12\x1a.user.v1.EnableUserRequest\x1a\x1b.user.v1.EnableUserResponse"\x03\x90\x02\x02\x1a\x12\xba\xbb\x18\x0e\n\x0cuser-serviceB]\n\x16com.tam.protos.user.v1B\x10UserServiceProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'user.v1.user_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x16com.tam.protos.user.v1B\x10UserServiceProtoP\x01Z/github.com/tam/tam-protos/gen/go/user/v1;userv1'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['email']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['email']._serialized_options = b'\xbaH\x07r\x05\x18\xfe\x01`\x01'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['password']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['password']._serialized_options = b'\x80\x01\x01\xbaH\x07r\x05\x10\x0c\x18\x80\x01'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['display_name']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['display_name']._serialized_options = b'\xbaH\x06r\x04\x10\x01\x18@'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x10r\x0e\x18\x032\n^[A-Z]{3}$'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['country']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['country']._serialized_options = b'\xbaH\x10r\x0e\x18\x022\n^[A-Z]{2}$'
    _globals['_REGISTERUSERREQUEST'].fields_by_name['birth_date']._loaded_options = None
    _globals['_REGISTERUSERREQUEST'].fields_by_name['birth_date']._serialized_options = b'\x80\x01\x01\xbaH@r>\x18\n2:^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
    _globals['_LOGINUSERREQUEST'].fields_by_name['email']._loaded_options = None
    _globals['_LOGINUSERREQUEST'].fields_by_name['email']._serialized_options = b'\xbaH\x07r\x05\x18\xfe\x01`\x01'
    _globals['_LOGINUSERREQUEST'].fields_by_name['password']._loaded_options = None
    _globals['_LOGINUSERREQUEST'].fields_by_name['password']._serialized_options = b'\x80\x01\x01\xbaH\x07r\x05\x10\x01\x18\x80\x01'
    _globals['_LOGINUSERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_LOGINUSERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_LOGINUSERREQUEST'].fields_by_name['device_name']._loaded_options = None
    _globals['_LOGINUSERREQUEST'].fields_by_name['device_name']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x01'
    _globals['_LOGINUSERRESPONSE'].fields_by_name['access_token']._loaded_options = None
    _globals['_LOGINUSERRESPONSE'].fields_by_name['access_token']._serialized_options = b'\x80\x01\x01'
    _globals['_LOGINUSERRESPONSE'].fields_by_name['refresh_token']._loaded_options = None
    _globals['_LOGINUSERRESPONSE'].fields_by_name['refresh_token']._serialized_options = b'\x80\x01\x01'
    _globals['_REFRESHSESSIONREQUEST'].fields_by_name['refresh_token']._loaded_options = None
    _globals['_REFRESHSESSIONREQUEST'].fields_by_name['refresh_token']._serialized_options = b'\x80\x01\x01\xbaH\x07r\x05\x10\x01\x18\x80\x04'
    _globals['_REFRESHSESSIONREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_REFRESHSESSIONREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_REFRESHSESSIONRESPONSE'].fields_by_name['access_token']._loaded_options = None
    _globals['_REFRESHSESSIONRESPONSE'].fields_by_name['access_token']._serialized_options = b'\x80\x01\x01'
    _globals['_REFRESHSESSIONRESPONSE'].fields_by_name['refresh_token']._loaded_options = None
    _globals['_REFRESHSESSIONRESPONSE'].fields_by_name['refresh_token']._serialized_options = b'\x80\x01\x01'
    _globals['_LOGOUTSESSIONREQUEST'].fields_by_name['session_id']._loaded_options = None
    _globals['_LOGOUTSESSIONREQUEST'].fields_by_name['session_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_LOGOUTSESSIONREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_LOGOUTSESSIONREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_LOGOUTSESSIONREQUEST']._loaded_options = None
    _globals['_LOGOUTSESSIONREQUEST']._serialized_options = b"\xbaHy\x1aw\n\x15logout_session.target\x121session_id must be empty when all_sessions is set\x1a+!this.all_sessions || this.session_id == ''"
    _globals['_GETUSERREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_GETUSERREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_VALIDATESESSIONREQUEST'].fields_by_name['access_token']._loaded_options = None
    _globals['_VALIDATESESSIONREQUEST'].fields_by_name['access_token']._serialized_options = b'\x80\x01\x01\xbaH\x07r\x05\x10\x01\x18\x80@'
    _globals['_VALIDATESESSIONRESPONSE_CLAIMSENTRY']._loaded_options = None
    _globals['_VALIDATESESSIONRESPONSE_CLAIMSENTRY']._serialized_options = b'8\x01'
    _globals['_DISABLEUSERREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_DISABLEUSERREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_DISABLEUSERREQUEST'].fields_by_name['note']._loaded_options = None
    _globals['_DISABLEUSERREQUEST'].fields_by_name['note']._serialized_options = b'\xbaH\x07r\x05\x10\x01\x18\x80\x04'
    _globals['_DISABLEUSERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_DISABLEUSERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ENABLEUSERREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_ENABLEUSERREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_ENABLEUSERREQUEST'].fields_by_name['note']._loaded_options = None
    _globals['_ENABLEUSERREQUEST'].fields_by_name['note']._serialized_options = b'\xbaH\x07r\x05\x10\x01\x18\x80\x04'
    _globals['_ENABLEUSERREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_ENABLEUSERREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_USERSERVICE']._loaded_options = None
    _globals['_USERSERVICE']._serialized_options = b'\xba\xbb\x18\x0e\n\x0cuser-service'
    _globals['_USERSERVICE'].methods_by_name['RegisterUser']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['RegisterUser']._serialized_options = b'\x90\x02\x02'
    _globals['_USERSERVICE'].methods_by_name['LoginUser']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['LoginUser']._serialized_options = b'\x90\x02\x02'
    _globals['_USERSERVICE'].methods_by_name['RefreshSession']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['RefreshSession']._serialized_options = b'\x90\x02\x02'
    _globals['_USERSERVICE'].methods_by_name['LogoutSession']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['LogoutSession']._serialized_options = b'\x90\x02\x02'
    _globals['_USERSERVICE'].methods_by_name['GetUser']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['GetUser']._serialized_options = b'\x90\x02\x01'
    _globals['_USERSERVICE'].methods_by_name['ValidateSession']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['ValidateSession']._serialized_options = b'\x90\x02\x01'
    _globals['_USERSERVICE'].methods_by_name['DisableUser']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['DisableUser']._serialized_options = b'\x90\x02\x02'
    _globals['_USERSERVICE'].methods_by_name['EnableUser']._loaded_options = None
    _globals['_USERSERVICE'].methods_by_name['EnableUser']._serialized_options = b'\x90\x02\x02'
    _globals['_REGISTERUSERREQUEST']._serialized_start = 161
    _globals['_REGISTERUSERREQUEST']._serialized_end = 588
    _globals['_REGISTERUSERRESPONSE']._serialized_start = 590
    _globals['_REGISTERUSERRESPONSE']._serialized_end = 647
    _globals['_LOGINUSERREQUEST']._serialized_start = 650
    _globals['_LOGINUSERREQUEST']._serialized_end = 872
    _globals['_LOGINUSERRESPONSE']._serialized_start = 875
    _globals['_LOGINUSERRESPONSE']._serialized_end = 1205
    _globals['_REFRESHSESSIONREQUEST']._serialized_start = 1208
    _globals['_REFRESHSESSIONREQUEST']._serialized_end = 1367
    _globals['_REFRESHSESSIONRESPONSE']._serialized_start = 1370
    _globals['_REFRESHSESSIONRESPONSE']._serialized_end = 1670
    _globals['_LOGOUTSESSIONREQUEST']._serialized_start = 1673
    _globals['_LOGOUTSESSIONREQUEST']._serialized_end = 2015
    _globals['_LOGOUTSESSIONRESPONSE']._serialized_start = 2017
    _globals['_LOGOUTSESSIONRESPONSE']._serialized_end = 2136
    _globals['_GETUSERREQUEST']._serialized_start = 2138
    _globals['_GETUSERREQUEST']._serialized_end = 2222
    _globals['_GETUSERRESPONSE']._serialized_start = 2224
    _globals['_GETUSERRESPONSE']._serialized_end = 2276
    _globals['_VALIDATESESSIONREQUEST']._serialized_start = 2278
    _globals['_VALIDATESESSIONREQUEST']._serialized_end = 2352
    _globals['_VALIDATESESSIONRESPONSE']._serialized_start = 2355
    _globals['_VALIDATESESSIONRESPONSE']._serialized_end = 2648
    _globals['_VALIDATESESSIONRESPONSE_CLAIMSENTRY']._serialized_start = 2591
    _globals['_VALIDATESESSIONRESPONSE_CLAIMSENTRY']._serialized_end = 2648
    _globals['_DISABLEUSERREQUEST']._serialized_start = 2651
    _globals['_DISABLEUSERREQUEST']._serialized_end = 2855
    _globals['_DISABLEUSERRESPONSE']._serialized_start = 2858
    _globals['_DISABLEUSERRESPONSE']._serialized_end = 2992
    _globals['_ENABLEUSERREQUEST']._serialized_start = 2995
    _globals['_ENABLEUSERREQUEST']._serialized_end = 3198
    _globals['_ENABLEUSERRESPONSE']._serialized_start = 3200
    _globals['_ENABLEUSERRESPONSE']._serialized_end = 3281
    _globals['_USERSERVICE']._serialized_start = 3284
    _globals['_USERSERVICE']._serialized_end = 3958