"""One month of a demo shop shown three ways — the Reports dashboard, the PDF and the CLI text —
gives every KPI the same value, the same change against the month before and the same good/bad
colour. Each is read back from what was drawn: the tile's labels and their styled colour, the
PDF's text and fill colours, the lines the CLI printed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPalette

from loyalty_desktop.printing.report_pdf import BAD, GOOD, MUTED
from loyalty_desktop.services import metrics
from loyalty_desktop.services.demo import build_demo
from loyalty_desktop.services.report_figures import (
    KEY_FIGURES,
    KPIS,
    POINTS_FIGURES,
    Tone,
    figures,
)
from loyalty_desktop.ui import reports
from loyalty_desktop.ui.theme import NOTE, OK, REFUSED, STYLE

DASHBOARD_TONES = {OK: Tone.GOOD, REFUSED: Tone.BAD, NOTE: Tone.NEUTRAL}
PDF_TONES = {GOOD: Tone.GOOD, BAD: Tone.BAD, MUTED: Tone.NEUTRAL}
LABELS = {kpi.label: key for key, kpi in KPIS.items()}
# One rendering of one KPI: (value text, change text or None, tone or None where not shown).
Shown = tuple[str, str | None, Tone | None]


@pytest.fixture
def themed(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app's style sheet, which gives a change its colour by its tone."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE)
    yield
    qapp.setStyleSheet(before)


@pytest.fixture
def demo(db, actor) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        build_demo(s, actor, members=150, months=4, seed=5)


def dashboard(qtbot, window) -> tuple[str, dict[str, Shown], str]:  # type: ignore[no-untyped-def]
    """The month the Reports view opens on, each tile as drawn, and the line under the tiles."""
    window.show_page(window.reports)
    view = window.reports
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    tiles: dict[str, Shown] = {}
    for tile in view.dashboard.tiles:
        colour = tile.change.palette().color(QPalette.ColorRole.WindowText).name()
        tiles[tile.key] = (tile.value.text(), tile.change.text(), DASHBOARD_TONES[colour])
    return view.report.month, tiles, view.dashboard.extra.text()


def under_tiles(extra: str) -> dict[str, Shown]:
    """The figures in the line under the tiles (values only): "Member sales 205 · …"."""
    keys = {KPIS[key].caption: key for key in reports.EXTRA_FIGURES}
    pieces = [piece.rsplit(" ", 1) for piece in extra.split(" · ")]
    assert [label for label, _value in pieces] == list(keys), extra
    return {keys[label]: (value, None, None) for label, value in pieces}


def hex_colour(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def coloured_texts(page: Any) -> list[tuple[str, str]]:
    """A PDF page's texts in drawing order, each with the fill colour it was drawn in."""
    chunks: list[tuple[str, str]] = []
    fill, saved = "#000000", []

    def operator(op: bytes, args: list[Any], _cm: Any, _tm: Any) -> None:
        nonlocal fill
        if op == b"rg":
            fill = hex_colour(tuple(float(a) for a in args))
        elif op == b"q":
            saved.append(fill)
        elif op == b"Q":
            fill = saved.pop()

    def text(value: str, *_: Any) -> None:
        if value.strip():
            chunks.append((value.strip(), fill))

    page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return chunks


def pdf_chunks(pdf: Path) -> list[tuple[str, str]]:
    """The first page's texts in drawing order, each with the fill colour it was drawn in."""
    return coloured_texts(PdfReader(pdf).pages[0])


def pdf_tone(colour: str) -> Tone:
    return {hex_colour(c.rgb()): t for c, t in PDF_TONES.items()}[colour]


def pdf_figures(pdf: Path) -> dict[str, list[Shown]]:
    """The headline tiles, the key figures table and the points block, as drawn."""
    chunks = pdf_chunks(pdf)
    texts = [t for t, _ in chunks]
    found: dict[str, list[Shown]] = defaultdict(list)
    table = texts.index("Key figures")
    for i, (label, _colour) in enumerate(chunks[:table]):  # tile: label, value, previous, change
        if label in LABELS and texts[i + 2].startswith("Previous month "):
            change, colour = chunks[i + 3]
            found[LABELS[label]].append((texts[i + 1], change, pdf_tone(colour)))
    for key in KEY_FIGURES:  # row: label, hint, this month, previous month, change
        at = texts.index(KPIS[key].label, table)
        change, colour = chunks[at + 4]
        found[key].append((texts[at + 2], change, pdf_tone(colour)))
    points = texts.index(KPIS[POINTS_FIGURES[0]].label, table)  # the labels, then the values
    for i, key in enumerate(POINTS_FIGURES):
        assert texts[points + i] == KPIS[key].label
        found[key].append((texts[points + len(POINTS_FIGURES) + i], None, None))
    return found


def cli_figures(output: str) -> dict[str, Shown]:
    """ "  Label   value  change" lines."""
    found: dict[str, Shown] = {}
    for line in output.splitlines():
        label = next((label for label in LABELS if line.startswith(f"  {label}  ")), None)
        if label:
            value, change = line[len(label) + 2 :].strip().split("  ", 1)
            found[LABELS[label]] = (value, change.strip(), None)
    return found


def test_dashboard_pdf_and_cli_show_every_kpi_alike(
    themed, qtbot, window, db, demo, run_cli, tmp_path
) -> None:
    month, tiles, extra = dashboard(qtbot, window)
    pdf = tmp_path / "report.pdf"
    text = run_cli("report", "monthly", "--month", month, "--pdf", pdf, "--lang", "en")
    assert text.code == 0, text.err
    with db.session(readonly=True) as s:
        report = metrics.monthly_report(s, metrics.parse_month(month))
    shown: dict[str, list[Shown]] = defaultdict(list)
    for key, drawn in [*tiles.items(), *under_tiles(extra).items()]:
        shown[key].append(drawn)
    for key, drawings in pdf_figures(pdf).items():
        shown[key] += drawings
    for key, drawn in cli_figures(text.out).items():
        shown[key].append(drawn)

    assert set(shown) == set(KPIS)  # the CLI lists every KPI …
    for f in figures(report):
        drawings = shown[f.kpi.key]
        assert len(drawings) >= 2, f.kpi.key  # … and each is drawn somewhere else too
        for value, change, drawn_tone in drawings:
            assert value == f.value_text, (f.kpi.key, drawings)
            assert change in (None, f.change_text), (f.kpi.key, drawings)
            assert drawn_tone in (None, f.tone), (f.kpi.key, drawings)
    # The month has changes both ways, and a rise that is neither good nor bad, so the colours
    # compared above were not all one tone.
    tones = {f.tone for f in figures(report) if f.kpi.key in tiles}
    assert {Tone.GOOD, Tone.BAD} <= tones, tones
    assert tiles["points_liability_cents"][2] is Tone.NEUTRAL
