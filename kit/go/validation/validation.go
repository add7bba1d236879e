// Package validation validates gRPC requests with protovalidate-go and answers
// a bad one exactly like the Java ValidationInterceptor and the Python
// tam_protos.validation: INVALID_ARGUMENT with the google.rpc.Status of
// decision D1 (docs/go.md), byte for byte.
//
// Work is bounded: a request of at most FullPassMaxBytes serialized bytes gets
// the full pass, a larger one a fail-fast pass (status marked
// violationsTruncated).
package validation

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go/buf/validate"
	"buf.build/go/protovalidate"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/tam/tam-protos/kit/go/rpcerrors"
)

// D1 limits.
const (
	ViolationCountKey         = "violationCount"
	ViolationsTruncatedKey    = "violationsTruncated"
	MaxFieldViolations        = 20
	MaxKeyCodePoints          = 64
	MaxDescriptionCodePoints  = 256
	MaxStatusBytes            = 4096
	FullPassMaxBytes          = 4096
	Ellipsis                  = "\u2026"
	validationFailed          = "VALIDATION_FAILED"
	internalValidationMessage = "request validation could not run"
)

func cut(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	n := 0
	for i := range s {
		if n == limit {
			return s[:i] + Ellipsis
		}
		n++
	}
	return s
}

func escape(key string, b *strings.Builder) {
	for _, r := range key {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
}

// FieldPath renders a protovalidate field path as AIP-193 spells it (D1):
// reservation.amount, types[0], limits[18446744073709551615], flags[true],
// labels["key"] (escaped, keys cut to 64 code points).
func FieldPath(path *validate.FieldPath) string {
	var b strings.Builder
	for i, e := range path.GetElements() {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.GetFieldName())
		switch s := e.GetSubscript().(type) {
		case *validate.FieldPathElement_Index:
			fmt.Fprintf(&b, "[%d]", s.Index)
		case *validate.FieldPathElement_BoolKey:
			fmt.Fprintf(&b, "[%t]", s.BoolKey)
		case *validate.FieldPathElement_IntKey:
			fmt.Fprintf(&b, "[%d]", s.IntKey)
		case *validate.FieldPathElement_UintKey:
			fmt.Fprintf(&b, "[%d]", s.UintKey)
		case *validate.FieldPathElement_StringKey:
			b.WriteString(`["`)
			escape(cut(s.StringKey, MaxKeyCodePoints), &b)
			b.WriteString(`"]`)
		}
	}
	return b.String()
}

// FieldViolation renders one protovalidate violation for the BadRequest.
func FieldViolation(v *validate.Violation) *errdetails.BadRequest_FieldViolation {
	return &errdetails.BadRequest_FieldViolation{
		Field:       FieldPath(v.GetField()),
		Reason:      v.GetRuleId(),
		Description: cut(v.GetMessage(), MaxDescriptionCodePoints),
	}
}

// ToStatus returns the D1 status for the violations found (any order, at least one).
func ToStatus(violations []*errdetails.BadRequest_FieldViolation, fullMethod string, stoppedEarly bool) (*spb.Status, error) {
	if len(violations) == 0 {
		return nil, fmt.Errorf("validation: a failure has at least one violation")
	}
	domain, err := rpcerrors.DomainOf(fullMethod)
	if err != nil {
		return nil, err
	}
	count := len(violations)
	sorted := append([]*errdetails.BadRequest_FieldViolation(nil), violations...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Field != b.Field {
			return a.Field < b.Field // byte order of UTF-8 = code point order
		}
		if a.Reason != b.Reason {
			return a.Reason < b.Reason
		}
		return a.Description < b.Description
	})
	noun := "violations"
	if count == 1 {
		noun = "violation"
	}
	listed := min(count, MaxFieldViolations)
	for {
		md := map[string]string{ViolationCountKey: fmt.Sprint(count)}
		if stoppedEarly || listed < count {
			md[ViolationsTruncatedKey] = "true"
		}
		st := rpcerrors.New(codes.InvalidArgument, validationFailed, domain,
			fmt.Sprintf("request failed validation: %d %s", count, noun), md,
			&errdetails.BadRequest{FieldViolations: sorted[:listed]})
		if proto.Size(st) <= MaxStatusBytes || listed == 0 {
			return st, nil
		}
		listed--
	}
}

// Validator validates requests with the bounded two-pass policy; safe for concurrent use.
type Validator struct {
	full, failFast protovalidate.Validator
}

// New builds a Validator (rules compiled lazily, cached per message type).
func New() (*Validator, error) {
	full, err := protovalidate.New()
	if err != nil {
		return nil, err
	}
	failFast, err := protovalidate.New(protovalidate.WithFailFast())
	if err != nil {
		return nil, err
	}
	return &Validator{full: full, failFast: failFast}, nil
}

// Check returns the D1 status of a bad request, nil for a valid one, or an
// error when a rule cannot run.
func (v *Validator) Check(msg proto.Message, fullMethod string) (*spb.Status, error) {
	large := proto.Size(msg) > FullPassMaxBytes
	validator := v.full
	if large {
		validator = v.failFast
	}
	err := validator.Validate(msg)
	if err == nil {
		return nil, nil
	}
	verr, ok := err.(*protovalidate.ValidationError)
	if !ok {
		return nil, err
	}
	found := make([]*errdetails.BadRequest_FieldViolation, 0, len(verr.Violations))
	for _, violation := range verr.Violations {
		found = append(found, FieldViolation(violation.Proto))
	}
	return ToStatus(found, fullMethod, large)
}

func (v *Validator) reject(msg any, fullMethod string) error {
	m, ok := msg.(proto.Message)
	if !ok {
		return nil
	}
	st, err := v.Check(m, fullMethod)
	if err != nil {
		return status.Error(codes.Internal, internalValidationMessage)
	}
	if st != nil {
		return rpcerrors.Err(st)
	}
	return nil
}

// UnaryServerInterceptor rejects a bad request before the handler runs.
func (v *Validator) UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if err := v.reject(req, info.FullMethod); err != nil {
			return nil, err
		}
		return handler(ctx, req)
	}
}

type validatingServerStream struct {
	grpc.ServerStream
	v      *Validator
	method string
}

func (s *validatingServerStream) RecvMsg(m any) error {
	if err := s.ServerStream.RecvMsg(m); err != nil {
		return err
	}
	return s.v.reject(m, s.method)
}

// StreamServerInterceptor validates every received message; the first bad one ends the call.
func (v *Validator) StreamServerInterceptor() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		return handler(srv, &validatingServerStream{ServerStream: ss, v: v, method: info.FullMethod})
	}
}

// UnaryClientInterceptor fails a bad request locally, with the status the server would send.
func (v *Validator) UnaryClientInterceptor() grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		if err := v.reject(req, method); err != nil {
			return err
		}
		return invoker(ctx, method, req, reply, cc, opts...)
	}
}

type validatingClientStream struct {
	grpc.ClientStream
	v      *Validator
	method string
}

func (s *validatingClientStream) SendMsg(m any) error {
	if err := s.v.reject(m, s.method); err != nil {
		return err
	}
	return s.ClientStream.SendMsg(m)
}

// StreamClientInterceptor validates every sent message locally.
func (v *Validator) StreamClientInterceptor() grpc.StreamClientInterceptor {
	return func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		cs, err := streamer(ctx, desc, cc, method, opts...)
		if err != nil {
			return nil, err
		}
		return &validatingClientStream{ClientStream: cs, v: v, method: method}, nil
	}
}
