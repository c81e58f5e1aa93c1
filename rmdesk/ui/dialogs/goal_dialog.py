"""New goal: a form that guides a good goal, optionally filled from a template."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import Role
from rmdesk.services import goals as goals_service
from rmdesk.services import templates
from rmdesk.services.undo import Change
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.field_errors import FieldErrors, add_form_row, message_label
from rmdesk.ui.widgets.goal_detail import visibility_labels


class GoalDialog(QDialog):
    """Creates a goal. On a rule broken, it stays open with everything typed and says why."""

    def __init__(
        self,
        goal_service: goals_service.GoalService,
        pair: models.Pair,
        draft: goals_service.GoalDraft | None = None,
        parent: QWidget | None = None,
        *,
        visibility: str = "pair",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("goalDialog")
        self.setWindowTitle(self.tr("New goal"))
        self._goals = goal_service
        self._pair = pair
        self.created: models.Goal | None = None
        self.change: Change | None = None

        self.learner = fields.NamedComboBox(objectName="newGoalLearner")
        self.learner.setAccessibleName(self.tr("Whose goal"))
        for role in (Role(pair.me_role), Role(pair.me_role).other):
            self.learner.addItem(f"{pair.name_of(role)} ({role})", role.value)
        self.template = fields.NamedComboBox(objectName="goalTemplate")
        self.template.setAccessibleName(self.tr("Start from a template"))
        self.title = QLineEdit(objectName="newGoalTitle")
        self.title.setAccessibleName(self.tr("Goal title"))
        self.title.setPlaceholderText(self.tr("What do you want to be able to do?"))
        self.why = self._text(
            "newGoalWhy", self.tr("Why it matters"), self.tr("Why it matters to you and your work")
        )
        self.criteria = self._text(
            "newGoalCriteria",
            self.tr("Success criteria"),
            self.tr("How will we know? One observable sign per line"),
        )
        self.category = fields.NamedComboBox(objectName="newGoalCategory", editable=True)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItems(sorted({t.category for t in templates.load_templates()}))
        self.category.setEditText("")
        self.start = fields.DateEdit(QDate.currentDate(), objectName="newGoalStart")
        self.has_target = QCheckBox(
            self.tr("Target date"), objectName="newGoalHasTarget", checked=True
        )
        self.target = fields.DateEdit(QDate.currentDate().addMonths(3), objectName="newGoalTarget")
        for edit, name in (
            (self.start, self.tr("Start date")),
            (self.target, self.tr("Target date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.has_target.toggled.connect(self.target.setEnabled)
        self.visibility = fields.NamedComboBox(objectName="newGoalVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see this goal"))
        for value, label in visibility_labels().items():
            self.visibility.addItem(label, value.value)
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(visibility)))
        self.milestones = self._text(
            "newGoalMilestones",
            self.tr("Milestones"),
            self.tr("Steps on the way, one per line (optional)"),
        )
        self.error = message_label("goalDialogError")
        self.errors = FieldErrors(self.error, self)

        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addSpacing(12)
        dates.addWidget(self.has_target)
        dates.addWidget(self.target)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&For"), self.learner)
        form.addRow(self.tr("Te&mplate"), self.template)
        add_form_row(
            form, self.tr("&Title"), self.title, None, self.errors.bind("title", self.title)
        )
        form.addRow(self.tr("&Why"), self.why)
        form.addRow(self.tr("How we'll &know"), self.criteria)
        form.addRow(self.tr("&Category"), self.category)
        add_form_row(
            form,
            self.tr("&Starts"),
            self.start,
            dates,
            self.errors.bind("start_date", self.start),
            self.errors.bind("target_date", self.target),
        )
        self.has_target.toggled.connect(lambda _on: self.errors.clear("target_date"))
        form.addRow(self.tr("&Visible to"), self.visibility)
        form.addRow(self.tr("&Milestones"), self.milestones)
        hint = QLabel(
            self.tr(
                "A good goal says what you will be able to do, why it matters, and how you will "
                "both know. A template is only a start: make it yours."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create goal"))
        buttons.accepted.connect(self._on_create_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 640)

        self.learner.currentIndexChanged.connect(self._fill_templates)
        self.template.activated.connect(self._on_template_chosen)
        self._fill_templates()
        if draft:
            self.set_draft(draft)

    def _text(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        return fields.text_box(name, accessible, placeholder, max_height=80)

    def _fill_templates(self) -> None:
        self.template.clear()
        self.template.addItem(self.tr("— Blank goal —"), None)
        for template in templates.templates_for(self.learner.currentData()):
            self.template.addItem(f"{template.category}: {template.title}", template.id)

    def _on_template_chosen(self) -> None:
        chosen = self.template.currentData()
        template = next((t for t in templates.load_templates() if t.id == chosen), None)
        if template is None:
            return
        self.title.setText(template.title)
        self.why.setPlainText(template.why)
        self.criteria.setPlainText(template.success_criteria)
        self.category.setEditText(template.category)
        self.milestones.setPlainText("\n".join(template.milestones))
        start = date.fromisoformat(self.start.date().toString("yyyy-MM-dd"))
        target = templates.target_date(template, start)
        self.has_target.setChecked(True)
        self.target.setDate(QDate(target.year, target.month, target.day))
        self.title.setFocus()

    def draft(self) -> goals_service.GoalDraft:
        return goals_service.GoalDraft(
            title=self.title.text(),
            learner=self.learner.currentData(),
            why=self.why.toPlainText(),
            success_criteria=self.criteria.toPlainText(),
            category=self.category.currentText(),
            start_date=self.start.date().toString("yyyy-MM-dd"),
            target_date=self.target.date().toString("yyyy-MM-dd")
            if self.has_target.isChecked()
            else None,
            visibility=self.visibility.currentData(),
            milestones=self.milestones.toPlainText().splitlines(),
        )

    def set_draft(self, draft: goals_service.GoalDraft) -> None:
        self.learner.setCurrentIndex(max(0, self.learner.findData(draft.learner)))
        self.title.setText(draft.title)
        self.why.setPlainText(draft.why)
        self.criteria.setPlainText(draft.success_criteria)
        self.category.setEditText(draft.category)
        if draft.start_date:
            self.start.setDate(QDate.fromString(draft.start_date, "yyyy-MM-dd"))
        self.has_target.setChecked(bool(draft.target_date))
        if draft.target_date:
            self.target.setDate(QDate.fromString(draft.target_date, "yyyy-MM-dd"))
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(draft.visibility)))
        self.milestones.setPlainText("\n".join(draft.milestones))

    def _on_create_clicked(self) -> None:
        try:
            self.created, self.change = self._goals.create(
                self._pair.uuid, self.draft(), self._pair.me_role, date.today()
            )
        except errors.ValidationError as exc:
            self.errors.show_error(exc)
            return
        self.accept()
