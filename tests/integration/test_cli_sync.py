"""`loyalty sync export DIR` / `loyalty sync import DIR...` (DESIGN.md §5, issue 16): two tills
of one shop, each its own database and till id, through a shared folder."""

from __future__ import annotations

import pytest
from cli_helpers import assert_fails, enrol, ok_json, sell

from loyalty_desktop.services.sync.tables import TABLES
from loyalty_desktop.services.sync.words import TABLE_WORDS


def test_every_table_a_package_carries_has_a_name_for_people() -> None:
    assert list(TABLE_WORDS) == [t.name for t in TABLES]


@pytest.fixture
def other_till(run_cli_alone, monkeypatch, tmp_path):
    """``loyalty ARGS --db other.db`` as the till "till-other" (a new till, no sales yet)."""
    other = tmp_path / "other.db"

    def run(*args: str):  # type: ignore[no-untyped-def]
        with monkeypatch.context() as patch:
            patch.setenv("LOYALTY_TILL_ID", "till-other")
            return run_cli_alone(*args, "--db", other)

    assert run("init").code == 0
    return run


def test_a_new_till_joins_the_shop_and_both_agree(run_cli, other_till, tmp_path) -> None:
    folder = tmp_path / "usb"
    zhang = enrol(run_cli, "张三", "13800138000")
    sell(run_cli, zhang["card"], "300")
    exported = ok_json(run_cli("sync", "export", folder, "--json"))
    assert exported["sequence"] == 1 and exported["rows"]["sale"] == 1

    summary = ok_json(other_till("sync", "import", folder, "--json"))
    assert summary["packages_imported"] == [f"till-test-{1:06d}"]
    assert summary["rows_in"]["member"] == 1 and summary["conflicts"] == []
    assert ok_json(other_till("check", "--json"))["ok"] is True
    found = ok_json(other_till("member", "find", "13800138000", "--json"))
    assert [m["balance"] for m in found] == [300]

    sell_there = ok_json(other_till("sale", zhang["card"], "100", "--json"))
    assert sell_there["balance"] == 400
    assert ok_json(other_till("sync", "export", folder, "--json"))["rows"]["sale"] == 1
    again = ok_json(run_cli("sync", "import", folder, "--json"))
    assert again["packages_imported"] == ["till-other-000001"]
    assert again["packages_skipped"] == ["till-test-000001"]  # its own
    assert ok_json(run_cli("member", "find", "13800138000", "--json"))[0]["balance"] == 400
    assert ok_json(run_cli("check", "--json"))["ok"] is True


def test_people_read_what_came_in(run_cli, other_till, tmp_path) -> None:
    folder = tmp_path / "usb"
    sell(run_cli, enrol(run_cli, "李四", "13900139000")["card"], "50")
    run_cli("coupons", "template", "add", "--name", "满50减5", "--kind", "fixed", "--value", "5")
    done = run_cli("sync", "export", folder)
    assert done.code == 0 and "Exported to" in done.out and "sales 1" in done.out
    assert "coupon templates 1" in done.out
    shown = other_till("sync", "import", folder)
    assert shown.code == 0
    assert "Packages imported: till-test-000001" in shown.out
    assert "members 1" in shown.out
    nothing = run_cli("sync", "export", folder)
    assert "Nothing new to export" in nothing.out


def test_a_tampered_package_is_refused_in_one_line(run_cli, other_till, tmp_path) -> None:
    folder = tmp_path / "usb"
    sell(run_cli, enrol(run_cli, "王五", "13700137000")["card"], "80")
    package = folder / ok_json(run_cli("sync", "export", folder, "--json"))["package"]
    sales = package / "sale.csv"
    sales.write_text(sales.read_text(encoding="utf-8").replace("8000", "9000"), encoding="utf-8")
    line = assert_fails(other_till("sync", "import", folder), 1, "sale.csv", "checksum")
    assert "nothing was imported" in line
    failed = other_till("sync", "import", folder, "--json")
    assert failed.json()["error"]["code"] == "sync_refused"
    assert ok_json(other_till("member", "find", "13700137000", "--json")) == []


def test_an_edit_made_at_two_tills_offline_is_in_the_conflict_log(
    run_cli, other_till, tmp_path
) -> None:
    folder = tmp_path / "usb"
    card = enrol(run_cli, "赵六", "13600136000")["card"]
    run_cli("sync", "export", folder)
    other_till("sync", "import", folder)
    assert run_cli("member", "edit", card, "--name", "赵小六").code == 0
    assert other_till("member", "edit", card, "--name", "赵老六").code == 0  # later, offline
    other_till("sync", "export", folder)
    run_cli("sync", "export", folder)

    imported = run_cli("sync", "import", folder)
    assert "赵小六" in imported.out and "赵老六" in imported.out
    other_till("sync", "import", folder)

    for till in (run_cli, other_till):
        [conflict] = ok_json(till("sync", "conflicts", "--json"))
        assert (conflict["member"], conflict["field"]) == (card, "name")
        assert (conflict["lost"], conflict["lost_till"]) == ("赵小六", "till-test")
        assert (conflict["won"], conflict["won_till"]) == ("赵老六", "till-other")
        assert ok_json(till("member", "find", card, "--json"))[0]["name"] == "赵老六"
    shown = run_cli("sync", "conflicts")
    assert shown.code == 0 and "gave way to 赵老六" in shown.out
