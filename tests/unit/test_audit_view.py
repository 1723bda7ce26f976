"""Reading the audit trail back: the owner's alone, filtered by who, what and which shop days,
newest first with names and details; exported to CSV (itself audited), never over the
database."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import func, select

from loyalty_desktop.core.errors import PermissionDenied, ProtectedFile
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.audit import AuditFilter, audit_actions, audit_lines, export_audit
from loyalty_desktop.services.outputs import database_file
from loyalty_desktop.store.db import Database
from loyalty_desktop.store.models import AuditEntry

Team = tuple[Actor, Actor, Actor]
DAY_1, DAY_3 = date(2026, 11, 20), date(2026, 11, 22)  # the trail's days, before "now"


def _at(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    monkeypatch.setattr(audit, "utcnow", lambda: when)


@pytest.fixture
def trail(db: Database, team: Team, monkeypatch: pytest.MonkeyPatch) -> Team:
    """Three days of lines. 21 Nov 17:00 UTC is 22 Nov 01:00 in Shanghai (the shop's time)."""
    _owner, manager, cashier = team
    lines: list[tuple[datetime, Actor, str, str, dict[str, object]]] = [
        (datetime(2026, 11, 20, 9, tzinfo=UTC), cashier, "sign_in.failed", "Li Lei", {"tries": 1}),
        (datetime(2026, 11, 20, 9, 1, tzinfo=UTC), cashier, "sign_in", "Li Lei", {}),
        (datetime(2026, 11, 21, 17, tzinfo=UTC), manager, "points.adjust", "C1", {"points": 50}),
        (
            datetime(2026, 11, 22, 3, tzinfo=UTC),
            Actor(cashier.staff_id, cashier.till_id, approved_by=manager.staff_id),
            "sale.refund",
            "7",
            {"amount": "120.00"},
        ),
    ]
    with db.session() as s:
        for when, who, action, subject, detail in lines:
            _at(monkeypatch, when)
            audit.record(s, who, action, subject, **detail)
    return team


def _actions(lines: list[audit.AuditLine]) -> list[str]:
    return [line.action for line in lines]


def test_lines_come_newest_first_with_names_and_parsed_details(db: Database, trail: Team) -> None:
    owner, _manager, _cashier = trail
    with db.session(readonly=True) as s:
        lines = audit_lines(s, owner, since=DAY_1, until=DAY_3)
    assert _actions(lines) == ["sale.refund", "points.adjust", "sign_in", "sign_in.failed"]
    refund = lines[0]
    assert refund.staff_name == "Li Lei"
    assert refund.detail == {"amount": "120.00", "approved_by": "Chen Jie"}  # the approver named
    assert refund.local.strftime("%Y-%m-%d %H:%M") == "2026-11-22 11:00"  # shop time
    assert lines[1].detail == {"points": 50}


def test_filter_by_who(db: Database, trail: Team) -> None:
    owner, manager, cashier = trail
    with db.session(readonly=True) as s:
        theirs = audit_lines(s, owner, staff_id=cashier.staff_id, since=DAY_1, until=DAY_3)
        managers = audit_lines(s, owner, staff_id=manager.staff_id, until=DAY_3)
    assert _actions(theirs) == ["sale.refund", "sign_in", "sign_in.failed"]
    assert _actions(managers) == ["points.adjust"]


def test_filter_by_what_an_action_or_a_family(db: Database, trail: Team) -> None:
    owner = trail[0]
    with db.session(readonly=True) as s:
        exact = audit_lines(s, owner, action_prefix="sign_in", until=DAY_3)
        family = audit_lines(s, owner, action_prefix="sign_in.", until=DAY_3)
        staff = audit_lines(s, owner, action_prefix="staff.")  # the team's set-up
        actions = audit_actions(s)
    assert _actions(exact) == ["sign_in"]  # not the failed one: "sign_in" is an action
    assert _actions(family) == ["sign_in.failed"]
    assert _actions(staff) == ["staff.add", "staff.add", "staff.owner_set_up"]
    assert {"sign_in", "sign_in.failed", "points.adjust", "sale.refund", "staff.add"} <= set(
        actions
    )
    assert actions == sorted(actions)


def test_filter_by_shop_days_both_ends_included(db: Database, trail: Team) -> None:
    owner = trail[0]
    with db.session(readonly=True) as s:
        day_22 = audit_lines(s, owner, since=date(2026, 11, 22), until=date(2026, 11, 22))
        up_to_21 = audit_lines(s, owner, since=date(2026, 11, 1), until=date(2026, 11, 21))
    # 21 Nov 17:00 UTC is already the 22nd in the shop.
    assert _actions(day_22) == ["sale.refund", "points.adjust"]
    assert _actions(up_to_21) == ["sign_in", "sign_in.failed"]


def test_limit_keeps_the_newest(db: Database, trail: Team) -> None:
    with db.session(readonly=True) as s:
        lines = audit_lines(s, trail[0], since=DAY_1, until=DAY_3, limit=2)
    assert _actions(lines) == ["sale.refund", "points.adjust"]


def _count(db: Database) -> int:
    with db.session(readonly=True) as s:
        return s.exec(select(func.count()).select_from(AuditEntry)).one()


@pytest.mark.parametrize("who", [1, 2], ids=["manager", "cashier"])
def test_only_the_owner_reads_or_exports_it(
    db: Database, trail: Team, who: int, tmp_path: Path
) -> None:
    before = _count(db)
    target = tmp_path / "audit.csv"
    with db.session() as s, pytest.raises(PermissionDenied):
        audit_lines(s, trail[who])
    with db.session() as s, pytest.raises(PermissionDenied):
        export_audit(s, trail[who], AuditFilter(), target)
    assert not target.exists()
    assert _count(db) == before  # nothing written, not even the refusal as an export


def test_export_is_written_read_back_and_audited(db: Database, trail: Team, tmp_path: Path) -> None:
    owner, _manager, cashier = trail
    target = tmp_path / "audit.csv"
    chosen = AuditFilter(staff_id=cashier.staff_id, since=DAY_1, until=DAY_3)
    with db.session() as s:
        written = export_audit(s, owner, chosen, target)
    assert written == 3
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["action"] for r in rows] == ["sale.refund", "sign_in", "sign_in.failed"]
    assert rows[0]["when"] == "2026-11-22 11:00:00"
    assert rows[0]["staff"] == "Li Lei"
    assert rows[0]["till"] == db.till_id
    assert rows[2]["detail"] == '{"tries": 1}'
    with db.session(readonly=True) as s:
        (line,) = audit_lines(s, owner, action_prefix="audit.export")
    assert line.staff_id == owner.staff_id
    assert line.subject == "audit.csv"
    assert line.detail == {
        "rows": 3,
        "staff_id": cashier.staff_id,
        "since": "2026-11-20",
        "until": "2026-11-22",
    }


def test_export_of_one_action_names_it_on_its_own_line(
    db: Database, trail: Team, tmp_path: Path
) -> None:
    owner = trail[0]
    chosen = AuditFilter(action_prefix="sign_in.", since=DAY_1, until=DAY_3)
    with db.session() as s:
        assert export_audit(s, owner, chosen, tmp_path / "failed.csv") == 1
    with db.session(readonly=True) as s:
        (line,) = audit_lines(s, owner, action_prefix="audit.export")
    assert line.detail["what"] == "sign_in."


def test_export_refused_onto_the_database(db: Database, trail: Team) -> None:
    with db.session(readonly=True) as s:
        file = database_file(s)
    if file is None:
        pytest.skip("PostgreSQL: no database file to protect")
    before, size = _count(db), file.stat().st_size
    with db.session() as s, pytest.raises(ProtectedFile):
        export_audit(s, trail[0], AuditFilter(), file)
    assert _count(db) == before
    assert file.stat().st_size == size


def test_the_trails_words_read_in_chinese() -> None:
    from loyalty_desktop.core import i18n
    from loyalty_desktop.services.audit_words import action_label, details_text

    i18n.set_language("zh_CN")
    try:
        assert action_label("staff.change") != "staff changed"
        role = details_text({"role": ["cashier", "manager"]})
        assert "cashier" not in role and "→" in role
        assert "changed" not in details_text({"changed": ["name"]})
        assert details_text({"repeat_purchase_rate": "25%"}) == "复购率: 25%"  # a KPI target
    finally:
        i18n.set_language("en")


def test_every_action_the_services_record_has_its_words() -> None:
    """Read from the code as written: a new action with no label would show its raw name."""
    import re
    from pathlib import Path

    import loyalty_desktop
    from loyalty_desktop.services.audit_words import ACTION_LABELS

    recorded = set()
    for source in Path(loyalty_desktop.__file__).parent.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        recorded |= set(
            re.findall(r'audit\.record(?:_each)?\(\s*[^,()]+,\s*[^,]+,\s*"([\w.]+)"', text)
        )
    assert {"sale.record", "message.export", "item.retire"} <= recorded  # the pattern finds them
    assert recorded - set(ACTION_LABELS) == set()
