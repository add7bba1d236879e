// Package tests holds the Go tests of the generated stubs that need more than
// the stubs module github.com/tam/tam-protos/gen/go requires: protovalidate-go
// (Go 1.26+) and a client of the Java interop server. Keeping them here lets
// gen/go require only what the generated code needs, at the lowest versions
// (docs/GO-PYTHON.md, "Go version"). Run by scripts/go-test.sh.
package tests
