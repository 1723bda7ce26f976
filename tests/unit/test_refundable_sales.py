"""The refund list's query: today's sales at this till, the member's recent sales, limits."""

from __future__ import annotations

from loyalty_desktop.services.members import Enrolment, enrol
from loyalty_desktop.services.sales import SaleRequest, record_sale, refundable_sales


def test_today_at_this_till_and_the_members_recent_sales(db, actor) -> None:
    with db.session() as s:
        member = enrol(s, actor, Enrolment(name="Li Si", phone="13900139000"))
        walk_in = record_sale(s, actor, SaleRequest(5000, None)).sale.id
        mine = record_sale(s, actor, SaleRequest(8000, member.id)).sale.id
        assert [x.id for x in refundable_sales(s, actor.till_id)] == [mine, walk_in]
        assert refundable_sales(s, "another-till") == []
        assert [x.id for x in refundable_sales(s, "another-till", member.id)] == [mine]
        assert [x.id for x in refundable_sales(s, actor.till_id, None, limit=1)] == [mine]
        line = refundable_sales(s, actor.till_id, member.id)[0]
        assert (line.member_name, line.paid_cents, line.points_earned) == ("Li Si", 8000, 80)
