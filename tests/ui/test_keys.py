"""Shortcut texts and delete keys as macOS needs them (rmdesk/ui/keys.py), checked here on
Linux by asking for the macOS behaviour explicitly."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from rmdesk.ui import keys


def test_native_rewrites_each_shortcut_in_a_sentence_on_macos() -> None:
    """Every "Ctrl+…" in a text is handed to the native renderer; the rest is kept."""
    text = "Press Ctrl+Z to undo, Ctrl+Shift+N anywhere, Ctrl+Up to move, Ctrl+, for settings."
    shown = keys.native(text, render=lambda combo: f"<{combo}>", macos=True)
    assert shown == (
        "Press <Ctrl+Z> to undo, <Ctrl+Shift+N> anywhere, <Ctrl+Up> to move, <Ctrl+,> for settings."
    )


def test_native_leaves_text_alone_elsewhere() -> None:
    """On Linux and Windows the portable text is the native one."""
    assert keys.native("Press Ctrl+Z to undo.", macos=False) == "Press Ctrl+Z to undo."


def test_native_uses_qts_own_native_text(qtbot) -> None:  # noqa: ANN001
    """Qt's own native text is what is shown (on this system: the portable one)."""
    assert keys.native("Ctrl+K", macos=True) == QKeySequence("Ctrl+K").toString(
        QKeySequence.SequenceFormat.NativeText
    )


def test_delete_actions_and_shortcuts_also_take_backspace_on_macos(qtbot) -> None:  # noqa: ANN001
    """A page's Delete action and widget shortcut fire from a Mac's delete key too."""
    page = QWidget()
    qtbot.addWidget(page)
    action = QAction("Delete", page)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    page.addAction(action)
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), page)
    keys.add_mac_delete_keys(page, macos=True)
    assert QKeySequence("Backspace") in action.shortcuts()
    twins = [s for s in page.findChildren(QShortcut) if s is not shortcut]
    assert {twin.key().toString() for twin in twins} == {"Backspace", "Ctrl+Backspace"}
    fired: list[bool] = []
    shortcut.activated.connect(lambda: fired.append(True))
    twins[0].activated.emit()
    assert fired == [True]


def test_nothing_changes_off_macos(qtbot) -> None:  # noqa: ANN001
    """On Linux and Windows the Delete key alone deletes (Backspace edits text)."""
    page = QWidget()
    qtbot.addWidget(page)
    action = QAction("Delete", page)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    keys.add_mac_delete_keys(page, macos=False)
    assert QKeySequence("Backspace") not in action.shortcuts()
