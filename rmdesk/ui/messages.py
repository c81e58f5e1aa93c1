"""The one bridge from errors to the user: plain messages, never a traceback, in the user's
language. Services mark their messages with `rmdesk.i18n.msg`; `text` translates one here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from rmdesk import errors, i18n


def text(value: object) -> str:
    """What the user reads for an error or a message from below the UI: a marked message's
    template translated (under `i18n.CONTEXT`, plural forms by its count), then its
    parameters filled in, translated too when they are messages or our errors."""
    if isinstance(value, errors.RmdeskError) and len(value.args) == 1:
        value = value.args[0]
    if not isinstance(value, i18n.Message):
        return str(value)
    n = -1 if value.n is None else value.n
    translated = QCoreApplication.translate(i18n.CONTEXT, value.template, None, n)
    if value.n is not None and translated == value.template.replace(i18n.COUNT, str(value.n)):
        translated = i18n.english_count(value.template, value.n)  # no translation loaded
    params = {name: _parameter(v) for name, v in value.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return str(value)


def _parameter(value: Any) -> Any:
    """A parameter as it goes into a translated message: ours translated, others as given
    (so a number keeps its format spec)."""
    if isinstance(value, i18n.Message | errors.RmdeskError):
        return text(value)
    return value


def show_error(parent: QWidget | None, message: str, title: str = "rmdesk") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text(message), QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("errorDialog")
    box.exec()
