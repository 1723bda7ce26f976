"""Settings → Backups: this till's backup folder, "Back up now", the backups in the folder, and
restoring one; plus the daily automatic backup at start-up and close.

After a restore the app closes and is started again, rather than reopening the shop in place:
every page keeps what it loaded (the rules, the signed-in staff member, the till's settings),
and a fresh start is the one way they all read the restored shop.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.forms import pick_folder
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named, set_tone

TAKEN = "%Y-%m-%d %H:%M"


def _size(size: int) -> str:
    return QCoreApplication.translate("BackupsTab", "{0:,} KB").format(-(-size // 1024))


class BackupsTab(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.folder: Path | None = None
        self.folder_edit = QLineEdit(readOnly=True)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.last_label = QLabel(wordWrap=True)
        self.backup_button = named(QPushButton(self.tr("Back up now")), "primary")
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore)
        self.progress = QProgressBar()
        self.progress.hide()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Size"), self.tr("File")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.status = named(QLabel(wordWrap=True), "message")
        self._lay_out()
        self.reload()

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backup folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()  # the buttons at their own size while no progress shows
        rotation = QLabel(
            self.tr(
                "Once a day this till backs the shop up into the folder when it starts or "
                "closes. 7 daily, 4 weekly and 12 monthly backups are kept. A USB stick or "
                "another disk keeps them safe when this computer fails."
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(rotation)
        layout.addWidget(self.last_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    # --- what is in the folder -----------------------------------------------------------------
    def reload(self) -> None:
        self.folder = actions.backup_folder(self.ops)
        self.folder_edit.setText(str(self.folder or ""))
        self.folder_edit.setPlaceholderText(self.tr("Choose a folder, e.g. on a USB stick"))
        self.backup_button.setEnabled(self.folder is not None)
        found = []
        if self.folder is not None:
            try:
                found = actions.backups_in(self.folder)
            except LoyaltyError as error:
                self._say(describe(error), "refused")
        self.table.setRowCount(len(found))
        for row, backup in enumerate(found):
            cells = (backup.taken.strftime(TAKEN), _size(backup.size), backup.path.name)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if found:
            newest = found[0]
            self.last_label.setText(
                self.tr("Last backup: {0} ({1})").format(
                    newest.taken.strftime(TAKEN), newest.path.name
                )
            )
        else:
            self.last_label.setText(self.tr("No backup in this folder yet."))

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def choose_folder(self) -> None:
        keep = partial(actions.choose_backup_folder, self.ops)
        try:
            chosen = pick_folder(self, self.tr("Backup folder"), self.folder, keep)
        except LoyaltyError as error:
            self._say(describe(error), "refused")
            return
        if chosen is not None:
            self._say(self.tr("Backups go to {0}").format(chosen), "ok")
            self.reload()

    # --- backing up and restoring ------------------------------------------------------------
    def _working(self, working: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.choose_button):
            button.setEnabled(not working)
        self.progress.setRange(0, 0)  # busy until the first step reports
        self.progress.setVisible(working)
        if not working:
            self.backup_button.setEnabled(self.folder is not None)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        self._say(describe(error), "refused")
        QMessageBox.warning(self, self.tr("Backups"), describe(error))

    def back_up(self) -> None:
        self._working(True)
        self._say(self.tr("Backing up…"), "note")

        def done(result: actions.backup.BackupResult) -> None:
            self._working(False)
            self._say(self.tr("Backed up to {0}").format(result.path), "ok")
            self.reload()

        actions.start_backup(self.ops, on_done=done, on_error=self._failed, on_progress=self._step)

    def restore(self) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(self.folder or Path.home()),
            self.tr("Backups (*.db *.bak);;All files (*)"),
        )
        if not file:
            return
        question = self.tr(
            "Restore the shop from {0}?\n\nEverything now in the shop is replaced by the data "
            "in this backup. The current data is kept as a pre-restore copy next to the "
            "database.\n\nThe file is checked first; loyalty-desktop closes after the restore."
        ).format(file)
        answer = QMessageBox.question(self, self.tr("Restore a backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._working(True)
        self._say(self.tr("Checking and restoring {0}…").format(file), "note")
        actions.start_restore(
            self.ops,
            Path(file),
            on_done=self._restored,
            on_error=self._failed,
            on_progress=self._step,
        )

    def _restored(self, result: actions.backup.RestoreResult) -> None:
        self._working(False)
        kept = str(result.pre_restore or "")
        QMessageBox.information(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restored {0}. The data from before the restore is kept in {1}.\n\n"
                "loyalty-desktop closes now; start it again to work with the restored shop."
            ).format(result.path, kept),
        )
        self.window().close()


# --- the daily automatic backup -------------------------------------------------------------------


def start_automatic_backup(window: QMainWindow, ops: Operations) -> QLabel:
    """At start-up, off the GUI thread. A failure (the stick is not plugged in, the disk is full)
    stays in the status bar (the label returned): the owner believes backups are being made."""
    warning = named(QLabel(), "message")
    set_tone(warning, "refused")
    warning.hide()
    window.statusBar().addWidget(warning)

    def failed(error: BaseException) -> None:
        warning.setText(
            QCoreApplication.translate("BackupsTab", "Backup failed: {0}").format(describe(error))
        )
        warning.show()

    actions.start_automatic_backup(ops, on_done=lambda _result: warning.hide(), on_error=failed)
    return warning


def backup_at_close(ops: Operations) -> None:
    """As the app closes: the daily backup if it is due; a failure is said in a message box."""
    try:
        actions.backup_at_close(ops)
    except LoyaltyError as error:
        QMessageBox.warning(
            None,
            "loyalty-desktop",
            QCoreApplication.translate("BackupsTab", "Backup failed: {0}").format(describe(error)),
        )
