"""The command line speaks the till's language (or the system's): its human output from the one
catalogue, English plurals right, and ``--json`` the same document in every language."""

from __future__ import annotations

import pytest

from loyalty_desktop.core import i18n
from loyalty_desktop.services.settings import set_till_language
from loyalty_desktop.store.db import Database

# Read-only commands whose --json output must not depend on the language.
READ_ONLY = (
    ("member", "find", "张"),
    ("rules", "show"),
    ("surveys", "show"),
    ("coupons", "template", "list"),
    ("coupons", "campaigns", "list"),
    ("segments", "list"),
    ("check",),
)


@pytest.fixture
def chinese_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOYALTY_LANG", "zh_CN")


@pytest.fixture
def shop(run_cli) -> str:
    """A member with one sale this month, and a coupon template; the member's card."""
    card = run_cli("member", "add", "--name", "张三", "--phone", "13800000001", "--json")
    run_cli("sale", "13800000001", "88.50")
    run_cli("coupons", "template", "add", "--name", "满100减10", "--kind", "fixed", "--value", "10")
    return str(card.json()["card"])


@pytest.mark.usefixtures("chinese_system")
def test_a_chinese_system_gets_chinese_output(run_cli) -> None:
    added = run_cli("member", "add", "--name", "李四", "--phone", "13900000002")
    assert added.code == 0 and added.out.startswith("会员已添加：李四，卡号 "), added.out
    sale = run_cli("sale", "13900000002", "88.50")
    assert sale.out.startswith("销售 1（李四 ") and "实付 88.50，积分 +88 / -0" in sale.out
    assert "积分余额 88" in sale.out
    walk_in = run_cli("sale", "-", "20")
    assert "（散客）" in walk_in.out
    report = run_cli("report", "monthly", "--month", "2026-11").out
    assert "月度报告" in report and "复购率" in report and "会员分群：核心会员" in report
    coupon = ("--name", "满100减10", "--kind", "fixed", "--value", "10", "--min-spend", "100")
    template = run_cli("coupons", "template", "add", *coupon).out
    assert template.strip() == "优惠券模板 1：满100减10 —— 立减 ¥10.00，满 ¥100.00 可用"
    assert "发放后 30 天内有效" in run_cli("coupons", "template", "list").out
    assert run_cli("check").out.strip() == "全部检查通过。"
    assert run_cli("member", "find", "王五").out.strip() == "没有找到会员。"
    assert "添加会员" in run_cli("member", "--help").out
    assert i18n.current_language() == "en"  # the caller's language is back


def test_json_is_the_same_in_every_language(
    run_cli, shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    english = [run_cli(*command, "--json").out for command in READ_ONLY]
    monkeypatch.setenv("LOYALTY_LANG", "zh_CN")
    assert "复购率" in run_cli("report", "monthly", "--month", "2026-11").out
    chinese = [run_cli(*command, "--json").out for command in READ_ONLY]
    assert chinese == english
    assert shop in chinese[0] and '"offer": "¥10.00 off"' in chinese[3]


def test_the_tills_language_beats_the_systems(
    run_cli, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        set_till_language(session, db.till_id, "zh_CN")
    assert run_cli("check").out.strip() == "全部检查通过。"  # the system is English (conftest)
    with db.session() as session:
        set_till_language(session, db.till_id, "en")
    monkeypatch.setenv("LOYALTY_LANG", "zh_CN")
    assert run_cli("check").out.strip() == "All checks passed."
    with db.session() as session:
        set_till_language(session, db.till_id, "system")
    assert run_cli("check").out.strip() == "全部检查通过。"


def test_english_plurals(run_cli) -> None:
    run_cli("member", "add", "--name", "张三", "--phone", "13800000001")
    one = run_cli("segments", "save", "everyone")
    assert "(1 member now)" in one.out, one.out
    run_cli("member", "add", "--name", "李四", "--phone", "13900000002")
    two = run_cli("segments", "save", "everyone")
    assert "(2 members now)" in two.out, two.out
    assert run_cli("expire").out.strip() == "Expired 0 points of 0 members"
    shown = run_cli("rules", "show").out
    assert "Tiers by spend over 12 months, grace 1 month:" in shown, shown
