"""First run with an empty database: open a demo shop to look around, or start empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from loyalty_desktop.services.demo import build_demo, mark_welcomed
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named


class WelcomeDialog(QDialog):
    def __init__(
        self, ops: Operations, parent: QWidget | None = None, demo_size: tuple[int, int] = (500, 12)
    ) -> None:
        super().__init__(parent)
        self.ops, self.demo_size = ops, demo_size
        self.setWindowTitle(self.tr("Welcome to loyalty-desktop"))
        layout = QVBoxLayout(self)
        title = named(QLabel(self.tr("Welcome!")), "bigName")
        text = QLabel(
            self.tr(
                "This shop has no members yet. Open a demo shop to look around with believable "
                "data (500 members, a year of sales), or start with an empty shop."
            ),
            wordWrap=True,
        )
        self.demo_button = named(QPushButton(self.tr("Open demo shop")), "primary")
        self.empty_button = QPushButton(self.tr("Start empty"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel(wordWrap=True)
        for widget in (
            title,
            text,
            self.demo_button,
            self.empty_button,
            self.progress,
            self.status,
        ):
            layout.addWidget(widget)
        self.demo_button.clicked.connect(self.open_demo)
        self.empty_button.clicked.connect(self.start_empty)
        self.setMinimumWidth(440)

    def reject(self) -> None:
        """Esc or the close button do nothing while the demo shop is being built."""
        if self.demo_button.isEnabled():
            super().reject()

    def start_empty(self) -> None:
        actions.start_empty(self.ops)
        self.accept()

    def open_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Building the demo shop…"))
        self.setCursor(Qt.CursorShape.BusyCursor)

        def work(session, actor, progress):
            members, months = self.demo_size
            summary = build_demo(session, actor, members, months, progress=progress)
            mark_welcomed(session)
            return summary

        self.ops.start(
            work,
            on_done=lambda _summary: self.accept(),
            on_error=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self.unsetCursor()
        self.status.setText(describe(error))
        self.demo_button.setEnabled(True)
        self.empty_button.setEnabled(True)
