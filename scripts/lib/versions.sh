# Pinned versions of the code generators and of the Go and Python runtimes.
# Sourced by scripts/gen-*.sh. Change a version here, then run
# scripts/gen-generate.sh and commit gen/.
# shellcheck shell=bash

# Go plugins (go install from the Go module proxy). protoc-gen-go follows the
# google.golang.org/protobuf version in gen/go/go.mod.
PROTOC_GEN_GO_VERSION=v1.36.12
PROTOC_GEN_GO_GRPC_VERSION=v1.6.2

# Python: runtime + generators (PyPI). protobuf must equal the gencode version
# of protoc <protobuf.version> from pom.xml (4.36.2 -> 7.36.2); grpcio must
# equal grpcio-tools (the generated _pb2_grpc.py checks it at import).
PYTHON_REQUIREMENTS=(
  protobuf==7.36.2
  grpcio==1.85.1
  grpcio-tools==1.85.1
  protovalidate==2.1.0
  googleapis-common-protos==1.76.0
  pytest==9.2.0
  build==1.6.1
  hatchling==1.33.0
  mypy-protobuf==5.1.0
  types-protobuf==7.35.1.20260906
)
# nats-py for the `nats` extra of the wheel (tam_protos.events.jetstream),
# tested by scripts/nats-test.sh.
NATS_PY_VERSION=2.16.0
# The Python kit's test and type-check tools (scripts/python-kit-test.sh), on
# top of PYTHON_REQUIREMENTS (which pins googleapis-common-protos, the wheel's
# google.rpc dependency); grpcio-status only proves interoperability.
PYTHON_KIT_REQUIREMENTS=(
  grpcio-status==1.85.1
  mypy==2.4.1
  types-grpcio==1.85.0.20261028
)
PROTOL_REQUIREMENTS=(
  protoletariat==3.3.10
  protobuf==5.29.5
  click==8.1.8
)

# Release tools (scripts/release.sh, scripts/release-rehearsal.sh): twine
# uploads the wheel and the sdist; pypiserver is the rehearsal's index.
RELEASE_PY_REQUIREMENTS=(
  twine==7.0.0
  pypiserver==2.4.2
)

# actionlint (gate `ci` of scripts/check.sh), with `go install`.
ACTIONLINT_VERSION=v1.7.12
