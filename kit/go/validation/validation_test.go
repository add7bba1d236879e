package validation_test

import (
	"context"
	"net"
	"strings"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	notificationv1 "github.com/tam/tam-protos/gen/go/notification/v1"
	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
	"github.com/tam/tam-protos/kit/go/validation"
)

const reserve = "/wallet.v1.WalletService/ReserveBalance"

type wallet struct {
	walletv1.UnimplementedWalletServiceServer
	calls int
}

func (w *wallet) ReserveBalance(context.Context, *walletv1.ReserveBalanceRequest) (*walletv1.ReserveBalanceResponse, error) {
	w.calls++
	return &walletv1.ReserveBalanceResponse{}, nil
}

func seed() *walletv1.ReserveBalanceRequest {
	return &walletv1.ReserveBalanceRequest{UserId: "user-123", Amount: "100.00", SagaId: "saga-456", IdempotencyKey: "idempotency-789"}
}

func start(t *testing.T, v *validation.Validator) (*wallet, *grpc.ClientConn) {
	t.Helper()
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	w := &wallet{}
	srv := grpc.NewServer(grpc.ChainUnaryInterceptor(v.UnaryServerInterceptor()), grpc.ChainStreamInterceptor(v.StreamServerInterceptor()))
	walletv1.RegisterWalletServiceServer(srv, w)
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return w, conn
}

func TestServerAnswersTheD1StatusOverTheWire(t *testing.T) {
	v, _ := validation.New()
	w, conn := start(t, v)
	client := walletv1.NewWalletServiceClient(conn)
	if _, err := client.ReserveBalance(context.Background(), seed()); err != nil {
		t.Fatalf("seed request refused: %v", err)
	}
	bad := seed()
	bad.Amount, bad.UserId = "1e3", ""
	_, err := client.ReserveBalance(context.Background(), bad)
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("code %v", status.Code(err))
	}
	got, ok := rpcerrors.FromError(err)
	want, _ := v.Check(bad, reserve)
	if !ok || string(rpcerrors.Marshal(got)) != string(rpcerrors.Marshal(want)) {
		t.Fatalf("wire status differs from Check:\n%v\n%v", got, want)
	}
	info, _ := rpcerrors.ErrorInfo(err)
	if info.GetReason() != "VALIDATION_FAILED" || info.GetDomain() != "wallet.tam.internal" || info.GetMetadata()["violationCount"] == "" {
		t.Errorf("ErrorInfo %v", info)
	}
	if w.calls != 1 {
		t.Errorf("handler ran %d times, want 1 (only the good request)", w.calls)
	}
}

func TestClientInterceptorFailsLocallyWithTheServerStatus(t *testing.T) {
	v, _ := validation.New()
	w, conn := start(t, v)
	lis := conn.Target()
	client, err := grpc.NewClient(lis, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(v.UnaryClientInterceptor()))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	bad := seed()
	bad.Amount = "1.0001"
	_, err = walletv1.NewWalletServiceClient(client).ReserveBalance(context.Background(), bad)
	got, _ := rpcerrors.FromError(err)
	want, _ := v.Check(bad, reserve)
	if string(rpcerrors.Marshal(got)) != string(rpcerrors.Marshal(want)) || w.calls != 0 {
		t.Fatalf("client-side status %v (server calls %d)", got, w.calls)
	}
}

func TestCapSortEscapeAndSize(t *testing.T) {
	v, _ := validation.New()
	req := &notificationv1.SendNotificationRequest{Parameters: map[string]string{}}
	for i := 0; i < 30; i++ {
		req.Parameters["Bad key "+string(rune('A'+i))] = "v"
	}
	st, err := v.Check(req, "/notification.v1.NotificationService/SendNotification")
	if err != nil || st == nil {
		t.Fatal(err)
	}
	br, _ := rpcerrors.BadRequestOf(st)
	info, _ := rpcerrors.ErrorInfoOf(st)
	if len(br.GetFieldViolations()) != validation.MaxFieldViolations || info.GetMetadata()["violationsTruncated"] != "true" {
		t.Errorf("not capped: %d violations, %v", len(br.GetFieldViolations()), info.GetMetadata())
	}
	if n := len(rpcerrors.Marshal(st)); n > validation.MaxStatusBytes {
		t.Errorf("status is %d bytes", n)
	}
	prev := ""
	for _, fv := range br.GetFieldViolations() {
		if fv.GetField() < prev {
			t.Errorf("not sorted: %q after %q", fv.GetField(), prev)
		}
		prev = fv.GetField()
	}
	one := &notificationv1.SendNotificationRequest{Parameters: map[string]string{"q\"\\\n\x01" + strings.Repeat("K", 70): "v"}}
	st, _ = v.Check(one, "/notification.v1.NotificationService/SendNotification")
	br, _ = rpcerrors.BadRequestOf(st)
	want := `parameters["q\"\\\n\u0001` + strings.Repeat("K", 59) + "\u2026\"]"
	found := false
	for _, fv := range br.GetFieldViolations() {
		found = found || fv.GetField() == want
	}
	if !found {
		t.Errorf("escaped key %s not among %v", want, br.GetFieldViolations())
	}
}

func TestLargeRequestsGetTheFailFastPass(t *testing.T) {
	v, _ := validation.New()
	req := &notificationv1.SendNotificationRequest{Parameters: map[string]string{}}
	for i := 0; i < 45; i++ {
		req.Parameters["Bad key "+strings.Repeat(string(rune('A'+i)), 100)] = "v"
	}
	st, _ := v.Check(req, "/notification.v1.NotificationService/SendNotification")
	info, _ := rpcerrors.ErrorInfoOf(st)
	if info.GetMetadata()["violationsTruncated"] != "true" {
		t.Errorf("large request not marked truncated: %v", info.GetMetadata())
	}
}
