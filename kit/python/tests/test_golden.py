"""The golden corpus (tests/golden, generated from the Java kit): the Python kit must agree exactly."""

from __future__ import annotations

import base64
from decimal import Decimal
from typing import Any, Callable

import pytest
from google.protobuf import descriptor_pool, message_factory
from google.rpc import status_pb2

from conftest import import_all_generated, load_golden
from tam_protos import errors, money, validation

import_all_generated()
VALIDATION = load_golden("validation.json")["cases"]
MONEY = load_golden("money.json")
PAYOUTS = load_golden("payouts.json")["cases"]
COMMISSION = load_golden("commission.json")["cases"]


def _request(case: dict[str, Any]) -> Any:
    cls = message_factory.GetMessageClass(
        descriptor_pool.Default().FindMessageTypeByName(case["request_type"])
    )
    return cls.FromString(base64.b64decode(case["request"]))


def test_corpus_is_large_enough() -> None:
    total = len(VALIDATION) + len(MONEY["cases"]) + len(PAYOUTS) + len(COMMISSION)
    assert total >= 500
    assert any(c["ok"] for c in VALIDATION) and any(not c["ok"] for c in VALIDATION)


@pytest.mark.parametrize("case", VALIDATION, ids=lambda c: c["name"][:120])
def test_validation_status_bytes_equal_java(case: dict[str, Any]) -> None:
    status = validation.check(_request(case), case["method"])
    if case["ok"]:
        assert status is None
        return
    assert status is not None
    expected = base64.b64decode(case["status"])
    if errors.serialize(status) != expected:
        # A readable diff first, then the bytes.
        assert status_pb2.Status.FromString(expected) == status
    assert errors.serialize(status) == expected


def test_currency_table_equals_java() -> None:
    assert money.currencies() == {c["code"]: c["scale"] for c in MONEY["currencies"]}
    for code in MONEY["unsupported_currencies"]:
        with pytest.raises(money.MoneyError):
            money.scale(code)


_PARSERS: dict[str, Callable[[str, str], Decimal]] = {
    "money": money.parse,
    "positive": money.parse_positive,
    "signed": money.parse_signed,
    "plain": lambda s, c: money.parse_plain(s),
    "odds": lambda s, c: money.parse_odds(s),
    "round": lambda s, c: money.round_half_even(Decimal(s), c),
}


@pytest.mark.parametrize("case", MONEY["cases"], ids=lambda c: f'{c["kind"]}-{c["currency"]}-{c["input"]!r}')
def test_money_strings_equal_java(case: dict[str, Any]) -> None:
    kind, currency, text = case["kind"], case["currency"], case["input"]
    if not case["valid"]:
        with pytest.raises(money.MoneyError):
            value = _PARSERS[kind](text, currency)
            if kind == "round":
                money.format_signed(value, currency)
        return
    value = _PARSERS[kind](text, currency)
    if kind in ("plain",):
        normalized = f"{value:f}"
    elif kind == "odds":
        normalized = f"{value.quantize(Decimal('0.01')):f}"
    else:
        normalized = money.format_signed(value, currency)
    assert normalized == case["normalized"]


def _bet(b: dict[str, Any], currency: str) -> money.SettledBet:
    return money.SettledBet(
        money.BetSide(b["side"]),
        money.BetOutcome(b["outcome"]),
        Decimal(b["liability"]),
        Decimal(b["unmatched"]),
        tuple(money.Fill(Decimal(f["stake"]), Decimal(f["price"])) for f in b["fills"]),
    )


@pytest.mark.parametrize("case", PAYOUTS, ids=lambda c: c["kind"])
def test_payouts_equal_java(case: dict[str, Any]) -> None:
    currency = case["currency"]
    if case["kind"] == "lay_liability":
        got = money.lay_liability(Decimal(case["stake"]), Decimal(case["odds"]), currency)
        assert money.format_money(got, currency) == case["liability"]
        return
    if case["kind"] == "back":
        call: Callable[[], str] = lambda: money.payout_str(
            money.BetOutcome(case["outcome"]), case["stake"], case["odds"], currency
        )
    else:
        call = lambda: money.format_money(money.settle(_bet(case, currency), currency), currency)
    if case["error"]:
        with pytest.raises(money.MoneyError):
            call()
    else:
        assert call() == case["payout"]


@pytest.mark.parametrize("case", COMMISSION, ids=lambda c: c["market_id"])
def test_commission_equals_java(case: dict[str, Any]) -> None:
    currency = case["currency"]
    bets = [_bet(b, currency) for b in case["bets"]]
    net = money.net_winnings(bets, currency)
    assert money.format_signed(net, currency) == case["net"]
    assert money.commission_idempotency_key(case["market_id"], case["user_id"]) == case["idempotency_key"]
    if case["error"]:
        with pytest.raises(money.MoneyError):
            money.commission(net, case["rate_bp"], currency)
    else:
        assert money.format_money(money.commission(net, case["rate_bp"], currency), currency) == case["commission"]
