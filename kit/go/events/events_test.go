package events

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	commonv1 "github.com/tam/tam-protos/gen/go/common/v1"
	walletv1 "github.com/tam/tam-protos/gen/go/wallet/v1"
	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"
)

const repo = "../../.."

func registry(t *testing.T) *Registry {
	t.Helper()
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// The registry agrees with docs/EVENTS.md, which the Java build generates from
// the same descriptors.
func TestRegistryAgreesWithTheCatalogue(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(repo, "docs", "EVENTS.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("^\\| `(tam\\.[^`]+)` \\| `([^`]+)` \\| `[^`]+` \\| ([A-Z]+) \\| `([^`]*)` \\| ([^|]+) \\|")
	var want, got []string
	for _, line := range strings.Split(string(text), "\n") {
		if m := row.FindStringSubmatch(line); m != nil {
			want = append(want, strings.Join([]string{m[1], m[2], "EVENT_KIND_" + m[3], m[4], strings.TrimSpace(m[5])}, " "))
		}
	}
	for _, e := range registry(t).All() {
		got = append(got, strings.Join([]string{e.Subject, e.TypeName(), e.Kind.String(), e.Aggregate, e.Producer}, " "))
	}
	sort.Strings(want)
	if len(want) < 10 || strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Fatalf("registry and docs/EVENTS.md differ:\nregistry:\n%s\ncatalogue:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSubjectsMapToGeneratedTypesAndBack(t *testing.T) {
	r := registry(t)
	e, ok := r.BySubject("tam.wallet.v1.transaction.recorded")
	if !ok {
		t.Fatal("tam.wallet.v1.transaction.recorded is not in the registry")
	}
	if _, isWallet := e.New().(*walletv1.TransactionRecordedEvent); !isWallet {
		t.Fatalf("New() = %T", e.New())
	}
	if e.Stream() != "TAM_WALLET" || e.SchemaVersion() != "v1" || e.Kind != commonv1.EventKind_EVENT_KIND_FACT || e.Aggregate == "" {
		t.Fatalf("unexpected %+v", e)
	}
	back, err := r.Of(&walletv1.TransactionRecordedEvent{})
	if err != nil || back.Subject != e.Subject {
		t.Fatalf("Of = %v, %v", back, err)
	}
	if _, err := r.Of(&commonv1.EventMetadata{}); err == nil || !strings.Contains(err.Error(), "common.v1.EventMetadata is not an event") {
		t.Fatalf("Of(EventMetadata) err = %v", err)
	}
	if len(r.ProducedBy("wallet-service")) == 0 || len(r.ConsumedBy("reporting-service")) == 0 {
		t.Fatal("no producer or consumer lists")
	}
}

func TestDecodeKeepsUnknownFieldsAndRefusesGarbage(t *testing.T) {
	r := registry(t)
	in := &walletv1.TransactionRecordedEvent{Metadata: &commonv1.EventMetadata{AggregateId: "w-1", AggregateVersion: 3}}
	data, err := proto.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	data = protowire.AppendVarint(protowire.AppendTag(data, 99, protowire.VarintType), 7)
	m, typ, err := r.Decode("tam.wallet.v1.transaction.recorded", data)
	if err != nil || typ.Subject != "tam.wallet.v1.transaction.recorded" {
		t.Fatal(err)
	}
	if len(m.ProtoReflect().GetUnknown()) == 0 {
		t.Fatal("unknown field 99 was dropped")
	}
	again, _ := proto.MarshalOptions{Deterministic: true}.Marshal(m)
	if string(again) != string(data) {
		t.Fatal("re-serialized payload differs")
	}
	if _, _, err := r.Decode("tam.wallet.v1.transaction.recorded", []byte{0xff, 0x01}); err == nil || !strings.Contains(err.Error(), "payload is not a valid wallet.v1.TransactionRecordedEvent") {
		t.Fatalf("garbage err = %v", err)
	}
	if _, _, err := r.Decode("tam.wallet.v1.nothing.here", data); err == nil {
		t.Fatal("unknown subject decoded")
	}
}

// Every subject falls in exactly one committed stream (nats/streams/*.json).
func TestEverySubjectFallsInExactlyOneStream(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repo, "nats", "streams", "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stream files: %v", err)
	}
	type stream struct {
		Name            string   `json:"name"`
		Subjects        []string `json:"subjects"`
		DuplicateWindow int64    `json:"duplicate_window"`
	}
	var streams []stream
	for _, f := range files {
		b, _ := os.ReadFile(f)
		var s stream
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(f, err)
		}
		if s.DuplicateWindow != DuplicateWindowSeconds*1e9 || DuplicateWindowSeconds < PublishRetryHorizonSeconds {
			t.Fatalf("%s: duplicate window %d ns", f, s.DuplicateWindow)
		}
		streams = append(streams, s)
	}
	for _, e := range registry(t).All() {
		var in []string
		for _, s := range streams {
			for _, f := range s.Subjects {
				if matches(f, e.Subject) {
					in = append(in, s.Name)
					break
				}
			}
		}
		if len(in) != 1 || in[0] != e.Stream() {
			t.Errorf("%s is in streams %v, want exactly [%s]", e.Subject, in, e.Stream())
		}
	}
	if !matches("tam.wallet.v1.>", "tam.wallet.v1.a.b") || matches("tam.wallet.v1.>", "tam.risk.v1.a.b") {
		t.Fatal("matches is wrong")
	}
}

func matches(filter, subject string) bool {
	f, s := strings.Split(filter, "."), strings.Split(subject, ".")
	for i, tok := range f {
		if tok == ">" {
			return len(s) > i
		}
		if i >= len(s) || (tok != "*" && tok != s[i]) {
			return false
		}
	}
	return len(f) == len(s)
}

// imports.go names every package of gen/go, so the registry sees every file.
func TestEveryGeneratedPackageIsImported(t *testing.T) {
	src, err := os.ReadFile("imports.go")
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join(repo, "gen", "go")
	err = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".pb.go") {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(p))
		pkg := "github.com/tam/tam-protos/gen/go/" + filepath.ToSlash(rel)
		if !strings.Contains(string(src), `"`+pkg+`"`) {
			t.Errorf("kit/go/events/imports.go does not import %s", pkg)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
