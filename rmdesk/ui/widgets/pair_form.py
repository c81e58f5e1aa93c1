"""The form for a pair's two people and the programme's shape (first run and edit)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain.enums import Phase, Role
from rmdesk.services import pairs
from rmdesk.ui import theme
from rmdesk.ui.labels import phase_labels
from rmdesk.ui.widgets import fields


class PairForm(QWidget):
    """Collects a PairDraft; shows validation messages inline and keeps what was typed."""

    edited = Signal()

    def __init__(self, full: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.mentor_name = self._line(
            "mentorName",
            self.tr("Mentor's name"),
            self.tr("e.g. Priya Raman (often the junior colleague)"),
        )
        self.mentee_name = self._line(
            "menteeName",
            self.tr("Mentee's name"),
            self.tr("e.g. Martin Keller (often the senior colleague)"),
        )
        self.me_role = fields.NamedComboBox(objectName="meRole")
        self.me_role.addItem(self.tr("I am the mentee"), Role.MENTEE.value)
        self.me_role.addItem(self.tr("I am the mentor"), Role.MENTOR.value)
        self.me_role.setAccessibleName(self.tr("Which of the two you are"))

        self.start_date = self._date("startDate", self.tr("Start date"))
        self.has_end = QCheckBox(self.tr("Planned end"), objectName="hasPlannedEnd")
        self.has_end.setAccessibleName(self.tr("The programme has a planned end date"))
        self.end_date = self._date("plannedEndDate", self.tr("Planned end date"))
        self.end_date.setDate(QDate.currentDate().addMonths(12))
        self.end_date.setEnabled(False)
        self.has_end.toggled.connect(self.end_date.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_date, 1)

        self.cadence = QSpinBox(objectName="cadenceDays", minimum=1, maximum=365, value=14)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccessibleName(self.tr("Meet every so many days"))
        self.minutes = QSpinBox(objectName="meetingMinutes", minimum=5, maximum=600, value=45)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Usual meeting length"))
        self.focus = QPlainTextEdit(objectName="focusAreas")
        self.focus.setPlaceholderText(
            self.tr("What you want to learn from each other, one per line")
        )
        self.focus.setAccessibleName(self.tr("Focus areas"))
        self.focus.setTabChangesFocus(True)
        self.focus.setMaximumHeight(80)

        self.error = QLabel(objectName="pairFormError")
        theme.error_label(self.error)
        self.error.setWordWrap(True)
        self.error.hide()

        layout.addRow(self.tr("&Mentor"), self.mentor_name)
        layout.addRow(self.tr("M&entee"), self.mentee_name)
        layout.addRow(self.tr("&You are"), self.me_role)
        layout.addRow(self.tr("&Starts on"), self.start_date)
        layout.addRow("", end_row)
        layout.addRow(self.tr("Meet e&very"), self.cadence)
        layout.addRow(self.tr("Meetings &last"), self.minutes)
        layout.addRow(self.tr("&Focus areas"), self.focus)

        self.phase: QComboBox | None = None
        self.agreement: QPlainTextEdit | None = None
        if full:
            self.phase = fields.NamedComboBox(objectName="phase")
            for phase, label in phase_labels().items():
                self.phase.addItem(label, phase.value)
            self.phase.setAccessibleName(self.tr("Programme phase"))
            self.agreement = QPlainTextEdit(objectName="agreement")
            self.agreement.setPlaceholderText(
                self.tr(
                    "Objectives, how often and how long you meet, confidentiality, "
                    "and how either of you can pause or withdraw"
                )
            )
            self.agreement.setAccessibleName(self.tr("Agreement"))
            self.agreement.setTabChangesFocus(True)
            layout.addRow(self.tr("&Phase"), self.phase)
            layout.addRow(self.tr("&Agreement"), self.agreement)
        layout.addRow(self.error)

        for line in (self.mentor_name, self.mentee_name):
            line.textEdited.connect(self._on_any_edit)
        self.focus.textChanged.connect(self._on_any_edit)

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(objectName=name)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        line.setMaxLength(120)
        return line

    def _date(self, name: str, accessible: str) -> QDateEdit:
        return fields.date_box(name, accessible)

    def _on_any_edit(self) -> None:
        self.edited.emit()

    def draft(self) -> pairs.PairDraft:
        return pairs.PairDraft(
            mentor_name=self.mentor_name.text(),
            mentee_name=self.mentee_name.text(),
            me_role=self.me_role.currentData(),
            start_date=self.start_date.date().toString("yyyy-MM-dd"),
            planned_end_date=(
                self.end_date.date().toString("yyyy-MM-dd") if self.has_end.isChecked() else None
            ),
            cadence_days=self.cadence.value(),
            meeting_minutes=self.minutes.value(),
            focus_areas=self.focus.toPlainText(),
            agreement=self.agreement.toPlainText() if self.agreement else "",
            phase=self.phase.currentData() if self.phase else Phase.PREPARING.value,
        )

    def set_draft(self, draft: pairs.PairDraft) -> None:
        self.mentor_name.setText(draft.mentor_name)
        self.mentee_name.setText(draft.mentee_name)
        self.me_role.setCurrentIndex(max(0, self.me_role.findData(draft.me_role)))
        if draft.start_date:
            self.start_date.setDate(QDate.fromString(draft.start_date, "yyyy-MM-dd"))
        self.has_end.setChecked(bool(draft.planned_end_date))
        if draft.planned_end_date:
            self.end_date.setDate(QDate.fromString(draft.planned_end_date, "yyyy-MM-dd"))
        self.cadence.setValue(draft.cadence_days)
        self.minutes.setValue(draft.meeting_minutes)
        self.focus.setPlainText(draft.focus_areas)
        if self.agreement is not None:
            self.agreement.setPlainText(draft.agreement)
        if self.phase is not None:
            self.phase.setCurrentIndex(max(0, self.phase.findData(draft.phase)))

    def show_error(self, error: errors.ValidationError | None) -> None:
        """Show the message under the form and put the cursor in the field it is about."""
        if error is None:
            self.error.hide()
            return
        self.error.setText(str(error))
        self.error.show()
        field = {
            "mentor_name": self.mentor_name,
            "mentee_name": self.mentee_name,
            "start_date": self.start_date,
            "planned_end_date": self.end_date,
            "cadence_days": self.cadence,
            "meeting_minutes": self.minutes,
        }.get(error.field or "")
        if field is not None:
            field.setFocus()
