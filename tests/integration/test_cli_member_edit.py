"""`loyalty member edit` and `loyalty member replace-card`."""

from __future__ import annotations

from datetime import date, timedelta

from cli_helpers import assert_fails, enrol, ledger_sum, member_by_card, ok_json, sell
from support import snapshot


def test_edit_changes_the_fields_given_and_reports_old_and_new(run_cli, db) -> None:
    card = enrol(run_cli, "Zhang San", "13800138000")["card"]
    data = ok_json(
        run_cli(
            "member", "edit", card, "--name", "张三", "--phone", "139 0013 9000",
            "--birthday", "1990-05-01", "--tags", "tea;vip", "--consent", "--json",
        )
    )  # fmt: skip
    assert data["card"] == card
    assert data["changed"] == {
        "name": {"old": "Zhang San", "new": "张三"},
        "phone": {"old": "13800138000", "new": "13900139000"},
        "birthday": {"old": None, "new": "1990-05-01"},
        "tags": {"old": "", "new": "tea;vip"},
        "marketing_consent": {"old": False, "new": True},
    }
    m = member_by_card(db, card)
    assert (m.name, m.phone, m.birthday, m.tags, m.marketing_consent) == (
        "张三", "13900139000", date(1990, 5, 1), "tea;vip", True,
    )  # fmt: skip


def test_none_removes_a_birthday_and_no_consent_withdraws(run_cli, db) -> None:
    card = enrol(run_cli, "Li", "13800000001", "--birthday", "1990-01-01", "--consent")["card"]
    result = run_cli("member", "edit", "13800000001", "--birthday", "none", "--no-consent")
    assert result.code == 0 and "birthday 1990-01-01 → -" in result.out
    m = member_by_card(db, card)
    assert (m.birthday, m.marketing_consent, m.consent_at) == (None, False, None)


def test_an_edit_that_changes_nothing_says_so_and_writes_nothing(run_cli, db) -> None:
    card = enrol(run_cli, "Li", "13800000001")["card"]
    before = snapshot(db)
    result = run_cli("member", "edit", card, "--name", " Li ")
    assert result.code == 0 and result.out.startswith("Nothing to change for Li")
    assert ok_json(run_cli("member", "edit", card, "--json"))["changed"] == {}
    assert snapshot(db) == before


def test_bad_edits_fail_in_one_line_and_change_nothing(run_cli, db) -> None:
    card = enrol(run_cli, "Li", "13800000001")["card"]
    enrol(run_cli, "Wang", "13800000002")
    before = snapshot(db)
    future = (date.today() + timedelta(days=3)).isoformat()
    assert_fails(run_cli("member", "edit", card, "--phone", "12ab"), 1, "not a phone number")
    assert_fails(run_cli("member", "edit", card, "--phone", "13800000002"), 1, "Wang")
    assert_fails(run_cli("member", "edit", card, "--birthday", future), 1, "in the future")
    assert_fails(run_cli("member", "edit", card, "--birthday", "1990-13-01"), 1, "birthday")
    assert_fails(run_cli("member", "edit", card, "--name", "x" * 201), 1, "200")
    assert_fails(run_cli("member", "edit", "13899999999", "--name", "X"), 1, "no member")
    error = run_cli("member", "edit", card, "--phone", "12ab", "--json").json()["error"]
    assert (error["code"], error["field"]) == ("invalid_input", "phone")
    assert snapshot(db) == before


def test_replace_card_retires_the_old_number_and_keeps_the_history(run_cli, db) -> None:
    old = enrol(run_cli, "Li", "13800000001")["card"]
    sell(run_cli, old, "88.00")
    points = ledger_sum(db)
    data = ok_json(run_cli("member", "replace-card", "13800000001", "--json"))
    new = data["card"]
    assert data["old_card"] == old and new != old and data["name"] == "Li"
    assert member_by_card(db, new).id == data["id"] and ledger_sum(db) == points

    refused = run_cli("sale", old, "10.00", "--json")
    assert refused.code == 1
    assert refused.json()["error"] == {
        "code": "card_replaced",
        "card": old,
        "message": refused.json()["error"]["message"],
    }
    assert f"card {old} was replaced" in refused.err
    assert sell(run_cli, new, "10.00")["balance"] == points + 10


def test_replace_card_with_a_given_number_and_old_numbers_are_never_reused(run_cli, db) -> None:
    old = enrol(run_cli, "Li", "13800000001")["card"]
    result = run_cli("member", "replace-card", old, "--card", "VIP-0042")
    assert result.code == 0 and "VIP-0042" in result.out and old in result.out
    assert_fails(run_cli("member", "add", "--name", "New", "--card", old), 1, "was replaced")
    other = enrol(run_cli, "Wang", "13800000002")["card"]
    before = snapshot(db)
    assert_fails(run_cli("member", "replace-card", other, "--card", old), 1, "was replaced")
    assert_fails(run_cli("member", "replace-card", other, "--card", "VIP-0042"), 1, "Li")
    assert_fails(run_cli("member", "replace-card", other, "--card", "8.05191E+11"), 1, "Excel")
    assert_fails(run_cli("member", "edit", old, "--name", "X"), 1, "was replaced")
    assert snapshot(db) == before


def test_an_imported_member_cannot_take_a_replaced_card(run_cli, db, tmp_path) -> None:
    old = enrol(run_cli, "Li", "13800000001")["card"]
    assert run_cli("member", "replace-card", old).code == 0
    path = tmp_path / "members.csv"
    path.write_text(f"card,name\n{old},Someone Else\n", encoding="utf-8")
    before = snapshot(db)
    result = run_cli("import", "members", str(path))
    assert result.code == 1 and "was replaced" in result.out
    assert snapshot(db) == before
