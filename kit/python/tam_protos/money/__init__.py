"""Strict decimal money, payouts and commission: the rules of the Java ``com.tam.protos.money``.

The currency scales come from the contracts' one table, ``common.v1.Currency`` with its
``(common.v1.minor_units)`` option (proto/common/v1/currency.proto). Money strings are plain
decimals: no sign (except :func:`parse_signed`), no exponent, no leading
zeros, at most 15 integer digits and at most the currency's number of fraction digits
(:func:`scale`). Parsing never rounds; formatting writes exactly the currency's fraction digits and
never rounds either. Computed amounts round HALF_EVEN (:func:`round_half_even`), payouts and
commission DOWN, LAY liabilities UP. Every function raises :class:`MoneyError` (a ``ValueError``)
for a value that breaks the contract. All arithmetic is exact (:class:`decimal.Decimal` in a local
context with enough digits), and every :class:`~decimal.Decimal` argument is bounds-checked first
(:func:`bounded`), so ``Decimal("1E+1000000")`` is refused at once.
"""

from __future__ import annotations

import decimal
import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Mapping, Sequence

from tam_protos.gen.python.common.v1 import annotations_pb2, currency_pb2

__all__ = [
    "MAX_INTEGER_DIGITS",
    "MAX_SCALE",
    "MAX_INPUT_SCALE",
    "MAX_RATE_BP",
    "BetOutcome",
    "BetSide",
    "Fill",
    "MoneyError",
    "SettledBet",
    "bounded",
    "commission",
    "commission_idempotency_key",
    "commission_resettlement_key",
    "currencies",
    "format_money",
    "format_signed",
    "lay_liability",
    "minor_unit",
    "net_winnings",
    "parse",
    "parse_odds",
    "parse_plain",
    "parse_positive",
    "parse_signed",
    "payout",
    "payout_str",
    "round_half_even",
    "round_payout",
    "scale",
    "settle",
]

MAX_INTEGER_DIGITS = 15
"""The most integer digits of any contract amount."""
MAX_SCALE = 3
"""The most fraction digits of any supported currency (KWD, BHD)."""
MAX_INPUT_SCALE = 32
"""The most fraction digits a Decimal given to this module may carry."""
MAX_RATE_BP = 10_000
"""The highest commission rate, 100 %."""
_QUOTE_LIMIT = 24

def _load_scales() -> dict[str, int]:
    """The contracts' one currency table: ``common.v1.Currency`` and its ``minor_units`` option."""
    scales: dict[str, int] = {}
    for value in currency_pb2.Currency.DESCRIPTOR.values:
        if value.number == 0:
            continue
        options = value.GetOptions()
        if not value.name.startswith("CURRENCY_") or not options.HasExtension(annotations_pb2.minor_units):
            raise RuntimeError(f"common.v1.{value.name} has no (common.v1.minor_units)")
        scale = int(options.Extensions[annotations_pb2.minor_units])
        if not 0 <= scale <= MAX_SCALE:
            raise RuntimeError(f"common.v1.{value.name} has minor units {scale}")
        scales[value.name[len("CURRENCY_") :]] = scale
    return dict(sorted(scales.items()))


_SCALES: Mapping[str, int] = _load_scales()

# Enough digits for any exact product or sum of bounded amounts.
_CONTEXT = decimal.Context(prec=100, rounding=decimal.ROUND_HALF_EVEN, Emax=999, Emin=-999)
_INTEGER_LIMIT = Decimal(10) ** MAX_INTEGER_DIGITS
_BOUND_LIMIT = Decimal(10) ** (MAX_INTEGER_DIGITS + 3)
_MIN_ODDS = Decimal("1.01")
_MAX_ODDS = Decimal("999.99")


class MoneyError(ValueError):
    """A value breaks the money contract."""


class BetSide(enum.Enum):
    """The side of a bet (order/v1 BetSide)."""

    BACK = "BACK"
    LAY = "LAY"


class BetOutcome(enum.Enum):
    """How the bet's selection ended (WIN: BACK wins; LOSE: LAY wins; PUSH: push or void)."""

    WIN = "WIN"
    LOSE = "LOSE"
    PUSH = "PUSH"


@dataclass(frozen=True)
class Fill:
    """One fill: a matched backer stake at a price."""

    stake: Decimal
    price: Decimal


@dataclass(frozen=True)
class SettledBet:
    """What settlement needs to know about one bet (order/v1 BetSettlement)."""

    side: BetSide
    outcome: BetOutcome
    liability: Decimal
    unmatched: Decimal
    fills: Sequence[Fill] = field(default_factory=tuple)

    @staticmethod
    def back(outcome: BetOutcome, stake: Decimal, odds: Decimal) -> SettledBet:
        """A fully matched BACK bet at one price."""
        return SettledBet(BetSide.BACK, outcome, stake, Decimal(0), (Fill(stake, odds),))


def currencies() -> dict[str, int]:
    """The supported currencies and their ISO-4217 minor units, sorted by code."""
    return dict(sorted(_SCALES.items()))


def scale(currency: str) -> int:
    """The number of fraction digits of a supported currency: EUR 2, JPY 0, KWD 3."""
    if not isinstance(currency, str) or currency not in _SCALES:
        raise MoneyError(f"unsupported currency: {_quote(currency)}")
    return _SCALES[currency]


def minor_unit(currency: str) -> Decimal:
    """The smallest amount of a currency: ``Decimal("0.01")`` for EUR."""
    return Decimal(1).scaleb(-scale(currency))


def _quote(value: object) -> str:
    if not isinstance(value, str):
        return repr(value)[:_QUOTE_LIMIT]
    out = []
    for ch in value[:_QUOTE_LIMIT]:
        code = ord(ch)
        if code < 0x20 or code == 0x7F or ch in '"\\':
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    text = '"' + "".join(out) + '"'
    if len(value) > _QUOTE_LIMIT:
        text += f"\u2026 ({len(value)} characters)"
    return text


def _scan(text: object, max_scale: int, signed: bool, kind: str) -> Decimal:
    """The strict grammar ``-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,max_scale})?`` (ASCII digits)."""
    if not isinstance(text, str) or not text or len(text) > 2 + MAX_INTEGER_DIGITS + max_scale:
        raise _invalid(kind, text, max_scale)
    body = text[1:] if signed and text.startswith("-") else text
    integer, dot, fraction = body.partition(".")
    ok = (
        0 < len(integer) <= MAX_INTEGER_DIGITS
        and _ascii_digits(integer)
        and (len(integer) == 1 or integer[0] != "0")
        and (not dot or (0 < len(fraction) <= max_scale and _ascii_digits(fraction)))
    )
    if not ok:
        raise _invalid(kind, text, max_scale)
    value = Decimal(text)
    return abs(value) if value.is_zero() else value


def _ascii_digits(s: str) -> bool:
    return all("0" <= c <= "9" for c in s)


def _invalid(kind: str, text: object, max_scale: int) -> MoneyError:
    return MoneyError(
        f"not a valid {kind} string: {_quote(text)} (a plain decimal, at most "
        f"{MAX_INTEGER_DIGITS} integer and {max_scale} fraction digits)"
    )


def parse_plain(amount: str) -> Decimal:
    """A non-negative amount with at most 3 fraction digits, no currency (the MONEY pattern)."""
    return _scan(amount, MAX_SCALE, False, "money")


def parse(amount: str, currency: str) -> Decimal:
    """A non-negative amount in a currency, with the scale as written."""
    return _scan(amount, scale(currency), False, "money")


def parse_positive(amount: str, currency: str) -> Decimal:
    """An amount greater than zero in a currency: stakes, reservations, credits."""
    value = _scan(amount, scale(currency), False, "positive money")
    if value <= 0:
        raise MoneyError("not a valid positive money string: zero")
    return value


def parse_signed(amount: str, currency: str) -> Decimal:
    """An amount that may be negative, only for fields documented as signed."""
    return _scan(amount, scale(currency), True, "signed money")


def parse_odds(odds: str) -> Decimal:
    """Decimal odds, 1.01 to 999.99 with at most 2 fraction digits (DECIMAL_ODDS)."""
    if not isinstance(odds, str) or len(odds) > 6:
        raise MoneyError(f"not valid decimal odds: {_quote(odds)}")
    value = _scan(odds, 2, False, "decimal odds")
    if value < _MIN_ODDS or value > _MAX_ODDS:
        raise MoneyError(f"decimal odds must be 1.01 to 999.99: {_quote(odds)}")
    return value


def bounded(value: Decimal, what: str) -> Decimal:
    """Checks that a Decimal is finite, has at most 32 fraction and 18 integer digits.

    The check looks at the exponent and the digit count only, so ``Decimal("1E+1000000")`` and
    ``Decimal("1E-1000000")`` are refused at once.
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise MoneyError(f"{what} is missing or not a finite Decimal")
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if -exponent > MAX_INPUT_SCALE or exponent > MAX_INTEGER_DIGITS + 3:
        raise MoneyError(
            f"{what} is out of bounds (scale {-exponent}, allowed -18 to {MAX_INPUT_SCALE})"
        )
    if len(digits) + exponent > MAX_INTEGER_DIGITS + 3 and value.copy_abs() >= _BOUND_LIMIT:
        raise MoneyError(f"{what} is out of bounds (more than {MAX_INTEGER_DIGITS + 3} integer digits)")
    return value


def _quantize(value: Decimal, currency: str, rounding: str) -> Decimal:
    exp = Decimal(1).scaleb(-scale(currency))
    return value.quantize(exp, rounding=rounding, context=_CONTEXT)


def format_signed(amount: Decimal, currency: str) -> str:
    """The contract form with exactly the currency's fraction digits; never rounds."""
    s = scale(currency)
    bounded(amount, "amount")
    scaled = _quantize(amount, currency, decimal.ROUND_DOWN)
    if scaled != amount:
        raise MoneyError(f"amount has more than {s} fraction digits for {currency}; round it first")
    if scaled.copy_abs() >= _INTEGER_LIMIT:
        raise MoneyError(f"amount exceeds {MAX_INTEGER_DIGITS} integer digits")
    if scaled.is_zero():
        scaled = scaled.copy_abs()
    return f"{scaled:f}"


def format_money(amount: Decimal, currency: str) -> str:
    """Like :func:`format_signed`, for a non-negative amount."""
    bounded(amount, "amount")
    if amount < 0:
        raise MoneyError("negative amount; use format_signed for signed fields")
    return format_signed(amount, currency)


def round_half_even(amount: Decimal, currency: str) -> Decimal:
    """Rounds a computed amount to the minor unit, HALF_EVEN (every amount but payouts)."""
    scale(currency)
    return _quantize(bounded(amount, "amount"), currency, decimal.ROUND_HALF_EVEN)


def round_payout(exact: Decimal, currency: str) -> Decimal:
    """Rounds an exact payout DOWN (toward zero) to the minor unit."""
    scale(currency)
    if bounded(exact, "payout") < 0:
        raise MoneyError("payout cannot be negative")
    return _quantize(exact, currency, decimal.ROUND_DOWN)


def _check_stake(stake: Decimal, currency: str, what: str) -> Decimal:
    s = scale(currency)
    bounded(stake, what)
    if stake <= 0:
        raise MoneyError(f"{what} must be positive")
    if _quantize(stake, currency, decimal.ROUND_DOWN) != stake:
        raise MoneyError(f"{what} has more than {s} fraction digits for {currency}")
    if stake >= _INTEGER_LIMIT:
        raise MoneyError(f"{what} has more than {MAX_INTEGER_DIGITS} integer digits")
    return stake


def _check_odds(odds: Decimal) -> Decimal:
    bounded(odds, "odds")
    if odds < _MIN_ODDS or odds > _MAX_ODDS or odds.quantize(Decimal("0.01"), decimal.ROUND_DOWN, _CONTEXT) != odds:
        raise MoneyError("odds must be 1.01 to 999.99 with at most 2 decimals")
    return odds


def settle(bet: SettledBet, currency: str) -> Decimal:
    """The payout of a settled bet (order/v1 BetSettlement.payout), rounded DOWN.

    ::

        side  WIN                      LOSE           PUSH / VOID
        BACK  sum(s_i x p_i) + U       U              L (= stake)
        LAY   L - sum(s_i x (p_i-1))   L + sum(s_i)   L
    """
    s = scale(currency)
    liability = _check_stake(bet.liability, currency, "liability")
    unmatched = bounded(bet.unmatched, "unmatched stake")
    if unmatched < 0 or _quantize(unmatched, currency, decimal.ROUND_DOWN) != unmatched:
        raise MoneyError(f"unmatched stake must be zero or more with at most {s} fraction digits")
    ctx = _CONTEXT
    matched = Decimal(0)
    returned = Decimal(0)
    exposure = Decimal(0)
    for f in bet.fills:
        st = _check_stake(f.stake, currency, "fill stake")
        p = _check_odds(f.price)
        matched = ctx.add(matched, st)
        returned = ctx.add(returned, ctx.multiply(st, p))
        exposure = ctx.add(exposure, ctx.multiply(st, ctx.subtract(p, Decimal(1))))
    if bet.side is BetSide.BACK and ctx.add(matched, unmatched) != liability:
        raise MoneyError("a BACK bet's liability must equal its matched plus unmatched stake")
    if bet.side is BetSide.LAY and ctx.add(exposure, unmatched) > liability:
        raise MoneyError("a LAY bet's liability must cover its fills' exposure plus its unmatched part")
    if bet.side is BetSide.BACK:
        exact = {
            BetOutcome.WIN: ctx.add(returned, unmatched),
            BetOutcome.LOSE: unmatched,
            BetOutcome.PUSH: liability,
        }[bet.outcome]
    else:
        exact = {
            BetOutcome.WIN: ctx.subtract(liability, exposure),
            BetOutcome.LOSE: ctx.add(liability, matched),
            BetOutcome.PUSH: liability,
        }[bet.outcome]
    return round_payout(exact, currency)


def payout(outcome: BetOutcome, stake: Decimal, odds: Decimal, currency: str) -> Decimal:
    """The payout of a fully matched BACK bet: WIN stake x odds rounded DOWN, LOSE 0, PUSH stake."""
    return settle(SettledBet.back(outcome, _check_stake(stake, currency, "stake"), odds), currency)


def payout_str(outcome: BetOutcome, stake: str, odds: str, currency: str) -> str:
    """:func:`payout` on contract strings, for example ``("WIN", "10.00", "2.50") -> "25.00"``."""
    return format_money(
        payout(outcome, parse_positive(stake, currency), parse_odds(odds), currency), currency
    )


def lay_liability(stake: Decimal, odds: Decimal, currency: str) -> Decimal:
    """A LAY bet's liability: stake x (odds - 1), rounded UP so the hold covers the exposure."""
    st = _check_stake(stake, currency, "stake")
    p = _check_odds(odds)
    return _quantize(_CONTEXT.multiply(st, _CONTEXT.subtract(p, Decimal(1))), currency, decimal.ROUND_UP)


def net_winnings(bets: Iterable[SettledBet], currency: str) -> Decimal:
    """A user's net winnings in one market: the sum of payout - liability over the settled bets."""
    net = _quantize(Decimal(0), currency, decimal.ROUND_DOWN)
    for bet in bets:
        net = _CONTEXT.subtract(_CONTEXT.add(net, settle(bet, currency)), bet.liability)
    return _quantize(net, currency, decimal.ROUND_DOWN)


def commission(net: Decimal, rate_bp: int, currency: str) -> Decimal:
    """Commission (D3): max(0, net) x rate_bp / 10000, rounded DOWN to the minor unit."""
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int) or not 0 <= rate_bp <= MAX_RATE_BP:
        raise MoneyError(f"rate_bp must be 0 to 10000, was {rate_bp!r}")
    scale(currency)
    base = bounded(net, "net winnings")
    if base < 0:
        base = Decimal(0)
    exact = _CONTEXT.multiply(base, Decimal(rate_bp)).scaleb(-4, _CONTEXT)
    return _quantize(exact, currency, decimal.ROUND_DOWN)


def commission_idempotency_key(market_id: str, user_id: str) -> str:
    """``commission:<market_id>:<user_id>``."""
    return f"commission:{market_id}:{user_id}"


def commission_resettlement_key(market_id: str, user_id: str, settlement_version: int) -> str:
    """``commission:<market_id>:<user_id>:<settlement_version>`` (version 2 or more)."""
    if settlement_version < 2:
        raise MoneyError("a resettlement has version 2 or more")
    return f"{commission_idempotency_key(market_id, user_id)}:{settlement_version}"
