"""``loyalty check`` recomputes the rollups a range of members at a time (bounded memory at a
million members): a wrong row in any range is found, and a database far off gives a capped
list, not a flood."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import text

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.services import check, rollups
from loyalty_desktop.services.check import run_checks
from loyalty_desktop.services.ledger import post_entry
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import EntryKind


def shop_of_five(db, actor) -> list[int]:  # type: ignore[no-untyped-def]
    """Five members, each with two sales a week apart."""
    now = utcnow()
    ids = []
    with db.session() as s:
        for i in range(5):
            member = enrol(
                s, actor, Enrolment(f"M{i}", f"1390000100{i}", enrolled_at=now - timedelta(30))
            )
            for days in (2, 9):
                record_sale(s, actor, SaleRequest(1000, member.id, at=now - timedelta(days=days)))
            ids.append(member.id)
    return ids


def problems(db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with db.session(readonly=True) as s:
        return [(p.check, p.subject) for p in run_checks(s)]


def test_a_wrong_row_in_a_later_range_of_members_is_found(db, actor, monkeypatch) -> None:
    ids = shop_of_five(db, actor)
    monkeypatch.setattr(rollups, "MEMBERS_AT_ONCE", 2)  # ranges of two: the last one alone
    with db.session(readonly=True) as s:
        assert len(rollups.member_ranges(s)) == 3
    assert problems(db) == []
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member_month SET visits = 7 WHERE member_id = :m"), {"m": ids[4]})
        conn.execute(text("UPDATE member SET usual_gap = 3 WHERE id = :m"), {"m": ids[3]})
    found = problems(db)  # the fourth member in the second range, the fifth in the third
    assert [c for c, _s in found] == ["rollup", "rollup"]
    assert found[0][1] == f"gaps {ids[3]}" and found[1][1].startswith(f"members ({ids[4]},")


def test_a_database_far_off_gives_a_capped_list(db, actor, monkeypatch) -> None:
    shop_of_five(db, actor)
    monkeypatch.setattr(check, "MOST_PROBLEMS", 3)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE member_month SET visits = visits + 1"))
    assert len([c for c, _s in problems(db) if c == "rollup"]) == 3


def test_the_ledger_s_months_are_cut_at_the_shop_s_midnight(db, actor) -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    with db.session() as s:
        member = enrol(
            s, actor, Enrolment("Z", "13900001999", enrolled_at=utcnow() - timedelta(400))
        )
        for day, hour, points in ((31, 23, 5), (1, 0, 7)):  # 2026-01-31 23:30 and 02-01 00:30
            month = 1 if day == 31 else 2
            at = datetime(2026, month, day, hour, 30, tzinfo=shanghai).astimezone(UTC)
            post_entry(s, actor, member.id, EntryKind.ADJUST, points, note="by hand", at=at)
    with db.session(readonly=True) as s:
        want = rollups.expected_shop(s).ledger
        assert want == rollups.stored_shop(s).ledger
    assert want[(date(2026, 1, 1), "adjust")] == 5 and want[(date(2026, 2, 1), "adjust")] == 7
