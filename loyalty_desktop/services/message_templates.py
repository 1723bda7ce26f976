"""Messages worth sending (定期沟通): the owner's templates with merge fields, rendered for each
member of an action list and exported as CSV for an SMS or WeChat tool. The app sends nothing.

A template is a name, a language and a text such as
``【{店名}】{姓名}您好，您有{到期积分}积分将于{到期日期}过期``; each field has an English name and a
Chinese one. The text is checked when it is saved, so an export never meets an unknown field.

Only members who agreed to marketing and have a phone get a message. A member for whom a field
the template uses has no value (nothing expiring, no coupon in hand) is left out too, never sent
a message with a hole in it; the export counts each reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from string import Formatter

from sqlalchemy import func
from sqlmodel import Session, col, select

from loyalty_desktop.core import display
from loyalty_desktop.core.clock import utcnow
from loyalty_desktop.core.errors import InvalidInput, LoyaltyError
from loyalty_desktop.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from loyalty_desktop.services import audit
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.coupons import grouped
from loyalty_desktop.services.csv_io import write_csv
from loyalty_desktop.services.expiry import expiring_soon
from loyalty_desktop.services.lengths import check_length
from loyalty_desktop.services.outputs import database_file
from loyalty_desktop.services.permissions import Action, require
from loyalty_desktop.services.rules import DEFAULT_TIERS, Rules, load_rules, shown_word
from loyalty_desktop.services.segments import ListedMember
from loyalty_desktop.services.settings import get_setting, set_setting
from loyalty_desktop.store.batches import id_chunks
from loyalty_desktop.store.models import Coupon, CouponStatus, Member
from loyalty_desktop.store.models.base import saved_id

SETTING = "messages.templates"  # {name: {"language": ..., "text": ...}}
NAME_LIMIT = 40
TEXT_LIMIT = 500
HEADER = ["card", "name", "phone", "message"]

# Each merge field: its English name, its Chinese name, and what it says (for the editor).
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("姓名", QT_TRANSLATE_NOOP("Messages", "the member's name")),
    "points": ("积分", QT_TRANSLATE_NOOP("Messages", "the points balance")),
    "expiring_points": ("到期积分", QT_TRANSLATE_NOOP("Messages", "points lapsing soonest")),
    "expiring_date": ("到期日期", QT_TRANSLATE_NOOP("Messages", "the day they lapse")),
    "tier": ("等级", QT_TRANSLATE_NOOP("Messages", "the member's tier")),
    "coupon_code": ("券码", QT_TRANSLATE_NOOP("Messages", "their newest unused coupon")),
    "shop": ("店名", QT_TRANSLATE_NOOP("Messages", "the shop's name")),
}
_CANONICAL = {**{f: f for f in FIELDS}, **{zh: f for f, (zh, _) in FIELDS.items()}}

# Why a member got no message, in the order the export states them.
LEFT_OUT: dict[str, str] = {
    "no_consent": QT_TRANSLATE_NOOP("Messages", "no marketing consent"),
    "no_phone": QT_TRANSLATE_NOOP("Messages", "no phone number"),
    "nothing_expiring": QT_TRANSLATE_NOOP("Messages", "no points lapsing within 30 days"),
    "no_coupon": QT_TRANSLATE_NOOP("Messages", "no unused coupon to quote"),
}

# Offered until the owner saves templates of their own.
STARTERS: dict[str, dict[str, str]] = {
    "积分到期提醒": {
        "language": "zh_CN",
        "text": "【{店名}】{姓名}您好，您有{到期积分}积分将于{到期日期}过期，欢迎回店使用。",
    },
    "生日祝福": {
        "language": "zh_CN",
        "text": "【{店名}】{姓名}生日快乐！送您一张优惠券，券码{券码}，到店出示即可使用。",
    },
    "想念您": {
        "language": "zh_CN",
        "text": "【{店名}】{姓名}，好久不见！您还有{积分}积分，凭券码{券码}回店再享优惠。",
    },
    "Points expiring": {
        "language": "en",
        "text": "{shop}: Hi {name}, {expiring_points} of your points lapse on "
        "{expiring_date}. Come and use them!",
    },
}


@dataclass(frozen=True)
class Template:
    name: str
    language: str
    text: str

    @property
    def fields(self) -> list[str]:
        """The merge fields the text uses (English names), in order of first use."""
        return list(dict.fromkeys(_CANONICAL[f] for _, f in _pieces(self.text) if f))


@dataclass(frozen=True)
class Message:
    card: str
    name: str
    phone: str
    text: str


@dataclass(frozen=True)
class Rendered:
    messages: list[Message]
    left_out: Counter[str]  # reason (a key of LEFT_OUT) -> members


def _pieces(text: str) -> list[tuple[str, str | None]]:
    """(literal text, field or None) in order; refuses anything but a known field by name."""
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:
        raise InvalidInput(field="message", reason="template_braces") from None
    pieces: list[tuple[str, str | None]] = []
    for literal, field, spec, conversion in parsed:
        if field is not None and (spec or conversion):  # "{name!r}", "{points:>9}"
            raise InvalidInput(field="message", reason="merge_field_plain", text=field)
        if field is not None and field not in _CANONICAL:  # "{名字}", "{0}", "{name.upper}"
            raise InvalidInput(
                field="message", reason="unknown_merge_field", text=field, choices=field_list()
            )
        pieces.append((literal, field))
    return pieces


def field_list() -> str:
    return ", ".join(f"{{{zh}}}/{{{f}}}" for f, (zh, _) in FIELDS.items())


def parse_template(name: str, language: str, text: str) -> Template:
    """A template as the owner typed it, or the first problem named by its field."""
    name = name.strip()
    if not name:
        raise InvalidInput(field="name", reason="required")
    check_length("name", name, NAME_LIMIT)
    if language not in LANGUAGES:
        raise InvalidInput(
            field="language", reason="unknown_list", text=language, choices=", ".join(LANGUAGES)
        )
    if not text.strip():
        raise InvalidInput(field="message", reason="required")
    check_length("message", text, TEXT_LIMIT)
    _pieces(text)  # a bad field is refused now, when the owner writes it, not at export
    return Template(name, language, text.strip())


def templates(session: Session) -> dict[str, Template]:
    """The shop's templates by name (the starters until the owner saves one); a stored one
    that no longer reads as a template (edited by hand, another version) is left out."""
    kept = get_setting(session, SETTING, STARTERS)
    found = {}
    for name, stored in sorted(kept.items() if isinstance(kept, dict) else []):
        try:
            found[name] = parse_template(name, stored["language"], stored["text"])
        except (LoyaltyError, KeyError, TypeError):
            continue
    return found


def get_template(session: Session, name: str) -> Template:
    found = templates(session).get(name)
    if found is None:
        raise InvalidInput(field="template", reason="no_message_template", name=name)
    return found


def _keep(session: Session, kept: dict[str, Template]) -> None:
    set_setting(
        session,
        SETTING,
        {t.name: {"language": t.language, "text": t.text} for t in kept.values()},
    )


def save_template(
    session: Session, actor: Actor, template: Template, replaces: str | None = None
) -> None:
    """Keep ``template`` (replacing ``replaces``, the name it had when opened for editing)."""
    require(session, actor, Action.WRITE_MESSAGES)
    kept = templates(session)
    if template.name != replaces and template.name in kept:
        raise InvalidInput(field="name", reason="message_name_taken", name=template.name)
    kept.pop(replaces or template.name, None)
    kept[template.name] = template
    _keep(session, kept)
    audit.record(session, actor, "message.save", template.name, text=template.text)


def delete_template(session: Session, actor: Actor, name: str) -> None:
    require(session, actor, Action.WRITE_MESSAGES)
    kept = templates(session)
    if kept.pop(name, None) is None:
        raise InvalidInput(field="template", reason="no_message_template", name=name)
    _keep(session, kept)
    audit.record(session, actor, "message.delete", name)


# --- rendering -----------------------------------------------------------------------------------


def _balances(session: Session, ids: list[int]) -> dict[int, int]:
    balances: dict[int, int] = {}
    for part in id_chunks(ids):
        members = session.exec(select(Member).where(col(Member.id).in_(part)))
        balances.update((saved_id(m), m.balance) for m in members)
    return balances


def _coupons(session: Session, ids: list[int], now: datetime) -> dict[int, str]:
    """Each member's newest coupon they can still use."""
    codes: dict[int, str] = {}
    for part in id_chunks(ids):
        newest = (
            select(Coupon.member_id, func.max(Coupon.id).label("id"))
            .where(
                col(Coupon.member_id).in_(part),
                Coupon.status == CouponStatus.ISSUED,
                col(Coupon.expires_at) > now,
            )
            .group_by(col(Coupon.member_id))
            .subquery()
        )
        rows = session.exec(
            select(newest.c.member_id, Coupon.code).join(newest, newest.c.id == Coupon.id)
        )
        codes.update({int(m): grouped(code) for m, code in rows})
    return codes


@dataclass(frozen=True)
class _Known:
    """What the fields draw on, read once for the whole list."""

    rules: Rules
    now: datetime
    balances: dict[int, int]
    coupons: dict[int, str]


def _values(
    session: Session, known: _Known, member: ListedMember, template: Template
) -> dict[str, str] | str:
    """The member's field values, or the reason (a LEFT_OUT key) one the template uses is
    missing."""
    values = {
        "name": member.name,
        "points": str(known.balances.get(member.member_id, 0)),
        "tier": shown_word(known.rules.tiers.level(member.tier).name, template.language),
        "shop": shown_word(known.rules.shop_name, template.language),
    }
    used = template.fields
    if "expiring_points" in used or "expiring_date" in used:
        soon = expiring_soon(session, member.member_id, known.now)
        if not soon:
            return "nothing_expiring"
        day, points = soon[0]
        values["expiring_points"] = str(points)
        values["expiring_date"] = display.long_date(day, template.language)
    if "coupon_code" in used:
        if member.member_id not in known.coupons:
            return "no_coupon"
        values["coupon_code"] = known.coupons[member.member_id]
    return values


def fill(template: Template, values: dict[str, str]) -> str:
    return "".join(
        literal + (values[_CANONICAL[field]] if field else "")
        for literal, field in _pieces(template.text)
    )


def sms_parts(text: str) -> int:
    """How many SMS ``text`` is sent as: 160 plain Latin characters fit in one (70 when any
    other character is used, Chinese included); a longer text goes in parts of 153 (67)."""
    one, part = (160, 153) if text.isascii() else (70, 67)
    return 1 if len(text) <= one else -(-len(text) // part)


def sample(template: Template, shop: str, today: date) -> str:
    """The template filled in for a made-up member: what the owner reads while writing it."""
    chinese = template.language == "zh_CN"
    return fill(
        template,
        {
            "name": "王小明" if chinese else "Alex Wang",
            "points": "1280",
            "expiring_points": "300",
            "expiring_date": display.long_date(today + timedelta(days=14), template.language),
            "tier": shown_word(DEFAULT_TIERS[1].name, template.language),
            "coupon_code": "7QK2-MBRX-9HTD-4W",
            "shop": shown_word(shop, template.language),
        },
    )


def render(
    session: Session, template: Template, rows: list[ListedMember], now: datetime | None = None
) -> Rendered:
    """One message for each member of ``rows`` who may be sent one; the rest counted by why."""
    ids = [r.member_id for r in rows]
    now = now or utcnow()
    known = _Known(load_rules(session), now, _balances(session, ids), _coupons(session, ids, now))
    messages: list[Message] = []
    left_out: Counter[str] = Counter()
    for member in rows:
        if not member.marketing_consent:
            left_out["no_consent"] += 1
        elif not member.phone:
            left_out["no_phone"] += 1
        else:
            values = _values(session, known, member, template)
            if isinstance(values, str):
                left_out[values] += 1
            else:
                messages.append(
                    Message(member.card, member.name, member.phone, fill(template, values))
                )
    return Rendered(messages, left_out)


def left_out_text(left_out: Counter[str]) -> str:
    """ "3 left out: 2 no marketing consent, 1 no phone number" ("" when nobody was)."""
    total = sum(left_out.values())
    if not total:
        return ""
    separator = translate("Messages", ", ", "between the reasons members were left out")
    count = translate("Messages", "{count} {reason}", "how many members were left out, and why")
    reasons = separator.join(
        count.format(count=left_out[k], reason=translate("Messages", v))
        for k, v in LEFT_OUT.items()
        if left_out[k]
    )
    return translate("Messages", "%n left out: {reasons}", None, total).format(reasons=reasons)


def export(session: Session, actor: Actor, rendered: Rendered, path: str | Path) -> int:
    """The messages to CSV for an SMS or WeChat tool (phones leave the shop: audited)."""
    require(session, actor, Action.SEE_PHONES)
    written = write_csv(
        path,
        HEADER,
        ([m.card, m.name, m.phone, m.text] for m in rendered.messages),
        database=database_file(session),
    )
    audit.record(session, actor, "message.export", str(path), rows=written)
    return written
