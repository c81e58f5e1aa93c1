"""A form's error messages, each beside the field it is about.

Services raise `ValidationError(message, field)`; a form binds each field name to its widget
and a message label placed under it. Showing an error puts the message beside its field,
brings it into view (inside a scroll area too) and moves the cursor there; editing that field
clears it at once, so a message never outlives the mistake ("Enter the mentor's name." after
the name was typed). A message about no bound field goes to the form's general label.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.ui import messages, theme


def add_form_row(
    form: QFormLayout,
    text: str,
    buddy: QWidget,
    field: QWidget | QLayout | None = None,
    *messages: QLabel,
) -> None:
    """A form row labelled `text` (its mnemonic goes to `buddy`) holding `field` (default:
    the buddy), with the field's message labels right under it."""
    label = QLabel(text)
    label.setBuddy(buddy)
    field = field if field is not None else buddy
    if not messages and isinstance(field, QWidget):
        form.addRow(label, field)
        return
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    for message in messages:
        column.addWidget(message)
    form.addRow(label, box)


def message_label(name: str) -> QLabel:
    """A hidden, word-wrapped label in the error colour."""
    label = QLabel(objectName=name, wordWrap=True)
    theme.error_label(label)
    label.hide()
    return label


class FieldErrors(QObject):
    """The messages of one form: `bind` each field, then `show_error(exc)`."""

    def __init__(self, general: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._general_field: str | None = None
        self._showing = False

    def bind(self, field: str, widget: QWidget, label: QLabel | None = None) -> QLabel:
        """Give `field` its widget and message label (made here unless given; the form puts
        it under the widget). Returns the label."""
        label = label or message_label(f"{widget.objectName() or field}Error")
        self._fields[field] = (widget, label)
        for signal in _change_signals(widget):
            signal.connect(lambda *_args, f=field: self.clear(f))
        return label

    def label_of(self, field: str) -> QLabel | None:
        found = self._fields.get(field)
        return found[1] if found else None

    def show_error(self, error: errors.RmdeskError) -> None:
        """Show `error` beside its field (ValidationError.field), or in the general label."""
        self.show(messages.text(error), getattr(error, "field", None))

    def show(self, message: str, field: str | None = None) -> None:
        """Show one message (every other one is cleared)."""
        if self._showing:
            # Moving the cursor to the field made another field lose focus and save (an
            # autosave form): keep the first message rather than bounce between the two.
            return
        self._showing = True
        try:
            self.clear()
            self.add(message, field)
        finally:
            self._showing = False

    def add(self, message: str, field: str | None = None) -> None:
        """Show a message beside its field, keeping the others (an autosave of several fields
        may break several rules)."""
        found = self._fields.get(field or "")
        if found is None:
            if self.general.isVisibleTo(self.general.window()) and self.general.text():
                message = f"{self.general.text()} {message}"
            self.general.setText(message)
            self.general.show()
            self._general_field = field
            bring_into_view(self.general)
            return
        widget, label = found
        label.setText(message)
        label.setAccessibleName(message)
        label.show()
        widget.setFocus()
        bring_into_view(label)

    def clear(self, field: str | None = None) -> None:
        """Hide the message of `field` (and a general one about it), or every message."""
        for name, (_widget, label) in self._fields.items():
            if field is None or name == field:
                label.hide()
        if field is None or field == self._general_field:
            self.general.hide()
            self._general_field = None

    def visible_message(self) -> str:
        """The message shown now, wherever it is ("" when none): for tests and screen readers."""
        for _widget, label in self._fields.values():
            if label.isVisibleTo(label.window()):
                return label.text()
        return self.general.text() if self.general.isVisibleTo(self.general.window()) else ""


def _change_signals(widget: QWidget) -> list:  # noqa: ANN401
    """The signals that mean the user changed what the field holds."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QSpinBox):
        return [widget.valueChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.editingFinished]
    return []


def bring_into_view(label: QWidget) -> None:
    """Scroll the nearest scroll area to a widget (a message, an item opened from search)
    now and again once it has its place in the layout."""
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        area = parent
        area.ensureWidgetVisible(label, 20, 40)
        QTimer.singleShot(0, label, lambda: area.ensureWidgetVisible(label, 20, 40))
