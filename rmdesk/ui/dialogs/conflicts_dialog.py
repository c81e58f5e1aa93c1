"""Conflicts…: long text both people changed in the same place (issue 14, rule 3).

The list shows each open conflict; beside it, your version and your partner's side by side,
and the text as it is now (both versions in it) to edit. Keeping one version, or saving the
edited text, is an ordinary edit: it can be undone and it reaches the partner at the next
exchange.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.services import conflicts
from rmdesk.services.undo import Change
from rmdesk.ui import messages
from rmdesk.ui.dialogs.partner_dialog import local_moment
from rmdesk.ui.widgets.buttons import push_button

Index = QModelIndex | QPersistentModelIndex
_button = functools.partial(push_button, accessible=None, auto_default=False)


class ConflictListModel(QAbstractListModel):
    """The open conflicts, one line each: what and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[conflicts.OpenConflict] = []

    def set_items(self, items: list[conflicts.OpenConflict]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> conflicts.OpenConflict | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.entry}\n{item.what}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.entry}, {item.what}"
        if role == Qt.ItemDataRole.ToolTipRole:
            found = local_moment(item.opened_at, item.opened_at)
            return self.tr("Found when a file from your partner came in, {moment}").format(
                moment=found
            )
        return None


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def _text_view(name: str, accessible: str, read_only: bool) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(read_only)
    view.setAccessibleName(accessible)
    view.setTabChangesFocus(True)
    return view


class ConflictsDialog(QDialog):
    """Lists open conflicts; pick a version or edit the text. `resolved` carries the
    conflict and the Change (for the window's undo stack) each time one is resolved."""

    resolved = Signal(object, object)  # conflicts.OpenConflict, Change

    def __init__(self, service: conflicts.ConflictService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self._service = service
        self.setWindowTitle(self.tr("Conflicts"))
        self.setAccessibleName(self.tr("Conflicts"))
        self.resize(980, 600)
        self.model = ConflictListModel(self)
        self.list = QListView()
        self.list.setObjectName("conflictList")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.list.setAccessibleDescription(
            self.tr("Long text you and your partner both changed in the same place.")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(self._show_current)
        self.intro = _label(
            self.tr(
                "You and your partner both changed the same part of these texts before "
                "either saw the other's change. Keep one version, or edit the text to keep "
                "parts of both. Ctrl+Z on the entry's page undoes a choice."
            ),
            "conflictsIntro",
        )
        self.intro.setWordWrap(True)
        self.empty = _label(self.tr("No open conflicts."), "conflictsEmpty")
        self.mine = _text_view("mineText", self.tr("Your version"), True)
        self.theirs = _text_view("theirsText", self.tr("Your partner's version"), True)
        self.edited = _text_view("editedText", self.tr("The text to keep"), False)
        self.theirs_label = _label(self.tr("Your partner's version"), "theirsLabel")
        self.keep_mine = _button(self.tr("Keep &mine"), "keepMine", self._on_keep_mine)
        self.keep_theirs = _button(self.tr("Keep &theirs"), "keepTheirs", self._on_keep_theirs)
        self.save_edited = _button(
            self.tr("&Save the edited text"), "saveEdited", self._on_save_edited
        )
        self._build()
        self.reload()

    def _build(self) -> None:
        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Your version")), 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.addWidget(self.keep_mine, 2, 0)
        grid.addWidget(self.keep_theirs, 2, 1)
        edit_label = QLabel(self.tr("&Or edit the text as it is now (both versions are in it):"))
        edit_label.setBuddy(self.edited)
        grid.addWidget(edit_label, 3, 0, 1, 2)
        grid.addWidget(self.edited, 4, 0, 1, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_edited)
        grid.addLayout(row, 5, 0, 1, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(sides)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def reload(self) -> None:
        """Read the open conflicts again and select the first."""
        self.model.set_items(self._service.open())
        has_any = self.model.rowCount() > 0
        self.empty.setVisible(not has_any)
        self.intro.setVisible(has_any)
        for widget in (self.keep_mine, self.keep_theirs, self.save_edited, self.edited):
            widget.setEnabled(has_any)
        if has_any:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            for view in (self.mine, self.theirs, self.edited):
                view.clear()

    def current(self) -> conflicts.OpenConflict | None:
        return self.model.item(self.list.currentIndex().row())

    def _show_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        item = self.model.item(index.row())
        if item is None:
            return
        self.mine.setPlainText(item.mine)
        self.theirs.setPlainText(item.theirs)
        self.edited.setPlainText(item.current)
        if item.partner_name:
            label = self.tr("{name}'s version").format(name=item.partner_name)
            self.theirs_label.setText(label)
            self.theirs.setAccessibleName(label)

    def _resolve(self, choice: conflicts.Choice, text: str | None = None) -> None:
        item = self.current()
        if item is None:
            return
        try:
            change: Change = self._service.resolve(item.id, choice, text)
        except errors.RmdeskError as exc:
            messages.show_error(self, messages.text(exc))
            self.reload()
            return
        self.resolved.emit(item, change)
        self.reload()

    def _on_keep_mine(self) -> None:
        self._resolve("mine")

    def _on_keep_theirs(self) -> None:
        self._resolve("theirs")

    def _on_save_edited(self) -> None:
        self._resolve("edited", self.edited.toPlainText())
