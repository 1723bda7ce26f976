"""The Surveys view: results by month (NPS, CSAT, a chart, what customers wrote), the
follow-up queue of unhappy customers, and the survey's questions (owner)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display
from loyalty_desktop.core.changes import Change
from loyalty_desktop.core.errors import InvalidInput, LoyaltyError
from loyalty_desktop.core.i18n import QT_TRANSLATE_NOOP
from loyalty_desktop.services import surveys
from loyalty_desktop.services.follow_ups import FollowUpRow
from loyalty_desktop.services.permissions import Action, can
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.actions import FollowUpStatus
from loyalty_desktop.ui.counts import CountSpin
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.survey_panel import SurveyDialog
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import ACCENT, NOTE, named, set_tone

MONTHS = 12
# A follow-up's steps, as the queue and its filter name them.
FOLLOW_UP_STATUSES = {
    FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("FollowUpTab", "Open"),
    FollowUpStatus.CONTACTED: QT_TRANSLATE_NOOP("FollowUpTab", "Contacted"),
    FollowUpStatus.RESOLVED: QT_TRANSLATE_NOOP("FollowUpTab", "Resolved"),
}
# The kinds of the survey's third question ("none": no third question).
EXTRA_KINDS = {
    "none": QT_TRANSLATE_NOOP("QuestionsTab", "No extra question"),
    "text": QT_TRANSLATE_NOOP("QuestionsTab", "Free text"),
    "choice": QT_TRANSLATE_NOOP("QuestionsTab", "Choice"),
}


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


class ResultsTab(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.segment = QComboBox()
        self.segment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment.currentIndexChanged.connect(self.refresh)
        self.figures = {key: named(QLabel("—"), "figure") for key in ("nps", "csat", "n", "rate")}
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(230)
        self.months = make_table(
            [
                self.tr("Month"),
                self.tr("Asked"),
                self.tr("Answers"),
                self.tr("Answer rate"),
                self.tr("NPS"),
                self.tr("Promoters"),
                self.tr("Passives"),
                self.tr("Detractors"),
                self.tr("CSAT"),
            ]
        )
        self.months.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.months.itemSelectionChanged.connect(self._show_comments)
        self.comments = make_table(
            [
                self.tr("When"),
                self.tr("Customer"),
                self.tr("NPS"),
                self.tr("CSAT"),
                self.tr("Comment"),
            ]
        )
        self.comments_title = named(QLabel(), "panelTitle")
        self._months: list[date] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Customers:")))
        top.addWidget(self.segment)
        top.addStretch(1)
        layout.addLayout(top)
        strip = QGridLayout()
        captions = {
            "nps": self.tr("NPS, last %n month(s)", "", MONTHS),
            "csat": self.tr("CSAT (1–5)"),
            "n": self.tr("Answers"),
            "rate": self.tr("Answer rate"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            strip.addWidget(named(QLabel(caption), "panelTitle"), 0, column)
            strip.addWidget(self.figures[key], 1, column)
        layout.addLayout(strip)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.months)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.comments_title)
        lower_layout.addWidget(self.comments)
        split.addWidget(lower)
        split.setSizes([260, 220, 220])
        layout.addWidget(split, 1)

    def load_segments(self) -> None:
        tiers, tags = actions.survey_segments(self.ops)
        current = self.segment.currentData()
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItem(self.tr("Everyone (members and walk-ins)"), None)
        self.segment.addItem(self.tr("All members"), "all")
        for tier in tiers:
            self.segment.addItem(self.tr("Tier: {0}").format(tier), f"tier:{tier}")
        for tag in tags:
            self.segment.addItem(self.tr("Tag: {0}").format(tag), f"tag:{tag}")
        found = self.segment.findData(current)
        self.segment.setCurrentIndex(max(found, 0))
        self.segment.blockSignals(False)

    def refresh(self) -> None:
        segment = self.segment.currentData()
        try:
            by_month, total = actions.survey_figures(self.ops, MONTHS, segment)
        except LoyaltyError as error:
            self.comments_title.setText(describe(error))
            return
        self._months = [month for month, _f in by_month]
        self.figures["nps"].setText(display.nps(total.nps))
        self.figures["csat"].setText(display.score(total.csat))
        self.figures["n"].setText(display.points(total.responses))
        self.figures["rate"].setText(display.percent(total.response_rate))
        fill_table(
            self.months,
            [
                [
                    display.month_title(month),
                    str(f.asked),
                    str(f.responses),
                    display.percent(f.response_rate),
                    display.nps(f.nps),
                    str(f.promoters),
                    str(f.passives),
                    str(f.detractors),
                    display.score(f.csat),
                ]
                for month, f in reversed(by_month)
            ],
            numbers=range(1, 9),
        )
        self._draw(by_month)
        self._show_comments()

    def _draw(self, by_month: list[tuple[date, surveys.SurveyFigures]]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        months = QBarCategoryAxis()
        months.append([m.strftime("%y-%m") for m, _f in by_month])
        nps_series, csat_series = QLineSeries(), QLineSeries()
        nps_series.setName(self.tr("NPS (−100 … 100)"))
        csat_series.setName(self.tr("CSAT (1 … 5)"))
        nps_series.setPen(QPen(QColor(ACCENT), 3))
        csat_series.setPen(QPen(QColor(NOTE), 3))
        for x, (_m, f) in enumerate(by_month):
            if f.nps is not None:
                nps_series.append(x, f.nps)
            if f.csat is not None:
                csat_series.append(x, f.csat)
        nps_axis, csat_axis = QValueAxis(), QValueAxis()
        nps_axis.setRange(-100, 100)
        nps_axis.setLabelFormat("%d")
        csat_axis.setRange(1, 5)
        csat_axis.setLabelFormat("%.1f")
        self.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(nps_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(csat_axis, Qt.AlignmentFlag.AlignRight)
        for series, axis in ((nps_series, nps_axis), (csat_series, csat_axis)):
            self.chart.addSeries(series)
            series.attachAxis(months)
            series.attachAxis(axis)

    def _show_comments(self) -> None:
        """What customers wrote in the month selected in the table (all 12 months if none)."""
        if not self._months:
            return
        rows = self.months.selectionModel().selectedRows()
        segment = self.segment.currentData()
        months = list(reversed(self._months))
        first, last = (months[rows[0].row()],) * 2 if rows else (self._months[0], self._months[-1])
        zone, found = actions.survey_comments(self.ops, first, last, segment)
        span = display.month_title(first) if rows else self.tr("the last %n month(s)", "", MONTHS)
        self.comments_title.setText(self.tr("WHAT CUSTOMERS WROTE — {0}").format(span))
        fill_table(
            self.comments,
            [
                [
                    display.local_datetime(c.answered_at, zone),
                    c.name or self.tr("Walk-in"),
                    _score(c.nps),
                    _score(c.csat),
                    c.comment,
                ]
                for c in found
            ],
            numbers=(2, 3),
        )


class FollowUpTab(QWidget):
    """Unhappy customers to call back: open → contacted → resolved, each step with a note."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.rows: list[FollowUpRow] = []
        self.labels = {s.value: self.tr(label) for s, label in FOLLOW_UP_STATUSES.items()}
        self.status = QComboBox()
        for value, label in self.labels.items():
            self.status.addItem(label, value)
        self.status.addItem(self.tr("All"), None)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table = make_table(
            [
                self.tr("Opened"),
                self.tr("Customer"),
                self.tr("Contact"),
                self.tr("NPS"),
                self.tr("CSAT"),
                self.tr("Status"),
                self.tr("Comment"),
            ]
        )
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.notes = QPlainTextEdit(readOnly=True)
        self.notes.setPlaceholderText(self.tr("No notes yet"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was said or done (optional)"))
        self.message = named(QLabel(wordWrap=True), "message")
        self.buttons = {
            status: QPushButton(text)
            for status, text in (
                (FollowUpStatus.CONTACTED.value, self.tr("Mark contacted")),
                (FollowUpStatus.RESOLVED.value, self.tr("Mark resolved")),
                (FollowUpStatus.OPEN.value, self.tr("Reopen")),
                ("", self.tr("Add note")),
            )
        }
        for status, button in self.buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.move_on(s))
            button.setEnabled(False)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.status)
        top.addStretch(1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        detail = QGroupBox(self.tr("Follow-up"))
        form = QVBoxLayout(detail)
        form.addWidget(self.notes)
        form.addWidget(self.note)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        form.addLayout(row)
        form.addWidget(self.message)
        split.addWidget(detail)
        split.setSizes([380, 240])
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        status = self.status.currentData()
        acted = self.selected()
        zone, self.rows = actions.follow_up_queue(self.ops, status)
        fill_table(
            self.table,
            [
                [
                    display.local_datetime(r.opened_at, zone),
                    f"{r.name} ({r.card})",
                    r.phone or self.tr("no consent to contact"),
                    _score(r.nps),
                    _score(r.csat),
                    self.labels[r.status],
                    r.comment,
                ]
                for r in self.rows
            ],
            numbers=(3, 4),
        )
        self._select(acted.id if acted else None)

    def _select(self, follow_up_id: int | None) -> None:
        """Keep the selection on the follow-up it was on. When that one has left the list (it
        is no longer open), select nothing: the next click must not act on someone else."""
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        ids = [row.id for row in self.rows]
        if follow_up_id in ids:
            self.table.selectRow(ids.index(follow_up_id))
        self._show_selected()

    def selected(self) -> FollowUpRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        self.notes.setPlainText(row.notes if row else "")
        for status, button in self.buttons.items():
            button.setEnabled(row is not None and status != row.status)

    def move_on(self, status: str) -> None:
        row = self.selected()
        if row is None:
            return
        note, target = self.note.text(), status or row.status
        try:
            actions.move_follow_up(self.ops, row.id, target, note)
        except LoyaltyError as error:
            self.message.setText(describe(error))
            set_tone(self.message, "refused")
            return
        self.note.clear()
        self.message.setText(self.tr("Saved."))
        set_tone(self.message, "ok")
        self.refresh()


class QuestionsTab(QWidget):
    """The survey's questions and when it is asked; the owner saves, others read."""

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.enabled = QCheckBox(self.tr("Ask the survey at the till"))
        self.ask = QComboBox()
        self.ask.addItem(self.tr("Every member sale"), "member_sales")
        self.ask.addItem(self.tr("Every Nth sale (members and walk-ins)"), "every_nth")
        self.every_n = self._spin(lambda n: self.tr("%n sale(s)", "", n), 1, 1000)
        self.min_days = self._spin(lambda n: self.tr("%n day(s)", "", n), 0, 365)
        self.timeout = self._spin(lambda n: self.tr("%n second(s)", "", n), 5, 300)
        self.use = {
            "nps": QCheckBox(self.tr("NPS (0–10)")),
            "csat": QCheckBox(self.tr("CSAT (1–5)")),
        }
        self.extra = QComboBox()
        for value, label in EXTRA_KINDS.items():
            self.extra.addItem(self.tr(label), value)
        self.wording = {kind: (QLineEdit(), QLineEdit()) for kind in ("nps", "csat", "extra")}
        self.choices = QPlainTextEdit()
        self.choices.setPlaceholderText(self.tr("One answer per line: Chinese | English"))
        self.choices.setMaximumHeight(110)
        self.status = named(QLabel(wordWrap=True), "message")
        self.save_button = named(QPushButton(self.tr("Save survey")), "primary")
        self.save_button.clicked.connect(self.save)
        preview = QPushButton(self.tr("Preview"))
        preview.clicked.connect(self.preview)
        self._build(preview)
        for widget in (self.enabled, *self.use.values()):
            widget.toggled.connect(self.changed)
        for combo in (self.ask, self.extra):
            combo.currentIndexChanged.connect(self.changed)
        for spin in (self.every_n, self.min_days, self.timeout):
            spin.valueChanged.connect(self.changed)
        for pair in self.wording.values():
            for line in pair:
                line.textChanged.connect(self.changed)
        self.choices.textChanged.connect(self.changed)
        self.owner = can(ops.role, Action.CHANGE_SURVEY)
        if not self.owner:
            self.setEnabled(False)
            self.setToolTip(self.tr("Only the owner can change the survey"))

    def _spin(self, words: Callable[[int], str], low: int, high: int) -> QSpinBox:
        spin = CountSpin(words, low, high)
        spin.setMinimumWidth(120)
        return spin

    def _build(self, preview: QPushButton) -> None:
        layout = QVBoxLayout(self)
        when = QGroupBox(self.tr("When to ask"))
        form = QFormLayout(when)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.enabled)
        form.addRow(self.tr("Ask after"), self.ask)
        form.addRow(self.tr("N"), self.every_n)
        form.addRow(self.tr("Same member at most once in"), self.min_days)
        form.addRow(self.tr("Give up after"), self.timeout)
        layout.addWidget(when)
        questions = QGroupBox(self.tr("Questions (Chinese | English)"))
        grid = QGridLayout(questions)
        grid.addWidget(self.use["nps"], 0, 0)
        grid.addWidget(self.use["csat"], 1, 0)
        grid.addWidget(self.extra, 2, 0)
        for row, kind in enumerate(("nps", "csat", "extra")):
            zh, en = self.wording[kind]
            zh.setPlaceholderText(self.tr("Chinese"))
            en.setPlaceholderText(self.tr("English"))
            grid.addWidget(zh, row, 1)
            grid.addWidget(en, row, 2)
        grid.addWidget(self.choices, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(questions)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(preview)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        layout.addStretch(1)

    def reload(self) -> None:
        definition = actions.current_survey(self.ops)
        self.fill(definition)

    def fill(self, definition: surveys.SurveyDefinition) -> None:
        self.blockSignals(True)
        self.enabled.setChecked(definition.enabled)
        self.ask.setCurrentIndex(self.ask.findData(definition.ask))
        self.every_n.setValue(definition.every_n)
        self.min_days.setValue(definition.min_days_between)
        self.timeout.setValue(definition.timeout_seconds)
        defaults = {"nps": surveys.NPS_QUESTION, "csat": surveys.CSAT_QUESTION}
        for kind in ("nps", "csat"):
            asked = definition.question(kind)
            self.use[kind].setChecked(asked is not None)
            wording = (asked or defaults[kind]).wording
            self.wording[kind][0].setText(wording.zh)
            self.wording[kind][1].setText(wording.en)
        extra = definition.question("choice") or definition.question("text")
        self.extra.setCurrentIndex(self.extra.findData(extra.kind if extra else "none"))
        wording = (extra or surveys.COMMENT_QUESTION).wording
        self.wording["extra"][0].setText(wording.zh)
        self.wording["extra"][1].setText(wording.en)
        self.choices.setPlainText(
            "\n".join(f"{c.zh} | {c.en}" for c in (extra.choices if extra else []))
        )
        self.blockSignals(False)
        self.changed()
        self.status.setText(self.tr("This is the survey in use."))
        set_tone(self.status, "ok")

    def _choices(self) -> list[dict[str, str]]:
        lines = [line for line in self.choices.toPlainText().splitlines() if line.strip()]
        pairs = (line.partition("|") for line in lines)
        return [{"zh": zh.strip(), "en": en.strip()} for zh, _bar, en in pairs]

    def definition(self) -> surveys.SurveyDefinition:
        questions = []
        for kind in ("nps", "csat"):
            if self.use[kind].isChecked():
                zh, en = self.wording[kind]
                questions.append({"kind": kind, "wording": {"zh": zh.text(), "en": en.text()}})
        extra = self.extra.currentData()
        if extra != "none":
            zh, en = self.wording["extra"]
            question = {"kind": extra, "wording": {"zh": zh.text(), "en": en.text()}}
            if extra == "choice":
                question["choices"] = self._choices()
            questions.append(question)
        return surveys.parse_survey(
            {
                "enabled": self.enabled.isChecked(),
                "questions": questions,
                "ask": self.ask.currentData(),
                "every_n": self.every_n.value(),
                "min_days_between": self.min_days.value(),
                "timeout_seconds": self.timeout.value(),
            }
        )

    def changed(self) -> None:
        if self.signalsBlocked():
            return
        self.every_n.setEnabled(self.ask.currentData() == "every_nth")
        self.choices.setEnabled(self.extra.currentData() == "choice")
        for line in self.wording["extra"]:
            line.setEnabled(self.extra.currentData() != "none")
        try:
            self.definition()
        except InvalidInput as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
            self.save_button.setEnabled(False)
            return
        self.status.setText(self.tr("Not saved yet."))
        set_tone(self.status, "note")
        self.save_button.setEnabled(self.owner)

    def save(self) -> None:
        try:
            definition = self.definition()
            actions.change_survey(self.ops, definition)
        except LoyaltyError as error:
            self.status.setText(describe(error))
            set_tone(self.status, "refused")
            return
        self.status.setText(self.tr("Survey saved; it is asked from the next sale."))
        set_tone(self.status, "ok")

    def preview(self) -> None:
        """The survey as the customer will see it; the answers go nowhere."""
        try:
            definition = self.definition()
        except InvalidInput as error:
            self.status.setText(describe(error))
            return
        SurveyDialog(surveys.SurveyAsk(0, 0, None, definition), QLocale().name(), self).exec()


class SurveysView(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("page")
        self.ops = ops
        self.results, self.follow_up = ResultsTab(ops), FollowUpTab(ops)
        self.questions = QuestionsTab(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.tabs.addTab(self.questions, self.tr("Questions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.tabs)
        self._stale = True
        self._loaded_questions = False
        ops.subscribe(
            Change.SURVEYS | Change.SALES | Change.MEMBERS | Change.RULES, self._data_changed
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        try:
            self.results.load_segments()
            self.results.refresh()
            self.follow_up.refresh()
            if not self._loaded_questions:  # later: the form keeps what the owner typed
                self.questions.reload()
                self._loaded_questions = True
        except LoyaltyError as error:
            self.follow_up.message.setText(describe(error))

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
