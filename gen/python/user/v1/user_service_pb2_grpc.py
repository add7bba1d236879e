"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...user.v1 import user_service_pb2 as user_dot_v1_dot_user__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in user/v1/user_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class UserServiceStub:
    """UserService (user-service) owns user accounts, credentials and sessions, and
    is the platform's only authority on who a caller is.

    Tokens. A successful LoginUser creates a session and returns two tokens:
    * an access token: a signed JWT (JWS, compact form) valid for 15 minutes by
    default, never beyond the session's `expire_time` (so that an unexpired
    access token never outlives its session). Its claims are `sub` (user
    id), `sid` (session id), `roles` (array of role names), `iat` and `exp`
    (seconds since the epoch), `iss` ("user.tam.internal") and `jti` (unique
    token id).
    * a refresh token: an opaque random string (at least 256 bits of entropy)
    valid for 30 days after it is issued, never longer than the session's
    absolute lifetime (90 days after login by default). It is single-use:
    RefreshSession rotates it (see there).
    The session id stays the same for the whole session; access and refresh
    tokens change on every refresh.

    Auth metadata. Clients send `authorization: Bearer <access token>` on every
    call to every service. Public RPCs, which need no token, are RegisterUser,
    LoginUser, RefreshSession and ValidateSession (the token travels in its
    request body). Every other RPC of every service goes through a session
    middleware that calls ValidateSession and fails the call with
    UNAUTHENTICATED and the reason ValidateSession returned, or TOKEN_MISSING
    when the header is absent or not of the form `Bearer <token>`. See
    docs/AUTH.md.

    Session storage (guidance). Sessions live in Redis so that every replica
    sees a revocation at once:
    * `session:{<sid>}`: hash with `user_id`, `state`, `roles`,
    `refresh_generation`, `create_time`, `expire_time`; TTL = time until the
    session's `expire_time` plus the access-token lifetime, so that a revoked
    session is still known (and reported as SESSION_REVOKED, not
    TOKEN_INVALID) while its last access token could still be presented.
    * `refresh:<sha256(refresh token)>`: `sid` and `generation` of the token;
    TTL = the refresh token's lifetime. Rotated tokens are kept until their
    own expiry so that their reuse can be detected.
    * `user_sessions:{<user_id>}`: set of the user's session ids, for "log out
    everywhere".
    Tokens are never stored in clear: only their SHA-256.

    Idempotency. Every write carries `idempotency_key`. A retry with the same key
    and the same request returns the original outcome (including the original
    error, if it was not retryable); the same key with a different request fails
    with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first
    call runs fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept
    for at least 7 days. Their scope is (RPC, owner): the lower-cased email for
    RegisterUser and LoginUser, the session for RefreshSession and
    LogoutSession, the target `user_id` for DisableUser and EnableUser. A
    stored response that holds tokens is encrypted at rest. Which outcomes are
    stored follows the platform rule in docs/CONVENTIONS.md: where an error's
    cause can go away (ACCOUNT_LOCKED, ACCOUNT_DISABLED) the client retries
    with a new key once it has.

    Access. RegisterUser, LoginUser, RefreshSession and ValidateSession are
    public; LogoutSession and GetUser need a token (another user's data needs
    "operator", "admin" or "service"); DisableUser and EnableUser need
    "operator" or "admin". Otherwise PERMISSION_DENIED / PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "user.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `user.v1.UserErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAVAILABLE / DEPENDENCY_UNAVAILABLE (Redis or the user
    database is down) and RESOURCE_EXHAUSTED / RATE_LIMITED; the non-public RPCs
    can also return UNAUTHENTICATED / TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED or SESSION_REVOKED. These are not repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.RegisterUser = channel.unary_unary('/user.v1.UserService/RegisterUser', request_serializer=user_dot_v1_dot_user__service__pb2.RegisterUserRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.RegisterUserResponse.FromString, _registered_method=True)
        self.LoginUser = channel.unary_unary('/user.v1.UserService/LoginUser', request_serializer=user_dot_v1_dot_user__service__pb2.LoginUserRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.LoginUserResponse.FromString, _registered_method=True)
        self.RefreshSession = channel.unary_unary('/user.v1.UserService/RefreshSession', request_serializer=user_dot_v1_dot_user__service__pb2.RefreshSessionRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.RefreshSessionResponse.FromString, _registered_method=True)
        self.LogoutSession = channel.unary_unary('/user.v1.UserService/LogoutSession', request_serializer=user_dot_v1_dot_user__service__pb2.LogoutSessionRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.LogoutSessionResponse.FromString, _registered_method=True)
        self.GetUser = channel.unary_unary('/user.v1.UserService/GetUser', request_serializer=user_dot_v1_dot_user__service__pb2.GetUserRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.GetUserResponse.FromString, _registered_method=True)
        self.ValidateSession = channel.unary_unary('/user.v1.UserService/ValidateSession', request_serializer=user_dot_v1_dot_user__service__pb2.ValidateSessionRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.ValidateSessionResponse.FromString, _registered_method=True)
        self.DisableUser = channel.unary_unary('/user.v1.UserService/DisableUser', request_serializer=user_dot_v1_dot_user__service__pb2.DisableUserRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.DisableUserResponse.FromString, _registered_method=True)
        self.EnableUser = channel.unary_unary('/user.v1.UserService/EnableUser', request_serializer=user_dot_v1_dot_user__service__pb2.EnableUserRequest.SerializeToString, response_deserializer=user_dot_v1_dot_user__service__pb2.EnableUserResponse.FromString, _registered_method=True)

class UserServiceServicer:
    """UserService (user-service) owns user accounts, credentials and sessions, and
    is the platform's only authority on who a caller is.

    Tokens. A successful LoginUser creates a session and returns two tokens:
    * an access token: a signed JWT (JWS, compact form) valid for 15 minutes by
    default, never beyond the session's `expire_time` (so that an unexpired
    access token never outlives its session). Its claims are `sub` (user
    id), `sid` (session id), `roles` (array of role names), `iat` and `exp`
    (seconds since the epoch), `iss` ("user.tam.internal") and `jti` (unique
    token id).
    * a refresh token: an opaque random string (at least 256 bits of entropy)
    valid for 30 days after it is issued, never longer than the session's
    absolute lifetime (90 days after login by default). It is single-use:
    RefreshSession rotates it (see there).
    The session id stays the same for the whole session; access and refresh
    tokens change on every refresh.

    Auth metadata. Clients send `authorization: Bearer <access token>` on every
    call to every service. Public RPCs, which need no token, are RegisterUser,
    LoginUser, RefreshSession and ValidateSession (the token travels in its
    request body). Every other RPC of every service goes through a session
    middleware that calls ValidateSession and fails the call with
    UNAUTHENTICATED and the reason ValidateSession returned, or TOKEN_MISSING
    when the header is absent or not of the form `Bearer <token>`. See
    docs/AUTH.md.

    Session storage (guidance). Sessions live in Redis so that every replica
    sees a revocation at once:
    * `session:{<sid>}`: hash with `user_id`, `state`, `roles`,
    `refresh_generation`, `create_time`, `expire_time`; TTL = time until the
    session's `expire_time` plus the access-token lifetime, so that a revoked
    session is still known (and reported as SESSION_REVOKED, not
    TOKEN_INVALID) while its last access token could still be presented.
    * `refresh:<sha256(refresh token)>`: `sid` and `generation` of the token;
    TTL = the refresh token's lifetime. Rotated tokens are kept until their
    own expiry so that their reuse can be detected.
    * `user_sessions:{<user_id>}`: set of the user's session ids, for "log out
    everywhere".
    Tokens are never stored in clear: only their SHA-256.

    Idempotency. Every write carries `idempotency_key`. A retry with the same key
    and the same request returns the original outcome (including the original
    error, if it was not retryable); the same key with a different request fails
    with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first
    call runs fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept
    for at least 7 days. Their scope is (RPC, owner): the lower-cased email for
    RegisterUser and LoginUser, the session for RefreshSession and
    LogoutSession, the target `user_id` for DisableUser and EnableUser. A
    stored response that holds tokens is encrypted at rest. Which outcomes are
    stored follows the platform rule in docs/CONVENTIONS.md: where an error's
    cause can go away (ACCOUNT_LOCKED, ACCOUNT_DISABLED) the client retries
    with a new key once it has.

    Access. RegisterUser, LoginUser, RefreshSession and ValidateSession are
    public; LogoutSession and GetUser need a token (another user's data needs
    "operator", "admin" or "service"); DisableUser and EnableUser need
    "operator" or "admin". Otherwise PERMISSION_DENIED / PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "user.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `user.v1.UserErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAVAILABLE / DEPENDENCY_UNAVAILABLE (Redis or the user
    database is down) and RESOURCE_EXHAUSTED / RATE_LIMITED; the non-public RPCs
    can also return UNAUTHENTICATED / TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED or SESSION_REVOKED. These are not repeated below.
    """

    def RegisterUser(self, request, context):
        """Creates a user account with the role "user" and state ACTIVE, and
        publishes UserRegisteredEvent (`tam.user.v1.user.registered`). It does not
        log the user in: call LoginUser next. Public (no token needed).

        The email is compared case-insensitively and must not belong to another
        account. The password is stored only as an Argon2id hash. `currency`
        becomes the wallet's: wallet-service consumes the event and opens the
        wallet in it (key "open-wallet:<user_id>"), so sign-up needs no second
        call and survives a crash between the two services; until the wallet
        exists, wallet calls answer NOT_FOUND / WALLET_NOT_FOUND and clients
        retry. `country` and `birth_date` are checked against the licensing
        rules (countries served, legal age).

        Errors:
        * ALREADY_EXISTS / EMAIL_ALREADY_REGISTERED: another account uses the
        email (a retry with the same idempotency key returns the account created
        by the first call instead).
        * INVALID_ARGUMENT / PASSWORD_TOO_WEAK: the password is on the breached or
        common-password list, or contains the email's local part
        (case-insensitively). Metadata: `rule` ("breached", "common",
        "contains_email").
        * INVALID_ARGUMENT / CURRENCY_NOT_SUPPORTED: `currency` is not in the
        platform's currency table. Metadata: `currency`.
        * FAILED_PRECONDITION / COUNTRY_NOT_SUPPORTED. Metadata: `country`.
        * FAILED_PRECONDITION / UNDERAGE: younger than the legal gambling age.
        Metadata: `minimumAge`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def LoginUser(self, request, context):
        """Checks the email and password and, if they match an ACTIVE account,
        creates an ACTIVE session, returns a new access token and refresh token,
        and publishes SessionCreatedEvent (`tam.user.v1.session.created`). Public.

        A retry with the same idempotency key returns the original response, the
        same session and tokens included (the stored copy is encrypted at rest);
        it creates no second session. Those tokens may since have been rotated or
        revoked: the client then logs in again with a new key.

        Lockout. Five failed attempts (wrong password) on one account within 15
        minutes lock it: ACTIVE -> LOCKED, `unlockTime` = the fifth failure + 15
        minutes. While LOCKED every attempt fails with ACCOUNT_LOCKED, whether the
        password is right or not, and neither counts as a failure nor extends the
        lock; when `unlockTime` passes the account is ACTIVE again with its
        failure count reset, as it is by any successful login. Attempts on unknown
        emails lock nothing. A replay with the same idempotency key returns the
        original outcome and is not another attempt.

        Errors:
        * UNAUTHENTICATED / INVALID_CREDENTIALS: unknown email or wrong password
        (one reason for both, so that the RPC does not reveal which emails are
        registered).
        * FAILED_PRECONDITION / ACCOUNT_LOCKED: too many failed attempts.
        Metadata: `unlockTime` (RFC 3339).
        * FAILED_PRECONDITION / ACCOUNT_DISABLED: the account was disabled by an
        operator.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def RefreshSession(self, request, context):
        """Exchanges a refresh token for a new access token and a new refresh token
        (refresh token rotation). Public: the refresh token is the credential.

        Each refresh token is single-use. On success the presented token becomes
        ROTATED, the session's `refresh_generation` increases by one, and the new
        refresh token is valid for 30 days (capped at the session's
        `expire_time`). The session id does not change.

        Reuse detection. Presenting a refresh token that was already rotated means
        it was copied: the whole session (the family of tokens descending from one
        login) is revoked with reason REFRESH_TOKEN_REUSE, every token of it stops
        working at once, SessionRevokedEvent is published, and the call fails with
        UNAUTHENTICATED / REFRESH_TOKEN_REUSED. The exception is an idempotent
        retry: the same refresh token with the same idempotency key returns the
        original new token pair and is not reuse, so that a client that lost the
        response can retry safely.

        Errors:
        * UNAUTHENTICATED / REFRESH_TOKEN_INVALID: unknown or malformed token.
        * UNAUTHENTICATED / REFRESH_TOKEN_EXPIRED: the token or the session's
        absolute lifetime has expired. Log in again.
        * UNAUTHENTICATED / REFRESH_TOKEN_REUSED: see above. Metadata:
        `sessionId`.
        * UNAUTHENTICATED / SESSION_REVOKED: the session was revoked before.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def LogoutSession(self, request, context):
        """Revokes a session (logout): ACTIVE -> REVOKED with reason LOGOUT, or,
        with `all_sessions`, every ACTIVE session of the user with reason
        LOGOUT_ALL. The session's access tokens fail ValidateSession with
        SESSION_REVOKED from then on (middleware caches may accept them for at
        most 30 more seconds) and its refresh token fails RefreshSession.
        Publishes one SessionRevokedEvent per revoked session.

        Logging out a session that is already REVOKED or EXPIRED succeeds and
        changes nothing (`revoked_session_count` is 0), whatever the idempotency
        key.

        Errors:
        * NOT_FOUND / SESSION_NOT_FOUND: `session_id` is unknown or belongs to
        another user (callers without the "admin" role cannot tell which).
        Metadata: `sessionId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetUser(self, request, context):
        """Returns a user account. A caller may read its own account; reading
        another user's needs the role "operator", "admin" or "service".

        Errors:
        * NOT_FOUND / USER_NOT_FOUND. Metadata: `userId`.
        * PERMISSION_DENIED / PERMISSION_DENIED: another user's account without
        the needed role. Metadata: `resource`.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ValidateSession(self, request, context):
        """Checks an access token and returns who it belongs to. This is what every
        service's session middleware calls for each authenticated request. Public
        (the token is in the request body; the call itself needs no
        `authorization` header), but meant for services, not end users.

        Checks, in order: the JWT is well formed, its signature verifies with a
        current key and `iss` is "user.tam.internal" (else TOKEN_INVALID); `exp`
        has not passed (else TOKEN_EXPIRED); the session `sid` exists in Redis
        and belongs to `sub` (else TOKEN_INVALID: session keys outlive the last
        access token issued for them, so a genuine unexpired token always finds
        its session); the session is ACTIVE (else SESSION_REVOKED).

        Caching. Middleware may cache a positive result for at most
        min(30 s, `expire_time` - now), keyed by a hash (SHA-256) of the token,
        never by the token itself. Negative results are not cached. A revocation
        therefore takes effect everywhere within 30 seconds.

        Errors (all UNAUTHENTICATED, one distinct reason per case, domain
        "user.tam.internal", reasons from common.v1.ErrorReason):
        * UNAUTHENTICATED / TOKEN_INVALID: malformed, bad signature, unknown key
        or wrong issuer.
        * UNAUTHENTICATED / TOKEN_EXPIRED: `exp` has passed. Refresh and retry.
        * UNAUTHENTICATED / SESSION_REVOKED: the session was logged out, revoked
        for refresh-token reuse, or revoked by an operator. Metadata:
        `sessionId`, `revokeReason`.
        The middleware returns the same code, reason and domain to its caller.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def DisableUser(self, request, context):
        """Disables an account (operator or admin): ACTIVE or LOCKED -> DISABLED.
        Every ACTIVE session of the user is revoked with reason ADMIN (one
        SessionRevokedEvent each), LoginUser fails with ACCOUNT_DISABLED, and
        UserDisabledEvent records who did it and why (audit). The user's money
        is untouched; freezing the wallet is a separate decision
        (wallet.v1.WalletService.FreezeWallet). Disabling a DISABLED account
        succeeds and changes nothing (`changed` false).

        Errors:
        * NOT_FOUND / USER_NOT_FOUND. Metadata: `userId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def EnableUser(self, request, context):
        """Enables a DISABLED account (operator or admin): DISABLED -> ACTIVE, with
        the failed-login count reset. Sessions revoked by DisableUser stay
        revoked; the user logs in again. Publishes UserEnabledEvent (audit).
        Enabling an account that is not DISABLED succeeds and changes nothing
        (`changed` false).

        Errors:
        * NOT_FOUND / USER_NOT_FOUND. Metadata: `userId`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_UserServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'RegisterUser': grpc.unary_unary_rpc_method_handler(servicer.RegisterUser, request_deserializer=user_dot_v1_dot_user__service__pb2.RegisterUserRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.RegisterUserResponse.SerializeToString), 'LoginUser': grpc.unary_unary_rpc_method_handler(servicer.LoginUser, request_deserializer=user_dot_v1_dot_user__service__pb2.LoginUserRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.LoginUserResponse.SerializeToString), 'RefreshSession': grpc.unary_unary_rpc_method_handler(servicer.RefreshSession, request_deserializer=user_dot_v1_dot_user__service__pb2.RefreshSessionRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.RefreshSessionResponse.SerializeToString), 'LogoutSession': grpc.unary_unary_rpc_method_handler(servicer.LogoutSession, request_deserializer=user_dot_v1_dot_user__service__pb2.LogoutSessionRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.LogoutSessionResponse.SerializeToString), 'GetUser': grpc.unary_unary_rpc_method_handler(servicer.GetUser, request_deserializer=user_dot_v1_dot_user__service__pb2.GetUserRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.GetUserResponse.SerializeToString), 'ValidateSession': grpc.unary_unary_rpc_method_handler(servicer.ValidateSession, request_deserializer=user_dot_v1_dot_user__service__pb2.ValidateSessionRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.ValidateSessionResponse.SerializeToString), 'DisableUser': grpc.unary_unary_rpc_method_handler(servicer.DisableUser, request_deserializer=user_dot_v1_dot_user__service__pb2.DisableUserRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.DisableUserResponse.SerializeToString), 'EnableUser': grpc.unary_unary_rpc_method_handler(servicer.EnableUser, request_deserializer=user_dot_v1_dot_user__service__pb2.EnableUserRequest.FromString, response_serializer=user_dot_v1_dot_user__service__pb2.EnableUserResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('user.v1.UserService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('user.v1.UserService', rpc_method_handlers)

class UserService:
    """UserService (user-service) owns user accounts, credentials and sessions, and
    is the platform's only authority on who a caller is.

    Tokens. A successful LoginUser creates a session and returns two tokens:
    * an access token: a signed JWT (JWS, compact form) valid for 15 minutes by
    default, never beyond the session's `expire_time` (so that an unexpired
    access token never outlives its session). Its claims are `sub` (user
    id), `sid` (session id), `roles` (array of role names), `iat` and `exp`
    (seconds since the epoch), `iss` ("user.tam.internal") and `jti` (unique
    token id).
    * a refresh token: an opaque random string (at least 256 bits of entropy)
    valid for 30 days after it is issued, never longer than the session's
    absolute lifetime (90 days after login by default). It is single-use:
    RefreshSession rotates it (see there).
    The session id stays the same for the whole session; access and refresh
    tokens change on every refresh.

    Auth metadata. Clients send `authorization: Bearer <access token>` on every
    call to every service. Public RPCs, which need no token, are RegisterUser,
    LoginUser, RefreshSession and ValidateSession (the token travels in its
    request body). Every other RPC of every service goes through a session
    middleware that calls ValidateSession and fails the call with
    UNAUTHENTICATED and the reason ValidateSession returned, or TOKEN_MISSING
    when the header is absent or not of the form `Bearer <token>`. See
    docs/AUTH.md.

    Session storage (guidance). Sessions live in Redis so that every replica
    sees a revocation at once:
    * `session:{<sid>}`: hash with `user_id`, `state`, `roles`,
    `refresh_generation`, `create_time`, `expire_time`; TTL = time until the
    session's `expire_time` plus the access-token lifetime, so that a revoked
    session is still known (and reported as SESSION_REVOKED, not
    TOKEN_INVALID) while its last access token could still be presented.
    * `refresh:<sha256(refresh token)>`: `sid` and `generation` of the token;
    TTL = the refresh token's lifetime. Rotated tokens are kept until their
    own expiry so that their reuse can be detected.
    * `user_sessions:{<user_id>}`: set of the user's session ids, for "log out
    everywhere".
    Tokens are never stored in clear: only their SHA-256.

    Idempotency. Every write carries `idempotency_key`. A retry with the same key
    and the same request returns the original outcome (including the original
    error, if it was not retryable); the same key with a different request fails
    with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED; a retry while the first
    call runs fails with ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept
    for at least 7 days. Their scope is (RPC, owner): the lower-cased email for
    RegisterUser and LoginUser, the session for RefreshSession and
    LogoutSession, the target `user_id` for DisableUser and EnableUser. A
    stored response that holds tokens is encrypted at rest. Which outcomes are
    stored follows the platform rule in docs/CONVENTIONS.md: where an error's
    cause can go away (ACCOUNT_LOCKED, ACCOUNT_DISABLED) the client retries
    with a new key once it has.

    Access. RegisterUser, LoginUser, RefreshSession and ValidateSession are
    public; LogoutSession and GetUser need a token (another user's data needs
    "operator", "admin" or "service"); DisableUser and EnableUser need
    "operator" or "admin". Otherwise PERMISSION_DENIED / PERMISSION_DENIED.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "user.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `user.v1.UserErrorReason`. Every RPC can also return INVALID_ARGUMENT /
    VALIDATION_FAILED, UNAVAILABLE / DEPENDENCY_UNAVAILABLE (Redis or the user
    database is down) and RESOURCE_EXHAUSTED / RATE_LIMITED; the non-public RPCs
    can also return UNAUTHENTICATED / TOKEN_MISSING, TOKEN_INVALID,
    TOKEN_EXPIRED or SESSION_REVOKED. These are not repeated below.
    """

    @staticmethod
    def RegisterUser(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/RegisterUser', user_dot_v1_dot_user__service__pb2.RegisterUserRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.RegisterUserResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def LoginUser(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/LoginUser', user_dot_v1_dot_user__service__pb2.LoginUserRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.LoginUserResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def RefreshSession(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/RefreshSession', user_dot_v1_dot_user__service__pb2.RefreshSessionRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.RefreshSessionResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def LogoutSession(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/LogoutSession', user_dot_v1_dot_user__service__pb2.LogoutSessionRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.LogoutSessionResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetUser(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/GetUser', user_dot_v1_dot_user__service__pb2.GetUserRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.GetUserResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ValidateSession(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/ValidateSession', user_dot_v1_dot_user__service__pb2.ValidateSessionRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.ValidateSessionResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def DisableUser(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/DisableUser', user_dot_v1_dot_user__service__pb2.DisableUserRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.DisableUserResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def EnableUser(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/user.v1.UserService/EnableUser', user_dot_v1_dot_user__service__pb2.EnableUserRequest.SerializeToString, user_dot_v1_dot_user__service__pb2.EnableUserResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)