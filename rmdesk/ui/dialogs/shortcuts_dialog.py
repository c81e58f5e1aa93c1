"""Help → Keyboard shortcuts: one sheet, built from the window's own actions where possible."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui import keys
from rmdesk.ui.i18n import translate


def action_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """Every action of the window that has a shortcut, in menu wording (so the sheet stays
    true to the menus)."""
    found = []
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text():
            found.append((keys, action.text().replace("&", "").rstrip("…")))
    return sorted(set(found), key=lambda item: (len(item[0]), item[0]))


def widget_shortcuts() -> list[tuple[str, str]]:
    """Shortcuts that belong to widgets rather than to menu actions (translated when asked)."""
    return [
        (
            translate("shortcuts_dialog", "Ctrl+N"),
            translate(
                "shortcuts_dialog", "A new goal, meeting, topic or reflection on the current page"
            ),
        ),
        (
            translate("shortcuts_dialog", "Enter"),
            translate("shortcuts_dialog", "Edit the selected goal"),
        ),
        (
            translate("shortcuts_dialog", "Delete"),
            translate(
                "shortcuts_dialog",
                "Delete the selected item (no confirmation: Undo brings it back)",
            ),
        ),
        (
            translate("shortcuts_dialog", "Ctrl+B / Ctrl+I"),
            translate("shortcuts_dialog", "Bold / italic in Markdown notes"),
        ),
        (
            translate("shortcuts_dialog", "Ctrl+Shift+8"),
            translate("shortcuts_dialog", "Bulleted list in Markdown notes"),
        ),
        (
            translate("shortcuts_dialog", "Ctrl+Alt+1, 2, 3"),
            translate("shortcuts_dialog", "Heading levels in Markdown notes"),
        ),
        (
            translate("shortcuts_dialog", "Space"),
            translate("shortcuts_dialog", "Tick the selected milestone, agenda item or action"),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [*actions, *widget_shortcuts()]
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (combo, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys.native(combo)))  # ⌘ on macOS
            self.table.setItem(row, 1, QTableWidgetItem(does))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
