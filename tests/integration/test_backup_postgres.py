"""A PostgreSQL shop (the test server's, in the PostgreSQL run) is backed up and restored on its
server: the services and the commands refuse it and name pg_dump / pg_restore."""

from __future__ import annotations

import pytest
from cli_helpers import assert_fails

from loyalty_desktop.core.errors import BackupFailed, RestoreRefused
from loyalty_desktop.services import backup


@pytest.fixture
def postgresql_shop(shop_database) -> None:
    if shop_database.file is not None:
        pytest.skip("the PostgreSQL run's test (SQLite: tests/unit/test_backup.py)")


@pytest.mark.usefixtures("postgresql_shop")
def test_the_services_refuse_a_postgresql_shop(db, actor, tmp_path) -> None:
    with pytest.raises(BackupFailed, match="pg_dump"):
        backup.backup(db, actor, tmp_path)
    with pytest.raises(RestoreRefused, match="pg_restore"):
        backup.restore(db, tmp_path / "monday.db", actor)
    assert backup.automatic_backup(db, actor) is None


@pytest.mark.usefixtures("postgresql_shop")
def test_the_commands_refuse_a_postgresql_shop(run_cli, tmp_path) -> None:
    for args, code in (
        (["backup", tmp_path], "backup_failed"),
        (["restore", tmp_path / "monday.db", "--yes"], "restore_refused"),
    ):
        result = run_cli(*args, "--json")
        assert_fails(result, 1, "pg_dump", "pg_restore")
        assert result.json()["error"]["code"] == code
