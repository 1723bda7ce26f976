"""No command writes an output file over the database, its -wal/-shm or its backups (DESIGN.md
§5), and text cells that a spreadsheet would run as a formula are neutralised on export and read
back unchanged on import."""

from __future__ import annotations

import hashlib
import os

import pytest
from cli_helpers import all_members, assert_fails, enrol, ok_json, read_export
from support import snapshot

from loyalty_desktop.services.opening import open_shop

PROTECTED = ["shop.db", "shop.db-wal", "shop.db-shm", "shop.db.before-0004-20261128.bak"]
PROTECTED.append("shop.bak")


def fingerprint(folder) -> dict[str, str]:
    """Every file beside the database with a hash of its bytes (but the -wal and -shm files,
    which SQLite itself changes while reading)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def not_an_output(path) -> bool:
    return not path.exists() or not path.read_bytes().startswith((b"\xef\xbb\xbf", b"%PDF"))


def commands(run_cli, tmp_path) -> dict[str, list[str]]:
    """Every command line with an output file, the file left as OUT."""
    card = enrol(run_cli, "张三", "13800138000", "--consent")["card"]
    template = ok_json(
        run_cli(
            "coupons",
            "template",
            "add",
            "--name",
            "10元",
            "--kind",
            "fixed",
            "--value",
            "10",
            "--json",
        )
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone\n李丽,12ab\n", encoding="utf-8")
    return {
        "export": ["export", "members", "OUT"],
        "import --reject": ["import", "members", str(bad), "--skip-bad", "--reject", "OUT"],
        "report list": ["report", "list", "lapsed", "OUT"],
        "report monthly --pdf": ["report", "monthly", "--month", "2026-11", "--pdf", "OUT"],
        "coupons issue --pdf": [
            "coupons",
            "issue",
            "--template",
            str(template["template_id"]),
            "--member",
            card,
            "--pdf",
            "OUT",
        ],
        "surveys export": ["surveys", "export", "OUT"],
    }


@pytest.mark.sqlite_only("the database's own files")
@pytest.mark.parametrize("name", PROTECTED)
@pytest.mark.parametrize(
    "command",
    [
        "export",
        "import --reject",
        "report list",
        "report monthly --pdf",
        "coupons issue --pdf",
        "surveys export",
    ],
)
def test_no_output_file_is_written_over_the_database(run_cli, db, tmp_path, command, name) -> None:
    args = commands(run_cli, tmp_path)[command]
    target = tmp_path / name
    if name.endswith(".bak"):
        target.write_bytes(b"a stand-in for the backup")
    before, files = snapshot(db), fingerprint(tmp_path)
    line = assert_fails(run_cli(*[str(target) if a == "OUT" else a for a in args]), 1, name)
    assert "database" in line
    assert fingerprint(tmp_path) == files and not_an_output(target)
    assert snapshot(db) == before


@pytest.mark.sqlite_only("the database's own files")
def test_the_database_is_recognised_through_a_relative_path_and_a_symlink(
    run_cli, db, tmp_path, monkeypatch
) -> None:
    run_cli("init")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path / "shop.db", tmp_path / "sub" / "link.csv")
    monkeypatch.chdir(tmp_path / "sub")
    files = fingerprint(tmp_path)
    for out in ("../shop.db", "../sub/../shop.db-wal", "link.csv"):
        assert_fails(run_cli("export", "members", out), 1, out, "database")
    assert fingerprint(tmp_path) == files and not_an_output(tmp_path / "shop.db-wal")
    # Files merely named like it elsewhere, or other files beside it, are fine.
    ok_json(run_cli("export", "members", "shop.db", "--json"))
    ok_json(run_cli("export", "members", "../shop.csv", "--json"))


FORMULAS = ['=HYPERLINK("http://evil.example","点我")', "+1", "@SUM(A1)", "-2+3", "'=x", "=1;@a"]


def test_formulas_are_neutralised_on_export_and_read_back_unchanged(run_cli, db, tmp_path) -> None:
    for i, text in enumerate(FORMULAS):
        # --name=… so that argparse takes "-2+3" for a value, not an option
        phone = f"1390000000{i}"
        ok_json(
            run_cli(
                "member", "add", f"--name={text}", f"--tags={text};ok", f"--phone={phone}", "--json"
            )
        )
    path = tmp_path / "members.csv"
    ok_json(run_cli("export", "members", path, "--json"))
    _header, rows = read_export(path)
    for row in rows:
        for column in ("name", "tags"):
            assert row[column][0] not in "=+-@\t\r", row  # nothing Excel would evaluate
    assert [r["name"] for r in rows][:3] == ["'" + FORMULAS[0], "'+1", "'@SUM(A1)"]

    fresh = tmp_path / "fresh.db"
    ok_json(run_cli("import", "members", path, "--json", db_file=fresh))
    copied = open_shop(f"sqlite:///{fresh}", till_id="till-test")
    try:
        back = [(m.name, m.tags) for m in all_members(copied)]
    finally:
        copied.dispose()
    assert back == [(m.name, m.tags) for m in all_members(db)]
    assert back[0][0] == FORMULAS[0] and back[1] == ("+1", "+1;ok")


def test_negative_numbers_stay_numbers(run_cli, db, tmp_path) -> None:
    card = enrol(run_cli, "张三", "13800138000")["card"]
    sale = ok_json(run_cli("sale", card, "100", "--json"))
    ok_json(run_cli("sale", card, "10", "--redeem", "100", "--json"))
    ok_json(run_cli("refund", str(sale["sale_id"]), "--json"))  # the member owes points now
    ok_json(run_cli("adjust", card, "-1", "--reason", "=cmd|' /C calc'!A0", "--json"))
    members, ledger = tmp_path / "members.csv", tmp_path / "ledger.csv"
    ok_json(run_cli("export", "members", members, "--json"))
    ok_json(run_cli("export", "ledger", ledger, "--json"))
    [row] = read_export(members)[1]
    assert int(row["balance"]) < 0  # "-92", not "'-92"
    entries = read_export(ledger)[1]
    assert {r["points"] for r in entries} >= {"-100", "100", "-1"}
    assert entries[-1]["note"] == "'=cmd|' /C calc'!A0"
