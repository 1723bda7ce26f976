"""The main window: navigation on the left, the pages, and a status bar with the database and
the signed-in staff member."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from loyalty_desktop.services.housekeeping import HousekeepingReport, run_housekeeping
from loyalty_desktop.services.permissions import Action, can
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.coupons import CouponsView
from loyalty_desktop.ui.customer_display import CustomerDisplay
from loyalty_desktop.ui.members import MembersView
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.reports import ReportsView
from loyalty_desktop.ui.settings import SettingsView
from loyalty_desktop.ui.surveys import SurveysView
from loyalty_desktop.ui.theme import named
from loyalty_desktop.ui.till import TillView

NAV_ITEM = QSize(140, 48)


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations, staff_name: str) -> None:
        super().__init__()
        self.ops = ops
        self.setWindowTitle(self.tr("loyalty-desktop"))
        self.till = TillView(ops)
        self.members = MembersView(ops)
        self.pages = QStackedWidget()
        self._pages_by_row: dict[int, QWidget] = {}
        self.nav = named(QListWidget(), "nav")
        self.nav.setFixedWidth(150)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._add_page(self.tr("Till"), self.till, "Ctrl+1")
        self._add_page(self.tr("Members"), self.members, "Ctrl+2")
        self.coupons = CouponsView(ops)
        self._add_page(self.tr("Coupons"), self.coupons, "Ctrl+3")
        self.surveys: SurveysView | None = None
        if can(ops.role, Action.READ_SURVEY_ANSWERS):
            self.surveys = SurveysView(ops)
            self._add_page(self.tr("Surveys"), self.surveys, "Ctrl+4")
        else:
            self._add_disabled(
                self.tr("Surveys"), self.tr("Only the owner or a manager reads survey answers")
            )
        self.reports: ReportsView | None = None
        if can(ops.role, Action.READ_REPORTS):
            self.reports = ReportsView(ops)
            self._add_page(self.tr("Reports"), self.reports, "Ctrl+5")
        else:
            self._add_disabled(
                self.tr("Reports"), self.tr("Only the owner or a manager reads the reports")
            )
        self.settings: SettingsView | None = None
        if can(ops.role, Action.CHANGE_RULES):
            self.settings = SettingsView(ops)
            self._add_page(self.tr("Settings"), self.settings, "Ctrl+9")
        else:
            self._add_disabled(self.tr("Settings"), self.tr("Only the owner can change the rules"))
        self.nav.currentRowChanged.connect(
            lambda row: (
                self.pages.setCurrentWidget(self._pages_by_row[row])
                if row in self._pages_by_row
                else None
            )
        )
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel(self.tr("Database: {0}").format(ops.db.display_name())))
        self.display_button = QPushButton(self.tr("Customer display (Ctrl+D)"))
        self.display_button.setCheckable(True)
        self.display_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.display_button.toggled.connect(self.set_customer_display)
        QShortcut(QKeySequence("Ctrl+D"), self).activated.connect(self.display_button.toggle)
        self.statusBar().addPermanentWidget(self.display_button)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Signed in: {0} ({1})").format(staff_name, self.tr(ops.role)))
        )
        self.customer_display: CustomerDisplay | None = None
        self.resize(1280, 800)

    def restore_customer_display(self) -> None:
        """Turn the customer display on again if this till had it on last time."""
        self.display_button.setChecked(actions.customer_display_on(self.ops))

    def set_customer_display(self, on: bool) -> None:
        """The customer-facing window on (on the second screen when there is one) or off;
        remembered for this till."""
        if on:
            if self.customer_display is None:
                shop = actions.shop_name(self.ops)
                self.customer_display = CustomerDisplay(shop, self, QLocale().name())
                self.till.attach_display(self.customer_display)
            self.customer_display.place()
        elif self.customer_display is not None:
            self.customer_display.withdraw()
            self.customer_display.hide()
        actions.remember_customer_display(self.ops, on)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.customer_display is not None:
            self.customer_display.withdraw()
            self.customer_display.close()
        super().closeEvent(event)

    def run_housekeeping(self) -> None:
        """Expiry, birthday bonuses and the monthly tier review, off the GUI thread."""

        def done(report: HousekeepingReport) -> None:
            self.statusBar().showMessage(
                self.tr(
                    "Daily housekeeping: {0} points expired, {1} birthday bonuses, {2} downgrades"
                ).format(report.expired_points, report.birthday_bonuses, report.downgrades),
                15_000,
            )

        self.ops.start(
            lambda s, a, _progress: run_housekeeping(s, a),
            on_done=done,
            on_error=lambda e: self.statusBar().showMessage(describe(e), 15_000),
        )

    def _add_disabled(self, name: str, why: str) -> None:
        item = QListWidgetItem(name)
        item.setSizeHint(NAV_ITEM)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setToolTip(why)
        self.nav.addItem(item)

    def _add_page(self, name: str, page: QWidget, key: str) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(name)
        item.setSizeHint(NAV_ITEM)
        self.nav.addItem(item)
        row = self.nav.count() - 1
        self._pages_by_row[row] = page
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(lambda: self.nav.setCurrentRow(row))

    def show_page(self, page: QWidget) -> None:
        rows = [row for row, widget in self._pages_by_row.items() if widget is page]
        self.nav.setCurrentRow(rows[0])
