"""A form dialog: fields, one line for a refusal, OK and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.theme import named, set_tone


class FormDialog(QDialog):
    """A form with an inline error line and OK/Cancel; ``submit`` decides whether to close."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = named(QLabel(wordWrap=True), "message")
        set_tone(self.error, "refused")

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.button_box = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)

    def submit(self) -> None:
        try:
            self.run()
        except LoyaltyError as error:
            self.error.setText(describe(error))
            self.adjustSize()  # room for the whole message (it may take several lines)
            return
        self.accept()

    def run(self) -> None:
        raise NotImplementedError


def pick_folder(
    parent: QWidget, title: str, current: Path | None, keep: Callable[[Path], None]
) -> Path | None:
    """A folder chosen in the system's dialog (starting at ``current``) and kept by ``keep``
    (a service that checks it: its refusal is raised); None when the dialog was cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(current or Path.home()))
    if not chosen:
        return None
    keep(Path(chosen))
    return Path(chosen)
