"""Goals: both people's learning goals, a detail pane that autosaves, undo for everything."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rmdesk import settings
from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, Visibility
from rmdesk.services.goals import GoalDraft, GoalService
from rmdesk.services.undo import Change
from rmdesk.ui.i18n import translate
from rmdesk.ui.models.goal_tree import PROGRESS_ROLE, UUID_ROLE, GoalTreeModel, status_labels
from rmdesk.ui.undo import ChangeCommand
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.goal_detail import GoalDetail


def status_filters() -> list[tuple[str, list[str] | None]]:
    """The status filter's choices: (label, statuses shown or None for all)."""
    return [
        (translate("GoalsPage", "Active"), [GoalStatus.ACTIVE.value]),
        (
            translate("GoalsPage", "Active and paused"),
            [GoalStatus.ACTIVE.value, GoalStatus.PAUSED.value],
        ),
        *[
            (label, [status.value])
            for status, label in status_labels().items()
            if status != GoalStatus.ACTIVE
        ],
        (translate("GoalsPage", "All statuses"), None),
    ]


def sort_choices() -> list[tuple[str, str]]:
    """The sort chooser's choices: (label, sort key)."""
    return [
        (translate("GoalsPage", "Target date"), "target"),
        (translate("GoalsPage", "Progress"), "progress"),
        (translate("GoalsPage", "Title"), "title"),
    ]


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a small bar, in the style's own look."""

    def paint(
        self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: ANN001
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 2, -4, -2)
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text = f"{value}%"
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class GoalTree(QTreeView):
    """Fetches more goals when scrolled to the bottom, for whichever group still has more
    (Qt's tree only asks the group of the last visible row)."""

    def verticalScrollbarValueChanged(self, value: int) -> None:  # noqa: N802 - Qt override
        super().verticalScrollbarValueChanged(value)
        model = self.model()
        if value < self.verticalScrollBar().maximum() or model is None:
            return
        for group in range(model.rowCount()):
            index = model.index(group, 0)
            if self.isExpanded(index) and model.canFetchMore(index):
                model.fetchMore(index)
                return


class GoalsPage(QWidget):
    """The list (model/view, lazy) on the left, the selected goal on the right."""

    status_message = Signal(str)

    def __init__(
        self,
        goals: GoalService,
        parent: QWidget | None = None,
        *,
        preferences: settings.Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalsPage")
        self._goals = goals
        self._preferences = preferences or settings.Settings()
        self.pair: models.Pair | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("goalsUndoStack")
        self._unsaved_draft: GoalDraft | None = None

        self.new_button = QPushButton(self.tr("New goal"), objectName="newGoalButton")
        self.new_button.setToolTip(self.tr("New goal (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_goal)
        self.status_filter = fields.NamedComboBox(objectName="goalStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show goals with status"))
        for label, statuses in status_filters():
            self.status_filter.addItem(label, statuses)
        self.category_filter = fields.NamedComboBox(objectName="goalCategoryFilter")
        self.category_filter.setMinimumContentsLength(14)
        # As wide as 14 characters whatever the categories are called (the popup shows them
        # in full): a long custom category must not push the goal's details off the page.
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_filter.setAccessibleName(self.tr("Show goals in category"))
        self.sort = fields.NamedComboBox(objectName="goalSort")
        self.sort.setAccessibleName(self.tr("Sort goals by"))
        for label, key in sort_choices():
            self.sort.addItem(self.tr("Sort: {choice}").format(choice=label), key)
        for combo in (self.status_filter, self.category_filter, self.sort):
            combo.activated.connect(self._on_filters_changed)
        # Two rows, so the list pane stays narrow enough for the goal's details beside it.
        bar = QVBoxLayout()
        first_row, second_row = QHBoxLayout(), QHBoxLayout()
        first_row.addWidget(self.new_button)
        first_row.addStretch(1)
        first_row.addWidget(self.sort)
        second_row.addWidget(self.status_filter, 1)
        second_row.addWidget(self.category_filter, 1)
        bar.addLayout(first_row)
        bar.addLayout(second_row)

        self.model = GoalTreeModel(goals, self)
        self.tree = GoalTree(objectName="goalTree")
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 0; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegateForColumn(3, ProgressDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The title gets the room: the other columns are as narrow as what they show.
        for column, width in ((1, 66), (2, 88), (3, 76)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(self._on_activated)
        self.empty_hint = QLabel(objectName="goalsEmptyHint", wordWrap=True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty_hint)

        self.detail = GoalDetail(goals)
        self.detail.changed.connect(self._on_detail_changed)
        self.detail.celebrate.connect(
            lambda title: self.status_message.emit(
                self.tr("🎉 “{title}” achieved. Celebrate it together!").format(title=title)
            )
        )
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)

        splitter = QSplitter(objectName="goalsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 410])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.new_action = self._shortcut(
            self.tr("New goal"), QKeySequence.StandardKey.New, self.new_goal
        )
        self.delete_action = QAction(self.tr("Delete goal"), self.tree)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.tree.addAction(self.delete_action)
        self.detail.setEnabled(False)

    def _shortcut(self, text: str, key: QKeySequence.StandardKey, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- pair and list ---------------------------------------------------------------------

    def show_pair(self, pair: models.Pair) -> None:
        self.detail.flush()
        changed = self.pair is None or self.pair.uuid != pair.uuid
        self.pair = pair
        names = {"mentor": pair.mentor_name, "mentee": pair.mentee_name}
        self.detail.set_names(names)
        if changed:
            self.undo_stack.clear()
        self._fill_categories()
        self.model.set_pair(pair.uuid, names, pair.me_role)
        self._after_reload(None)

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData()
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), None)
        if self.pair:
            for category in self._goals.categories(self.pair.uuid):
                self.category_filter.addItem(category, category)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(current)))

    def _on_filters_changed(self) -> None:
        self.model.statuses = self.status_filter.currentData()
        self.model.category = self.category_filter.currentData()
        self.model.sort_key = self.sort.currentData()
        selected = self.current_uuid()
        self.model.reload()
        self._after_reload(selected)

    def reload(self, select: str | None = None) -> None:
        """Re-read the list after something structural (create, delete, undo)."""
        self._fill_categories()
        self.model.reload()
        self._after_reload(select)

    def _after_reload(self, select: str | None) -> None:
        # Expanding would make the view fetch page after page at once; the first page of each
        # group is already there, and scrolling to the bottom fetches the rest.
        with self.model.fetching_paused():
            for group in range(self.model.rowCount()):
                self.tree.setFirstColumnSpanned(group, QModelIndex(), True)
                self.tree.expand(self.model.index(group, 0))
        totals = self.model.group_totals()
        self.empty_hint.setVisible(not any(totals.values()))
        self.empty_hint.setText(
            self.tr(
                "No goals here yet. Both of you can have goals: press Ctrl+N to add one, "
                "or pick a template to start from."
            )
            if self.status_filter.currentData() != [GoalStatus.ACTIVE.value] or not totals
            else self.tr("No active goals. Press Ctrl+N to add one, or show other statuses.")
        )
        index = self.model.index_of(select) if select else QModelIndex()
        if not index.isValid():
            index = self._first_goal()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.detail.show_goal(index.data(UUID_ROLE))
        else:
            self.detail.show_goal(None)

    def _first_goal(self) -> QModelIndex:
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            if self.model.rowCount(parent):
                return self.model.index(0, 0, parent)
        return QModelIndex()

    def current_uuid(self) -> str | None:
        index = self.tree.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid and (self.detail.goal is None or self.detail.goal.uuid != uuid):
            self.detail.show_goal(uuid)

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on a goal: edit it (focus its title)."""
        if index.data(UUID_ROLE):
            self.detail.title.setFocus()
            self.detail.title.selectAll()

    # --- changes and undo ------------------------------------------------------------------

    def _push(self, change: Change, merge_key: str | None = None, structural: bool = False) -> None:
        if change.empty:
            return
        refresh = self._refresh_after_undo
        self.undo_stack.push(ChangeCommand(change, self._goals.apply, refresh, merge_key))
        if structural:
            self.reload(self.current_uuid())

    def _refresh_after_undo(self) -> None:
        goal = self.detail.goal
        uuid = goal.uuid if goal else None
        if uuid and self._goals.row(uuid) is None:
            uuid = None
        self.reload(uuid)

    def _on_detail_changed(self, change: Change, merge_key: str) -> None:
        self._push(change, merge_key or None)
        goal = self.detail.goal
        if goal is not None and not self.model.update_row(goal.uuid, self._goals.row(goal.uuid)):
            self.reload(goal.uuid)

    def new_goal(self) -> None:
        if self.pair is None:
            return
        from rmdesk.ui.dialogs.goal_dialog import GoalDialog

        self.detail.flush()
        dialog = GoalDialog(
            self._goals,
            self.pair,
            self._unsaved_draft,
            self,
            visibility=self._preferences.visibility_for(Visibility.PAIR.value),
        )
        if dialog.exec() and dialog.created is not None and dialog.change is not None:
            self._unsaved_draft = None
            self._push(dialog.change)
            self.status_filter.setCurrentIndex(0)
            self.model.statuses = self.status_filter.currentData()
            self.reload(dialog.created.uuid)
            self.status_message.emit(
                self.tr("Goal “{title}” created.").format(title=dialog.created.title)
            )
        else:
            # Cancelled with something typed: offer it again next time rather than lose it.
            draft = dialog.draft()
            self._unsaved_draft = draft if draft.title.strip() or draft.why.strip() else None

    def delete_current(self) -> None:
        uuid = self.current_uuid()
        if not uuid:
            return
        goal = self._goals.get(uuid)
        self.detail.flush()
        self.detail.goal = None
        change = self._goals.delete(uuid)
        self.undo_stack.push(ChangeCommand(change, self._goals.apply, self._refresh_after_undo))
        self.reload()
        self.status_message.emit(
            self.tr("Deleted “{title}”. Press Ctrl+Z to undo.").format(title=goal.title)
        )

    def flush(self) -> None:
        """Save anything typed but not yet saved (before closing or switching page)."""
        self.detail.flush()

    def open_item(self, uuid: str) -> None:
        """Show one goal (a search hit), widening the filters if they hide it."""
        self.flush()
        self.reload(uuid)
        if self.current_uuid() != uuid:
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.category_filter.setCurrentIndex(0)
            self.model.statuses = self.status_filter.currentData()
            self.model.category = self.category_filter.currentData()
            self.reload(uuid)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Other pages link meetings, topics and actions to goals: re-read the links."""
        super().showEvent(event)
        if self.detail.goal is not None:
            self.detail.refresh_related()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.flush()
        super().hideEvent(event)
