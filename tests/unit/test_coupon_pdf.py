"""The coupon sheet in the language chosen for it: every kind of offer worded for the shop
(满100减10元, 9折 / "Spend ¥100, save ¥10", "10% off"), the conditions and the last valid day,
read back from the PDF — no English on the Chinese sheet, no Chinese on the English one but the
names printed on it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from loyalty_desktop.core import i18n
from loyalty_desktop.core.i18n import Translator
from loyalty_desktop.printing.coupon_pdf import coupon_sheet, offer
from loyalty_desktop.services.coupons import PrintedCoupon, Terms, grouped

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
SHOP = "Demo Café 示范咖啡"
COUPONS = [
    PrintedCoupon(
        "A" * 14,
        Terms(kind="fixed", value=1000, min_spend_cents=10000, combine_with_points=False),
        date(2026, 11, 28),
        holder_name="张三",
        holder_phone="13800138000",
    ),
    PrintedCoupon(
        "B" * 14,
        Terms(kind="percent", value=15, cap_cents=2000, min_spend_cents=5000, member_bound=False),
        date(2026, 12, 31),
    ),
    PrintedCoupon("C" * 14, Terms(kind="free_item", value=1800, item="拿铁"), date(2027, 1, 5)),
    PrintedCoupon("D" * 14, Terms(kind="points", value=1, member_bound=False), date(2027, 2, 1)),
]
EXPECTED = {
    "zh_CN": [
        "满100减10元",
        "有效期至 2026年11月28日",
        "限会员本人使用 · 不可与积分抵现同时使用",
        "会员 张三 138••••8000",
        "8.5折（最多减20.00元）",
        "满50.00元可用",
        "免费兑换拿铁",
        "有效期至 2027年1月5日",
        "赠送1积分",
    ],
    "en": [
        "Spend ¥100, save ¥10",
        "Valid until 28 November 2026",
        "For the member's own use only · Cannot be combined with paying by points",
        "Member 张三 138••••8000",
        "15% off (up to ¥20.00 off)",
        "On a purchase of ¥50.00 or more",
        "Free 拿铁",
        "Valid until 5 January 2027",
        "1 bonus point\n",  # one point, not "points"
    ],
}


@pytest.fixture
def chinese_process() -> Iterator[None]:
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def sheet_text(tmp_path: Path, language: str | None) -> str:
    pdf = tmp_path / f"sheet-{language}.pdf"
    assert coupon_sheet(SHOP, COUPONS, pdf, None, language=language) == 1
    return PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_sheet_reads_in_its_language(tmp_path: Path, language: str) -> None:
    text = sheet_text(tmp_path, language)
    for line in EXPECTED[language]:
        assert line in text, line
    # Apart from the shop's, the member's and the item's names and the codes, nothing of the
    # other language.
    rest = text
    for name in (SHOP, "张三", "拿铁", *(grouped(c.code) for c in COUPONS)):
        rest = rest.replace(name, "")
    if language == "en":
        assert not CJK.findall(rest), CJK.findall(rest)
    else:
        assert not re.findall(r"[A-Za-z]+", rest), re.findall(r"[A-Za-z]+", rest)


def test_the_sheet_follows_the_process_language_by_default(tmp_path, chinese_process) -> None:
    assert "满100减10元" in sheet_text(tmp_path, None)


def test_plural_bonus_points_in_english() -> None:
    many = Terms(kind="points", value=200)
    assert offer(many, Translator("en")) == "200 bonus points"
    assert offer(many, Translator("zh_CN")) == "赠送200积分"


@pytest.mark.parametrize(
    ("terms", "zh", "en"),
    [
        (Terms(kind="fixed", value=550), "立减5.50元", "¥5.50 off"),
        (Terms(kind="percent", value=10), "9折", "10% off"),
        (Terms(kind="fixed", value=1000, min_spend_cents=123450), "满1,234.50减10元", None),
    ],
)
def test_offers(terms: Terms, zh: str, en: str | None) -> None:
    assert offer(terms, Translator("zh_CN")) == zh
    if en:
        assert offer(terms, Translator("en")) == en
