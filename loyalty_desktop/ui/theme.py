"""One calm neutral theme with one accent colour; big tabular digits for money and points."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

ACCENT = "#1f6feb"
OK, NOTE, REFUSED = "#1a7f37", "#9a6700", "#cf222e"
TIER_COLOURS = {"Member": "#57606a", "Silver": "#8c959f", "Gold": "#bf8700"}

STYLE = f"""
QWidget {{ color: #1f2328; }}
QMainWindow, #page {{ background: #f6f8fa; }}
#nav {{ background: #24292f; border: none; padding-top: 8px; }}
#nav::item {{ color: #d0d7de; padding: 14px 16px; min-height: 20px; }}
#nav::item:selected {{ background: {ACCENT}; color: white; }}
#nav::item:disabled {{ color: #6e7781; }}
#scanField {{ font-size: 24px; padding: 10px 14px; border: 2px solid {ACCENT};
              border-radius: 8px; background: white; min-height: 40px; }}
#message {{ font-size: 16px; padding: 6px 4px; min-height: 24px; }}
#message[tone="ok"] {{ color: {OK}; }}
#message[tone="note"] {{ color: {NOTE}; }}
#message[tone="refused"] {{ color: {REFUSED}; font-weight: bold; }}
#panel {{ background: white; border: 1px solid #d0d7de; border-radius: 8px; }}
#panelTitle {{ color: #57606a; font-size: 12px; font-weight: bold; letter-spacing: 1px; }}
#bigName {{ font-size: 30px; font-weight: bold; }}
#flag {{ color: {REFUSED}; font-weight: bold; }}
#badge {{ color: white; border-radius: 10px; padding: 2px 10px; font-weight: bold; }}
QLineEdit {{ padding: 6px 8px; border: 1px solid #d0d7de; border-radius: 6px;
             background: white; min-height: 30px; }}
QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
QComboBox {{ min-height: 30px; }}
QPushButton {{ padding: 8px 14px; border: 1px solid #d0d7de; border-radius: 6px;
               background: white; min-height: 28px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:default, QPushButton#primary, QPushButton:checked {{ background: {ACCENT};
    color: white; border: none; }}
QPushButton:disabled {{ color: #8c959f; background: #f6f8fa; border-color: #eaeef2; }}
#keyBar QPushButton {{ min-height: 44px; font-size: 13px; }}
QTableView {{ background: white; gridline-color: #eaeef2; selection-background-color: {ACCENT}; }}
#customerDisplay, #surveyPanel {{ background: white; }}
#displayBanner {{ background: {ACCENT}; color: white; font-size: 22px; padding: 14px; }}
#displayHeadline {{ font-size: 52px; font-weight: bold; }}
#displayDetail {{ font-size: 30px; color: #57606a; }}
#surveyQuestion {{ font-size: 32px; font-weight: bold; }}
#surveySecond {{ font-size: 20px; color: #57606a; }}
#surveyHint {{ font-size: 15px; color: #57606a; }}
#surveyButton, #surveyPrimary, #surveySkip {{ font-size: 24px; border-radius: 10px; }}
#surveyButton {{ font-weight: bold; border: 2px solid #d0d7de; }}
#surveyButton:pressed {{ background: {ACCENT}; color: white; }}
#surveyPrimary {{ background: {ACCENT}; color: white; border: none; }}
#surveyComment {{ font-size: 22px; min-height: 48px; }}
#figure {{ font-size: 28px; font-weight: bold; }}
#targetFigure {{ font-size: 15px; font-weight: bold; }}
#targetNote, #targetMet[tone="note"] {{ color: {NOTE}; }}
#targetMet[tone="ok"] {{ color: {OK}; font-weight: bold; }}
#targetMet[tone="refused"] {{ color: {REFUSED}; font-weight: bold; }}
QHeaderView::section {{ background: #f6f8fa; padding: 6px; border: none;
                        border-bottom: 1px solid #d0d7de; font-weight: bold; }}
"""


Named = TypeVar("Named", bound=QWidget)


def named(widget: Named, name: str) -> Named:
    """The widget with an object name, which the style sheet styles it by."""
    widget.setObjectName(name)
    return widget


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    font.setPixelSize(15)
    app.setFont(font)
    app.setStyleSheet(STYLE)


def tabular(widget: QWidget, size: int | None = None, bold: bool = False) -> None:
    """Fixed-width digits so amounts line up and do not jitter as they change."""
    font = QFont(widget.font())
    font.setFeature(QFont.Tag("tnum"), 1)
    if size:
        font.setPixelSize(size)
    font.setBold(bold)
    widget.setFont(font)


def set_tone(widget: QWidget, tone: str) -> None:
    """Re-style a label whose look depends on its "tone" property."""
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def badge_style(tier: str) -> str:
    return f"background: {TIER_COLOURS.get(tier, ACCENT)};"
