module github.com/tam/tam-protos/gen/go

// The lowest Go and dependency versions the generated code needs
// (docs/GO-PYTHON.md, "Go version"): Go 1.20 for unsafe.StringData in the
// protoc-gen-go v1.36 code; grpc v1.64.0 for grpc.SupportPackageIsVersion9
// (protoc-gen-go-grpc v1.6); protobuf v1.33.0 because grpc v1.64.0 requires
// it; the buf/validate types generated from the same validate.proto as the
// build's, by the oldest generator published for it; google.rpc.Status
// (genproto/googleapis/rpc, imported by order/v1) at the version grpc v1.64.0
// requires. Tests that need more live in tests/go.
go 1.20

require (
	buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go v1.29.0-20260825204119-511051f7f437.1
	google.golang.org/genproto/googleapis/rpc v0.0.0-20240318140521-94a12d6c2237
	google.golang.org/grpc v1.64.0
	google.golang.org/protobuf v1.33.0
)

require (
	golang.org/x/net v0.22.0 // indirect
	golang.org/x/sys v0.18.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)
