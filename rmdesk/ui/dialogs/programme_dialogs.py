"""The pulse check-in, the guided agreement and the closure view (issue 5)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import programme, programme_templates, pulse, self_assessment
from rmdesk.services.undo import Change
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets import fields, self_assessment_views
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.chart import ChartWidget
from rmdesk.ui.widgets.chart_data import pulse_trends
from rmdesk.ui.widgets.goal_detail import visibility_labels


def pulse_questions() -> dict[str, str]:
    """The pulse check-in's statements, by the field each one rates."""
    return {
        "safety": translate("programme_dialogs", "I felt safe to speak openly"),
        "candour": translate("programme_dialogs", "We were candid with each other"),
        "usefulness": translate("programme_dialogs", "It was useful to me"),
        "energy": translate("programme_dialogs", "I left with energy"),
    }


def _error_label(name: str) -> QLabel:
    label = QLabel(objectName=name, wordWrap=True)
    theme.error_label(label)
    label.hide()
    return label


class PulseDialog(QDialog):
    """A check-in that takes seconds: four 1–5 ratings (any may be skipped) and a note."""

    def __init__(
        self,
        service: pulse.PulseService,
        pair: models.Pair,
        meeting_uuid: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pulseDialog")
        self.setWindowTitle(self.tr("Pulse check-in"))
        self._service = service
        self._pair = pair
        self._meeting = meeting_uuid
        self.change: Change | None = None
        self.groups: dict[str, QButtonGroup] = {}
        grid = QGridLayout()
        for column, value in enumerate(range(1, 6), start=1):
            grid.addWidget(QLabel(str(value), alignment=Qt.AlignmentFlag.AlignCenter), 0, column)
        for row, (field, question) in enumerate(pulse_questions().items(), start=1):
            grid.addWidget(QLabel(question), row, 0)
            group = QButtonGroup(self)
            for value in range(1, 6):
                button = QRadioButton(objectName=f"{field}{value}")
                button.setAccessibleName(
                    self.tr("{question}: {value} of 5").format(question=question, value=value)
                )
                group.addButton(button, value)
                grid.addWidget(button, row, value, alignment=Qt.AlignmentFlag.AlignCenter)
            self.groups[field] = group
        self.note = QLineEdit(objectName="pulseNote")
        self.note.setPlaceholderText(self.tr("Anything to add? (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.visibility = fields.NamedComboBox(objectName="pulseVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see this check-in"))
        for choice, label in visibility_labels().items():
            self.visibility.addItem(label, choice.value)
        visibility_label = QLabel(self.tr("&Who will see these ratings:"))
        visibility_label.setBuddy(self.visibility)
        self.audience = QLabel(objectName="pulseAudience", wordWrap=True)
        self.visibility.currentIndexChanged.connect(self._on_visibility_changed)
        self._on_visibility_changed()
        self.error = _error_label("pulseError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("1 = not at all, 5 = completely. Skip any you like.")))
        layout.addLayout(grid)
        layout.addWidget(self.note)
        chooser = QHBoxLayout()
        chooser.addWidget(visibility_label)
        chooser.addWidget(self.visibility, 1)
        layout.addLayout(chooser)
        layout.addWidget(self.audience)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def set_rating(self, field: str, value: int) -> None:
        self.groups[field].button(value).setChecked(True)

    def _on_visibility_changed(self, *_args: object) -> None:
        """Say plainly where these ratings can go: a junior mentor rating "safety to speak
        openly" decides on that."""
        partner = self._pair.name_of("mentee" if self._pair.me_role == "mentor" else "mentor")
        texts = {
            "private": self.tr(
                "Only you. These ratings stay on this computer and count in no summary."
            ),
            "pair": self.tr(
                "You and {partner}. They count in no summary for the coordinator."
            ).format(partner=partner),
            "coordinator": self.tr(
                "You, {partner} and the programme coordinator: the ratings (never the note) "
                "count in the averages of the progress summary you export."
            ).format(partner=partner),
        }
        self.audience.setText(texts.get(self.visibility.currentData(), ""))

    def _on_save_clicked(self) -> None:
        ratings = {
            field: (group.checkedId() if group.checkedId() > 0 else None)
            for field, group in self.groups.items()
        }
        try:
            self.change = self._service.add(
                self._pair.uuid,
                self._pair.me_role,
                date.today(),
                meeting_uuid=self._meeting,
                note=self.note.text(),
                visibility=self.visibility.currentData(),
                **ratings,
            )
        except errors.ValidationError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


class AgreementDialog(QDialog):
    """The guided agreement: objectives, rhythm, confidentiality, how to pause or withdraw."""

    def __init__(
        self, service: programme.ProgrammeService, pair: models.Pair, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Our agreement"))
        self._service = service
        self._pair = pair
        self.change: Change | None = None
        agreement = service.agreement_of(pair)
        self.objectives = self._text(
            "agreementObjectives",
            self.tr("Objectives"),
            agreement.objectives,
            self.tr("What each of you wants from the programme"),
        )
        self.cadence = QSpinBox(objectName="agreementCadence", minimum=1, maximum=365)
        self.cadence.setValue(agreement.cadence_days)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccessibleName(self.tr("Meet every so many days"))
        self.minutes = QSpinBox(objectName="agreementMinutes", minimum=5, maximum=600)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(agreement.meeting_minutes)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Meeting length"))
        self.confidentiality = self._text(
            "agreementConfidentiality",
            self.tr("Confidentiality"),
            agreement.confidentiality,
            self.tr("What stays between the two of you, and what may be shared"),
        )
        self.pause = self._text(
            "agreementPause",
            self.tr("Pausing or withdrawing"),
            agreement.pause_and_withdraw,
            self.tr("How either of you can pause or end the programme, without blame"),
        )
        self.escalation = self._text(
            "agreementEscalation",
            self.tr("If it isn't working"),
            agreement.escalation_contact,
            self.tr(
                "Whom either of you can talk to, e.g. the programme coordinator, and how to "
                "reach them"
            ),
        )
        self.career_safety = self._text(
            "agreementCareerSafety",
            self.tr("The mentor's safety at work"),
            agreement.career_safety,
            self.tr(
                "Outside each other's reporting line; what stays in the room, also from the "
                "mentor's line manager; what happens if the senior becomes defensive"
            ),
        )
        self.career_safety.setMinimumHeight(150)  # six short clauses when suggested
        self.other = self._text("agreementOther", self.tr("Anything else"), agreement.other, "")
        self.error = _error_label("agreementError")
        rhythm = QHBoxLayout()
        rhythm.addWidget(self.cadence)
        rhythm.addWidget(self.minutes)
        rhythm.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Objectives"), self.objectives)
        form.addRow(self.tr("We meet every"), rhythm)
        form.addRow(self.tr("&Confidentiality"), self.confidentiality)
        form.addRow(self.tr("&Pausing or withdrawing"), self.pause)
        form.addRow(self.tr("If it &isn't working"), self.escalation)
        form.addRow(self.tr("The mentor's &safety at work"), self.career_safety)
        form.addRow(self.tr("Anything &else"), self.other)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        self._add_suggest_button(buttons)
        intro = QLabel(
            self.tr(
                "Agree these together at the start; either of you can revisit them at any time."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(660, 760)

    def _text(self, name: str, accessible: str, value: str, placeholder: str) -> QPlainTextEdit:
        return fields.text_box(name, accessible, placeholder, value)

    def agreement(self) -> programme.Agreement:
        return programme.Agreement(
            objectives=self.objectives.toPlainText(),
            cadence_days=self.cadence.value(),
            meeting_minutes=self.minutes.value(),
            confidentiality=self.confidentiality.toPlainText(),
            pause_and_withdraw=self.pause.toPlainText(),
            other=self.other.toPlainText(),
            escalation_contact=self.escalation.toPlainText(),
            career_safety=self.career_safety.toPlainText(),
        )

    def _add_suggest_button(self, buttons: QDialogButtonBox) -> None:
        """ "Suggest wording" fills the empty parts that have a suggested clause (the
        mentor's safety, pausing or withdrawing); nothing typed is replaced."""
        button = push_button(
            self.tr("Suggest wording"),
            "agreementSuggestButton",
            self._on_suggest_clicked,
            self.tr("Suggest wording for the empty parts"),
            auto_default=False,
        )
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

    def _on_suggest_clicked(self) -> None:
        try:
            filled = programme.with_suggestions(self.agreement())
        except errors.RmdeskError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        for edit, value in (
            (self.career_safety, filled.career_safety),
            (self.pause, filled.pause_and_withdraw),
        ):
            if edit.toPlainText() != value:
                edit.setPlainText(value)

    def _on_save_clicked(self) -> None:
        try:
            self.change = self._service.save_agreement(self._pair.uuid, self.agreement())
        except errors.ValidationError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


class ProgrammeTemplateDialog(QDialog):
    """Choose a shape for the programme: its rhythm, length and the three meetings that hold
    it together (the first, a mid-point review, the closing), each with its agenda."""

    def __init__(
        self,
        service: programme_templates.ProgrammeTemplateService,
        pair: models.Pair,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTemplateDialog")
        self.setWindowTitle(self.tr("Programme template"))
        self._service = service
        self._pair = pair
        self.applied: programme_templates.Applied | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A template sets how often and how long you meet and when the programme ends, "
                "and plans the first meeting, a mid-point review and a closing meeting with "
                "their agendas. Meetings already planned are kept; Ctrl+Z undoes it all."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self._ids: list[str] = []
        for index, found in enumerate(programme_templates.load_programme_templates()):
            button = QRadioButton(found.name)
            button.setObjectName(f"template-{found.id}")
            button.setChecked(index == 0)
            description = QLabel(found.description, wordWrap=True)
            description.setContentsMargins(24, 0, 0, 8)
            button.setAccessibleDescription(found.description)
            self.choices.addButton(button, index)
            self._ids.append(found.id)
            layout.addWidget(button)
            layout.addWidget(description)
        layout.addStretch(1)
        self.error = _error_label("programmeTemplateError")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setObjectName("programmeTemplateApply")
        buttons.accepted.connect(self._on_apply_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def choose(self, template_id: str) -> None:
        self.choices.button(self._ids.index(template_id)).setChecked(True)

    def _on_apply_clicked(self) -> None:
        template_id = self._ids[max(0, self.choices.checkedId())]
        try:
            self.applied = self._service.apply(self._pair.uuid, template_id)
        except errors.ValidationError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


class EndEarlyDialog(QDialog):
    """Ending the programme early, without blame: either person may, and the reason is theirs
    to keep private or to share."""

    def __init__(
        self, service: programme.ProgrammeService, pair: models.Pair, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endEarlyDialog")
        self.setWindowTitle(self.tr("End the programme early"))
        self._service = service
        self._pair = pair
        self.change: Change | None = None
        intro = QLabel(
            self.tr(
                "Programmes end early for good reasons: a new role, a workload, a match that "
                "did not fit. Ending now closes the programme for both of you, with no fault on "
                "either side; Ctrl+Z reopens it."
            ),
            wordWrap=True,
        )
        self.by = fields.NamedComboBox(objectName="endEarlyBy")
        self.by.setAccessibleName(self.tr("Who is ending it"))
        for role in (pair.me_role, "mentee" if pair.me_role == "mentor" else "mentor"):
            self.by.addItem(f"{pair.name_of(role)} ({role})", role)
        self.reason = fields.text_box(
            "endEarlyReason",
            self.tr("Reason (optional)"),
            self.tr("Why, in your own words; you choose below who may read it"),
        )
        self.reason_visibility = fields.NamedComboBox(objectName="endEarlyReasonVisibility")
        self.reason_visibility.setAccessibleName(self.tr("Who may read the reason"))
        for value, label in visibility_labels().items():
            self.reason_visibility.addItem(label, value.value)
        self.error = _error_label("endEarlyError")
        form = QFormLayout()
        form.addRow(self.tr("&Ended by"), self.by)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Who may read it"), self.reason_visibility)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        end = buttons.addButton(
            self.tr("End the programme"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        end.setObjectName("endEarlyConfirm")
        buttons.accepted.connect(self._on_end_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def _on_end_clicked(self) -> None:
        try:
            self.change = self._service.end_early(
                self._pair.uuid,
                self.by.currentData(),
                date.today(),
                self.reason.toPlainText(),
                self.reason_visibility.currentData(),
            )
        except errors.ValidationError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


class ClosureDialog(QDialog):
    """Closing the programme: each goal from start to end, meetings, the pulse, final words."""

    def __init__(
        self,
        service: programme.ProgrammeService,
        pair: models.Pair,
        closing_prompt: str = "",
        parent: QWidget | None = None,
        assessments: self_assessment.SelfAssessmentService | None = None,
        *,
        commitments: Callable[[], list[models.Commitment]] | None = None,
        open_commitments: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closureDialog")
        self.setWindowTitle(self.tr("Closing the programme"))
        closure = service.closure(pair.uuid, date.today())
        self.closure = closure
        inner = QWidget()
        layout = QVBoxLayout(inner)

        achieved = len(closure.achievements)
        celebration = QLabel(objectName="closureCelebration", wordWrap=True)
        # No emoji: without a colour emoji font (many Linux desks) they show as empty boxes.
        held = self.tr("%n meeting(s)", "", closure.meetings.held)
        if achieved:
            cheer = self.tr("{mentor} and {mentee}: {goals}, over {meetings} since {start}.")
        else:
            cheer = self.tr("{mentor} and {mentee}: {meetings} together since {start}.")
        celebration.setText(
            cheer.format(
                mentor=pair.mentor_name,
                mentee=pair.mentee_name,
                goals=self.tr("%n goal(s) achieved together", "", achieved),
                meetings=held,
                start=QLocale().toString(
                    QDate.fromString(closure.start_date, Qt.DateFormat.ISODate), "d MMMM yyyy"
                ),
            )
        )
        theme.heading_font(celebration, 1.2)
        layout.addWidget(celebration)

        goals = QTableWidget(len(closure.goals), 5, objectName="closureGoals")
        goals.setTabKeyNavigation(False)  # Tab leaves the table
        goals.setAccessibleName(self.tr("Each goal from start to end"))
        goals.setHorizontalHeaderLabels(
            [self.tr("Goal"), self.tr("Whose"), self.tr("Start"), self.tr("End"), self.tr("Status")]
        )
        goals.verticalHeader().hide()
        goals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, journey in enumerate(closure.goals):
            for column, text in enumerate(
                (
                    journey.title,
                    pair.name_of(journey.learner).split()[0],
                    f"{journey.start_percent}%",
                    f"{journey.end_percent}%",
                    journey.status + (f" ({journey.achieved_on})" if journey.achieved_on else ""),
                )
            ):
                goals.setItem(row, column, QTableWidgetItem(text))
        goals.resizeColumnsToContents()
        goals.setMinimumHeight(160)
        goals_box = QGroupBox(self.tr("Goals, start to end"))
        QVBoxLayout(goals_box).addWidget(goals)
        layout.addWidget(goals_box)
        if assessments is not None:  # each person's own start against end (issue 16)
            layout.addWidget(self_assessment_views.journey_box(assessments, pair))

        tally = closure.meetings
        meetings = QLabel(
            self.tr("%n meeting(s) held", "", tally.held)
            + self.tr(" of {expected} expected by your cadence").format(expected=tally.expected)
            + self.tr("; %n cancelled", "", tally.cancelled)
            + self.tr(", %n still planned.", "", tally.planned),
            objectName="closureMeetings",
        )
        meetings.setWordWrap(True)
        layout.addWidget(meetings)

        chart = ChartWidget()
        chart.setObjectName("closurePulseChart")
        chart.set_empty_text(self.tr("No pulse check-ins were recorded."))
        chart.set_trends(pulse_trends(list(closure.pulse)))
        chart.setMinimumHeight(180)
        pulse_box = QGroupBox(self.tr("The pulse over the whole programme"))
        QVBoxLayout(pulse_box).addWidget(chart)
        layout.addWidget(pulse_box)

        if commitments is not None:
            layout.addWidget(self._commitments_box(pair, commitments, open_commitments))

        finals = QGroupBox(self.tr("Final reflections"))
        finals_layout = QVBoxLayout(finals)
        for role, reflection in closure.final_reflections.items():
            name = pair.name_of(role)
            if reflection is None:
                text = self.tr("{name} has not written a final reflection yet.").format(name=name)
                if closing_prompt:
                    text += self.tr(" A prompt to start from: “{prompt}”").format(
                        prompt=closing_prompt
                    )
            else:
                text = f"{name} ({reflection.written_on}): {reflection.body.strip()[:600]}"
            label = QLabel(text, objectName=f"closureFinal{role.capitalize()}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            finals_layout.addWidget(label)
        layout.addWidget(finals)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(buttons)
        self.resize(760, 720)

    def _commitments_box(
        self,
        pair: models.Pair,
        read: Callable[[], list[models.Commitment]],
        open_commitments: Callable[[], None] | None,
    ) -> QGroupBox:
        """What each will do differently after the programme (issue 16), and the way to add
        or change them; the list is read again when they come back from changing it."""
        box = QGroupBox(self.tr("What we will do differently"))
        column = QVBoxLayout(box)
        listed = QLabel()
        listed.setObjectName("closureCommitments")
        listed.setWordWrap(True)
        listed.setTextFormat(Qt.TextFormat.PlainText)
        listed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(listed)
        self._show_commitments(listed, pair, read)
        if open_commitments is not None:

            def on_clicked() -> None:
                open_commitments()
                self._show_commitments(listed, pair, read)

            row = QHBoxLayout()
            row.addWidget(
                push_button(
                    self.tr("Commitments…"),
                    "closureCommitmentsButton",
                    on_clicked,
                    self.tr("Add or change commitments"),
                    auto_default=False,
                )
            )
            row.addStretch(1)
            column.addLayout(row)
        return box

    def _show_commitments(
        self, label: QLabel, pair: models.Pair, read: Callable[[], list[models.Commitment]]
    ) -> None:
        from rmdesk.ui.models.commitments import describe

        found = read()
        if found:
            label.setText("\n".join(f"• {c.text} ({describe(c, pair)})" for c in found))
        else:
            label.setText(
                self.tr(
                    "No commitments yet. Before you part, each of you might write down one "
                    "thing you will do differently, and a day to look back at it."
                )
            )
