package money

import (
	"errors"
	"math/big"
	"math/rand"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

const tries = 2000

var d = decimal.RequireFromString

// referenceWinMinor is the reference rule of every kit: floor(stake_minor x odds_hundredths / 100).
func referenceWinMinor(stakeMinor, oddsHundredths int64) int64 {
	return stakeMinor * oddsHundredths / 100
}

func TestScales(t *testing.T) {
	for code, want := range map[string]int32{"EUR": 2, "GBP": 2, "USD": 2, "JPY": 0, "KWD": 3, "BHD": 3} {
		if got, err := Scale(code); err != nil || got != want {
			t.Errorf("Scale(%s) = %d, %v; want %d", code, got, err, want)
		}
	}
	for _, bad := range []string{"eur", "XAU", "", "EURO"} {
		if _, err := Scale(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("Scale(%q) accepted", bad)
		}
	}
}

func TestParseRejectsAndQuotesShortly(t *testing.T) {
	for _, bad := range []string{"1e3", "-5.00", "abc", "1.001", "", " 1", "01.00", "1.", ".5", "+1", "NaN", "\u0663"} {
		if _, err := Parse(bad, "EUR"); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
	_, err := Parse(strings.Repeat("1", 100000), "EUR")
	if err == nil || len(err.Error()) > 200 || !strings.Contains(err.Error(), "\u2026 (100000 characters)") {
		t.Errorf("error quotes too much: %.300v", err)
	}
	_, err = Parse("1\n2", "EUR")
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("control characters not escaped: %q", err)
	}
}

func TestHugeExponentsAreRefused(t *testing.T) {
	huge, tiny := decimal.New(1, 1000000), decimal.New(1, -1000000)
	checks := []error{}
	_, e := Payout(Win, huge, d("2.00"), "EUR")
	checks = append(checks, e)
	_, e = Payout(Win, d("10"), huge, "EUR")
	checks = append(checks, e)
	_, e = Payout(Win, tiny, d("2.00"), "EUR")
	checks = append(checks, e)
	_, e = RoundPayout(huge, "EUR")
	checks = append(checks, e)
	_, e = RoundHalfEven(tiny, "EUR")
	checks = append(checks, e)
	_, e = Format(huge, "EUR")
	checks = append(checks, e)
	_, e = Commission(huge, 500, "EUR")
	checks = append(checks, e)
	for i, err := range checks {
		if err == nil || !strings.Contains(err.Error(), "out of bounds") {
			t.Errorf("check %d: %v", i, err)
		}
	}
}

func TestPayoutTableAndCommission(t *testing.T) {
	for _, c := range []struct {
		o           BetOutcome
		s, odds, cu string
		want        string
	}{{Win, "10.00", "2.50", "EUR", "25.00"}, {Win, "3.33", "1.57", "EUR", "5.22"}, {Win, "333", "1.57", "JPY", "522"},
		{Lose, "10.00", "2.50", "EUR", "0.00"}, {Push, "0.1", "2.50", "EUR", "0.10"}} {
		if got, err := PayoutString(c.o, c.s, c.odds, c.cu); err != nil || got != c.want {
			t.Errorf("PayoutString(%v,%s,%s,%s) = %q, %v; want %s", c.o, c.s, c.odds, c.cu, got, err, c.want)
		}
	}
	fills := []Fill{{d("6.00"), d("2.50")}, {d("4.00"), d("3.00")}}
	if p, _ := Settle(SettledBet{Lay, Win, d("20.00"), d("3.00"), fills}, "EUR"); !p.Equal(d("3.00")) {
		t.Errorf("LAY WIN = %v", p)
	}
	if _, err := Settle(SettledBet{Back, Win, d("9.00"), d("0"), fills}, "EUR"); err == nil {
		t.Error("an inconsistent BACK bet was settled")
	}
	net, _ := NetWinnings([]SettledBet{BackBet(Win, d("10.00"), d("2.50")), BackBet(Lose, d("3.33"), d("1.57"))}, "EUR")
	if c, _ := Commission(net, 299, "EUR"); !c.Equal(d("0.34")) {
		t.Errorf("commission = %v, want 0.34 (DOWN)", c)
	}
	for _, rate := range []int{-1, 10001} {
		if _, err := Commission(net, rate, "EUR"); err == nil {
			t.Errorf("rate %d accepted", rate)
		}
	}
}

func minor(t *testing.T, v decimal.Decimal, currency string) *big.Int {
	t.Helper()
	m, err := Minor(v, currency)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestPropertyWinPayoutNeverCreatesOrLosesAMinorUnit(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	codes := CurrencyCodes()
	for i := 0; i < tries; i++ {
		cur := codes[rng.Intn(len(codes))]
		s, _ := Scale(cur)
		stake, odds := rng.Int63n(1_000_000_000)+1, rng.Int63n(99_999-101+1)+101
		p, err := Payout(Win, decimal.New(stake, -s), decimal.New(odds, -2), cur)
		if err != nil {
			t.Fatal(err)
		}
		if got := minor(t, p, cur).Int64(); got != referenceWinMinor(stake, odds) {
			t.Fatalf("%s stake %d odds %d: %d minor units, reference %d", cur, stake, odds, got, referenceWinMinor(stake, odds))
		}
	}
}

func TestPropertyMatchedPairKeepsAtMostTheRounding(t *testing.T) {
	rng := rand.New(rand.NewSource(17))
	codes := CurrencyCodes()
	for i := 0; i < tries; i++ {
		cur := codes[rng.Intn(len(codes))]
		s, _ := Scale(cur)
		st, o := rng.Int63n(1_000_000_000)+1, rng.Int63n(99_999-101+1)+101
		stake, odds := decimal.New(st, -s), decimal.New(o, -2)
		outcome := BetOutcome(rng.Intn(3))
		l, _ := LayLiability(stake, odds, cur)
		bp, _ := Settle(BackBet(outcome, stake, odds), cur)
		lp, _ := Settle(SettledBet{Lay, outcome, l, decimal.Zero, []Fill{{stake, odds}}}, cur)
		sum := minor(t, bp.Sub(stake).Add(lp.Sub(l)), cur).Int64()
		x := st * (o - 100)
		var want int64
		if outcome == Win {
			want = x/100 - (x+99)/100
		}
		if sum != want {
			t.Fatalf("%s %d @ %d %v: pair sum %d, want %d", cur, st, o, outcome, sum, want)
		}
	}
}

func TestPropertyExactTiesRoundToEven(t *testing.T) {
	// Fails for HALF_UP and HALF_DOWN, unlike an |error| <= half-unit bound.
	rng := rand.New(rand.NewSource(19))
	codes := CurrencyCodes()
	for i := 0; i < tries; i++ {
		cur := codes[rng.Intn(len(codes))]
		s, _ := Scale(cur)
		k := rng.Int63n(1_000_000_000_000)
		tie := decimal.New(2*k+1, -s-1).Mul(decimal.New(5, 0)) // (2k+1)/2 minor units
		if rng.Intn(2) == 1 {
			tie = tie.Neg()
		}
		r, err := RoundHalfEven(tie, cur)
		if err != nil {
			t.Fatal(err)
		}
		want := k
		if k%2 == 1 {
			want = k + 1
		}
		if got := new(big.Int).Abs(minor(t, r, cur)).Int64(); got != want {
			t.Fatalf("%s tie %v rounded to %v", cur, tie, r)
		}
	}
}

// canonical is an oracle independent of the scanner: character classes and counts.
func canonical(text string, maxScale int) bool {
	if text == "" || strings.Count(text, ".") > 1 || strings.Trim(text, "0123456789.") != "" {
		return false
	}
	integer, fraction, dot := strings.Cut(text, ".")
	if dot && fraction == "" {
		return false
	}
	return len(integer) > 0 && len(integer) <= 15 && !(len(integer) > 1 && integer[0] == '0') && len(fraction) <= maxScale
}

func TestPropertyParseAcceptsExactlyTheCanonicalDecimals(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	codes := CurrencyCodes()
	pick := func(alphabet string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for i := 0; i < 2*tries; i++ {
		cur := codes[rng.Intn(len(codes))]
		s, _ := Scale(cur)
		var text string
		if rng.Intn(2) == 0 {
			text = pick("0123456789.-e+ ", rng.Intn(21))
		} else {
			text = pick("0123456789", rng.Intn(17)+1)
			if rng.Intn(10) < 7 {
				text += "." + pick("0123456789", rng.Intn(5))
			}
		}
		v, err := Parse(text, cur)
		if canonical(text, int(s)) {
			if err != nil || v.StringFixed(-v.Exponent()) != text {
				t.Fatalf("Parse(%q, %s) = %v, %v", text, cur, v, err)
			}
		} else if err == nil {
			t.Fatalf("Parse(%q, %s) accepted", text, cur)
		}
	}
}

func TestPropertyCommissionIsRoundedDownAndNeverNegative(t *testing.T) {
	rng := rand.New(rand.NewSource(29))
	codes := CurrencyCodes()
	for i := 0; i < tries; i++ {
		cur := codes[rng.Intn(len(codes))]
		s, _ := Scale(cur)
		net := rng.Int63n(2_000_000_001) - 1_000_000_000
		rate := rng.Intn(10001)
		c, err := Commission(decimal.New(net, -s), rate, cur)
		if err != nil {
			t.Fatal(err)
		}
		want := int64(0)
		if net > 0 {
			want = net * int64(rate) / 10000
		}
		if got := minor(t, c, cur).Int64(); got != want {
			t.Fatalf("commission(%d, %d) = %d, want %d", net, rate, got, want)
		}
	}
}
