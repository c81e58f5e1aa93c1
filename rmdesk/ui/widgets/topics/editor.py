"""The topic editor: one topic's fields, saved as you type, every change undoable."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus, Role, TopicStatus
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService
from rmdesk.services.topics import MAX_MINUTES, TopicAppearance, TopicService
from rmdesk.ui import messages, theme
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.autosave import Autosave
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.goal_detail import visibility_labels
from rmdesk.ui.widgets.meeting_detail import local_text
from rmdesk.ui.widgets.topics.common import (
    AUTOSAVE_MS,
    CARRIED_MARK,
    ROW_FIELDS,
    open_in_browser,
    short_link,
    status_labels,
)


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
        self._goal_choices: list[tuple[str, str]] | None = None  # what the goal box holds
        # Refused values of topics not shown are kept, and come back with their topic.
        self._autosave = Autosave(self, AUTOSAVE_MS, self.flush)

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

        self.reopen_button = push_button(
            self.tr("Reopen for follow-up"), "reopenTopicButton", self._on_reopen_clicked
        )
        self.reopen_button.setToolTip(self.tr("Discussed, but worth another conversation"))
        self.delete_button = push_button(
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
        if event.type() == QEvent.Type.FocusOut and self._autosave.pending:
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
        draft = self._autosave.take(self.topic.uuid) if self.topic else None
        if draft:
            self._restore(draft)

    def _fill(self, topic: models.Topic | None) -> None:
        self._loading = True
        try:
            if topic is None:
                self._autosave.pending.clear()
                self.title.clear()
                for edit in (self.why, self.notes, self.resources):
                    edit.clear()
                self.minutes.setValue(0)
                self.goal.setCurrentIndex(0)
                self.history.clear()
                self._fill_links([])
                self.reopen_button.setEnabled(False)
                return
            keep = self._autosave.pending
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
            item = self._links_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for url in links:
            label = QLabel(objectName="topicLink")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'<a href="{html.escape(url)}">{html.escape(short_link(url))}</a>')
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
        self._autosave.touch(field, now)

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
        self._autosave.cancel()
        if self.topic is None or not self._autosave.pending:
            return
        problems: list[str] = []
        saved: set[str] = set()
        for field in sorted(self._autosave.pending):
            value = self._value(field)
            if getattr(self.topic, field) == value:
                self._autosave.pending.discard(field)
                continue
            uuid = self.topic.uuid
            try:
                if field == "status":
                    change = self._topics.set_status(uuid, value)
                else:
                    change = self._topics.update(uuid, **{field: value})
            except errors.RmdeskError as exc:  # a broken rule, or a full disk: kept pending
                problems.append(messages.text(exc))
                continue
            self._autosave.pending.discard(field)
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
        self._autosave.stash(self.topic.uuid if self.topic else None, self._value)

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
        self._autosave.pending |= set(draft) & {
            "title",
            "estimated_minutes",
            "notes",
            "why_it_matters",
            "resources",
        }
        self.flush()

    def forget(self, uuid: str) -> None:
        """Drop what was kept for a topic that is gone."""
        self._autosave.take(uuid)
        if self.topic is not None and self.topic.uuid == uuid:
            self._autosave.cancel()
            self._autosave.pending.clear()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._autosave.pending or self._autosave.has_kept)

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
