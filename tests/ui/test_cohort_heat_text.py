"""The cohort heat map's percentages read on their cells: dark text on a pale cell, white text on
a dark one — on screen and in the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor
from test_report_renderings_agree import coloured_texts
from test_reports_ui import month_ago, noon

from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.report_figures import luminance
from loyalty_desktop.services.sales import SaleRequest, record_sale


def shop(db, actor) -> None:  # type: ignore[no-untyped-def]
    """Ten members enrol three months ago and buy that month (100 %), six buy the month after
    (60 %), one the month after that (10 %)."""
    with db.session() as s:
        for n in range(10):
            member = enrol(
                s,
                actor,
                Enrolment(name=f"M{n}", phone=f"138000002{n:02d}", enrolled_at=noon(month_ago(3))),
            )
            visits = [3] + ([2] if n < 6 else []) + ([1] if n == 0 else [])
            for months in visits:
                record_sale(s, actor, SaleRequest(5000, member.id, at=noon(month_ago(months))))


def over_white(colour: QColor) -> str:
    """A (maybe translucent) cell colour as seen on the table's white."""
    a = colour.alphaF()
    mixed = [round(c * a + 255 * (1 - a)) for c in (colour.red(), colour.green(), colour.blue())]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio, 1..21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def cohort_row(pdf: Path, month: str) -> list[tuple[str, str]]:
    """The cohort table's row of ``month`` as drawn: (text, fill colour) from its members on."""
    found = [chunk for page in PdfReader(pdf).pages for chunk in coloured_texts(page)]
    texts = [t for t, _ in found]
    at = texts.index("Cohorts: share of members who bought")
    start = texts.index(month, at)
    return found[start + 1 : start + 5]


def test_heat_map_text_is_dark_on_pale_cells_and_light_on_dark_ones(
    qtbot, window, db, actor, tmp_path
) -> None:
    shop(db, actor)
    window.show_page(window.reports)
    view = window.reports
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    table = view.dashboard.cohorts
    month = f"{month_ago(3):%Y-%m}"
    [row] = [r for r in range(table.rowCount()) if table.item(r, 0).text() == month]
    cells = [table.item(row, column) for column in (2, 3, 4)]
    assert [c.text() for c in cells] == ["100%", "60%", "10%"]
    on_screen = []
    for cell in cells:
        background, text = over_white(cell.background().color()), cell.foreground().color()
        assert text.alpha() == 255
        assert contrast(background, text.name()) >= 4.5, (cell.text(), background, text.name())
        on_screen.append(text.name())
    assert luminance(on_screen[0]) > 0.8  # white on the darkest cell
    assert luminance(on_screen[2]) < 0.05  # near-black on the palest
    pdf = tmp_path / "report.pdf"
    assert view.write_pdf(pdf)
    members, *drawn = cohort_row(pdf, month)
    assert [members[0], *(t for t, _ in drawn)] == ["10", "100%", "60%", "10%"]
    assert [colour for _, colour in drawn] == on_screen  # the same heat on paper
