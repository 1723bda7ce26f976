"""The notes the programme writes on ledger entries: stored in English, shown in either language."""

from __future__ import annotations

import re

import pytest

from loyalty_desktop.services import notes

PARAMS = {
    "year": 2026,
    "card": "895258695157",
    "file": "old-pos.csv",
    "name": "Free coffee",
    "code": "ABCD-EFGH-JKLM-N",
}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("template", notes.TEMPLATES)
def test_a_stored_note_reads_in_either_language(template: str) -> None:
    params = {k: v for k, v in PARAMS.items() if "{" + k + "}" in template}
    stored = notes.written(template, **params)
    assert notes.shown(stored, "en") == stored
    chinese = notes.shown(stored, "zh_CN")
    assert CJK.search(chinese), chinese
    for value in params.values():
        assert str(value) in chinese


def test_the_refund_of_a_coupon_bonus_is_not_read_as_the_bonus() -> None:
    stored = notes.written(notes.COUPON_TAKEN_BACK, code="ABCD")
    assert notes.shown(stored, "zh_CN") == "优惠券 ABCD 赠送积分已收回（退款）"


def test_a_typed_note_is_shown_as_typed() -> None:
    assert notes.shown("goodwill: broken cup", "zh_CN") == "goodwill: broken cup"
