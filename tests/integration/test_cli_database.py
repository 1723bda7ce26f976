"""`loyalty database move-to-server URL`: a SQLite shop copied onto an empty PostgreSQL
database (the PostgreSQL run's server), checked; a second move into it is refused."""

from __future__ import annotations

from cli_helpers import assert_fails


def test_move_to_server_from_the_command_line(run_cli_alone, server_database, tmp_path) -> None:
    file = tmp_path / "shop.db"
    assert run_cli_alone("demo", "--members", 12, "--months", 2, "--db", file).code == 0
    moved = run_cli_alone("database", "move-to-server", server_database, "--db", file, "--json")
    assert moved.code == 0, moved.err
    document = moved.json()
    assert document["tables"]["member"] == 12 and document["rows"] > 12
    checked = run_cli_alone("check", "--database-url", server_database, "--json")
    assert checked.json() == {"ok": True, "problems": []}
    for where, args in (("here", ["--db", file]), ("there", ["--database-url", server_database])):
        assert run_cli_alone("export", "members", tmp_path / f"{where}.csv", *args).code == 0
    exported = (tmp_path / "there.csv").read_text(encoding="utf-8-sig")
    assert exported == (tmp_path / "here.csv").read_text(encoding="utf-8-sig")
    assert len(exported.splitlines()) == 13  # the header and the 12 members
    again = run_cli_alone("database", "move-to-server", server_database, "--db", file)
    assert_fails(again, 1, "already holds a shop")
