"""The window runs the daily housekeeping in a worker, its progress and result in the status
bar, and the views hear of the points it moved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from loyalty_desktop.services import ledger
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.rules import Expiry, Rules, save_rules
from loyalty_desktop.store.models import EntryKind, Member

NOW = datetime.now(UTC)
LONG_AGO = NOW - timedelta(days=4 * 365)


def test_housekeeping_reports_its_progress_and_result_in_the_status_bar(
    qtbot, db, actor, window
) -> None:
    with db.session() as s:
        save_rules(s, actor, Rules(expiry=Expiry(months=12)), valid_from=LONG_AGO)
        member_id = enrol(s, actor, Enrolment("Li", "13900001111", enrolled_at=LONG_AGO)).id
        ledger.post_entries(
            s,
            actor,
            [ledger.NewEntry(member_id, EntryKind.BONUS, 40, LONG_AGO, expires_at=LONG_AGO)],
        )
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        window.run_housekeeping()
    qtbot.waitUntil(lambda: "points expired" in window.statusBar().currentMessage())
    assert "Daily housekeeping: 1 of 1 members…" in shown
    assert window.statusBar().currentMessage() == (
        "Daily housekeeping: 40 points expired, 0 birthday bonuses, 0 downgrades"
    )
    with db.session(readonly=True) as s:
        assert s.get(Member, member_id).balance == 0
