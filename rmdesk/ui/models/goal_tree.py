"""The goal list: two groups (one per learner), each fetched lazily in pages."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from rmdesk.domain.enums import GoalStatus, Role
from rmdesk.services.goals import GoalRow, GoalService
from rmdesk.ui.i18n import translate
from rmdesk.ui.labels import label_for
from rmdesk.ui.models.lazy_list import PARTNER_ROLE, Decorator

PAGE_SIZE = 40  # about a screenful per group; more arrive as the view scrolls
COLUMN_COUNT = 4  # goal, status, target, progress: see columns()
UUID_ROLE = Qt.ItemDataRole.UserRole
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def columns() -> tuple[str, ...]:
    """The column headers, translated when asked (not at import, before a translator)."""
    return (
        translate("goal_tree", "Goal"),
        translate("goal_tree", "Status"),
        translate("goal_tree", "Target"),
        translate("goal_tree", "Progress"),
    )


def status_labels() -> dict[GoalStatus, str]:
    """What each goal status is called on screen."""
    return {
        GoalStatus.ACTIVE: translate("goal_tree", "Active"),
        GoalStatus.ACHIEVED: translate("goal_tree", "Achieved"),
        GoalStatus.PAUSED: translate("goal_tree", "Paused"),
        GoalStatus.DROPPED: translate("goal_tree", "Dropped"),
    }


@dataclass
class _Group:
    learner: str
    title: str
    total: int = 0
    rows: list[Any] = field(default_factory=list)


class GoalTreeModel(QAbstractItemModel):
    """Top level: one row per learner. Children: that learner's goals, sorted and filtered.

    Only PAGE_SIZE goals per group are fetched at first; views ask for more as they scroll
    (canFetchMore/fetchMore), so thousands of goals open as fast as twenty.
    """

    def __init__(self, goals: GoalService, parent: Any = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self._pair: str | None = None
        self._groups: list[_Group] = []
        self.statuses: list[str] | None = [GoalStatus.ACTIVE.value]
        self.category: str | None = None
        self.sort_key = "target"  # not `sort`: that is the model's sort() method
        self._fetching = False
        self._paused = False
        self._decorate: Decorator | None = None

    def set_decorator(self, decorate: Decorator | None) -> None:
        """Marks added to each goal's first column (the partner's), apart from the wording."""
        self._decorate = decorate
        self.layoutChanged.emit()

    # --- loading ---------------------------------------------------------------------------

    def set_pair(
        self, pair_uuid: str | None, names: dict[str, str] | None = None, me: str = ""
    ) -> None:
        self._pair = pair_uuid
        self._names = names or {}
        self._me = me
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._groups = []
        if self._pair:
            order = [self._me, Role(self._me).other.value] if self._me else list(Role)
            for learner in order:
                name = self._names.get(learner, learner)
                title = self.tr("{name}'s goals ({learner})").format(name=name, learner=learner)
                group = _Group(learner, title)
                group.total = self._goals.count(self._pair, **self._filters(learner))
                group.rows = self._goals.page(
                    self._pair, 0, PAGE_SIZE, **self._filters(learner), sort=self.sort_key
                )
                self._groups.append(group)
        self.endResetModel()

    def _filters(self, learner: str) -> dict[str, Any]:
        return {"learner": learner, "statuses": self.statuses, "category": self.category}

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        group = self._group_at(parent)
        return (
            group is not None
            and not (self._fetching or self._paused)
            and len(group.rows) < group.total
        )

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        group = self._group_at(parent)
        if group is None or not self._pair or self._fetching:
            return  # views may ask again while rows are being inserted: fetch once
        more = self._goals.page(
            self._pair,
            len(group.rows),
            PAGE_SIZE,
            **self._filters(group.learner),
            sort=self.sort_key,
        )
        if not more:
            group.total = len(group.rows)
            return
        first = len(group.rows)
        self._fetching = True
        try:
            self.beginInsertRows(parent, first, first + len(more) - 1)
            group.rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def _group_at(self, parent: Index) -> _Group | None:
        if (
            parent.isValid()
            and parent.internalId() == 0
            and parent.column() == 0
            and parent.row() < len(self._groups)
        ):
            return self._groups[parent.row()]
        return None

    # --- structure -------------------------------------------------------------------------
    # internalId 0 marks a group; a goal's internalId is its group's row + 1.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0:
            return 0
        group = self._group_at(parent)
        return len(group.rows) if group else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return COLUMN_COUNT

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if not parent.isValid():
            return bool(self._groups)
        group = self._group_at(parent)
        return group is not None and parent.column() == 0 and group.total > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802, E501
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return columns()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = None if role == PARTNER_ROLE else self._data(index, role)
        if (
            self._decorate is None
            or not index.isValid()
            or index.column() != 0
            or index.internalId() == 0
        ):
            return value
        row: GoalRow = self._groups[index.internalId() - 1].rows[index.row()]
        return self._decorate(row.uuid, role, value)

    def _data(self, index: Index, role: int) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{group.title} · {group.total}"
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
                return self.tr("{group}, {n} goals").format(group=group.title, n=group.total)
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        row: GoalRow = self._groups[index.internalId() - 1].rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title,
                label_for(status_labels(), row.status),
                row.target_date or "—",
                f"{row.progress}%",
            )[column]
        if role == UUID_ROLE:
            return row.uuid
        if role == PROGRESS_ROLE:
            return row.progress
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            status = label_for(status_labels(), row.status)
            parts = [row.title, f"{row.progress}% · {status}"]
            if row.milestones_total:
                parts.append(
                    self.tr("{done} of {total} milestones done").format(
                        done=row.milestones_done, total=row.milestones_total
                    )
                )
            if row.category:
                parts.append(row.category)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self.tr("{title}, {progress} percent, {status}").format(
                title=row.title, progress=row.progress, status=row.status
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 2
            and row.status == GoalStatus.ACTIVE
            and row.target_date
            and row.target_date < date.today().isoformat()
        ):
            from PySide6.QtGui import QColor

            return QColor("#d64545")  # overdue: readable on both palettes
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and row.target_date:
            overdue = row.status == GoalStatus.ACTIVE and row.target_date < date.today().isoformat()
            if overdue:
                return self.tr("Target {date} (past: time to review it?)").format(
                    date=row.target_date
                )
            return self.tr("Target {date}").format(date=row.target_date)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- helpers for the page --------------------------------------------------------------

    def index_of(self, uuid: str) -> QModelIndex:
        """Find a goal among the fetched rows (fetching more pages if needed)."""
        for group_row, group in enumerate(self._groups):
            parent = self.index(group_row, 0)
            while True:
                for row, goal in enumerate(group.rows):
                    if goal.uuid == uuid:
                        return self.index(row, 0, parent)
                if not self.canFetchMore(parent):
                    break
                self.fetchMore(parent)
        return QModelIndex()

    @contextlib.contextmanager
    def fetching_paused(self) -> Iterator[None]:
        """While a view lays out (say, expanding groups), answer that there is nothing more."""
        self._paused = True
        try:
            yield
        finally:
            self._paused = False

    def update_row(self, uuid: str, row: GoalRow | None) -> bool:
        """Refresh one goal in place after an edit (keeps selection and scroll position)."""
        for group_row, group in enumerate(self._groups):
            for index, goal in enumerate(group.rows):
                if goal.uuid == uuid and row is not None and row.learner == group.learner:
                    group.rows[index] = row
                    parent = self.index(group_row, 0)
                    self.dataChanged.emit(
                        self.index(index, 0, parent), self.index(index, COLUMN_COUNT - 1, parent)
                    )
                    return True
        return False  # moved between groups or not fetched: the caller reloads

    def group_totals(self) -> dict[str, int]:
        return {group.learner: group.total for group in self._groups}
