// Package rpcerrors builds and reads TAM errors: a google.rpc.Status whose
// first detail is one google.rpc.ErrorInfo (AIP-193), optionally followed by
// other details such as google.rpc.BadRequest. The Go twin of the Java
// com.tam.protos.errors and the Python tam_protos.errors.
//
// Statuses are packed and serialized deterministically (Marshal), so equal
// statuses are equal bytes in every language.
package rpcerrors

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/anypb"
)

// DomainSuffix ends every TAM error domain.
const DomainSuffix = ".tam.internal"

var domainName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

var deterministic = proto.MarshalOptions{Deterministic: true}

// Domain returns the error domain of a platform domain: "wallet" -> "wallet.tam.internal".
func Domain(name string) (string, error) {
	if !domainName.MatchString(name) {
		return "", fmt.Errorf("rpcerrors: not a domain name: %q", name)
	}
	return name + DomainSuffix, nil
}

// DomainOf returns the domain of the service that owns a method or service
// name: "/wallet.v1.WalletService/ReserveBalance" (grpc-go's spelling),
// "wallet.v1.WalletService/ReserveBalance" or "wallet.v1.WalletService".
func DomainOf(fullName string) (string, error) {
	name := strings.TrimPrefix(fullName, "/")
	dot := strings.IndexByte(name, '.')
	if dot <= 0 {
		return "", fmt.Errorf("rpcerrors: not a packaged gRPC name: %q", fullName)
	}
	return Domain(name[:dot])
}

// EnumPrefix returns the value prefix of an enum: ErrorReason -> "ERROR_REASON_".
func EnumPrefix(enum protoreflect.EnumDescriptor) string {
	name := []rune(string(enum.Name()))
	var b strings.Builder
	for i, c := range name {
		boundary := i > 0 && unicode.IsUpper(c) &&
			(unicode.IsLower(name[i-1]) || unicode.IsDigit(name[i-1]) ||
				(i+1 < len(name) && unicode.IsLower(name[i+1])))
		if boundary {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(c))
	}
	return b.String() + "_"
}

// ToReason returns the ErrorInfo.reason of an enum value: its name without the
// enum prefix (commonv1.ErrorReason_ERROR_REASON_TOKEN_MISSING -> "TOKEN_MISSING").
func ToReason(value protoreflect.Enum) (string, error) {
	desc := value.Descriptor()
	v := desc.Values().ByNumber(value.Number())
	if v == nil {
		return "", fmt.Errorf("rpcerrors: %s has no value %d", desc.FullName(), value.Number())
	}
	if v.Number() == 0 {
		return "", fmt.Errorf("rpcerrors: %s is the zero value and is never sent as a reason", v.FullName())
	}
	prefix := EnumPrefix(desc)
	name := string(v.Name())
	if !strings.HasPrefix(name, prefix) || name == prefix {
		return "", fmt.Errorf("rpcerrors: %s does not start with the enum prefix %s", v.FullName(), prefix)
	}
	return name[len(prefix):], nil
}

// MustReason is ToReason for values known to be valid; it panics otherwise.
func MustReason(value protoreflect.Enum) string {
	r, err := ToReason(value)
	if err != nil {
		panic(err)
	}
	return r
}

// Pack packs a detail deterministically (anypb.New orders map entries at random).
func Pack(m proto.Message) (*anypb.Any, error) {
	b, err := deterministic.Marshal(m)
	if err != nil {
		return nil, err
	}
	return &anypb.Any{TypeUrl: "type.googleapis.com/" + string(m.ProtoReflect().Descriptor().FullName()), Value: b}, nil
}

// New returns a status with one ErrorInfo first, then details.
func New(code codes.Code, reason, domain, message string, metadata map[string]string, details ...proto.Message) *spb.Status {
	if code == codes.OK {
		panic("rpcerrors: an error cannot have code OK")
	}
	info := &errdetails.ErrorInfo{Reason: reason, Domain: domain, Metadata: metadata}
	st := &spb.Status{Code: int32(code), Message: message}
	for _, d := range append([]proto.Message{info}, details...) {
		packed, err := Pack(d)
		if err != nil {
			panic(fmt.Sprintf("rpcerrors: cannot pack %T: %v", d, err))
		}
		st.Details = append(st.Details, packed)
	}
	return st
}

// Marshal serializes a status deterministically.
func Marshal(st *spb.Status) []byte {
	b, err := deterministic.Marshal(st)
	if err != nil {
		panic(fmt.Sprintf("rpcerrors: cannot marshal a status: %v", err))
	}
	return b
}

// Err returns the error a handler or interceptor returns to send the status.
func Err(st *spb.Status) error { return status.FromProto(st).Err() }

// FromError returns the google.rpc.Status of a failed call, if it carries one.
func FromError(err error) (*spb.Status, bool) {
	if err == nil {
		return nil, false
	}
	s, ok := status.FromError(err)
	if !ok {
		var se interface{ GRPCStatus() *status.Status }
		if !errors.As(err, &se) {
			return nil, false
		}
		s = se.GRPCStatus()
	}
	return s.Proto(), true
}

func detail[T proto.Message](st *spb.Status, out T) (T, bool) {
	var zero T
	if st == nil {
		return zero, false
	}
	for _, a := range st.GetDetails() {
		if a.MessageIs(out) {
			if a.UnmarshalTo(out) == nil {
				return out, true
			}
			return zero, false
		}
	}
	return zero, false
}

// ErrorInfoOf returns the ErrorInfo of a status.
func ErrorInfoOf(st *spb.Status) (*errdetails.ErrorInfo, bool) {
	return detail(st, &errdetails.ErrorInfo{})
}

// BadRequestOf returns the BadRequest of a status (validation failures).
func BadRequestOf(st *spb.Status) (*errdetails.BadRequest, bool) {
	return detail(st, &errdetails.BadRequest{})
}

// ErrorInfo returns the ErrorInfo of a failed call.
func ErrorInfo(err error) (*errdetails.ErrorInfo, bool) {
	st, ok := FromError(err)
	if !ok {
		return nil, false
	}
	return ErrorInfoOf(st)
}

// Reason returns the ErrorInfo.reason of a failed call, or "".
func Reason(err error) string {
	if info, ok := ErrorInfo(err); ok {
		return info.GetReason()
	}
	return ""
}

// HasReason reports whether a failed call carries the reason of this enum value.
func HasReason(err error, value protoreflect.Enum) bool {
	r, e := ToReason(value)
	return e == nil && Reason(err) == r
}
