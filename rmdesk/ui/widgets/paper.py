"""The progress summary shown as on paper: its HTML is dark text meant for a white page."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser


def keep_paper_white(browser: QTextBrowser) -> None:
    """Keep the summary dark on white in a dark theme too (its HTML sets dark text)."""
    palette = browser.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
    browser.setPalette(palette)
