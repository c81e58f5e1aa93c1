"""One meeting: time and place, agenda, Markdown notes, action items, goals, ratings.

Notes save after a short pause in typing (at most about a second can be lost to a crash)
and whenever the page flushes (switching meeting, closing the window).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingFormat, MeetingStatus, Role
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService
from rmdesk.services.undo import Change
from rmdesk.ui import theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.labels import label_for
from rmdesk.ui.messages import text as error_text
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.autosave import Autosave
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.field_errors import (
    FieldErrors,
    add_form_row,
    bring_into_view,
    message_label,
)
from rmdesk.ui.widgets.goal_detail import visibility_labels
from rmdesk.ui.widgets.markdown_editor import MarkdownEditor

NOTES_SAVE_MS = 700


def format_labels() -> dict[MeetingFormat, str]:
    """What each meeting format is called (translated when asked, not at import)."""
    return {
        MeetingFormat.IN_PERSON: translate("meeting_detail", "In person"),
        MeetingFormat.VIDEO: translate("meeting_detail", "Video call"),
        MeetingFormat.PHONE: translate("meeting_detail", "Phone call"),
    }


def status_words() -> dict[MeetingStatus, str]:
    """A meeting's status as a word after its date."""
    return {
        MeetingStatus.PLANNED: translate("meeting_detail", "planned"),
        MeetingStatus.HELD: translate("meeting_detail", "held"),
        MeetingStatus.CANCELLED: translate("meeting_detail", "cancelled"),
    }


def rating_fields() -> tuple[tuple[str, str, Role], ...]:
    """The four ratings: (field, caption, whose)."""
    mood = translate("meeting_detail", "Mood")
    energy = translate("meeting_detail", "Energy")
    return (
        ("mood_mentor", mood, Role.MENTOR),
        ("mood_mentee", mood, Role.MENTEE),
        ("energy_mentor", energy, Role.MENTOR),
        ("energy_mentee", energy, Role.MENTEE),
    )


def local_text(moment: datetime) -> str:
    """ "Mon 5 Jan 2026, 09:00", with the day and month named in the user's language."""
    day = QDate(moment.year, moment.month, moment.day)
    wall = QDateTime(day, QTime(moment.hour, moment.minute))
    return QLocale().toString(wall, "ddd d MMM yyyy, HH:mm")


class MeetingDetail(QWidget):
    """Emits `changed(Change, merge_key)` for the page's undo stack; `status_changed` when the
    timeline must be re-read (held, cancelled, moved, deleted)."""

    changed = Signal(object, str)
    status_changed = Signal(str)
    message = Signal(str)
    held = Signal(str)  # a meeting was just marked held: time to offer a reflection
    check_in_requested = Signal(str)

    def __init__(
        self, meetings: MeetingService, goals: GoalService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDetail")
        self._meetings = meetings
        self._goals = goals
        self.meeting: models.Meeting | None = None
        self._filled_uuid: str | None = None  # the meeting the fields were last filled from
        self.pair: models.Pair | None = None
        self._loading = False
        # Notes save after a pause in typing; notes whose save failed are kept per meeting.
        self._autosave = Autosave(self, NOTES_SAVE_MS, self.flush)

        self.heading = QLabel(objectName="meetingHeading")
        theme.heading_font(self.heading, 1.3)
        self.subheading = QLabel(objectName="meetingSubheading", wordWrap=True)
        self.held_button = push_button(self.tr("Mark held"), "markHeldButton", self._on_mark_held)
        self.cancel_button = push_button(
            self.tr("Cancel meeting"), "cancelMeetingButton", self._on_cancel
        )
        self.reopen_button = push_button(self.tr("Reopen"), "reopenMeetingButton", self._on_reopen)
        self.ics_button = push_button(
            self.tr("Add to calendar…"), "exportIcsButton", self._on_export_ics
        )
        self.copy_button = push_button(
            self.tr("Copy agenda"), "copyAgendaButton", self._on_copy_agenda
        )
        self.delete_button = push_button(
            self.tr("Delete"), "deleteMeetingButton", self._on_delete, self.tr("Delete meeting")
        )
        self.check_in_button = push_button(
            self.tr("Pulse check-in…"),
            "meetingCheckInButton",
            self._on_check_in_clicked,
        )
        buttons = QVBoxLayout()
        for group in (
            (self.held_button, self.cancel_button, self.reopen_button, self.check_in_button),
            (self.ics_button, self.copy_button, self.delete_button),
        ):
            row = QHBoxLayout()
            for button in group:
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)

        self.start = fields.DateTimeEdit(objectName="meetingStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setAccessibleName(self.tr("Date and time"))
        # Blank, not "2000-01-01 00:00" and "0 min", while no meeting is shown (the minimum
        # is never a real meeting's start; a duration of 0 is refused when typed).
        self.start.setSpecialValueText(" ")
        self.duration = QSpinBox(objectName="meetingDuration", minimum=0, maximum=600)
        self.duration.setSpecialValueText(" ")
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.format = fields.NamedComboBox(objectName="meetingFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for value, label in format_labels().items():
            self.format.addItem(label, value.value)
        self.place = QLineEdit(objectName="meetingPlace")
        self.place.setPlaceholderText(self.tr("A room, or a video link"))
        self.place.setAccessibleName(self.tr("Place or link"))
        self.visibility = fields.NamedComboBox(objectName="meetingVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see this meeting"))
        for choice, label in visibility_labels().items():
            self.visibility.addItem(label, choice.value)
        when = QHBoxLayout()
        when.addWidget(self.start, 1)
        when.addWidget(self.duration)
        self.error = message_label("meetingError")
        self.errors = FieldErrors(self.error, self)
        form = QFormLayout()
        add_form_row(
            form,
            self.tr("&When"),
            self.start,
            when,
            self.errors.bind("starts_at", self.start),
            self.errors.bind("duration_minutes", self.duration),
        )
        form.addRow(self.tr("&Format"), self.format)
        add_form_row(
            form, self.tr("&Place"), self.place, None, self.errors.bind("place", self.place)
        )
        form.addRow(self.tr("&Visible to"), self.visibility)

        self.agenda = QListWidget(objectName="meetingAgenda")
        self.agenda.setAccessibleName(self.tr("Agenda; tick what was discussed, drag to reorder"))
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.setMaximumHeight(160)
        self.agenda.itemChanged.connect(self._on_agenda_item_changed)
        self.agenda.model().rowsMoved.connect(self._on_agenda_moved)
        theme.widget_shortcut(
            QKeySequence.StandardKey.Delete, self.agenda, self._on_remove_agenda_item
        )
        self.new_agenda_item = QLineEdit(objectName="newAgendaItem")
        self.new_agenda_item.setPlaceholderText(self.tr("Add an agenda item and press Enter"))
        self.new_agenda_item.setAccessibleName(self.tr("New agenda item"))
        self.new_agenda_item.returnPressed.connect(self._on_add_agenda_item)
        self.budget = QLabel(objectName="meetingTimeBudget")
        agenda_row = QHBoxLayout()
        agenda_row.addWidget(self.new_agenda_item, 1)
        agenda_row.addWidget(
            push_button(
                self.tr("Add"),
                "addAgendaItemButton",
                self._on_add_agenda_item,
                self.tr("Add agenda item"),
            )
        )
        agenda_row.addWidget(
            push_button(
                self.tr("Remove"),
                "removeAgendaItemButton",
                self._on_remove_agenda_item,
                self.tr("Remove the selected agenda item"),
            )
        )
        agenda_box = QGroupBox(self.tr("Agenda"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda)
        agenda_layout.addLayout(agenda_row)
        self.agenda_errors = FieldErrors(message_label("agendaError"), self)
        self.agenda_errors.bind("title", self.new_agenda_item, self.agenda_errors.general)
        agenda_layout.addWidget(self.agenda_errors.general)
        agenda_layout.addWidget(self.budget)

        self.notes = MarkdownEditor("meetingNotes")
        self.notes.setMinimumHeight(220)
        self.notes.edited.connect(self._on_notes_edited)
        notes_box = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes_box).addWidget(self.notes)

        self.action_table = QTableWidget(0, 4, objectName="meetingActions")
        self.action_table.setAccessibleName(self.tr("Action items; tick when done"))
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Action"), self.tr("Owner"), self.tr("Due")]
        )
        self.action_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.action_table.verticalHeader().hide()
        self.action_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setMaximumHeight(160)
        self.action_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.action_table.itemChanged.connect(self._on_action_item_changed)
        theme.widget_shortcut(
            QKeySequence.StandardKey.Delete, self.action_table, self._on_delete_action
        )
        self.new_action_text = QLineEdit(objectName="newActionText")
        self.new_action_text.setPlaceholderText(self.tr("Who will do what?"))
        self.new_action_text.setAccessibleName(self.tr("New action item"))
        self.new_action_text.returnPressed.connect(self._on_add_action)
        self.new_action_owner = fields.NamedComboBox(objectName="newActionOwner")
        self.new_action_owner.setAccessibleName(self.tr("Owner"))
        # Wide enough for "Priya Raman (mentor)"; the action's text field takes the rest.
        self.new_action_owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.new_action_has_due = QCheckBox(self.tr("Due"), objectName="newActionHasDue")
        self.new_action_has_due.setAccessibleName(self.tr("Has a due date"))
        self.new_action_due = fields.DateEdit(
            QDate.currentDate().addDays(14), objectName="newActionDue"
        )
        self.new_action_due.setCalendarPopup(True)
        self.new_action_due.setDisplayFormat("yyyy-MM-dd")
        self.new_action_due.setAccessibleName(self.tr("Due date"))
        action_row = QHBoxLayout()
        action_row.addWidget(self.new_action_text, 1)
        action_row.addWidget(self.new_action_owner)
        action_row.addWidget(self.new_action_has_due)
        action_row.addWidget(self.new_action_due)
        action_row.addWidget(
            push_button(
                self.tr("Add"), "addActionButton", self._on_add_action, self.tr("Add action item")
            )
        )
        actions_box = QGroupBox(self.tr("Action items"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.action_table)
        actions_layout.addLayout(action_row)
        self.action_errors = FieldErrors(message_label("actionError"), self)
        for field, widget in (("text", self.new_action_text), ("due_date", self.new_action_due)):
            self.action_errors.bind(field, widget, self.action_errors.general)
        actions_layout.addWidget(self.action_errors.general)

        self.goal_links = QListWidget(objectName="meetingGoals")
        self.goal_links.setAccessibleName(self.tr("Goals this meeting worked on"))
        self.goal_links.setMaximumHeight(110)
        self.goal_links.itemChanged.connect(self._on_goal_link_changed)
        goals_box = QGroupBox(self.tr("Goals worked on"))
        QVBoxLayout(goals_box).addWidget(self.goal_links)

        self.ratings: dict[str, QComboBox] = {}
        ratings_box = QGroupBox(self.tr("How it felt (1 low – 5 high)"))
        grid = QGridLayout(ratings_box)
        for column, (field, label, role) in enumerate(rating_fields()):
            combo = fields.NamedComboBox(objectName=field.replace("_m", "M"))
            combo.addItem("—", None)
            for rating in range(1, 6):
                combo.addItem(str(rating), rating)
            combo.activated.connect(
                lambda _i, f=field: self._save_field(f, self.ratings[f].currentData())
            )
            self.ratings[field] = combo
            caption = QLabel(f"{label}, {role.value}")
            caption.setBuddy(combo)
            grid.addWidget(caption, 0, column)
            grid.addWidget(combo, 1, column)
        self._rating_captions = grid

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(agenda_box)
        layout.addWidget(notes_box, 1)
        layout.addWidget(actions_box)
        layout.addWidget(goals_box)
        layout.addWidget(ratings_box)

        self.start.editingFinished.connect(self._on_start_edited)
        self.duration.editingFinished.connect(
            lambda: self._save_field("duration_minutes", self.duration.value())
        )
        self.format.activated.connect(lambda: self._save_field("format", self.format.currentData()))
        self.place.editingFinished.connect(lambda: self._save_field("place", self.place.text()))
        self.visibility.activated.connect(
            lambda: self._save_field("visibility", self.visibility.currentData())
        )
        self.setEnabled(False)

    # --- showing ---------------------------------------------------------------------------

    def set_pair(self, pair: models.Pair) -> None:
        self.pair = pair
        self.new_action_owner.clear()
        for role in Role:
            self.new_action_owner.addItem(f"{pair.name_of(role)} ({role})", role.value)
            index = self.new_action_owner.count() - 1
            self.new_action_owner.setItemData(
                index, f"{pair.name_of(role)} ({role})", Qt.ItemDataRole.ToolTipRole
            )
        for column, (field, label, role) in enumerate(rating_fields()):
            item = self._rating_captions.itemAtPosition(0, column)
            caption = item.widget() if item is not None else None
            if not isinstance(caption, QLabel):
                continue
            caption.setText(f"{label}, {pair.name_of(role).split()[0]}")
            self.ratings[field].setAccessibleName(
                self.tr("{caption}, 1 low to 5 high").format(caption=caption.text())
            )

    def _on_check_in_clicked(self) -> None:
        if self.meeting is not None:
            self.check_in_requested.emit(self.meeting.uuid)

    def show_meeting(self, uuid: str | None) -> None:
        self.flush()
        for messages in (self.errors, self.agenda_errors, self.action_errors):
            messages.clear()
        self.meeting = self._meetings.get(uuid) if uuid else None
        self.setEnabled(self.meeting is not None)
        self.refresh()
        draft = (self._autosave.kept(uuid) or {}).get("notes")
        if draft is not None and self.meeting is not None and draft != self.meeting.notes:
            # Notes whose save failed (a full disk) come back, and are saved again shortly.
            self.notes.set_text(str(draft))
            self._autosave.schedule()
            self.error.setText(
                self.tr(
                    "These notes could not be saved earlier; they are kept here and saved as "
                    "soon as the disk allows."
                )
            )
            self.error.show()

    def refresh(self) -> None:
        """Re-read the meeting and everything attached to it (after any change or undo)."""
        meeting = self.meeting
        if meeting is not None:
            try:
                meeting = self.meeting = self._meetings.get(meeting.uuid)
            except errors.NotFoundError:
                meeting = self.meeting = None
                self.setEnabled(False)
        self._loading = True
        # The selected agenda and action item survive a re-read of the same meeting (a page
        # shown again, an undo elsewhere), so an item opened from search stays selected.
        kept = [
            (kind, widget.currentItem().data(Qt.ItemDataRole.UserRole))
            for kind, widget in (("agenda_items", self.agenda), ("action_items", self.action_table))
            if widget.currentItem() is not None and widget.hasFocus()
        ]
        same = meeting is not None and meeting.uuid == self._filled_uuid
        try:
            self._fill(meeting)
        finally:
            self._loading = False
        self._filled_uuid = meeting.uuid if meeting is not None else None
        if same:
            for kind, uuid in kept:
                self.focus_item(kind, uuid)

    def _fill(self, meeting: models.Meeting | None) -> None:
        self.agenda.clear()
        self.action_table.setRowCount(0)
        self.goal_links.clear()
        if meeting is None:
            self.heading.setText(self.tr("No meeting selected"))
            self.subheading.setText(self.tr("Plan one with Ctrl+N."))
            self.notes.set_text("")
            self.start.setDateTime(self.start.minimumDateTime())
            self.duration.setValue(0)
            self.place.clear()
            return
        local = self._meetings.local_start(meeting.starts_at)
        status = label_for(status_words(), meeting.status)
        self.heading.setText(f"{local_text(local)} · {status}")
        self.held_button.setEnabled(meeting.status != MeetingStatus.HELD)
        self.cancel_button.setEnabled(meeting.status == MeetingStatus.PLANNED)
        self.reopen_button.setEnabled(meeting.status != MeetingStatus.PLANNED)
        self.check_in_button.setEnabled(meeting.status == MeetingStatus.HELD)
        self.start.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second),
            )
        )
        self.duration.setValue(meeting.duration_minutes)
        self.format.setCurrentIndex(max(0, self.format.findData(meeting.format)))
        self.place.setText(meeting.place)
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(meeting.visibility)))
        if self.notes.text() != meeting.notes:
            self.notes.set_text(meeting.notes)
        for field, combo in self.ratings.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(meeting, field))))
        agenda = self._meetings.agenda(meeting.uuid)
        carried = sum(1 for item in agenda if item.carried_from_uuid)
        for item in agenda:
            entry = QListWidgetItem(("↻ " if item.carried_from_uuid else "") + item.title)
            entry.setData(Qt.ItemDataRole.UserRole, item.uuid)
            entry.setFlags(
                (entry.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                & ~Qt.ItemFlag.ItemIsDropEnabled
            )
            entry.setCheckState(
                Qt.CheckState.Checked if item.discussed else Qt.CheckState.Unchecked
            )
            if item.carried_from_uuid:
                entry.setToolTip(self.tr("Carried over from an earlier meeting"))
            self.agenda.addItem(entry)
        budget = self._meetings.time_budget(meeting.uuid)
        planned = self.tr("Topics planned: {planned} of {length} minutes").format(
            planned=budget.planned_minutes, length=budget.meeting_minutes
        )
        if budget.over:
            planned += self.tr(" — {over} minutes over").format(over=budget.over)
        self.budget.setText(planned)
        actions = self._meetings.actions(meeting.uuid)
        for action in actions:
            row = self.action_table.rowCount()
            self.action_table.insertRow(row)
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            done.setCheckState(Qt.CheckState.Checked if action.done_on else Qt.CheckState.Unchecked)
            # The tick box alone has no text: say it, so reading the row tells done or not.
            done.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Done") if action.done_on else self.tr("Not done"),
            )
            done.setData(Qt.ItemDataRole.UserRole, action.uuid)
            self.action_table.setItem(row, 0, done)
            text = ("↻ " if action.carried_from_uuid else "") + action.text
            owner = self.pair.name_of(action.owner).split()[0] if self.pair else action.owner
            for column, value in enumerate((text, owner, action.due_date or ""), start=1):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, action.uuid)
                self.action_table.setItem(row, column, cell)
        self.action_table.resizeColumnToContents(0)
        linked = {goal.uuid for goal in self._meetings.goals_for_meeting(meeting.uuid)}
        for goal in self._goals.page(meeting.pair_uuid, 0, 200, statuses=None, sort="title"):
            if goal.status != "active" and goal.uuid not in linked:
                continue
            entry = QListWidgetItem(goal.title)
            entry.setData(Qt.ItemDataRole.UserRole, goal.uuid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if goal.uuid in linked else Qt.CheckState.Unchecked
            )
            self.goal_links.addItem(entry)
        parts = [
            self.tr("{minutes} minutes, {format}").format(
                minutes=meeting.duration_minutes,
                format=label_for(format_labels(), meeting.format).lower(),
            )
        ]
        if carried == 1:
            parts.append(self.tr("1 agenda item carried over"))
        elif carried:
            parts.append(self.tr("{n} agenda items carried over").format(n=carried))
        self.subheading.setText(" · ".join(parts))

    # --- saving ----------------------------------------------------------------------------

    def _apply(
        self,
        action: Callable[[], Change],
        key: str = "",
        structural: bool = False,
        messages: FieldErrors | None = None,
    ) -> bool:
        """Apply a change; a broken rule is shown beside its field in `messages` (default:
        the meeting's own fields)."""
        messages = messages or self.errors
        try:
            change = action()
        except errors.ValidationError as exc:
            messages.show_error(exc)
            return False
        messages.clear()
        if not change.empty:
            self.changed.emit(change, key)
        if structural and self.meeting is not None:
            self.status_changed.emit(self.meeting.uuid)
        self.refresh()
        return True

    def _save_field(self, field: str, value: object) -> None:
        if self._loading or self.meeting is None:
            return
        uuid = self.meeting.uuid
        self._apply(
            lambda: self._meetings.update(uuid, **{field: value}),
            structural=field in ("starts_at", "duration_minutes", "format", "place"),
        )

    def _on_start_edited(self) -> None:
        moment = fields.python_datetime(self.start.dateTime()).replace(tzinfo=self._meetings.tz)
        self._save_field("starts_at", moment)

    def _on_notes_edited(self) -> None:
        if self._loading or self.meeting is None:
            return
        self._autosave.schedule()

    def flush(self) -> None:
        """Save notes typed but not yet saved."""
        self._autosave.cancel()
        if self.meeting is None or self.notes.text() == self.meeting.notes:
            return
        uuid, text = self.meeting.uuid, self.notes.text()
        try:
            change = self._meetings.set_notes(uuid, text)
        except errors.RmdeskError as exc:  # e.g. a full disk: the text stays in the editor
            self._autosave.keep(uuid, {"notes": text})  # and comes back if another meeting is shown
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self._autosave.take(uuid)
        self.error.hide()
        self.meeting = self._meetings.get(uuid)
        if not change.empty:
            self.changed.emit(change, f"{uuid}:notes")

    # --- buttons ---------------------------------------------------------------------------

    def _on_mark_held(self) -> None:
        if self.meeting is None:
            return
        self.flush()
        uuid = self.meeting.uuid
        move_to_now = False
        if self._meetings.not_yet_started(uuid):
            if not self._ask_move_to_now():
                return
            move_to_now = True
        if self._apply(
            lambda: self._meetings.mark_held(uuid, move_to_now=move_to_now), structural=True
        ):
            carried = len(self._meetings.carried_onward(uuid))
            text = self.tr("Marked held.")
            if carried == 1:
                text += self.tr(" 1 open item carried over to the next meeting.")
            elif carried:
                text += self.tr(" {n} open items carried over to the next meeting.").format(
                    n=carried
                )
            self.message.emit(text)
            self.held.emit(uuid)

    def focus_item(self, kind: str, uuid: str) -> bool:
        """Select an agenda or action item of this meeting (a search hit) and bring it into
        view, rather than leave the user at the top of the meeting."""
        if kind == "agenda_items":
            for row in range(self.agenda.count()):
                entry = self.agenda.item(row)
                if entry.data(Qt.ItemDataRole.UserRole) == uuid:
                    self.agenda.setCurrentItem(entry)
                    self.agenda.scrollToItem(entry)
                    self.agenda.setFocus(Qt.FocusReason.OtherFocusReason)
                    bring_into_view(self.agenda)
                    return True
        if kind == "action_items":
            for row in range(self.action_table.rowCount()):
                cell = self.action_table.item(row, 0)
                if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == uuid:
                    self.action_table.setCurrentCell(row, 1)
                    self.action_table.selectRow(row)
                    self.action_table.scrollToItem(self.action_table.item(row, 1) or cell)
                    self.action_table.setFocus(Qt.FocusReason.OtherFocusReason)
                    bring_into_view(self.action_table)
                    return True
        return False

    def _ask_move_to_now(self) -> bool:
        """A meeting marked held before it starts: ask to move it to now, or leave it."""
        assert self.meeting is not None
        when = local_text(self._meetings.local_start(self.meeting.starts_at))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Mark held"),
            self.tr("This meeting is planned for {when}, which has not come yet.").format(
                when=when
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("markHeldEarlyQuestion")
        box.setInformativeText(self.tr("If you met early, move it to now and mark it held."))
        move = box.addButton(
            self.tr("&Move to now and mark held"), QMessageBox.ButtonRole.AcceptRole
        )
        move.setObjectName("moveToNowButton")
        box.setDefaultButton(move)
        box.exec()
        return box.clickedButton() is move

    def _on_cancel(self) -> None:
        if self.meeting is not None:
            uuid = self.meeting.uuid
            if self._apply(lambda: self._meetings.mark_cancelled(uuid), structural=True):
                self.message.emit(self.tr("Meeting cancelled. Ctrl+Z to undo."))

    def _on_reopen(self) -> None:
        if self.meeting is not None:
            uuid = self.meeting.uuid
            self._apply(lambda: self._meetings.reopen(uuid), structural=True)

    def _on_delete(self) -> None:
        if self.meeting is None:
            return
        self.flush()
        uuid = self.meeting.uuid
        change = self._meetings.delete(uuid)
        self.meeting = None
        self.changed.emit(change, "")
        self.status_changed.emit(uuid)
        self.message.emit(self.tr("Meeting deleted. Press Ctrl+Z to undo."))

    def _on_export_ics(self) -> None:
        if self.meeting is None or self.pair is None:
            return

        local = self._meetings.local_start(self.meeting.starts_at)
        suggested = f"rmdesk-meeting-{local:%Y-%m-%d}.ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Add to calendar"), suggested, self.tr("Calendar (*.ics)")
        )
        if not path:
            return
        self.export_ics(path)

    def export_ics(self, path: str) -> None:
        from pathlib import Path
        from zoneinfo import ZoneInfo

        from rmdesk.services import ics

        assert self.meeting is not None and self.pair is not None
        tz = self._meetings.tz if isinstance(self._meetings.tz, ZoneInfo) else None
        data = ics.meeting_to_ics(
            self.meeting, self.pair, self._meetings.agenda(self.meeting.uuid), tz
        )
        try:
            ics.write_ics(Path(path), data)
        except errors.RmdeskError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.message.emit(
            self.tr("Saved {path}: open it to add the meeting to your calendar.").format(path=path)
        )

    def _on_copy_agenda(self) -> None:
        if self.meeting is not None:
            QGuiApplication.clipboard().setText(
                self._meetings.agenda_markdown(self.meeting.uuid, error_text)
            )
            self.message.emit(self.tr("Agenda copied as Markdown."))

    # --- agenda, actions, goals ------------------------------------------------------------

    def _on_add_agenda_item(self) -> None:
        if self.meeting is None:
            return
        uuid, title = self.meeting.uuid, self.new_agenda_item.text()
        if self._apply(
            lambda: self._meetings.add_agenda_item(uuid, title), messages=self.agenda_errors
        ):
            self.new_agenda_item.clear()

    def _on_remove_agenda_item(self) -> None:
        item = self.agenda.currentItem()
        if item is not None:
            uuid = item.data(Qt.ItemDataRole.UserRole)
            self._apply(lambda: self._meetings.remove_agenda_item(uuid))

    def _on_agenda_item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        discussed = item.checkState() == Qt.CheckState.Checked
        QTimer.singleShot(
            0, lambda: self._apply(lambda: self._meetings.set_discussed(uuid, discussed))
        )

    def _on_agenda_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:  # noqa: ANN001
        if self._loading:
            return
        new_index = row if row < start else row - 1
        uuid = self.agenda.item(new_index).data(Qt.ItemDataRole.UserRole)
        QTimer.singleShot(
            0, lambda: self._apply(lambda: self._meetings.move_agenda_item(uuid, new_index))
        )

    def _on_add_action(self) -> None:
        if self.meeting is None:
            return
        meeting = self.meeting
        text, owner = self.new_action_text.text(), self.new_action_owner.currentData()
        due = (
            self.new_action_due.date().toString("yyyy-MM-dd")
            if self.new_action_has_due.isChecked()
            else None
        )
        if self._apply(
            lambda: self._meetings.add_action(
                meeting.pair_uuid, text, owner, meeting_uuid=meeting.uuid, due_date=due
            ),
            messages=self.action_errors,
        ):
            self.new_action_text.clear()

    def _on_action_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        QTimer.singleShot(
            0, lambda: self._apply(lambda: self._meetings.set_action_done(uuid, done, date.today()))
        )

    def _on_delete_action(self) -> None:
        item = self.action_table.item(self.action_table.currentRow(), 0)
        if item is not None:
            uuid = item.data(Qt.ItemDataRole.UserRole)
            self._apply(lambda: self._meetings.delete_action(uuid))

    def _on_goal_link_changed(self, item: QListWidgetItem) -> None:
        if self._loading or self.meeting is None:
            return
        meeting_uuid, goal_uuid = self.meeting.uuid, item.data(Qt.ItemDataRole.UserRole)
        linked = item.checkState() == Qt.CheckState.Checked
        service = self._meetings.link_goal if linked else self._meetings.unlink_goal
        QTimer.singleShot(0, lambda: self._apply(lambda: service(meeting_uuid, goal_uuid)))
