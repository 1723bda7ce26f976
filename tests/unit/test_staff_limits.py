"""What a cashier may do alone, what needs an owner's or manager's PIN, and what nobody does:
refunds within the cashiers' limit, approvals for one action, and one's own member card."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select
from support import snapshot

from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import OwnCard, PermissionDenied, SignInRefused
from loyalty_desktop.services import auth, points
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action
from loyalty_desktop.services.sales import SaleRequest, record_sale, refund_sale
from loyalty_desktop.store.models import AuditEntry, Member, Refund, Sale


def _sale(db, actor, member_id, cents, at=None) -> int:
    with db.session() as s:
        return record_sale(s, actor, SaleRequest(cents, member_id, at=at)).sale.id


def _refunds(db) -> int:
    with db.session(readonly=True) as s:
        return len(s.exec(select(Refund)).all())


def test_a_cashier_refunds_a_small_sale_of_today(db, team, member) -> None:
    _, _, cashier = team
    sale_id = _sale(db, cashier, member.id, 8_800)
    with db.session() as s:
        assert refund_sale(s, cashier, sale_id).refund.amount_cents == 8_800


def test_over_the_limit_or_an_earlier_day_needs_an_owner_or_manager(db, team, member) -> None:
    owner, manager, cashier = team
    big = _sale(db, cashier, member.id, 25_000)
    old = _sale(db, owner, member.id, 5_000, at=utcnow() - timedelta(days=2))
    before = snapshot(db)
    for sale_id in (big, old):
        with pytest.raises(PermissionDenied, match="owner or manager"), db.session() as s:
            refund_sale(s, cashier, sale_id)
    assert snapshot(db) == before
    with db.session() as s:
        refund_sale(s, manager, big, 1_000)
        refund_sale(s, owner, old)
    assert _refunds(db) == 2


def test_a_managers_pin_approves_one_refund_and_the_audit_says_who(db, team, member) -> None:
    _, manager, cashier = team
    sale_id = _sale(db, cashier, member.id, 25_000)
    approved = auth.approve(db, cashier, manager.staff_id, "8642", Action.REFUND_ANY)
    assert (approved.staff_id, approved.approved_by) == (cashier.staff_id, manager.staff_id)
    with db.session() as s:
        refund = refund_sale(s, approved, sale_id).refund
    with db.session(readonly=True) as s:
        assert s.get(Refund, refund.id).staff_id == cashier.staff_id
        signed = s.exec(select(AuditEntry).where(AuditEntry.action == "sign_in")).all()
        (line,) = s.exec(select(AuditEntry).where(AuditEntry.action == "sale.refund")).all()
    assert [a.staff_id for a in signed] == [manager.staff_id]  # the approver's PIN, checked
    assert line.staff_id == cashier.staff_id
    assert json.loads(line.detail)["approved_by"] == manager.staff_id


def test_an_approval_needs_the_right_pin_and_a_role_that_may(db, team) -> None:
    owner, manager, cashier = team
    with db.session() as s:
        other = auth.add_staff(s, owner, "Zhao Min", "cashier", "9753")
    with pytest.raises(SignInRefused, match="wrong PIN"):
        auth.approve(db, cashier, manager.staff_id, "0000", Action.REFUND_ANY)
    with pytest.raises(PermissionDenied, match="owner or manager"):
        auth.approve(db, cashier, other.id, "9753", Action.REFUND_ANY)
    with pytest.raises(PermissionDenied, match="owner role"):  # the rules are the owner's
        auth.approve(db, cashier, manager.staff_id, "8642", Action.CHANGE_RULES)


def test_an_approval_records_the_approver_on_the_audit_line(db, team, member) -> None:
    owner, _, cashier = team
    approved = auth.approve(db, cashier, owner.staff_id, "2468", Action.ADJUST_POINTS)
    with db.session() as s:
        points.adjust(s, approved, s.get(Member, member.id), 50, "paper card")
    with db.session(readonly=True) as s:
        (line,) = s.exec(select(AuditEntry).where(AuditEntry.action == "points.adjust")).all()
    assert line.staff_id == cashier.staff_id
    assert json.loads(line.detail)["approved_by"] == owner.staff_id


def test_nobody_adjusts_or_refunds_on_their_own_card(db, team, member) -> None:
    owner, manager, cashier = team
    with db.session() as s:
        auth.link_own_card(s, cashier, cashier.staff_id, member.card)  # one's own: allowed
        auth.link_own_card(s, owner, owner.staff_id, member.phone)
    sale_id = _sale(db, cashier, member.id, 2_000)
    before = snapshot(db)
    with pytest.raises(OwnCard, match="own account"), db.session() as s:
        refund_sale(s, cashier, sale_id)
    with pytest.raises(OwnCard), db.session() as s:
        points.adjust(s, owner, s.get(Member, member.id), 1_000, "a gift to myself")
    # nor does the owner let it through for a colleague: the card is the approver's own
    approved = auth.approve(db, cashier, owner.staff_id, "2468", Action.ADJUST_POINTS)
    with pytest.raises(OwnCard), db.session() as s:
        points.adjust(s, approved, s.get(Member, member.id), 1_000, "a gift")
    assert {k: v for k, v in snapshot(db).items() if k not in ("audit_entry", "staff")} == {
        k: v for k, v in before.items() if k not in ("audit_entry", "staff")
    }
    with db.session() as s:  # a colleague refunds it
        refund_sale(s, manager, sale_id)


def test_linking_another_persons_card_is_the_owners(db, team, member) -> None:
    owner, manager, cashier = team
    with pytest.raises(PermissionDenied), db.session() as s:
        auth.link_own_card(s, cashier, manager.staff_id, member.card)
    with db.session() as s:
        auth.link_own_card(s, owner, manager.staff_id, member.card)
    with db.session(readonly=True) as s:
        assert s.get(Sale, 1) is None  # nothing else happened
        assert [r.name for r in auth.staff_list(s)] == ["Wang Fang", "Chen Jie", "Li Lei"]


def test_nobody_signed_in_refunds_nothing(db, team, member) -> None:
    _, _, cashier = team
    sale_id = _sale(db, cashier, member.id, 1_000)
    with pytest.raises(PermissionDenied), db.session() as s:
        refund_sale(s, Actor(0, db.till_id), sale_id)


def test_only_the_owner_imports(db, team, tmp_path) -> None:
    from loyalty_desktop.services.importing import import_members

    _, manager, _ = team
    path = tmp_path / "members.csv"
    path.write_text("name,phone\nZhang San,13800138000\n", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(PermissionDenied, match="importing members or sales needs the owner"):
        import_members(db, manager, path)
    assert snapshot(db) == before


def test_an_own_card_is_found_by_card_or_phone_and_unlinked_with_nothing(db, team, member) -> None:
    from loyalty_desktop.core.errors import MemberNotFound
    from loyalty_desktop.store.models import Staff

    owner, _, cashier = team
    before = snapshot(db)
    with pytest.raises(MemberNotFound), db.session() as s:
        auth.link_own_card(s, cashier, cashier.staff_id, "13999999999")
    assert snapshot(db) == before
    with db.session() as s:
        assert auth.link_own_card(s, cashier, cashier.staff_id, member.phone) == member.id
    with db.session() as s:
        assert auth.link_own_card(s, owner, cashier.staff_id, "") is None
        assert s.get(Staff, cashier.staff_id).member_id is None
    with db.session(readonly=True) as s:
        lines = s.exec(select(AuditEntry).where(AuditEntry.action == "staff.own_card")).all()
    assert [json.loads(line.detail)["member"] for line in lines] == [
        [None, member.id],
        [member.id, None],
    ]
