"""The form for a pair's two people and the programme's shape (first run and edit)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
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
from rmdesk.ui.labels import phase_labels
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.field_errors import FieldErrors, add_form_row, message_label


class PairForm(QWidget):
    """Collects a PairDraft; shows validation messages inline and keeps what was typed."""

    edited = Signal()

    def __init__(
        self, full: bool = False, parent: QWidget | None = None, *, offer_templates: bool = False
    ) -> None:
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

        self.error = message_label("pairFormError")
        self.errors = FieldErrors(self.error, self)

        def row(text: str, widget: QWidget, field: str | None = None) -> None:
            """A labelled row whose message, if it has one, shows right under the field."""
            if field is None:
                add_form_row(layout, text, widget)
            else:
                add_form_row(layout, text, widget, widget, self.errors.bind(field, widget))

        row(self.tr("&Mentor"), self.mentor_name, "mentor_name")
        row(self.tr("M&entee"), self.mentee_name, "mentee_name")
        row(self.tr("&You are"), self.me_role)
        row(self.tr("&Starts on"), self.start_date, "start_date")
        add_form_row(
            layout,
            "",
            self.has_end,
            end_row,
            self.errors.bind("planned_end_date", self.end_date),
        )
        self.has_end.toggled.connect(lambda _on: self.errors.clear("planned_end_date"))
        self.template: QComboBox | None = None
        if offer_templates:
            self._add_template_choice(layout)
        row(self.tr("Meet e&very"), self.cadence, "cadence_days")
        row(self.tr("Meetings &last"), self.minutes, "meeting_minutes")
        row(self.tr("&Focus areas"), self.focus, "focus_areas")

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

    # --- a programme template, chosen as the pair is created (issue 16) -------------------

    def _add_template_choice(self, layout: QFormLayout) -> None:
        """A shape to follow: choosing one shows its rhythm and end in the fields below; on
        creation the pair follows it as Overview → Template… does (it also plans meetings)."""
        from rmdesk.services import programme_templates  # only a new pair offers them

        self.template = fields.NamedComboBox()
        self.template.setObjectName("programmeTemplate")
        self.template.setAccessibleName(self.tr("Programme template"))
        self.template.addItem(self.tr("None for now (choose one later on the Overview)"), "")
        self._templates = {t.id: t for t in programme_templates.load_programme_templates()}
        for found in self._templates.values():
            self.template.addItem(found.name, found.id)
            self.template.setItemData(
                self.template.count() - 1, found.description, Qt.ItemDataRole.ToolTipRole
            )
        self.template_note = QLabel()
        self.template_note.setObjectName("programmeTemplateNote")
        self.template_note.setWordWrap(True)
        self.template_note.hide()
        add_form_row(layout, self.tr("&Programme"), self.template)
        # A row of its own (not under the combo in a box): the form gives a wrapped label
        # the height its text needs.
        layout.addRow("", self.template_note)
        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.start_date.dateChanged.connect(self._on_template_changed)

    def chosen_template(self) -> str | None:
        """The id of the template chosen, or None."""
        return (self.template.currentData() or None) if self.template is not None else None

    def choose_template(self, template_id: str) -> None:
        if self.template is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(template_id)))

    def _on_template_changed(self, *_args: object) -> None:
        chosen = self._templates.get(self.chosen_template() or "")
        self.template_note.setVisible(chosen is not None)
        if chosen is None:
            return
        self.template_note.setText(
            chosen.description
            + " "
            + self.tr(
                "rmdesk plans the first meeting, a mid-point review and a closing meeting, "
                "with their agendas."
            )
        )
        if chosen.cadence_days:
            self.cadence.setValue(chosen.cadence_days)
        if chosen.meeting_minutes:
            self.minutes.setValue(chosen.meeting_minutes)
        if chosen.length_days:
            self.has_end.setChecked(True)
            self.end_date.setDate(self.start_date.date().addDays(chosen.length_days))

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
        """Show the message beside the field it is about and put the cursor there (None
        clears every message)."""
        if error is None:
            self.errors.clear()
        else:
            self.errors.show_error(error)
