"""Preparing the next meeting: its agenda from the topic bank, against its time budget."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import (
    QMimeData,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services.meetings import MeetingService, merged
from rmdesk.services.topics import TopicService
from rmdesk.services.undo import Change
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.meeting_detail import local_text
from rmdesk.ui.widgets.topics.agenda_list import AgendaList
from rmdesk.ui.widgets.topics.common import CARRIED_MARK, TITLE_ROLE, TOPIC_MIME, TOPIC_ROLE


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
        self.plan_button = push_button(
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

        self.add_button = push_button(
            self.tr("Add to next meeting"),
            "addToAgendaButton",
            self.add_current,
            self.tr("Add topic to next meeting"),
        )
        self.add_button.setToolTip(
            self.tr("Put the topic you are editing on the next meeting's agenda")
        )
        self.remove_button = push_button(
            self.tr("Remove"),
            "removeFromAgendaButton",
            self.remove_current,
            self.tr("Remove from agenda"),
        )
        self.remove_button.setToolTip(self.tr("Take the selected item off the agenda (Delete)"))
        self.up_button = push_button(
            "↑", "agendaUpButton", lambda: self.move_current(-1), self.tr("Move up")
        )
        self.up_button.setToolTip(self.tr("Move the selected item up (Ctrl+Up)"))
        self.down_button = push_button(
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
            self.message.emit(messages.text(exc))
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
                self.message.emit(messages.text(exc))
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
