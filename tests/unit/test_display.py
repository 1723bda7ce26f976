from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from loyalty_desktop.core import display

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
