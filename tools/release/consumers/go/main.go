// Release rehearsal: the Go consumer (scripts/release-rehearsal.sh). Built in
// a scratch module that requires github.com/tam/tam-protos/gen/go at the
// rehearsed version, fetched through the rehearsal's file-based GOPROXY.
// Serves WalletService with the fetched stubs on a free loopback port, makes
// the README's seed call against it and checks the answer.
package main

import (
	"context"
	"fmt"
	"log"
	"net"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
)

type wallet struct {
	walletv1.UnimplementedWalletServiceServer
}

func (wallet) ReserveBalance(_ context.Context, req *walletv1.ReserveBalanceRequest) (*walletv1.ReserveBalanceResponse, error) {
	return &walletv1.ReserveBalanceResponse{Reservation: &walletv1.Reservation{
		ReservationId: "res-" + req.GetSagaId(),
		UserId:        req.GetUserId(),
		SagaId:        req.GetSagaId(),
		Amount:        req.GetAmount(),
	}}, nil
}

func main() {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	srv := grpc.NewServer()
	walletv1.RegisterWalletServiceServer(srv, wallet{})
	go func() { _ = srv.Serve(lis) }()
	defer srv.Stop()
	ctx := context.Background()

	// Create wallet service client
	conn, _ := grpc.Dial(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	walletClient := walletv1.NewWalletServiceClient(conn)

	// Reserve balance
	resp, err := walletClient.ReserveBalance(ctx, &walletv1.ReserveBalanceRequest{
		UserId:         "user-123",
		Amount:         "100.00",
		SagaId:         "saga-456",
		IdempotencyKey: "idempotency-789",
	})
	if err != nil {
		log.Fatalf("ReserveBalance: %v", err)
	}
	r := resp.GetReservation()
	if r.GetReservationId() != "res-saga-456" || r.GetUserId() != "user-123" || r.GetAmount() != "100.00" {
		log.Fatalf("unexpected response: %v", resp)
	}
	fmt.Printf("go consumer: seed call answered %s\n", r.GetReservationId())
}
