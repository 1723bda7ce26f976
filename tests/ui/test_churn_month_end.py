"""A past month's churn risk is counted up to that month's last day everywhere: the dashboard,
the PDF, ``loyalty report monthly --json`` and the action list give the same members, even when
others lapsed (or came back) between that month's end and today."""

from __future__ import annotations

import json
from datetime import date, timedelta

from pypdf import PdfReader
from test_reports_ui import month_ago, noon

from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.report_figures import KPIS
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.services.segments import month_end

AT_RISK_THEN = {"Old1", "Old2", "Back"}


def shop(db, actor, end: date) -> None:  # type: ignore[no-untyped-def]
    """Old1, Old2 last bought 120 days before ``end``; Back 100 days before it and again 10
    days after; Lapse1..3 40 days before it, so they are at risk today but were not then."""
    visits = {
        "Old1": [-120],
        "Old2": [-120],
        "Back": [-100, 10],
        "Lapse1": [-40],
        "Lapse2": [-40],
        "Lapse3": [-40],
    }
    with db.session() as s:
        for n, (name, days) in enumerate(visits.items()):
            enrolled = noon(end) - timedelta(days=300)
            member = enrol(
                s, actor, Enrolment(name=name, phone=f"1380000010{n}", enrolled_at=enrolled)
            )
            for day in days:
                record_sale(s, actor, SaleRequest(5000, member.id, at=noon(end + timedelta(day))))


def test_a_past_month_has_one_churn_list_everywhere(
    qtbot, window, db, actor, run_cli, tmp_path
) -> None:
    month = month_ago(3)
    end = month_end(month)
    shop(db, actor, end)
    window.show_page(window.reports)
    view = window.reports
    assert view.month.findText(f"{month:%B %Y}") >= 0
    view.month.setCurrentIndex(view.month.findText(f"{month:%B %Y}"))
    qtbot.waitUntil(
        lambda: view.report is not None and view.report.month == f"{month:%Y-%m}",
        timeout=20_000,
    )
    # The dashboard: the figure under the tiles.
    caption = KPIS["churn_risk_members"].caption
    pieces = dict(p.rsplit(" ", 1) for p in view.dashboard.extra.text().split(" · "))
    assert pieces[caption] == str(len(AT_RISK_THEN))
    # The PDF, read back: the churn table's names.
    pdf = tmp_path / "report.pdf"
    assert view.write_pdf(pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    in_pdf = {
        name for name in ("Old1", "Old2", "Back", "Lapse1", "Lapse2", "Lapse3") if name in text
    }
    assert in_pdf == AT_RISK_THEN
    # The CLI.
    cli = run_cli("report", "monthly", "--month", f"{month:%Y-%m}", "--json")
    assert cli.code == 0, cli.err
    document = json.loads(cli.out)
    assert document["churn_risk_members"] == len(AT_RISK_THEN)
    assert {row["name"] for row in document["churn_risk"]} == AT_RISK_THEN
    # The action list for that month.
    view.tabs.setCurrentWidget(view.lists)
    lists = view.lists
    lists.which.setCurrentIndex(lists.which.findData("churn-risk"))
    names = {lists.table.item(r, 0).text() for r in range(lists.table.rowCount())}
    assert names == AT_RISK_THEN
    assert lists.message.text().startswith(f"{len(AT_RISK_THEN)} members")
