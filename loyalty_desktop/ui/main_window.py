"""The main window: navigation on the left, the pages, and a status bar with the database and
the signed-in staff member."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from loyalty_desktop.ui.members import MembersView
from loyalty_desktop.ui.operations import Operations
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
        self.nav = QListWidget(objectName="nav")
        self.nav.setFixedWidth(150)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._add_page(self.tr("Till"), self.till, "Ctrl+1")
        self._add_page(self.tr("Members"), self.members, "Ctrl+2")
        for name in (
            self.tr("Coupons"),
            self.tr("Surveys"),
            self.tr("Reports"),
            self.tr("Settings"),
        ):
            item = QListWidgetItem(name)
            item.setSizeHint(NAV_ITEM)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # filled by later releases
            item.setToolTip(self.tr("Not available in this version yet"))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.statusBar().addWidget(QLabel(self.tr("Database: {0}").format(ops.db.display_name())))
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Signed in: {0} ({1})").format(staff_name, self.tr(ops.role)))
        )
        self.resize(1280, 800)

    def _add_page(self, name: str, page: QWidget, key: str) -> None:
        self.pages.addWidget(page)
        item = QListWidgetItem(name)
        item.setSizeHint(NAV_ITEM)
        self.nav.addItem(item)
        row = self.nav.count() - 1
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(lambda: self.nav.setCurrentRow(row))

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.pages.indexOf(page))
