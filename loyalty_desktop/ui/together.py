"""The Reports view's "Bought together" tab: item pairs by lift, for the owner's bundles
(services/habits.py), computed in a worker."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from loyalty_desktop.core import display
from loyalty_desktop.core.clock import add_months, utcnow
from loyalty_desktop.services.habits import Pair, bought_together
from loyalty_desktop.ui.counts import CountSpin
from loyalty_desktop.ui.messages import describe
from loyalty_desktop.ui.operations import Operations
from loyalty_desktop.ui.tables import fill_table, make_table
from loyalty_desktop.ui.theme import named, set_tone

LEAST = 3  # pairs seen on fewer sales say more about chance than about customers


class BoughtTogether(QWidget):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.pairs: list[Pair] = []
        self.months = CountSpin(lambda n: self.tr("last %n month(s)", "", n), 1, 36, 6)
        self.months.valueChanged.connect(self.refresh)
        self.status = named(QLabel(wordWrap=True), "message")
        self.table = make_table(
            [
                self.tr("Item"),
                self.tr("Bought with"),
                self.tr("Sales together"),
                self.tr("Lift"),
                self.tr("Of the item's sales"),
            ]
        )
        header = self.table.horizontalHeader()  # the names take the spare width, not the %
        header.setStretchLastSection(False)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        explain = QLabel(
            self.tr(
                "Lift above 1: bought together more often than chance would have it — "
                "a bundle or a display side by side may sell more. Pairs on at least {0} sales."
            ).format(LEAST),
            wordWrap=True,
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From the sales of the")))
        top.addWidget(self.months)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        since = add_months(utcnow(), -self.months.value())
        self.status.setText(self.tr("Counting…"))
        set_tone(self.status, "note")
        self.ops.run(
            lambda _tell: self._read(since),
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
        set_tone(self.status, "refused")

    def _read(self, since: datetime) -> list[Pair]:
        with self.ops.db.session(readonly=True) as session:
            return bought_together(session, since, least=LEAST)

    def _show(self, pairs: list[Pair]) -> None:
        self.pairs = pairs
        fill_table(
            self.table,
            [
                [
                    p.first_name,
                    p.second_name,
                    str(p.together),
                    f"{p.lift:.2f}",
                    display.percent(p.confidence),
                ]
                for p in pairs
            ],
            numbers=(2, 3, 4),
        )
        self.status.setText(
            self.tr("%n pair(s)", "", len(pairs))
            if pairs
            else self.tr("No items were bought together yet: sales need their items")
        )
        set_tone(self.status, "ok" if pairs else "note")
