"""The ``loyalty`` command (DESIGN.md §5): the same services as the GUI, for scripts and support.

Exit code 0 on success; on failure one line on stderr and non-zero, with the database unchanged.
With ``--json`` exactly one JSON document goes to stdout, on failure ``{"error": {...}}``.
When the reader of stdout goes away (``loyalty member find 张 | head -1``) the command stops
quietly with exit code 141, as a Unix tool killed by SIGPIPE does.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from loyalty_desktop import __version__
from loyalty_desktop.core import config, display, i18n
from loyalty_desktop.core.clock import (
    add_months,
    parse_date,
    parse_timestamp,
    to_local,
    to_utc,
    utcnow,
)
from loyalty_desktop.core.config import resolve_database_url
from loyalty_desktop.core.errors import (
    ChecksFailed,
    DatabaseDamaged,
    DatabaseError,
    FileFailed,
    ImportFailed,
    InvalidInput,
    InvalidUsage,
    LoyaltyError,
    NotConfirmed,
    ProblemsFound,
    RestoreRefused,
    SignInRefused,
    field_name,
    render,
)
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from loyalty_desktop.core.money import format_cents, parse_amount
from loyalty_desktop.printing.card_pdf import PrintedCard, card_sheet
from loyalty_desktop.printing.coupon_pdf import coupon_sheet
from loyalty_desktop.services import (
    audit,
    audit_words,
    auth,
    backup,
    check,
    coupons,
    demo,
    exporting,
    habits,
    importing,
    items,
    member_changes,
    member_edits,
    members,
    message_templates,
    metrics,
    move_to_server,
    points,
    privacy,
    report_cache,
    report_figures,
    sales,
    segments,
    surveys,
    targets,
)
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.card_sheets import cards_to_print
from loyalty_desktop.services.expiry import run_expiry
from loyalty_desktop.services.housekeeping import end_of_day, run_housekeeping
from loyalty_desktop.services.opening import open_shop
from loyalty_desktop.services.rules import (
    Rules,
    load_rules,
    parse_rules,
    save_rules,
    shown_word,
)
from loyalty_desktop.services.settings import till_language
from loyalty_desktop.services.sync import head as head_till
from loyalty_desktop.services.sync.export import export_package
from loyalty_desktop.services.sync.merge import import_packages
from loyalty_desktop.services.sync.words import conflict_text, counts_text
from loyalty_desktop.services.tiers import tier_name
from loyalty_desktop.store.db import Database, head_revision, holds_no_shop, masked_url, sqlite_file
from loyalty_desktop.store.models import Member
from loyalty_desktop.store.models.base import saved_id

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + 13  # SIGPIPE, as the shell reports a tool that lost its reader
ENV_PIN = "LOYALTY_PIN"
# Upper bounds of integer options, so a huge number is refused in words, not by an overflow;
# what a value means (a month is 1-12, a coupon lasts at most 10 years) the services check.
INT64_MAX = 2**63 - 1  # the largest integer a database column holds
COUNT_MAX = 1_000_000_000  # people, coupons, months: far above any shop's
DAYS_MAX = 36_500  # a hundred years


def whole(high: int, low: int = 0) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{text!r} is not a whole number").format(text=text)
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("Cli", "{value} is not between {low:,} and {high:,}").format(
                    value=value, low=low, high=high
                )
            )
        return value

    return parse


class _Parser(argparse.ArgumentParser):
    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        for action in self._actions:  # argparse (3.11) makes `--reason=--` an empty list
            if action.option_strings and getattr(parsed, action.dest, None) == []:
                self.error(f"argument {action.option_strings[0]}: expected one argument")
        return parsed, extras

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.partition(" ")[2]
        raise InvalidUsage(detail=f"{command + ': ' if command else ''}{message}", prog=self.prog)


def _pin() -> str:
    """The PIN from ``LOYALTY_PIN`` (scripts), else asked on the terminal without echo."""
    if pin := os.environ.get(ENV_PIN):
        return pin
    if not sys.stdin.isatty():
        raise SignInRefused(reason="pin_needed")
    return getpass.getpass(translate("Cli", "PIN: "))


def _wants_json(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))  # --json is SUPPRESSed unless given


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """The command's answer on stdout: ``data`` as JSON with ``--json``, else ``text``."""
    print(json.dumps(data, ensure_ascii=False, default=str) if _wants_json(args) else text)


class Context:
    """What a command needs: the open database, the acting staff member, and how to print."""

    def __init__(self, args: argparse.Namespace, url: str) -> None:
        self.args = args
        self.json = _wants_json(args)
        if refuse := getattr(args, "sqlite_only", None):  # backup, restore: said before connecting
            refuse(url)
        path = sqlite_file(url)
        if path is not None and holds_no_shop(path) and not getattr(args, "creates", False):
            # A mistyped --db (or an empty file) must not quietly become a new, empty shop.
            raise InvalidInput(field="db", reason="no_database_file", path=path)
        readonly = getattr(args, "readonly", False)
        self.db: Database = open_shop(url, readonly=readonly)
        with self.db.session(readonly=True) as session:
            # From here on the command speaks this till's language, if it has one set.
            i18n.set_language(i18n.resolve(till_language(session, self.db.till_id)))
            named = getattr(args, "staff", None)
            account = auth.account_named(session, named) if named else None
            unattended = auth.unattended(session)
        # A named account's PIN is checked (and a wrong one counted) as at the till.
        self.staff = auth.sign_in(self.db, account.id, _pin()) if account else unattended

    @property
    def role(self) -> str | None:
        """The acting account's role; None when nobody signed in (a shop with PINs)."""
        return self.staff.role if self.staff else None

    @property
    def actor(self) -> Actor:
        """Who acts; refused for a command that writes when nobody signed in."""
        if self.staff is None:
            raise SignInRefused(reason="staff_needed")
        return Actor(staff_id=self.staff.id, till_id=self.db.till_id)

    def emit(self, data: Any, text: str) -> None:
        emit(self.args, data, text)

    def close(self) -> None:
        self.db.dispose()


# What `import` and `export` move, as their summaries name it.
KINDS = {
    "members": QT_TRANSLATE_NOOP("Cli", "members"),
    "sales": QT_TRANSLATE_NOOP("Cli", "sales"),
    "ledger": QT_TRANSLATE_NOOP("Cli", "ledger"),
    "coupons": QT_TRANSLATE_NOOP("Cli", "coupons"),
    "surveys": QT_TRANSLATE_NOOP("Cli", "surveys"),
    "items": QT_TRANSLATE_NOOP("Cli", "items"),
}
IMPORTING = {  # the progress line of an import
    "members": QT_TRANSLATE_NOOP("Cli", "Importing members"),
    "sales": QT_TRANSLATE_NOOP("Cli", "Importing sales"),
    "items": QT_TRANSLATE_NOOP("Cli", "Importing items"),
}


def _english(words: Callable[[], str]) -> str:
    """A service's words as a --json document carries them: in English, whatever the till
    speaks (DESIGN.md §5: the documents are the same in every language)."""
    speaking = i18n.current_language()
    i18n.set_language(i18n.FALLBACK)
    try:
        return words()
    finally:
        i18n.set_language(speaking)


def _progress(args: argparse.Namespace, label: str) -> Callable[[int, int], None] | None:
    """Progress on stderr: redrawn in place on a terminal; with ``--progress`` (for logs and
    scripts) one line every 10%. Never with ``--json``."""
    tty = sys.stderr.isatty()
    if _wants_json(args) or not (tty or getattr(args, "progress", False)):
        return None
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if tty:
            print(f"\r{label}: {percent:3d}%", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)
        elif percent // 10 != last[0] // 10 or (percent == 100 and last[0] != 100):
            print(f"{label}: {percent}%", file=sys.stderr, flush=True)
        last[0] = percent

    return report


def _print_problems(ctx: Context, failed: ProblemsFound) -> None:
    """Without ``--json``, the problems a failure refers to, one per line on stdout (with
    ``--json`` they are in the error document)."""
    if not ctx.json:
        print("\n".join(p.describe() for p in failed.problems))


def _member_dict(
    member: Member, visits: members.Visits, session: Session, role: str | None
) -> dict[str, Any]:
    zone = load_rules(session).zone
    return {
        "id": member.id,
        "card": member.card,
        "name": member.name,
        "phone": members.shown_phone(member.phone, role),
        "balance": member.balance,
        "tier": tier_name(member, load_rules(session)),
        "last_visit": to_local(visits.last_visit, zone).isoformat() if visits.last_visit else None,
        "visits": visits.count,
        "flagged": member.flagged,
        "birthday": member.birthday.isoformat() if member.birthday else None,
        "marketing_consent": member.marketing_consent,
        "tags": member.tags,
    }


# --- commands -------------------------------------------------------------------------------


def cmd_init(ctx: Context) -> None:
    ctx.emit(
        {"database": ctx.db.display_name(), "revision": head_revision()},
        translate("Cli", "Database ready: {database} (schema {revision})").format(
            database=ctx.db.display_name(), revision=head_revision()
        ),
    )


def cmd_demo(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        summary = demo.build_demo(
            session,
            ctx.actor,
            a.members,
            a.months,
            a.seed,
            progress=_progress(ctx.args, translate("Cli", "Demo sales")),
        )
    ctx.emit(
        asdict(summary),
        translate(
            "Cli",
            "Demo shop: {members}, {sales} ({walk_in} walk-in), {redemptions}, {refunds}, "
            "{answers} ({follow_ups} to follow up)",
        ).format(
            members=translate("Cli", "%n member(s)", None, summary.members),
            sales=translate("Cli", "%n sale(s)", None, summary.sales),
            walk_in=summary.walk_in_sales,
            redemptions=translate("Cli", "%n redemption(s)", None, summary.redemptions),
            refunds=translate("Cli", "%n refund(s)", None, summary.refunds),
            answers=translate("Cli", "%n survey answer(s)", None, summary.survey_responses),
            follow_ups=summary.follow_ups,
        ),
    )


def cmd_member_add(ctx: Context) -> None:
    a = ctx.args
    enrolment = members.Enrolment(
        name=a.name,
        phone=a.phone,
        birthday=parse_date(a.birthday, field="birthday") if a.birthday else None,
        marketing_consent=a.consent,
        card=a.card,
        referrer=a.referrer,
        tags=a.tags or "",
    )
    with ctx.db.session() as session:
        member = members.enrol(session, ctx.actor, enrolment)
    ctx.emit(
        {"id": member.id, "card": member.card, "name": member.name, "phone": member.phone},
        translate("Cli", "Enrolled {name}: card {card}").format(name=member.name, card=member.card),
    )


def _changes(a: argparse.Namespace) -> member_edits.MemberChanges:
    """The options given, as changes ("none" removes a phone or a birthday)."""
    keep = member_edits.KEEP

    def given(value: str | None) -> str | member_edits.Keep | None:
        if value is None:
            return keep
        return None if value.strip().lower() in ("", "none") else value

    birthday = given(a.birthday)
    return member_edits.MemberChanges(
        name=keep if a.name is None else a.name,
        phone=given(a.phone),
        birthday=parse_date(birthday, field="birthday") if isinstance(birthday, str) else birthday,
        tags=keep if a.tags is None else a.tags,
        marketing_consent=keep if a.consent is None else a.consent,
    )


def _shown_change(field: str, old: Any, new: Any) -> str:
    def word(value: Any) -> str:
        if isinstance(value, bool):
            return translate("Cli", "yes") if value else translate("Cli", "no")
        return str(value) if value not in (None, "") else "-"

    return f"{field_name(field)} {word(old)} → {word(new)}"


def cmd_member_edit(ctx: Context) -> None:
    a = ctx.args
    changes = _changes(a)
    with ctx.db.session() as session:
        member = members.identify(session, a.who)
        edit = member_edits.edit_member(session, ctx.actor, saved_id(member), changes)
        name = member.name
    data = {
        "id": member.id,
        "card": edit.card,
        "changed": {f: {"old": old, "new": new} for f, (old, new) in edit.changed.items()},
    }
    if not edit.changed:
        text = translate("Cli", "Nothing to change for {name} ({card})")
    else:
        text = translate("Cli", "Changed {name} ({card}): {changes}")
    shown = "; ".join(_shown_change(f, old, new) for f, (old, new) in edit.changed.items())
    ctx.emit(data, text.format(name=name, card=edit.card, changes=shown))


def cmd_member_replace_card(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        member = members.identify(session, a.who)
        done = member_edits.replace_card(session, ctx.actor, saved_id(member), a.card)
    ctx.emit(
        {"id": done.member_id, "name": done.name, "old_card": done.old_card, "card": done.new_card},
        translate("Cli", "New card for {name}: {card} (card {old} is no longer valid)").format(
            name=done.name, card=done.new_card, old=done.old_card
        ),
    )


def cmd_member_export_data(ctx: Context) -> None:
    """Everything the shop holds about one member, for their request to see it (owner only)."""
    a = ctx.args
    with ctx.db.session() as session:
        member = privacy.member_for_request(session, a.who)
        done = privacy.export_member_data(session, ctx.actor, saved_id(member), a.folder)
    ctx.emit(
        {"card": done.card, "files": [str(p) for p in done.files], "rows": done.counts},
        translate(
            "Cli",
            "Everything held about member {card}: %n file(s) in {folder}",
            None,
            len(done.files),
        ).format(card=done.card, folder=a.folder),
    )


def _confirmed(question: str) -> bool:
    """Asked on the terminal (on stderr: stdout keeps its one document); off a terminal there is
    nobody to answer."""
    if not sys.stdin.isatty():
        return False
    print(question, end=" ", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().casefold()
    return answer in ("yes", "y", translate("Cli", "yes").casefold())


def cmd_member_erase(ctx: Context) -> None:
    """Erase a member's personal details at their request (owner only; asks unless --yes)."""
    a = ctx.args
    with ctx.db.session(readonly=True) as session:
        member = privacy.member_for_request(session, a.who)
        member = privacy.erasable(session, ctx.actor, saved_id(member))
        member_id, name, card = saved_id(member), member.name, member.card
    question = translate(
        "Cli",
        "Erase the personal details of {name} ({card})? The name, phone, birthday, tags and "
        "survey comments are removed for good; sales, points and coupons stay, without a name. "
        "Type yes to erase:",
    ).format(name=name, card=card)
    if not a.yes and not _confirmed(question):
        raise NotConfirmed()
    with ctx.db.session() as session:
        done = privacy.erase_member(session, ctx.actor, member_id, a.reason)
    ctx.emit(
        {
            "id": done.member_id,
            "card": done.card,
            "comments_blanked": done.comments_blanked,
            "notes_blanked": done.notes_blanked,
        },
        translate(
            "Cli",
            "Erased the personal details of member {card}; their sales, points and coupons stay",
        ).format(card=done.card),
    )


def cmd_member_cards(ctx: Context) -> None:
    """Members' cards on an A4 sheet (ten to a page), and blank ones with new card numbers for
    pre-printed stock (the number is kept when the member is enrolled with ``--card``)."""
    a = ctx.args
    with ctx.db.session(readonly=True) as session:
        sheet = cards_to_print(session, a.who, a.blank)
    printed = [PrintedCard(card, name) for card, name in sheet.cards]
    pages = card_sheet(sheet.shop_name, printed, a.pdf, ctx.db.sqlite_path)
    ctx.emit(
        {"pages": pages, "cards": [{"card": c.card, "name": c.name} for c in printed]},
        translate("Cli", "%n card(s) written to {path}", None, len(printed)).format(path=a.pdf),
    )


def cmd_member_find(ctx: Context) -> None:
    line = translate("Cli", "{card}  {name}  {phone}  {balance} pts  {tier}  last visit {last}")
    with ctx.db.session(readonly=True) as session:
        found = members.find_members(session, ctx.args.query)
        stats = members.visits(session, [saved_id(m) for m in found])
        rows = [_member_dict(m, stats[saved_id(m)], session, ctx.role) for m in found]
        zone = load_rules(session).zone
    lines = [
        line.format(
            card=r["card"],
            name=r["name"],
            phone=r["phone"] or "-",
            balance=r["balance"],
            tier=shown_word(r["tier"]),
            last=display.local_datetime(stats[r["id"]].last_visit, zone)
            or translate("Cli", "never", "no last visit"),
        )
        for r in rows
    ]
    ctx.emit(rows, "\n".join(lines) if lines else translate("Cli", "No member found."))


def _balance(balance: int | None) -> str:
    """ ", balance 120" after a sale or a refund of a member's."""
    return translate("Cli", ", balance {balance}").format(balance=balance)


def cmd_sale(ctx: Context) -> None:
    a = ctx.args
    amount = parse_amount(a.amount)
    with ctx.db.session() as session:
        zone = load_rules(session).zone
        at = parse_timestamp(a.at, zone, field="at") if a.at else None
        member = None if a.who in ("-", "walk-in") else members.identify(session, a.who)
        result = sales.record_sale(
            session,
            ctx.actor,
            sales.SaleRequest(
                amount_cents=amount,
                member_id=member.id if member else None,
                redeem_points=a.redeem,
                receipt=a.ref,
                at=at,
                coupon=a.coupon,
                key=a.key,
                confirmed=a.yes,
            ),
        )
    s = result.sale
    data = {
        "sale_id": s.id,
        "card": member.card if member else None,
        "receipt": s.receipt,
        "amount": format_cents(s.amount_cents),
        "paid": format_cents(s.paid_cents),
        "points_earned": s.points_earned,
        "points_redeemed": s.points_redeemed,
        "coupon_discount": format_cents(s.coupon_discount_cents),
        "balance": result.balance,
    }
    who = (
        translate("Cli", "{name} ({card})").format(name=member.name, card=member.card)
        if member
        else translate("Cli", "walk-in", "a customer who is not a member")
    )
    text = translate(
        "Cli", "Sale {id} for {who}: paid {paid}, +{earned} / -{redeemed} points"
    ).format(
        id=s.id,
        who=who,
        paid=format_cents(s.paid_cents),
        earned=s.points_earned,
        redeemed=s.points_redeemed,
    )
    ctx.emit(data, text + (_balance(result.balance) if member else ""))


def cmd_refund(ctx: Context) -> None:
    a = ctx.args
    amount = parse_amount(a.amount) if a.amount is not None else None
    with ctx.db.session() as session:
        result = sales.refund_sale(session, ctx.actor, a.sale_id, amount, note=a.note or "")
    r = result.refund
    data = {
        "refund_id": r.id,
        "sale_id": result.sale.id,
        "amount": format_cents(r.amount_cents),
        "points_reversed": r.points_reversed,
        "points_returned": r.points_returned,
        "balance": result.balance,
        "status": result.sale.status,
        "flagged": result.flagged,
    }
    text = translate(
        "Cli",
        "Refunded {amount} of sale {sale}: -{reversed} earned, +{returned} redeemed points back",
    ).format(
        amount=format_cents(r.amount_cents),
        sale=result.sale.id,
        reversed=r.points_reversed,
        returned=r.points_returned,
    )
    if result.balance is not None:
        text += _balance(result.balance)
    if result.flagged:
        text += translate("Cli", " — balance is negative, member flagged")
    ctx.emit(data, text)


def cmd_adjust(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        member = members.identify(session, a.card)
        entry = points.adjust(session, ctx.actor, member, a.points, a.reason)
    ctx.emit(
        {
            "entry_id": entry.id,
            "card": member.card,
            "points": entry.points,
            "balance": member.balance,
        },
        translate("Cli", "Adjusted {card} by {points:+d}: balance {balance}").format(
            card=member.card, points=entry.points, balance=member.balance
        ),
    )


def cmd_import(ctx: Context) -> None:
    a = ctx.args
    options = importing.ImportOptions(
        encoding=a.encoding,
        dry_run=a.dry_run,
        skip_bad=a.skip_bad,
        reject_path=Path(a.reject) if a.reject else None,
        progress=_progress(ctx.args, translate("Cli", IMPORTING[a.what])),
        enrolment_bonus=a.enrolment_bonus,
    )
    try:  # the import commits in batches itself, all or nothing
        if a.what == "members":
            report = importing.import_members(ctx.db, ctx.actor, a.file, options)
        elif a.what == "items":
            report = importing.import_items(ctx.db, ctx.actor, a.file, options)
        else:
            report = importing.import_sales(
                ctx.db,
                ctx.actor,
                a.file,
                options,
                earn_points=not a.no_points,
                create_members=a.create_members,
                items=a.items,
            )
    except ImportFailed as failed:
        _print_problems(ctx, failed)
        raise
    counted = (
        translate("Cli", "Would import {imported} of {rows} {what} rows ({encoding})")
        if a.dry_run
        else translate("Cli", "Imported {imported} of {rows} {what} rows ({encoding})")
    )
    lines = [
        counted.format(
            imported=report.imported,
            rows=report.rows,
            what=translate("Cli", KINDS[a.what]),
            encoding=report.encoding,
        )
    ]
    ignored = translate("Cli", "Unknown column ignored: {column}")
    lines += [ignored.format(column=c) for c in report.unknown_columns]
    lines += [p.describe() for p in report.problems]
    if report.rejected_file:
        lines.append(
            translate("Cli", "%n bad row(s) written to {file}", None, len(report.problems)).format(
                file=report.rejected_file
            )
        )
    if a.dry_run and report.problems:  # the error document carries the problems
        if not ctx.json:
            print("\n".join(lines))
        summary = {k: v for k, v in report.as_dict().items() if k not in ("problems", "file")}
        raise ImportFailed(report.problems, file=Path(a.file).name, **summary)
    ctx.emit({"ok": not report.problems, **report.as_dict()}, "\n".join(lines))


def cmd_export(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session(readonly=True) as session:
        count = exporting.export(session, ctx.actor, a.what, a.file)
    ctx.emit(
        {"file": a.file, "rows": count},
        translate("Cli", "Exported {count} {what} rows to {file}").format(
            count=count, what=translate("Cli", KINDS[a.what]), file=a.file
        ),
    )


# The rules' coded choices, as `rules show` words them.
RULE_WORDS = {
    "floor": QT_TRANSLATE_NOOP("Cli", "floor"),
    "half_up": QT_TRANSLATE_NOOP("Cli", "half_up"),
    "spend": QT_TRANSLATE_NOOP("Cli", "spend"),
    "visits": QT_TRANSLATE_NOOP("Cli", "visits"),
    "first_visit": QT_TRANSLATE_NOOP("Cli", "first_visit"),
    "on_day": QT_TRANSLATE_NOOP("Cli", "on_day"),
}


def _word(code: str) -> str:
    return translate("Cli", RULE_WORDS[code])


def _rules_text(rules: Rules) -> str:
    e, t, b = rules.earning, rules.tiers, rules.bonuses

    def threshold(value: int) -> str:  # cents of spend, or a number of visits
        return (
            display.money(value)
            if t.basis == "spend"
            else translate("Cli", "%n visit(s)", None, value)
        )

    promotion = translate("Cli", "  promotion {name}: {pct}% on weekdays {days} {start}..{end}")
    level = translate("Cli", "  {name}: from {threshold}, {pct}% points, {off}% off")
    reward = translate("Cli", "Reward: {name} = {points} points")
    lines = [
        f"{rules.shop_name} ({rules.timezone})",
        translate(
            "Cli",
            "Earning: %n point(s) per whole yuan paid ({rounding}), "
            "minimum spend {minimum}, cap {cap}",
            None,
            e.points_per_yuan,
        ).format(
            rounding=_word(e.rounding),
            minimum=display.money(e.min_spend_cents),
            cap=e.cap_per_sale or translate("Cli", "none", "no cap"),
        ),
        *(
            promotion.format(
                name=p.name,
                pct=p.multiplier_pct,
                days=p.weekdays or translate("Cli", "all", "every weekday"),
                start=p.start or "",
                end=p.end or "",
            )
            for p in e.promotions
        ),
        translate("Cli", "Redemption: {points} points = 1 yuan off").format(
            points=rules.redemption.points_per_yuan
        ),
        translate("Cli", "Tiers by {basis} over {window}, grace {grace}:").format(
            basis=_word(t.basis),
            window=translate("Cli", "%n month(s)", None, t.window_months),
            grace=translate("Cli", "%n month(s)", None, t.grace_months),
        ),
        *(
            level.format(
                name=x.name,
                threshold=threshold(x.threshold),
                pct=x.multiplier_pct,
                off=x.discount_pct,
            )
            for x in t.levels
        ),
        translate(
            "Cli",
            "Bonuses: enrolment {enrolment}, birthday {birthday} ({mode}, {days} days), "
            "referral {referrer}/{referee}",
        ).format(
            enrolment=b.enrolment_points,
            birthday=b.birthday.points,
            mode=_word(b.birthday.mode),
            days=b.birthday.window_days,
            referrer=b.referral.referrer_points,
            referee=b.referral.referee_points,
        ),
        translate("Cli", "Expiry: after {months}").format(
            months=translate("Cli", "%n month(s)", None, rules.expiry.months)
        )
        if rules.expiry.months
        else translate("Cli", "Expiry: never"),
        *(reward.format(name=r.name, points=r.points) for r in rules.rewards),
    ]
    return "\n".join(lines)


def cmd_rules_show(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        rules = load_rules(session)
    ctx.emit(json.loads(rules.model_dump_json()), _rules_text(rules))


def _read_document(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(
            field="file", reason="file_error", path=path, detail=exc.strerror
        ) from exc


def cmd_rules_set(ctx: Context) -> None:
    rules = parse_rules(_read_document(ctx.args.file))
    with ctx.db.session() as session:
        valid_from = None
        if ctx.args.valid_from:
            day = parse_date(ctx.args.valid_from, field="from")
            valid_from = to_utc(datetime.combine(day, time()), load_rules(session).zone)
        save_rules(session, ctx.actor, rules, valid_from)
    ctx.emit(
        {"ok": True},
        translate("Cli", "Rules saved; they apply from {day}.").format(day=ctx.args.valid_from)
        if ctx.args.valid_from
        else translate("Cli", "Rules saved; they apply from now on."),
    )


def cmd_surveys_show(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        survey_id, definition = surveys.current_survey(session)
    questions = "\n".join(
        f"  {q.kind}: {' / '.join(t for t in (q.wording.zh, q.wording.en) if t)}"
        for q in definition.questions
    )
    how = (
        translate("Cli", "every %n sale(s)", None, definition.every_n)
        if definition.ask == "every_nth"
        else translate("Cli", "member sales", "the survey asks after every member sale")
    )
    summary = (
        translate(
            "Cli", "Survey on: asks {how}, a member at most once in {days}, waits {seconds} s"
        )
        if definition.enabled
        else translate(
            "Cli", "Survey off: asks {how}, a member at most once in {days}, waits {seconds} s"
        )
    )
    days = translate("Cli", "%n day(s)", None, definition.min_days_between)
    ctx.emit(
        {"version": survey_id, **json.loads(definition.model_dump_json())},
        summary.format(how=how, days=days, seconds=definition.timeout_seconds) + "\n" + questions,
    )


def _shown_survey(data: bytes) -> bytes | dict:
    """What `surveys show --json` printed, without the "version" it adds (the saved version's
    id, given by `set`); anything else as it is, for parse_survey to judge."""
    try:
        document = json.loads(data)
    except ValueError:
        return data
    if isinstance(document, dict):
        document.pop("version", None)
    return document


def cmd_surveys_set(ctx: Context) -> None:
    definition = surveys.parse_survey(_shown_survey(_read_document(ctx.args.file)))
    with ctx.db.session() as session:
        row = surveys.save_survey(session, ctx.actor, definition)
    ctx.emit(
        {"ok": True, "version": row.id},
        translate("Cli", "Survey saved (version {version}).").format(version=row.id),
    )


def cmd_surveys_export(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        count = exporting.export(session, ctx.actor, "surveys", ctx.args.file)
    ctx.emit(
        {"file": ctx.args.file, "rows": count},
        translate("Cli", "Exported %n survey response(s) to {file}", None, count).format(
            file=ctx.args.file
        ),
    )


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes: a Chinese character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _targets_text(compared: list[targets.Comparison]) -> list[str]:
    """The month against each target, in columns: figure, target, met or not with the way it
    went since the month before, and the months up to it."""
    if not compared:
        return []
    rows = [
        [
            report_figures.figure_word(c.kpi.label),
            targets.figure_text(c.kpi.unit, c.actual),
            targets.target_text(c, report_figures.figure_word),
            targets.status_text(c, report_figures.figure_word),
            f"{targets.history_text(c)} ({targets.months_met_text(c, report_figures.figure_word)})",
        ]
        for c in compared
    ]
    widths = [max(_columns(row[i]) for row in rows) for i in range(4)]

    def padded(text: str, width: int, right: bool = False) -> str:
        space = " " * (width - _columns(text))
        return space + text if right else text + space

    months = len(compared[0].history)
    lines = [
        translate(
            "Cli",
            "Targets (▲▼: against the month before; then the last %n month(s)):",
            None,
            months,
        )
    ]
    for label, actual, target, status, history in rows:
        lines.append(
            f"  {padded(label, widths[0])}  {padded(actual, widths[1], right=True)}"
            f"  {padded(target, widths[2])}  {padded(status, widths[3])}  {history}"
        )
    return lines


def _report_text(report: metrics.MonthlyReport, kept: dict[str, float] | None = None) -> str:
    """Every KPI with its change against the month before, one to a line, then who the buyers
    were and the RFM segments."""
    m, before = report.metrics, report.previous
    compared = (
        translate("Cli", "compared with {month}").format(month=before.month)
        if before
        else translate("Cli", "no previous month")
    )
    shown = report_figures.figures(report, tr=report_figures.figure_word)
    labels = [report_figures.figure_word(f.kpi.label) for f in shown]
    label_width = max(map(_columns, labels))
    value_width = max(len(f.value_text) for f in shown)
    lines = [
        translate("Cli", "Monthly report {month} ({compared})").format(
            month=report.month, compared=compared
        )
    ]
    lines += [
        f"  {label}{' ' * (label_width - _columns(label))}"
        f"  {f.value_text:>{value_width}}  {f.change_text}"
        for label, f in zip(labels, shown, strict=True)
    ]
    lines += [
        translate(
            "Cli",
            "  buyers: {returning} returning, {new} new; {repeat} bought twice or more",
        ).format(returning=m.returning_buyers, new=m.new_buyers, repeat=m.repeat_buyers),
        translate("Cli", "  segments: {segments}").format(
            segments=translate("Cli", ", ", "between the segments of the monthly report").join(
                f"{report_figures.figure_word(report_figures.SEGMENTS[k].label)} {v}"
                for k, v in report.rfm_segments.items()
            )
        ),
    ]
    lines += _targets_text(targets.compare(report, kept or {}))
    return "\n".join(lines)


def cmd_report_monthly(ctx: Context) -> None:
    a = ctx.args
    month = metrics.parse_month(a.month)
    report = report_cache.monthly_report(ctx.db, month)
    with ctx.db.session(readonly=True) as session:
        shop = load_rules(session).shop_name
        kept = targets.load_targets(session)  # not part of the kept report: --json is the same
    if a.pdf:
        from loyalty_desktop.printing.report_pdf import report_pdf

        report_pdf(
            report,
            a.pdf,
            language=a.lang or i18n.current_language(),
            shop_name=shop,
            database=ctx.db.sqlite_path,
            targets=kept,
        )
    text = _report_text(report, kept)
    if a.pdf:
        text += "\n" + translate("Cli", "PDF written to {file}").format(file=a.pdf)
    ctx.emit(report.as_json(), text)


def _target_dict(metric: str, target: float | None) -> dict[str, Any]:
    """A target as `targets --json` lists it: ``value`` is what `targets set` takes back."""
    value = None if target is None else targets.typed_text(metric, target)
    return {"metric": metric, "target": target, "value": value}


def _target_line(metric: str, target: float) -> str:
    shown = targets.figure_text(report_figures.KPIS[metric].unit, target)
    return f"{report_figures.figure_word(report_figures.KPIS[metric].label)} ({metric}): {shown}"


def cmd_targets_show(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        kept = targets.load_targets(session)
    ctx.emit(
        [_target_dict(metric, target) for metric, target in kept.items()],
        "\n".join(_target_line(metric, target) for metric, target in kept.items())
        or translate("Cli", "No targets set: loyalty targets set METRIC VALUE ({metrics})").format(
            metrics=", ".join(targets.METRICS)
        ),
    )


def cmd_targets_set(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        targets.set_target(session, ctx.actor, a.metric, a.value)
        target = targets.load_targets(session)[a.metric]
    ctx.emit(
        _target_dict(a.metric, target),
        translate("Cli", "Target set: {target}").format(target=_target_line(a.metric, target)),
    )


def cmd_targets_clear(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        targets.set_target(session, ctx.actor, a.metric, None)
    label = report_figures.figure_word(report_figures.KPIS[a.metric].label)
    ctx.emit(
        _target_dict(a.metric, None),
        translate("Cli", "Target cleared: {label} ({metric})").format(label=label, metric=a.metric),
    )


def cmd_report_list(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session(readonly=True) as session:
        as_of = parse_date(a.as_of, field="as-of") if a.as_of else None
        rows = segments.action_list(session, a.list, as_of, days=a.days)
        result = exporting.export_members_list(
            rows, a.file, marketing=a.marketing, database=ctx.db.sqlite_path
        )
    text = translate("Cli", "Exported %n member(s) of {list} to {file}", None, result.written)
    if result.left_out:
        text += translate("Cli", "; {count} left out: no marketing consent").format(
            count=result.left_out
        )
    ctx.emit(
        {"file": a.file, "rows": result.written, "left_out": result.left_out},
        text.format(list=a.list, file=a.file),
    )


def cmd_report_together(ctx: Context) -> None:
    a = ctx.args
    since = add_months(utcnow(), -a.months)
    with ctx.db.session(readonly=True) as session:
        pairs = habits.bought_together(session, since, least=a.least)[: a.limit]
    line = translate(
        "Cli",
        "{first} + {second}: {together} sales together, lift {lift:.2f}, {share} of {first}'s",
    )
    text = "\n".join(
        line.format(
            first=p.first_name,
            second=p.second_name,
            together=p.together,
            lift=p.lift,
            share=display.percent(p.confidence),
        )
        for p in pairs
    ) or translate("Cli", "No items were bought together on {least} sales or more").format(
        least=a.least
    )
    ctx.emit([asdict(p) for p in pairs], text)


def cmd_items_list(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        listed = items.item_list(session)
    ctx.emit(
        [
            {
                "code": i.code,
                "name": i.name,
                "category": i.category,
                "barcode": i.barcode,
                "price_cents": i.price_cents,
            }
            for i in listed
        ],
        "\n".join(
            f"{i.code}  {i.name}  {display.money(i.price_cents)}"
            + (f"  {i.category}" if i.category else "")
            + (f"  {i.barcode}" if i.barcode else "")
            for i in listed
        )
        or translate("Cli", "No items yet: loyalty import items FILE.csv"),
    )


def cmd_messages_list(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        kept = message_templates.templates(session)
    ctx.emit(
        [{"name": t.name, "language": t.language, "text": t.text} for t in kept.values()],
        "\n".join(f"{t.name} ({t.language}): {t.text}" for t in kept.values())
        or translate("Cli", "No message templates."),
    )


def cmd_messages_save(ctx: Context) -> None:
    a = ctx.args
    template = message_templates.parse_template(a.name, a.language, a.text)
    with ctx.db.session() as session:
        message_templates.save_template(session, ctx.actor, template, replaces=a.name.strip())
    ctx.emit(
        {"name": template.name, "fields": template.fields},
        translate("Cli", "Saved message template {name!r}").format(name=template.name),
    )


def cmd_messages_delete(ctx: Context) -> None:
    with ctx.db.session() as session:
        message_templates.delete_template(session, ctx.actor, ctx.args.name)
    ctx.emit(
        {"name": ctx.args.name},
        translate("Cli", "Deleted message template {name!r}").format(name=ctx.args.name),
    )


def cmd_messages_export(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        as_of = parse_date(a.as_of, field="as-of") if a.as_of else None
        template = message_templates.get_template(session, a.template)
        rows = segments.action_list(session, a.list, as_of, days=a.days)
        # Lapsing points and coupons in hand as of the list's day too (its end), not today.
        now = end_of_day(as_of, load_rules(session)) if as_of else None
        rendered = message_templates.render(session, template, rows, now)
        written = message_templates.export(session, ctx.actor, rendered, a.file)
    text = translate("Cli", "Wrote %n message(s) to {file}", None, written).format(file=a.file)
    if rendered.left_out:
        text += translate("Cli", "; ") + message_templates.left_out_text(rendered.left_out)
    ctx.emit({"file": a.file, "rows": written, "left_out": dict(rendered.left_out)}, text)


def cmd_segments_save(ctx: Context) -> None:
    a = ctx.args
    money = {
        key: parse_amount(value, allow_zero=True)
        for key, value in (("min_spend_cents", a.min_spend), ("max_spend_cents", a.max_spend))
        if value is not None
    }
    custom = segments.parse_filter(
        {
            "tier": a.tier,
            "tag": a.tag,
            "birthday_month": a.birthday_month,
            "min_days_since_visit": a.min_days,
            "max_days_since_visit": a.max_days,
            "consent": a.consent,
            **money,
        }
    )
    with ctx.db.session() as session:
        segments.save_filter(session, ctx.actor, a.name, custom)
        count = len(segments.segment_members(session, f"saved:{a.name.strip()}"))
    ctx.emit(
        {"name": a.name, "members": count},
        translate("Cli", "Saved filter {name!r} ({members} now); use it as saved:{name}").format(
            name=a.name, members=translate("Cli", "%n member(s)", None, count)
        ),
    )


def cmd_segments_list(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        kept = segments.saved_filters(session)
    ctx.emit(
        {name: custom.model_dump(exclude_none=True) for name, custom in kept.items()},
        "\n".join(
            f"{name}: {custom.model_dump(exclude_none=True)}" for name, custom in kept.items()
        )
        or translate("Cli", "No saved filters."),
    )


def _as_of(ctx: Context, session: Session) -> datetime | None:
    if not ctx.args.as_of:
        return None
    return end_of_day(parse_date(ctx.args.as_of, field="as-of"), load_rules(session))


def cmd_expire(ctx: Context) -> None:
    with ctx.db.session() as session:
        report = run_expiry(session, ctx.actor, _as_of(ctx, session))
    ctx.emit(
        {
            "as_of": report.as_of.isoformat(),
            "members": report.members,
            "points_expired": report.points,
        },
        translate("Cli", "Expired {points} points of %n member(s)", None, report.members).format(
            points=report.points
        ),
    )


def cmd_housekeeping(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        as_of = _as_of(ctx, session)
    report = run_housekeeping(ctx.db, ctx.actor, as_of)
    ctx.emit(
        asdict(report),
        translate("Cli", "Expired {points} points ({members}), {bonuses}, {downgrades}").format(
            points=report.expired_points,
            members=translate("Cli", "%n member(s)", None, report.expired_members),
            bonuses=translate("Cli", "%n birthday bonus(es)", None, report.birthday_bonuses),
            downgrades=translate("Cli", "%n downgrade(s)", None, report.downgrades),
        ),
    )


def cmd_coupon_template(ctx: Context) -> None:
    a = ctx.args
    terms = coupons.parse_terms(
        {
            "kind": a.kind,
            "value": coupons.value_from_text(a.kind, a.value),
            "cap_cents": parse_amount(a.cap) if a.cap else None,
            "item": a.item or "",
            "min_spend_cents": parse_amount(a.min_spend) if a.min_spend else 0,
            "valid_days": None if a.until else a.days,
            "valid_from": a.valid_from,
            "valid_until": a.until,
            "member_bound": not a.bearer_ok,
            "per_member_limit": a.limit,
            "combine_with_points": not a.no_points,
        }
    )
    with ctx.db.session() as session:
        template = coupons.add_template(session, ctx.actor, a.name, terms)
    ctx.emit(
        {
            "template_id": template.id,
            "name": template.name,
            "offer": _english(terms.describe),
        },
        translate("Cli", "Template {id}: {name} — {offer}").format(
            id=template.id, name=template.name, offer=terms.describe()
        ),
    )


def cmd_coupon_template_list(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        designs = [(t, coupons.parse_terms(t.terms)) for t in coupons.templates(session)]
    rows = [
        {
            "id": t.id,
            "name": t.name,
            "offer": _english(terms.describe),
            "validity": _english(terms.validity),
        }
        for t, terms in designs
    ]
    line = translate("Cli", "{id}  {name} — {offer}; {validity}")
    lines = [
        line.format(id=t.id, name=t.name, offer=terms.describe(), validity=terms.validity())
        for t, terms in designs
    ]
    ctx.emit(rows, "\n".join(lines) or translate("Cli", "No coupon templates yet."))


def cmd_coupon_campaigns_list(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        found = coupons.campaigns(session)
    ctx.emit(
        [
            {
                "id": r.campaign.id,
                "name": r.campaign.name,
                "template": r.template,
                "target": r.campaign.target,
                "issued": r.issued,
                "redeemed": r.redeemed,
                "rate": r.redemption_rate,
            }
            for r in found
        ],
        "\n".join(
            translate(
                "Cli",
                "{id}  {name} ({template}, {target}): {redeemed} of {issued} redeemed ({rate})",
            ).format(
                id=r.campaign.id,
                name=r.campaign.name,
                template=r.template,
                target=r.campaign.target,
                redeemed=r.redeemed,
                issued=r.issued,
                rate=display.percent(r.redemption_rate),
            )
            for r in found
        )
        or translate("Cli", "No campaigns yet."),
    )


def cmd_coupon_issue(ctx: Context) -> None:
    a = ctx.args
    with ctx.db.session() as session:
        ids: list[int]
        if a.member:
            ids, target = [saved_id(members.identify(session, a.member))], f"member {a.member}"
        elif a.segment:
            ids, target = segments.segment_members(session, a.segment), f"segment {a.segment}"
        else:
            ids, target = [], f"{a.bearer} bearer"
        result = coupons.issue(
            session,
            ctx.actor,
            a.template,
            member_ids=ids,
            bearer=a.bearer or 0,
            target=target,
            name=a.campaign,
        )
        bearer = translate("Cli", "bearer", "a coupon anyone holding it may use")
        cards = members.card_numbers(session, [c.member_id for c in result.coupons if c.member_id])
        rules = load_rules(session)
        issued = [
            {
                "code": coupons.grouped(c.code),
                "card": cards.get(c.member_id) if c.member_id else None,
                "expires_at": c.expires_at.isoformat(),
                "last_day": coupons.last_valid_day(c, rules.zone).isoformat(),
            }
            for c in result.coupons
        ]
        if a.pdf:  # inside the transaction: a sheet that cannot be written issues nothing
            coupon_sheet(
                rules.shop_name,
                coupons.printable(session, result.coupons),
                a.pdf,
                ctx.db.sqlite_path,
            )
    ctx.emit(
        {
            "campaign_id": result.campaign.id,
            "campaign": result.campaign.name,
            "coupons": issued,
            "skipped": result.skipped,
        },
        "\n".join(
            [
                translate(
                    "Cli",
                    "Campaign {id} ({name}): %n coupon(s), {skipped} skipped at the limit",
                    None,
                    len(issued),
                ).format(id=result.campaign.id, name=result.campaign.name, skipped=result.skipped)
            ]
            + [f"  {c['code']}  {c['card'] or bearer}" for c in issued]
        ),
    )


def cmd_coupon_void(ctx: Context) -> None:
    with ctx.db.session() as session:
        coupon = coupons.void(session, ctx.actor, ctx.args.code, ctx.args.reason)
    ctx.emit(
        {"code": coupons.grouped(coupon.code), "status": coupon.status},
        translate("Cli", "Coupon {code} is void.").format(code=coupons.grouped(coupon.code)),
    )


def cmd_check(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        problems = check.run_checks(session, full=ctx.args.full)
    if problems:
        failed = ChecksFailed(problems)
        _print_problems(ctx, failed)
        raise failed
    ctx.emit({"ok": True, "problems": []}, translate("Cli", "All checks passed."))


def _audit_filter(session: Session, a: argparse.Namespace) -> audit.AuditFilter:
    staff_id = None
    if a.by is not None:
        named = [row.id for row in auth.staff_list(session) if row.name == a.by.strip()]
        if not named:
            raise InvalidInput(field="by", reason="no_staff_named", name=a.by)
        staff_id = named[0]
    return audit.AuditFilter(
        staff_id=staff_id,
        action_prefix=a.action,
        since=parse_date(a.since, field="since") if a.since else None,
        until=parse_date(a.until, field="until") if a.until else None,
    )


def cmd_audit(ctx: Context) -> None:
    """The audit trail, newest first (the owner's): read here, or all of it to a CSV file."""
    a = ctx.args
    with ctx.db.session(readonly=a.export is None) as session:
        chosen = _audit_filter(session, a)
        if a.export is not None:
            written = audit.export_audit(session, ctx.actor, chosen, a.export)
            text = translate("Cli", "%n audit line(s) saved to {file}", None, written)
            ctx.emit({"file": a.export, "lines": written}, text.format(file=a.export))
            return
        lines = audit.audit_lines(
            session,
            ctx.actor,
            staff_id=chosen.staff_id,
            action_prefix=chosen.action_prefix,
            since=chosen.since,
            until=chosen.until,
            limit=a.limit,
        )
    data = [
        {
            "when": line.local.isoformat(timespec="seconds"),
            "staff": line.staff_name or None,
            "till": line.till,
            "action": line.action,
            "subject": line.subject,
            "detail": line.detail,
        }
        for line in lines
    ]
    text = "\n".join(
        "  ".join(
            [
                line.local.strftime("%Y-%m-%d %H:%M:%S"),
                shown_word(line.staff_name) if line.staff_name else "—",
                line.till,
                audit_words.action_label(line.action),
                line.subject,
                audit_words.details_text(line.detail),
            ]
        ).rstrip()
        for line in lines
    )
    ctx.emit(data, text or translate("Cli", "No audit lines match."))


def cmd_backup(ctx: Context) -> None:
    result = backup.backup(
        ctx.db,
        ctx.actor,
        ctx.args.target,
        progress=_progress(ctx.args, translate("Cli", "Backing up")),
    )
    removed = [str(path) for path in result.removed]
    lines = [
        translate("Cli", "Backed up to {file} ({size:,} KB)").format(
            file=result.path, size=-(-result.size // 1024)
        ),
        *(translate("Cli", "Rotated out: {file}").format(file=path) for path in removed),
    ]
    ctx.emit({"file": str(result.path), "size": result.size, "removed": removed}, "\n".join(lines))


def cmd_sync_export(ctx: Context) -> None:
    with ctx.db.session() as session:
        result = export_package(session, ctx.actor, Path(ctx.args.folder))
    path = str(result.path) if result.path else None
    text = (
        translate("Cli", "Exported to {path}: {rows}").format(
            path=path, rows=counts_text(result.rows)
        )
        if path
        else translate("Cli", "Nothing new to export since package {sequence}.").format(
            sequence=result.sequence
        )
    )
    ctx.emit({"package": path, "sequence": result.sequence, "rows": result.rows}, text)


def cmd_sync_head(ctx: Context) -> None:
    with ctx.db.session() as session:
        if ctx.args.head is not None:
            head_till.set_head(session, ctx.actor, ctx.args.head)
        on = head_till.is_head(session, ctx.actor.till_id)
        shop_head = head_till.shop_head(session)
    text = (
        translate("Cli", "This till is the head till: its rules, survey and staff travel.")
        if on
        else translate("Cli", "This till is not the head till (the shop's head: {till}).").format(
            till=shop_head or translate("Cli", "none")
        )
    )
    ctx.emit({"head": on, "shop_head": shop_head}, text)


def cmd_sync_import(ctx: Context) -> None:
    with ctx.db.session() as session:
        summary = import_packages(session, ctx.actor, [Path(f) for f in ctx.args.folders])
    lines = [
        translate("Cli", "Packages imported: {names}").format(
            names=", ".join(summary.imported) or translate("Cli", "none")
        ),
        translate("Cli", "Rows in: {rows}").format(rows=counts_text(summary.rows_in)),
        translate("Cli", "Already here (skipped): {rows}").format(
            rows=counts_text(summary.duplicates)
        ),
    ]
    if summary.waiting:
        lines.append(
            translate("Cli", "Waiting for earlier packages: {names}").format(
                names=", ".join(summary.waiting)
            )
        )
    lines += [
        translate("Cli", "Conflict: {what}").format(what=conflict_text(c))
        for c in summary.conflicts
    ]
    ctx.emit(summary.as_dict(), "\n".join(lines))


def cmd_sync_conflicts(ctx: Context) -> None:
    with ctx.db.session(readonly=True) as session:
        log = member_changes.edit_conflicts(session, ctx.actor)
    text = "\n".join(conflict_text(c) for c in log) or translate("Cli", "No edit conflicts.")
    ctx.emit(log, text)


def cmd_database_move(ctx: Context) -> None:
    moved = move_to_server.move_to_server(
        ctx.db,
        ctx.actor,
        ctx.args.url,
        progress=_progress(ctx.args, translate("Cli", "Moving to the server")),
    )
    ctx.emit(
        {"target": moved.target, "rows": moved.rows, "tables": moved.tables},
        translate(
            "Cli",
            "Moved {rows} to {target}; `loyalty check` passes on both and every table has "
            "the same rows. {source} is unchanged.",
        ).format(
            rows=translate("Cli", "%n row(s)", None, moved.rows),
            target=moved.target,
            source=ctx.db.display_name(),
        ),
    )


def _confirm_restore(args: argparse.Namespace, database: str, file: Path) -> None:
    """On a terminal the owner says yes (or gives ``--yes``). A script restores as DESIGN.md §5
    has it, ``loyalty restore FILE``: nothing is lost, the data before is kept as a copy."""
    if args.yes or not sys.stdin.isatty() or _wants_json(args):
        return
    question = translate(
        "Cli",
        "Replace the shop's data in {database} with {file}? The current data is kept as a "
        "pre-restore copy. [y/N] ",
    ).format(database=database, file=file)
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().casefold()
    if answer not in ("y", "yes", translate("Cli", "y", "the answer yes to a [y/N] question")):
        raise RestoreRefused(path=file, reason="not_confirmed")


def cmd_restore(ctx: Context) -> None:
    file = Path(ctx.args.file)
    _confirm_restore(ctx.args, ctx.db.display_name(), file)
    result = backup.restore(
        ctx.db, file, ctx.actor, progress=_progress(ctx.args, translate("Cli", "Restoring"))
    )
    _say_restored(ctx.args, ctx.db.display_name(), result)


def restore_over_damaged(args: argparse.Namespace, url: str) -> None:
    """``loyalty restore`` when the shop's file is damaged: no shop to open, nobody to sign in."""
    live = sqlite_file(url)
    assert live is not None  # only a SQLite file is found damaged
    file = Path(args.file)
    _confirm_restore(args, str(live), file)
    progress = _progress(args, translate("Cli", "Restoring"))
    result = backup.restore_over_damaged(live, file, config.till_id(), progress=progress)
    _say_restored(args, str(live), result, damaged=True)


def _say_restored(
    args: argparse.Namespace, database: str, result: backup.RestoreResult, damaged: bool = False
) -> None:
    kept = str(result.pre_restore) if result.pre_restore else None
    text = translate("Cli", "Restored {file} (schema {revision}) into {database}").format(
        file=result.path, revision=result.revision, database=database
    )
    if kept:
        said = (
            translate("Cli", "The damaged file is kept as {file}")
            if damaged
            else translate("Cli", "The data before the restore is kept in {file}")
        )
        text += "\n" + said.format(file=kept)
    data = {"file": str(result.path), "database": database, "revision": result.revision}
    emit(args, {**data, "pre_restore": kept}, text)


# --- argument parsing ---------------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    """Options every command takes, before or after the command name."""
    common = _Parser(add_help=False)
    config.add_database_options(common, default=argparse.SUPPRESS)
    common.add_argument(
        "--staff",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help=translate("Cli", "act as this staff account (its PIN is asked, or LOYALTY_PIN)"),
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=translate("Cli", "print one JSON document on stdout"),
    )
    return common


def _import_columns() -> str:
    """`import --help`'s list of columns, from the importer's own tables."""
    chinese = ", ".join(
        f"{zh} {en}" for zh, en in importing.COLUMN_ALIASES.items() if not zh.isascii()
    )
    members, sales = ", ".join(importing.MEMBER_COLUMNS), ", ".join(importing.SALE_COLUMNS)
    return "\n".join(
        [
            translate("Cli", "columns (a header row; any order, any case):"),
            translate("Cli", "  members: {columns}").format(columns=members),
            translate(
                "Cli",
                "    name is required, and card or phone; points is an opening balance "
                "(also: balance)",
            ),
            translate("Cli", "  sales: {columns}").format(columns=sales),
            translate(
                "Cli",
                "    receipt, timestamp and amount are required; card or phone finds the member\n"
                "    (neither: a walk-in sale)",
            ),
            textwrap.fill(
                chinese,
                72,
                initial_indent=translate("Cli", "  Chinese: "),
                subsequent_indent="    ",
            ),
            translate(
                "Cli",
                "dates YYYY-MM-DD or 1980/1/2; times YYYY-MM-DD HH:MM[:SS] or 2026/11/22 9:15 "
                "(shop\ntime); amounts in yuan: 88.50, 1,280.00; files in UTF-8, UTF-8 with BOM "
                "or GBK.",
            ),
            translate("Cli", "Every format: {doc}").format(doc="docs/csv.md"),
        ]
    )


def _action_list_arguments(p: argparse.ArgumentParser) -> None:
    """LIST FILE.csv [--days N] [--as-of DATE]: an action list, where it goes, as of when."""
    p.add_argument(
        "list",
        help=translate("Cli", "{lists} or saved:NAME").format(
            lists=", ".join(segments.ACTION_LISTS)
        ),
    )
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument(
        "--days",
        type=whole(DAYS_MAX),
        default=60,
        help=translate("Cli", "lapsed: no visit in this many days"),
    )
    p.add_argument(
        "--as-of", metavar="DATE", help=translate("Cli", "the day the list is drawn up for")
    )


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="loyalty",
        parents=[common],
        description=translate("Cli", "loyalty-desktop from the command line"),
    )
    parser.add_argument("--version", action="version", version=f"loyalty {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, func: Callable[[Context], None], help_: str, parent: Any = sub
    ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    command("init", cmd_init, translate("Cli", "create or migrate the database")).set_defaults(
        creates=True
    )
    p = command("demo", cmd_demo, translate("Cli", "fill an empty database with a demo shop"))
    p.set_defaults(creates=True)
    p.add_argument("--members", type=whole(100_000, low=1), default=500)
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate("Cli", "show progress even when not on a terminal"),
    )
    p.add_argument("--months", type=whole(120, low=1), default=12)
    p.add_argument("--seed", type=whole(INT64_MAX), default=1)

    member = sub.add_parser(
        "member", help=translate("Cli", "enrol and find members")
    ).add_subparsers(dest="member_command", required=True, metavar="SUBCOMMAND")
    p = command("add", cmd_member_add, translate("Cli", "enrol a member"), member)
    p.add_argument("--name", required=True)
    p.add_argument("--phone")
    p.add_argument("--birthday", metavar="YYYY-MM-DD")
    p.add_argument(
        "--card",
        metavar="LEGACY_CARD",
        help=translate("Cli", "keep a card number from a previous system"),
    )
    p.add_argument(
        "--consent", action="store_true", help=translate("Cli", "agrees to receive marketing")
    )
    p.add_argument(
        "--referrer", metavar="CARD", help=translate("Cli", "card or phone of the referring member")
    )
    p.add_argument("--tags", help=translate("Cli", "tags separated by ;"))
    p = command(
        "edit",
        cmd_member_edit,
        translate("Cli", "change a member's name, phone, birthday, tags or consent"),
        member,
    )
    p.add_argument("who", metavar="CARD_OR_PHONE")
    p.add_argument("--name")
    p.add_argument("--phone", help=translate("Cli", "none: no phone"))
    p.add_argument("--birthday", metavar="YYYY-MM-DD", help=translate("Cli", "none: no birthday"))
    p.add_argument("--tags", help=translate("Cli", "tags separated by ; (replace the member's)"))
    p.add_argument(
        "--consent",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate("Cli", "agrees (or no longer agrees) to receive marketing"),
    )
    p = command(
        "replace-card",
        cmd_member_replace_card,
        translate("Cli", "give a member a new card number for a lost card"),
        member,
    )
    p.add_argument("who", metavar="CARD_OR_PHONE")
    p.add_argument(
        "--card",
        metavar="NEW",
        help=translate("Cli", "a number from pre-printed card stock (default: a new number)"),
    )
    p = command(
        "export-data",
        cmd_member_export_data,
        translate(
            "Cli", "write everything held about a member into a folder: JSON and CSV (owner only)"
        ),
        member,
    )
    p.add_argument("who", metavar="CARD_OR_PHONE")
    p.add_argument("folder", metavar="DIR")
    p = command(
        "erase",
        cmd_member_erase,
        translate(
            "Cli",
            "erase a member's personal details at their request; sales and points stay "
            "(owner only)",
        ),
        member,
    )
    p.add_argument("who", metavar="CARD_OR_PHONE")
    p.add_argument(
        "--reason", required=True, help=translate("Cli", "why, e.g. the request and its date")
    )
    p.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    p = command(
        "cards", cmd_member_cards, translate("Cli", "print member cards on an A4 sheet"), member
    )
    p.set_defaults(readonly=True)
    p.add_argument("who", nargs="*", metavar="CARD_OR_PHONE")
    p.add_argument(
        "--blank",
        type=whole(1000),
        default=0,
        metavar="N",
        help=translate("Cli", "N blank cards with new numbers for pre-printed stock"),
    )
    p.add_argument("--pdf", metavar="FILE", required=True)
    p = command(
        "find",
        cmd_member_find,
        translate("Cli", "find members by card, phone, last 4 digits or name"),
        member,
    )
    p.set_defaults(readonly=True)
    p.add_argument("query")

    p = command(
        "sale", cmd_sale, translate("Cli", "record a sale (CARD_OR_PHONE '-' for a walk-in)")
    )
    p.add_argument("who", metavar="CARD_OR_PHONE")
    p.add_argument("amount", metavar="AMOUNT", help=translate("Cli", "in yuan, e.g. 88.50"))
    p.add_argument("--redeem", type=whole(INT64_MAX), default=0, metavar="POINTS")
    p.add_argument("--ref", metavar="RECEIPT")
    p.add_argument(
        "--at", metavar="TIMESTAMP", help=translate("Cli", "back-dated receipt, shop time")
    )
    p.add_argument(
        "--coupon", metavar="CODE", help=translate("Cli", "redeem a coupon on this sale")
    )
    p.add_argument(
        "--key",
        metavar="UUID",
        help=translate("Cli", "idempotency key: the same key again gives the first sale"),
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "confirm an amount above the rules' confirm threshold"),
    )

    p = command("refund", cmd_refund, translate("Cli", "refund a sale, whole or in part"))
    p.add_argument("sale_id", type=whole(INT64_MAX, low=1), metavar="SALE_ID")
    p.add_argument(
        "amount", nargs="?", metavar="AMOUNT", help=translate("Cli", "default: all that is left")
    )
    p.add_argument("--note")

    p = command("adjust", cmd_adjust, translate("Cli", "owner's points correction with a reason"))
    p.add_argument("card", metavar="CARD_OR_PHONE")
    p.add_argument("points", type=whole(INT64_MAX, low=-INT64_MAX))
    p.add_argument("--reason", required=True)

    p = command(
        "import", cmd_import, translate("Cli", "import members, sales or the item list from CSV")
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = _import_columns()
    p.add_argument("what", choices=["members", "sales", "items"])
    p.add_argument("file")
    p.add_argument("--encoding", choices=["auto", "utf-8", "gbk"], default="auto")
    p.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "check and report, write nothing")
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate("Cli", "show progress even when not on a terminal"),
    )
    p.add_argument(
        "--skip-bad",
        action="store_true",
        help=translate("Cli", "import the good rows, write the bad ones to a reject file"),
    )
    p.add_argument(
        "--reject", metavar="FILE", help=translate("Cli", "reject file (default FILE.rejected.csv)")
    )
    p.add_argument(
        "--no-points", action="store_true", help=translate("Cli", "imported sales earn no points")
    )
    p.add_argument(
        "--enrolment-bonus",
        action="store_true",
        help=translate(
            "Cli",
            "members imported or enrolled by --create-members get the enrolment bonus "
            "(by default they are not new members)",
        ),
    )
    p.add_argument(
        "--create-members",
        action="store_true",
        help=translate("Cli", "enrol unknown cards/phones instead of refusing the row"),
    )
    p.add_argument(
        "--items",
        metavar="FILE",
        help=translate(
            "Cli",
            "sales only: the sales' lines (receipt, code, name, category, quantity, "
            "unit_price), adding up to each sale's amount",
        ),
    )

    item = sub.add_parser("items", help=translate("Cli", "the shop's item list")).add_subparsers(
        dest="items_command", required=True, metavar="SUBCOMMAND"
    )
    p = command("list", cmd_items_list, translate("Cli", "the items the till sells"), item)
    p.set_defaults(readonly=True)

    p = command(
        "export", cmd_export, translate("Cli", "export members, sales or the points ledger to CSV")
    )
    p.set_defaults(readonly=True)
    p.add_argument("what", choices=sorted(exporting.EXPORTS))
    p.add_argument("file")

    coupon = sub.add_parser(
        "coupons", help=translate("Cli", "coupon templates and issuing")
    ).add_subparsers(dest="coupons_command", required=True, metavar="SUBCOMMAND")
    template = coupon.add_parser(
        "template", help=translate("Cli", "coupon templates")
    ).add_subparsers(dest="template_command", required=True, metavar="SUBCOMMAND")
    p = command("add", cmd_coupon_template, translate("Cli", "design a coupon"), template)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=["fixed", "percent", "free_item", "points"])
    p.add_argument(
        "--value",
        required=True,
        help=translate(
            "Cli",
            "yuan off (fixed), percent (percent), item price in yuan (free_item), points (points)",
        ),
    )
    p.add_argument("--min-spend", metavar="YUAN")
    p.add_argument(
        "--cap", metavar="YUAN", help=translate("Cli", "percent coupons: most money off")
    )
    p.add_argument("--item", help=translate("Cli", "free_item: what is given"))
    p.add_argument(
        "--days",
        type=whole(DAYS_MAX, low=1),
        default=30,
        help=translate("Cli", "valid for D days from issue"),
    )
    p.add_argument(
        "--from",
        dest="valid_from",
        metavar="DATE",
        help=translate("Cli", "first valid day (default: the day it is issued)"),
    )
    p.add_argument(
        "--until", metavar="DATE", help=translate("Cli", "last valid day (instead of --days)")
    )
    p.add_argument(
        "--bearer-ok", action="store_true", help=translate("Cli", "anyone holding it may use it")
    )
    p.add_argument(
        "--limit", type=whole(COUNT_MAX, low=1), help=translate("Cli", "at most N per member")
    )
    p.add_argument(
        "--no-points", action="store_true", help=translate("Cli", "not with points redemption")
    )
    command(
        "list", cmd_coupon_template_list, translate("Cli", "the coupon templates"), template
    ).set_defaults(readonly=True)
    campaigns = coupon.add_parser("campaigns", help=translate("Cli", "issue runs")).add_subparsers(
        dest="campaigns_command", required=True, metavar="SUBCOMMAND"
    )
    help_ = translate("Cli", "campaigns and their redemption rates")
    command("list", cmd_coupon_campaigns_list, help_, campaigns).set_defaults(readonly=True)
    p = command(
        "issue", cmd_coupon_issue, translate("Cli", "issue coupons as one campaign"), coupon
    )
    p.add_argument("--template", type=whole(INT64_MAX, low=1), required=True, metavar="ID")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="CARD")
    who.add_argument(
        "--segment",
        metavar="NAME",
        help=translate("Cli", "all, tier:NAME, tag:TAG, birthday-month:M or lapsed:DAYS"),
    )
    who.add_argument("--bearer", type=whole(COUNT_MAX, low=1), metavar="N")
    p.add_argument("--campaign", metavar="NAME")
    p.add_argument("--pdf", metavar="FILE", help=translate("Cli", "also print them on an A4 sheet"))
    p = command("void", cmd_coupon_void, translate("Cli", "void an open coupon (owner)"), coupon)
    p.add_argument("code")
    p.add_argument("--reason", required=True)

    rules = sub.add_parser(
        "rules", help=translate("Cli", "the programme's rules as one JSON document")
    )
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, metavar="SUBCOMMAND")
    p = command(
        "show",
        cmd_rules_show,
        translate("Cli", "print the rules (--json: the whole document)"),
        rules_sub,
    )
    p.set_defaults(readonly=True)
    p = command(
        "set",
        cmd_rules_set,
        translate("Cli", "replace the rules with a validated JSON file"),
        rules_sub,
    )
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "--from",
        dest="valid_from",
        metavar="DATE",
        help=translate("Cli", "in force from the start of this past date (for imported history)"),
    )

    survey = sub.add_parser(
        "surveys", help=translate("Cli", "the counter survey and its answers")
    ).add_subparsers(dest="surveys_command", required=True, metavar="SUBCOMMAND")
    p = command(
        "show",
        cmd_surveys_show,
        translate("Cli", "print the survey (--json: the whole document)"),
        survey,
    )
    p.set_defaults(readonly=True)
    p = command(
        "set",
        cmd_surveys_set,
        translate("Cli", "replace the survey with a validated JSON file"),
        survey,
    )
    p.add_argument("file", metavar="FILE.json")
    p = command(
        "export", cmd_surveys_export, translate("Cli", "export every response to CSV"), survey
    )
    p.set_defaults(readonly=True)
    p.add_argument("file", metavar="FILE.csv")

    report = sub.add_parser(
        "report", help=translate("Cli", "the monthly report and action lists")
    ).add_subparsers(dest="report_command", required=True, metavar="SUBCOMMAND")
    p = command(
        "monthly",
        cmd_report_monthly,
        translate("Cli", "the monthly repeat-customer report"),
        report,
    )
    p.set_defaults(readonly=True)
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--pdf", metavar="FILE", help=translate("Cli", "also write the report as a PDF"))
    p.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default=None,
        help=translate("Cli", "PDF language (default: this till's language)"),
    )
    p = command(
        "together",
        cmd_report_together,
        translate("Cli", "items bought together (pairs by lift), for bundles"),
        report,
    )
    p.set_defaults(readonly=True)
    p.add_argument(
        "--months",
        type=whole(120, 1),
        default=6,
        help=translate("Cli", "from the sales of this many months back (default 6)"),
    )
    p.add_argument(
        "--least",
        type=whole(1_000_000, 1),
        default=3,
        help=translate("Cli", "only pairs on at least this many sales (default 3)"),
    )
    p.add_argument(
        "--limit",
        type=whole(10_000, 1),
        default=20,
        help=translate("Cli", "at most this many pairs"),
    )
    p = command(
        "list", cmd_report_list, translate("Cli", "export an action list of members to CSV"), report
    )
    p.set_defaults(readonly=True)
    _action_list_arguments(p)
    p.add_argument(
        "--marketing",
        action="store_true",
        help=translate("Cli", "for marketing: only members who agreed to receive it"),
    )

    message = sub.add_parser(
        "messages", help=translate("Cli", "message templates for SMS or WeChat")
    ).add_subparsers(dest="messages_command", required=True, metavar="SUBCOMMAND")
    command(
        "list", cmd_messages_list, translate("Cli", "the message templates"), message
    ).set_defaults(readonly=True)
    p = command(
        "save",
        cmd_messages_save,
        translate("Cli", "save a message template (replacing one of that name)"),
        message,
    )
    p.add_argument("name")
    p.add_argument(
        "text",
        help=translate("Cli", "the message; fields: {fields}").format(
            fields=message_templates.field_list()
        ),
    )
    p.add_argument("--language", choices=i18n.LANGUAGES, default=i18n.LANGUAGES[0])
    p = command(
        "delete", cmd_messages_delete, translate("Cli", "delete a message template"), message
    )
    p.add_argument("name")
    p = command(
        "export",
        cmd_messages_export,
        translate("Cli", "one message for each consenting member of an action list, to CSV"),
        message,
    )
    _action_list_arguments(p)
    p.add_argument("--template", required=True, metavar="NAME")

    p = command(
        "targets",
        cmd_targets_show,
        translate("Cli", "the owner's KPI targets, shown against each monthly report"),
    )
    p.set_defaults(readonly=True)
    target = p.add_subparsers(dest="targets_command", metavar="SUBCOMMAND")
    metric_help = translate("Cli", "one of {metrics}").format(metrics=", ".join(targets.METRICS))
    p = command(
        "set",
        cmd_targets_set,
        translate("Cli", "set a target (owner or manager)"),
        target,
    )
    p.set_defaults(readonly=False)
    p.add_argument("metric", metavar="METRIC", help=metric_help)
    p.add_argument(
        "value",
        metavar="VALUE",
        help=translate(
            "Cli", "as the owner says it: 25 for 25%%, 88.50 yuan, NPS -100..100, CSAT 1..5"
        ),
    )
    p = command("clear", cmd_targets_clear, translate("Cli", "clear a target"), target)
    p.set_defaults(readonly=False)
    p.add_argument("metric", metavar="METRIC", help=metric_help)

    segment = sub.add_parser(
        "segments", help=translate("Cli", "saved member filters")
    ).add_subparsers(dest="segments_command", required=True, metavar="SUBCOMMAND")
    p = command(
        "save", cmd_segments_save, translate("Cli", "save a member filter as saved:NAME"), segment
    )
    p.add_argument("name")
    p.add_argument("--tier")
    p.add_argument("--tag")
    p.add_argument("--birthday-month", type=whole(COUNT_MAX), metavar="M")
    p.add_argument(
        "--min-days",
        type=whole(DAYS_MAX),
        metavar="N",
        help=translate("Cli", "at least N days since the last visit"),
    )
    p.add_argument(
        "--max-days",
        type=whole(DAYS_MAX),
        metavar="N",
        help=translate("Cli", "at most N days since the last visit"),
    )
    p.add_argument(
        "--min-spend", metavar="YUAN", help=translate("Cli", "spent at least this in 12 months")
    )
    p.add_argument(
        "--max-spend", metavar="YUAN", help=translate("Cli", "spent at most this in 12 months")
    )
    consent = p.add_mutually_exclusive_group()
    consent.add_argument("--consent", action="store_true", default=None)
    consent.add_argument("--no-consent", dest="consent", action="store_false")
    command(
        "list", cmd_segments_list, translate("Cli", "the saved member filters"), segment
    ).set_defaults(readonly=True)

    p = command("expire", cmd_expire, translate("Cli", "run points expiry (idempotent)"))
    p.add_argument(
        "--as-of", metavar="DATE", help=translate("Cli", "expire what lapsed by the end of DATE")
    )
    p = command(
        "housekeeping",
        cmd_housekeeping,
        translate("Cli", "expiry, birthday bonuses on the day, monthly tier review (idempotent)"),
    )
    p.add_argument("--as-of", metavar="DATE")

    p = command("check", cmd_check, translate("Cli", "verify every data invariant"))
    p.set_defaults(readonly=True)
    p.add_argument(
        "--full",
        action="store_true",
        help=translate(
            "Cli", "also check every index of the database file against its table (slow)"
        ),
    )

    p = command(
        "audit", cmd_audit, translate("Cli", "read or export the audit trail, newest first (owner)")
    )
    p.add_argument("--by", metavar="NAME", help=translate("Cli", "one staff member's lines"))
    p.add_argument(
        "--action",
        metavar="ACTION",
        help=translate("Cli", "one action (sale.refund), or a family ending in a dot (staff.)"),
    )
    p.add_argument("--since", metavar="DATE", help=translate("Cli", "from this shop day"))
    p.add_argument("--until", metavar="DATE", help=translate("Cli", "up to this shop day"))
    p.add_argument("--limit", type=whole(1_000_000, low=1), default=audit.SHOWN)
    p.add_argument(
        "--export", metavar="FILE", help=translate("Cli", "every matching line to a CSV file")
    )

    p = command(
        "backup",
        cmd_backup,
        translate("Cli", "back the shop up with SQLite's online backup (SQLite shops)"),
    )
    p.set_defaults(sqlite_only=backup.refuse_postgres_backup)
    p.add_argument(
        "target",
        nargs="?",
        metavar="FILE_OR_DIR",
        help=translate(
            "Cli",
            "a folder gets a dated file, another path is the file; default: this till's backup "
            "folder, rotated to 7 daily, 4 weekly, 12 monthly backups",
        ),
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate("Cli", "show progress even when not on a terminal"),
    )
    p = command(
        "restore",
        cmd_restore,
        translate(
            "Cli",
            "replace the shop's data with a checked backup; the current data is kept as a "
            "pre-restore copy (owner)",
        ),
    )
    p.set_defaults(sqlite_only=backup.refuse_postgres_restore, creates=True)
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--yes", action="store_true", help=translate("Cli", "do not ask for confirmation")
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate("Cli", "show progress even when not on a terminal"),
    )
    sync = sub.add_parser(
        "sync", help=translate("Cli", "till-to-till sync packages in a shared folder")
    ).add_subparsers(dest="sync_command", required=True, metavar="SUBCOMMAND")
    p = command(
        "export",
        cmd_sync_export,
        translate(
            "Cli", "write what this till made since its last export as a package (owner, manager)"
        ),
        sync,
    )
    p.add_argument("folder", metavar="DIR", help=translate("Cli", "the sync folder"))
    p = command(
        "import",
        cmd_sync_import,
        translate(
            "Cli",
            "import other tills' packages; already imported ones are skipped (owner, manager)",
        ),
        sync,
    )
    p.add_argument(
        "folders",
        metavar="DIR",
        nargs="+",
        help=translate("Cli", "a package, or a sync folder holding packages"),
    )
    command(
        "conflicts",
        cmd_sync_conflicts,
        translate(
            "Cli", "member edits made at two tills offline: the values that lost (owner, manager)"
        ),
        sync,
    )
    p = command(
        "head",
        cmd_sync_head,
        translate("Cli", "show or set whether this till is the head till (owner)"),
        sync,
    )
    on_off = p.add_mutually_exclusive_group()
    on_off.add_argument(
        "--on",
        dest="head",
        action="store_const",
        const=True,
        help=translate("Cli", "this till's rules, survey and staff travel to the other tills"),
    )
    on_off.add_argument(
        "--off",
        dest="head",
        action="store_const",
        const=False,
        help=translate("Cli", "this till no longer sends them"),
    )
    database = sub.add_parser(
        "database", help=translate("Cli", "where the shop is kept")
    ).add_subparsers(dest="database_command", required=True, metavar="SUBCOMMAND")
    p = command(
        "move-to-server",
        cmd_database_move,
        translate(
            "Cli",
            "copy this shop into an empty PostgreSQL database and check both (owner); this "
            "shop's database is left as it is",
        ),
        database,
    )
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB")
    p.add_argument(
        "--progress",
        action="store_true",
        help=translate("Cli", "show progress even when not on a terminal"),
    )
    p.set_defaults(readonly=True)
    return parser


def _as_loyalty_error(error: Exception, url: str | None) -> LoyaltyError:
    """Every failure a command can meet, as the typed error it is reported as."""
    if isinstance(error, LoyaltyError):
        return error
    if isinstance(error, OSError):  # a file that cannot be read or written
        detail = error.strerror or str(error)
        return FileFailed(path=error.filename or "file", reason="detail", detail=detail)
    # SQLAlchemyError, e.g. a locked or read-only database, or a URL that cannot be parsed
    reason = str(getattr(error, "orig", None) or error).splitlines()[0]
    return DatabaseError(url=masked_url(url) if url else "", reason="detail", detail=reason)


def _fail(error: LoyaltyError, as_json: bool) -> None:
    """The one line a failing command prints on stderr, and with ``--json`` the error document
    on stdout (a failed import's or check's problems inside it)."""
    if as_json:
        document = {"code": error.code, "message": render(error), **error.params}
        if isinstance(error, ProblemsFound):
            document["problems"] = [p.as_dict() for p in error.problems]
        print(json.dumps({"error": document}, ensure_ascii=False, default=str))
    line = " ".join(render(error).split())
    error_word = translate("Cli", "error")
    print(f"loyalty: {error_word}: {line}", file=sys.stderr)


def _run(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except InvalidUsage as error:
        _fail(error, as_json="--json" in argv)  # asked for JSON, even if the rest is unclear
        return EXIT_USAGE
    except SystemExit as done:  # --help, --version: argparse has printed them
        return done.code if isinstance(done.code, int) else 0
    as_json = _wants_json(args)
    url = resolve_database_url(getattr(args, "db", None), getattr(args, "database_url", None))
    ctx: Context | None = None
    try:
        try:
            ctx = Context(args, url)
        except DatabaseDamaged:
            if args.func is not cmd_restore:
                raise
            restore_over_damaged(args, url)  # the one command that mends a damaged file
            return 0
        args.func(ctx)
    except BrokenPipeError:
        raise
    except (LoyaltyError, OSError, SQLAlchemyError) as error:  # the database rolled back
        _fail(_as_loyalty_error(error, url), as_json)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("Cli", "loyalty: interrupted; nothing was saved"), file=sys.stderr)
        return 130
    finally:
        if ctx is not None:
            ctx.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # Chinese names on any console or redirect
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    # The system's language until the database names this till's (Context); the caller's
    # language comes back afterwards (tests and scripts run commands in one process).
    caller_language = i18n.current_language()
    i18n.set_language(i18n.system_language())
    try:
        code = _run(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # a reader that went away shows up here, not at interpreter exit
    except BrokenPipeError:
        # Nobody reads any more (`| head -1`): stop quietly, and let the flush at exit write
        # to nowhere instead of printing "Broken pipe" on stderr.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        i18n.set_language(caller_language)
    return code


if __name__ == "__main__":
    sys.exit(main())
