// Package events is the registry of the TAM platform's NATS events, built from
// the descriptors of the generated code (nothing is listed by hand): for every
// message that declares `option (common.v1.event)`, its subject, message type,
// kind (SNAPSHOT or FACT), aggregate, producer and consumers.
//
// The JetStream helpers (typed publisher and durable consumer) exist for Java
// (com.tam.protos.events.nats) and Python (tam_protos.events.jetstream); this
// package gives Go services the same mapping, the header names and the stream
// names, and decodes a payload by its subject. See docs/EVENTS.md.
package events

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	commonv1 "github.com/tam/tam-protos/gen/go/common/v1"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"
)

// NATS headers of TAM events (the same names as the Java and Python kits).
const (
	HeaderMsgID                = "Nats-Msg-Id"
	HeaderEventType            = "Tam-Event-Type"
	HeaderSchemaVersion        = "Tam-Schema-Version"
	HeaderContentType          = "Content-Type"
	ContentTypeProtobuf        = "application/x-protobuf"
	HeaderDeadLetterReason     = "Tam-Dead-Letter-Reason"
	HeaderDeadLetterConsumer   = "Tam-Dead-Letter-Consumer"
	HeaderDeadLetterDeliveries = "Tam-Dead-Letter-Deliveries"
	HeaderOriginalSubject      = "Tam-Original-Subject"
	HeaderOriginalStream       = "Tam-Original-Stream"
	HeaderOriginalSequence     = "Tam-Original-Sequence"
)

// Stream names and limits shared with the stream definitions in nats/streams.
const (
	// DeadLetterStream keeps poison events; subjects tam.deadletter.<durable>.<subject>.
	DeadLetterStream = "TAM_DEADLETTER"
	// DeadLetterPrefix is the subject prefix of dead letters.
	DeadLetterPrefix = "tam.deadletter"
	// PublishRetryHorizonSeconds is how long publishers retry one publish.
	PublishRetryHorizonSeconds = 120
	// DuplicateWindowSeconds is every stream's duplicate window (>= the retry horizon).
	DuplicateWindowSeconds = 300
)

// SequenceField is the path of every event's sequence: the envelope's
// aggregate_version (gap-free per aggregate for FACT events, increasing for
// SNAPSHOT events).
const SequenceField = "metadata.aggregate_version"

// EventType is one event of the contracts.
type EventType struct {
	// Subject is the NATS subject, e.g. "tam.wallet.v1.transaction.recorded".
	Subject string
	// Message is the payload's message type.
	Message protoreflect.MessageType
	// Kind says how consumers order the event by metadata.aggregate_version.
	Kind commonv1.EventKind
	// Aggregate is the aggregate type, e.g. "wallet".
	Aggregate string
	// Producer is the publishing service.
	Producer string
	// Consumers are the services declared as consumers.
	Consumers []string
}

// TypeName is the payload's full protobuf name, e.g. "wallet.v1.TransactionRecordedEvent".
func (t EventType) TypeName() string { return string(t.Message.Descriptor().FullName()) }

// Domain is the subject's domain ("wallet").
func (t EventType) Domain() string { return strings.Split(t.Subject, ".")[1] }

// SchemaVersion is the major version of the payload's package ("v1").
func (t EventType) SchemaVersion() string { return strings.Split(t.Subject, ".")[2] }

// Stream is the JetStream stream of the subject: TAM_<DOMAIN>.
func (t EventType) Stream() string { return StreamName(t.Domain()) }

// New returns an empty payload message.
func (t EventType) New() proto.Message { return t.Message.New().Interface() }

// StreamName is the stream of a domain: TAM_<DOMAIN>.
func StreamName(domain string) string { return "TAM_" + strings.ToUpper(domain) }

// DeadLetterSubject is the subject a consumer sets a poison event aside on.
func DeadLetterSubject(durable, subject string) string {
	return DeadLetterPrefix + "." + durable + "." + subject
}

// Registry holds every event by subject and by message name.
type Registry struct {
	bySubject map[string]EventType
	byName    map[string]EventType
	all       []EventType
}

var (
	defaultOnce sync.Once
	defaultReg  *Registry
	defaultErr  error
)

// Default returns the registry of the generated contracts (built once).
func Default() (*Registry, error) {
	defaultOnce.Do(func() {
		defaultReg, defaultErr = FromFiles(protoregistry.GlobalFiles, protoregistry.GlobalTypes)
	})
	return defaultReg, defaultErr
}

// FromFiles builds a registry from file descriptors and their Go types.
func FromFiles(files *protoregistry.Files, types *protoregistry.Types) (*Registry, error) {
	r := &Registry{bySubject: map[string]EventType{}, byName: map[string]EventType{}}
	var err error
	files.RangeFiles(func(fd protoreflect.FileDescriptor) bool {
		p := fd.Path()
		if strings.HasPrefix(p, "google/") || strings.HasPrefix(p, "buf/") {
			return true
		}
		msgs := fd.Messages()
		for i := 0; i < msgs.Len(); i++ {
			md := msgs.Get(i)
			opts := md.Options()
			if opts == nil || !proto.HasExtension(opts, commonv1.E_Event) {
				continue
			}
			o := proto.GetExtension(opts, commonv1.E_Event).(*commonv1.EventOptions)
			mt, e := types.FindMessageByName(md.FullName())
			if e != nil {
				err = fmt.Errorf("no Go type for event %s: %w", md.FullName(), e)
				return false
			}
			t := EventType{
				Subject:   o.GetSubject(),
				Message:   mt,
				Kind:      o.GetKind(),
				Aggregate: o.GetAggregate(),
				Producer:  o.GetProducer(),
				Consumers: append([]string(nil), o.GetConsumers()...),
			}
			if clash, ok := r.bySubject[t.Subject]; ok {
				err = fmt.Errorf("subject %s is declared by both %s and %s", t.Subject, clash.TypeName(), t.TypeName())
				return false
			}
			r.bySubject[t.Subject] = t
			r.byName[t.TypeName()] = t
			r.all = append(r.all, t)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(r.all, func(i, j int) bool { return r.all[i].Subject < r.all[j].Subject })
	return r, nil
}

// All returns every event, sorted by subject.
func (r *Registry) All() []EventType { return append([]EventType(nil), r.all...) }

// BySubject returns the event published on a subject.
func (r *Registry) BySubject(subject string) (EventType, bool) {
	t, ok := r.bySubject[subject]
	return t, ok
}

// ByTypeName returns the event of a full message name.
func (r *Registry) ByTypeName(name string) (EventType, bool) {
	t, ok := r.byName[name]
	return t, ok
}

// Of returns the event type of a message, or an error naming it.
func (r *Registry) Of(m proto.Message) (EventType, error) {
	name := string(m.ProtoReflect().Descriptor().FullName())
	t, ok := r.byName[name]
	if !ok {
		return EventType{}, fmt.Errorf("%s is not an event: it declares no (common.v1.event) option", name)
	}
	return t, nil
}

// ConsumedBy returns the events a service is declared to consume.
func (r *Registry) ConsumedBy(service string) []EventType {
	var out []EventType
	for _, t := range r.all {
		for _, c := range t.Consumers {
			if c == service {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// ProducedBy returns the events a service publishes.
func (r *Registry) ProducedBy(service string) []EventType {
	var out []EventType
	for _, t := range r.all {
		if t.Producer == service {
			out = append(out, t)
		}
	}
	return out
}

// Decode parses a payload by its subject. Fields unknown to this build are
// kept in the message's unknown fields. An unknown subject is an error.
func (r *Registry) Decode(subject string, data []byte) (proto.Message, EventType, error) {
	t, ok := r.bySubject[subject]
	if !ok {
		return nil, EventType{}, fmt.Errorf("no event is declared on subject %s", subject)
	}
	m := t.New()
	if err := proto.Unmarshal(data, m); err != nil {
		return nil, t, fmt.Errorf("payload is not a valid %s: %w", t.TypeName(), err)
	}
	return m, t, nil
}
