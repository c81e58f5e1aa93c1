"""Push buttons made one way across the window: an object name for tests and styles, a name
a screen reader can say, and a slot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton


def push_button(
    text: str,
    name: str,
    slot: Callable[[], Any],
    accessible: str | None = "",
    *,
    auto_default: bool = True,
) -> QPushButton:
    """A button wired to `slot`.

    `accessible` names it where the text alone ("Add") does not; left empty, the text without
    a trailing "…" names it; None leaves Qt's own name. Dialogs pass `auto_default=False` so
    Enter in a field does not press the button.
    """
    button = QPushButton(text, objectName=name)
    if accessible is not None:
        button.setAccessibleName(accessible or text.rstrip("…"))
    if not auto_default:
        button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
