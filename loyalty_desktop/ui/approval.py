"""A colleague's approval at the till: when the signed-in cashier may not do one action alone
(a refund above their limit, a points adjustment, a coupon void), an owner or a manager types
their PIN on the same screen and the action goes through once — nobody signs out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from loyalty_desktop.core.errors import PermissionDenied
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.services.permissions import Action, approvable
from loyalty_desktop.services.rules import shown_word
from loyalty_desktop.ui import actions
from loyalty_desktop.ui.forms import FormDialog
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.theme import named

T = TypeVar("T")


class ApprovalDialog(FormDialog):
    """Who approves (an owner or a manager) and their PIN; ``approved`` after OK."""

    def __init__(
        self, ops: Operations, action: Action, refusal: PermissionDenied, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Approval needed"), parent)
        self.ops, self.action = ops, action
        self.approved: Actor | None = None
        why = named(QLabel(wordWrap=True), "approvalWhy")
        why.setText(
            self.tr("{0}. An owner or a manager approves it with their PIN.").format(
                describe(refusal)
            )
        )
        self.form.addRow(why)
        self.who = QComboBox()
        for row in actions.approvers(ops, action):
            self.who.addItem(shown_word(row.name), row.id)
        self.pin = named(QLineEdit(), "approvalPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Approved by"), self.who)
        self.form.addRow(self.tr("PIN"), self.pin)
        self.pin.returnPressed.connect(self.submit)
        self.finish()
        if self.who.count() == 0:
            self.error.setText(self.tr("No owner or manager has a PIN yet."))
        self.pin.setFocus()

    def run(self) -> None:
        staff_id = self.who.currentData()
        try:
            self.approved = actions.approve(self.ops, int(staff_id), self.pin.text(), self.action)
        finally:
            self.pin.clear()  # a refused PIN is typed afresh, never left on screen


def with_approval(ops: Operations, parent: QWidget | None, attempt: Callable[[], T]) -> T:
    """``attempt()``; when it is refused for an action a colleague may approve, ask for their
    PIN and try once more with it. Cancelled: the refusal stands, for the caller to show."""
    try:
        return attempt()
    except PermissionDenied as refusal:
        action = approvable(refusal)
        if action is None:
            raise
        dialog = ApprovalDialog(ops, action, refusal, parent)
        if not dialog.exec() or dialog.approved is None:
            raise
        with ops.approved(dialog.approved):
            return attempt()
