import pytest

from loyalty_desktop.core.errors import InvalidAmount
from loyalty_desktop.core.money import format_cents, mul_div_half_up, parse_amount


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("88", 8800),
        ("88.5", 8850),
        ("88.50", 8850),
        ("¥88.05", 8805),
        (" 0.01 ", 1),
        ("￥1000", 100000),
    ],
)
def test_parse_amount_accepts_yuan_with_up_to_two_decimals(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1.234", "more than two decimals"),
        ("0", "more than zero"),
        ("0.00", "more than zero"),
        ("-5", "not an amount"),
        ("abc", "not an amount"),
        ("", "not an amount"),
        ("1,000", "not an amount"),
        ("1e3", "not an amount"),
    ],
)
def test_parse_amount_refuses_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InvalidAmount, match=reason):
        parse_amount(text)


def test_format_cents() -> None:
    assert format_cents(8805) == "88.05"
    assert format_cents(-5) == "-0.05"
    assert format_cents(123456, symbol="¥") == "¥1234.56"


@pytest.mark.parametrize(
    ("value", "num", "den", "expected"),
    [
        (10, 1, 4, 3),  # 2.5 rounds half up to 3
        (10, 1, 3, 3),  # 3.33 -> 3
        (7, 2, 3, 5),  # 4.67 -> 5
        (-10, 1, 4, -3),  # symmetric for negatives
        (0, 5, 7, 0),
    ],
)
def test_mul_div_half_up(value: int, num: int, den: int, expected: int) -> None:
    assert mul_div_half_up(value, num, den) == expected
