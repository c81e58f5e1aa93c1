"""Overview: the pair at a glance (people, phase, next meeting, counts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QRectF,
    Qt,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, MeetingFormat, MeetingStatus, Phase, Role
from rmdesk.services.overview import OverviewService
from rmdesk.ui import theme

if TYPE_CHECKING:
    from rmdesk.services.desk import Desk
    from rmdesk.services.undo import Change
    from rmdesk.ui.widgets.chart import ChartWidget

# As rmdesk.ui.widgets.pair_form.PHASE_LABELS: the Overview is on the way to the first
# paint, and importing the pair form's widgets for five words costs ~4 ms there.
PHASE_LABELS = {
    Phase.PREPARING: "Preparing",
    Phase.AGREEING: "Agreeing",
    Phase.GROWING: "Growing",
    Phase.CLOSING: "Closing",
    Phase.CLOSED: "Closed",
}

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
    """A rounded panel in the palette's base colour, as theme.PAGE_STYLE draws cards.

    Painted and styled directly rather than with that style sheet: a sheet on the page
    puts every widget on it through the (much slower) style-sheet style, ~8 ms of start-up.
    Palette roles, not colours, so a change of scheme repaints it right.
    """

    def __init__(self, title: str, name: str) -> None:
        super().__init__(objectName=name)
        self.setProperty("card", True)
        self.setContentsMargins(1, 1, 1, 1)  # inside the 1px border
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        heading = QLabel(title)
        heading.setProperty("role", "cardTitle")
        heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        heading_font = heading.font()
        heading_font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(heading_font)
        self.figure = QLabel(objectName=f"{name}Figure")
        self.figure.setProperty("role", "figure")
        figure_font = self.figure.font()
        figure_font.setPointSizeF(17)
        figure_font.setWeight(QFont.Weight.DemiBold)
        self.figure.setFont(figure_font)
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

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)


class OverviewPage(QWidget):
    """Reads one snapshot per refresh; a few indexed queries, so it stays instant."""

    reflect_requested = Signal(str)  # a prompt id: open Reflections with it
    status_message = Signal(str)

    def __init__(
        self,
        overview: OverviewService,
        desk: Desk | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.pair: models.Pair | None = None
        self.undo_stack = QUndoStack(self)
        self.setObjectName("overviewPage")
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
        # The charts (and the services behind them) are built just after the first paint:
        # the numbers show at once, the pictures a moment later.
        self.goal_chart: ChartWidget | None = None

        self.programme = _Card("Programme phase", "programmeCard")
        self.advance_button = QPushButton(objectName="advancePhaseButton")
        self.advance_button.clicked.connect(self._on_advance_clicked)
        self.agreement_button = QPushButton("Agreement…", objectName="agreementButton")
        self.agreement_button.setAccessibleName("Our agreement")
        self.agreement_button.clicked.connect(self._on_agreement_clicked)
        self.closure_button = QPushButton("Closure view…", objectName="closureButton")
        self.closure_button.clicked.connect(self._on_closure_clicked)
        phase_buttons = QHBoxLayout()
        for button in (self.advance_button, self.agreement_button, self.closure_button):
            phase_buttons.addWidget(button)
        phase_buttons.addStretch(1)
        self.programme.layout().insertLayout(3, phase_buttons)

        self.pulse = _Card("Relationship pulse", "pulseCard")
        self.pulse_chart: ChartWidget | None = None
        self.pulse_hint = QLabel(objectName="pulseSuggestion", wordWrap=True)
        self.pulse_hint.hide()
        self.reflect_button = QPushButton("Reflect on it", objectName="pulseReflectButton")
        self.reflect_button.hide()
        self.reflect_button.clicked.connect(
            lambda: self.reflect_requested.emit(self._suggested_prompt or "")
        )
        self.check_in_button = QPushButton("Check in…", objectName="checkInButton")
        self.check_in_button.setAccessibleName("Pulse check-in")
        self.check_in_button.clicked.connect(lambda: self.check_in())
        pulse_buttons = QHBoxLayout()
        pulse_buttons.addWidget(self.check_in_button)
        pulse_buttons.addWidget(self.reflect_button)
        pulse_buttons.addStretch(1)
        self.pulse.layout().insertWidget(4, self.pulse_hint)
        self.pulse.layout().insertLayout(5, pulse_buttons)
        self._suggested_prompt: str | None = None
        self._pulse_pending = False
        self._pulse_timer = QTimer(self, singleShot=True, interval=0)
        self._pulse_timer.timeout.connect(self._load_deferred)

        grid = QGridLayout()
        grid.setSpacing(12)
        grid.addWidget(self.people, 0, 0, 1, 2)
        grid.addWidget(self.next_meeting, 0, 2, 1, 2)
        grid.addWidget(self.last_meeting, 1, 0)
        grid.addWidget(self.goals, 1, 1)
        grid.addWidget(self.meetings, 1, 2)
        grid.addWidget(self.actions, 1, 3)
        grid.addWidget(self.programme, 2, 0, 1, 2)
        grid.addWidget(self.pulse, 2, 2, 1, 2)
        grid.addWidget(self.goal_chart_card, 3, 0, 1, 4)
        grid.addWidget(self.focus, 4, 0, 1, 4)
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
        inner.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_pair(self, pair: models.Pair) -> None:
        pair_uuid = pair.uuid
        if self.pair is not None and self.pair.uuid != pair_uuid:
            self.undo_stack.clear()  # another pair's phase must not be undone from here
        self.pair = pair
        self._show_programme(pair)
        # Charts and the pulse (the whole history) follow right after the page has painted.
        self._pulse_pending = True
        self.update()
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
        self._active_goals = by_goal.get(GoalStatus.ACTIVE, 0)

    def _ensure_charts(self) -> None:
        if self.goal_chart is not None:
            return
        from rmdesk.ui.widgets.chart import ChartWidget

        self.goal_chart = ChartWidget()
        self.goal_chart.setObjectName("overviewGoalChart")
        self.goal_chart.set_empty_text("No active goals yet. Add one on the Goals page.")
        self.goal_chart_card.layout().insertWidget(2, self.goal_chart)
        self.pulse_chart = ChartWidget()
        self.pulse_chart.setObjectName("overviewPulseChart")
        self.pulse_chart.set_empty_text("No check-ins yet. They take seconds after a meeting.")
        self.pulse_chart.setFixedHeight(150)
        self.pulse.layout().insertWidget(2, self.pulse_chart)

    def _load_goal_chart(self) -> None:
        from rmdesk.ui.widgets.chart import BarItem

        assert self._desk is not None and self.pair is not None and self.goal_chart is not None
        pair = self.pair
        bars = self._desk.goals.bars(pair.uuid)
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
        active = self._active_goals
        self.goal_chart_card.detail.setText(f"Showing {len(bars)} of {active} active goals.")
        self.goal_chart_card.detail.setVisible(active > len(bars))

    # --- programme and pulse (issue 5) ---------------------------------------------------

    def _show_programme(self, pair: models.Pair) -> None:
        phases = list(PHASE_LABELS)
        label = PHASE_LABELS.get(pair.phase, pair.phase)
        index = phases.index(pair.phase) if pair.phase in phases else len(phases) - 1
        following = phases[index + 1].value if index + 1 < len(phases) else None
        advice = {
            "preparing": "Get to know each other and what you each hope to learn.",
            "agreeing": "Agree objectives, rhythm, confidentiality and how to pause.",
            "growing": "Meet, learn, reflect. Check in on the pulse now and then.",
            "closing": "Look back together, write a final reflection, celebrate.",
            "closed": "The programme is closed. Well done, both of you.",
        }.get(pair.phase, "")
        self.programme.show_values(label, advice)
        self.advance_button.setVisible(following is not None and self._desk is not None)
        if following:
            self.advance_button.setText(f"Move to {PHASE_LABELS[following]}")
            self.advance_button.setAccessibleName(f"Move to the {following} phase")
        self.agreement_button.setVisible(self._desk is not None)
        self.closure_button.setVisible(
            self._desk is not None and pair.phase in ("closing", "closed")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Once the page's content has painted, load the deferred parts (charts, pulse)."""
        if event.type() == QEvent.Type.Paint and self._pulse_pending:
            self._pulse_pending = False
            self._pulse_timer.start()
        return False

    def _load_deferred(self) -> None:
        if self._desk is None or self.pair is None:
            return
        if not self.isVisible():  # read it when the page is next shown, not in the background
            self._pulse_pending = True
            return
        self._ensure_charts()
        self._load_goal_chart()
        self._load_pulse()

    def _load_pulse(self) -> None:
        from rmdesk.ui.dialogs.programme_dialogs import pulse_series

        assert self._desk is not None and self.pair is not None and self.pulse_chart is not None

        service = self._desk.pulse
        points = service.trend(self.pair.uuid)
        self.pulse_chart.set_trends(pulse_series(points))
        averages = service.averages(self.pair.uuid)
        if averages.overall is None:
            self.pulse.show_values("—", "")
        else:
            self.pulse.show_values(
                f"{averages.overall:.1f} / 5", f"Average of {averages.check_ins} check-ins."
            )
        dropping = service.dropping(self.pair.uuid)
        self._suggested_prompt = None
        if dropping:
            prompt = self._candour_prompt()
            self._suggested_prompt = prompt.id if prompt else None
            self.pulse_hint.setText(
                "The pulse has dipped at the last two meetings. That is normal now and then; "
                "it may help to talk about it."
                + (f" A prompt to start from: “{prompt.text}”" if prompt else "")
            )
        self.pulse_hint.setVisible(dropping)
        self.reflect_button.setVisible(dropping and self._suggested_prompt is not None)

    def _candour_prompt(self):  # noqa: ANN202 - a prompts.Prompt or None
        import random

        assert self._desk is not None and self.pair is not None
        candidates = [
            prompt
            for prompt in self._desk.reflections.all_prompts()
            if prompt.theme == "feedback_and_candour" and prompt.role in (self.pair.me_role, "both")
        ]
        return random.Random(self.pair.uuid).choice(candidates) if candidates else None

    def check_in(self, meeting_uuid: str | None = None) -> bool:
        """Open the pulse check-in (after a meeting, or any time from here)."""
        if self._desk is None or self.pair is None:
            return False
        from rmdesk.ui.dialogs.programme_dialogs import PulseDialog

        dialog = PulseDialog(self._desk.pulse, self.pair, meeting_uuid, self)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change, self._desk.pulse.apply)
            self._load_deferred()
            self.status_message.emit("Thanks for checking in.")
            return True
        return False

    def _push(self, change: Change, apply: Callable[[Change, bool], None]) -> None:
        if not change.empty:
            from rmdesk.ui.undo import ChangeCommand  # only once something is changed

            self.undo_stack.push(ChangeCommand(change, apply, self._refresh))

    def _refresh(self) -> None:
        if self._desk is not None and self.pair is not None:
            self.show_pair(self._desk.pairs.get(self.pair.uuid))

    def _on_advance_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        change = self._desk.programme.advance(self.pair.uuid)
        self._push(change, self._desk.programme.apply)
        self._refresh()
        assert self.pair is not None
        self.status_message.emit(f"Moved to the {self.pair.phase} phase. Ctrl+Z moves back.")

    def _on_agreement_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        from rmdesk.ui.dialogs.programme_dialogs import AgreementDialog

        dialog = AgreementDialog(self._desk.programme, self.pair, self)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change, self._desk.programme.apply)
            self._refresh()
            self.status_message.emit("Agreement saved.")

    def _on_closure_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        import random

        from rmdesk.ui.dialogs.programme_dialogs import ClosureDialog

        closing = [
            p
            for p in self._desk.reflections.all_prompts()
            if p.moment == "closure" and p.role in (self.pair.me_role, "both")
        ]
        text = random.Random(self.pair.uuid).choice(closing).text if closing else ""
        ClosureDialog(self._desk.programme, self.pair, text, self).exec()
