"""The main window: navigation on the left, the pages, and a status bar with the database and
the signed-in staff member.

A change of language (Settings, applied at once) reaches the window as Qt's LanguageChange:
the window's own texts are set again and every page is built afresh in the new language, on the
page that was showing. What a rebuild would lose waits instead: nothing is rebuilt while a
worker runs (its answer would reach a page that is gone); the till waits while a sale is being
keyed or was sent without an answer, and the customer display while the customer answers the
survey; they switch as soon as they are free.

Another staff member signing in at a locked till (Ctrl+L, the status bar's button, or the till
left idle) rebuilds the pages the same way for their role, all but the till, which keeps the
sale being keyed.

Only the till is built with the window; every other page (and the module behind it) when it is
first shown or asked for (``window.members``), so the till opens without waiting for them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStyle,
    QWidget,
)

from loyalty_desktop.core import i18n
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import DatabaseDamaged
from loyalty_desktop.services import report_cache
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.housekeeping import HousekeepingReport, run_housekeeping
from loyalty_desktop.services.permissions import Action, can
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.customer_display import CustomerDisplay, choose_screen
from loyalty_desktop.ui.damaged_shop import DamagedShopDialog
from loyalty_desktop.ui.elided import ElidedLabel
from loyalty_desktop.ui.messages import describe, log
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.sign_in import IdleWatch, SignInDialog, role_name
from loyalty_desktop.ui.theme import named
from loyalty_desktop.ui.till import TillView

if TYPE_CHECKING:
    from loyalty_desktop.ui.coupons import CouponsView
    from loyalty_desktop.ui.members import MembersView
    from loyalty_desktop.ui.reports import ReportsView
    from loyalty_desktop.ui.settings import SettingsView
    from loyalty_desktop.ui.surveys import SurveysView

NAV_ITEM = QSize(140, 48)
NAV_WIDTH = 150
# Below this window width the navigation shrinks to a strip of icons, so that the pages (the
# till's keys and total above all) get the room on a 1024×768 or 1280×1024 counter PC.
COMPACT_BELOW = 1280
COMPACT_NAV_ITEM = QSize(52, 48)
COMPACT_NAV_WIDTH = 56
SP = QStyle.StandardPixmap
NAV_ICONS = {
    "till": SP.SP_DialogApplyButton,
    "members": SP.SP_DirHomeIcon,
    "coupons": SP.SP_FileDialogContentsView,
    "surveys": SP.SP_MessageBoxQuestion,
    "reports": SP.SP_FileDialogDetailedView,
    "settings": SP.SP_ComputerIcon,
}
RETRY_MS = 1_000  # how often a page that had to wait for its new language looks again

# The pages in navigation order: attribute, shortcut, what a staff member needs to open it.
PAGES: tuple[tuple[str, str, Action | None], ...] = (
    ("till", "Ctrl+1", None),
    ("members", "Ctrl+2", None),
    ("coupons", "Ctrl+3", None),
    ("surveys", "Ctrl+4", Action.READ_SURVEY_ANSWERS),
    ("reports", "Ctrl+5", Action.READ_REPORTS),
    ("settings", "Ctrl+9", Action.CHANGE_RULES),
)
# Each page's class, as module and name: imported when the page is first built.
PAGE_CLASSES = {
    "till": ("loyalty_desktop.ui.till", "TillView"),
    "members": ("loyalty_desktop.ui.members", "MembersView"),
    "coupons": ("loyalty_desktop.ui.coupons", "CouponsView"),
    "surveys": ("loyalty_desktop.ui.surveys", "SurveysView"),
    "reports": ("loyalty_desktop.ui.reports", "ReportsView"),
    "settings": ("loyalty_desktop.ui.settings", "SettingsView"),
}


def build_page(name: str, ops: Operations) -> QWidget:
    module, cls = PAGE_CLASSES[name]
    page: QWidget = getattr(importlib.import_module(module), cls)(ops)
    return page


SMALL_SCREEN = QSize(1366, 768)  # no more room on either side: the window opens maximised


def window_settings() -> QSettings:
    """Where each till keeps its window's size, place and maximised state (per user)."""
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    return QSettings(fmt, scope, "loyalty-desktop", "windows")


def till_in_use(till: TillView) -> bool:
    """A sale being keyed, a coupon taken for it, or a sale sent without an answer (its retry
    key must be kept): what building the till afresh would lose."""
    panel = till.sale_panel
    return bool(
        till.unanswered
        or till.coupon_code
        or panel.amount.text().strip()
        or panel.redeem.text().strip()
    )


def carry_till(old: TillView, new: TillView) -> None:
    """What the till keeps across a change of language: the member served (or the walk-in),
    the survey still to ask, and the coupon-guessing lockout."""
    new.guard, new.pending_survey = old.guard, old.pending_survey
    if old.member is not None and old.member.id is not None:
        new.select_member(old.member.id)
    elif old.walk_in_mode:
        new.walk_in()


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations, staff_name: str) -> None:
        super().__init__()
        self.ops, self.staff_name = ops, staff_name
        self._built: dict[str, QWidget] = {}  # the pages built so far, by name
        # The check after start-up found the shop file damaged (the window closes), and
        # whether a backup was put in its place (to be opened afresh).
        self.damage: DatabaseDamaged | None = None
        self.backup_restored = False
        self.customer_display: CustomerDisplay | None = None
        self._follows_its_screen = False  # the display moves when the till's window does
        self.pages = QStackedWidget()
        self.nav = named(QListWidget(), "nav")
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setIconSize(QSize(24, 24))
        self.compact_nav = False
        self._rows: list[str] = []  # the page attribute of each navigation row
        for name, key, _needs in PAGES:
            self._add_page(name, key)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.database_label = ElidedLabel()  # a long path must not widen the window past 1024
        self.statusBar().addWidget(self.database_label, 1)
        self.display_button = QPushButton()
        self.display_button.setCheckable(True)
        self.display_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.display_button.toggled.connect(self.set_customer_display)
        QShortcut(QKeySequence("Ctrl+D"), self).activated.connect(self.display_button.toggle)
        self.statusBar().addPermanentWidget(self.display_button)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_plugged)
        app.screenRemoved.connect(self._screen_plugged)
        self.signed_in_label = QLabel()
        self.statusBar().addPermanentWidget(self.signed_in_label)
        self._add_lock()
        self._set_texts()
        self._offer_display(self.display_screen() is not None)
        self._working = False  # a worker is running: pages wait for it before a rebuild
        ops.busy.connect(self._set_working)
        self._waiting: set[str] = set()  # pages (and "display") still in the old language
        self._retranslating = False
        self._closed = False  # a closed window follows no language change (its shop may be gone)
        self._language = i18n.current_language()  # the language the pages are built in
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._rebuild_waiting)
        self._set_nav_mode(compact=False)
        self.resize(1280, 800)
        self._restored = self._restore_place()

    # --- size and place, per till -------------------------------------------------------------
    def _settings_key(self) -> str:
        return f"{self.ops.db.till_id}/"

    def _restore_place(self) -> bool:
        settings, key = window_settings(), self._settings_key()
        geometry = settings.value(key + "geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            return False
        state = settings.value(key + "state")
        if state is not None:
            self.restoreState(state)
        return True

    def _save_place(self) -> None:
        settings, key = window_settings(), self._settings_key()
        settings.setValue(key + "geometry", self.saveGeometry())
        settings.setValue(key + "state", self.saveState())
        settings.sync()

    def show_at_start(self) -> None:
        """As this till left it; the first time, maximised on a small screen."""
        room = self.screen().availableGeometry().size()
        small = room.width() <= SMALL_SCREEN.width() or room.height() <= SMALL_SCREEN.height()
        if not self._restored and small:
            self.showMaximized()
        else:
            self.show()

    # --- texts ----------------------------------------------------------------------------------
    def _names(self) -> dict[str, tuple[str, str]]:
        """Each page's name in the navigation, and why it is closed to a staff member who may
        not open it."""
        return {
            "till": (self.tr("Till"), ""),
            "members": (self.tr("Members"), ""),
            "coupons": (self.tr("Coupons"), ""),
            "surveys": (
                self.tr("Surveys"),
                self.tr("Only the owner or a manager reads survey answers"),
            ),
            "reports": (
                self.tr("Reports"),
                self.tr("Only the owner or a manager reads the reports"),
            ),
            "settings": (self.tr("Settings"), self.tr("Only the owner can change the rules")),
        }

    def _set_texts(self) -> None:
        self.setWindowTitle(self.tr("loyalty-desktop"))
        self._set_nav_texts()
        self.database_label.set_full_text(
            self.tr("Database: {0}").format(self.ops.db.display_name())
        )
        self.display_button.setText(self.tr("Customer display (Ctrl+D)"))
        self._offer_display(self.display_button.isEnabled())  # its reason in this language
        self.signed_in_label.setText(
            self.tr("Signed in: {0} ({1})").format(
                shown_word(self.staff_name), role_name(self.ops.role)
            )
        )
        self.lock_button.setText(self.tr("Switch cashier (Ctrl+L)"))

    def _set_nav_texts(self) -> None:
        """Full names, or (compact) icons alone with the name in the tooltip."""
        names = self._names()
        for row, name in enumerate(self._rows):
            item = self.nav.item(row)
            title, why = names[name]
            item.setText("" if self.compact_nav else title)
            tip = title if self.compact_nav else ""
            item.setToolTip(tip if self._allowed(name) else "\n".join(filter(None, (tip, why))))

    def _set_nav_mode(self, compact: bool) -> None:
        self.compact_nav = compact
        self.nav.setFixedWidth(COMPACT_NAV_WIDTH if compact else NAV_WIDTH)
        for row in range(self.nav.count()):
            self.nav.item(row).setSizeHint(COMPACT_NAV_ITEM if compact else NAV_ITEM)
        self._set_nav_texts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_BELOW
        if compact != self.compact_nav:
            self._set_nav_mode(compact)

    # --- pages ----------------------------------------------------------------------------------
    @property
    def till(self) -> TillView:
        return cast(TillView, self._open("till"))

    @property
    def members(self) -> MembersView:
        return cast("MembersView", self._open("members"))

    @property
    def coupons(self) -> CouponsView:
        return cast("CouponsView", self._open("coupons"))

    @property
    def surveys(self) -> SurveysView | None:
        return cast("SurveysView | None", self._open("surveys"))

    @property
    def reports(self) -> ReportsView | None:
        return cast("ReportsView | None", self._open("reports"))

    @property
    def settings(self) -> SettingsView | None:
        return cast("SettingsView | None", self._open("settings"))

    def _open(self, name: str) -> QWidget | None:
        """The page, built now if this is the first time it is needed; None when the role
        does not open it."""
        page = self.built(name)
        if page is None and self._allowed(name):
            page = self._built[name] = build_page(name, self.ops)
            self._connect_page(name, page)
            self.pages.addWidget(page)
        return page

    def built(self, name: str) -> QWidget | None:
        """The page if it has been built (None: not yet, or the role does not open it)."""
        return self._built.get(name)

    def _allowed(self, name: str) -> bool:
        """Whether the signed-in staff member's role opens the page."""
        needs = next(needs for page, _key, needs in PAGES if page == name)
        return needs is None or can(self.ops.role, needs)

    def _add_page(self, name: str, key: str) -> None:
        """The page's navigation row and key; the page is built when first shown."""
        item = QListWidgetItem(self.style().standardIcon(NAV_ICONS[name]), "")
        self.nav.addItem(item)
        self._rows.append(name)
        self._open_flags = item.flags()
        row = self.nav.count() - 1
        QShortcut(QKeySequence(key), self).activated.connect(lambda: self._go(row))
        if not self._allowed(name):
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _go(self, row: int) -> None:
        if self._allowed(self._rows[row]):
            self.nav.setCurrentRow(row)

    def _connect_page(self, name: str, page: QWidget) -> None:
        """What a page tells the window: a new screen chosen for the customer display."""
        if name == "settings":
            cast("SettingsView", page).display_screen_chosen.connect(self._screens_changed)

    def _show_row(self, row: int) -> None:
        allowed = 0 <= row < len(self._rows) and self._allowed(self._rows[row])
        page = self._open(self._rows[row]) if allowed else None
        if page is not None:
            self.pages.setCurrentWidget(page)

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(next(r for r, n in enumerate(self._rows) if self.built(n) is page))

    # --- locking the till, another staff member signing in ---------------------------------------
    def _add_lock(self) -> None:
        """Ctrl+L and a status-bar button lock the window; so does the idle watch after this
        till's idle minutes (a setting, re-read when the settings change)."""
        self.lock_button = QPushButton()
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lock_button.clicked.connect(self.lock)
        self.statusBar().addPermanentWidget(self.lock_button)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock)
        self.sign_in_dialog: SignInDialog | None = None
        self._focus_before: QWidget | None = None
        self.idle = IdleWatch(self.lock, self)
        self._read_auto_lock()
        self.ops.subscribe(Change.SETTINGS, self._read_auto_lock)
        self.ops.subscribe(Change.STAFF, self._read_own_account)

    def _read_auto_lock(self) -> None:
        self.idle.set_minutes(actions.auto_lock_minutes(self.ops))

    def _read_own_account(self) -> None:
        """The owner changed the account signed in here (Settings → Staff): a new name is
        shown, a new role gets its pages, and a deactivated account cannot go on."""
        accounts = actions.sign_in_accounts(self.ops.db)
        me = next((a for a in accounts if a.id == self.ops.actor.staff_id), None)
        if me is None:
            self.lock()
        elif me.role != self.ops.role:
            self.switch_to(me)
        elif me.name != self.staff_name:
            self.staff_name = me.name
            self._set_texts()

    def lock(self) -> None:
        """The sign-in screen over the window, which shows nothing of the pages until someone
        signs in. Nothing is closed: a sale being keyed waits on the till."""
        if self.sign_in_dialog is not None:
            return
        self.idle.pause()
        self._focus_before = QApplication.focusWidget()
        self._show_pages(False)
        dialog = SignInDialog(self.ops.db, self, current=self.ops.actor.staff_id, locked=True)
        dialog.accepted.connect(lambda: self._unlock(dialog))
        self.sign_in_dialog = dialog
        dialog.open()

    def _show_pages(self, shown: bool) -> None:
        for part in (self.nav, self.pages):
            part.setVisible(shown)

    def _unlock(self, dialog: SignInDialog) -> None:
        """The same person goes on where they were; someone else gets the window as theirs."""
        self.sign_in_dialog = None
        dialog.deleteLater()
        self._show_pages(True)
        if dialog.staff is not None and dialog.staff.id != self.ops.actor.staff_id:
            self.switch_to(dialog.staff)
        focus = self._focus_before
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self.idle.resume()

    def switch_to(self, staff: actions.StaffRow) -> None:
        """Act as ``staff`` from now on, with the pages their role opens. The till is kept as it
        is (it shows the same to every role), so a sale being keyed stays and is recorded by
        whoever confirms it; the other pages are built afresh for the new role."""
        self.ops.actor = Actor(staff.id, self.ops.db.till_id)
        self.ops.role, self.staff_name = staff.role, staff.name
        if not self._allowed(self._rows[max(self.nav.currentRow(), 0)]):
            self.nav.setCurrentRow(0)
        for row, name in enumerate(self._rows):
            flags = self._open_flags if self._allowed(name) else Qt.ItemFlag.NoItemFlags
            self.nav.item(row).setFlags(flags)
        self._set_texts()
        self._waiting |= {name for name in self._rows if name != "till"}
        self._rebuild_waiting()

    # --- a change of language -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() == QEvent.Type.LanguageChange
        if changed and not self._retranslating and not self._closed:
            # Qt sends one per translator swapped; after the last, the window rebuilds once.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)

    def retranslate(self) -> None:
        """The window in the language now installed: its texts at once, its pages as soon as
        each can be rebuilt without losing work."""
        self._retranslating = False
        if self._closed or i18n.current_language() == self._language:
            return  # the same language put in again (as a window for this till opens)
        self._language = i18n.current_language()
        self.setLocale(QLocale())  # widgets keep the locale they were made with, dates and all
        self._set_texts()
        # Added to what waits already: a page a new role still has to get keeps waiting too.
        self._waiting |= {name for name in self._rows if self.built(name) is not None}
        if self.customer_display is not None:
            self._waiting.add("display")
        self._rebuild_waiting()

    def _set_working(self, working: bool) -> None:
        self._working = working

    def _rebuild_waiting(self) -> None:
        if not self._working:
            # The till last, so that it takes over the display built afresh before it.
            for name in sorted(self._waiting, key=lambda n: n == "till"):
                if self._rebuild(name):
                    self._waiting.discard(name)
        if self._waiting:
            self._retry.start()
        else:
            self._retry.stop()

    def _rebuild(self, name: str) -> bool:
        """Build one page (or the customer display) afresh, for the language and the role now
        in force — none when the role does not open it; False when it has to wait."""
        if name == "display":
            return self._rebuild_display()
        old = self.built(name)
        if old is None:
            return True  # not built yet: it will be, in the language and for the role in force
        if isinstance(old, TillView) and till_in_use(old):
            return False
        new = build_page(name, self.ops) if self._allowed(name) else None
        if new is None:
            del self._built[name]
        else:
            self._built[name] = new
            self._connect_page(name, new)
            self.pages.insertWidget(self.pages.indexOf(old), new)
        if self.pages.currentWidget() is old:
            if new is None:
                self.nav.setCurrentRow(0)
            else:
                self.pages.setCurrentWidget(new)
        self.pages.removeWidget(old)
        if isinstance(old, TillView) and isinstance(new, TillView):
            if self.customer_display is not None:
                new.attach_display(self.customer_display)
            carry_till(old, new)
        if name == "settings" and new is not None:
            cast("SettingsView", new).carry_over(cast("SettingsView", old))
        old.deleteLater()
        return True

    def _rebuild_display(self) -> bool:
        old = self.customer_display
        if old is None:
            return True
        if old.asking:
            return False
        shown = old.isVisible()
        old.hide()
        old.deleteLater()
        self._open_display()
        if shown:
            self._screens_changed()
        return True

    # --- the customer display -------------------------------------------------------------------
    def display_screen(self) -> QScreen | None:
        """Where the customer display goes: a screen that is not the till window's (the one
        chosen in Settings when it is connected); None when the till has the only screen."""
        setting = actions.customer_display_screen(self.ops)
        return choose_screen(QGuiApplication.screens(), self.screen(), setting)

    def restore_customer_display(self) -> None:
        """Turn the customer display on again if this till had it on last time and there is a
        screen for it; a one-screen day keeps the setting for the next two-screen day."""
        self._screens_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._follows_its_screen:
            # The till's window moved to another screen: the display moves off that one.
            handle.screenChanged.connect(self._screen_plugged)
            self._follows_its_screen = True

    def _screen_plugged(self, _screen: QScreen) -> None:
        QTimer.singleShot(0, self, self._screens_changed)  # once Qt's list of screens is updated

    def _screens_changed(self) -> None:
        """A screen plugged in or out, or another one chosen: the display follows, on when this
        till wants it and there is a screen for it, never over the till."""
        screen = self.display_screen()
        self._offer_display(screen is not None)
        wanted = actions.customer_display_on(self.ops)
        self._set_display_button(screen is not None and wanted)
        if screen is None or not wanted:
            self._hide_display()
        else:
            self._show_display(screen)

    def _offer_display(self, possible: bool) -> None:
        """The display button, greyed out and saying why when there is no screen for it."""
        self.display_button.setEnabled(possible)
        self.display_button.setToolTip("" if possible else self._needs_a_screen())

    def _needs_a_screen(self) -> str:
        return self.tr("The customer display needs a second screen")

    def _set_display_button(self, on: bool) -> None:
        self.display_button.blockSignals(True)
        self.display_button.setChecked(on)
        self.display_button.blockSignals(False)

    def _open_display(self) -> CustomerDisplay:
        shop = shown_word(actions.shop_name(self.ops))
        display = CustomerDisplay(shop, self)
        self.customer_display = display
        self.till.attach_display(display)
        return display

    def _show_display(self, screen: QScreen) -> None:
        display = self.customer_display or self._open_display()
        switched_on = not display.isVisible()  # (else it moves, showing what it showed)
        display.show_on(screen)
        if switched_on:
            self.till.show_customer()

    def _hide_display(self) -> None:
        if self.customer_display is not None:
            self.customer_display.withdraw()
            self.customer_display.hide()

    def set_customer_display(self, on: bool) -> None:
        """The customer display on (full screen on a screen that is not the till's) or off;
        remembered for this till. With one screen it stays off: the survey is asked with F9."""
        screen = self.display_screen()
        if on and screen is None:
            self._set_display_button(False)
            self.statusBar().showMessage(self._needs_a_screen(), 10_000)
            return
        if on and screen is not None:
            self._show_display(screen)
        else:
            self._hide_display()
        actions.remember_customer_display(self.ops, on)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._retry.stop()
        self._save_place()
        if self.customer_display is not None:
            self.customer_display.withdraw()
            self.customer_display.close()
        super().closeEvent(event)

    def _prepare_report(self) -> None:
        """Last month's report computed and kept in the background; a failure only means the
        Reports view computes it when opened, so it goes to the log, not to the cashier."""
        self.ops.run(
            lambda _tell: report_cache.prepare_last_month(self.ops.db),
            on_done=lambda _none: None,
            on_error=lambda error: log.warning("last month's report not kept: %s", error),
        )

    def start_background_work(self) -> None:
        """Once the window is shown: SQLite's check of every page of the shop file (the open
        only looked at its header and schema), then the housekeeping, whose writes wait for
        the check's verdict. The till sells meanwhile: each write goes through SQLite's own
        checks of the pages it touches."""
        self.ops.run(
            lambda _tell: self.ops.db.check_storage(),
            on_done=lambda _none: self.run_housekeeping(),
            on_error=self._storage_failed,
        )

    def _storage_failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseDamaged):  # e.g. locked: no verdict on the file
            self.statusBar().showMessage(describe(error), 15_000)
            return
        self.damage = error
        self._stop_watching()
        path = self.ops.db.sqlite_path
        assert path is not None  # only a SQLite file is checked
        # What is wrong, "Restore a backup…" and "Quit", as when a damaged shop is opened.
        self.backup_restored = bool(DamagedShopDialog(path, error, self).exec())
        self.close()

    def _stop_watching(self) -> None:
        """A window whose shop is refused reads nothing more: no idle lock (its sign-in screen
        reads the staff), no following of screens (the display's setting), even while another
        window opens the restored shop."""
        self.idle.pause()
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.disconnect(self._screen_plugged)
        app.screenRemoved.disconnect(self._screen_plugged)

    def run_housekeeping(self) -> None:
        """Expiry, birthday bonuses and the monthly tier review in a worker, in short
        transactions (the till sells meanwhile), its progress in the status bar."""
        ops = self.ops

        def progress(done: int, total: int) -> None:
            if total:  # nothing due: only the result is worth a line
                self.statusBar().showMessage(
                    self.tr("Daily housekeeping: {0} of {1} members…").format(done, total),
                    15_000,
                )

        def done(report: HousekeepingReport) -> None:
            if report != HousekeepingReport():
                ops.changed.emit(Change.POINTS | Change.MEMBERS)
            if self._allowed("reports"):
                self._prepare_report()
            self.statusBar().showMessage(
                self.tr(
                    "Daily housekeeping: {0} points expired, {1} birthday bonuses, {2} downgrades"
                ).format(report.expired_points, report.birthday_bonuses, report.downgrades),
                15_000,
            )

        ops.run(
            lambda tell: run_housekeeping(ops.db, ops.actor, progress=tell),
            on_done=done,
            on_error=lambda e: self.statusBar().showMessage(describe(e), 15_000),
            on_progress=progress,
        )
