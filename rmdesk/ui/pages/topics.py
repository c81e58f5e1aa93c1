"""Topics: the mentor's topic bank, and preparing the next meeting from it.

Three panes: the lazy list of topics (a drag source), the chosen topic's editor (every field
autosaves and can be undone) and "Prepare next meeting", whose agenda takes topics dropped
from the list and shows the time they need against the meeting's length.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPalette,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors, settings
from rmdesk.domain import models
from rmdesk.domain.enums import TopicStatus, Visibility
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService, created_uuids
from rmdesk.services.topics import TopicRow, TopicService
from rmdesk.services.undo import Change
from rmdesk.ui.labels import label_for
from rmdesk.ui.models.lazy_list import ROW_ROLE, UUID_ROLE, LazyListModel
from rmdesk.ui.undo import ChangeCommand
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.goal_detail import visibility_labels
from rmdesk.ui.widgets.topics.common import (
    FOLLOW_UP_MARK,
    SEARCH_DELAY_MS,
    TOPIC_MIME,
    status_filters,
    status_labels,
)
from rmdesk.ui.widgets.topics.editor import TopicEditor
from rmdesk.ui.widgets.topics.prepare_panel import PreparePanel
from rmdesk.ui.widgets.topics.row_delegate import TopicRowDelegate


class TopicsPage(QWidget):
    """The list (model/view, lazy, a drag source), the editor, and the next meeting."""

    status_message = Signal(str)
    meeting_chosen = Signal(str)  # the user asked to open a meeting from a topic's history

    def __init__(
        self,
        topics: TopicService,
        meetings: MeetingService,
        goals: GoalService,
        parent: QWidget | None = None,
        *,
        preferences: settings.Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topicsPage")
        self._topics = topics
        self._preferences = preferences or settings.Settings()
        self._meetings = meetings
        self._goals = goals
        self.pair: models.Pair | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("topicsUndoStack")
        self._goal_titles: dict[str, str] = {}
        self._undoing = False

        self.new_button = push_button(self.tr("New topic"), "newTopicButton", self.new_topic)
        self.new_button.setToolTip(self.tr("New topic (Ctrl+N)"))
        self.status_filter = fields.NamedComboBox(objectName="topicStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show topics"))
        for label, statuses in status_filters():
            self.status_filter.addItem(label, statuses)
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter.setMinimumContentsLength(12)
        self.status_filter.activated.connect(self._on_filter_changed)
        self.search = QLineEdit(objectName="topicSearch")
        self.search.setPlaceholderText(self.tr("Search titles, notes and links"))
        self.search.setAccessibleName(self.tr("Search topics"))
        fields.name_clear_button(self.search, self.tr("Clear the topic search"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._search_timer.start)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.status_filter, 1)

        self.model = LazyListModel(
            lambda: 0, lambda _o, _l: [], self._describe, self, mime_type=TOPIC_MIME
        )
        self.topic_list = QListView(objectName="topicList")
        self.topic_list.setAccessibleName(
            self.tr("Topics; drag one onto the next meeting's agenda, Delete removes it")
        )
        self.topic_list.setModel(self.model)
        self.topic_list.setUniformItemSizes(True)
        self.topic_list.setItemDelegate(TopicRowDelegate(self.topic_list))
        self.topic_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topic_list.setDragEnabled(True)
        self.topic_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.topic_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.topic_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.topic_list.activated.connect(self._on_activated)
        self.empty_hint = QLabel(objectName="topicsEmptyHint", wordWrap=True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.hide()
        self.count_label = QLabel(objectName="topicsCount")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.topic_list, 1)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.count_label)

        self.editor = TopicEditor(topics, meetings, goals)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.row_changed.connect(self._on_row_changed)
        self.editor.meeting_chosen.connect(self.meeting_chosen)
        self.editor.delete_requested.connect(self.delete_current)
        scroll = QScrollArea(objectName="topicEditorScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)

        self.prepare = PreparePanel(topics, meetings)
        self.prepare.current_topic = self.current_uuid
        self.prepare.changed.connect(self._on_prepare_changed)
        self.prepare.message.connect(self.status_message)
        self.prepare.topics_changed.connect(self._on_topics_changed)
        self.prepare.topic_chosen.connect(self.select_topic)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 8, 8)
        right_layout.addWidget(self.prepare)
        right.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        splitter = QSplitter(objectName="topicsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([350, 430, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        new = QAction(self.tr("New topic"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_topic)
        self.addAction(new)
        self.new_action = new
        self.delete_action = QAction(self.tr("Delete topic"), self.topic_list)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.topic_list.addAction(self.delete_action)
        self.setTabOrder(self.new_button, self.status_filter)
        self.setTabOrder(self.status_filter, self.search)
        self.setTabOrder(self.search, self.topic_list)

    # --- the list --------------------------------------------------------------------------

    def _describe(self, row: TopicRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            marker = FOLLOW_UP_MARK if row.status == TopicStatus.FOLLOW_UP else ""
            details = [label_for(status_labels(), row.status)]
            if row.estimated_minutes:  # no time guessed yet: nothing, rather than "— min"
                details.append(self.tr("{n} min").format(n=row.estimated_minutes))
            if row.last_meeting_at:
                last = self._meetings.local_start(row.last_meeting_at)
                details.append(
                    self.tr("last on {day} {month}").format(
                        day=last.day,
                        month=QLocale().toString(QDate(last.year, last.month, 1), "MMM yyyy"),
                    )
                )
            return f"{marker}{row.title}\n{' · '.join(details)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [row.title]
            goal = self._goal_titles.get(row.goal_uuid or "")
            if goal:
                tips.append(self.tr("Goal: {title}").format(title=goal))
            if row.status == TopicStatus.FOLLOW_UP:
                tips.append(self.tr("Needs a follow-up conversation"))
            if row.agenda_count:
                tips.append(
                    self.tr("On 1 agenda")
                    if row.agenda_count == 1
                    else self.tr("On {n} agendas").format(n=row.agenda_count)
                )
            tips.append(label_for(visibility_labels(), row.visibility))
            return "\n".join(tips)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in (
            TopicStatus.DISCUSSED,
            TopicStatus.PARKED,
        ):
            return self.topic_list.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._describe(row, Qt.ItemDataRole.DisplayRole).replace("\n", ", ")
            return text.replace(FOLLOW_UP_MARK, self.tr("Follow-up: "), 1)
        return None

    def show_pair(self, pair: models.Pair) -> None:
        self.editor.flush()
        if self.pair is None or self.pair.uuid != pair.uuid:
            self.undo_stack.clear()
        self.pair = pair
        self.editor.set_pair(pair)
        self.prepare.set_pair(pair)
        self.reload()

    def reload(self, select: str | None = None, *, search_all: bool = True) -> None:
        """Re-read the list (after a filter, create, delete, undo) and show `select`.

        `search_all=False` looks for `select` only in the first page instead of fetching
        page after page: a filter or search usually leaves the topic out anyway."""
        if self.pair is None:
            return
        pair_uuid = self.pair.uuid
        statuses = self.status_filter.currentData()
        search = self.search.text().strip() or None
        self._goal_titles = dict(self._goals.titles(pair_uuid))
        self.model.set_sources(
            lambda: self._topics.count(pair_uuid, statuses, search),
            lambda offset, limit: self._topics.page(pair_uuid, offset, limit, statuses, search),
        )
        if not select:
            row = -1
        elif search_all:
            row = self.model.row_of(select)
        else:
            row = self._fetched_row(select)
        if row >= 0:
            self._select_row(row)
            self.editor.show_topic(select)
        elif select and self._exists(select):
            # Filtered out of the list (by its new status, say): keep editing it anyway.
            self.topic_list.selectionModel().clear()
            self.editor.show_topic(select)
        elif self.model.rowCount():
            self._select_row(0)
            self.editor.show_topic(self.model.index(0).data(UUID_ROLE))
        else:
            self.editor.show_topic(None)
        self._update_hint()
        self.prepare.refresh()

    def _fetched_row(self, uuid: str) -> int:
        """The row of a topic among the rows already fetched (-1 if not there)."""
        for row in range(self.model.rowCount()):
            if self.model.index(row).data(UUID_ROLE) == uuid:
                return row
        return -1

    def _exists(self, uuid: str) -> bool:
        try:
            self._topics.get(uuid)
        except errors.NotFoundError:
            return False
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.topic_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.topic_list.scrollTo(index)

    def _update_hint(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 topic") if total == 1 else self.tr("{n} topics").format(n=total)
        )
        self.empty_hint.setVisible(total == 0)
        if total == 0 and self.pair is not None:
            self.empty_hint.setText(
                self.tr("No topics match. Choose “All topics” or clear the search.")
                if self._topics.count(self.pair.uuid)
                else self.tr("No topics yet. Press Ctrl+N to start your topic bank.")
            )

    def _on_filter_changed(self) -> None:
        self.reload(self.current_uuid(), search_all=False)

    def select_topic(self, uuid: str) -> None:
        """Show a topic (from the agenda, say), in the list if the filter lets it."""
        self.editor.flush()
        self.reload(uuid)

    def open_item(self, uuid: str) -> None:
        """Show one topic (a search hit): in the list, clearing its search box if needed."""
        self.editor.flush()
        self.search.clear()
        self.reload(uuid)
        if self.topic_list.currentIndex().data(UUID_ROLE) != uuid:
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.reload(uuid)

    def current_uuid(self) -> str | None:
        """The topic in the editor (the list's current row, unless filtered out)."""
        return self.editor.topic.uuid if self.editor.topic is not None else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid and (self.editor.topic is None or self.editor.topic.uuid != uuid):
            self.editor.show_topic(uuid)
        self.prepare.update_buttons()

    def _on_activated(self, index: QModelIndex) -> None:
        """Enter on a topic: edit its title."""
        if index.data(UUID_ROLE):
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    # --- changes and undo ------------------------------------------------------------------

    def _push(
        self,
        change: Change,
        apply: Callable[[Change, bool], None],
        merge_key: str | None = None,
        focus: str | None = None,
    ) -> None:
        """Put a change the services made on the undo stack. After undo or redo the page
        shows `focus` (the topic the change was about) if it exists then."""
        if change.empty:
            return
        if self._undoing:
            # Typing saved while an undo re-reads the page: push it once the undo is done.
            QTimer.singleShot(0, lambda: self._push(change, apply, merge_key, focus))
            return
        focus = focus or self.current_uuid()
        self.undo_stack.push(
            ChangeCommand(change, apply, lambda: self._after_undo(focus), merge_key)
        )

    def _after_undo(self, focus: str | None) -> None:
        if focus is None or not self._exists(focus):
            focus = self.current_uuid()
        self._undoing = True
        try:
            self.reload(focus)
        finally:
            self._undoing = False

    def _on_editor_changed(self, change: Change, key: str) -> None:
        self._push(change, self._topics.apply, key or None)

    def _on_row_changed(self, uuid: str) -> None:
        """A saved field the list shows: update that row in place (no re-sort while typing).
        A topic the list does not hold may now pass the filter: re-read the list then."""
        topic = self.editor.topic
        if topic is None or topic.uuid != uuid:
            return
        row = self._fetched_row(uuid)
        if row < 0:
            self.reload(uuid, search_all=False)
            return
        old = self.model.index(row).data(ROW_ROLE)
        self.model.replace_row(
            uuid,
            dataclasses.replace(
                old,
                title=topic.title,
                status=topic.status,
                estimated_minutes=topic.estimated_minutes,
                goal_uuid=topic.goal_uuid,
                visibility=topic.visibility,
                has_resources=bool(topic.resources),
                updated_at=topic.updated_at,
            ),
        )
        self.prepare.refresh()  # the agenda shows titles and minutes too

    def _on_prepare_changed(self, change: Change, apply: Callable[[Change, bool], None]) -> None:
        self._push(change, apply)

    def _on_topics_changed(self) -> None:
        """Agenda changes move topic statuses: re-read the list, stay on the same topic."""
        self.editor.flush()
        self.reload(self.current_uuid())

    def new_topic(self) -> None:
        """Ctrl+N: a new idea, its title selected so typing replaces it."""
        if self.pair is None:
            return
        self.editor.flush()
        change = self._topics.create(
            self.pair.uuid,
            self.tr("New topic"),
            visibility=self._preferences.visibility_for(Visibility.PAIR.value),
        )
        [uuid] = created_uuids(change, "topics")
        # Typing the title right away joins the creation: one Ctrl+Z removes the topic.
        self._push(change, self._topics.apply, f"{uuid}:title", focus=uuid)
        if TopicStatus.IDEA.value not in (self.status_filter.currentData() or [TopicStatus.IDEA]):
            self.status_filter.setCurrentIndex(0)
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.reload(uuid)
        self.editor.title.setFocus()
        self.editor.title.selectAll()
        self.status_message.emit(
            self.tr("New topic: type its title. Everything saves as you type.")
        )

    def delete_current(self) -> None:
        """Delete at once (no confirmation): Ctrl+Z brings it back exactly."""
        uuid = self.current_uuid()
        if uuid is None:
            return
        self.editor.flush()
        title = self._topics.get(uuid).title
        row = self.model.row_of(uuid)
        change = self._topics.delete(uuid)
        self.editor.forget(uuid)
        self._push(change, self._topics.apply, focus=uuid)
        self.editor.topic = None
        after = None
        if row >= 0 and self.model.rowCount() > 1:
            neighbour = self.model.index(row + 1 if row + 1 < self.model.rowCount() else row - 1)
            after = neighbour.data(UUID_ROLE)
        self.reload(after)
        self.status_message.emit(
            self.tr("Deleted “{title}”. Press Ctrl+Z to undo.").format(title=title)
        )

    def flush(self) -> None:
        """Save anything typed but not yet saved (before closing or switching page)."""
        self.editor.flush()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        # The Meetings page may have changed agendas and statuses while this was hidden.
        if not event.spontaneous() and self.pair is not None:
            self.reload(self.current_uuid())

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.flush()
        super().hideEvent(event)
