"""A member's privacy rights (PIPL / GDPR style), the owner's to carry out: a copy of
everything the shop holds about one member, and erasure of their personal details.

Erasure anonymises; it does not delete. The member row stays (under a neutral name, with no
phone, birthday or tags), and so do their sales, points ledger, coupons and the monthly rollups,
so every report total is the same afterwards (DESIGN.md §3, §4). What they wrote in a survey and
the notes of calls back to them are blanked. The audit trail and the points ledger refuse every
UPDATE, so they are never touched: their lines keep the card number (and whatever words staff
typed into an adjustment's reason or an audit line's detail at the time).

The erasure travels to the other tills as a change of the member (services/member_changes.py),
and wins there over every edit, whatever its time."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, and_, cast, or_
from sqlalchemy import select as sql_select  # typed for Core columns
from sqlmodel import Session, SQLModel, col, select

from loyalty_desktop.core.errors import InvalidInput, MemberAnonymised
from loyalty_desktop.services import audit, member_changes
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.csv_io import write_csv
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.members import get_member, identify
from loyalty_desktop.services.outputs import check_output, database_file
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.store.models import (
    AuditEntry,
    Coupon,
    FollowUp,
    Member,
    MemberChange,
    MemberStatus,
    PointsEntry,
    Refund,
    RetiredCard,
    Sale,
    SurveyResponse,
    TierChange,
)
from loyalty_desktop.store.models.base import saved_id, table_of

REASON_LIMIT = 500
# Each kind of record an export holds, and the table it comes from (its columns, in order,
# are the CSV's header). "member" is one row; the others are lists.
KINDS: dict[str, type[SQLModel]] = {
    "member": Member,
    "sales": Sale,
    "refunds": Refund,
    "points": PointsEntry,
    "coupons": Coupon,
    "survey_answers": SurveyResponse,
    "follow_ups": FollowUp,
    "tier_changes": TierChange,
    "retired_cards": RetiredCard,
    "profile_changes": MemberChange,
    "audit": AuditEntry,
}


def member_for_request(session: Session, query: str) -> Member:
    """The member a privacy request names: by card (an erased member's too, whose card is all
    that is left of them) or, for an active member, by phone."""
    text = str(query).strip()
    erased = select(Member).where(Member.card == text, Member.status != MemberStatus.ACTIVE)
    return session.exec(erased).first() or identify(session, text)


def _plain(value: Any) -> Any:
    """A value as JSON and CSV carry it: dates and times in ISO 8601 (times in UTC)."""
    return value.isoformat() if isinstance(value, date | datetime) else value


def _row(record: SQLModel) -> dict[str, Any]:
    return {name: _plain(getattr(record, name)) for name in type(record).model_fields}


def _rows(session: Session, model: type[SQLModel], *where: Any) -> list[dict[str, Any]]:
    id_column = col(model.id)  # type: ignore[attr-defined]
    return [_row(r) for r in session.exec(select(model).where(*where).order_by(id_column))]


def _audit_lines(session: Session, member_id: int, cards: list[str]) -> list[dict[str, Any]]:
    """Audit lines about the member: those naming one of their cards, their sales and refunds,
    and the steps of the follow-ups of their answers (the ids as subqueries: a member's
    history has no bound)."""
    subject, action = col(AuditEntry.subject), col(AuditEntry.action)
    sale_ids = select(cast(col(Sale.id), String)).where(Sale.member_id == member_id)
    follow_up_ids = select(cast(col(FollowUp.id), String)).where(
        col(FollowUp.response_id).in_(_answer_ids(member_id))
    )
    return _rows(
        session,
        AuditEntry,
        or_(
            subject.in_(cards),
            and_(action.in_(["sale.record", "sale.refund"]), subject.in_(sale_ids)),
            and_(action == "follow_up.update", subject.in_(follow_up_ids)),
        ),
    )


def _answer_ids(member_id: int) -> Select[tuple[int]]:
    answers = table_of(SurveyResponse)
    return sql_select(answers.c.id).where(answers.c.member_id == member_id)


def _gather(session: Session, member: Member) -> dict[str, Any]:
    member_id = saved_id(member)
    sale_ids = select(Sale.id).where(Sale.member_id == member_id)
    follow_ups = _rows(session, FollowUp, col(FollowUp.response_id).in_(_answer_ids(member_id)))
    retired = _rows(session, RetiredCard, RetiredCard.member_id == member_id)
    cards = [member.card, *(r["card"] for r in retired)]
    return {
        "member": _row(member),
        "sales": _rows(session, Sale, Sale.member_id == member_id),
        "refunds": _rows(session, Refund, col(Refund.sale_id).in_(sale_ids)),
        "points": _rows(session, PointsEntry, PointsEntry.member_id == member_id),
        "coupons": _rows(session, Coupon, Coupon.member_id == member_id),
        "survey_answers": _rows(session, SurveyResponse, SurveyResponse.member_id == member_id),
        "follow_ups": follow_ups,
        "tier_changes": _rows(session, TierChange, TierChange.member_id == member_id),
        "retired_cards": retired,
        "profile_changes": _rows(session, MemberChange, MemberChange.member_id == member_id),
        "audit": _audit_lines(session, member_id, cards),
    }


def member_data(session: Session, actor: Actor, member_id: int) -> dict[str, Any]:
    """Everything the shop holds about one member, as plain values: {kind: rows} for each kind
    of KINDS ("member": the one row). The owner's; the export is audited (the card only)."""
    require(session, actor, Action.EXPORT_PERSONAL_DATA)
    member = get_member(session, member_id)
    data = _gather(session, member)
    audit.record(session, actor, "member.export_data", member.card)
    return data


def _write_json(path: Path, data: dict[str, Any], database: Path | None) -> None:
    """Written to a temporary file and moved into place (never half a file), never over the
    database."""
    check_output(path, database)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_member_data(
    data: dict[str, Any], folder: str | Path, *, database: Path | None
) -> list[Path]:
    """``member_data`` into ``folder`` (made if missing): member-CARD.json with all of it, and
    member-CARD-KIND.csv for each kind (a header even when there are no rows). Returns the
    files written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(field="folder", reason="export_folder", path=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            field="folder", reason="file_error", path=folder, detail=exc.strerror or str(exc)
        ) from exc
    stem = f"member-{data['member']['card']}"
    written = [folder / f"{stem}.json"]
    _write_json(written[0], data, database)
    for kind, model in KINDS.items():
        rows: Sequence[dict[str, Any]] = [data[kind]] if kind == "member" else data[kind]
        header = list(model.model_fields)
        path = folder / f"{stem}-{kind}.csv"
        write_csv(path, header, ([r[h] for h in header] for r in rows), database=database)
        written.append(path)
    return written


@dataclass(frozen=True)
class MemberExport:
    card: str
    files: list[Path]
    counts: dict[str, int]  # rows of each kind


def export_member_data(
    session: Session, actor: Actor, member_id: int, folder: str | Path
) -> MemberExport:
    """``member_data`` written into ``folder``, in the transaction that audits it: a file that
    cannot be written leaves no audit line claiming an export."""
    data = member_data(session, actor, member_id)
    files = write_member_data(data, folder, database=database_file(session))
    counts = {kind: 1 if kind == "member" else len(data[kind]) for kind in KINDS}
    return MemberExport(data["member"]["card"], files, counts)


@dataclass(frozen=True)
class Erasure:
    member_id: int
    card: str
    comments_blanked: int  # survey answers whose comment was blanked
    notes_blanked: int  # follow-ups whose notes were blanked


def erasable(session: Session, actor: Actor, member_id: int) -> Member:
    """The member, if ``actor`` may erase them and they are not erased already (asked before
    a confirmation, so nobody confirms what would be refused)."""
    require(session, actor, Action.ERASE_MEMBER)
    member = get_member(session, member_id)
    if member.status != MemberStatus.ACTIVE:
        raise MemberAnonymised(card=member.card)
    return member


def erase_member(session: Session, actor: Actor, member_id: int, reason: str) -> Erasure:
    """Erase a member's personal details at their request, in one transaction: the name
    becomes a neutral word, phone, birthday and tags go, marketing consent is withdrawn, their
    survey comments and follow-up notes are blanked, and the card is refused from then on.
    Sales, points, coupons, tiers and rollups stay, so every report total stays the same.
    The owner's; audited with the card and the reason, nothing personal."""
    member = erasable(session, actor, member_id)
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput(field="reason", reason="erase_reason")
    check_length("reason", reason, REASON_LIMIT)
    member_changes.record(session, actor, member_id, {member_changes.ERASED: None})
    comments, notes = member_changes.anonymise(session, member)
    audit.record(
        session, actor, "member.erase", member.card, reason=reason, comments=comments, notes=notes
    )
    return Erasure(member_id, member.card, comments, notes)
