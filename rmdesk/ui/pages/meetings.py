"""Meetings: the pair's journal. A lazy timeline on the left, the chosen meeting on the right."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService, created_uuids
from rmdesk.services.undo import Change
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.models.lazy_list import UUID_ROLE, LazyListModel
from rmdesk.ui.undo import ChangeCommand
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.meeting_detail import (
    MeetingDetail,
    format_labels,
    local_text,
    status_words,
)


def status_filters() -> list[tuple[str, list[str] | None]]:
    """The status filter's choices: (label, statuses shown or None for all)."""
    return [
        (translate("MeetingsPage", "All meetings"), None),
        (translate("MeetingsPage", "Planned"), [MeetingStatus.PLANNED.value]),
        (translate("MeetingsPage", "Held"), [MeetingStatus.HELD.value]),
        (translate("MeetingsPage", "Cancelled"), [MeetingStatus.CANCELLED.value]),
    ]


class PlanMeetingDialog(QDialog):
    """Date and time (suggested from the cadence), length, format and place."""

    def __init__(
        self, meetings: MeetingService, pair: models.Pair, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planMeetingDialog")
        self.setWindowTitle(self.tr("Plan a meeting"))
        self._meetings = meetings
        self._pair = pair
        self.change: Change | None = None
        suggested = meetings.suggest_next_start(pair.uuid).astimezone(meetings.tz)
        self.start = fields.DateTimeEdit(
            QDateTime(
                QDate(suggested.year, suggested.month, suggested.day),
                QTime(suggested.hour, suggested.minute, suggested.second),
            ),
            objectName="planStart",
        )
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox(objectName="planDuration", minimum=0, maximum=600)
        self.duration.setValue(pair.meeting_minutes)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.format = fields.NamedComboBox(objectName="planFormat")
        self.format.setAccessibleName(self.tr("Format"))
        for value, label in format_labels().items():
            self.format.addItem(label, value.value)
        self.format.setCurrentIndex(1)
        self.place = QLineEdit(objectName="planPlace")
        self.place.setPlaceholderText(self.tr("A room, or a video link"))
        self.place.setAccessibleName(self.tr("Place or link"))
        self.error = QLabel(objectName="planError", wordWrap=True)
        theme.error_label(self.error)
        self.error.hide()
        hint = QLabel(
            self.tr(
                "Suggested from your cadence (every {days} days). Change anything you like."
            ).format(days=pair.cadence_days)
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&When"), self.start)
        form.addRow(self.tr("&Length"), self.duration)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Place"), self.place)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan meeting"))
        buttons.accepted.connect(self._on_plan_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_plan_clicked(self) -> None:
        moment = fields.python_datetime(self.start.dateTime()).replace(tzinfo=self._meetings.tz)
        try:
            self.change = self._meetings.plan(
                self._pair.uuid,
                moment,
                self.duration.value(),
                self.format.currentData(),
                self.place.text(),
                author_role=self._pair.me_role,
            )
        except errors.ValidationError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


class MeetingsPage(QWidget):
    status_message = Signal(str)
    meeting_held = Signal(str)
    check_in_requested = Signal(str)

    def __init__(
        self, meetings: MeetingService, goals: GoalService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self._meetings = meetings
        self.pair: models.Pair | None = None
        self.undo_stack = QUndoStack(self)
        self._now = datetime.now(UTC)

        self.plan_button = QPushButton(self.tr("Plan meeting"), objectName="planMeetingButton")
        self.plan_button.setToolTip(self.tr("Plan a meeting (Ctrl+N here, Ctrl+Shift+N anywhere)"))
        self.plan_button.clicked.connect(self.plan_meeting)
        self.status_filter = fields.NamedComboBox(objectName="meetingStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show meetings"))
        for label, statuses in status_filters():
            self.status_filter.addItem(label, statuses)
        self.status_filter.activated.connect(lambda: self.reload(self.current_uuid()))
        self.summary = QLabel(objectName="meetingsSummary", wordWrap=True)
        bar = QHBoxLayout()
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        bar.addWidget(self.status_filter)

        self.model = LazyListModel(lambda: 0, lambda _o, _l: [], self._describe, self)
        self.timeline = QListView(objectName="meetingTimeline")
        self.timeline.setAccessibleName(self.tr("Meetings, upcoming first"))
        self.timeline.setModel(self.model)
        self.timeline.setUniformItemSizes(True)
        self.timeline.setSpacing(3)
        self.timeline.selectionModel().currentChanged.connect(self._on_current_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.timeline, 1)

        self.detail = MeetingDetail(meetings, goals)
        self.detail.changed.connect(self._on_detail_changed)
        self.detail.status_changed.connect(lambda uuid: self.reload(self._keep(uuid)))
        self.detail.message.connect(self.status_message)
        self.detail.held.connect(self.meeting_held)
        self.detail.check_in_requested.connect(self.check_in_requested)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.detail)
        splitter = QSplitter(objectName="meetingsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setSizes([430, 650])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        new = QAction(self.tr("Plan meeting"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.plan_meeting)
        self.addAction(new)
        self.new_action = new

    # --- the timeline ----------------------------------------------------------------------

    def _describe(self, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            local = self._meetings.local_start(row.starts_at)
            status = status_words().get(row.status, row.status)
            details = [
                self.tr("{minutes} min").format(minutes=row.duration),
                format_labels().get(row.format, row.format).lower(),
            ]
            if row.agenda_count:
                details.append(self.tr("%n on the agenda", "", row.agenda_count))
            if row.open_actions:
                details.append(self.tr("%n open action(s)", "", row.open_actions))
            if row.carried_over_count:
                details.append(self.tr("↻ %n carried over", "", row.carried_over_count))
            return f"{local_text(local)} · {status}\n{', '.join(details)}"
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line where the list cuts it short
            return self._describe(row, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == MeetingStatus.CANCELLED:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.FontRole and row.status == MeetingStatus.PLANNED:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(row, Qt.ItemDataRole.DisplayRole).replace("\n", ", ")
        return None

    def show_pair(self, pair: models.Pair) -> None:
        self.detail.flush()
        if self.pair is None or self.pair.uuid != pair.uuid:
            self.undo_stack.clear()
        self.pair = pair
        self.detail.set_pair(pair)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Re-read the timeline and show `select`, or else the meeting already shown (a check-in
        or an undo elsewhere must not move the selection), or else the first."""
        if self.pair is None:
            return
        select = select or self.current_uuid()
        pair_uuid, statuses = self.pair.uuid, self.status_filter.currentData()
        self._now = datetime.now(UTC)
        now = self._now
        self.model.set_sources(
            lambda: self._meetings.count(pair_uuid, statuses),
            lambda offset, limit: self._meetings.page(pair_uuid, offset, limit, statuses, now),
        )
        self._update_summary()
        row = self.model.row_of(select) if select else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row)
            self.timeline.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.timeline.scrollTo(index)
            self.detail.show_meeting(index.data(UUID_ROLE))
        else:
            self.detail.show_meeting(None)

    def _keep(self, uuid: str) -> str | None:
        """After a change, stay on the meeting if it still exists."""
        try:
            self._meetings.get(uuid)
        except errors.NotFoundError:
            return None
        return uuid

    def _update_summary(self) -> None:
        assert self.pair is not None
        upcoming = self._meetings.next_planned(self.pair.uuid)
        adherence = self._meetings.adherence(self.pair.uuid)
        if upcoming:
            first = self.tr("Next: {when}").format(
                when=local_text(self._meetings.local_start(upcoming.starts_at))
            )
        else:
            suggested = self._meetings.suggest_next_start(self.pair.uuid).astimezone(
                self._meetings.tz
            )
            first = self.tr("Nothing planned. Suggested next: {when}").format(
                when=local_text(suggested)
            )
        if adherence.expected:
            cadence = self.tr("{held} of %n expected meeting(s) held", "", adherence.expected)
            cadence = cadence.format(held=adherence.held)
            if adherence.ratio is not None:
                cadence += f" ({round(100 * adherence.ratio)}%)"
        else:
            cadence = self.tr("No meeting expected yet")
        rhythm = self.tr("every %n day(s)", "", self.pair.cadence_days)
        self.summary.setText(f"{first}\n{cadence} · {rhythm}")

    def current_uuid(self) -> str | None:
        index = self.timeline.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid and (self.detail.meeting is None or self.detail.meeting.uuid != uuid):
            self.detail.show_meeting(uuid)

    # --- changes ---------------------------------------------------------------------------

    def _on_detail_changed(self, change: Change, key: str) -> None:
        self.undo_stack.push(ChangeCommand(change, self._apply, self._after_undo, key or None))
        row = self.current_uuid()
        if row:
            self._update_summary()

    def _apply(self, change: Change, forward: bool) -> None:
        self._meetings.apply(change, forward)

    def _after_undo(self) -> None:
        self.reload(self._keep(self.current_uuid() or "") if self.current_uuid() else None)

    def plan_meeting(self) -> None:
        if self.pair is None:
            return
        self.detail.flush()
        dialog = PlanMeetingDialog(self._meetings, self.pair, self)
        if dialog.exec() and dialog.change is not None:
            self.undo_stack.push(ChangeCommand(dialog.change, self._apply, self._after_undo))
            [uuid] = created_uuids(dialog.change, "meetings")
            self.status_filter.setCurrentIndex(0)
            self.reload(uuid)
            self.status_message.emit(self.tr("Meeting planned."))

    def flush(self) -> None:
        self.detail.flush()

    def open_item(self, uuid: str) -> None:
        """Show one meeting (a search hit), showing every status if the filter hides it."""
        self.flush()
        self.reload(uuid)
        if self.current_uuid() != uuid:
            self.status_filter.setCurrentIndex(0)
            self.reload(uuid)
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Other pages (Topics) change agendas: re-read when shown, keeping the selection."""
        super().showEvent(event)
        if self.pair is not None:
            self.reload(self.current_uuid())

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.flush()
        super().hideEvent(event)
