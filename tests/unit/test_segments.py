"""Saved member filters: each condition narrows the group, and bad input is refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from support import snapshot

from loyalty_desktop.core.errors import InvalidInput, PermissionDenied
from loyalty_desktop.services import segments
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale
from loyalty_desktop.store.models import Role, Staff


def people(db, actor) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Ann: consent, tag coffee, born in May, spent ¥300 10 days ago. Bo: no consent, spent
    ¥50 200 days ago. Cy: consent, never bought."""
    now = datetime.now(UTC)
    with db.session() as s:
        ann = enrol(
            s,
            actor,
            Enrolment(
                name="Ann",
                phone="13800000011",
                marketing_consent=True,
                tags="coffee",
                birthday=date(1990, 5, 2),
                enrolled_at=now - timedelta(days=400),
            ),
        )
        bo = enrol(
            s,
            actor,
            Enrolment(name="Bo", phone="13800000012", enrolled_at=now - timedelta(days=400)),
        )
        cy = enrol(s, actor, Enrolment(name="Cy", phone="13800000013", marketing_consent=True))
        record_sale(s, actor, SaleRequest(30000, ann.id, at=now - timedelta(days=10)))
        record_sale(s, actor, SaleRequest(5000, bo.id, at=now - timedelta(days=200)))
        return {"Ann": ann.id, "Bo": bo.id, "Cy": cy.id}


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({}, {"Ann", "Bo", "Cy"}),
        ({"consent": True}, {"Ann", "Cy"}),
        ({"consent": False}, {"Bo"}),
        ({"tag": "coffee"}, {"Ann"}),
        ({"birthday_month": 5}, {"Ann"}),
        ({"min_days_since_visit": 100}, {"Bo"}),  # Cy never visited: no last visit to count
        ({"max_days_since_visit": 30}, {"Ann"}),
        ({"min_spend_cents": 10_000}, {"Ann"}),
        ({"max_spend_cents": 10_000}, {"Bo"}),  # Bo's ¥50 is within the last 12 months
        ({"consent": True, "max_days_since_visit": 30}, {"Ann"}),
    ],
)
def test_each_condition_narrows_the_filter(db, actor, conditions, expected) -> None:
    ids = people(db, actor)
    with db.session() as s:
        segments.save_filter(s, actor, "test", segments.CustomFilter(**conditions))
    with db.session(readonly=True) as s:
        found = set(segments.segment_members(s, "saved:test"))
    assert found == {ids[name] for name in expected}


def test_bad_filters_and_cashiers_are_refused(db, actor) -> None:
    with db.session() as s:
        cashier = Staff(name="c", role=Role.CASHIER, origin_till="t", created_at=datetime.now(UTC))
        s.add(cashier)
        s.flush()
        cashier_actor = Actor(cashier.id, "t")
    before = snapshot(db)
    for who, name in ((actor, ""), (actor, "a:b"), (actor, "x" * 41)):
        with pytest.raises(InvalidInput), db.session() as s:
            segments.save_filter(s, who, name, segments.CustomFilter())
    with pytest.raises(PermissionDenied), db.session() as s:
        segments.save_filter(s, cashier_actor, "ok", segments.CustomFilter())
    with pytest.raises(InvalidInput), db.session(readonly=True) as s:
        segments.segment_members(s, "saved:nothing-like-this")
    assert snapshot(db) == before
