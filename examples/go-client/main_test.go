package main

import (
	"context"
	"net"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
	"github.com/tam/tam-protos/kit/go/validation"
)

type wallet struct {
	walletv1.UnimplementedWalletServiceServer
	calls int
}

func (w *wallet) ReserveBalance(_ context.Context, r *walletv1.ReserveBalanceRequest) (*walletv1.ReserveBalanceResponse, error) {
	w.calls++
	return &walletv1.ReserveBalanceResponse{}, nil
}

func serve(t *testing.T) (string, *wallet) {
	t.Helper()
	v, err := validation.New()
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	w := &wallet{}
	srv := grpc.NewServer(grpc.UnaryInterceptor(v.UnaryServerInterceptor()))
	walletv1.RegisterWalletServiceServer(srv, w)
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	return lis.Addr().String(), w
}

func TestTheSeedCallSucceeds(t *testing.T) {
	addr, w := serve(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := run(ctx, addr, ""); err != nil {
		t.Fatalf("seed call failed: %v", err)
	}
	if w.calls != 1 {
		t.Errorf("server saw %d calls", w.calls)
	}
}

func TestABadRequestFailsLocallyWithTheServersStatus(t *testing.T) {
	addr, w := serve(t)
	v, _ := validation.New()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithUnaryInterceptor(v.UnaryClientInterceptor()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	bad := &walletv1.ReserveBalanceRequest{UserId: "user-123", Amount: "1e3", SagaId: "saga-456", IdempotencyKey: "idempotency-789"}
	_, err = walletv1.NewWalletServiceClient(conn).ReserveBalance(context.Background(), bad)
	if status.Code(err) != codes.InvalidArgument || rpcerrors.Reason(err) != "VALIDATION_FAILED" {
		t.Fatalf("got %v", err)
	}
	want, _ := v.Check(bad, "/wallet.v1.WalletService/ReserveBalance")
	got, _ := rpcerrors.FromError(err)
	if string(rpcerrors.Marshal(got)) != string(rpcerrors.Marshal(want)) {
		t.Errorf("local status differs from the server's")
	}
	if w.calls != 0 {
		t.Errorf("the bad request reached the server")
	}
}
