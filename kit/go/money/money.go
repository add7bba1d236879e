// Package money is the Go twin of the Java com.tam.protos.money and the Python
// tam_protos.money: strict decimal money strings with the scale per currency,
// the settlement payout table and the exchange commission (COORDINATION D3).
//
// The currency scales come from the contracts' one table, common.v1.Currency
// with its (common.v1.minor_units) option.
//
// Amounts are github.com/shopspring/decimal values: arbitrary-precision exact
// decimals (a big.Int coefficient and an int32 exponent) with explicit
// rounding modes, the de-facto standard for money in Go and the type
// docs/CONVENTIONS.md names. Only exact operations are used (Add, Sub, Mul,
// Shift) and every rounding is explicit: HALF_EVEN for computed amounts
// (RoundBank), DOWN for payouts and commission (RoundDown, toward zero), UP for
// LAY liabilities (RoundUp, away from zero). Division, whose default precision
// is limited, is never used.
//
// Parsing is strict and never rounds: a plain decimal, no sign (except
// ParseSigned), no exponent, no leading zeros, at most 15 integer digits and at
// most the currency's fraction digits. Every error wraps ErrInvalid, and quotes
// at most 24 characters of the input. Every decimal argument is bounds-checked
// first (Bounded), so decimal.New(1, 1000000) is refused at once.
package money

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/descriptorpb"

	commonv1 "github.com/tam/tam-protos/gen/go/common/v1"
)

// ErrInvalid is wrapped by every error of this package.
var ErrInvalid = errors.New("money: invalid value")

const (
	// MaxIntegerDigits is the most integer digits of any contract amount.
	MaxIntegerDigits = 15
	// MaxScale is the most fraction digits of any supported currency (KWD, BHD).
	MaxScale = 3
	// MaxInputScale is the most fraction digits a decimal given to this package may carry.
	MaxInputScale = 32
	// MaxRateBp is the highest commission rate, 100 %.
	MaxRateBp   = 10000
	quoteLimit  = 24
	boundDigits = MaxIntegerDigits + 3
)

// scales is the contracts' one currency table: the values of common.v1.Currency
// and their (common.v1.minor_units) option (proto/common/v1/currency.proto).
var scales = func() map[string]int32 {
	out := map[string]int32{}
	values := commonv1.Currency(0).Descriptor().Values()
	for i := 0; i < values.Len(); i++ {
		v := values.Get(i)
		if v.Number() == 0 {
			continue
		}
		name := string(v.Name())
		opts, ok := v.Options().(*descriptorpb.EnumValueOptions)
		if !strings.HasPrefix(name, "CURRENCY_") || !ok || !proto.HasExtension(opts, commonv1.E_MinorUnits) {
			panic("money: common.v1." + name + " has no (common.v1.minor_units)")
		}
		scale := proto.GetExtension(opts, commonv1.E_MinorUnits).(int32)
		if scale < 0 || scale > MaxScale {
			panic(fmt.Sprintf("money: common.v1.%s has minor units %d", name, scale))
		}
		out[strings.TrimPrefix(name, "CURRENCY_")] = scale
	}
	return out
}()

var (
	integerLimit = decimal.New(1, MaxIntegerDigits)
	boundLimit   = decimal.New(1, boundDigits)
	minOdds      = decimal.New(101, -2)
	maxOdds      = decimal.New(99999, -2)
	one          = decimal.New(1, 0)
)

func invalidf(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)
}

// Currencies returns the supported currencies and their ISO-4217 minor units.
func Currencies() map[string]int32 {
	out := make(map[string]int32, len(scales))
	for k, v := range scales {
		out[k] = v
	}
	return out
}

// CurrencyCodes returns the supported currency codes, sorted.
func CurrencyCodes() []string {
	codes := make([]string, 0, len(scales))
	for k := range scales {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	return codes
}

// Scale returns the number of fraction digits of a supported currency: EUR 2, JPY 0, KWD 3.
func Scale(currency string) (int32, error) {
	s, ok := scales[currency]
	if !ok {
		return 0, invalidf("unsupported currency: %s", quote(currency))
	}
	return s, nil
}

// MinorUnit returns the smallest amount of a currency, 0.01 for EUR.
func MinorUnit(currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return decimal.New(1, -s), nil
}

func quote(v string) string {
	var b strings.Builder
	b.WriteByte('"')
	n := 0
	for _, r := range v {
		if n == quoteLimit {
			break
		}
		n++
		if r < 0x20 || r == 0x7f || r == '"' || r == '\\' {
			fmt.Fprintf(&b, "\\u%04x", r)
		} else {
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	if total := utf8.RuneCountInString(v); total > quoteLimit {
		fmt.Fprintf(&b, "\u2026 (%d characters)", total)
	}
	return b.String()
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scan is the strict grammar -?(0|[1-9][0-9]{0,14})(\.[0-9]{1,maxScale})?.
func scan(text string, maxScale int32, signed bool, kind string) (decimal.Decimal, error) {
	bad := func() (decimal.Decimal, error) {
		return decimal.Decimal{}, invalidf("not a valid %s string: %s (a plain decimal, at most %d integer and %d fraction digits)",
			kind, quote(text), MaxIntegerDigits, maxScale)
	}
	if text == "" || len(text) > 2+MaxIntegerDigits+int(maxScale) {
		return bad()
	}
	body := text
	if signed && strings.HasPrefix(body, "-") {
		body = body[1:]
	}
	integer, fraction, dot := strings.Cut(body, ".")
	if len(integer) == 0 || len(integer) > MaxIntegerDigits || !digits(integer) ||
		(len(integer) > 1 && integer[0] == '0') {
		return bad()
	}
	if dot && (len(fraction) == 0 || len(fraction) > int(maxScale) || !digits(fraction)) {
		return bad()
	}
	value, err := decimal.NewFromString(text)
	if err != nil {
		return bad()
	}
	return value, nil
}

// ParsePlain parses a non-negative amount with at most 3 fraction digits, no currency (the MONEY pattern).
func ParsePlain(amount string) (decimal.Decimal, error) {
	return scan(amount, MaxScale, false, "money")
}

// Parse parses a non-negative amount in a currency, with the scale as written.
func Parse(amount, currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return scan(amount, s, false, "money")
}

// ParsePositive parses an amount greater than zero: stakes, reservations, credits.
func ParsePositive(amount, currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	v, err := scan(amount, s, false, "positive money")
	if err != nil {
		return v, err
	}
	if v.Sign() <= 0 {
		return decimal.Decimal{}, invalidf("not a valid positive money string: zero")
	}
	return v, nil
}

// ParseSigned parses an amount that may be negative (only fields documented as signed).
func ParseSigned(amount, currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return scan(amount, s, true, "signed money")
}

// ParseOdds parses decimal odds, 1.01 to 999.99 with at most 2 fraction digits.
func ParseOdds(odds string) (decimal.Decimal, error) {
	if len(odds) > 6 {
		return decimal.Decimal{}, invalidf("not valid decimal odds: %s", quote(odds))
	}
	v, err := scan(odds, 2, false, "decimal odds")
	if err != nil {
		return v, err
	}
	if v.Cmp(minOdds) < 0 || v.Cmp(maxOdds) > 0 {
		return decimal.Decimal{}, invalidf("decimal odds must be 1.01 to 999.99: %s", quote(odds))
	}
	return v, nil
}

// Bounded checks that a decimal has at most 32 fraction and 18 integer digits,
// looking at the exponent and the coefficient's size only.
func Bounded(v decimal.Decimal, what string) error {
	exp := v.Exponent()
	if -exp > MaxInputScale || exp > boundDigits {
		return invalidf("%s is out of bounds (scale %d, allowed -18 to %d)", what, -exp, MaxInputScale)
	}
	if v.Coefficient().BitLen() > 167 || v.Abs().Cmp(boundLimit) >= 0 {
		return invalidf("%s is out of bounds (more than %d integer digits)", what, boundDigits)
	}
	return nil
}

func hasScaleAtMost(v decimal.Decimal, s int32) bool { return v.RoundDown(s).Equal(v) }

// FormatSigned writes the contract form with exactly the currency's fraction digits; it never rounds.
func FormatSigned(amount decimal.Decimal, currency string) (string, error) {
	s, err := Scale(currency)
	if err != nil {
		return "", err
	}
	if err := Bounded(amount, "amount"); err != nil {
		return "", err
	}
	if !hasScaleAtMost(amount, s) {
		return "", invalidf("amount has more than %d fraction digits for %s; round it first", s, currency)
	}
	if amount.Abs().Cmp(integerLimit) >= 0 {
		return "", invalidf("amount exceeds %d integer digits", MaxIntegerDigits)
	}
	return amount.StringFixed(s), nil
}

// Format is FormatSigned for a non-negative amount.
func Format(amount decimal.Decimal, currency string) (string, error) {
	if err := Bounded(amount, "amount"); err != nil {
		return "", err
	}
	if amount.Sign() < 0 {
		return "", invalidf("negative amount; use FormatSigned for signed fields")
	}
	return FormatSigned(amount, currency)
}

// RoundHalfEven rounds a computed amount to the minor unit with HALF_EVEN (every amount but payouts).
func RoundHalfEven(amount decimal.Decimal, currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if err := Bounded(amount, "amount"); err != nil {
		return decimal.Decimal{}, err
	}
	return amount.RoundBank(s), nil
}

// RoundPayout rounds an exact, non-negative payout DOWN (toward zero) to the minor unit.
func RoundPayout(exact decimal.Decimal, currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if err := Bounded(exact, "payout"); err != nil {
		return decimal.Decimal{}, err
	}
	if exact.Sign() < 0 {
		return decimal.Decimal{}, invalidf("payout cannot be negative")
	}
	return exact.RoundDown(s), nil
}

// BetSide is the side of a bet (order/v1 BetSide).
type BetSide int

const (
	// Back backs the selection; its liability is the stake.
	Back BetSide = iota
	// Lay lays the selection; its liability is stake x (odds - 1).
	Lay
)

// BetOutcome is how the bet's selection ended.
type BetOutcome int

const (
	// Win: the selection won (BACK wins, LAY loses).
	Win BetOutcome = iota
	// Lose: the selection lost (BACK loses, LAY wins).
	Lose
	// Push: push or void, every bet gets its liability back.
	Push
)

// Fill is one matched part of a bet: a backer stake at a price.
type Fill struct {
	Stake decimal.Decimal
	Price decimal.Decimal
}

// SettledBet is what settlement needs to know about one bet (order/v1 BetSettlement).
type SettledBet struct {
	Side      BetSide
	Outcome   BetOutcome
	Liability decimal.Decimal
	Unmatched decimal.Decimal
	Fills     []Fill
}

// BackBet is a fully matched BACK bet at one price.
func BackBet(outcome BetOutcome, stake, odds decimal.Decimal) SettledBet {
	return SettledBet{Side: Back, Outcome: outcome, Liability: stake, Fills: []Fill{{stake, odds}}}
}

func checkStake(v decimal.Decimal, currency, what string) error {
	s, err := Scale(currency)
	if err != nil {
		return err
	}
	if err := Bounded(v, what); err != nil {
		return err
	}
	if v.Sign() <= 0 {
		return invalidf("%s must be positive", what)
	}
	if !hasScaleAtMost(v, s) {
		return invalidf("%s has more than %d fraction digits for %s", what, s, currency)
	}
	if v.Cmp(integerLimit) >= 0 {
		return invalidf("%s has more than %d integer digits", what, MaxIntegerDigits)
	}
	return nil
}

func checkOdds(v decimal.Decimal) error {
	if err := Bounded(v, "odds"); err != nil {
		return err
	}
	if v.Cmp(minOdds) < 0 || v.Cmp(maxOdds) > 0 || !hasScaleAtMost(v, 2) {
		return invalidf("odds must be 1.01 to 999.99 with at most 2 decimals")
	}
	return nil
}

// Settle computes the payout of a settled bet, rounded DOWN:
//
//	side  WIN                      LOSE           PUSH / VOID
//	BACK  sum(s_i x p_i) + U       U              L (= stake)
//	LAY   L - sum(s_i x (p_i-1))   L + sum(s_i)   L
func Settle(bet SettledBet, currency string) (decimal.Decimal, error) {
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if err := checkStake(bet.Liability, currency, "liability"); err != nil {
		return decimal.Decimal{}, err
	}
	if err := Bounded(bet.Unmatched, "unmatched stake"); err != nil {
		return decimal.Decimal{}, err
	}
	if bet.Unmatched.Sign() < 0 || !hasScaleAtMost(bet.Unmatched, s) {
		return decimal.Decimal{}, invalidf("unmatched stake must be zero or more with at most %d fraction digits", s)
	}
	matched, returned, exposure := decimal.Zero, decimal.Zero, decimal.Zero
	for _, f := range bet.Fills {
		if err := checkStake(f.Stake, currency, "fill stake"); err != nil {
			return decimal.Decimal{}, err
		}
		if err := checkOdds(f.Price); err != nil {
			return decimal.Decimal{}, err
		}
		matched = matched.Add(f.Stake)
		returned = returned.Add(f.Stake.Mul(f.Price))
		exposure = exposure.Add(f.Stake.Mul(f.Price.Sub(one)))
	}
	L, U := bet.Liability, bet.Unmatched
	if bet.Side == Back && !matched.Add(U).Equal(L) {
		return decimal.Decimal{}, invalidf("a BACK bet's liability must equal its matched plus unmatched stake")
	}
	if bet.Side == Lay && exposure.Add(U).Cmp(L) > 0 {
		return decimal.Decimal{}, invalidf("a LAY bet's liability must cover its fills' exposure plus its unmatched part")
	}
	var exact decimal.Decimal
	switch {
	case bet.Side == Back && bet.Outcome == Win:
		exact = returned.Add(U)
	case bet.Side == Back && bet.Outcome == Lose:
		exact = U
	case bet.Side == Lay && bet.Outcome == Win:
		exact = L.Sub(exposure)
	case bet.Side == Lay && bet.Outcome == Lose:
		exact = L.Add(matched)
	case bet.Outcome == Push:
		exact = L
	default:
		return decimal.Decimal{}, invalidf("unknown side or outcome")
	}
	return RoundPayout(exact, currency)
}

// Payout computes the payout of a fully matched BACK bet: WIN stake x odds rounded DOWN, LOSE 0, PUSH stake.
func Payout(outcome BetOutcome, stake, odds decimal.Decimal, currency string) (decimal.Decimal, error) {
	if err := checkStake(stake, currency, "stake"); err != nil {
		return decimal.Decimal{}, err
	}
	return Settle(BackBet(outcome, stake, odds), currency)
}

// PayoutString is Payout on contract strings: (Win, "10.00", "2.50", "EUR") is "25.00".
func PayoutString(outcome BetOutcome, stake, odds, currency string) (string, error) {
	s, err := ParsePositive(stake, currency)
	if err != nil {
		return "", err
	}
	o, err := ParseOdds(odds)
	if err != nil {
		return "", err
	}
	p, err := Payout(outcome, s, o, currency)
	if err != nil {
		return "", err
	}
	return Format(p, currency)
}

// LayLiability is stake x (odds - 1), rounded UP so that the hold covers the exposure.
func LayLiability(stake, odds decimal.Decimal, currency string) (decimal.Decimal, error) {
	if err := checkStake(stake, currency, "stake"); err != nil {
		return decimal.Decimal{}, err
	}
	if err := checkOdds(odds); err != nil {
		return decimal.Decimal{}, err
	}
	s, _ := Scale(currency)
	return stake.Mul(odds.Sub(one)).RoundUp(s), nil
}

// NetWinnings is a user's net winnings in one market: the sum of payout - liability.
func NetWinnings(bets []SettledBet, currency string) (decimal.Decimal, error) {
	net := decimal.Zero
	for _, b := range bets {
		p, err := Settle(b, currency)
		if err != nil {
			return decimal.Decimal{}, err
		}
		net = net.Add(p).Sub(b.Liability)
	}
	return net, nil
}

// Commission is max(0, net) x rateBp / 10000, rounded DOWN to the minor unit (D3).
func Commission(net decimal.Decimal, rateBp int, currency string) (decimal.Decimal, error) {
	if rateBp < 0 || rateBp > MaxRateBp {
		return decimal.Decimal{}, invalidf("rate_bp must be 0 to 10000, was %d", rateBp)
	}
	s, err := Scale(currency)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if err := Bounded(net, "net winnings"); err != nil {
		return decimal.Decimal{}, err
	}
	if net.Sign() < 0 {
		net = decimal.Zero
	}
	return net.Mul(decimal.NewFromInt(int64(rateBp))).Shift(-4).RoundDown(s), nil
}

// CommissionIdempotencyKey is "commission:<market_id>:<user_id>".
func CommissionIdempotencyKey(marketID, userID string) string {
	return "commission:" + marketID + ":" + userID
}

// CommissionResettlementKey is "commission:<market_id>:<user_id>:<settlement_version>" (version 2 or more).
func CommissionResettlementKey(marketID, userID string, version int64) (string, error) {
	if version < 2 {
		return "", invalidf("a resettlement has version 2 or more")
	}
	return fmt.Sprintf("%s:%d", CommissionIdempotencyKey(marketID, userID), version), nil
}

// Minor returns an amount in minor units as a big.Int (for reference checks).
func Minor(v decimal.Decimal, currency string) (*big.Int, error) {
	s, err := Scale(currency)
	if err != nil {
		return nil, err
	}
	if !hasScaleAtMost(v, s) {
		return nil, invalidf("amount has more than %d fraction digits", s)
	}
	return v.Shift(s).BigInt(), nil
}
