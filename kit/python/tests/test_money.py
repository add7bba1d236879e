"""Unit and property tests of tam_protos.money (seeded random properties, no extra dependency)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from tam_protos import money
from tam_protos.money import BetOutcome, BetSide, Fill, MoneyError, SettledBet

D = Decimal
CURRENCIES = sorted(money.currencies())
TRIES = 2000


def reference_win_minor(stake_minor: int, odds_hundredths: int) -> int:
    """The reference rule of every kit: floor(stake_minor x odds_hundredths / 100)."""
    return stake_minor * odds_hundredths // 100


def is_canonical(text: str, max_scale: int) -> bool:
    """An oracle independent of the implementation's scanner: character classes and counts."""
    if not text or text.count(".") > 1 or any(c not in "0123456789." for c in text):
        return False
    integer, _, fraction = text.partition(".")
    if "." in text and not fraction:
        return False
    return (
        0 < len(integer) <= 15
        and not (len(integer) > 1 and integer.startswith("0"))
        and len(fraction) <= max_scale
    )


def test_scales_follow_iso_minor_units() -> None:
    assert [money.scale(c) for c in ("EUR", "GBP", "USD", "JPY", "KWD", "BHD")] == [2, 2, 2, 0, 3, 3]
    assert money.minor_unit("KWD") == D("0.001")
    for bad in ("eur", "XAU", "", "EURO"):
        with pytest.raises(MoneyError):
            money.scale(bad)


@pytest.mark.parametrize("bad", ["1e3", "-5.00", "abc", "1.001", "", " 1", "01.00", "1.", ".5", "+1", "NaN", "\u0663"])
def test_parse_rejects(bad: str) -> None:
    with pytest.raises(MoneyError):
        money.parse(bad, "EUR")


def test_parse_error_quotes_a_short_prefix_only() -> None:
    with pytest.raises(MoneyError) as e:
        money.parse("1" * 100_000, "EUR")
    assert len(str(e.value)) < 200
    assert '"' + "1" * 24 + '"\u2026 (100000 characters)' in str(e.value)
    with pytest.raises(MoneyError) as e2:
        money.parse("1\n2", "EUR")
    assert "\n" not in str(e2.value)


def test_huge_exponents_are_refused_before_any_arithmetic() -> None:
    huge, tiny = D("1E+1000000"), D("1E-1000000")
    for call in (
        lambda: money.payout(BetOutcome.WIN, huge, D("2.00"), "EUR"),
        lambda: money.payout(BetOutcome.WIN, D(10), huge, "EUR"),
        lambda: money.payout(BetOutcome.WIN, tiny, D("2.00"), "EUR"),
        lambda: money.round_payout(huge, "EUR"),
        lambda: money.round_half_even(tiny, "EUR"),
        lambda: money.format_money(huge, "EUR"),
        lambda: money.commission(huge, 500, "EUR"),
        lambda: money.payout(BetOutcome.WIN, D("NaN"), D("2"), "EUR"),
    ):
        with pytest.raises(MoneyError, match="out of bounds|finite"):
            call()


def test_payout_table_examples() -> None:
    assert money.payout_str(BetOutcome.WIN, "10.00", "2.50", "EUR") == "25.00"
    assert money.payout_str(BetOutcome.WIN, "3.33", "1.57", "EUR") == "5.22"
    assert money.payout_str(BetOutcome.WIN, "333", "1.57", "JPY") == "522"
    assert money.payout_str(BetOutcome.LOSE, "10.00", "2.50", "EUR") == "0.00"
    assert money.payout_str(BetOutcome.PUSH, "0.1", "2.50", "EUR") == "0.10"
    fills = (Fill(D("6.00"), D("2.50")), Fill(D("4.00"), D("3.00")))
    assert money.settle(SettledBet(BetSide.BACK, BetOutcome.WIN, D("12.00"), D("2.00"), fills), "EUR") == D("29.00")
    assert money.settle(SettledBet(BetSide.LAY, BetOutcome.WIN, D("20.00"), D("3.00"), fills), "EUR") == D("3.00")
    assert money.settle(SettledBet(BetSide.LAY, BetOutcome.LOSE, D("20.00"), D("3.00"), fills), "EUR") == D("30.00")
    assert money.lay_liability(D("3.33"), D("1.57"), "EUR") == D("1.90")
    with pytest.raises(MoneyError, match="BACK bet's liability"):
        money.settle(SettledBet(BetSide.BACK, BetOutcome.WIN, D("9.00"), D(0), fills), "EUR")


def test_commission_rules() -> None:
    bets = [SettledBet.back(BetOutcome.WIN, D("10.00"), D("2.50")), SettledBet.back(BetOutcome.LOSE, D("3.33"), D("1.57"))]
    net = money.net_winnings(bets, "EUR")
    assert net == D("11.67")
    assert money.commission(net, 299, "EUR") == D("0.34")  # DOWN, not HALF_EVEN (0.35)
    assert money.commission(D("-5.00"), 500, "EUR") == D("0.00")
    for rate in (-1, 10_001):
        with pytest.raises(MoneyError, match="rate_bp"):
            money.commission(net, rate, "EUR")
    assert money.commission_resettlement_key("m-1", "user-123", 2) == "commission:m-1:user-123:2"


def test_property_win_payout_never_creates_or_loses_a_minor_unit() -> None:
    rng = random.Random(13)
    for _ in range(TRIES):
        currency = rng.choice(CURRENCIES)
        scale = money.scale(currency)
        stake_minor = rng.randint(1, 1_000_000_000)
        odds = rng.randint(101, 99_999)
        payout = money.payout(BetOutcome.WIN, D(stake_minor).scaleb(-scale), D(odds).scaleb(-2), currency)
        assert payout.as_tuple().exponent == -scale
        assert int(payout.scaleb(scale)) == reference_win_minor(stake_minor, odds)


def test_property_matched_pair_keeps_at_most_the_rounding() -> None:
    rng = random.Random(17)
    for _ in range(TRIES):
        currency = rng.choice(CURRENCIES)
        scale = money.scale(currency)
        s, o = rng.randint(1, 1_000_000_000), rng.randint(101, 99_999)
        stake, odds = D(s).scaleb(-scale), D(o).scaleb(-2)
        outcome = rng.choice(list(BetOutcome))
        liability = money.lay_liability(stake, odds, currency)
        back = money.settle(SettledBet.back(outcome, stake, odds), currency) - stake
        lay = money.settle(SettledBet(BetSide.LAY, outcome, liability, D(0), (Fill(stake, odds),)), currency) - liability
        x = s * (o - 100)
        expected = (x // 100 - -(-x // 100)) if outcome is BetOutcome.WIN else 0
        assert int((back + lay).scaleb(scale)) == expected


def test_property_exact_ties_round_to_even() -> None:
    # Fails for ROUND_HALF_UP and ROUND_HALF_DOWN, unlike a |error| <= half-unit bound.
    rng = random.Random(19)
    for _ in range(TRIES):
        currency = rng.choice(CURRENCIES)
        scale = money.scale(currency)
        k = rng.randint(0, 10**12)
        tie = (D(2 * k + 1).scaleb(-scale) / 2) * rng.choice((1, -1))
        rounded = money.round_half_even(tie, currency)
        expected = k if k % 2 == 0 else k + 1
        assert abs(int(rounded.scaleb(scale))) == expected


def test_property_parse_accepts_exactly_the_canonical_decimals() -> None:
    rng = random.Random(23)
    alphabet = "0123456789.-e+ "
    for _ in range(TRIES * 2):
        currency = rng.choice(CURRENCIES)
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        else:
            text = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 17)))
            if rng.random() < 0.7:
                text += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 4)))
        valid = is_canonical(text, money.scale(currency))
        if valid:
            assert f"{money.parse(text, currency):f}" == text
        else:
            with pytest.raises(MoneyError):
                money.parse(text, currency)


def test_property_commission_is_rounded_down_and_never_negative() -> None:
    rng = random.Random(29)
    for _ in range(TRIES):
        currency = rng.choice(CURRENCIES)
        scale = money.scale(currency)
        net_minor = rng.randint(-10**9, 10**9)
        rate = rng.randint(0, 10_000)
        got = money.commission(D(net_minor).scaleb(-scale), rate, currency)
        assert int(got.scaleb(scale)) == (0 if net_minor <= 0 else net_minor * rate // 10_000)
