// Command go-client is the README's Go snippet with the Go kit's client-side
// validation interceptor: a request that breaks the contract fails locally with
// the same INVALID_ARGUMENT status the wallet-service would return.
//
//	go run . -addr wallet-service:9090
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"

	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
	"github.com/tam/tam-protos/kit/go/validation"
)

// run makes the seed's ReserveBalance call and prints what happened.
func run(ctx context.Context, addr, token string) (*walletv1.ReserveBalanceResponse, error) {
	validator, err := validation.New()
	if err != nil {
		return nil, err
	}
	// Create wallet service client
	conn, err := grpc.NewClient(addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithChainUnaryInterceptor(validator.UnaryClientInterceptor()),
		grpc.WithChainStreamInterceptor(validator.StreamClientInterceptor()))
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	walletClient := walletv1.NewWalletServiceClient(conn)
	if token != "" {
		ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
	}

	// Reserve balance
	resp, err := walletClient.ReserveBalance(ctx, &walletv1.ReserveBalanceRequest{
		UserId:         "user-123",
		Amount:         "100.00",
		SagaId:         "saga-456",
		IdempotencyKey: "idempotency-789",
	})
	if err != nil {
		if info, ok := rpcerrors.ErrorInfo(err); ok {
			return nil, fmt.Errorf("ReserveBalance: %s (%s, %s): %w", info.GetReason(), info.GetDomain(), info.GetMetadata(), err)
		}
		return nil, err
	}
	return resp, nil
}

func main() {
	addr := flag.String("addr", "wallet-service:9090", "wallet-service address")
	flag.Parse()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := run(ctx, *addr, os.Getenv("TAM_ACCESS_TOKEN"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("reserved: %v\n", resp)
}
