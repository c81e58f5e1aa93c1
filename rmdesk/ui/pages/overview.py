"""Overview: the pair at a glance (people, phase, next meeting, counts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, MeetingFormat, MeetingStatus, Role
from rmdesk.services.goals import GoalService
from rmdesk.services.overview import OverviewService
from rmdesk.ui import theme
from rmdesk.ui.widgets.chart import BarItem, ChartWidget
from rmdesk.ui.widgets.pair_form import PHASE_LABELS

FORMAT_LABELS = {
    MeetingFormat.IN_PERSON: "in person",
    MeetingFormat.VIDEO: "video call",
    MeetingFormat.PHONE: "phone call",
}


def local_datetime_text(starts_at_utc: str) -> str:
    """A stored UTC time shown in the user's time zone and locale."""
    moment = QDateTime.fromString(starts_at_utc, Qt.DateFormat.ISODate)
    moment.setTimeZone(QTimeZone.utc())
    local = moment.toLocalTime()
    return QLocale().toString(local, "ddd d MMM yyyy, HH:mm")


def long_date_text(iso_date: str) -> str:
    day = date.fromisoformat(iso_date)
    return QLocale().toString(day, "ddd d MMM yyyy")


class _Card(QFrame):
    def __init__(self, title: str, name: str) -> None:
        super().__init__(objectName=name)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        heading = QLabel(title)
        heading.setProperty("role", "cardTitle")
        self.figure = QLabel(objectName=f"{name}Figure")
        self.figure.setProperty("role", "figure")
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(objectName=f"{name}Detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(self.figure)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def show_values(self, figure: str, detail: str) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{figure}. {detail}")


class OverviewPage(QWidget):
    """Reads one snapshot per refresh; a few indexed queries, so it stays instant."""

    def __init__(
        self, overview: OverviewService, goals: GoalService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self.setObjectName("overviewPage")
        self.setStyleSheet(theme.PAGE_STYLE)
        self._overview = overview
        self.snapshot: models.OverviewSnapshot | None = None

        self.title = QLabel(objectName="overviewTitle")
        theme.heading_font(self.title)
        self.subtitle = QLabel(objectName="overviewSubtitle")
        self.subtitle.setWordWrap(True)

        self.people = _Card("The two of you", "peopleCard")
        self.next_meeting = _Card("Next meeting", "nextMeetingCard")
        self.last_meeting = _Card("Since the last meeting", "lastMeetingCard")
        self.goals = _Card("Goals", "goalsCard")
        self.meetings = _Card("Meetings", "meetingsCard")
        self.actions = _Card("Open action items", "actionsCard")
        self.focus = _Card("Focus areas", "focusCard")
        self.goal_chart_card = _Card("Active goals at a glance", "goalChartCard")
        self.goal_chart_card.figure.hide()
        self.goal_chart = ChartWidget()
        self.goal_chart.setObjectName("overviewGoalChart")
        self.goal_chart.set_empty_text("No active goals yet. Add one on the Goals page.")
        self.goal_chart_card.layout().insertWidget(2, self.goal_chart)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.people, 0, 0, 1, 2)
        grid.addWidget(self.next_meeting, 0, 2, 1, 2)
        grid.addWidget(self.last_meeting, 1, 0)
        grid.addWidget(self.goals, 1, 1)
        grid.addWidget(self.meetings, 1, 2)
        grid.addWidget(self.actions, 1, 3)
        grid.addWidget(self.goal_chart_card, 2, 0, 1, 4)
        grid.addWidget(self.focus, 3, 0, 1, 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)

        inner = QWidget()
        column_layout = QVBoxLayout(inner)
        column_layout.setContentsMargins(24, 20, 24, 20)
        column_layout.addWidget(self.title)
        column_layout.addWidget(self.subtitle)
        column_layout.addSpacing(8)
        column_layout.addLayout(grid)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_pair(self, pair: models.Pair) -> None:
        pair_uuid = pair.uuid
        snap = self._overview.snapshot(pair_uuid)
        self.snapshot = snap
        pair = snap.pair
        me = Role(pair.me_role)
        self.title.setText(pair.label + ("  (archived)" if pair.archived_at else ""))
        phase = PHASE_LABELS.get(pair.phase, pair.phase)
        span = f"since {long_date_text(pair.start_date)}"
        if pair.planned_end_date:
            span += f", until {long_date_text(pair.planned_end_date)}"
        self.subtitle.setText(
            f"Phase: {phase} · {span} · meeting every {pair.cadence_days} days "
            f"for {pair.meeting_minutes} minutes"
        )
        you = " (you)"
        self.people.show_values(
            f"{pair.me_name} & {pair.other_name}",
            f"Mentor: {pair.mentor_name}{you if me is Role.MENTOR else ''}\n"
            f"Mentee: {pair.mentee_name}{you if me is Role.MENTEE else ''}",
        )
        if snap.next_meeting:
            meeting = snap.next_meeting
            where = FORMAT_LABELS.get(meeting.format, meeting.format)
            place = f", {meeting.place}" if meeting.place else ""
            self.next_meeting.show_values(
                local_datetime_text(meeting.starts_at),
                f"{meeting.duration_minutes} minutes, {where}{place}",
            )
        else:
            self.next_meeting.show_values(
                "None planned",
                f"By your cadence, the next one is due around "
                f"{long_date_text(snap.suggested_next_on or pair.start_date)}.",
            )
        if snap.days_since_last is None:
            self.last_meeting.show_values("—", "No meeting held yet.")
        else:
            days = snap.days_since_last
            self.last_meeting.show_values(
                f"{days} day{'s' if days != 1 else ''}",
                f"Last held {local_datetime_text(snap.last_held_on or '')}.",
            )
        by_goal = snap.goals_by_status
        self.goals.show_values(
            f"{by_goal.get(GoalStatus.ACTIVE, 0)} active",
            f"{by_goal.get(GoalStatus.ACHIEVED, 0)} achieved, "
            f"{by_goal.get(GoalStatus.PAUSED, 0)} paused, "
            f"{by_goal.get(GoalStatus.DROPPED, 0)} dropped",
        )
        by_meeting = snap.meetings_by_status
        self.meetings.show_values(
            f"{by_meeting.get(MeetingStatus.HELD, 0)} held",
            f"{by_meeting.get(MeetingStatus.PLANNED, 0)} planned, "
            f"{by_meeting.get(MeetingStatus.CANCELLED, 0)} cancelled\n"
            f"{snap.topics} topics, {snap.reflections} reflections",
        )
        self.actions.show_values(str(snap.open_actions), "still to do, across all meetings")
        focus = pair.focus_areas.strip() or "No focus areas written down yet (File → Edit pair)."
        self.focus.show_values("", focus)
        self.focus.figure.setVisible(False)
        bars = self._goals.bars(pair_uuid)
        self.goal_chart.setFixedHeight(max(1, len(bars)) * 24 + 12)
        self.goal_chart.set_bars(
            [
                BarItem(
                    row.title,
                    float(row.progress),
                    f"{pair.name_of(row.learner).split()[0]}"
                    + (f" · due {row.target_date}" if row.target_date else ""),
                )
                for row in bars
            ]
        )
        active = by_goal.get(GoalStatus.ACTIVE, 0)
        self.goal_chart_card.detail.setText(f"Showing {len(bars)} of {active} active goals.")
        self.goal_chart_card.detail.setVisible(active > len(bars))
