// Package golden replays the golden corpus (tests/golden, generated from the
// Java kit) against the Go kit: every answer must agree exactly.
package golden

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/reflect/protoregistry"

	_ "github.com/tam/tam-protos/gen/go/common/v1"
	_ "github.com/tam/tam-protos/gen/go/notification/v1"
	_ "github.com/tam/tam-protos/gen/go/order/v1"
	_ "github.com/tam/tam-protos/gen/go/reporting/v1"
	_ "github.com/tam/tam-protos/gen/go/risk/v1"
	_ "github.com/tam/tam-protos/gen/go/user/v1"
	_ "github.com/tam/tam-protos/gen/go/wallet/v1"
	"github.com/tam/tam-protos/kit/go/money"
	"github.com/tam/tam-protos/kit/go/rpcerrors"
	"github.com/tam/tam-protos/kit/go/validation"
)

func load(t *testing.T, name string, out any) {
	t.Helper()
	root := os.Getenv("TAM_REPO_ROOT")
	if root == "" {
		root = filepath.Join("..", "..", "..")
	}
	b, err := os.ReadFile(filepath.Join(root, "tests", "golden", name))
	if err != nil {
		t.Fatalf("read the golden corpus: %v", err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
}

type validationCase struct {
	Name        string  `json:"name"`
	Method      string  `json:"method"`
	RequestType string  `json:"request_type"`
	Request     string  `json:"request"`
	OK          bool    `json:"ok"`
	Status      *string `json:"status"`
}

func TestValidationStatusBytesEqualJava(t *testing.T) {
	var corpus struct{ Cases []validationCase }
	load(t, "validation.json", &corpus)
	v, err := validation.New()
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	for _, c := range corpus.Cases {
		mt, err := protoregistry.GlobalTypes.FindMessageByName(protoreflect.FullName(c.RequestType))
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		raw, _ := base64.StdEncoding.DecodeString(c.Request)
		msg := mt.New().Interface()
		if err := proto.Unmarshal(raw, msg); err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		st, err := v.Check(msg, "/"+c.Method)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if c.OK {
			if st != nil {
				failed++
				t.Errorf("%s: Java accepts it, Go answers %v", c.Name, st)
			}
			continue
		}
		want, _ := base64.StdEncoding.DecodeString(*c.Status)
		if st == nil {
			failed++
			t.Errorf("%s: Java rejects it, Go accepts it", c.Name)
			continue
		}
		if got := rpcerrors.Marshal(st); string(got) != string(want) {
			failed++
			if failed < 10 {
				t.Errorf("%s: status bytes differ\n got: %v\nwant: %s", c.Name, st, base64.StdEncoding.EncodeToString(want))
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d cases disagree with Java", failed, len(corpus.Cases))
	}
	t.Logf("%d validation cases agree with Java", len(corpus.Cases))
}

type moneyCase struct {
	Kind       string  `json:"kind"`
	Currency   string  `json:"currency"`
	Input      string  `json:"input"`
	Valid      bool    `json:"valid"`
	Normalized *string `json:"normalized"`
}

func normalize(c moneyCase) (string, error) {
	switch c.Kind {
	case "money", "positive", "signed":
		parse := map[string]func(string, string) (decimal.Decimal, error){
			"money": money.Parse, "positive": money.ParsePositive, "signed": money.ParseSigned}[c.Kind]
		v, err := parse(c.Input, c.Currency)
		if err != nil {
			return "", err
		}
		return money.FormatSigned(v, c.Currency)
	case "plain":
		v, err := money.ParsePlain(c.Input)
		if err != nil {
			return "", err
		}
		return v.StringFixed(-v.Exponent()), nil
	case "odds":
		v, err := money.ParseOdds(c.Input)
		if err != nil {
			return "", err
		}
		return v.StringFixed(2), nil
	case "round":
		v, err := decimal.NewFromString(c.Input)
		if err != nil {
			return "", err
		}
		r, err := money.RoundHalfEven(v, c.Currency)
		if err != nil {
			return "", err
		}
		return money.FormatSigned(r, c.Currency)
	}
	return "", fmt.Errorf("unknown kind %q", c.Kind)
}

func TestMoneyStringsEqualJava(t *testing.T) {
	var corpus struct {
		Currencies []struct {
			Code  string
			Scale int32
		}
		Unsupported []string `json:"unsupported_currencies"`
		Cases       []moneyCase
	}
	load(t, "money.json", &corpus)
	table := money.Currencies()
	if len(table) != len(corpus.Currencies) {
		t.Errorf("currency table has %d entries, Java %d", len(table), len(corpus.Currencies))
	}
	for _, c := range corpus.Currencies {
		if s, ok := table[c.Code]; !ok || s != c.Scale {
			t.Errorf("currency %s: Go scale %d (%v), Java %d", c.Code, s, ok, c.Scale)
		}
	}
	for _, code := range corpus.Unsupported {
		if _, err := money.Scale(code); err == nil {
			t.Errorf("currency %q: Go accepts it, Java refuses it", code)
		}
	}
	for _, c := range corpus.Cases {
		got, err := normalize(c)
		switch {
		case c.Valid && err != nil:
			t.Errorf("%s %s %q: Java accepts it as %q, Go: %v", c.Kind, c.Currency, c.Input, *c.Normalized, err)
		case !c.Valid && err == nil:
			t.Errorf("%s %s %q: Java refuses it, Go gives %q", c.Kind, c.Currency, c.Input, got)
		case c.Valid && got != *c.Normalized:
			t.Errorf("%s %s %q: Java %q, Go %q", c.Kind, c.Currency, c.Input, *c.Normalized, got)
		}
	}
	t.Logf("%d money cases agree with Java", len(corpus.Cases))
}

type betJSON struct {
	Side      string `json:"side"`
	Outcome   string `json:"outcome"`
	Liability string `json:"liability"`
	Unmatched string `json:"unmatched"`
	Fills     []struct {
		Stake string `json:"stake"`
		Price string `json:"price"`
	} `json:"fills"`
}

var outcomes = map[string]money.BetOutcome{"WIN": money.Win, "LOSE": money.Lose, "PUSH": money.Push}

func (b betJSON) bet() money.SettledBet {
	side := money.Back
	if b.Side == "LAY" {
		side = money.Lay
	}
	out := money.SettledBet{Side: side, Outcome: outcomes[b.Outcome],
		Liability: decimal.RequireFromString(b.Liability), Unmatched: decimal.RequireFromString(b.Unmatched)}
	for _, f := range b.Fills {
		out.Fills = append(out.Fills, money.Fill{Stake: decimal.RequireFromString(f.Stake), Price: decimal.RequireFromString(f.Price)})
	}
	return out
}

func TestPayoutsEqualJava(t *testing.T) {
	var corpus struct {
		Cases []struct {
			betJSON
			Kind      string  `json:"kind"`
			Currency  string  `json:"currency"`
			Stake     string  `json:"stake"`
			Odds      string  `json:"odds"`
			Payout    *string `json:"payout"`
			Liability string  `json:"liability"`
			Error     bool    `json:"error"`
		}
	}
	load(t, "payouts.json", &corpus)
	for i, c := range corpus.Cases {
		var got string
		var err error
		switch c.Kind {
		case "lay_liability":
			var l decimal.Decimal
			l, err = money.LayLiability(decimal.RequireFromString(c.Stake), decimal.RequireFromString(c.Odds), c.Currency)
			if err == nil {
				got, err = money.Format(l, c.Currency)
			}
			if err != nil || got != c.Liability {
				t.Errorf("case %d lay liability: Java %s, Go %s (%v)", i, c.Liability, got, err)
			}
			continue
		case "back":
			got, err = money.PayoutString(outcomes[c.betJSON.Outcome], c.Stake, c.Odds, c.Currency)
		default:
			var p decimal.Decimal
			b := c.betJSON
			b.Liability = c.Liability // the outer field shadows the embedded one
			p, err = money.Settle(b.bet(), c.Currency)
			if err == nil {
				got, err = money.Format(p, c.Currency)
			}
		}
		if c.Error != (err != nil) || (!c.Error && got != *c.Payout) {
			want := "error"
			if c.Payout != nil {
				want = *c.Payout
			}
			t.Errorf("case %d (%s %s): Java %s, Go %q (%v)", i, c.Kind, c.Currency, want, got, err)
		}
	}
	t.Logf("%d payout cases agree with Java", len(corpus.Cases))
}

func TestCommissionEqualsJava(t *testing.T) {
	var corpus struct {
		Cases []struct {
			Currency       string    `json:"currency"`
			RateBp         int       `json:"rate_bp"`
			MarketID       string    `json:"market_id"`
			UserID         string    `json:"user_id"`
			Bets           []betJSON `json:"bets"`
			Net            string    `json:"net"`
			Commission     *string   `json:"commission"`
			Error          bool      `json:"error"`
			IdempotencyKey string    `json:"idempotency_key"`
		}
	}
	load(t, "commission.json", &corpus)
	for _, c := range corpus.Cases {
		var bets []money.SettledBet
		for _, b := range c.Bets {
			bets = append(bets, b.bet())
		}
		net, err := money.NetWinnings(bets, c.Currency)
		if err != nil {
			t.Fatalf("%s: %v", c.MarketID, err)
		}
		if s, _ := money.FormatSigned(net, c.Currency); s != c.Net {
			t.Errorf("%s: net Java %s, Go %s", c.MarketID, c.Net, s)
		}
		if k := money.CommissionIdempotencyKey(c.MarketID, c.UserID); k != c.IdempotencyKey {
			t.Errorf("%s: key Java %s, Go %s", c.MarketID, c.IdempotencyKey, k)
		}
		got, err := money.Commission(net, c.RateBp, c.Currency)
		if c.Error != (err != nil) {
			t.Errorf("%s: Java error=%v, Go %v", c.MarketID, c.Error, err)
			continue
		}
		if !c.Error {
			if s, _ := money.Format(got, c.Currency); s != *c.Commission {
				t.Errorf("%s: commission Java %s, Go %s", c.MarketID, *c.Commission, s)
			}
		}
	}
	t.Logf("%d commission cases agree with Java", len(corpus.Cases))
}
