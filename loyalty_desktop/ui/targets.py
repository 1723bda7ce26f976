"""The owner's KPI targets (目标), set from the Reports view: one field per figure, typed as the
owner says it (25 for 25 %), empty for no target. Each refusal shows beside its field; OK keeps
them all in one transaction, or none."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from loyalty_desktop.core.errors import InvalidInput, LoyaltyError, render
from loyalty_desktop.services import targets
from loyalty_desktop.services.report_figures import KPIS, Unit, figure_word
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named, set_tone


class TargetsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("KPI targets"))
        kept = ops.call(lambda s, _a: targets.load_targets(s), readonly=True)
        form = QFormLayout(self)
        form.addRow(
            named(
                QLabel(
                    self.tr(
                        "What the Reports view and the monthly PDF compare each month with. "
                        "Leave a field empty for no target."
                    ),
                    wordWrap=True,
                ),
                "targetNote",
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        self.refusals: dict[str, QLabel] = {}
        for metric in targets.METRICS:
            field = named(QLineEdit(), f"target_{metric}")
            field.setMaximumWidth(110)
            field.setMaxLength(20)  # the longest target anyone types: "¥1,000,000.00"
            field.setPlaceholderText(self.tr("none"))
            if metric in kept:
                field.setText(targets.typed_text(metric, kept[metric]))
            refusal = named(QLabel(wordWrap=True), "message")  # never widens the dialog
            set_tone(refusal, "refused")
            row = QHBoxLayout()
            row.addWidget(field)
            row.addWidget(QLabel(self._unit(metric)))
            row.addWidget(refusal, 1)
            form.addRow(figure_word(KPIS[metric].label), row)
            self.fields[metric], self.refusals[metric] = field, refusal
        self.error = named(QLabel(wordWrap=True), "message")
        set_tone(self.error, "refused")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(640)

    def _unit(self, metric: str) -> str:
        """What the number is typed in, beside its field."""
        unit = KPIS[metric].unit
        if unit is Unit.PERCENT:
            return "%"
        if unit is Unit.CENTS:
            return self.tr("yuan")
        if unit is Unit.NPS:
            return self.tr("−100 to 100")
        if unit is Unit.SCORE:
            return self.tr("1 to 5")
        return self.tr("a month")

    def typed(self) -> dict[str, str | None]:
        return {metric: field.text().strip() or None for metric, field in self.fields.items()}

    def submit(self) -> None:
        """Check every field (each refusal beside its own), then keep them all together."""
        typed = self.typed()
        refused = False
        for metric, text in typed.items():
            self.refusals[metric].clear()
            if text is None:
                continue
            try:
                targets.parse_target(metric, text)
            except InvalidInput as error:
                self.refusals[metric].setText(render(error, short=True))
                refused = True
        if refused:
            self.error.setText(self.tr("Nothing was saved: correct the fields marked in red."))
            return
        try:
            self.ops.call(lambda s, a: targets.set_targets(s, a, typed))
        except LoyaltyError as error:
            self.error.setText(describe(error))
            return
        self.accept()
