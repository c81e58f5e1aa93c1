"""Small form-field factories shared by the pages and dialogs (one look, accessible names)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit


def text_box(
    name: str,
    accessible: str,
    placeholder: str = "",
    value: str = "",
    max_height: int | None = None,
) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (it is a form, not a code editor)."""
    edit = QPlainTextEdit(value, objectName=name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    if max_height is not None:
        edit.setMaximumHeight(max_height)
    return edit


def date_box(name: str, accessible: str, value: QDate | None = None) -> QDateEdit:
    """An ISO date field with a calendar popup."""
    edit = QDateEdit(value or QDate.currentDate(), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(accessible)
    return edit
