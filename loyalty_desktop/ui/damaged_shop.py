"""At start-up, a shop file SQLite finds damaged: say so, and offer to put a backup in its place
(``backup.restore_over_damaged``: the backup is checked first, the damaged file is kept beside
it, renamed). Nobody can sign in to a shop that cannot be opened, so no PIN is asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import config
from loyalty_desktop.core.errors import DatabaseDamaged
from loyalty_desktop.services import backup
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import run_in_worker
from loyalty_desktop.ui.theme import named, set_tone


class DamagedShopDialog(QDialog):
    """What is wrong, "Restore a backup…" and "Quit"; accepted once a backup is in place."""

    def __init__(self, live: Path, damage: DatabaseDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.job: object | None = None  # the restore running in a worker
        self.setWindowTitle(self.tr("The shop's database is damaged"))
        self.explain = QLabel(describe(damage), wordWrap=True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = named(QLabel(wordWrap=True), "message")
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("Open the shop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.hide()
        quit_button: QPushButton = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.restore_button.clicked.connect(self.choose_backup)
        self.buttons.accepted.connect(self.accept)
        quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def choose_backup(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.live.parent),
            self.tr("Backups (*.db *.bak);;All files (*)"),
        )
        if not file:
            return
        question = self.tr(
            "Put the backup {0} in place of the damaged database?\n\nThe backup is checked "
            "first. The damaged file is kept beside it under a new name; nothing is deleted."
        ).format(file)
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(Path(file))

    def restore(self, file: Path) -> None:
        """Check and restore ``file`` in a worker, the progress shown here."""
        self.restore_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Checking and restoring {0}…").format(file), "note")
        self.job = run_in_worker(
            lambda progress: backup.restore_over_damaged(
                self.live, file, config.till_id(), progress=progress
            ),
            on_done=self._restored,
            on_error=self._failed,
            on_progress=self._step,
        )

    def _step(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _restored(self, result: backup.RestoreResult) -> None:
        self.job = None
        self.progress.hide()
        self._say(
            self.tr("Restored {0}. The damaged file is kept as {1}.").format(
                result.path, result.pre_restore
            ),
            "ok",
        )
        self.restore_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.progress.hide()
        self.restore_button.setEnabled(True)
        self._say(describe(error), "refused")

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)
        self.adjustSize()  # room for the longer text
