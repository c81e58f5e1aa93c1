"""Markdown notes: a plain-text editor with formatting shortcuts and a live rendered view.

Rendering uses QTextDocument's own Markdown support; nothing is hand-rolled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from rmdesk.ui import theme

PREVIEW_DELAY_MS = 250


class MarkdownEditor(QWidget):
    """Emits `edited` on every user change (the owner debounces the save)."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(objectName=name)
        self.editor.setAccessibleName(self.tr("Notes (Markdown)"))
        self.editor.setPlaceholderText(
            self.tr(
                "Notes in Markdown: # heading, **bold**, *italic*, - list.\n"
                "Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 list, Ctrl+Alt+1–3 headings."
            )
        )
        self.editor.setTabChangesFocus(True)
        self.preview = QTextBrowser(objectName=f"{name}Preview")
        self.preview.setAccessibleName(self.tr("Notes, rendered"))
        self.preview.setOpenExternalLinks(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._loading = False
        self._render_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._render_timer.timeout.connect(self.render_preview)
        self.editor.textChanged.connect(self._on_text_changed)
        for keys, action in (
            ("Ctrl+B", lambda: self.wrap("**")),
            ("Ctrl+I", lambda: self.wrap("*")),
            ("Ctrl+Shift+8", lambda: self.prefix_lines("- ")),
            ("Ctrl+Alt+1", lambda: self.prefix_lines("# ")),
            ("Ctrl+Alt+2", lambda: self.prefix_lines("## ")),
            ("Ctrl+Alt+3", lambda: self.prefix_lines("### ")),
        ):
            theme.widget_shortcut(QKeySequence(keys), self.editor, action)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Load text without it counting as an edit; keeps the cursor where it was if equal."""
        if text == self.text():
            return
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self.render_preview()

    def render_preview(self) -> None:  # not render(): QWidget.render paints a widget
        self._render_timer.stop()
        self.preview.setMarkdown(self.text())

    def _on_text_changed(self) -> None:
        self._render_timer.start()
        if not self._loading:
            self.edited.emit()

    def wrap(self, marker: str) -> None:
        """Wrap the selection in a Markdown marker (or insert a pair around the cursor)."""
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
            self.editor.setTextCursor(cursor)

    def prefix_lines(self, prefix: str) -> None:
        """Turn the current line (or selected lines) into list items or a heading."""
        cursor = self.editor.textCursor()
        document = self.editor.document()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        cursor.beginEditBlock()
        for number in range(first, last + 1):
            block = document.findBlockByNumber(number)
            existing = len(block.text()) - len(block.text().lstrip("#")) if prefix[0] == "#" else 0
            if existing:
                existing += len(block.text()[existing:]) - len(block.text()[existing:].lstrip())
            line = QTextCursor(block)
            line.movePosition(
                QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, existing
            )
            line.insertText(prefix)
        cursor.endEditBlock()
