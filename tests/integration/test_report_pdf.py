"""`loyalty report monthly --pdf`: the owner's monthly report as an A4 PDF — the labels of the
chosen language, the KPI figures exactly as the JSON gives them (formatted as on screen), the
CJK font embedded, a first page that renders, and an empty month that still prints."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from cli_helpers import ok_json
from PIL import Image
from pypdf import PdfReader

from loyalty_desktop import cli
from loyalty_desktop.core import display
from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.config import sqlite_url
from loyalty_desktop.printing.report_pdf import report_pdf
from loyalty_desktop.services import metrics
from loyalty_desktop.services.demo import DEMO_RULES
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.report_figures import KPIS
from loyalty_desktop.services.rules import Rules
from loyalty_desktop.services.segments import ChurnRisk, ListedMember
from loyalty_desktop.services.targets import figure_text

DEMO = ("demo", "--members", "80", "--months", "4", "--seed", "2")
# The shop's words for the report (DESIGN.md §8); none may appear in the English edition.
CHINESE_LABELS = (
    "月度复购报告",
    "复购率",
    "回头客",
    "新客",
    "留存率",
    "流失风险会员",
    "客户生命周期价值（CLV）",
    "客单价",
    "未兑换积分负债",
    "净推荐值（NPS）",
    "满意度评分",
    "会员",
    "积分",
)
ENGLISH_LABELS = (
    "Monthly repeat-customer report",
    "Repeat purchase rate",
    "Retention rate",
    "Returning",
    "Average order value",
    "Customer lifetime value (CLV)",
    "Points liability",
    "Churn-risk members",
    "Net Promoter Score (NPS)",
)
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo shop for the whole module (building it is the slow part)."""
    path = tmp_path_factory.mktemp("report-pdf") / "shop.db"
    assert cli.main([*DEMO, "--db", str(path), "--json"]) == 0
    return path


def last_full_month() -> str:
    first = local_day(utcnow(), DEMO_RULES.zone).replace(day=1)
    return f"{first - timedelta(days=1):%Y-%m}"


def monthly_pdf(run_cli, db_file: Path, pdf: Path, month: str, lang: str) -> dict:  # type: ignore[no-untyped-def]
    args = ("report", "monthly", "--month", month, "--pdf", pdf, "--json", "--lang", lang)
    report = ok_json(run_cli(*args, db_file=db_file))
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF-")
    return report


def page_texts(pdf: Path) -> list[str]:
    reader = PdfReader(pdf)
    assert 2 <= len(reader.pages) <= 4, len(reader.pages)
    return [page.extract_text() for page in reader.pages]


def kpi_row(first_page: str, label: str, table_heading: str) -> list[str]:
    """The KPI table's row for ``label``: [hint, this month, previous month, change] (pypdf
    gives each cell on its own line; the table follows its heading, after the tiles)."""
    lines = first_page.splitlines()
    start = lines.index(table_heading)
    at = lines.index(label, start)
    return [line.strip() for line in lines[at + 1 : at + 5]]


def test_chinese_report_shows_the_kpis_exactly_as_the_json_gives_them(
    run_cli, demo_db, tmp_path
) -> None:
    pdf = tmp_path / "report.pdf"
    report = monthly_pdf(run_cli, demo_db, pdf, last_full_month(), "zh_CN")
    before = report["previous"]
    assert report["buyers"] > 0 and report["nps"] is not None  # the demo month has business
    pages = page_texts(pdf)
    everything = "\n".join(pages)
    for label in CHINESE_LABELS:
        assert label in everything, label

    def row(label: str) -> list[str]:
        return kpi_row(pages[0], label, "核心指标")

    assert row("消费会员数")[1:3] == [str(report["buyers"]), str(before["buyers"])]
    assert row("复购率")[1:3] == [
        display.percent(report["repeat_purchase_rate"]),
        display.percent(before["repeat_purchase_rate"]),
    ]
    assert row("留存率")[1] == display.percent(report["retention_rate"])
    assert row("回头客占比")[1] == display.percent(report["returning_rate"])
    assert row("会员销售额")[1:3] == [
        display.money(report["revenue_cents"]),
        display.money(before["revenue_cents"]),
    ]
    assert row("客单价")[1] == display.money(report["avg_order_value_cents"])
    assert row("购买频次")[1] == display.score(report["purchase_frequency"], 2)
    assert row("净推荐值（NPS）")[1:3] == [display.nps(report["nps"]), display.nps(before["nps"])]
    assert row("满意度评分（CSAT）")[1] == display.score(report["csat"])
    assert row("流失风险会员")[1:3] == [str(report["churn_risk_members"]), "—"]
    assert row("客户生命周期价值（CLV）")[1] == display.money(report["clv_cents"])
    # The headline tiles, the CLV note and the points liability.
    assert f"复购率\n{display.percent(report['repeat_purchase_rate'])}\n" in pages[0]
    assert "销售额而非毛利" in pages[0]
    assert display.money(report["points_liability_cents"]) in pages[0]
    assert display.points(report["points_outstanding"]) in pages[0]
    # Chart axes in Chinese (月), the top members by name.
    month_label = f"{int(report['month'][5:])}月"
    assert month_label in pages[1]
    for member in report["top_members"]:
        assert member["name"] in everything and display.money(member["spend_cents"]) in everything


def test_english_report_has_english_labels_only(run_cli, demo_db, tmp_path) -> None:
    pdf = tmp_path / "report-en.pdf"
    report = monthly_pdf(run_cli, demo_db, pdf, last_full_month(), "en")
    pages = page_texts(pdf)
    everything = "\n".join(pages)
    for label in ENGLISH_LABELS:
        assert label in everything, label
    row = kpi_row(pages[0], "Repeat purchase rate", "Key figures")
    assert row[1] == display.percent(report["repeat_purchase_rate"])
    assert display.money(report["revenue_cents"]) in pages[0]
    assert display.nps(report["nps"]) in pages[0]
    # Only the shop's and the members' own names may be Chinese.
    names = [member["name"] for member in report["top_members"] + report["churn_risk"]]
    for name in sorted([DEMO_RULES.shop_name, *names], key=len, reverse=True):
        everything = everything.replace(name, "")
    assert not CJK.findall(everything), CJK.findall(everything)[:20]


# The codes a Chinese report may keep in Latin letters (DESIGN.md §8: the owner knows them so).
CODES = {"NPS", "CLV", "RFM", "CSAT"}


def test_chinese_report_has_no_english_but_codes_and_names(run_cli, demo_db, tmp_path) -> None:
    pdf = tmp_path / "report-zh.pdf"
    report = monthly_pdf(run_cli, demo_db, pdf, last_full_month(), "zh_CN")
    everything = "\n".join(page_texts(pdf))
    names = [member["name"] for member in report["top_members"] + report["churn_risk"]]
    cards = [member["card"] for member in report["top_members"] + report["churn_risk"]]
    for name in sorted([DEMO_RULES.shop_name, *names, *cards], key=len, reverse=True):
        everything = everything.replace(name, "")
    words = set(re.findall(r"[A-Za-z]+", everything))
    assert words <= CODES, words - CODES
    # Months in Chinese in the banner, the running header and the chart axes.
    assert display.month_title(report["month"], "zh_CN") in everything
    assert display.short_month(report["month"], "zh_CN") in everything


def fonts_of(pdf: Path) -> list[dict]:
    """Every font dictionary the pages use, the descendant font of a composite one included."""
    found = []
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            found.append(font)
            found += [d.get_object() for d in font.get("/DescendantFonts", [])]
    return found


def test_the_cjk_font_is_embedded_and_not_stsong(run_cli, demo_db, tmp_path) -> None:
    pdf = tmp_path / "report.pdf"
    monthly_pdf(run_cli, demo_db, pdf, last_full_month(), "zh_CN")
    fonts = [f for f in fonts_of(pdf) if "/DescendantFonts" not in f]
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert "STSong" not in name and "WenQuanYi" in name, name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name  # an embedded TrueType (subset) program
        assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000
        assert "/ToUnicode" in font, name  # what makes the Chinese text searchable


def render(pdf: Path, prefix: Path, dpi: int = 60) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


def ink(image_path: Path) -> float:
    """The share of pixels that are not (near) white."""
    image = Image.open(image_path).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


def test_the_first_page_renders_with_content(run_cli, demo_db, tmp_path) -> None:
    pdf = tmp_path / "report.pdf"
    monthly_pdf(run_cli, demo_db, pdf, last_full_month(), "zh_CN")
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    [png] = list(tmp_path.glob("page-*.png"))
    with Image.open(png) as image:
        width, height = image.size
    assert abs(width / height - 210 / 297) < 0.01  # A4 portrait
    assert ink(png) > 0.08  # a banner, tiles and a full table — far from blank
    for page in render(pdf, tmp_path / "all")[1:]:
        assert ink(page) > 0.02


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_month_without_sales_still_prints(run_cli, demo_db, tmp_path, lang) -> None:
    pdf = tmp_path / f"empty-{lang}.pdf"
    report = monthly_pdf(run_cli, demo_db, pdf, "2020-01", lang)
    assert report["buyers"] == 0 and report["repeat_purchase_rate"] is None
    pages = page_texts(pdf)
    heading, label = (
        ("核心指标", "复购率") if lang == "zh_CN" else ("Key figures", "Retention rate")
    )
    assert kpi_row(pages[0], label, heading)[1:4] == ["—", "—", "—"]
    assert "¥0.00" in pages[0]
    assert ink(render(pdf, tmp_path / "empty")[0]) > 0.05


def long_churn_list(report: metrics.MonthlyReport, count: int) -> metrics.MonthlyReport:
    """The report with ``count`` made-up churn-risk members (a shop in trouble)."""
    risks = [
        ChurnRisk(
            ListedMember(
                i, f"8{i:011d}", f"会员{i:03d}", None, False, "", date(2026, 1, 2), 3, 9950
            ),
            days_since=200 - i,
            usual_gap=None if i % 3 else 12.5,
        )
        for i in range(count)
    ]
    return dataclasses.replace(report, churn_list=risks, churn_risk_members=count + 7)


def test_a_long_churn_list_runs_over_pages_with_its_header_repeated(demo_db, tmp_path) -> None:
    database = open_shop(sqlite_url(demo_db), till_id="till-test")
    try:
        with database.session(readonly=True) as session:
            report = metrics.monthly_report(session, metrics.parse_month(last_full_month()))
    finally:
        database.dispose()
    pdf = tmp_path / "long.pdf"
    report_pdf(
        long_churn_list(report, 45), pdf, language="en", shop_name="Long List Café", database=None
    )
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    with_rows = [text for text in pages if "8000000000" in text]  # the made-up cards
    assert len(with_rows) >= 2  # the list did not fit one page …
    assert all("Days away" in text for text in with_rows)  # … and each part has its header
    assert "52 members at risk in all; the 45 away longest are listed." in "".join(pages)
    assert all(f"会员{i:03d}" in "".join(pages) for i in range(45))
    assert pages[-1].rstrip().endswith(f"Page {len(pages)} of {len(pages)}")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_new_shops_first_month_prints(run_cli, tmp_path, lang) -> None:
    """One sale by one member: each chart's line runs through a single month (reportlab
    cannot join one point); the month still prints, its dot drawn."""
    run_cli("member", "add", "--name", "张三", "--phone", "13800138000")
    run_cli("sale", "13800138000", "88.00")
    month = local_day(utcnow(), Rules().zone).strftime("%Y-%m")  # a new shop's own zone
    pdf = tmp_path / f"first-{lang}.pdf"
    result = run_cli("report", "monthly", "--month", month, "--pdf", pdf, "--lang", lang, "--json")
    assert result.code == 0, result.err
    assert ok_json(result)["sales_count"] == 1
    assert ink(render(pdf, tmp_path / "first")[0]) > 0.05


# --- the owner's targets -------------------------------------------------------------------------

TARGETS_WORDS = {
    "zh_CN": ("经营目标", "复购率", "新增会员", "达标", "未达标", "个月中"),
    "en": ("Targets", "Repeat purchase rate", "New members", "met", "not met", "months"),
}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_targets_table_reads_back_with_each_target_against_the_month(
    run_cli, demo_db, tmp_path, lang
) -> None:
    shop = tmp_path / "targets.db"
    shutil.copyfile(demo_db, shop)
    for metric, value in (("repeat_purchase_rate", "99.9"), ("new_members", "0")):
        ok_json(run_cli("targets", "set", metric, value, "--json", db_file=shop))
    pdf = tmp_path / f"targets-{lang}.pdf"
    report = monthly_pdf(run_cli, shop, pdf, last_full_month(), lang)
    heading, repeat_label, new_label, met, not_met, months = TARGETS_WORDS[lang]
    pages = page_texts(pdf)
    lines = [line.strip() for line in pages[1].splitlines()]  # the targets open page 2
    start = lines.index(heading)
    repeat = lines[lines.index(repeat_label, start) :][:4]
    new = lines[lines.index(new_label, start) :][:4]
    unit = KPIS["repeat_purchase_rate"].unit
    assert repeat[1:3] == [figure_text(unit, report["repeat_purchase_rate"]), "99.9%"]
    assert repeat[3].startswith(f"{not_met} ")  # and the way it went: ▲ ▼ or ▶
    assert new[1:3] == [str(report["new_members"]), "0"]
    assert new[3].startswith(f"{met} ")
    assert months in lines[lines.index(new_label, start) + 4]  # how often it was met
    # The shop without targets prints no such table; the rest of the report is the same.
    plain = tmp_path / f"plain-{lang}.pdf"
    monthly_pdf(run_cli, demo_db, plain, last_full_month(), lang)
    assert heading not in [line.strip() for line in page_texts(plain)[1].splitlines()]
    assert ink(render(pdf, tmp_path / "targets")[1]) > 0.05  # the table and its lines render
    if lang == "zh_CN":  # no English crept in with the table (codes and names aside)
        words = set(re.findall(r"[A-Za-z]+", pages[1].replace(DEMO_RULES.shop_name, "")))
        assert words <= CODES, words - CODES
