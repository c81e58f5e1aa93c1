"""The self-assessment dialog (issue 16): a few 1–5 statements for one person, taken at the
start, the mid-point or the end, with a plain word on who will see the answers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import self_assessment, self_assessment_items
from rmdesk.services.undo import Change
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.field_errors import FieldErrors, message_label
from rmdesk.ui.widgets.goal_detail import visibility_labels


def occasion_labels() -> dict[str, str]:
    """The three occasions, as the dialog and the Closure view name them."""
    return {
        "start": translate("self_assessment", "At the start"),
        "mid": translate("self_assessment", "At the mid-point"),
        "end": translate("self_assessment", "At the end"),
    }


class SelfAssessmentDialog(QDialog):
    """One person's take on one occasion. Opens on the occasion due (else the start) and
    fills in an earlier take of it, so taking it again changes what was given."""

    def __init__(
        self,
        service: self_assessment.SelfAssessmentService,
        pair: models.Pair,
        occasion: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("selfAssessmentDialog")
        self.setWindowTitle(self.tr("Self-assessment"))
        self._service = service
        self._pair = pair
        self._role = pair.me_role
        self._today = today or date.today()
        self.change: Change | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.errors = FieldErrors(message_label("selfAssessmentError"), self)

        intro = fields.named(
            QLabel(
                self.tr(
                    "How do you see yourself today? Rate each statement from 1 to 5; skip any "
                    "you like. Taking it at the start, the mid-point and the end shows you how "
                    "far you came."
                )
            ),
            "selfAssessmentIntro",
            wrap=True,
        )
        self.occasion = fields.named(fields.NamedComboBox(), "selfAssessmentOccasion")
        self.occasion.setAccessibleName(self.tr("Which self-assessment"))
        for value, label in occasion_labels().items():
            self.occasion.addItem(label, value)
        occasion_label = QLabel(self.tr("&Occasion:"))
        occasion_label.setBuddy(self.occasion)
        self.taken_note = fields.named(QLabel(), "selfAssessmentTaken", wrap=True)

        statements = QWidget()
        statements_layout = QVBoxLayout(statements)
        statements_layout.setContentsMargins(0, 0, 0, 0)
        for item in service.items(self._role):
            statements_layout.addWidget(self._item_box(item))
        statements_layout.addStretch(1)
        scroll = fields.named(QScrollArea(), "selfAssessmentStatements")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setWidget(statements)

        self.visibility = fields.named(fields.NamedComboBox(), "selfAssessmentVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see these answers"))
        for value, label in visibility_labels().items():
            self.visibility.addItem(label, value.value)
        visibility_label = QLabel(self.tr("&Who will see these answers:"))
        visibility_label.setBuddy(self.visibility)
        self.audience = fields.named(QLabel(), "selfAssessmentAudience", wrap=True)
        self.visibility.currentIndexChanged.connect(self._on_visibility_changed)
        self.errors.bind("visibility", self.visibility)
        self.errors.bind("occasion", self.occasion)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        chooser = QHBoxLayout()
        chooser.addWidget(occasion_label)
        chooser.addWidget(self.occasion, 1)
        layout.addLayout(chooser)
        layout.addWidget(self.taken_note)
        layout.addWidget(scroll, 1)
        audience_row = QHBoxLayout()
        audience_row.addWidget(visibility_label)
        audience_row.addWidget(self.visibility, 1)
        layout.addLayout(audience_row)
        layout.addWidget(self.audience)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

        chosen = occasion or service.due(pair.uuid, self._role, self._today) or "start"
        self.occasion.setCurrentIndex(max(0, self.occasion.findData(chosen)))
        self.occasion.currentIndexChanged.connect(self._on_occasion_changed)
        self._on_occasion_changed()
        self._on_visibility_changed()
        self.resize(640, 600)

    def _item_box(self, item: self_assessment_items.Item) -> QGroupBox:
        """A statement with its five choices between its two anchors; arrow keys move within
        it, Tab to the next. Each choice says its number and, at the ends, what it means."""
        box = fields.named(QGroupBox(item.text), f"item-{item.id}")
        box.setAccessibleName(item.text)
        box.setAccessibleDescription(
            self.tr("1 means: {low}. 5 means: {high}.").format(low=item.low, high=item.high)
        )
        row = QHBoxLayout()
        low = fields.named(QLabel(item.low), wrap=True)
        low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        high = fields.named(QLabel(item.high), wrap=True)
        row.addWidget(low, 2)
        group = QButtonGroup(box)
        for value in range(1, 6):
            button = fields.named(QRadioButton(str(value)), f"{item.id}-{value}")
            meaning = {1: item.low, 5: item.high}.get(value)
            name = self.tr("{statement}: {value} of 5").format(statement=item.text, value=value)
            button.setAccessibleName(f"{name} ({meaning})" if meaning else name)
            group.addButton(button, value)
            row.addWidget(button)
        row.addWidget(high, 2)
        self.groups[item.id] = group
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.errors.bind(item.id, group.button(1)))
        return box

    def occasion_value(self) -> str:
        return str(self.occasion.currentData())

    def set_rating(self, item_id: str, value: int | None) -> None:
        group = self.groups[item_id]
        if value is None:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        else:
            group.button(value).setChecked(True)

    def ratings(self) -> dict[str, int | None]:
        return {
            item_id: (group.checkedId() if group.checkedId() > 0 else None)
            for item_id, group in self.groups.items()
        }

    def _on_occasion_changed(self, *_args: object) -> None:
        """Show the earlier take of this occasion, if any: saving replaces it."""
        take = self._service.take_of(self._pair.uuid, self._role, self.occasion_value())
        for item_id in self.groups:
            self.set_rating(item_id, take.ratings.get(item_id) if take else None)
        if take is None:
            self.taken_note.hide()
            return
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(take.visibility)))
        self.taken_note.setText(
            self.tr("You took this on {day}. Saving replaces those answers.").format(
                day=take.on_date
            )
        )
        self.taken_note.show()

    def _on_visibility_changed(self, *_args: object) -> None:
        """Say plainly where these answers can go, as the check-in does."""
        partner = self._pair.name_of("mentee" if self._role == "mentor" else "mentor")
        texts = {
            "private": self.tr(
                "Only you. Your answers stay on this computer and count in no summary."
            ),
            "pair": self.tr(
                "You and {partner}. They count in no summary for the coordinator."
            ).format(partner=partner),
            "coordinator": self.tr(
                "You, {partner} and the programme coordinator: your ratings at the start, "
                "mid-point and end go into the progress summary you export, and the "
                "coordinator may add them up across pairs."
            ).format(partner=partner),
        }
        self.audience.setText(texts.get(self.visibility.currentData(), ""))

    def _on_save_clicked(self) -> None:
        try:
            self.change = self._service.take(
                self._pair.uuid,
                self._role,
                self.occasion_value(),
                self.ratings(),
                visibility=str(self.visibility.currentData()),
                on_date=self._today,
            )
        except errors.ValidationError as exc:
            self.errors.show_error(exc)
            return
        self.accept()
