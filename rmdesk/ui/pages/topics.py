"""Topics: the mentor's topic bank, and preparing the next meeting from it.

Three panes: the lazy list of topics (a drag source), the chosen topic's editor (every field
autosaves and can be undone) and "Prepare next meeting", whose agenda takes topics dropped
from the list and shows the time they need against the meeting's length.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors, settings
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus, Role, TopicStatus, Visibility
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService, created_uuids, merged
from rmdesk.services.topics import MAX_MINUTES, TopicAppearance, TopicRow, TopicService
from rmdesk.services.undo import Change
from rmdesk.ui import theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.models.lazy_list import ROW_ROLE, UUID_ROLE, LazyListModel
from rmdesk.ui.undo import ChangeCommand
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.goal_detail import visibility_labels
from rmdesk.ui.widgets.meeting_detail import local_text

TOPIC_MIME = "application/x-rmdesk-topic"
AUTOSAVE_MS = 600
SEARCH_DELAY_MS = 200
FOLLOW_UP_MARK = "⚑ "
CARRIED_MARK = "↻ "
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1  # on agenda entries: the topic behind the item
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2  # on agenda entries: the item's own title

OPEN_STATUSES = [
    TopicStatus.IDEA.value,
    TopicStatus.PREPARED.value,
    TopicStatus.ON_AGENDA.value,
    TopicStatus.FOLLOW_UP.value,
]
# Fields the list row shows: saving one of them updates the row in place.
ROW_FIELDS = ("title", "status", "estimated_minutes", "goal_uuid", "visibility", "resources")


def status_labels() -> dict[TopicStatus, str]:
    """What each topic status is called (translated when asked, not at import)."""
    return {
        TopicStatus.IDEA: translate("TopicsPage", "Idea"),
        TopicStatus.PREPARED: translate("TopicsPage", "Prepared"),
        TopicStatus.ON_AGENDA: translate("TopicsPage", "On agenda"),
        TopicStatus.DISCUSSED: translate("TopicsPage", "Discussed"),
        TopicStatus.FOLLOW_UP: translate("TopicsPage", "Follow-up"),
        TopicStatus.PARKED: translate("TopicsPage", "Parked"),
    }


def status_filters() -> list[tuple[str, list[str] | None]]:
    """The status filter's choices: (label, statuses shown or None for all)."""
    return [
        (translate("TopicsPage", "Open (not discussed or parked)"), OPEN_STATUSES),
        (translate("TopicsPage", "All topics"), None),
        (translate("TopicsPage", "Ideas"), [TopicStatus.IDEA.value]),
        (translate("TopicsPage", "Prepared"), [TopicStatus.PREPARED.value]),
        (translate("TopicsPage", "On agenda"), [TopicStatus.ON_AGENDA.value]),
        (translate("TopicsPage", "Discussed"), [TopicStatus.DISCUSSED.value]),
        (translate("TopicsPage", "Follow-up"), [TopicStatus.FOLLOW_UP.value]),
        (translate("TopicsPage", "Parked"), [TopicStatus.PARKED.value]),
    ]


def open_in_browser(url: str) -> bool:
    """Hand a link to the user's browser (one place, so tests can stand in for it)."""
    return QDesktopServices.openUrl(QUrl(url))


def _short_link(url: str, limit: int = 44) -> str:
    text = url.split("://", 1)[-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _button(text: str, name: str, slot: Callable[[], Any], accessible: str = "") -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAccessibleName(accessible or text.rstrip("…"))
    button.clicked.connect(slot)
    return button


class TopicRowDelegate(QStyledItemDelegate):
    """Two lines per topic: the title, then status, minutes and last meeting in the
    palette's quieter colour (no fixed colours, so both schemes read well)."""

    PADDING = 5

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: ANN001
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # Not opt.text: the delegate has turned its newline into a line separator.
        title, _, detail = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            title_color = detail_color = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            title_color = (
                foreground if foreground is not None else palette.color(QPalette.ColorRole.Text)
            )
            detail_color = quiet
        rect = opt.rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING)
        painter.save()
        title_font = QFont(opt.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(title_color)
        line = rect.adjusted(0, 0, 0, -(rect.height() - metrics.height()))
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFontMetrics(opt.font)
        painter.setFont(opt.font)
        painter.setPen(detail_color)
        below = rect.adjusted(0, metrics.height() + 1, 0, 0)
        painter.drawText(
            below,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            small.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        height = QFontMetrics(bold).height() + option.fontMetrics.height() + 1
        return QSize(200, height + 2 * self.PADDING)


# --- the topic editor ------------------------------------------------------------------------


class TopicEditor(QWidget):
    """One topic. Emits `changed(Change, merge_key)` for the page's undo stack.

    Text saves after a short pause, when focus leaves a field and on `flush()`. A value the
    service refuses (an empty title, a bad link, too many minutes) stays on screen with an
    inline message, and is kept for the topic even when another one is opened meanwhile.
    """

    changed = Signal(object, str)
    row_changed = Signal(str)  # a field the list shows was saved for this topic uuid
    meeting_chosen = Signal(str)  # a history row was activated
    delete_requested = Signal()

    def __init__(
        self,
        topics: TopicService,
        meetings: MeetingService,
        goals: GoalService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topicEditor")
        self._topics = topics
        self._meetings = meetings
        self._goals = goals
        self.pair: models.Pair | None = None
        self.topic: models.Topic | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._drafts: dict[str, dict[str, Any]] = {}  # refused values of topics not shown
        self._goal_choices: list[tuple[str, str]] | None = None  # what the goal box holds
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        self.title = QLineEdit(objectName="topicTitle")
        self.title.setAccessibleName(self.tr("Topic title"))
        self.title.setPlaceholderText(self.tr("What do you want to talk about?"))
        self.status = fields.NamedComboBox(objectName="topicStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        self.minutes = QSpinBox(objectName="topicMinutes", minimum=0, maximum=999)
        # Wider than the service allows, so a too-large estimate is explained, not swallowed.
        self.minutes.setSpecialValueText("—")
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setSingleStep(5)
        self.minutes.setAccessibleName(self.tr("Estimated minutes"))
        self.minutes.setToolTip(
            self.tr("About how long it needs, 1 to {most} minutes; — for none").format(
                most=MAX_MINUTES
            )
        )
        self.goal = fields.NamedComboBox(objectName="topicGoal")
        self.goal.setAccessibleName(self.tr("Linked goal"))
        self.goal.setMinimumContentsLength(10)
        self.goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.visibility = fields.NamedComboBox(objectName="topicVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see this topic"))
        for value, label in visibility_labels().items():
            self.visibility.addItem(label, value.value)
        self.why = self._text("topicWhy", self.tr("Why it matters for the other person"), 64)
        self.notes = self._text("topicNotes", self.tr("Notes"), 0)
        self.notes.setPlaceholderText(self.tr("What to show, questions to ask, examples to bring"))
        self.resources = self._text("topicResources", self.tr("Resources, one link per line"), 64)
        self.resources.setPlaceholderText(
            self.tr("One link per line, e.g. https://example.com/article")
        )
        self.links = QWidget(objectName="topicLinks")
        self._links_layout = QVBoxLayout(self.links)
        self._links_layout.setContentsMargins(0, 0, 0, 0)
        self._links_layout.setSpacing(2)
        self.error = QLabel(objectName="topicError", wordWrap=True)
        theme.error_label(self.error)
        self.error.hide()

        when = QHBoxLayout()
        when.addWidget(self.status, 1)
        minutes_label = QLabel(self.tr("&Time"))
        minutes_label.setBuddy(self.minutes)
        when.addWidget(minutes_label)
        when.addWidget(self.minutes)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("T&itle"), self.title)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, when)
        form.addRow(self.tr("&Goal"), self.goal)
        form.addRow(self.tr("&Visible to"), self.visibility)
        self._why_label = QLabel(self.tr("&Why it matters"))
        self._why_label.setBuddy(self.why)
        form.addRow(self._why_label, self.why)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow(self.tr("&Resources"), self.resources)
        form.addRow("", self.links)

        self.reopen_button = _button(
            self.tr("Reopen for follow-up"), "reopenTopicButton", self._on_reopen_clicked
        )
        self.reopen_button.setToolTip(self.tr("Discussed, but worth another conversation"))
        self.delete_button = _button(
            self.tr("Delete"),
            "deleteTopicButton",
            self.delete_requested.emit,
            self.tr("Delete topic"),
        )
        self.delete_button.setToolTip(
            self.tr("Delete this topic (Delete in the list; Ctrl+Z undoes it)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.history = QListWidget(objectName="topicHistory")
        self.history.setAccessibleName(self.tr("Meetings where this topic was on the agenda"))
        self.history.setMaximumHeight(96)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.itemActivated.connect(self._on_history_activated)
        history_box = QGroupBox(self.tr("Discussed in"))
        history_box.setObjectName("topicHistoryBox")
        QVBoxLayout(history_box).addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(history_box)

        self.title.textEdited.connect(lambda: self._touch("title"))
        self.title.editingFinished.connect(self.flush)
        for field, edit in (
            ("why_it_matters", self.why),
            ("notes", self.notes),
            ("resources", self.resources),
        ):
            edit.textChanged.connect(lambda f=field: self._touch(f))
            edit.installEventFilter(self)
        self.minutes.valueChanged.connect(lambda: self._touch("estimated_minutes"))
        self.minutes.editingFinished.connect(self.flush)
        self.goal.activated.connect(lambda: self._touch("goal_uuid", now=True))
        self.visibility.activated.connect(lambda: self._touch("visibility", now=True))
        self.status.activated.connect(lambda: self._touch("status", now=True))
        self.setEnabled(False)

    def _text(self, name: str, accessible: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        if height:
            edit.setFixedHeight(height)
        else:
            edit.setMinimumHeight(70)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()  # leaving a text field saves it, as leaving the title does
        return super().eventFilter(watched, event)

    # --- showing ---------------------------------------------------------------------------

    def set_pair(self, pair: models.Pair) -> None:
        self.pair = pair
        self._fill_goals()

    def _fill_goals(self) -> None:
        current = self.goal.currentData()
        choices = self._goals.titles(self.pair.uuid) if self.pair is not None else []
        # Re-read on every topic shown (goals change on other pages), but rebuild the box
        # only when they did: hundreds of addItem calls per topic made opening Topics slow.
        if choices != self._goal_choices:
            self._goal_choices = choices
            self.goal.clear()
            self.goal.addItem(self.tr("No goal"), None)
            for uuid, title in choices:
                self.goal.addItem(title, uuid)
        self.goal.setCurrentIndex(max(0, self.goal.findData(current)))

    def show_topic(self, uuid: str | None) -> None:
        """Load a topic, saving what is pending for the one shown before."""
        self.flush()
        self._stash()
        self.error.hide()
        try:
            self.topic = self._topics.get(uuid) if uuid else None
        except errors.NotFoundError:
            self.topic = None
        self.setEnabled(self.topic is not None)
        self._fill_goals()
        self._fill(self.topic)
        draft = self._drafts.pop(self.topic.uuid, None) if self.topic else None
        if draft:
            self._restore(draft)

    def _fill(self, topic: models.Topic | None) -> None:
        self._loading = True
        try:
            if topic is None:
                self._pending.clear()
                self.title.clear()
                for edit in (self.why, self.notes, self.resources):
                    edit.clear()
                self.minutes.setValue(0)
                self.goal.setCurrentIndex(0)
                self.history.clear()
                self._fill_links([])
                self.reopen_button.setEnabled(False)
                return
            keep = self._pending
            if "title" not in keep and self.title.text() != topic.title:
                self.title.setText(topic.title)
                self.title.setCursorPosition(0)  # show the start of a long title
            for field, edit in (
                ("why_it_matters", self.why),
                ("notes", self.notes),
                ("resources", self.resources),
            ):
                if field not in keep and edit.toPlainText() != getattr(topic, field):
                    edit.setPlainText(getattr(topic, field))
            if "estimated_minutes" not in keep:
                self.minutes.setValue(topic.estimated_minutes or 0)
            for field, combo in (
                ("status", self.status),
                ("goal_uuid", self.goal),
                ("visibility", self.visibility),
            ):
                if field not in keep:
                    combo.setCurrentIndex(max(0, combo.findData(getattr(topic, field))))
            self.reopen_button.setEnabled(
                topic.status in (TopicStatus.DISCUSSED, TopicStatus.PARKED)
            )
            other = self._other_name(topic)
            self.why.setPlaceholderText(
                self.tr("Why this matters for {name}").format(name=other) if other else ""
            )
            self.why.setAccessibleName(
                self.tr("Why it matters for {name}").format(name=other)
                if other
                else self.tr("Why it matters for the other person")
            )
            self._fill_links(self._topics.links(topic))
            self._fill_history(self._topics.history(topic.uuid))
        finally:
            self._loading = False

    def _other_name(self, topic: models.Topic) -> str:
        if self.pair is None:
            return ""
        return self.pair.name_of(Role(topic.author_role).other)

    def _fill_links(self, links: list[str]) -> None:
        while self._links_layout.count():
            widget = self._links_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for url in links:
            label = QLabel(objectName="topicLink")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'<a href="{html.escape(url)}">{html.escape(_short_link(url))}</a>')
            label.setToolTip(self.tr("Open {url} in the browser").format(url=url))
            label.setAccessibleName(self.tr("Open {url}").format(url=url))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            label.setOpenExternalLinks(False)
            # A long address must not widen the form: the label is clipped, the tooltip whole.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.linkActivated.connect(self._on_link_activated)
            self._links_layout.addWidget(label)
        self.links.setVisible(bool(links))

    def _fill_history(self, appearances: list[TopicAppearance]) -> None:
        self.history.clear()
        for number, seen in enumerate(appearances):
            later = appearances[number + 1 :]
            when = local_text(self._meetings.local_start(seen.starts_at))
            if seen.status == MeetingStatus.HELD:
                if seen.discussed:
                    outcome = self.tr("held · discussed ✓")
                elif any(a.carried for a in later):
                    outcome = self.tr("held · not reached, carried over")
                else:
                    outcome = self.tr("held · not discussed")
            elif seen.status == MeetingStatus.CANCELLED:
                outcome = self.tr("cancelled")
            else:
                outcome = self.tr("planned")
            entry = QListWidgetItem((CARRIED_MARK if seen.carried else "") + f"{when} · {outcome}")
            entry.setData(Qt.ItemDataRole.UserRole, seen.meeting_uuid)
            if seen.carried:
                entry.setToolTip(self.tr("Carried over from an earlier meeting"))
            self.history.addItem(entry)
        if not appearances:
            empty = QListWidgetItem(self.tr("Not on any agenda yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history.addItem(empty)

    # --- autosave --------------------------------------------------------------------------

    def _touch(self, field: str, now: bool = False) -> None:
        if self._loading or self.topic is None:
            return
        self._pending.add(field)
        if now:
            self.flush()
        else:
            self._timer.start()

    def _value(self, field: str) -> Any:
        return {
            "title": self.title.text,
            "notes": self.notes.toPlainText,
            "why_it_matters": self.why.toPlainText,
            "resources": self.resources.toPlainText,
            "estimated_minutes": lambda: self.minutes.value() or None,
            "goal_uuid": self.goal.currentData,
            "status": self.status.currentData,
            "visibility": self.visibility.currentData,
        }[field]()

    def flush(self) -> None:
        """Save every pending field; one the service refuses stays pending and explained."""
        self._timer.stop()
        if self.topic is None or not self._pending:
            return
        problems: list[str] = []
        saved: set[str] = set()
        for field in sorted(self._pending):
            value = self._value(field)
            if getattr(self.topic, field) == value:
                self._pending.discard(field)
                continue
            uuid = self.topic.uuid
            try:
                if field == "status":
                    change = self._topics.set_status(uuid, value)
                else:
                    change = self._topics.update(uuid, **{field: value})
            except errors.RmdeskError as exc:  # a broken rule, or a full disk: kept pending
                problems.append(str(exc))
                continue
            self._pending.discard(field)
            saved.add(field)
            self.topic = self._topics.get(uuid)
            if not change.empty:
                self.changed.emit(change, f"{uuid}:{field}")
        if problems:
            self.error.setText(" ".join(problems))
            self.error.show()
        else:
            self.error.hide()
        if saved & {"resources", "status"}:
            self._loading = True
            try:
                self._fill_links(self._topics.links(self.topic))
                self.reopen_button.setEnabled(
                    self.topic.status in (TopicStatus.DISCUSSED, TopicStatus.PARKED)
                )
            finally:
                self._loading = False
        if saved & set(ROW_FIELDS):
            self.row_changed.emit(self.topic.uuid)

    def _stash(self) -> None:
        """Keep refused values of the topic being left, to show them again on return."""
        if self.topic is not None and self._pending:
            self._drafts[self.topic.uuid] = {f: self._value(f) for f in self._pending}
        self._pending.clear()

    def _restore(self, draft: dict[str, Any]) -> None:
        self._loading = True
        try:
            for field, value in draft.items():
                if field == "title":
                    self.title.setText(value)
                elif field == "estimated_minutes":
                    self.minutes.setValue(value or 0)
                elif field in ("notes", "why_it_matters", "resources"):
                    {"notes": self.notes, "why_it_matters": self.why}.get(
                        field, self.resources
                    ).setPlainText(value)
        finally:
            self._loading = False
        self._pending |= set(draft) & {
            "title",
            "estimated_minutes",
            "notes",
            "why_it_matters",
            "resources",
        }
        self.flush()

    def forget(self, uuid: str) -> None:
        """Drop what was kept for a topic that is gone."""
        self._drafts.pop(uuid, None)
        if self.topic is not None and self.topic.uuid == uuid:
            self._timer.stop()
            self._pending.clear()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending or self._drafts)

    # --- buttons and links -----------------------------------------------------------------

    def _on_reopen_clicked(self) -> None:
        if self.topic is None:
            return
        self.flush()
        uuid = self.topic.uuid
        change = self._topics.reopen_for_follow_up(uuid)
        self.topic = self._topics.get(uuid)
        if not change.empty:
            self.changed.emit(change, "")
        self._fill(self.topic)
        self.row_changed.emit(uuid)

    def _on_link_activated(self, url: str) -> None:
        # Only links the service accepts are ever rendered; check again before opening.
        if self.topic is not None and url in self._topics.links(self.topic):
            open_in_browser(url)

    def _on_history_activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.meeting_chosen.emit(uuid)


# --- "Prepare next meeting" ------------------------------------------------------------------


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


class PreparePanel(QGroupBox):
    """The next planned meeting, its agenda and its time budget."""

    changed = Signal(object, object)  # (Change, apply function for undo)
    message = Signal(str)
    topics_changed = Signal()  # topic statuses moved (on agenda / back to prepared)
    topic_chosen = Signal(str)

    def __init__(
        self, topics: TopicService, meetings: MeetingService, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("PreparePanel", "Prepare next meeting"), parent)
        self.setObjectName("preparePanel")
        self._topics = topics
        self._meetings = meetings
        self.pair: models.Pair | None = None
        self.meeting: models.Meeting | None = None
        self.current_topic: Callable[[], str | None] = lambda: None
        self._agenda_topics: set[str] = set()  # topics already on the shown agenda

        self.heading = QLabel(objectName="prepareMeeting", wordWrap=True)
        theme.heading_font(self.heading, 1.1)
        self.hint = QLabel(objectName="prepareHint", wordWrap=True)
        self.plan_button = _button(
            self.tr("Plan one"),
            "planNextMeetingButton",
            self.plan_next,
            self.tr("Plan the next meeting"),
        )

        self.agenda = AgendaList()
        self.agenda.setAccessibleName(
            self.tr(
                "Next meeting's agenda; drop topics here, Ctrl+Up and Ctrl+Down reorder, "
                "Delete removes"
            )
        )
        self.agenda.topics_dropped.connect(self.drop_topics)
        self.agenda.row_moved.connect(self.move_row)
        self.agenda.currentRowChanged.connect(lambda _row: self.update_buttons())
        self.agenda.itemActivated.connect(self._on_agenda_activated)
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_current),
            (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(key, self.agenda)
            # Set apart: PySide 6.11 ignores a context passed with a slot to the constructor.
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.add_button = _button(
            self.tr("Add to next meeting"),
            "addToAgendaButton",
            self.add_current,
            self.tr("Add topic to next meeting"),
        )
        self.add_button.setToolTip(
            self.tr("Put the topic you are editing on the next meeting's agenda")
        )
        self.remove_button = _button(
            self.tr("Remove"),
            "removeFromAgendaButton",
            self.remove_current,
            self.tr("Remove from agenda"),
        )
        self.remove_button.setToolTip(self.tr("Take the selected item off the agenda (Delete)"))
        self.up_button = _button(
            "↑", "agendaUpButton", lambda: self.move_current(-1), self.tr("Move up")
        )
        self.up_button.setToolTip(self.tr("Move the selected item up (Ctrl+Up)"))
        self.down_button = _button(
            "↓", "agendaDownButton", lambda: self.move_current(1), self.tr("Move down")
        )
        self.down_button.setToolTip(self.tr("Move the selected item down (Ctrl+Down)"))
        for small in (self.up_button, self.down_button):
            small.setFixedWidth(small.fontMetrics().horizontalAdvance("↓") * 3 + 16)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        self.budget = QLabel(objectName="prepareBudget", wordWrap=True)
        self.budget_bar = QProgressBar(objectName="prepareBudgetBar")
        self.budget_bar.setAccessibleName(self.tr("Time budget"))
        self.budget_bar.setTextVisible(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.add_button)
        plan_row.addStretch(1)
        layout.addLayout(plan_row)
        layout.addWidget(self.agenda, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.budget)
        layout.addWidget(self.budget_bar)
        self.refresh()

    def set_pair(self, pair: models.Pair) -> None:
        self.pair = pair
        self.refresh()

    def refresh(self) -> None:
        """Re-read the next planned meeting and its agenda."""
        pair = self.pair
        self.meeting = (
            self._topics.next_meeting_for_preparation(pair.uuid, datetime.now(UTC))
            if pair
            else None
        )
        meeting = self.meeting
        selected = self.agenda.currentItem()
        keep = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        self.agenda.clear()
        self._agenda_topics.clear()
        self.plan_button.setVisible(pair is not None and meeting is None)
        self.agenda.setEnabled(meeting is not None)
        if meeting is None:
            self.heading.setText(self.tr("No meeting planned"))
            self.hint.setText(
                self.tr(
                    "Suggested: {when}, {minutes} minutes. "
                    "Plan it, then drag topics onto its agenda."
                ).format(
                    when=local_text(self._meetings.suggest_next_start(pair.uuid)),
                    minutes=pair.meeting_minutes,
                )
                if pair
                else ""
            )
            self.budget.clear()
            self.budget_bar.hide()
            self.update_buttons()
            return
        local = self._meetings.local_start(meeting.starts_at)
        self.heading.setText(
            self.tr("{when} · {minutes} minutes").format(
                when=local_text(local), minutes=meeting.duration_minutes
            )
        )
        self.hint.setText(self.tr("Drag topics here from the list, or use “Add to next meeting”."))
        unestimated = 0
        for number, item in enumerate(self._meetings.agenda(meeting.uuid), start=1):
            minutes = None
            if item.topic_uuid:
                self._agenda_topics.add(item.topic_uuid)
                try:
                    minutes = self._topics.get(item.topic_uuid).estimated_minutes
                except errors.NotFoundError:
                    minutes = None
                if minutes is None:
                    unestimated += 1
            text = f"{number}. " + (CARRIED_MARK if item.carried_from_uuid else "") + item.title
            # Non-breaking spaces keep "· 15 min" together when a long title wraps.
            if minutes:
                text += "\u00a0·\u00a0" + self.tr("{n} min").format(n=minutes).replace(
                    " ", "\u00a0"
                )
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.uuid)
            entry.setData(TOPIC_ROLE, item.topic_uuid)
            entry.setData(TITLE_ROLE, item.title)
            entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            tips = [
                self.tr("From the topic bank") if item.topic_uuid else self.tr("An agenda item")
            ]
            if item.carried_from_uuid:
                tips.append(self.tr("carried over from an earlier meeting"))
            entry.setToolTip(", ".join(tips))
            self.agenda.addItem(entry)
            if item.uuid == keep:
                self.agenda.setCurrentItem(entry)
        self._show_budget(unestimated)
        self.update_buttons()

    def _show_budget(self, unestimated: int) -> None:
        assert self.meeting is not None
        budget = self._meetings.time_budget(self.meeting.uuid)
        text = self.tr("Planned {planned} of {length} minutes").format(
            planned=budget.planned_minutes, length=budget.meeting_minutes
        )
        if unestimated == 1:
            text += self.tr(" · 1 topic without an estimate")
        elif unestimated:
            text += self.tr(" · {n} topics without an estimate").format(n=unestimated)
        self.budget.setText(text)
        bar = self.budget_bar
        bar.show()
        bar.setRange(0, max(1, budget.meeting_minutes))
        bar.setValue(min(budget.planned_minutes, budget.meeting_minutes))
        if budget.over:
            bar.setFormat(self.tr("{n} minutes over").format(n=budget.over))
            theme.error_label(self.budget)
            warning = self.budget.palette().color(QPalette.ColorRole.WindowText)
            palette = bar.palette()
            palette.setColor(QPalette.ColorRole.Highlight, warning)
            bar.setPalette(palette)
        else:
            left = budget.meeting_minutes - budget.planned_minutes
            bar.setFormat(self.tr("{n} minutes free").format(n=left))
            # Back to the inherited palette (an empty one resolves nothing of its own).
            self.budget.setPalette(QPalette())
            bar.setPalette(QPalette())
        bar.setAccessibleDescription(f"{text}; {bar.format()}")

    def update_buttons(self) -> None:
        has_meeting = self.meeting is not None
        row = self.agenda.currentRow()
        topic = self.current_topic()
        self.add_button.setEnabled(
            has_meeting and topic is not None and topic not in self._agenda_topics
        )
        self.remove_button.setEnabled(has_meeting and row >= 0)
        self.up_button.setEnabled(has_meeting and row > 0)
        self.down_button.setEnabled(has_meeting and 0 <= row < self.agenda.count() - 1)

    # --- changes ---------------------------------------------------------------------------

    def _emit(self, change: Change, apply: Callable[[Change, bool], None]) -> None:
        if not change.empty:
            self.changed.emit(change, apply)

    def plan_next(self) -> None:
        """Plan the next meeting at the time the cadence suggests (change it on Meetings)."""
        if self.pair is None:
            return
        start = self._meetings.suggest_next_start(self.pair.uuid)
        try:
            change = self._meetings.plan(self.pair.uuid, start, author_role=self.pair.me_role)
        except errors.ValidationError as exc:
            self.message.emit(str(exc))
            return
        self._emit(change, self._meetings.apply)
        self.refresh()
        self.message.emit(
            self.tr("Meeting planned for {when}. Change the time on the Meetings page.").format(
                when=local_text(start)
            )
        )
        self.agenda.setFocus()  # the Plan button has just hidden itself: keep focus nearby

    def drop_topics(self, mime: QMimeData, row: int) -> bool:
        """What a drop of topics from the list does: put them on the agenda at `row`."""
        if not mime.hasFormat(TOPIC_MIME):
            return False
        text = bytes(mime.data(TOPIC_MIME).data()).decode()
        return self.add_topics([uuid for uuid in text.splitlines() if uuid], row)

    def add_topics(self, uuids: list[str], row: int | None = None) -> bool:
        """Each topic goes onto the agenda at `row` (the end if None); one already there is
        moved to `row` instead. All of it is one undo step."""
        if self.meeting is None:
            self.message.emit(self.tr("Plan the next meeting first (“Plan one”)."))
            return False
        meeting_uuid = self.meeting.uuid
        total: Change | None = None
        added: list[str] = []
        index = row
        for uuid in uuids:
            existing = next(
                (i for i in self._meetings.agenda(meeting_uuid) if i.topic_uuid == uuid), None
            )
            try:
                if existing is not None:
                    if index is None:
                        self.message.emit(
                            self.tr("“{title}” is already on that agenda.").format(
                                title=existing.title
                            )
                        )
                        continue
                    position = next(
                        n
                        for n, i in enumerate(self._meetings.agenda(meeting_uuid))
                        if i.uuid == existing.uuid
                    )
                    target = index - 1 if index > position else index
                    change = self._meetings.move_agenda_item(existing.uuid, target)
                    index = target + 1
                else:
                    change = self._topics.add_to_agenda(uuid, meeting_uuid, index)
                    added.append(self._topics.get(uuid).title)
                    index = None if index is None else index + 1
            except (errors.ValidationError, errors.NotFoundError) as exc:
                self.message.emit(str(exc))
                continue
            total = change if total is None else merged(total, change)
        if total is None:
            return False
        if added:
            total = Change(self.tr("Add topic to agenda"), total.before, total.after)
        self._emit(total, self._topics.apply)
        self.refresh()
        self.topics_changed.emit()
        if added:
            names = ", ".join(f"“{title}”" for title in added)
            self.message.emit(
                self.tr("Added {names} to the next meeting's agenda.").format(names=names)
            )
        return True

    def add_current(self) -> None:
        uuid = self.current_topic()
        if uuid is not None:
            self.add_topics([uuid])

    def move_row(self, source: int, row: int) -> None:
        """What an internal drag does: the item at `source` goes to insertion point `row`."""
        if not 0 <= source < self.agenda.count():
            return
        target = row - 1 if row > source else row
        if target == source:
            return
        uuid = self.agenda.item(source).data(Qt.ItemDataRole.UserRole)
        change = self._meetings.move_agenda_item(uuid, target)
        self._emit(change, self._meetings.apply)
        self.refresh()
        self._select_item(uuid)

    def move_current(self, step: int) -> None:
        row = self.agenda.currentRow()
        if row < 0:
            return
        target = row + step
        if not 0 <= target < self.agenda.count():
            return
        self.move_row(row, target + 1 if step > 0 else target)

    def _select_item(self, uuid: str) -> None:
        for number in range(self.agenda.count()):
            if self.agenda.item(number).data(Qt.ItemDataRole.UserRole) == uuid:
                self.agenda.setCurrentRow(number)
                return

    def remove_current(self) -> None:
        item = self.agenda.currentItem()
        if item is None:
            return
        row, title = self.agenda.currentRow(), item.data(TITLE_ROLE)
        change = self._meetings.remove_agenda_item(item.data(Qt.ItemDataRole.UserRole))
        self._emit(change, self._meetings.apply)
        self.refresh()
        if self.agenda.count():
            self.agenda.setCurrentRow(min(row, self.agenda.count() - 1))
        self.topics_changed.emit()
        self.message.emit(
            self.tr("Removed “{title}” from the agenda. Ctrl+Z puts it back.").format(title=title)
        )

    def _on_agenda_activated(self, item: QListWidgetItem) -> None:
        topic = item.data(TOPIC_ROLE)
        if topic:
            self.topic_chosen.emit(topic)


# --- the page --------------------------------------------------------------------------------


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

        self.new_button = _button(self.tr("New topic"), "newTopicButton", self.new_topic)
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
            details = [status_labels().get(row.status, row.status)]
            details.append(
                self.tr("{n} min").format(n=row.estimated_minutes)
                if row.estimated_minutes
                else self.tr("— min")
            )
            if row.last_meeting_at:
                last = self._meetings.local_start(row.last_meeting_at)
                details.append(
                    self.tr("last on {day} {month}").format(day=last.day, month=f"{last:%b %Y}")
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
            tips.append(visibility_labels().get(row.visibility, row.visibility))
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
