"""A list model that fetches rows from a service page by page (years of meetings, thousands
of topics open as fast as a handful)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

UUID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The partner's mark ("Priya's") of an entry their desk wrote last, or None (ui/partner.py).
PARTNER_ROLE = Qt.ItemDataRole.UserRole + 20
# decorate(uuid, role, value): what a role shows, with a mark added (the partner's, say).
Decorator = Callable[[str, int, Any], Any]
PAGE_SIZE = 60
Index = QModelIndex | QPersistentModelIndex


class LazyListModel(QAbstractListModel):
    """Rows come from `fetch(offset, limit)`; `total()` says how many exist.

    `describe(row, role)` turns a service row into what a role needs (display text,
    tooltip, font, colour), so pages keep their wording and the model stays generic.
    """

    def __init__(
        self,
        total: Callable[[], int],
        fetch: Callable[[int, int], list[Any]],
        describe: Callable[[Any, int], Any],
        parent: Any = None,
        mime_type: str = "",
    ) -> None:
        super().__init__(parent)
        self.mime_type = mime_type
        self._total_fn = total
        self._fetch = fetch
        self._describe = describe
        self._rows: list[Any] = []
        self._total = 0
        self._fetching = False
        self._decorate: Decorator | None = None

    def set_decorator(self, decorate: Decorator | None) -> None:
        """Marks added to what every row shows (the partner's), kept apart from `describe`."""
        self._decorate = decorate
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._total_fn()
        self._rows = self._fetch(0, PAGE_SIZE) if self._total else []
        self.endResetModel()

    def set_sources(self, total: Callable[[], int], fetch: Callable[[int, int], list[Any]]) -> None:
        self._total_fn, self._fetch = total, fetch
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if parent.isValid() or self._fetching:
            return
        more = self._fetch(len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        self._fetching = True
        try:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == UUID_ROLE:
            return row.uuid
        if role == ROW_ROLE:
            return row
        value = None if role == PARTNER_ROLE else self._describe(row, role)
        return self._decorate(row.uuid, role, value) if self._decorate else value

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [self.mime_type] if self.mime_type else super().mimeTypes()

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        """Dragged rows carry their uuids, one per line, under the model's MIME type."""
        data = QMimeData()
        uuids = [str(index.data(UUID_ROLE)) for index in indexes if index.isValid()]
        data.setData(self.mime_type or "text/plain", "\n".join(uuids).encode())
        return data

    def row_of(self, uuid: str) -> int:
        """The row of a uuid among fetched rows, fetching more pages until found (or -1)."""
        while True:
            for number, row in enumerate(self._rows):
                if row.uuid == uuid:
                    return number
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())

    def replace_row(self, uuid: str, row: Any) -> bool:
        for number, existing in enumerate(self._rows):
            if existing.uuid == uuid:
                self._rows[number] = row
                index = self.index(number)
                self.dataChanged.emit(index, index)
                return True
        return False

    @property
    def total(self) -> int:
        return self._total
