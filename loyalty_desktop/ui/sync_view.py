"""Settings → Sync: the folder this till syncs through, "Sync now" (the other tills' packages in,
then this till's new rows out), whether it syncs at start-up and close, what came in and the
conflicts, each in a sentence. Plus the till's own sync at start-up and close."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services.sync.now import SyncDone
from loyalty_desktop.services.sync.words import conflict_text, counts_text
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.forms import pick_folder
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named, set_tone


class SyncTab(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.folder: Path | None = None
        self.folder_edit = named(QLineEdit(readOnly=True), "syncFolder")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.automatic = named(
            QCheckBox(self.tr("Sync when this till starts and when it closes")), "syncAutomatically"
        )
        self.automatic.toggled.connect(self._automatic_chosen)
        self.sync_button = named(QPushButton(self.tr("Sync now")), "primary")
        self.sync_button.clicked.connect(self.sync)
        self.log_button = named(QPushButton(self.tr("Edit conflicts")), "syncLog")
        self.log_button.setToolTip(
            self.tr("Member details changed at two tills offline, and the values that lost")
        )
        self.log_button.clicked.connect(self.show_log)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # a sync reports no steps: busy until it is done
        self.progress.hide()
        self.result = named(QLabel(wordWrap=True), "syncResult")
        self.conflicts = named(QListWidget(), "syncConflicts")
        self.conflicts.hide()
        self.status = named(QLabel(wordWrap=True), "message")
        self._lay_out()
        self.reload()

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Sync folder:")))
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        how = QLabel(
            self.tr(
                "Each till leaves the members, sales and points it made in this folder and takes "
                "in the other tills'. Choose a folder every till reaches: a shared folder on the "
                "shop's network, a cloud-drive folder, or a USB stick carried from till to till. "
                "Importing the same package twice, or packages in any order, counts nothing "
                "twice."
            ),
            wordWrap=True,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        buttons.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(how)
        layout.addWidget(self.automatic)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.status)
        layout.addStretch()

    def reload(self) -> None:
        self.folder, automatic = actions.sync_settings(self.ops)
        self.folder_edit.setText(str(self.folder or ""))
        self.folder_edit.setPlaceholderText(self.tr("Choose a folder every till can reach"))
        self.automatic.blockSignals(True)
        self.automatic.setChecked(automatic)
        self.automatic.blockSignals(False)
        self.sync_button.setEnabled(self.folder is not None)

    def _say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def choose_folder(self) -> None:
        keep = partial(actions.choose_sync_folder, self.ops)
        try:
            chosen = pick_folder(self, self.tr("Sync folder"), self.folder, keep)
        except LoyaltyError as error:
            self._say(describe(error), "refused")
            return
        if chosen is not None:
            self._say(self.tr("This till syncs through {0}").format(chosen), "ok")
            self.reload()

    def _automatic_chosen(self, on: bool) -> None:
        try:
            actions.sync_automatically(self.ops, on)
        except LoyaltyError as error:
            self._say(describe(error), "refused")
            self.reload()

    def sync(self) -> None:
        self._working(True)
        self._say(self.tr("Syncing…"), "note")
        actions.start_sync(self.ops, on_done=self._synced, on_error=self._failed)

    def _working(self, working: bool) -> None:
        for widget in (self.sync_button, self.choose_button, self.automatic):
            widget.setEnabled(not working)
        self.progress.setVisible(working)

    def _synced(self, done: SyncDone | None) -> None:
        self._working(False)
        if done is None:
            return
        self.show_result(done)
        self._say(self.tr("Synced."), "ok")

    def show_result(self, done: SyncDone) -> None:
        """What came in, what went out, and each conflict in a sentence."""
        summary, exported = done.summary, done.exported
        lines = [
            self.tr("In: %n package(s) from the other tills", "", len(summary.imported))
            + " — "
            + counts_text(summary.rows_in),
            self.tr("Out: package {0} with {1}").format(
                exported.sequence, counts_text(exported.rows)
            )
            if exported.path
            else self.tr("Out: nothing new since package {0}").format(exported.sequence),
        ]
        if summary.waiting:
            lines.append(
                self.tr("Waiting for earlier packages of their till: {0}").format(
                    ", ".join(summary.waiting)
                )
            )
        if summary.conflicts:
            lines.append(self.tr("%n conflict(s), settled as below:", "", len(summary.conflicts)))
        self.result.setText("\n".join(lines))
        self.conflicts.clear()
        self.conflicts.addItems([conflict_text(c) for c in summary.conflicts])
        self.conflicts.setVisible(bool(summary.conflicts))

    def show_log(self) -> None:
        """The conflict log of member edits (the same on every till that has the same edits)."""
        try:
            log = actions.edit_conflicts(self.ops)
        except LoyaltyError as error:
            self._say(describe(error), "refused")
            return
        self.result.setText(
            self.tr("%n member edit(s) lost to another till's:", "", len(log))
            if log
            else self.tr("No member edit lost to another till's.")
        )
        self.conflicts.clear()
        self.conflicts.addItems([conflict_text(c) for c in log])
        self.conflicts.setVisible(bool(log))

    def _failed(self, error: BaseException) -> None:
        self._working(False)
        self._say(describe(error), "refused")


# --- the till's own sync at start-up and close ------------------------------------------------


def start_automatic_sync(window: QMainWindow, ops: Operations) -> QLabel:
    """At start-up, off the GUI thread, when the owner switched it on. A failure (the shared
    folder cannot be reached) stays in the status bar: the owner believes the tills agree."""
    warning = named(QLabel(), "message")
    set_tone(warning, "refused")
    warning.hide()
    window.statusBar().addWidget(warning)

    def failed(error: BaseException) -> None:
        warning.setText(
            QCoreApplication.translate("SyncTab", "Sync failed: {0}").format(describe(error))
        )
        warning.show()

    actions.start_sync(ops, automatic=True, on_done=lambda _result: warning.hide(), on_error=failed)
    return warning


def sync_at_close(ops: Operations) -> None:
    """As the app closes, when switched on; a failure is said in a message box."""
    try:
        actions.sync_at_close(ops)
    except LoyaltyError as error:
        QMessageBox.warning(
            None,
            "loyalty-desktop",
            QCoreApplication.translate("SyncTab", "Sync failed: {0}").format(describe(error)),
        )
