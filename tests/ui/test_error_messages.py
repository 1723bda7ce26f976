"""The GUI says a refusal in the language it is set to, with the renderer the CLI uses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from loyalty_desktop.core.errors import InsufficientPoints, render
from loyalty_desktop.ui.language import apply_language
from loyalty_desktop.ui.messages import describe


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    apply_language("zh_CN")
    yield
    apply_language("en")


def test_a_refusal_is_described_in_chinese(chinese) -> None:
    error = InsufficientPoints(requested=500, balance=120)
    assert describe(error) == "积分不足：需要 500 积分，当前余额 120" == render(error)


def test_an_unexpected_error_is_one_translated_line(chinese, caplog) -> None:
    assert describe(RuntimeError("disk on fire\nmore")) == "出了点问题：disk on fire"
    assert "unexpected error" in caplog.text


def test_english_after_switching_back(qapp) -> None:
    apply_language("en")
    error = InsufficientPoints(requested=500, balance=120)
    assert describe(error) == "cannot redeem 500 points: the balance is 120"
