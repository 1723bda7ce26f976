"""Messages for an action list (services/message_templates.py): pick a template, read each
member's message and who was left out and why, export the CSV for an SMS or WeChat tool."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyalty_desktop.core import display, i18n
from loyalty_desktop.core.clock import local_day, utcnow
from loyalty_desktop.core.errors import LoyaltyError
from loyalty_desktop.services import message_templates as messages
from loyalty_desktop.services.message_templates import Rendered, Template
from loyalty_desktop.services.rules import load_rules
from loyalty_desktop.services.segments import ListedMember
from loyalty_desktop.ui.forms import FormDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone


class TemplateEditor(FormDialog):
    """Write or change one template; a field the app does not know is named under the text
    as it is typed, and the template cannot be saved with it."""

    def __init__(self, ops: Operations, template: Template | None, parent: QWidget) -> None:
        super().__init__(self.tr("Message template"), parent)
        self.ops = ops
        self.replaces = template.name if template else None
        self.saved: str | None = None
        rules = ops.call(lambda s, _a: load_rules(s), readonly=True)
        self.shop, self.today = rules.shop_name, local_day(utcnow(), rules.zone)
        self.name = named(QLineEdit(template.name if template else ""), "templateName")
        self.language = QComboBox()
        names = {"zh_CN": self.tr("Chinese"), "en": self.tr("English")}
        for code in i18n.LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(
            max(self.language.findData(template.language if template else "zh_CN"), 0)
        )
        self.text = named(QPlainTextEdit(template.text if template else ""), "templateText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(110)
        self.text.setMinimumWidth(520)
        self.insert = QComboBox()
        self.insert.addItem(self.tr("Insert a field…"), None)
        for field, (chinese, meaning) in messages.FIELDS.items():
            shown = chinese if i18n.current_language() == "zh_CN" else field
            self.insert.addItem(
                f"{{{shown}}} — {i18n.translate('Messages', meaning)}", f"{{{shown}}}"
            )
        self.insert.activated.connect(self._insert)
        self.check = named(QLabel(wordWrap=True), "message")
        self.text.textChanged.connect(self._check)
        self.language.currentIndexChanged.connect(self._check)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Message"), self.text)
        self.form.addRow("", self.insert)
        self.form.addRow("", self.check)
        self.finish()
        self._check()

    def _insert(self) -> None:
        field = self.insert.currentData()
        self.insert.setCurrentIndex(0)
        if field:
            self.text.insertPlainText(field)
            self.text.setFocus()

    def _check(self) -> None:
        """The message as a member would read it and its length, or the first problem."""
        text = self.text.toPlainText()
        try:
            template = messages.parse_template("-", self.language.currentData(), text)
        except LoyaltyError as error:
            self.check.setText(describe(error) if text.strip() else "")
            set_tone(self.check, "refused")
            return
        example = messages.sample(template, self.shop, self.today)
        length = self.tr("%n character(s)", "", len(example))
        parts = messages.sms_parts(example)
        if parts > 1:
            length += self.tr("; sent as %n SMS", "", parts)
        self.check.setText(self.tr("For example: {0} ({1})").format(example, length))
        set_tone(self.check, "note" if parts > 1 else "ok")

    def run(self) -> None:
        template = messages.parse_template(
            self.name.text(), self.language.currentData(), self.text.toPlainText()
        )
        self.ops.call(lambda s, a: messages.save_template(s, a, template, self.replaces))
        self.saved = template.name


class MessagesDialog(QDialog):
    """The members of one action list as messages, ready to export."""

    def __init__(
        self, ops: Operations, rows: list[ListedMember], title: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Messages: {0}").format(title))
        self.ops, self.rows = ops, rows
        self.rendered: Rendered | None = None
        self.template = named(QComboBox(), "messageTemplate")
        self.template.setMinimumWidth(260)
        self.template.currentIndexChanged.connect(self.refresh)
        new = QPushButton(self.tr("New…"))
        new.clicked.connect(lambda: self.edit(None))
        self.change = QPushButton(self.tr("Edit…"))
        self.change.clicked.connect(lambda: self.edit(self._chosen()))
        self.delete = QPushButton(self.tr("Delete"))
        self.delete.clicked.connect(self.remove)
        self.wording = named(QLabel(wordWrap=True), "templateWording")
        self.table = make_table([self.tr("Member"), self.tr("Phone"), self.tr("Message")])
        self.table.setWordWrap(True)
        self.status = named(QLabel(wordWrap=True), "message")
        self.export_button = named(QPushButton(self.tr("Export CSV… (Ctrl+E)")), "primary")
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.template, 1)
        for button in (new, self.change, self.delete):
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.wording)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(900, 560)  # within a 1024×768 counter screen
        self.fill_templates()

    def _chosen(self) -> Template | None:
        return self.template.currentData()

    def fill_templates(self, choose: str | None = None) -> None:
        kept = self.ops.call(lambda s, _a: messages.templates(s), readonly=True)
        self.template.blockSignals(True)
        self.template.clear()
        for template in kept.values():
            self.template.addItem(template.name, template)
        self.template.setCurrentIndex(max(self.template.findText(choose or ""), 0))
        self.template.blockSignals(False)
        self.refresh()

    def say(self, text: str, tone: str) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)

    def refresh(self) -> None:
        template = self._chosen()
        for button in (self.change, self.delete, self.export_button):
            button.setEnabled(template is not None)
        self.rendered = None
        self.table.setRowCount(0)
        if template is None:
            self.wording.setText("")
            self.say(self.tr("No templates yet: write one with New…"), "note")
            return
        self.wording.setText(template.text)
        self.say(self.tr("Writing the messages…"), "note")
        self.ops.run(lambda _tell: self._render(template), on_done=self._show, on_error=self._fail)

    def _render(self, template: Template) -> tuple[Template, Rendered]:
        with self.ops.db.session(readonly=True) as session:
            return template, messages.render(session, template, self.rows)

    def _fail(self, error: BaseException) -> None:
        self.say(describe(error), "refused")

    def _show(self, result: tuple[Template, Rendered]) -> None:
        template, rendered = result
        if template != self._chosen():
            return  # another template was picked meanwhile: its messages are on their way
        self.rendered = rendered
        fill_table(
            self.table,
            [[m.name, display.mask_phone(m.phone), m.text] for m in rendered.messages],
        )
        self.table.resizeRowsToContents()
        text = self.tr("%n message(s)", "", len(rendered.messages))
        left_out = messages.left_out_text(rendered.left_out)
        self.say(text + (self.tr("; ") + left_out if left_out else ""), "ok")

    def edit(self, template: Template | None) -> None:
        editor = TemplateEditor(self.ops, template, self)
        if editor.exec() and editor.saved:
            self.fill_templates(editor.saved)

    def remove(self) -> None:
        template = self._chosen()
        if template is None:
            return
        question = self.tr("Delete the message template “{0}”?").format(template.name)
        if (
            QMessageBox.question(self, self.tr("Delete"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.ops.call(lambda s, a: messages.delete_template(s, a, template.name))
        except LoyaltyError as error:
            self.say(describe(error), "refused")
            return
        self.fill_templates()

    def export(self) -> None:
        rendered = self.rendered
        if rendered is None or not self.export_button.isEnabled():
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export messages"), "messages.csv", "CSV (*.csv)"
        )
        if not path:
            return
        try:
            written = self.ops.call(lambda s, a: messages.export(s, a, rendered, path))
        except LoyaltyError as error:
            self.say(describe(error), "refused")
            return
        text = self.tr("Wrote %n message(s) to {0}", "", written).format(path)
        left_out = messages.left_out_text(rendered.left_out)
        self.say(text + (self.tr("; ") + left_out if left_out else ""), "ok")
