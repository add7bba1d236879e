package walletv1_test

// Runs the generated code at the lowest versions gen/go/go.mod allows
// (go test here uses exactly those): the seed call over an in-memory gRPC
// connection, and the protovalidate rule of the seed's amount read from the
// descriptor through the buf/validate types. The tests that need
// protovalidate-go or a Java server are in tests/go.

import (
	"context"
	"net"
	"testing"

	"buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go/buf/validate"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/proto"

	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
)

type echoWallet struct {
	walletv1.UnimplementedWalletServiceServer
}

func (echoWallet) ReserveBalance(_ context.Context, req *walletv1.ReserveBalanceRequest) (*walletv1.ReserveBalanceResponse, error) {
	return &walletv1.ReserveBalanceResponse{Reservation: &walletv1.Reservation{
		ReservationId: "res-" + req.GetSagaId(),
		UserId:        req.GetUserId(),
		SagaId:        req.GetSagaId(),
		Amount:        req.GetAmount(),
		State:         walletv1.ReservationState_RESERVATION_STATE_PENDING,
	}}, nil
}

func TestSeedCallAtMinimumVersions(t *testing.T) {
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	walletv1.RegisterWalletServiceServer(srv, echoWallet{})
	go func() { _ = srv.Serve(lis) }()
	defer srv.Stop()
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatalf("grpc.NewClient: %v", err)
	}
	defer conn.Close()

	resp, err := walletv1.NewWalletServiceClient(conn).ReserveBalance(context.Background(), &walletv1.ReserveBalanceRequest{
		UserId:         "user-123",
		Amount:         "100.00",
		SagaId:         "saga-456",
		IdempotencyKey: "idempotency-789",
	})
	if err != nil {
		t.Fatalf("ReserveBalance: %v", err)
	}
	r := resp.GetReservation()
	if r.GetReservationId() != "res-saga-456" || r.GetUserId() != "user-123" || r.GetAmount() != "100.00" ||
		r.GetState() != walletv1.ReservationState_RESERVATION_STATE_PENDING {
		t.Fatalf("unexpected response: %v", resp)
	}
}

func TestValidationRulesReadableAtMinimumVersions(t *testing.T) {
	field := (&walletv1.ReserveBalanceRequest{}).ProtoReflect().Descriptor().Fields().ByName("amount")
	rules, ok := proto.GetExtension(field.Options(), validate.E_Field).(*validate.FieldRules)
	if !ok || rules.GetString_().GetPattern() == "" {
		t.Fatalf("ReserveBalanceRequest.amount: no string.pattern rule readable, got %v", rules)
	}
}
