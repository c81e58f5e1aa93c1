"""Shortcuts as each system names and presses them.

Qt maps "Ctrl" to the Command key on macOS, so every shortcut already works there; but the
texts that mention one ("Press Ctrl+Z to undo") would name a key the Mac user should not
press, and a Mac keyboard's delete key sends Backspace, which StandardKey.Delete never
matches. Both are fixed here, once for the whole window, rather than in every page.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QToolTip, QWidget

IS_MACOS = sys.platform == "darwin"
# "Ctrl+Shift+N", "Ctrl+1", "Ctrl+Up", "Ctrl+,", "Ctrl+Alt+1": modifiers, then one key.
_COMBO = re.compile(
    r"(?<![\w+])(?:(?:Ctrl|Alt|Shift|Meta)\+)+"
    r"(?:Up|Down|Left|Right|Enter|Return|Delete|Backspace|Tab|Space|F\d{1,2}|[A-Za-z0-9]|[,/.])"
    r"(?![\w])"
)


def _native(combo: str) -> str:
    return QKeySequence(combo).toString(QKeySequence.SequenceFormat.NativeText)


def native(text: str, render: Callable[[str], str] | None = None, macos: bool = IS_MACOS) -> str:
    """`text` with each "Ctrl+…" written as this system shows it (⌘Z on macOS); unchanged
    elsewhere, where Qt's portable text is already the native one."""
    if not macos:
        return text
    return _COMBO.sub(lambda match: (render or _native)(match.group()), text)


def delete_keys(macos: bool = IS_MACOS) -> list[QKeySequence]:
    """The keys that delete the selected entry: Delete, and on a Mac also its delete key
    (Backspace) and ⌘⌫, Finder's "move to bin"."""
    keys = [QKeySequence(QKeySequence.StandardKey.Delete)]
    if macos:
        keys += [QKeySequence("Backspace"), QKeySequence("Ctrl+Backspace")]
    return keys


def _is_delete(sequence: QKeySequence) -> bool:
    return sequence == QKeySequence(QKeySequence.StandardKey.Delete)


def add_mac_delete_keys(root: QWidget, macos: bool = IS_MACOS) -> None:
    """Let every delete action and shortcut under `root` also fire from a Mac's delete key.
    Called for each page as it is built, so the pages keep using StandardKey.Delete."""
    if not macos:
        return
    for action in root.findChildren(QAction):
        if any(_is_delete(key) for key in action.shortcuts()):
            action.setShortcuts(delete_keys(macos))
    for shortcut in root.findChildren(QShortcut):
        if _is_delete(shortcut.key()):
            for extra in delete_keys(macos)[1:]:
                twin = QShortcut(extra, shortcut.parent() or root)
                twin.setContext(shortcut.context())
                twin.activated.connect(shortcut.activated)


class NativeToolTips(QObject):
    """An application event filter that shows every tooltip with native key names (macOS)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            text = watched.toolTip()
            shown = native(text)
            if text and shown != text and isinstance(event, QHelpEvent):
                QToolTip.showText(event.globalPos(), shown, watched)
                return True
        return False
