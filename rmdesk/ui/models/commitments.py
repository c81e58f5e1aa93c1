"""The pair's commitments as a list model: what each will do differently, and how it went."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rmdesk.domain import models
from rmdesk.ui.i18n import translate

UUID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


def _day(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso, "yyyy-MM-dd"), "d MMM yyyy")


def describe(commitment: models.Commitment, pair: models.Pair) -> str:
    """The second line of a row: whose, when to look back, and how it went."""
    whose = pair.name_of(commitment.owner)
    if commitment.status == "reviewed":
        text = translate("CommitmentListModel", "{whose} · looked back on {day}").format(
            whose=whose, day=_day(commitment.reviewed_on or commitment.updated_at[:10])
        )
        if commitment.review_note:
            text += f": {commitment.review_note}"
        return text
    if commitment.review_on:
        return translate("CommitmentListModel", "{whose} · look back on {day}").format(
            whose=whose, day=_day(commitment.review_on)
        )
    return translate("CommitmentListModel", "{whose} · no day to look back yet").format(whose=whose)


class CommitmentListModel(QAbstractListModel):
    """Rows are whole commitments (a pair has a handful), replaced at once on every read."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[models.Commitment] = []
        self._pair: models.Pair | None = None

    def set_items(self, items: list[models.Commitment], pair: models.Pair) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._pair = pair
        self.endResetModel()

    def items(self) -> list[models.Commitment]:
        return list(self._items)

    def row_of(self, uuid: str) -> int:
        """The row of a commitment, or -1."""
        return next((i for i, c in enumerate(self._items) if c.uuid == uuid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) or self._pair is None:
            return None
        commitment = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓ " if commitment.status == "reviewed" else ""
            return f"{mark}{commitment.text}\n{describe(commitment, self._pair)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{commitment.text}. {describe(commitment, self._pair)}"
        if role == UUID_ROLE:
            return commitment.uuid
        return None
