"""GUI entry point: open the shop's database and show the main window.

The till arrives with the next milestone; until then the window says which database is open.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from loyalty_desktop.config import resolve_database_url
from loyalty_desktop.db import Database, open_database
from loyalty_desktop.errors import LoyaltyError


def build_main_window(db: Database) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("MainWindow", "loyalty-desktop"))
    label = QLabel(QApplication.translate("MainWindow", "Database: {0}").format(db.display_name()))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.statusBar().showMessage(db.display_name())
    window.resize(1024, 700)
    return window


def main() -> int:
    app = QApplication(sys.argv)
    try:
        db = open_database(resolve_database_url())
    except LoyaltyError as error:
        QMessageBox.critical(None, "loyalty-desktop", str(error))
        return 1
    window = build_main_window(db)
    window.show()
    return app.exec()
