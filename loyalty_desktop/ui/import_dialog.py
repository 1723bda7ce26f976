"""Members → Import…: members, sales or the item list from a CSV file. A dry run comes first
and writes nothing: how many rows would be imported, the bad rows in a table (line, column,
problem) and the columns left out. Only when the owner then clicks "Import N rows" is anything
written, off the GUI thread with a progress bar, all or nothing (the import service's batches)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core.errors import ImportFailed, LoyaltyError, field_name, render
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.services.csv_io import RowProblem
from loyalty_desktop.services.importing import ImportReport
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone

KINDS = {
    "members": QT_TRANSLATE_NOOP("ImportDialog", "Members"),
    "sales": QT_TRANSLATE_NOOP("ImportDialog", "Sales"),
    "items": QT_TRANSLATE_NOOP("ImportDialog", "Item list"),
}
# How the encoding the file was read in is called in a shop (gb18030 reads GBK files).
ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "gb18030": "GBK"}


class ImportDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.path = ""
        self.report: ImportReport | None = None
        self.running = ""  # "check" or "import" while a job runs
        self._stop = threading.Event()
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.kind = named(QComboBox(), "importKind")
        for key, label in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("ImportDialog", label), key)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.progress = QProgressBar()
        self.summary = named(QLabel(wordWrap=True), "message")
        self.unknown = QLabel(wordWrap=True)
        self.problems = named(
            make_table([self.tr("Line"), self.tr("Column"), self.tr("Problem")]), "badRows"
        )
        self.problems.setWordWrap(True)  # a long problem reads whole, over two lines
        self.skip_bad = QCheckBox()
        # The default button (Enter), greyed while the import must wait: not "primary", whose
        # colour would hide that it is disabled. Enter never cancels.
        self.import_button = QPushButton(self.tr("Import"), default=True)
        self.close_button = QPushButton(self.tr("Cancel"), autoDefault=False)
        self.choose_button.setAutoDefault(False)
        self._build()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.choose_button.clicked.connect(self.choose_file)
        self.skip_bad.toggled.connect(self._allow_import)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._release)
        self._show_report(None)
        self.summary.setText(
            self.tr("Choose a CSV file of members, sales or items (UTF-8 or GBK).")
        )
        self.resize(760, 520)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The file holds")))
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_bad)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.unknown)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)
        layout.addLayout(buttons)

    # --- choosing and checking -----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a CSV file"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.path = path
            self.check()

    def _kind_changed(self) -> None:
        if self.path and not self.running:
            self.check()

    def check(self) -> None:
        """The dry run: every row checked, nothing kept."""
        self._show_report(None)
        self._say(self.tr("Checking {file}…").format(file=self._file()), "note")
        self._start(dry_run=True)

    def _start(self, *, dry_run: bool) -> None:
        self.running = "check" if dry_run else "import"
        self._stop = threading.Event()
        self._busy(True)
        self.progress.setRange(0, 0)  # until the first report of progress
        actions.start_import(
            self.ops,
            self.kind.currentData(),
            self.path,
            dry_run=dry_run,
            skip_bad=not dry_run and self.skip_bad.isChecked(),
            stop=self._stop,
            on_done=lambda report: self._ended(report, None),
            on_error=lambda error: self._ended(None, error),
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _ended(self, report: ImportReport | None, error: BaseException | None) -> None:
        self.running = ""
        if not self.isVisible():  # closed while it ran (a check stopped: nothing written)
            self.deleteLater()
            return
        self._busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if error is None else 0)
        if isinstance(error, actions.ImportStopped):
            self._say(self.tr("Stopped. Nothing was imported."), "note")
        elif error is not None:
            self._failed(error)
        elif report is not None and report.dry_run:
            self._checked(report)
        elif report is not None:
            self._imported(report)

    # --- what the dry run found ----------------------------------------------------------------
    def _checked(self, report: ImportReport) -> None:
        self._show_report(report)
        bad = len({p.line for p in report.problems})
        said = [
            self.tr("{file} ({encoding}): %n row(s).", "", report.rows).format(
                file=self._file(), encoding=ENCODINGS.get(report.encoding, report.encoding)
            ),
            self.tr("%n can be imported.", "", report.imported),
        ]
        if bad:
            said.append(self.tr("%n row(s) have problems (see the table).", "", bad))
        said.append(self.tr("Nothing has been written yet."))
        self._say(" ".join(said), "refused" if not report.imported else "note" if bad else "ok")
        self.skip_bad.setText(
            self.tr("Import the good rows and leave out the %n bad row(s)", "", bad)
        )
        self.skip_bad.setVisible(bool(bad and report.imported))
        self.skip_bad.setChecked(False)
        self.import_button.setText(self.tr("Import %n row(s)", "", report.imported))
        self._allow_import()

    def _show_report(self, report: ImportReport | None) -> None:
        """The dry run's findings (``None``: none yet); the import waits for a new one."""
        self.report = report
        problems = report.problems if report else []
        self._show_problems(problems)
        unknown = report.unknown_columns if report else []
        self.unknown.setText(
            self.tr("Columns left out (not known): {0}").format(", ".join(unknown))
        )
        self.unknown.setVisible(bool(unknown))
        self.skip_bad.setVisible(False)
        self._allow_import()

    def _show_problems(self, problems: list[RowProblem]) -> None:
        rows = [
            [
                str(p.line),
                field_name(p.column) if p.column else "",
                render(p.error, short=True),
            ]
            for p in problems
        ]
        fill_table(self.problems, rows, numbers=(0,))
        self.problems.resizeRowsToContents()
        for r, problem in enumerate(problems):  # the whole sentence when the cell cuts it
            if cell := self.problems.item(r, 2):
                cell.setToolTip(problem.describe())
        self.problems.setVisible(bool(problems))

    def _allow_import(self) -> None:
        report = self.report
        ready = (
            report is not None
            and report.dry_run
            and report.imported > 0
            and (not report.problems or self.skip_bad.isChecked())
            and not self.running
        )
        self.import_button.setEnabled(ready)
        self.import_button.setVisible(report is None or report.dry_run)

    # --- the import ----------------------------------------------------------------------------
    def start_import(self) -> None:
        self._say(self.tr("Importing… Cancel stops it and undoes it."), "note")
        self._start(dry_run=False)

    def _imported(self, report: ImportReport) -> None:
        self._show_report(report)
        done = (
            self.tr("Imported %n member(s) from {file}.", "", report.imported)
            if report.kind == "members"
            else self.tr("Imported %n sale(s) from {file}.", "", report.imported)
        ).format(file=self._file())
        if report.points_awarded:
            done += " " + self.tr("%n point(s) added.", "", report.points_awarded)
        if report.rejected_file:
            bad = len({p.line for p in report.problems})
            done += " " + self.tr(
                "%n bad row(s) left out, written with their problems to {path}", "", bad
            ).format(path=report.rejected_file)
        self._say(done, "ok")
        self.close_button.setText(self.tr("Close"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ImportFailed):  # found by the import itself: nothing written
            self._show_report(None)  # the file is checked again before another try
            self._show_problems(error.problems)
            self._say(describe(error), "refused")
            return
        reason = render(error, short=True) if isinstance(error, LoyaltyError) else describe(error)
        self._say(
            self.tr("{file} cannot be imported: {reason}").format(file=self._file(), reason=reason),
            "refused",
        )

    # --- the dialog ----------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel: a check is dropped at once (it keeps nothing); an import is stopped and
        undone, and the dialog stays to say so."""
        if self.running == "import":
            self._stop.set()
            self.close_button.setEnabled(False)
            self._say(self.tr("Stopping: undoing what was imported…"), "note")
            return
        self._stop.set()
        super().reject()

    def _release(self) -> None:
        if not self.running:
            self.deleteLater()

    def _busy(self, busy: bool) -> None:
        for widget in (self.kind, self.choose_button, self.skip_bad):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(True)
        self._allow_import()

    def _say(self, text: str, tone: str) -> None:
        self.summary.setText(text)
        set_tone(self.summary, tone)

    def _file(self) -> str:
        return Path(self.path).name
