// Package session authenticates gRPC calls with user.v1.UserService.ValidateSession,
// with the rules of the Java SessionInterceptor and the Python tam_protos.session
// (docs/AUTH.md, docs/go.md):
//
//   - public methods (UserServicePublicMethods, from the generated descriptors,
//     plus your own) need no token;
//   - a missing header is UNAUTHENTICATED / TOKEN_MISSING; two headers, a token
//     longer than 8192 characters or one that is not JWT-shaped are
//     TOKEN_INVALID, without calling user-service;
//   - positive results are cached for min(30 s, expire_time - now) in a bounded
//     LRU keyed by the token's SHA-256 (never the token); negatives are not cached;
//   - concurrent checks of one token share one call, and at most MaxInFlight
//     calls run at once;
//   - user-service's TOKEN_INVALID / TOKEN_EXPIRED / SESSION_REVOKED are passed
//     on with the user domain; anything else fails closed with UNAVAILABLE /
//     DEPENDENCY_UNAVAILABLE;
//   - the token is never logged, stored or put in an error;
//   - handlers read the Session with FromContext.
package session

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/reflect/protoreflect"

	userv1 "github.com/tam/tam-protos/gen/go/user/v1"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
)

const (
	// MaxCacheTTL is the most a positive result may be cached (user/v1 contract).
	MaxCacheTTL = 30 * time.Second
	// MaxTokenLength is the longest token passed on (ValidateSessionRequest.access_token).
	MaxTokenLength = 8192
	maxTimestamp   = 253402300799 // 9999-12-31T23:59:59Z
)

var (
	bearer     = regexp.MustCompile(`^[Bb][Ee][Aa][Rr][Ee][Rr] +(\S+) *$`)
	jwtShape   = regexp.MustCompile(`^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$`)
	userDomain = "user" + rpcerrors.DomainSuffix
	upstream   = map[string]bool{"TOKEN_INVALID": true, "TOKEN_EXPIRED": true, "SESSION_REVOKED": true}
)

// UserServicePublicMethods are the user-service methods that need no token,
// built from the generated descriptors ("/user.v1.UserService/LoginUser", ...).
var UserServicePublicMethods = func() []string {
	svc := userv1.File_user_v1_user_service_proto.Services().ByName("UserService")
	var out []string
	for _, name := range []string{"RegisterUser", "LoginUser", "RefreshSession", "ValidateSession"} {
		m := svc.Methods().ByName(protoName(name))
		if m == nil {
			panic("session: user.v1.UserService has no method " + name)
		}
		out = append(out, "/"+string(svc.FullName())+"/"+string(m.Name()))
	}
	return out
}()

// Session is the authenticated session of a call.
type Session struct {
	UserID     string
	SessionID  string
	Roles      []string
	Claims     map[string]string
	ExpireTime time.Time
}

// String never prints claims (they may carry personal data).
func (s *Session) String() string {
	return fmt.Sprintf("Session{user_id=%q session_id=%q roles=%v}", s.UserID, s.SessionID, s.Roles)
}

type ctxKey struct{}

// FromContext returns the session of the call being handled.
func FromContext(ctx context.Context) (*Session, bool) {
	s, ok := ctx.Value(ctxKey{}).(*Session)
	return s, ok
}

// NewContext returns a context carrying a session (tests, internal calls).
func NewContext(ctx context.Context, s *Session) context.Context {
	return context.WithValue(ctx, ctxKey{}, s)
}

// TokenKey is the hex SHA-256 of a token: the only form in which a token is kept.
func TokenKey(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Cache is a bounded LRU of positive results keyed by TokenKey; safe for concurrent use.
type Cache struct {
	mu      sync.Mutex
	ttl     time.Duration
	max     int
	now     func() time.Time
	order   *list.List
	entries map[string]*list.Element
}

type entry struct {
	key     string
	until   time.Time
	session *Session
}

// NewCache returns a cache; ttl is at most MaxCacheTTL.
func NewCache(ttl time.Duration, maxEntries int, now func() time.Time) (*Cache, error) {
	if ttl < 0 || ttl > MaxCacheTTL {
		return nil, fmt.Errorf("session: cache TTL must be between 0 and %v", MaxCacheTTL)
	}
	if maxEntries < 1 {
		return nil, fmt.Errorf("session: maxEntries must be positive")
	}
	return &Cache{ttl: ttl, max: maxEntries, now: now, order: list.New(), entries: map[string]*list.Element{}}, nil
}

// Get returns a live cached session and marks it recently used.
func (c *Cache) Get(key string) *Session {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return nil
	}
	e := el.Value.(*entry)
	if !e.until.After(c.now()) {
		c.order.Remove(el)
		delete(c.entries, key)
		return nil
	}
	c.order.MoveToFront(el)
	return e.session
}

// Put caches a session for min(ttl, expire_time - now).
func (c *Cache) Put(key string, s *Session) {
	now := c.now()
	until := now.Add(c.ttl)
	if s.ExpireTime.Before(until) {
		until = s.ExpireTime
	}
	if !until.After(now) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[key]; ok {
		el.Value = &entry{key, until, s}
		c.order.MoveToFront(el)
	} else {
		c.entries[key] = c.order.PushFront(&entry{key, until, s})
	}
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.entries, last.Value.(*entry).key)
	}
}

// Len is the number of cached sessions.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// Keys returns the cache keys, most recently used first (tests).
func (c *Cache) Keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for el := c.order.Front(); el != nil; el = el.Next() {
		out = append(out, el.Value.(*entry).key)
	}
	return out
}

// Options configure an Authenticator.
type Options struct {
	PublicMethods   []string      // full method names, "/pkg.Service/Method"
	CacheTTL        time.Duration // default and maximum 30 s; set NoCache to disable
	NoCache         bool
	CacheMaxEntries int           // default 10000
	ValidateTimeout time.Duration // default 2 s; the incoming deadline applies too
	MaxInFlight     int           // default 64
	// StreamRecheck is how often a streaming call re-validates its session
	// (default and maximum 30 s, the cache TTL bound); a stream also ends at
	// the session's expire_time.
	StreamRecheck time.Duration
	Now           func() time.Time
}

// Authenticator is the middleware; share one per server so that the cache is shared.
type Authenticator struct {
	users    userv1.UserServiceClient
	public   map[string]bool
	cache    *Cache
	timeout  time.Duration
	recheck  time.Duration
	maxCalls int
	now      func() time.Time

	mu      sync.Mutex
	pending map[string]*call
}

type call struct {
	done    chan struct{}
	session *Session
	status  *spb.Status
}

// New builds an Authenticator over a user-service client (whose connection
// carries no caller credentials).
func New(users userv1.UserServiceClient, opts Options) (*Authenticator, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	ttl := opts.CacheTTL
	if ttl == 0 && !opts.NoCache {
		ttl = MaxCacheTTL
	}
	if opts.CacheMaxEntries == 0 {
		opts.CacheMaxEntries = 10000
	}
	if opts.ValidateTimeout == 0 {
		opts.ValidateTimeout = 2 * time.Second
	}
	if opts.MaxInFlight == 0 {
		opts.MaxInFlight = 64
	}
	if opts.StreamRecheck <= 0 || opts.StreamRecheck > MaxCacheTTL {
		opts.StreamRecheck = MaxCacheTTL
	}
	cache, err := NewCache(ttl, opts.CacheMaxEntries, opts.Now)
	if err != nil {
		return nil, err
	}
	public := map[string]bool{}
	for _, m := range append(append([]string{}, UserServicePublicMethods...), opts.PublicMethods...) {
		public["/"+strings.TrimPrefix(m, "/")] = true
	}
	return &Authenticator{users: users, public: public, cache: cache, timeout: opts.ValidateTimeout, recheck: opts.StreamRecheck,
		maxCalls: opts.MaxInFlight, now: opts.Now, pending: map[string]*call{}}, nil
}

// Cache returns the session cache.
func (a *Authenticator) Cache() *Cache { return a.cache }

func unauthenticated(reason, message string) *spb.Status {
	return rpcerrors.New(codes.Unauthenticated, reason, userDomain, message, nil)
}

func unavailable(method, message string) *spb.Status {
	domain, err := rpcerrors.DomainOf(method)
	if err != nil {
		domain = userDomain
	}
	return rpcerrors.New(codes.Unavailable, "DEPENDENCY_UNAVAILABLE", domain, message,
		map[string]string{"dependency": "user-service"})
}

func token(md metadata.MD, method string) (string, *spb.Status) {
	values := md.Get("authorization")
	if len(values) > 1 {
		return "", unauthenticated("TOKEN_INVALID", "more than one authorization header")
	}
	var m []string
	if len(values) == 1 {
		m = bearer.FindStringSubmatch(values[0])
	}
	if m == nil {
		domain, err := rpcerrors.DomainOf(method)
		if err != nil {
			domain = userDomain
		}
		return "", rpcerrors.New(codes.Unauthenticated, "TOKEN_MISSING", domain,
			"missing `authorization: Bearer <token>` metadata", nil)
	}
	t := m[1]
	if len(t) > MaxTokenLength {
		return "", unauthenticated("TOKEN_INVALID", "access token is too long")
	}
	if !jwtShape.MatchString(t) {
		return "", unauthenticated("TOKEN_INVALID", "access token is not a JWT")
	}
	return t, nil
}

// Authenticate returns the session for an incoming call's context, or the status to end it with.
func (a *Authenticator) Authenticate(ctx context.Context, method string) (*Session, *spb.Status) {
	md, _ := metadata.FromIncomingContext(ctx)
	t, st := token(md, method)
	if st != nil {
		return nil, st
	}
	key := TokenKey(t)
	if s := a.cache.Get(key); s != nil {
		return s, nil
	}
	a.mu.Lock()
	c, shared := a.pending[key]
	if !shared {
		if len(a.pending) >= a.maxCalls {
			a.mu.Unlock()
			return nil, unavailable(method, "too many session checks in flight")
		}
		c = &call{done: make(chan struct{})}
		a.pending[key] = c
	}
	a.mu.Unlock()
	if shared {
		select {
		case <-c.done:
			return c.session, c.status
		case <-ctx.Done():
			return nil, unavailable(method, "user-service could not validate the session: "+status.FromContextError(ctx.Err()).Code().String())
		}
	}
	c.session, c.status = a.validate(ctx, t, method)
	if c.session != nil {
		a.cache.Put(key, c.session)
	}
	a.mu.Lock()
	delete(a.pending, key)
	a.mu.Unlock()
	close(c.done)
	return c.session, c.status
}

func (a *Authenticator) validate(ctx context.Context, t, method string) (*Session, *spb.Status) {
	// The outgoing call keeps the incoming deadline, not its metadata.
	callCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), a.timeout)
	defer cancel()
	if d, ok := ctx.Deadline(); ok {
		var cancel2 context.CancelFunc
		callCtx, cancel2 = context.WithDeadline(callCtx, d)
		defer cancel2()
	}
	resp, err := a.users.ValidateSession(callCtx, &userv1.ValidateSessionRequest{AccessToken: t})
	if err != nil {
		return nil, a.failure(err, method)
	}
	if resp.GetUserId() == "" || resp.GetSessionId() == "" || resp.GetExpireTime() == nil {
		return nil, unavailable(method, "user-service returned an incomplete session")
	}
	ts := resp.GetExpireTime()
	if ts.GetSeconds() < 0 || ts.GetSeconds() > maxTimestamp || ts.GetNanos() < 0 || ts.GetNanos() >= 1e9 {
		return nil, unavailable(method, "user-service returned an invalid expire_time")
	}
	expire := ts.AsTime()
	if !expire.After(a.now()) {
		return nil, unauthenticated("TOKEN_EXPIRED", "access token expired")
	}
	claims := map[string]string{}
	for k, v := range resp.GetClaims() {
		claims[k] = v
	}
	return &Session{UserID: resp.GetUserId(), SessionID: resp.GetSessionId(),
		Roles: append([]string(nil), resp.GetRoles()...), Claims: claims, ExpireTime: expire}, nil
}

func (a *Authenticator) failure(err error, method string) *spb.Status {
	s := status.Convert(err)
	switch s.Code() {
	case codes.Unauthenticated:
		if r := rpcerrors.Reason(err); upstream[r] {
			// Rebuilt with the user domain and no upstream metadata.
			return unauthenticated(r, "session rejected: "+strings.ToLower(r))
		}
		return unauthenticated("TOKEN_INVALID", "session rejected")
	case codes.InvalidArgument:
		return unauthenticated("TOKEN_INVALID", "session rejected")
	}
	return unavailable(method, "user-service could not validate the session: "+codeName(s.Code()))
}

// codeName spells a code like grpc-java and grpc-python (UNAVAILABLE, DEADLINE_EXCEEDED).
func codeName(c codes.Code) string {
	names := map[codes.Code]string{codes.Canceled: "CANCELLED", codes.Unknown: "UNKNOWN",
		codes.DeadlineExceeded: "DEADLINE_EXCEEDED", codes.NotFound: "NOT_FOUND",
		codes.PermissionDenied: "PERMISSION_DENIED", codes.ResourceExhausted: "RESOURCE_EXHAUSTED",
		codes.FailedPrecondition: "FAILED_PRECONDITION", codes.Aborted: "ABORTED",
		codes.Unimplemented: "UNIMPLEMENTED", codes.Internal: "INTERNAL", codes.Unavailable: "UNAVAILABLE",
		codes.DataLoss: "DATA_LOSS", codes.AlreadyExists: "ALREADY_EXISTS", codes.OutOfRange: "OUT_OF_RANGE"}
	if n, ok := names[c]; ok {
		return n
	}
	return strings.ToUpper(c.String())
}

// UnaryServerInterceptor authenticates every non-public unary call.
func (a *Authenticator) UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if a.public[info.FullMethod] {
			return handler(ctx, req)
		}
		s, st := a.Authenticate(ctx, info.FullMethod)
		if st != nil {
			return nil, rpcerrors.Err(st)
		}
		return handler(NewContext(ctx, s), req)
	}
}

type sessionStream struct {
	grpc.ServerStream
	ctx context.Context
}

func (s *sessionStream) Context() context.Context { return s.ctx }

// StreamServerInterceptor authenticates every non-public streaming call. A
// stream outlives neither its session nor a revocation: it ends with
// UNAUTHENTICATED / TOKEN_EXPIRED at expire_time, and it re-validates the
// session every StreamRecheck (through the cache, so user-service is asked
// again at least every 30 s) and ends with the rejection's status when the
// session was revoked or the user-service cannot confirm it (fail closed).
func (a *Authenticator) StreamServerInterceptor() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		if a.public[info.FullMethod] {
			return handler(srv, ss)
		}
		s, st := a.Authenticate(ss.Context(), info.FullMethod)
		if st != nil {
			return rpcerrors.Err(st)
		}
		ctx, cancel := context.WithDeadline(NewContext(ss.Context(), s), s.ExpireTime)
		defer cancel()
		var ended atomic.Pointer[spb.Status]
		done := make(chan struct{})
		go func() {
			ticker := time.NewTicker(a.recheck)
			defer ticker.Stop()
			for {
				select {
				case <-done:
					return
				case <-ctx.Done():
					if ss.Context().Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
						ended.CompareAndSwap(nil, unauthenticated("TOKEN_EXPIRED", "access token expired"))
					}
					return
				case <-ticker.C:
					if _, st := a.Authenticate(ss.Context(), info.FullMethod); st != nil {
						ended.CompareAndSwap(nil, st)
						cancel()
						return
					}
				}
			}
		}()
		err := handler(srv, &sessionStream{ServerStream: ss, ctx: ctx})
		close(done)
		if ctx.Err() != nil && ss.Context().Err() == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			ended.CompareAndSwap(nil, unauthenticated("TOKEN_EXPIRED", "access token expired"))
		}
		if st := ended.Load(); st != nil {
			return rpcerrors.Err(st)
		}
		return err
	}
}

func protoName(s string) protoreflect.Name { return protoreflect.Name(s) }
