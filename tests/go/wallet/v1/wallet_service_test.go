package walletv1_test

import (
	"context"
	"errors"
	"net"
	"os"
	"testing"

	"buf.build/go/protovalidate"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
)

// seedRequest is the request of the README's Go snippet, value for value.
func seedRequest() *walletv1.ReserveBalanceRequest {
	return &walletv1.ReserveBalanceRequest{
		UserId:         "user-123",
		Amount:         "100.00",
		SagaId:         "saga-456",
		IdempotencyKey: "idempotency-789",
	}
}

// fakeWallet answers ReserveBalance like the Python and Java test servers do:
// it validates the request with protovalidate, then echoes it in a PENDING
// reservation "res-<saga_id>" on a wallet holding 500.00 EUR.
type fakeWallet struct {
	walletv1.UnimplementedWalletServiceServer
	validator protovalidate.Validator
}

func (f *fakeWallet) ReserveBalance(_ context.Context, req *walletv1.ReserveBalanceRequest) (*walletv1.ReserveBalanceResponse, error) {
	if err := f.validator.Validate(req); err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &walletv1.ReserveBalanceResponse{
		Reservation: &walletv1.Reservation{
			ReservationId: "res-" + req.GetSagaId(),
			UserId:        req.GetUserId(),
			SagaId:        req.GetSagaId(),
			Amount:        req.GetAmount(),
			Currency:      "EUR",
			State:         walletv1.ReservationState_RESERVATION_STATE_PENDING,
		},
		AvailableAfter: "400.00",
	}, nil
}

func newValidator(t *testing.T) protovalidate.Validator {
	t.Helper()
	v, err := protovalidate.New()
	if err != nil {
		t.Fatalf("protovalidate.New: %v", err)
	}
	return v
}

// dialBufconn starts an in-memory gRPC server with fakeWallet and returns a
// client connection to it.
func dialBufconn(t *testing.T) *grpc.ClientConn {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	walletv1.RegisterWalletServiceServer(srv, &fakeWallet{validator: newValidator(t)})
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatalf("grpc.NewClient: %v", err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	return conn
}

// assertSeedReservation checks the response every test server gives to the
// seed request.
func assertSeedReservation(t *testing.T, resp *walletv1.ReserveBalanceResponse) {
	t.Helper()
	r := resp.GetReservation()
	if r.GetReservationId() != "res-saga-456" || r.GetUserId() != "user-123" || r.GetSagaId() != "saga-456" ||
		r.GetAmount() != "100.00" || r.GetCurrency() != "EUR" ||
		r.GetState() != walletv1.ReservationState_RESERVATION_STATE_PENDING || resp.GetAvailableAfter() != "400.00" {
		t.Fatalf("unexpected response: %v", resp)
	}
}

func TestReserveBalanceRoundTrip(t *testing.T) {
	walletClient := walletv1.NewWalletServiceClient(dialBufconn(t))

	resp, err := walletClient.ReserveBalance(context.Background(), seedRequest())
	if err != nil {
		t.Fatalf("ReserveBalance: %v", err)
	}
	assertSeedReservation(t, resp)
}

func TestReserveBalanceRejectsExponentAmountOverTheWire(t *testing.T) {
	walletClient := walletv1.NewWalletServiceClient(dialBufconn(t))
	req := seedRequest()
	req.Amount = "1e3"

	_, err := walletClient.ReserveBalance(context.Background(), req)
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("want INVALID_ARGUMENT for amount 1e3, got %v", err)
	}
}

func TestProtovalidateAcceptsSeedRequest(t *testing.T) {
	if err := newValidator(t).Validate(seedRequest()); err != nil {
		t.Fatalf("seed request must be valid: %v", err)
	}
}

func TestProtovalidateRejectsBadMoney(t *testing.T) {
	v := newValidator(t)
	for _, amount := range []string{"1e3", "-100.00", "100.0001", "", "0.00"} {
		req := seedRequest()
		req.Amount = amount
		err := v.Validate(req)
		var verr *protovalidate.ValidationError
		if !errors.As(err, &verr) {
			t.Fatalf("amount %q: want a ValidationError, got %v", amount, err)
		}
		if got := verr.Violations[0].Proto.GetField().GetElements()[0].GetFieldName(); got != "amount" {
			t.Fatalf("amount %q: violation on %q, want amount", amount, got)
		}
	}
}

// TestJavaInteropReserveBalance calls a real server at TAM_INTEROP_ADDR
// (host:port). scripts/interop-test.sh starts the Java test server
// (com.tam.protos.interop.InteropWalletServer) and sets it; without it the
// test is skipped.
func TestJavaInteropReserveBalance(t *testing.T) {
	addr := os.Getenv("TAM_INTEROP_ADDR")
	if addr == "" {
		t.Skip("TAM_INTEROP_ADDR not set (run scripts/interop-test.sh)")
	}
	ctx := context.Background()

	// The README's Go snippet, verbatim except for the address and the
	// error checks.
	conn, err := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatalf("grpc.Dial: %v", err)
	}
	defer conn.Close()
	walletClient := walletv1.NewWalletServiceClient(conn)

	resp, err := walletClient.ReserveBalance(ctx, &walletv1.ReserveBalanceRequest{
		UserId:         "user-123",
		Amount:         "100.00",
		SagaId:         "saga-456",
		IdempotencyKey: "idempotency-789",
	})
	if err != nil {
		t.Fatalf("ReserveBalance against Java: %v", err)
	}
	assertSeedReservation(t, resp)

	bad := seedRequest()
	bad.Amount = "1e3"
	_, err = walletClient.ReserveBalance(ctx, bad)
	if status.Code(err) != codes.InvalidArgument {
		t.Fatalf("Java server: want INVALID_ARGUMENT for amount 1e3, got %v", err)
	}
	// The Java kit's status: ErrorInfo VALIDATION_FAILED, then a BadRequest naming the field.
	var info *errdetails.ErrorInfo
	var fields []string
	for _, d := range status.Convert(err).Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			info = d
		case *errdetails.BadRequest:
			for _, v := range d.GetFieldViolations() {
				fields = append(fields, v.GetField())
			}
		}
	}
	if info.GetReason() != "VALIDATION_FAILED" || info.GetDomain() != "wallet.tam.internal" {
		t.Fatalf("Java server: want ErrorInfo VALIDATION_FAILED in wallet.tam.internal, got %v", info)
	}
	if len(fields) != 1 || fields[0] != "amount" {
		t.Fatalf("Java server: want one BadRequest violation on amount, got %v", fields)
	}
}
