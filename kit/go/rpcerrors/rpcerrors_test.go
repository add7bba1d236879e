package rpcerrors_test

import (
	"errors"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	commonv1 "github.com/tam/tam-protos/gen/go/common/v1"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
)

func TestReasonsStripTheEnumPrefix(t *testing.T) {
	if got := rpcerrors.EnumPrefix(commonv1.ErrorReason(0).Descriptor()); got != "ERROR_REASON_" {
		t.Errorf("prefix %q", got)
	}
	if r, err := rpcerrors.ToReason(commonv1.ErrorReason_ERROR_REASON_TOKEN_MISSING); err != nil || r != "TOKEN_MISSING" {
		t.Errorf("ToReason = %q, %v", r, err)
	}
	if _, err := rpcerrors.ToReason(commonv1.ErrorReason_ERROR_REASON_UNSPECIFIED); err == nil {
		t.Error("the zero value became a reason")
	}
}

func TestStatusesRoundTripThroughErrors(t *testing.T) {
	domain, _ := rpcerrors.Domain("wallet")
	st := rpcerrors.New(codes.FailedPrecondition, "INSUFFICIENT_FUNDS", domain, "too little",
		map[string]string{"b": "2", "a": "1"}, &errdetails.BadRequest{})
	err := rpcerrors.Err(st)
	if status.Code(err) != codes.FailedPrecondition || rpcerrors.Reason(err) != "INSUFFICIENT_FUNDS" {
		t.Fatalf("got %v", err)
	}
	if info, _ := rpcerrors.ErrorInfo(err); info.GetDomain() != "wallet.tam.internal" || info.GetMetadata()["a"] != "1" {
		t.Errorf("info %v", info)
	}
	if _, ok := rpcerrors.BadRequestOf(st); !ok {
		t.Error("BadRequest lost")
	}
	// Deterministic: the same status always gives the same bytes (anypb.New would not).
	first := string(rpcerrors.Marshal(st))
	for i := 0; i < 20; i++ {
		again := rpcerrors.New(codes.FailedPrecondition, "INSUFFICIENT_FUNDS", domain, "too little",
			map[string]string{"a": "1", "b": "2"}, &errdetails.BadRequest{})
		if string(rpcerrors.Marshal(again)) != first {
			t.Fatal("status bytes vary")
		}
	}
	if d, err := rpcerrors.DomainOf("/order.v1.OrderBookService/PlaceBet"); err != nil || d != "order.tam.internal" {
		t.Errorf("DomainOf = %q, %v", d, err)
	}
	if _, ok := rpcerrors.FromError(errors.New("plain")); ok {
		t.Error("a plain error has no status")
	}
}
