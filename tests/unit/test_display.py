from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from loyalty_desktop.core import display, i18n

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_money_grouped_with_symbol_and_sign() -> None:
    assert display.money(12345678) == "¥123,456.78"
    assert display.money(-500) == "-¥5.00"
    assert display.money(5, symbol=False) == "0.05"


def test_mask_phone_keeps_prefix_and_last_four() -> None:
    assert display.mask_phone("13800138000") == "138••••8000"
    assert display.mask_phone(None) == ""


def test_days_between_counts_calendar_days_in_shop_time() -> None:
    # 15:30 UTC = 23:30 in Shanghai; 16:30 UTC = 00:30 the next day there.
    late = datetime(2026, 3, 1, 15, 30, tzinfo=UTC)
    after_midnight = datetime(2026, 3, 1, 16, 30, tzinfo=UTC)
    assert display.days_between(late, after_midnight, SHANGHAI) == 1
    assert display.local_datetime(after_midnight, SHANGHAI) == "2026-03-02 00:30"


@pytest.fixture
def chinese() -> Iterator[None]:
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("language", "long", "title", "short"),
    [
        ("zh_CN", "2026年11月28日", "2026年10月", "10月"),
        ("en", "28 November 2026", "October 2026", "Oct"),
    ],
)
def test_dates_in_words_by_language(language, long, title, short) -> None:
    assert display.long_date(date(2026, 11, 28), language) == long
    assert display.month_title("2026-10", language) == title
    assert display.month_title(date(2026, 10, 31), language) == title
    assert display.short_month("2026-10", language) == short


def test_dates_follow_the_process_language_by_default(chinese) -> None:
    assert display.long_date(date(2027, 1, 5)) == "2027年1月5日"
    assert display.month_title("2026-05") == "2026年5月"
    assert display.long_date(None) == ""


def test_every_month_has_its_chinese() -> None:
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    assert [display.month_title(m, "zh_CN") for m in months] == [
        f"2026年{m}月" for m in range(1, 13)
    ]
    assert [display.short_month(m, "zh_CN") for m in months] == [f"{m}月" for m in range(1, 13)]
    assert display.short_month("2026-05", "en") == "May"


def test_money_reads_the_same_in_both_languages(chinese) -> None:
    assert display.money(123450) == "¥1,234.50"
    assert display.yuan(10000) == "100" and display.yuan(123450) == "1,234.50"


@pytest.mark.parametrize(
    ("percent", "zh", "en"),
    [(10, "9折", "10% off"), (15, "8.5折", "15% off"), (100, "免费", "free")],
)
def test_a_percentage_discount_as_each_language_names_it(percent, zh, en) -> None:
    assert display.percent_off(percent, "zh_CN") == zh
    assert display.percent_off(percent, "en") == en
