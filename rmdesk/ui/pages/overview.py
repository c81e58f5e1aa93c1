"""Overview: the pair at a glance (people, phase, next meeting, counts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
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
from PySide6.QtGui import QFocusEvent, QFont, QPainter, QPaintEvent, QPalette, QPen, QUndoStack
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

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, MeetingFormat, MeetingStatus, Phase, Role
from rmdesk.services.overview import OverviewService
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.labels import label_for, phase_labels

if TYPE_CHECKING:
    from rmdesk.services.desk import Desk
    from rmdesk.services.undo import Change
    from rmdesk.ui.tasks import TaskRunner
    from rmdesk.ui.widgets.chart import ChartWidget


def format_labels() -> dict[MeetingFormat, str]:
    return {
        MeetingFormat.IN_PERSON: translate("OverviewPage", "in person"),
        MeetingFormat.VIDEO: translate("OverviewPage", "video call"),
        MeetingFormat.PHONE: translate("OverviewPage", "phone call"),
    }


def local_datetime_text(starts_at_utc: str) -> str:
    """A stored UTC time shown in the user's time zone and locale."""
    moment = QDateTime.fromString(starts_at_utc, Qt.DateFormat.ISODate)
    moment.setTimeZone(QTimeZone.utc())
    local = moment.toLocalTime()
    return QLocale().toString(local, "ddd d MMM yyyy, HH:mm")


def long_date_text(iso_date: str) -> str:
    day = date.fromisoformat(iso_date)
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


class _Card(QFrame):
    """A rounded panel in the palette's base colour, as theme.PAGE_STYLE draws cards.

    Painted and styled directly rather than with that style sheet: a sheet on the page
    puts every widget on it through the (much slower) style-sheet style, ~8 ms of start-up.
    Palette roles, not colours, so a change of scheme repaints it right.
    """

    def __init__(self, title: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("card", True)
        self.setContentsMargins(1, 1, 1, 1)  # inside the 1px border
        self.box = layout = QVBoxLayout(self)  # typed, unlike layout() (QLayout | None)
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
        # A Tab stop, so the numbers are reachable: Orca reads "Next meeting panel", then the
        # description, "Fri 11 Dec 2026, 09:30. 45 minutes, video call".
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def show_values(self, figure: str, detail: str) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.setAccessibleDescription(
            ". ".join(part for part in (figure, detail.replace("\n", ", ")) if part)
        )

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()  # the focus ring
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            inset = 1.0
        else:
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            inset = 0.5
        painter.setBrush(palette.base())
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)


class OverviewPage(QWidget):
    """Reads one snapshot per refresh; a few indexed queries, so it stays instant."""

    reflect_requested = Signal(str)  # a prompt id: open Reflections with it
    status_message = Signal(str)
    pulse_loaded = Signal()  # the pulse card shows the latest read

    def __init__(
        self,
        overview: OverviewService,
        desk: Desk | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self.pair: models.Pair | None = None
        self._shown_state: tuple[object, ...] | None = None  # what the last read was of
        self._runner: TaskRunner | None = None  # made for the first pulse read
        self._pulse_generation = 0
        self.undo_stack = QUndoStack(self)
        self.setObjectName("overviewPage")
        self._overview = overview
        self.snapshot: models.OverviewSnapshot | None = None

        self.title = QLabel(objectName="overviewTitle")
        theme.heading_font(self.title)
        self.subtitle = QLabel(objectName="overviewSubtitle")
        self.subtitle.setWordWrap(True)

        self.people = _Card(self.tr("The two of you"), "peopleCard")
        self.next_meeting = _Card(self.tr("Next meeting"), "nextMeetingCard")
        self.last_meeting = _Card(self.tr("Since the last meeting"), "lastMeetingCard")
        self.goals = _Card(self.tr("Goals"), "goalsCard")
        self.meetings = _Card(self.tr("Meetings"), "meetingsCard")
        self.actions_card = _Card(self.tr("Open action items"), "actionsCard")
        self.focus = _Card(self.tr("Focus areas"), "focusCard")
        self.goal_chart_card = _Card(self.tr("Active goals at a glance"), "goalChartCard")
        self.goal_chart_card.figure.hide()
        # The charts (and the services behind them) are built just after the first paint:
        # the numbers show at once, the pictures a moment later.
        self.goal_chart: ChartWidget | None = None

        self.programme = _Card(self.tr("Programme phase"), "programmeCard")
        self.advance_button = QPushButton(objectName="advancePhaseButton")
        self.advance_button.clicked.connect(self._on_advance_clicked)
        self.agreement_button = QPushButton(self.tr("Agreement…"), objectName="agreementButton")
        self.agreement_button.setAccessibleName(self.tr("Our agreement"))
        self.agreement_button.clicked.connect(self._on_agreement_clicked)
        self.closure_button = QPushButton(self.tr("Closure view…"), objectName="closureButton")
        self.closure_button.clicked.connect(self._on_closure_clicked)
        self.pause_button = QPushButton(objectName="pauseButton")
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.template_button = QPushButton(self.tr("Template…"))
        self.template_button.setObjectName("templateButton")
        self.template_button.setAccessibleName(self.tr("Follow a programme template"))
        self.template_button.clicked.connect(self._on_template_clicked)
        self.end_early_button = QPushButton(self.tr("End early…"), objectName="endEarlyButton")
        self.end_early_button.setAccessibleName(self.tr("End the programme early"))
        self.end_early_button.clicked.connect(self._on_end_early_clicked)
        # Two rows: the programme's way forward, then pausing and ending (six buttons on one
        # row made the card wider than the window at its usual size).
        phase_buttons = QHBoxLayout()
        for button in (
            self.advance_button,
            self.agreement_button,
            self.closure_button,
            self.template_button,
        ):
            phase_buttons.addWidget(button)
        phase_buttons.addStretch(1)
        self.programme.box.insertLayout(3, phase_buttons)
        stop_buttons = QHBoxLayout()
        stop_buttons.addWidget(self.pause_button)
        stop_buttons.addWidget(self.end_early_button)
        stop_buttons.addStretch(1)
        self.programme.box.insertLayout(4, stop_buttons)
        # When meetings stop happening: a gentle offer, not a warning.
        self.stall_hint = QLabel(objectName="stallHint", wordWrap=True)
        self.stall_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.stall_hint.hide()
        self.stall_button = QPushButton(
            self.tr("Write about what gets in the way"), objectName="stallReflectButton"
        )
        self.stall_button.hide()
        self.stall_button.clicked.connect(
            lambda: self.reflect_requested.emit(self._stall_prompt or "")
        )
        self._stall_prompt: str | None = None
        stall_row = QHBoxLayout()
        stall_row.addWidget(self.stall_button)
        stall_row.addStretch(1)
        card_layout = self.programme.layout()
        assert isinstance(card_layout, QVBoxLayout)
        card_layout.insertWidget(4, self.stall_hint)
        card_layout.insertLayout(5, stall_row)

        self.pulse = _Card(self.tr("Relationship pulse"), "pulseCard")
        self.pulse_chart: ChartWidget | None = None
        self.pulse_hint = QLabel(objectName="pulseSuggestion", wordWrap=True)
        self.pulse_hint.hide()
        self.reflect_button = QPushButton(self.tr("Reflect on it"), objectName="pulseReflectButton")
        self.reflect_button.hide()
        self.reflect_button.clicked.connect(
            lambda: self.reflect_requested.emit(self._suggested_prompt or "")
        )
        self.check_in_button = QPushButton(self.tr("Check in…"), objectName="checkInButton")
        self.check_in_button.setAccessibleName(self.tr("Pulse check-in"))
        self.check_in_button.clicked.connect(lambda: self.check_in())
        pulse_buttons = QHBoxLayout()
        pulse_buttons.addWidget(self.check_in_button)
        pulse_buttons.addWidget(self.reflect_button)
        pulse_buttons.addStretch(1)
        self.pulse.box.insertWidget(4, self.pulse_hint)
        self.pulse.box.insertLayout(5, pulse_buttons)
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
        grid.addWidget(self.actions_card, 1, 3)
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
        self._build_self_assessment_offer(column_layout)
        column_layout.addSpacing(8)
        column_layout.addLayout(grid)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        inner.installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._build_commitments(grid, column_layout)

    def _build_commitments(self, grid: QGridLayout, column: QVBoxLayout) -> None:
        """Commitments (issue 16): their card under the others, the reminder on top."""
        from rmdesk.ui.pages.overview_commitments import OverviewCommitments

        def push(change: Change) -> None:
            assert self._desk is not None
            self._push(change, self._desk.commitments.apply)

        self.commitments = OverviewCommitments(
            self, self._desk, _Card, push, self.undo_stack, self.status_message.emit
        )
        self.commitments.place(grid, column, 5)

    def show_again(self, pair: models.Pair) -> None:
        """Shown once more (the sidebar): re-read only if the desk changed since the last
        read, or the day did (days since the last meeting), so switching back is instant."""
        if self._shown_state == self._state_of(pair):
            return
        self.show_pair(pair)

    def _state_of(self, pair: models.Pair) -> tuple[object, ...]:
        changes = self._desk.changes() if self._desk is not None else None
        return (pair, changes, date.today())

    def show_pair(self, pair: models.Pair) -> None:
        self._shown_state = self._state_of(pair)
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
        archived = self.tr("  (archived)") if pair.archived_at else ""
        self.title.setText(pair.label + archived)
        phase = label_for(phase_labels(), pair.phase)
        if pair.ended_early_on:
            phase = self.tr("Ended early")
        elif pair.paused_on:
            phase = self.tr("{phase}, paused").format(phase=phase)
        span = self.tr("since {start}").format(start=long_date_text(pair.start_date))
        if pair.planned_end_date:
            span += self.tr(", until {end}").format(end=long_date_text(pair.planned_end_date))
        self.subtitle.setText(
            self.tr(
                "Phase: {phase} · {span} · meeting every {days} days for {minutes} minutes"
            ).format(phase=phase, span=span, days=pair.cadence_days, minutes=pair.meeting_minutes)
        )
        you = self.tr(" (you)")
        self.people.show_values(
            # One rule everywhere (title, pair switcher, summaries): the mentor first.
            f"{pair.mentor_name} & {pair.mentee_name}",
            self.tr("Mentor: {mentor}").format(
                mentor=pair.mentor_name + (you if me is Role.MENTOR else "")
            )
            + "\n"
            + self.tr("Mentee: {mentee}").format(
                mentee=pair.mentee_name + (you if me is Role.MENTEE else "")
            ),
        )
        if snap.next_meeting:
            meeting = snap.next_meeting
            where = label_for(format_labels(), meeting.format)
            place = f", {meeting.place}" if meeting.place else ""
            self.next_meeting.show_values(
                local_datetime_text(meeting.starts_at),
                self.tr("{minutes} minutes, {where}").format(
                    minutes=meeting.duration_minutes, where=where
                )
                + place,
            )
        else:
            self.next_meeting.show_values(
                self.tr("None planned"),
                self.tr("By your cadence, the next one is due around {day}.").format(
                    day=long_date_text(snap.suggested_next_on or pair.start_date)
                ),
            )
        if snap.days_since_last is None:
            self.last_meeting.show_values("—", self.tr("No meeting held yet."))
        else:
            days = snap.days_since_last
            self.last_meeting.show_values(
                self.tr("1 day") if days == 1 else self.tr("{n} days").format(n=days),
                self.tr("Last held {when}.").format(
                    when=local_datetime_text(snap.last_held_on or "")
                ),
            )
        by_goal = snap.goals_by_status
        self.goals.show_values(
            self.tr("{n} active").format(n=by_goal.get(GoalStatus.ACTIVE, 0)),
            self.tr("{achieved} achieved, {paused} paused, {dropped} dropped").format(
                achieved=by_goal.get(GoalStatus.ACHIEVED, 0),
                paused=by_goal.get(GoalStatus.PAUSED, 0),
                dropped=by_goal.get(GoalStatus.DROPPED, 0),
            ),
        )
        by_meeting = snap.meetings_by_status
        self.meetings.show_values(
            self.tr("{n} held").format(n=by_meeting.get(MeetingStatus.HELD, 0)),
            self.tr("{planned} planned, {cancelled} cancelled").format(
                planned=by_meeting.get(MeetingStatus.PLANNED, 0),
                cancelled=by_meeting.get(MeetingStatus.CANCELLED, 0),
            )
            + "\n"
            + self.tr("{topics} topics, {reflections} reflections").format(
                topics=snap.topics, reflections=snap.reflections
            ),
        )
        self.actions_card.show_values(
            str(snap.open_actions), self.tr("still to do, across all meetings")
        )
        focus = pair.focus_areas.strip() or self.tr(
            "No focus areas written down yet (File → Edit pair)."
        )
        self.focus.show_values("", focus)
        self.focus.figure.setVisible(False)
        self._active_goals = by_goal.get(GoalStatus.ACTIVE, 0)
        self.commitments.show_pair(pair)

    def _ensure_charts(self) -> None:
        if self.goal_chart is not None:
            return
        from rmdesk.ui.widgets.chart import ChartWidget

        self.goal_chart = ChartWidget()
        self.goal_chart.setObjectName("overviewGoalChart")
        self.goal_chart.set_empty_text(self.tr("No active goals yet. Add one on the Goals page."))
        self.goal_chart_card.box.insertWidget(2, self.goal_chart)
        self.pulse_chart = ChartWidget()
        self.pulse_chart.setObjectName("overviewPulseChart")
        self.pulse_chart.set_empty_text(
            self.tr("No check-ins yet. They take seconds after a meeting.")
        )
        self.pulse_chart.setFixedHeight(150)
        self.pulse.box.insertWidget(2, self.pulse_chart)
        # Built after the cards, so placed in the Tab order: each chart right after its card.
        QWidget.setTabOrder(self.pulse, self.pulse_chart)
        QWidget.setTabOrder(self.goal_chart_card, self.goal_chart)

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
                    + (
                        self.tr(" · due {day}").format(day=row.target_date)
                        if row.target_date
                        else ""
                    ),
                )
                for row in bars
            ]
        )
        active = self._active_goals
        self.goal_chart_card.detail.setText(
            self.tr("Showing {shown} of {active} active goals.").format(
                shown=len(bars), active=active
            )
        )
        self.goal_chart_card.setAccessibleDescription(self.goal_chart_card.detail.text())
        self.goal_chart_card.detail.setVisible(active > len(bars))

    # --- programme and pulse (issue 5) ---------------------------------------------------

    def _show_programme(self, pair: models.Pair) -> None:
        labels = phase_labels()
        phases = list(labels)
        label = label_for(labels, pair.phase)
        index = phases.index(Phase(pair.phase)) if pair.phase in phases else len(phases) - 1
        following = phases[index + 1].value if index + 1 < len(phases) else None
        advice = {
            "preparing": self.tr("Get to know each other and what you each hope to learn."),
            "agreeing": self.tr("Agree objectives, rhythm, confidentiality and how to pause."),
            "growing": self.tr("Meet, learn, reflect. Check in on the pulse now and then."),
            "closing": self.tr("Look back together, write a final reflection, celebrate."),
            "closed": self.tr("The programme is closed. Well done, both of you."),
        }.get(pair.phase, "")
        if pair.ended_early_on:
            label = self.tr("Ended early")
            advice = self.tr(
                "Ended on {day}, with no fault on either side. Thank you both for what you gave it."
            ).format(day=long_date_text(pair.ended_early_on))
        elif pair.paused_on:
            label = self.tr("Paused")
            advice = self.tr(
                "Paused since {day}. Nothing is expected of either of you until you resume."
            ).format(day=long_date_text(pair.paused_on))
        self.programme.show_values(label, advice)
        open_programme = self._desk is not None and pair.phase != Phase.CLOSED
        self.pause_button.setVisible(open_programme)
        self.pause_button.setText(self.tr("Resume") if pair.paused_on else self.tr("Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Resume the programme") if pair.paused_on else self.tr("Pause the programme")
        )
        self.end_early_button.setVisible(open_programme)
        self.template_button.setVisible(open_programme and pair.phase != Phase.CLOSING)
        following = None if pair.paused_on else following
        self.advance_button.setVisible(following is not None and self._desk is not None)
        if following:
            self.advance_button.setText(
                self.tr("Move to {phase}").format(phase=labels[Phase(following)])
            )
            self.advance_button.setAccessibleName(
                self.tr("Move to the {phase} phase").format(phase=following)
            )
        self.agreement_button.setVisible(self._desk is not None)
        self.closure_button.setVisible(
            self._desk is not None and pair.phase in ("closing", "closed")
        )

    def _show_stall(self, pair: models.Pair) -> None:
        """After two cancelled or missed meetings in a row: what the pair agreed for such a
        time, whom to talk to, and a prompt about what gets in the way."""
        from datetime import UTC, datetime

        stall = (
            self._desk.programme.stall(pair.uuid, datetime.now(UTC))
            if self._desk is not None
            else None
        )
        self._stall_prompt = stall.prompt_id if stall else None
        self.stall_hint.setVisible(stall is not None)
        self.stall_button.setVisible(stall is not None)
        if stall is None:
            return
        text = self.tr(
            "Your last %n meetings did not happen. That happens in every programme; it may "
            "help to say what gets in the way, or to pause for a while.",
            "",
            stall.missed,
        )
        if stall.pausing:
            text += "\n" + self.tr("Your agreement on pausing: “{text}”").format(text=stall.pausing)
        if stall.escalation:
            text += "\n" + self.tr("If it isn't working, you agreed to talk to: {who}").format(
                who=stall.escalation
            )
        elif not stall.pausing:
            text += "\n" + self.tr(
                "Your agreement does not yet say how to pause or whom to talk to: add it with "
                "“Agreement…”."
            )
        self.stall_hint.setText(text)

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
        self._show_stall(self.pair)  # after the first paint, like the charts
        self._show_self_assessment_offer(self.pair)
        self.commitments.remind(self.pair)  # likewise: a gentle word, not a wall at start
        self._ensure_charts()
        self._load_goal_chart()
        self._load_pulse()

    def _load_pulse(self) -> None:
        """The pulse history is read in a worker (years of check-ins take a while on a big
        desk); an answer for a pair no longer shown, or an older read, is dropped."""
        assert self._desk is not None and self.pair is not None
        from rmdesk.services import pulse
        from rmdesk.ui.tasks import TaskRunner

        if self._runner is None:
            self._runner = TaskRunner(self)
        self._pulse_generation += 1
        generation, pair_uuid, data = self._pulse_generation, self.pair.uuid, self._desk.paths
        self._runner.submit(
            lambda: pulse.glance_from(data, pair_uuid),
            lambda glance: self._show_pulse(generation, glance),
            lambda message: self.status_message.emit(message),
        )

    def _show_pulse(self, generation: int, glance) -> None:  # noqa: ANN001 - a PulseGlance
        if generation != self._pulse_generation or self.pulse_chart is None:
            return
        from rmdesk.ui.widgets.chart import pulse_trends

        self.pulse_chart.set_trends(pulse_trends(glance.points))
        averages = glance.averages
        if averages.overall is None:
            self.pulse.show_values("—", "")
        else:
            self.pulse.show_values(
                f"{averages.overall:.1f} / 5",
                self.tr("Average of {n} check-ins.").format(n=averages.check_ins),
            )
        dropping = glance.dropping
        self._suggested_prompt = None
        if dropping:
            prompt = self._candour_prompt()
            self._suggested_prompt = prompt.id if prompt else None
            hint = self.tr(
                "The pulse has dipped at the last two meetings. That is normal now and then; "
                "it may help to talk about it."
            )
            if prompt:
                hint += self.tr(" A prompt to start from: “{prompt}”").format(prompt=prompt.text)
            self.pulse_hint.setText(hint)
        self.pulse_hint.setVisible(dropping)
        self.reflect_button.setVisible(dropping and self._suggested_prompt is not None)
        self.pulse_loaded.emit()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until a pulse read in flight is done (closing, tests)."""
        return self._runner.wait(msecs) if self._runner is not None else True

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
            self.status_message.emit(self.tr("Thanks for checking in."))
            return True
        return False

    # --- the self-assessment (issue 16) ---------------------------------------------------

    def _build_self_assessment_offer(self, column: QVBoxLayout) -> None:
        from rmdesk.ui.widgets.self_assessment_offer import SelfAssessmentOffer

        self.self_assessment_offer = SelfAssessmentOffer(self)
        self.self_assessment_offer.take_requested.connect(
            lambda occasion: self.take_self_assessment(occasion or None)
        )
        column.addWidget(self.self_assessment_offer)

    def _show_self_assessment_offer(self, pair: models.Pair) -> None:
        if self._desk is not None:
            self.self_assessment_offer.show_for(self._desk.self_assessment, pair, date.today())

    def take_self_assessment(self, occasion: str | None = None) -> bool:
        """Open the self-assessment (from the offer, or any time from the File menu)."""
        if self._desk is None or self.pair is None:
            return False
        from rmdesk.ui.dialogs.self_assessment_dialog import SelfAssessmentDialog

        dialog = SelfAssessmentDialog(self._desk.self_assessment, self.pair, occasion, None, self)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change, self._desk.self_assessment.apply)
            self._show_self_assessment_offer(self.pair)
            self.status_message.emit(
                self.tr("Self-assessment saved. Ctrl+Z undoes it.")
                if not dialog.change.empty
                else self.tr("Self-assessment unchanged.")
            )
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
        self.status_message.emit(
            self.tr("Moved to the {phase} phase. Ctrl+Z moves back.").format(phase=self.pair.phase)
        )

    def _on_pause_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        service = self._desk.programme
        paused = bool(self.pair.paused_on)
        try:
            change = (
                service.resume(self.pair.uuid)
                if paused
                else service.pause(self.pair.uuid, date.today())
            )
        except errors.ValidationError as exc:
            self.status_message.emit(messages.text(exc))
            return
        self._push(change, service.apply)
        self._refresh()
        self.status_message.emit(
            self.tr("Resumed. Welcome back.")
            if paused
            else self.tr("Paused. Resume whenever you are both ready; Ctrl+Z undoes this.")
        )

    def _on_template_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        from rmdesk.ui.dialogs.programme_dialogs import ProgrammeTemplateDialog

        dialog = ProgrammeTemplateDialog(self._desk.programme_templates, self.pair, self)
        if dialog.exec() and dialog.applied is not None:
            applied = dialog.applied
            self._push(applied.change, self._desk.programme.apply)
            self._refresh()
            words = {
                "first": self.tr("the first meeting"),
                "midpoint": self.tr("a mid-point review"),
                "closing": self.tr("a closing meeting"),
            }
            planned = ", ".join(words[key] for key in applied.planned)
            self.status_message.emit(
                self.tr("Planned {meetings}, with their agendas. Ctrl+Z undoes it.").format(
                    meetings=planned
                )
                if planned
                else self.tr("The rhythm is set; the meetings it plans were already there.")
            )

    def _on_end_early_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        from rmdesk.ui.dialogs.programme_dialogs import EndEarlyDialog

        dialog = EndEarlyDialog(self._desk.programme, self.pair, self)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change, self._desk.programme.apply)
            self._refresh()
            self.status_message.emit(self.tr("The programme is closed. Ctrl+Z reopens it."))

    def _on_agreement_clicked(self) -> None:
        if self._desk is None or self.pair is None:
            return
        from rmdesk.ui.dialogs.programme_dialogs import AgreementDialog

        dialog = AgreementDialog(self._desk.programme, self.pair, self)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change, self._desk.programme.apply)
            self._refresh()
            self.status_message.emit(self.tr("Agreement saved."))

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
        pair_uuid, service = self.pair.uuid, self._desk.commitments
        ClosureDialog(
            self._desk.programme,
            self.pair,
            text,
            self,
            self._desk.self_assessment,
            commitments=lambda: service.for_pair(pair_uuid),
            open_commitments=self.commitments.open_list,
        ).exec()
