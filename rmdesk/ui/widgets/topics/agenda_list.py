"""The next meeting's agenda as a list that takes topics dropped from the bank."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QWidget,
)

from rmdesk.ui.widgets.topics.common import TOPIC_MIME


class AgendaList(QListWidget):
    """The next meeting's agenda: topics dropped from the list, items dragged to reorder.

    Drops are handled here rather than by QListWidget's own move, so the service decides the
    order and the list is simply re-read afterwards.
    """

    topics_dropped = Signal(object, int)  # (QMimeData with topic uuids, insertion row)
    row_moved = Signal(int, int)  # (dragged row, insertion row before the move)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareAgenda")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        self.setWordWrap(True)  # long titles wrap rather than scroll sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [*super().mimeTypes(), TOPIC_MIME]

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        row = self._insertion_row(event.position().toPoint())
        if event.source() is self:
            moving = self.currentRow()
            # Reported as a copy, so the view does not also remove the dragged row itself.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._end_drag()
            if moving >= 0:
                self.row_moved.emit(moving, row)
        elif event.mimeData().hasFormat(TOPIC_MIME):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._end_drag()
            self.topics_dropped.emit(event.mimeData(), row)
        else:
            event.ignore()
            self._end_drag()

    def _end_drag(self) -> None:
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def _insertion_row(self, point) -> int:  # noqa: ANN001
        index = self.indexAt(point)
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if point.y() > rect.center().y() else 0)
