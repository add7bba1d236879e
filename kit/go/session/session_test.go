package session_test

import (
	"context"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	notificationv1 "github.com/tam/tam-protos/gen/go/notification/v1"
	userv1 "github.com/tam/tam-protos/gen/go/user/v1"
	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
	"github.com/tam/tam-protos/kit/go/session"
)

const (
	good    = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTEyMyJ9.c2lnbmF0dXJl"
	revoked = "eyJhbGciOiJIUzI1NiJ9.cmV2b2tlZA.c2ln"
	past    = "eyJhbGciOiJIUzI1NiJ9.cGFzdA.c2ln"
	broken  = "eyJhbGciOiJIUzI1NiJ9.YnJva2Vu.c2ln"
	slow    = "eyJhbGciOiJIUzI1NiJ9.c2xvdw.c2ln"
)

type users struct {
	userv1.UnimplementedUserServiceServer
	calls atomic.Int32
}

func (u *users) ValidateSession(ctx context.Context, r *userv1.ValidateSessionRequest) (*userv1.ValidateSessionResponse, error) {
	u.calls.Add(1)
	switch r.GetAccessToken() {
	case slow:
		time.Sleep(time.Second)
	case revoked:
		return nil, rpcerrors.Err(rpcerrors.New(codes.Unauthenticated, "SESSION_REVOKED", "user.tam.internal", "no", map[string]string{"leak": "x"}))
	case good, past, broken:
	default:
		return nil, rpcerrors.Err(rpcerrors.New(codes.Unauthenticated, "TOKEN_INVALID", "user.tam.internal", "bad", nil))
	}
	expire := timestamppb.New(time.Now().Add(time.Hour))
	if r.GetAccessToken() == past {
		expire = timestamppb.New(time.Now().Add(-time.Minute))
	}
	if r.GetAccessToken() == broken {
		expire = &timestamppb.Timestamp{Seconds: 1 << 62}
	}
	return &userv1.ValidateSessionResponse{UserId: "user-123", SessionId: "s-1", Roles: []string{"bettor"}, ExpireTime: expire}, nil
}

type wallet struct {
	walletv1.UnimplementedWalletServiceServer
	mu   sync.Mutex
	seen []*session.Session
}

func (w *wallet) ReserveBalance(ctx context.Context, _ *walletv1.ReserveBalanceRequest) (*walletv1.ReserveBalanceResponse, error) {
	s, _ := session.FromContext(ctx)
	w.mu.Lock()
	w.seen = append(w.seen, s)
	w.mu.Unlock()
	return &walletv1.ReserveBalanceResponse{}, nil
}

func listen(t *testing.T, register func(*grpc.Server), opts ...grpc.ServerOption) string {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer(opts...)
	register(srv)
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	return lis.Addr().String()
}

func dial(t *testing.T, addr string) *grpc.ClientConn {
	t.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

func setup(t *testing.T, userAddr string, opts session.Options) (*wallet, walletv1.WalletServiceClient, *session.Authenticator) {
	t.Helper()
	auth, err := session.New(userv1.NewUserServiceClient(dial(t, userAddr)), opts)
	if err != nil {
		t.Fatal(err)
	}
	w := &wallet{}
	addr := listen(t, func(s *grpc.Server) { walletv1.RegisterWalletServiceServer(s, w) },
		grpc.UnaryInterceptor(auth.UnaryServerInterceptor()), grpc.StreamInterceptor(auth.StreamServerInterceptor()))
	return w, walletv1.NewWalletServiceClient(dial(t, addr)), auth
}

func call(c walletv1.WalletServiceClient, kv ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := c.ReserveBalance(metadata.AppendToOutgoingContext(ctx, kv...), &walletv1.ReserveBalanceRequest{})
	return err
}

func TestSessionInContextAndCachedByHash(t *testing.T) {
	u := &users{}
	w, c, auth := setup(t, listen(t, func(s *grpc.Server) { userv1.RegisterUserServiceServer(s, u) }), session.Options{})
	for _, prefix := range []string{"Bearer ", "bearer "} {
		if err := call(c, "authorization", prefix+good); err != nil {
			t.Fatal(err)
		}
	}
	if u.calls.Load() != 1 {
		t.Errorf("ValidateSession called %d times, want 1 (cache)", u.calls.Load())
	}
	if len(w.seen) != 2 || w.seen[0] == nil || w.seen[0].UserID != "user-123" {
		t.Errorf("sessions seen: %v", w.seen)
	}
	if keys := auth.Cache().Keys(); len(keys) != 1 || keys[0] != session.TokenKey(good) || strings.Contains(strings.Join(keys, ""), good) {
		t.Errorf("cache keys %v", keys)
	}
}

func TestRejectionsHaveDistinctReasons(t *testing.T) {
	u := &users{}
	w, c, _ := setup(t, listen(t, func(s *grpc.Server) { userv1.RegisterUserServiceServer(s, u) }), session.Options{ValidateTimeout: 300 * time.Millisecond})
	cases := []struct {
		name   string
		kv     []string
		code   codes.Code
		reason string
		domain string
	}{
		{"missing", nil, codes.Unauthenticated, "TOKEN_MISSING", "wallet.tam.internal"},
		{"basic", []string{"authorization", "Basic abc"}, codes.Unauthenticated, "TOKEN_MISSING", "wallet.tam.internal"},
		{"not-jwt", []string{"authorization", "Bearer not-a-jwt"}, codes.Unauthenticated, "TOKEN_INVALID", "user.tam.internal"},
		{"too-long", []string{"authorization", "Bearer a.b." + strings.Repeat("c", 9000)}, codes.Unauthenticated, "TOKEN_INVALID", "user.tam.internal"},
		{"two-headers", []string{"authorization", "Bearer " + good, "authorization", "Bearer " + good}, codes.Unauthenticated, "TOKEN_INVALID", "user.tam.internal"},
		{"revoked", []string{"authorization", "Bearer " + revoked}, codes.Unauthenticated, "SESSION_REVOKED", "user.tam.internal"},
		{"expired", []string{"authorization", "Bearer " + past}, codes.Unauthenticated, "TOKEN_EXPIRED", "user.tam.internal"},
		{"invalid", []string{"authorization", "Bearer eyJ.eHg.eHg"}, codes.Unauthenticated, "TOKEN_INVALID", "user.tam.internal"},
		{"bad-expire", []string{"authorization", "Bearer " + broken}, codes.Unavailable, "DEPENDENCY_UNAVAILABLE", "wallet.tam.internal"},
		{"deadline", []string{"authorization", "Bearer " + slow}, codes.Unavailable, "DEPENDENCY_UNAVAILABLE", "wallet.tam.internal"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := call(c, tc.kv...)
			info, _ := rpcerrors.ErrorInfo(err)
			if status.Code(err) != tc.code || info.GetReason() != tc.reason || info.GetDomain() != tc.domain {
				t.Fatalf("got %v %v", status.Code(err), info)
			}
			if _, leaked := info.GetMetadata()["leak"]; leaked {
				t.Error("upstream ErrorInfo forwarded")
			}
			for i := 1; i < len(tc.kv); i += 2 {
				if tok := strings.TrimPrefix(tc.kv[i], "Bearer "); strings.Contains(err.Error(), tok) {
					t.Error("token in the error")
				}
			}
		})
	}
	if len(w.seen) != 0 {
		t.Errorf("handler ran %d times", len(w.seen))
	}
}

func TestFailsClosedWhenUserServiceIsDown(t *testing.T) {
	lis, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := lis.Addr().String()
	lis.Close() // nothing listens there any more
	w, c, _ := setup(t, addr, session.Options{ValidateTimeout: 300 * time.Millisecond})
	err := call(c, "authorization", "Bearer "+good)
	info, _ := rpcerrors.ErrorInfo(err)
	if status.Code(err) != codes.Unavailable || info.GetReason() != "DEPENDENCY_UNAVAILABLE" || info.GetMetadata()["dependency"] != "user-service" {
		t.Fatalf("got %v %v", err, info)
	}
	if len(w.seen) != 0 || strings.Contains(err.Error(), good) {
		t.Error("handler ran or token leaked")
	}
}

func TestPublicMethodsFromDescriptorsNeedNoToken(t *testing.T) {
	want := map[string]bool{"/user.v1.UserService/RegisterUser": true, "/user.v1.UserService/LoginUser": true,
		"/user.v1.UserService/RefreshSession": true, "/user.v1.UserService/ValidateSession": true}
	if len(session.UserServicePublicMethods) != len(want) {
		t.Fatalf("public methods %v", session.UserServicePublicMethods)
	}
	for _, m := range session.UserServicePublicMethods {
		if !want[m] {
			t.Errorf("unexpected public method %s", m)
		}
	}
	u := &users{}
	w, c, _ := setup(t, listen(t, func(s *grpc.Server) { userv1.RegisterUserServiceServer(s, u) }),
		session.Options{PublicMethods: []string{"wallet.v1.WalletService/ReserveBalance"}})
	if err := call(c); err != nil || len(w.seen) != 1 || w.seen[0] != nil || u.calls.Load() != 0 {
		t.Fatalf("public call: %v, seen %v, calls %d", err, w.seen, u.calls.Load())
	}
}

func TestCacheIsLRUBoundedWithTTLMinOf30sAndExpiry(t *testing.T) {
	now := time.Unix(1000, 0)
	clock := func() time.Time { return now }
	c, _ := session.NewCache(30*time.Second, 2, clock)
	s := func(expire time.Duration) *session.Session { return &session.Session{ExpireTime: now.Add(expire)} }
	c.Put("a", s(time.Hour))
	c.Put("b", s(10*time.Second))
	c.Get("a") // b is now least recently used
	c.Put("c", s(time.Hour))
	if c.Get("b") != nil || c.Get("a") == nil || c.Get("c") == nil {
		t.Error("not LRU")
	}
	c.Put("d", s(10*time.Second))
	now = now.Add(11 * time.Second)
	if c.Get("d") != nil {
		t.Error("TTL ignores expiry")
	}
	now = now.Add(20 * time.Second)
	if c.Get("a") != nil {
		t.Error("TTL above 30 s")
	}
	if _, err := session.NewCache(31*time.Second, 1, clock); err == nil {
		t.Error("TTL above 30 s accepted")
	}
}

func TestConcurrentChecksOfOneTokenShareOneCall(t *testing.T) {
	u := &users{}
	_, c, _ := setup(t, listen(t, func(s *grpc.Server) { userv1.RegisterUserServiceServer(s, u) }), session.Options{})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); _ = call(c, "authorization", "Bearer "+good) }()
	}
	wg.Wait()
	if n := u.calls.Load(); n > 2 {
		t.Errorf("%d ValidateSession calls for one token", n)
	}
}

type feed struct {
	notificationv1.UnimplementedNotificationServiceServer
}

func (feed) StreamNotifications(_ *notificationv1.StreamNotificationsRequest, stream notificationv1.NotificationService_StreamNotificationsServer) error {
	for {
		select {
		case <-stream.Context().Done():
			return stream.Context().Err()
		case <-time.After(10 * time.Millisecond):
			if err := stream.Send(&notificationv1.StreamNotificationsResponse{}); err != nil {
				return err
			}
		}
	}
}

// revoking answers ValidateSession with a session the first time and SESSION_REVOKED afterwards.
type revoking struct {
	users
}

func (r *revoking) ValidateSession(ctx context.Context, req *userv1.ValidateSessionRequest) (*userv1.ValidateSessionResponse, error) {
	if r.calls.Load() >= 1 {
		r.calls.Add(1)
		return nil, rpcerrors.Err(rpcerrors.New(codes.Unauthenticated, "SESSION_REVOKED", "user.tam.internal", "revoked", nil))
	}
	return r.users.ValidateSession(ctx, req)
}

func streamUntilError(t *testing.T, userSrv userv1.UserServiceServer, opts session.Options) error {
	t.Helper()
	auth, err := session.New(userv1.NewUserServiceClient(dial(t, listen(t, func(s *grpc.Server) { userv1.RegisterUserServiceServer(s, userSrv) }))), opts)
	if err != nil {
		t.Fatal(err)
	}
	addr := listen(t, func(s *grpc.Server) { notificationv1.RegisterNotificationServiceServer(s, feed{}) },
		grpc.StreamInterceptor(auth.StreamServerInterceptor()))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+good)
	stream, err := notificationv1.NewNotificationServiceClient(dial(t, addr)).StreamNotifications(ctx, &notificationv1.StreamNotificationsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := stream.Recv(); err != nil {
			return err
		}
	}
}

func TestAStreamEndsWhenItsSessionIsRevoked(t *testing.T) {
	err := streamUntilError(t, &revoking{}, session.Options{NoCache: true, StreamRecheck: 50 * time.Millisecond})
	if status.Code(err) != codes.Unauthenticated || rpcerrors.Reason(err) != "SESSION_REVOKED" {
		t.Fatalf("stream ended with %v", err)
	}
}

// expiring answers with a session that expires 300 ms from now.
type expiring struct {
	userv1.UnimplementedUserServiceServer
}

func (expiring) ValidateSession(context.Context, *userv1.ValidateSessionRequest) (*userv1.ValidateSessionResponse, error) {
	return &userv1.ValidateSessionResponse{UserId: "user-123", SessionId: "s-1", ExpireTime: timestamppb.New(time.Now().Add(300 * time.Millisecond))}, nil
}

func TestAStreamEndsAtItsSessionsExpiry(t *testing.T) {
	err := streamUntilError(t, expiring{}, session.Options{})
	if status.Code(err) != codes.Unauthenticated || rpcerrors.Reason(err) != "TOKEN_EXPIRED" {
		t.Fatalf("stream ended with %v", err)
	}
}
