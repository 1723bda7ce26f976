"""Every text a person can see on a window: walked from the widget tree, each with where it is.

Used by the translation tests: a text knows its widget path (custom classes and object names
from the window down, the tab it is on), the widget's class and the property it came from, so a
missing translation can be found in the code at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCharts import QAbstractSeries, QBarCategoryAxis, QChartView
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QStatusBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QWidget,
)

ROWS_READ = 25  # table/list rows read per view: enough to meet every kind of cell


@dataclass(frozen=True)
class Seen:
    """One visible text and where it is."""

    where: str  # window › … › widget path
    widget: str  # the widget's class
    prop: str  # which property: text, placeholderText, toolTip, header[2], item[0], …
    text: str

    def __str__(self) -> str:
        return f"{self.where} [{self.widget}.{self.prop}]: {self.text!r}"


def plain(text: str) -> str:
    """A label's text as read: rich text without its tags and entities, spaces collapsed."""
    if re.search(r"<[a-zA-Z/][^>]*>|&\w+;", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "&").split())


def _name(widget: QWidget) -> str:
    """A step of the path: the class, with its object name when it has one."""
    cls = type(widget).__name__
    return f"{cls}#{widget.objectName()}" if widget.objectName() else cls


class TextWalk:
    """Collect the visible texts of ``window``; ``settle`` runs after a tab is switched (the
    page may load its data then)."""

    def __init__(self, window: QWidget, settle: Callable[[], None] = lambda: None) -> None:
        self.window = window
        self.settle = settle
        self.found: list[Seen] = []

    def run(self) -> list[Seen]:
        self._widget(self.window, _name(self.window))
        return [seen for seen in self.found if seen.text]

    def _add(self, where: str, widget: object, prop: str, text: object) -> None:
        cleaned = plain(text) if isinstance(text, str) else ""  # a model may give a number
        if cleaned:
            self.found.append(Seen(where, type(widget).__name__, prop, cleaned))

    def _visible(self, widget: QWidget) -> bool:
        return widget is self.window or widget.isVisibleTo(self.window)

    def _widget(self, widget: QWidget, where: str) -> None:
        if not self._visible(widget):
            return
        self._own_texts(widget, where)
        if isinstance(widget, QTabWidget):
            self._tabs(widget, where)
            return
        for child in self._children(widget):
            step = _name(child)
            # Only steps that help find the code: our classes and named widgets.
            keep = not type(child).__module__.startswith("PySide6") or child.objectName()
            self._widget(child, f"{where} › {step}" if keep else where)

    @staticmethod
    def _children(widget: QWidget) -> Iterator[QWidget]:
        for child in widget.children():
            if isinstance(child, QWidget) and not child.isWindow():
                yield child

    def _tabs(self, tabs: QTabWidget, where: str) -> None:
        """Every tab in turn (a hidden tab's page is not visible), then the one shown before."""
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            self._add(where, tabs, f"tabText[{index}]", tabs.tabText(index))
            self._add(where, tabs, f"tabToolTip[{index}]", tabs.tabToolTip(index))
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            self.settle()
            page = tabs.widget(index)
            self._widget(page, f"{where} › tab {plain(tabs.tabText(index))!r}")
        tabs.setCurrentIndex(shown)
        self.settle()

    def _own_texts(self, widget: QWidget, where: str) -> None:
        if widget.isWindow():
            self._add(where, widget, "windowTitle", widget.windowTitle())
        self._add(where, widget, "toolTip", widget.toolTip())
        for kind, read in READERS:
            if isinstance(widget, kind):
                read(self, widget, where)

    # --- per kind of widget ---------------------------------------------------------------------
    def _label(self, label: QLabel, where: str) -> None:
        self._add(where, label, "text", label.text())

    def _button(self, button: QAbstractButton, where: str) -> None:
        self._add(where, button, "text", button.text())

    def _line_edit(self, edit: QLineEdit, where: str) -> None:
        self._add(where, edit, "placeholderText", edit.placeholderText())
        if edit.isReadOnly():
            self._add(where, edit, "text", edit.text())

    def _text_edit(self, edit: QTextEdit | QPlainTextEdit, where: str) -> None:
        self._add(where, edit, "placeholderText", edit.placeholderText())
        if edit.isReadOnly():
            self._add(where, edit, "text", edit.toPlainText())

    def _spin_box(self, spin: QAbstractSpinBox, where: str) -> None:
        self._add(where, spin, "text", spin.text())
        special = spin.specialValueText() if hasattr(spin, "specialValueText") else ""
        self._add(where, spin, "specialValueText", special)

    def _group_box(self, box: QGroupBox, where: str) -> None:
        self._add(where, box, "title", box.title())

    def _combo_box(self, combo: QComboBox, where: str) -> None:
        for index in range(combo.count()):
            self._add(where, combo, f"item[{index}]", combo.itemText(index))

    def _progress(self, bar: QProgressBar, where: str) -> None:
        if bar.isTextVisible():
            self._add(where, bar, "text", bar.text())

    def _item_view(self, view: QAbstractItemView, where: str) -> None:
        model = view.model()
        if model is None or isinstance(view, QHeaderView):
            return
        if isinstance(view, QTableView):
            self._header(model, view.horizontalHeader(), Qt.Orientation.Horizontal, where)
            self._header(model, view.verticalHeader(), Qt.Orientation.Vertical, where)
        list_model = isinstance(model, QAbstractListModel)  # its columnCount is private
        columns = range(1 if list_model else model.columnCount(QModelIndex()))
        shown = [c for c in columns if not _column_hidden(view, c)]
        met: set[tuple[int, object, object]] = set()  # a column's repeated value told once
        for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
            for column in shown:
                index = model.index(row, column)
                text, tip = model.data(index), model.data(index, Qt.ItemDataRole.ToolTipRole)
                if (column, text, tip) in met:
                    continue
                met.add((column, text, tip))
                self._add(where, view, f"cell[{row},{column}]", text)
                self._add(where, view, f"cell[{row},{column}].toolTip", tip)

    def _header(
        self, model: QAbstractItemModel, header: QHeaderView, side: Qt.Orientation, where: str
    ) -> None:
        if not header.isVisibleTo(self.window):
            return
        root = QModelIndex()
        count = (
            model.columnCount(root) if side == Qt.Orientation.Horizontal else model.rowCount(root)
        )
        name = "header" if side == Qt.Orientation.Horizontal else "rowHeader"
        for section in range(min(count, ROWS_READ)):
            if not header.isSectionHidden(section):
                text = model.headerData(section, side)
                self._add(where, header, f"{name}[{section}]", None if text is None else str(text))

    def _menu_bar(self, bar: QToolBar | QMenu | QMenuBar, where: str) -> None:
        for action in bar.actions():
            if action.isVisible():
                self._add(where, action, "text", action.text())
                self._add(where, action, "toolTip", action.toolTip())

    def _status_bar(self, bar: QStatusBar, where: str) -> None:
        self._add(where, bar, "currentMessage", bar.currentMessage())

    def _chart(self, view: QChartView, where: str) -> None:
        chart = view.chart()
        self._add(where, chart, "title", chart.title())
        for series in chart.series():
            if isinstance(series, QAbstractSeries) and series.isVisible():
                self._add(where, series, "name", series.name())
        for axis in chart.axes():
            if not axis.isVisible():
                continue
            self._add(where, axis, "titleText", axis.titleText())
            if isinstance(axis, QBarCategoryAxis):
                for index, category in enumerate(axis.categories()):
                    self._add(where, axis, f"category[{index}]", category)


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    return isinstance(view, QTableView) and view.isColumnHidden(column)


READERS: list[tuple[type, Callable[..., None]]] = [
    (QLabel, TextWalk._label),
    (QAbstractButton, TextWalk._button),
    (QLineEdit, TextWalk._line_edit),
    (QTextEdit, TextWalk._text_edit),
    (QPlainTextEdit, TextWalk._text_edit),
    (QAbstractSpinBox, TextWalk._spin_box),
    (QGroupBox, TextWalk._group_box),
    (QComboBox, TextWalk._combo_box),
    (QProgressBar, TextWalk._progress),
    (QAbstractItemView, TextWalk._item_view),
    (QStatusBar, TextWalk._status_bar),
    (QToolBar, TextWalk._menu_bar),
    (QMenu, TextWalk._menu_bar),
    (QMenuBar, TextWalk._menu_bar),
    (QChartView, TextWalk._chart),
]

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
