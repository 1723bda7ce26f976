"""The service calls the window makes, each by name: one transaction through the operations
helper, plain results back. Widgets call these and never see a session or a database row."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from loyalty_desktop.core import config, passwords
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.clock import local_day, month_bounds, recent_months, utcnow
from loyalty_desktop.core.errors import CouponRefused
from loyalty_desktop.services import (
    audit,
    auth,
    backup,
    coupons,
    follow_ups,
    importing,
    items,
    member_changes,
    member_edits,
    offers,
    privacy,
    segments,
    settings,
    surveys,
)
from loyalty_desktop.services import members as member_service
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.audit import AuditFilter, AuditLine
from loyalty_desktop.services.auth import StaffRow
from loyalty_desktop.services.card_sheets import CardSheet, cards_to_print
from loyalty_desktop.services.demo import mark_welcomed
from loyalty_desktop.services.importing import ImportOptions, ImportReport
from loyalty_desktop.services.members import Enrolment, MemberCard, MemberDetail, MemberRow, Seek
from loyalty_desktop.services.move_to_server import Moved, move_to_server
from loyalty_desktop.services.permissions import Action
from loyalty_desktop.services.points import adjust
from loyalty_desktop.services.rewards import redeem_reward
from loyalty_desktop.services.rules import Reward, Rules, load_rules, save_rules
from loyalty_desktop.services.sales import (
    Quote,
    RefundPlan,
    RefundResult,
    SaleLine,
    SaleRequest,
    SaleResult,
    plan_refund_of,
    quote_sale,
    record_sale,
    refund_sale,
    sale_for_refund,
)
from loyalty_desktop.services.sales import refundable_sales as list_refundable
from loyalty_desktop.services.server import ServerState
from loyalty_desktop.services.server import probe as server_probe
from loyalty_desktop.services.settings import (
    display_screen,
    get_setting,
    set_display_screen,
    set_setting,
    set_till_auto_lock,
    set_till_language,
    till_auto_lock,
    till_language,
)
from loyalty_desktop.services.sync.now import SyncDone, sync_now
from loyalty_desktop.store.db import Database, masked_url
from loyalty_desktop.store.models import (
    Coupon,
    CouponTemplate,
    EntryKind,
    FollowUpStatus,
    Item,
)
from loyalty_desktop.store.models.base import new_uuid, saved_id
from loyalty_desktop.ui.operations import Operations, Progress

__all__ = ["CouponTemplate", "EntryKind", "FollowUpStatus", "new_sale_key"]


def new_sale_key() -> str:
    """The idempotency key a sale is recorded under, kept while it is retried."""
    return new_uuid()


# --- the rules ---------------------------------------------------------------------------------
def rules(ops: Operations) -> Rules:
    return ops.call(lambda s, _a: load_rules(s), readonly=True)


def rewards(ops: Operations) -> tuple[Reward, ...]:
    return tuple(rules(ops).rewards)


def change_rules(ops: Operations, new: Rules) -> None:
    ops.call(lambda s, a: save_rules(s, a, new))


# --- members -----------------------------------------------------------------------------------
def enrol_member(ops: Operations, data: Enrolment) -> MemberCard:
    def work(s: Session, a: Actor) -> MemberCard:
        member = member_service.enrol(s, a, data)
        assert member.id is not None
        return member_service.member_card(s, member.id)

    return ops.call(work)


def member_card(ops: Operations, member_id: int) -> MemberCard:
    return ops.call(lambda s, _a: member_service.member_card(s, member_id), readonly=True)


@dataclass(frozen=True)
class AtTill:
    """What the till shows of a member after a scan, read in one session."""

    card: MemberCard
    offer: offers.Suggestion | None  # the one suggestion (F10 gives a coupon)
    rules: Rules


def member_at_till(ops: Operations, member_id: int) -> AtTill:
    def read(s: Session, _a: Actor) -> AtTill:
        card = member_service.member_card(s, member_id)
        return AtTill(card, offers.suggest(s, card), load_rules(s))

    return ops.call(read, readonly=True)


def offer_templates(ops: Operations) -> dict[str, int]:
    return ops.call(lambda s, _a: offers.offer_templates(s), readonly=True)


def choose_offer(ops: Operations, occasion: str, template_id: int | None) -> None:
    ops.call(lambda s, a: offers.choose_template(s, a, occasion, template_id))


def give_offer(ops: Operations, member_id: int, template_id: int) -> Coupon:
    return ops.call(lambda s, a: offers.give_offer(s, a, member_id, template_id))


def member_detail(ops: Operations, member_id: int) -> MemberDetail:
    return ops.call(lambda s, _a: member_service.member_detail(s, member_id), readonly=True)


def count_members(ops: Operations, query: str) -> int:
    return ops.call(lambda s, _a: member_service.count_members(s, query), readonly=True)


def member_page(
    ops: Operations, query: str, sort: str, descending: bool, seek: Seek, limit: int
) -> list[MemberRow]:
    return ops.call(
        lambda s, _a: member_service.member_page(s, query, sort, descending, seek, limit),
        readonly=True,
    )


def find_item(ops: Operations, text: str) -> Item | None:
    return ops.call(lambda s, _a: items.find_item(s, text), readonly=True)


def find_members(ops: Operations, text: str) -> list[MemberRow]:
    return ops.call(lambda s, _a: member_service.matching_members(s, text), readonly=True)


def adjust_points(ops: Operations, member_id: int, points: int, reason: str) -> None:
    ops.call(lambda s, a: adjust(s, a, member_service.get_member(s, member_id), points, reason))


def edit_member(
    ops: Operations, member_id: int, changes: member_edits.MemberChanges
) -> member_edits.MemberEdit:
    return ops.call(lambda s, a: member_edits.edit_member(s, a, member_id, changes))


def new_card_number(ops: Operations) -> str:
    """A card number nobody has or had, offered for a replacement before it is confirmed."""
    return ops.call(lambda s, _a: member_service.new_card_number(s), readonly=True)


def replace_card(ops: Operations, member_id: int, card: str) -> member_edits.CardReplacement:
    return ops.call(lambda s, a: member_edits.replace_card(s, a, member_id, card))


# --- sales and refunds -------------------------------------------------------------------------
def quote(ops: Operations, request: SaleRequest) -> Quote:
    return ops.call(lambda s, _a: quote_sale(s, request), readonly=True)


def sell(ops: Operations, request: SaleRequest) -> SaleResult:
    return ops.call(lambda s, a: record_sale(s, a, request))


def find_sale_to_refund(ops: Operations, text: str) -> SaleLine:
    return ops.call(lambda s, _a: sale_for_refund(s, text), readonly=True)


def plan_refund(ops: Operations, sale_id: int, amount_cents: int | None) -> RefundPlan:
    return ops.call(lambda s, _a: plan_refund_of(s, sale_id, amount_cents), readonly=True)


def refund(ops: Operations, sale_id: int, amount_cents: int | None, reason: str) -> RefundResult:
    return ops.call(lambda s, a: refund_sale(s, a, sale_id, amount_cents, note=reason))


def give_reward(ops: Operations, member_id: int, reward: str) -> int:
    """The member's balance after the reward."""
    return ops.call(lambda s, a: redeem_reward(s, a, member_id, reward)).balance


# --- surveys -----------------------------------------------------------------------------------
def answer_survey(ops: Operations, sale_id: int, answers: surveys.Answers) -> None:
    ops.call(lambda s, a: surveys.record_response(s, a, sale_id, answers))


def move_follow_up(ops: Operations, follow_up_id: int, status: str, note: str) -> None:
    ops.call(lambda s, a: follow_ups.update_follow_up(s, a, follow_up_id, status, note))


def change_survey(ops: Operations, definition: surveys.SurveyDefinition) -> None:
    ops.call(lambda s, a: surveys.save_survey(s, a, definition))


# --- coupons -----------------------------------------------------------------------------------
def scan_coupon(ops: Operations, text: str, member_id: int | None) -> coupons.ScannedCoupon:
    return ops.call(lambda s, _a: coupons.scan_coupon(s, text, member_id), readonly=True)


def log_coupon_lockout(ops: Operations, refusal: CouponRefused) -> None:
    ops.call(lambda s, a: coupons.log_lockout(s, a, refusal))


def void_coupon(ops: Operations, code: str, reason: str) -> None:
    ops.call(lambda s, a: coupons.void(s, a, code, reason))


def add_coupon_design(ops: Operations, name: str, terms: coupons.Terms) -> None:
    ops.call(lambda s, a: coupons.add_template(s, a, name, terms))


# --- survey results ----------------------------------------------------------------------------
def survey_segments(ops: Operations) -> tuple[list[str], list[str]]:
    """The tiers and the member tags the survey results can be narrowed to."""

    def read(s: Session, _a: Actor) -> tuple[list[str], list[str]]:
        return [t.name for t in load_rules(s).tiers.levels], segments.known_tags(s)

    return ops.call(read, readonly=True)


MonthFigures = list[tuple[date, surveys.SurveyFigures]]


def survey_figures(
    ops: Operations, months: int, segment: str | None
) -> tuple[MonthFigures, surveys.SurveyFigures]:
    """Each of the last ``months`` months in shop time, and all of them together."""

    def read(s: Session, _a: Actor) -> tuple[MonthFigures, surveys.SurveyFigures]:
        zone = load_rules(s).zone
        firsts = recent_months(months, zone)
        start = month_bounds(firsts[0].year, firsts[0].month, zone)[0]
        end = month_bounds(firsts[-1].year, firsts[-1].month, zone)[1]
        return (
            surveys.figures_by_month(s, firsts, segment),
            surveys.figures(s, start, end, segment),
        )

    return ops.call(read, readonly=True)


def survey_comments(
    ops: Operations, first: date, last: date, segment: str | None
) -> tuple[ZoneInfo, list[surveys.Comment]]:
    """What customers wrote from the month of ``first`` through the month of ``last``."""

    def read(s: Session, _a: Actor) -> tuple[ZoneInfo, list[surveys.Comment]]:
        zone = load_rules(s).zone
        start = month_bounds(first.year, first.month, zone)[0]
        end = month_bounds(last.year, last.month, zone)[1]
        return zone, surveys.comments(s, start, end, segment)

    return ops.call(read, readonly=True)


def follow_up_queue(
    ops: Operations, status: str | None
) -> tuple[ZoneInfo, list[follow_ups.FollowUpRow]]:
    def read(s: Session, _a: Actor) -> tuple[ZoneInfo, list[follow_ups.FollowUpRow]]:
        return load_rules(s).zone, follow_ups.follow_ups(s, status)

    return ops.call(read, readonly=True)


def current_survey(ops: Operations) -> surveys.SurveyDefinition:
    return ops.call(lambda s, _a: surveys.current_survey(s)[1], readonly=True)


# --- the shop and this till --------------------------------------------------------------------
def shop_name(ops: Operations) -> str:
    return rules(ops).shop_name


def _display_key(ops: Operations) -> str:
    return f"till.{ops.actor.till_id}.customer_display"


def customer_display_on(ops: Operations) -> bool:
    """Whether this till had its customer display on last time."""
    return bool(ops.call(lambda s, _a: get_setting(s, _display_key(ops), False), readonly=True))


def remember_customer_display(ops: Operations, on: bool) -> None:
    ops.call(lambda s, _a: set_setting(s, _display_key(ops), on))


def customer_display_screen(ops: Operations) -> str:
    """This till's choice of screen for the customer display: "automatic" or a screen name."""
    return ops.call(lambda s, a: display_screen(s, a.till_id), readonly=True)


def choose_customer_display_screen(ops: Operations, value: str) -> None:
    ops.call(lambda s, a: set_display_screen(s, a.till_id, value))


def language_setting(ops: Operations) -> str:
    """This till's language setting: "system" or a catalogue language (a value stored by some
    other version is passed on as it is; ``i18n.resolve`` reads it as the system's)."""
    return ops.call(lambda s, a: till_language(s, a.till_id), readonly=True)


def change_language(ops: Operations, value: str) -> None:
    ops.call(lambda s, a: set_till_language(s, a.till_id, value))


def start_empty(ops: Operations) -> None:
    ops.call(lambda s, _a: mark_welcomed(s))


# --- coupons -----------------------------------------------------------------------------------
def coupon_designs(ops: Operations) -> list[CouponTemplate]:
    return ops.call(lambda s, _a: coupons.templates(s), readonly=True)


CouponOverview = tuple[
    list[coupons.CampaignRow], list[tuple[Coupon, str | None]], ZoneInfo, list[CouponTemplate]
]


def coupon_overview(ops: Operations) -> CouponOverview:
    """The campaigns, the recent coupons (with their member's card), the shop's zone and the
    designs, read together."""

    def read(s: Session, _a: Actor) -> CouponOverview:
        return (
            coupons.campaigns(s),
            coupons.recent_coupons(s),
            load_rules(s).zone,
            coupons.templates(s),
        )

    return ops.call(read, readonly=True)


def issue_coupons(
    ops: Operations, template_id: int, target: str, who: str, name: str | None
) -> coupons.IssueResult:
    """A campaign for ``target``: "member" (``who`` a card or phone), "segment" (``who`` the
    segment), or else ``who`` bearer coupons."""

    def work(s: Session, a: Actor) -> coupons.IssueResult:
        if target == "member":
            member_id = member_service.identify(s, who).id
            assert member_id is not None
            ids, bearer = [member_id], 0
        elif target == "segment":
            ids, bearer = segments.segment_members(s, who), 0
        else:
            ids, bearer = [], int(who)
        return coupons.issue(
            s, a, template_id, member_ids=ids, bearer=bearer, target=f"{target} {who}", name=name
        )

    return ops.call(work)


def printable_campaign(
    ops: Operations, campaign_id: int
) -> tuple[str, list[coupons.PrintedCoupon]]:
    """The shop's name and the campaign's coupons as they are printed."""

    def read(s: Session, _a: Actor) -> tuple[str, list[coupons.PrintedCoupon]]:
        issued = coupons.campaign_coupons(s, campaign_id)
        return load_rules(s).shop_name, coupons.printable(s, issued)

    return ops.call(read, readonly=True)


def refundable_sales(ops: Operations, member_id: int | None) -> list[SaleLine]:
    """Today's sales at this till and the member's recent ones, for the refund list."""
    till_id = ops.actor.till_id
    return ops.call(lambda s, _a: list_refundable(s, till_id, member_id), readonly=True)


# --- CSV import --------------------------------------------------------------------------------
# What an import changes, for the views to refresh (it commits in batches of its own, outside
# the transaction the operations helper watches).
IMPORT_CHANGES = {
    "members": Change.MEMBERS | Change.POINTS,
    "sales": Change.SALES | Change.POINTS | Change.MEMBERS,
    "items": Change.RULES,
}


class ImportStopped(Exception):
    """The owner stopped an import. Raised from its progress report, so the import service
    undoes whatever it wrote (a dry run rolls back in any case)."""


def start_import(
    ops: Operations,
    kind: str,
    path: str,
    *,
    dry_run: bool,
    skip_bad: bool,
    stop: threading.Event,
    on_done: Callable[[ImportReport], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None],
) -> None:
    """Check (``dry_run``) or import a CSV file of ``kind`` (members, sales, items) off the GUI
    thread; setting ``stop`` ends it at its next progress report with ``ImportStopped``."""

    def work(_session: Session, actor: Actor, progress: Callable[[int, int], None]) -> ImportReport:
        def tell(done: int, total: int) -> None:
            if stop.is_set():
                raise ImportStopped
            progress(done, total)

        options = ImportOptions(dry_run=dry_run, skip_bad=skip_bad, progress=tell)
        if kind == "members":
            return importing.import_members(ops.db, actor, path, options)
        if kind == "items":
            return importing.import_items(ops.db, actor, path, options)
        return importing.import_sales(ops.db, actor, path, options)

    def done(report: ImportReport) -> None:
        if report.imported and not report.dry_run:
            ops.changed.emit(IMPORT_CHANGES[kind])
        on_done(report)

    ops.start(work, on_done=done, on_error=on_error, on_progress=on_progress)


# --- sheets of member cards --------------------------------------------------------------------
def cards_for_sheet(ops: Operations, who: list[str], blank: int) -> CardSheet:
    """The members ``who`` names (their cards), then ``blank`` new card numbers."""
    return ops.call(lambda s, _a: cards_to_print(s, who, blank), readonly=True)


def write_card_sheet(ops: Operations, sheet: CardSheet, path: str | Path) -> int:
    """The sheet as an A4 PDF, ten cards to a page; returns the number of pages."""
    from loyalty_desktop.printing.card_pdf import PrintedCard, card_sheet  # not at start

    printed = [PrintedCard(card, name) for card, name in sheet.cards]
    return card_sheet(sheet.shop_name, printed, path, ops.db.sqlite_path)


# --- a colleague's approval --------------------------------------------------------------------
def approvers(ops: Operations, action: Action) -> list[StaffRow]:
    return ops.call(lambda s, _a: auth.approvers(s, action), readonly=True)


def approve(ops: Operations, staff_id: int, pin: str, action: Action) -> Actor:
    """The signed-in actor with this colleague's approval (their PIN checked and counted)."""
    return auth.approve(ops.db, ops.actor, staff_id, pin, action)


# --- backups ------------------------------------------------------------------------------------
def backup_folder(ops: Operations) -> Path | None:
    """This till's backup folder (None: not chosen yet)."""
    return ops.call(lambda s, a: settings.backup_folder(s, a.till_id), readonly=True)


def choose_backup_folder(ops: Operations, folder: Path) -> None:
    ops.call(lambda s, a: settings.set_backup_folder(s, a.till_id, folder))


def backups_in(folder: Path) -> list[backup.BackupFile]:
    """The backups in ``folder``, newest first (no database: it reads the folder)."""
    return backup.backups_in(folder)


def start_backup(
    ops: Operations,
    *,
    on_done: Callable[[backup.BackupResult], None],
    on_error: Callable[[BaseException], None],
    on_progress: Progress,
) -> None:
    """A backup into this till's folder now, in a worker (it may take a while on a stick)."""
    ops.start(
        lambda _s, a, progress: backup.backup(ops.db, a, progress=progress),
        on_done=on_done,
        on_error=on_error,
        on_progress=on_progress,
    )


def start_automatic_backup(
    ops: Operations,
    *,
    on_done: Callable[[backup.BackupResult | None], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """The daily backup at start-up, in a worker; None when none was due."""
    ops.start(
        lambda _s, a, _progress: backup.automatic_backup(ops.db, a),
        on_done=on_done,
        on_error=on_error,
    )


def backup_at_close(ops: Operations) -> backup.BackupResult | None:
    """The daily backup as the app closes (on the GUI thread: nothing else runs any more)."""
    return backup.automatic_backup(ops.db, ops.actor)


def start_restore(
    ops: Operations,
    file: Path,
    *,
    on_done: Callable[[backup.RestoreResult], None],
    on_error: Callable[[BaseException], None],
    on_progress: Progress,
) -> None:
    """Check ``file`` and restore it in a worker; the shop's connections are closed first."""
    ops.start(
        lambda _s, a, progress: backup.restore(ops.db, file, a, progress=progress),
        on_done=on_done,
        on_error=on_error,
        on_progress=on_progress,
    )


# --- privacy -----------------------------------------------------------------------------------
def stop_marketing(ops: Operations, member_id: int) -> None:
    """The member withdraws their marketing consent (an edit, audited)."""
    edit_member(ops, member_id, member_edits.MemberChanges(marketing_consent=False))


def export_member_data(ops: Operations, member_id: int, folder: str) -> privacy.MemberExport:
    return ops.call(lambda s, a: privacy.export_member_data(s, a, member_id, folder))


def check_erasable(ops: Operations, member_id: int) -> None:
    """Refused (the owner's, not erased yet) before the confirmation is shown."""
    ops.call(lambda s, a: privacy.erasable(s, a, member_id), readonly=True)


def erase_member(ops: Operations, member_id: int, reason: str) -> privacy.Erasure:
    return ops.call(lambda s, a: privacy.erase_member(s, a, member_id, reason))


# --- signing in: before anyone is signed in there is only the shop's database ------------------
def till_language_of(db: Database) -> str:
    """This till's language setting, for the sign-in screen shown before the window."""
    with db.session(readonly=True) as session:
        return till_language(session, db.till_id)


def needs_first_owner(db: Database) -> bool:
    with db.session(readonly=True) as session:
        return auth.needs_first_owner(session)


def sign_in_accounts(db: Database) -> list[StaffRow]:
    """The active accounts, as the sign-in screen lists them."""
    with db.session(readonly=True) as session:
        return auth.staff_list(session, active_only=True)


def set_up_owner(db: Database, name: str, pin: str) -> StaffRow:
    """The first owner's name and PIN; the owner is then signed in."""
    with db.session() as session:
        owner = auth.set_up_owner(session, db.till_id, name, pin)
        return StaffRow(saved_id(owner), owner.name, owner.role, owner.active, True, None)


def sign_in(db: Database, staff_id: int, pin: str) -> StaffRow:
    return auth.sign_in(db, staff_id, pin)


# --- the owner's staff list ----------------------------------------------------------------------
def staff_accounts(ops: Operations) -> tuple[ZoneInfo, list[StaffRow]]:
    """Every account, active or not, and the shop's zone for their lock times."""
    return ops.call(lambda s, _a: (load_rules(s).zone, auth.staff_list(s)), readonly=True)


def add_staff(ops: Operations, name: str, role: str, pin: str) -> None:
    ops.call(lambda s, a: auth.add_staff(s, a, name, role, pin))


def rename_staff(ops: Operations, staff_id: int, name: str) -> None:
    ops.call(lambda s, a: auth.change_staff(s, a, staff_id, name=name))


def change_staff_role(ops: Operations, staff_id: int, role: str) -> None:
    ops.call(lambda s, a: auth.change_staff(s, a, staff_id, role=role))


def set_staff_active(ops: Operations, staff_id: int, active: bool) -> None:
    ops.call(lambda s, a: auth.change_staff(s, a, staff_id, active=active))


def reset_staff_pin(ops: Operations, staff_id: int, pin: str) -> None:
    ops.call(lambda s, a: auth.reset_pin(s, a, staff_id, pin))


def link_own_card(ops: Operations, staff_id: int, card: str) -> int | None:
    """The member card (or phone) this staff member holds themselves; "" unlinks."""
    return ops.call(lambda s, a: auth.link_own_card(s, a, staff_id, card))


def auto_lock_minutes(ops: Operations) -> int:
    """Idle minutes before this till locks itself (0: never)."""
    return ops.call(lambda s, a: till_auto_lock(s, a.till_id), readonly=True)


def change_auto_lock(ops: Operations, minutes: int) -> None:
    ops.call(lambda s, a: set_till_auto_lock(s, a.till_id, minutes))


# --- the audit trail (the owner's) ---------------------------------------------------------------
def audit_choices(ops: Operations) -> tuple[list[StaffRow], list[str]]:
    """Whom and what the audit view's filters offer: every account, every action recorded."""
    return ops.call(lambda s, _a: (auth.staff_list(s), audit.audit_actions(s)), readonly=True)


def shop_today(ops: Operations) -> date:
    """Today in the shop's time zone (the machine's clock may run in another)."""
    return ops.call(lambda s, _a: local_day(utcnow(), load_rules(s).zone), readonly=True)


def audit_lines(ops: Operations, chosen: AuditFilter, limit: int) -> list[AuditLine]:
    return ops.call(
        lambda s, a: audit.audit_lines(
            s,
            a,
            staff_id=chosen.staff_id,
            action_prefix=chosen.action_prefix,
            since=chosen.since,
            until=chosen.until,
            limit=limit,
        ),
        readonly=True,
    )


def export_audit(ops: Operations, chosen: AuditFilter, path: str) -> int:
    return ops.call(lambda s, a: audit.export_audit(s, a, chosen, path))


# --- sync between tills -------------------------------------------------------------------------
def sync_settings(ops: Operations) -> tuple[Path | None, bool]:
    """This till's sync folder (None: not chosen) and whether it syncs at start-up and close."""
    return ops.call(
        lambda s, a: (
            settings.sync_folder(s, a.till_id),
            settings.syncs_automatically(s, a.till_id),
        ),
        readonly=True,
    )


def edit_conflicts(ops: Operations) -> list[dict[str, Any]]:
    """The member edits two tills made offline whose values lost (the conflict log)."""
    return ops.call(member_changes.edit_conflicts, readonly=True)


def choose_sync_folder(ops: Operations, folder: Path) -> None:
    ops.call(lambda s, a: settings.set_sync_folder(s, a.till_id, folder))


def sync_automatically(ops: Operations, value: bool) -> None:
    ops.call(lambda s, a: settings.set_syncs_automatically(s, a.till_id, value))


def start_sync(
    ops: Operations,
    *,
    automatic: bool = False,
    on_done: Callable[[SyncDone | None], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Sync now in a worker (import, then export, each its own transaction); the views hear
    what the import changed."""

    def done(result: SyncDone | None) -> None:
        if result is not None and result.changes:
            ops.changed.emit(result.changes)
        on_done(result)

    ops.run(
        lambda _progress: sync_now(ops.db, ops.actor, automatic=automatic),
        on_done=done,
        on_error=on_error,
    )


def sync_at_close(ops: Operations) -> SyncDone | None:
    """The till's own sync as the app closes (on the GUI thread: nothing else runs any more)."""
    return sync_now(ops.db, ops.actor, automatic=True)


# --- the shop's database (Settings → Database) ------------------------------------------------
def database_in_use(ops: Operations) -> str:
    """Which database this till works on now, as a person may see it (no password)."""
    return ops.db.display_name()


def sqlite_in_use(ops: Operations) -> bool:
    return ops.db.is_sqlite


def saved_server() -> config.Server | None:
    """The server chosen for the next start (None: this computer's SQLite file)."""
    return config.saved_server()


def remembered_password(server: config.Server) -> str | None:
    return passwords.stored(server.account)


def keyring_available() -> bool:
    return passwords.available()


def choose_database(server: config.Server | None, password: str) -> bool:
    """This user's database from the next start on: the server (its password into the
    keyring, never into the file) or None for the SQLite file. False: no keyring here, so the
    password is asked for at each start."""
    config.save_choice(server)
    if server is None:
        return True
    if not password:
        passwords.forget(server.account)
        return False
    return passwords.store(server.account, password)


def start_probe(
    ops: Operations,
    url: str,
    *,
    on_done: Callable[[ServerState], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Connect to ``url`` and look at what it holds, in a worker (a far host takes seconds)."""
    ops.run(lambda _progress: server_probe(url), on_done=on_done, on_error=on_error)


def start_move_to_server(
    ops: Operations,
    url: str,
    *,
    on_done: Callable[[Moved], None],
    on_error: Callable[[BaseException], None],
    on_progress: Progress,
) -> None:
    """Copy this shop onto the empty server database at ``url`` and check both, in a worker."""
    ops.run(
        lambda progress: move_to_server(ops.db, ops.actor, url, progress),
        on_done=on_done,
        on_error=on_error,
        on_progress=on_progress,
    )


def shown_url(url: str) -> str:
    """A database URL as a screen shows it: its password as ``***``."""
    return masked_url(url)
