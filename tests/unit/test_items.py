"""Line items on sales (services/items.py) and what they tell (services/habits.py): a member's
usual items, and item pairs with their lift, on hand-built baskets."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select
from support import audit_lines, snapshot

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InvalidAmount, InvalidInput, PermissionDenied
from loyalty_desktop.services.habits import Pair, UsualItem, bought_together, usual_items
from loyalty_desktop.services.items import (
    ItemLine,
    add_item,
    change_item,
    find_item,
    item_list,
    retire_item,
)
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import SaleItem

NOW = utcnow()
PRICES = {"A": 1000, "B": 500, "C": 800, "D": 300}


def lines(*codes: str) -> tuple[ItemLine, ...]:
    return tuple(ItemLine(c, f"item {c}", 1, PRICES[c], "cat") for c in codes)


def sell(db, actor, codes: str, member_id=None, days_ago: int = 1, receipt=None):  # type: ignore[no-untyped-def]
    items = lines(*codes)
    amount = sum(i.total_cents for i in items)
    at = NOW - timedelta(days=days_ago)
    with db.session() as s:
        return record_sale(
            s, actor, SaleRequest(amount, member_id, receipt=receipt, at=at, items=items)
        ).sale.id


def test_a_sale_keeps_its_lines_as_sold(db, actor) -> None:
    sale_id = sell(db, actor, "AAB")
    with db.session(readonly=True) as s:
        kept = s.exec(select(SaleItem).where(SaleItem.sale_id == sale_id)).all()
    assert [(i.code, i.quantity, i.unit_price_cents) for i in kept] == [
        ("A", 1, 1000),
        ("A", 1, 1000),
        ("B", 1, 500),
    ]


@pytest.mark.parametrize(
    ("line", "amount", "reason"),
    [
        (ItemLine("A", "item A", 1, 1000), 999, "items_total"),
        (ItemLine("A", "item A", 0, 1000), 0, "not_positive"),
        (ItemLine("A", "item A", 10_000, 1), 10_000, "at_most"),
        (ItemLine("A", "item A", 1, -5), -5, "negative"),
        (ItemLine("", "item A", 1, 100), 100, "required"),
        (ItemLine("A", "   ", 1, 100), 100, "required"),
        (ItemLine("A" * 33, "item A", 1, 100), 100, "too_long"),
        (ItemLine("A", "=cmd|'/C calc'!A0\x07", 1, 100), 100, "control_characters"),
    ],
)
def test_bad_lines_are_refused_and_nothing_is_written(db, actor, line, amount, reason) -> None:
    before = snapshot(db)
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        record_sale(s, actor, SaleRequest(max(amount, 1), None, items=(line,)))
    assert refused.value.params["reason"] == reason
    assert snapshot(db) == before


def test_a_price_above_the_largest_amount_is_refused(db, actor) -> None:
    with db.session() as s, pytest.raises(InvalidAmount):
        record_sale(s, actor, SaleRequest(100, None, items=(ItemLine("A", "a", 1, 10**12),)))


def test_more_than_200_lines_are_refused(db, actor) -> None:
    many = tuple(ItemLine("A", "a", 1, 1) for _ in range(201))
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        record_sale(s, actor, SaleRequest(201, None, items=many))
    assert refused.value.params["reason"] == "too_many_lines"


def test_the_item_list_finds_by_code_or_barcode_and_refuses_a_taken_one(db, actor) -> None:
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800, "coffee"), barcode="6901234567892")
    with db.session(readonly=True) as s:
        assert find_item(s, "6901234567892").code == "LAT"
        assert find_item(s, " LAT ").name == "Latte"
        assert find_item(s, "nothing") is None
    before = snapshot(db)
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        add_item(s, actor, ItemLine("LAT2", "Latte", 1, 2800), barcode="6901234567892")
    assert refused.value.params["reason"] == "item_taken"
    assert snapshot(db) == before


def test_a_cashier_cannot_change_the_item_list(db, cashier) -> None:
    with db.session() as s, pytest.raises(PermissionDenied):
        add_item(s, cashier, ItemLine("X", "x", 1, 1))


def test_pairs_and_their_lift(db, actor) -> None:
    for basket in ("AB", "AB", "ABC", "A", "C", "CD"):
        sell(db, actor, basket)
    refunded = sell(db, actor, "BD")
    with db.session() as s:
        refund_sale(s, actor, refunded, None)  # wholly refunded: not a basket
    with db.session(readonly=True) as s:
        pairs = bought_together(s, NOW - timedelta(days=30), least=1)
        strong = bought_together(s, NOW - timedelta(days=30), least=2)
    # 6 baskets; A on 4, B on 3, C on 3, D on 1.
    assert [(p.first, p.second, p.together) for p in pairs] == [
        ("C", "D", 1),  # lift 1 × 6 / (3 × 1) = 2
        ("A", "B", 3),  # 3 × 6 / (4 × 3) = 1.5
        ("B", "C", 1),  # 6 / 9
        ("A", "C", 1),  # 6 / 12
    ]
    assert strong == [Pair("A", "item A", "B", "item B", 3, 0.5, 0.75, 1.5)]


def test_a_member_s_usual_items(db, actor) -> None:
    with db.session() as s:
        member_id = enrol(
            s, actor, Enrolment("Chen", "13900005555", enrolled_at=NOW - timedelta(900))
        ).id
    for days, basket in ((2, "AB"), (9, "AB"), (16, "AC"), (30, "D"), (400, "DD"), (500, "D")):
        sell(db, actor, basket, member_id, days_ago=days)
    with db.session(readonly=True) as s:
        assert usual_items(s, member_id, NOW) == [
            UsualItem("A", "item A", 3),
            UsualItem("B", "item B", 2),
        ]


def test_an_item_is_changed_by_its_code_and_sales_keep_what_they_were_sold_at(db, actor) -> None:
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800, "coffee"), barcode="690")
    with db.session() as s:
        record_sale(s, actor, SaleRequest(2800, None, items=(ItemLine("LAT", "Latte", 1, 2800),)))
        change_item(s, actor, ItemLine("LAT", "Oat latte", 1, 3200, "coffee"), barcode="691")
    with db.session(readonly=True) as s:
        assert [(i.name, i.price_cents, i.barcode) for i in item_list(s)] == [
            ("Oat latte", 3200, "691")
        ]
        assert find_item(s, "690") is None
        assert s.exec(select(SaleItem.unit_price_cents, SaleItem.name)).all() == [(2800, "Latte")]
    assert [line["price"] for line in audit_lines(db, "item.change")] == ["32.00"]


def test_an_item_taken_off_the_list_frees_its_barcode_and_comes_back_by_its_code(db, actor) -> None:
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800), barcode="690")
        retire_item(s, actor, "LAT")
    with db.session(readonly=True) as s:
        assert item_list(s) == [] and find_item(s, "LAT") is None
    with db.session() as s:
        add_item(s, actor, ItemLine("MUG", "Mug", 1, 3000), barcode="690")  # the barcode is free
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2600))  # back, at the new price
    with db.session(readonly=True) as s:
        assert [(i.code, i.price_cents, i.barcode) for i in item_list(s)] == [
            ("LAT", 2600, None),
            ("MUG", 3000, "690"),
        ]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda s, a: change_item(s, a, ItemLine("NONE", "x", 1, 1), None), "no_item"),
        (lambda s, a: change_item(s, a, ItemLine("LAT", "", 1, 1), None), "required"),
        (lambda s, a: change_item(s, a, ItemLine("LAT", "x", 1, -1), None), "negative"),
        (lambda s, a: change_item(s, a, ItemLine("LAT", "x" * 101, 1, 1), None), "too_long"),
        (lambda s, a: change_item(s, a, ItemLine("LAT", "x", 1, 1), "CAKE"), "item_taken"),
        (lambda s, a: change_item(s, a, ItemLine("LAT", "x", 1, 1), "6902"), "item_taken"),
        (
            lambda s, a: change_item(s, a, ItemLine("LAT", "x\x07", 1, 1), None),
            "control_characters",
        ),
        (lambda s, a: add_item(s, a, ItemLine("LAT", "x", 1, 1), None), "item_taken"),
        (lambda s, a: add_item(s, a, ItemLine("6902", "x", 1, 1), None), "item_taken"),
        (lambda s, a: retire_item(s, a, "NONE"), "no_item"),
    ],
)
def test_a_bad_change_is_refused_and_changes_nothing(db, actor, change, reason) -> None:
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800), barcode="6901")
        add_item(s, actor, ItemLine("CAKE", "Cake", 1, 3500), barcode="6902")
    before = snapshot(db)
    with db.session() as s, pytest.raises(InvalidInput) as refused:
        change(s, actor)
    assert refused.value.params["reason"] == reason
    assert snapshot(db) == before


def test_a_cashier_cannot_change_or_retire_an_item(db, actor, cashier) -> None:
    with db.session() as s:
        add_item(s, actor, ItemLine("LAT", "Latte", 1, 2800))
    before = snapshot(db)
    with db.session() as s, pytest.raises(PermissionDenied):
        change_item(s, cashier, ItemLine("LAT", "Latte", 1, 1), None)
    with db.session() as s, pytest.raises(PermissionDenied):
        retire_item(s, cashier, "LAT")
    assert snapshot(db) == before
