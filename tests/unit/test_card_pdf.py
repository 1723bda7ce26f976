"""The printed member card: a CR80 card with the shop, the member and the card number, whose
Code128 decodes (from the page rendered as a scanner would see it) to exactly the card; and a
sheet of ten to an A4 page, with blank name lines for pre-printed stock."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from loyalty_desktop.core import i18n
from loyalty_desktop.core.errors import ProtectedFile
from loyalty_desktop.printing.card_pdf import PrintedCard, card_sheet, member_card
from loyalty_desktop.services.cards import generate_card

SHOP = "Demo Café 示范咖啡"
CODE128 = (zxingcpp.BarcodeFormat.Code128,)


def _decoded(pdf: Path, folder: Path) -> list[str]:
    """Every Code128 on every page, rendered at 300 dpi as a printer would print it."""
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(folder / "p")], check=True)
    return sorted(
        found.text
        for image in sorted(folder.glob("p-*.png"))
        for found in zxingcpp.read_barcodes(Image.open(image), formats=CODE128)
    )


@pytest.mark.parametrize(("language", "label"), [("zh_CN", "会员卡"), ("en", "Member card")])
def test_one_card_is_cr80_with_the_shop_the_member_and_a_barcode_of_the_card(
    tmp_path, language, label
) -> None:
    card = generate_card()
    pdf = tmp_path / "card.pdf"
    member_card(SHOP, PrintedCard(card, "张三"), pdf, None, language=language)
    [page] = PdfReader(pdf).pages
    width_mm = float(page.mediabox.width) / 72 * 25.4
    height_mm = float(page.mediabox.height) / 72 * 25.4
    assert (round(width_mm, 1), round(height_mm, 1)) == (85.6, 54.0)
    text = page.extract_text()
    for words in (SHOP, label, "张三", card):
        assert words in text, (words, text)
    assert _decoded(pdf, tmp_path) == [card]


def test_the_card_follows_the_process_language_by_default(tmp_path) -> None:
    pdf = tmp_path / "card.pdf"
    i18n.set_language("zh_CN")
    try:
        member_card("Shop", PrintedCard("812345678903", "Li Na"), pdf, None)
    finally:
        i18n.set_language("en")
    assert "会员卡" in PdfReader(pdf).pages[0].extract_text()


def test_a_sheet_holds_ten_cards_a_page_named_or_blank_and_every_barcode_reads(tmp_path) -> None:
    cards = [PrintedCard(generate_card(), f"Member {i}" if i < 3 else "") for i in range(12)]
    pdf = tmp_path / "sheet.pdf"
    assert card_sheet(SHOP, cards, pdf, None, language="zh_CN") == 2
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    first, second = (p.extract_text() for p in reader.pages)
    assert first.count("会员卡") == 10 and second.count("会员卡") == 2
    assert "Member 0" in first and "Member 2" in first and "Member 3" not in first
    assert first.count("姓名") == 7  # a line to write the name on, on each blank card
    assert _decoded(pdf, tmp_path) == sorted(c.card for c in cards)


def test_a_card_is_never_written_over_the_shop(tmp_path) -> None:
    database = tmp_path / "shop.db"
    database.write_bytes(b"SQLite")
    with pytest.raises(ProtectedFile):
        member_card("Shop", PrintedCard("812345678903"), database, database)
    assert database.read_bytes() == b"SQLite"
