"""Help → Keyboard shortcuts: one sheet, built from the window's own actions where possible."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Shortcuts that belong to widgets rather than to menu actions.
WIDGET_SHORTCUTS = [
    ("Ctrl+N", "A new goal, meeting, topic or reflection on the current page"),
    ("Enter", "Edit the selected goal"),
    ("Delete", "Delete the selected item (no confirmation: Undo brings it back)"),
    ("Ctrl+B / Ctrl+I", "Bold / italic in Markdown notes"),
    ("Ctrl+Shift+8", "Bulleted list in Markdown notes"),
    ("Ctrl+Alt+1, 2, 3", "Heading levels in Markdown notes"),
    ("Space", "Tick the selected milestone, agenda item or action"),
]


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        rows = [*actions, *WIDGET_SHORTCUTS]
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "Does"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        self.table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
