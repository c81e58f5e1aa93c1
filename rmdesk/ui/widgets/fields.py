"""Small form-field factories shared by the pages and dialogs (one look, accessible names)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str = "", wrap: bool = False) -> W:
    """Give a widget its object name (tests find it by that) and a label word wrap, in one
    expression: the PySide6 stubs do not take these as constructor keywords."""
    if name:
        widget.setObjectName(name)
    if wrap and isinstance(widget, QLabel):
        widget.setWordWrap(True)
    return widget


class NamedComboBox(QComboBox):
    """A combo box whose accessibleName reaches the screen reader.

    On Linux Qt reports a combo box's current value as its AT-SPI name and ignores
    setAccessibleName; Orca names a combo from its label buddy (the labelled-by relation,
    which Qt builds from sibling QLabels). So, when no label names it already, a hidden
    sibling QLabel carrying the accessibleName becomes its buddy when it is first shown
    (only then is its parent known). An editable combo's text box gets the name too.
    """

    _name_label: QLabel | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._name_for_screen_readers()
        super().showEvent(event)

    def _name_for_screen_readers(self) -> None:
        name = self.accessibleName()
        parent = self.parentWidget()
        if not name or parent is None:
            return
        line_edit = self.lineEdit()
        if line_edit is not None and not line_edit.accessibleName():
            line_edit.setAccessibleName(name)
        if self._name_label is not None and self._name_label.parentWidget() is parent:
            self._name_label.setText(name)
            return
        for label in parent.findChildren(QLabel):
            if label.buddy() is self and label.parentWidget() is parent:
                return  # a visible label names it
        self._name_label = QLabel(name, parent)
        self._name_label.setObjectName(f"{self.objectName()}Name")
        self._name_label.setBuddy(self)
        self._name_label.hide()


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once (arrow keys move between its sections), instead
    of stopping on the day, month and year in turn."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        return QWidget.focusNextPrevChild(self, next)


class DateTimeEdit(QDateTimeEdit):
    """A date-and-time field that Tab leaves at once, not after five stops on its sections."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override
        return QWidget.focusNextPrevChild(self, next)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear button Qt adds to a line edit (it has none of its own)."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


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


def python_date(value: QDate) -> date:
    """A QDate as a date (PySide's toPython() is typed as returning object)."""
    return date(value.year(), value.month(), value.day())


def python_datetime(value: QDateTime) -> datetime:
    """A QDateTime's wall time as a naive datetime, as toPython() gives it, typed."""
    day, t = value.date(), value.time()
    return datetime(
        day.year(), day.month(), day.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000
    )


def date_box(name: str, accessible: str, value: QDate | None = None) -> QDateEdit:
    """An ISO date field with a calendar popup."""
    edit = DateEdit(value or QDate.currentDate(), objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(accessible)
    return edit


def label(text: str = "", name: str = "", *, wrap: bool = False) -> QLabel:
    """A label with an object name (for tests and styles), wrapping its words if asked."""
    made = QLabel(text)
    if name:
        made.setObjectName(name)
    made.setWordWrap(wrap)
    return made
