"""Commitments that outlive the programme: the list with its form, and "How did it go?"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.services import commitments
from rmdesk.services.undo import Change
from rmdesk.ui.models.commitments import UUID_ROLE, CommitmentListModel
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.field_errors import FieldErrors, add_form_row, message_label
from rmdesk.ui.widgets.goal_detail import visibility_labels

Push = Callable[[Change], None]


def _label(text: str, name: str) -> QLabel:
    """A word-wrapped label with an object name (tests and styles find it by name)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _qdate(iso: str | None) -> QDate:
    return QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate.currentDate()


class CommitmentsDialog(QDialog):
    """Each person's "what I will do differently": add, edit, look back, delete; every change
    goes on the page's undo stack (Ctrl+Z works here too)."""

    def __init__(
        self,
        service: commitments.CommitmentService,
        pair: models.Pair,
        push: Push,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentsDialog")
        self.setWindowTitle(self.tr("What we will do differently"))
        self._service = service
        self._pair = pair
        self._push = push
        self._undo_stack = undo_stack
        self._editing: str | None = None  # the commitment in the form; None = a new one

        intro = _label(
            self.tr(
                "Commitments that outlive the programme: what each of you will do differently. "
                "Choose a day to look back (after the programme ends is fine); rmdesk will "
                "ask you then how it went."
            ),
            "commitmentsIntro",
        )
        self.model = CommitmentListModel(self)
        self.list = QListView()
        self.list.setObjectName("commitmentsList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)  # two lines a row: a gap tells one commitment from the next
        self.list.setAccessibleName(self.tr("Commitments"))
        self.list.setMinimumWidth(300)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty = _label(
            self.tr("No commitments yet. Write the first on the right."), "commitmentsEmpty"
        )

        self.owner = fields.NamedComboBox()
        self.owner.setObjectName("commitmentOwner")
        self.owner.setAccessibleName(self.tr("Whose commitment"))
        for role in (enums.Role.MENTOR, enums.Role.MENTEE):
            you = self.tr(" (you)") if role == pair.me_role else ""
            self.owner.addItem(pair.name_of(role) + you, role.value)
        self.text = fields.text_box(
            "commitmentText",
            self.tr("What I will do differently"),
            self.tr("e.g. Ask a junior colleague's view before deciding on a new tool"),
            max_height=110,
        )
        self.has_review = QCheckBox(self.tr("&Look back on"))
        self.has_review.setObjectName("commitmentHasReview")
        self.review_on = fields.date_box("commitmentReviewOn", self.tr("Day to look back"))
        self.has_review.toggled.connect(self.review_on.setEnabled)
        self.visibility = fields.NamedComboBox()
        self.visibility.setObjectName("commitmentVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see it"))
        # Private or shared with the partner: the progress summary does not carry
        # commitments yet, so "for the coordinator" would promise what nothing does.
        for value, label in visibility_labels().items():
            if value != enums.Visibility.COORDINATOR:
                self.visibility.addItem(label, value.value)
        self.status = _label("", "commitmentStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.general = message_label("commitmentError")
        self.errors = FieldErrors(self.general, self)
        form = QFormLayout()
        add_form_row(form, self.tr("&Whose"), self.owner)
        add_form_row(
            form,
            self.tr("&I will"),
            self.text,
            None,
            self.errors.bind("text", self.text),
            self.errors.bind("owner", self.owner),
        )
        review_row = QHBoxLayout()
        review_row.addWidget(self.has_review)
        review_row.addWidget(self.review_on)
        review_row.addStretch(1)
        form.addRow(review_row)
        form.addRow(self.errors.bind("review_on", self.review_on))
        add_form_row(
            form,
            self.tr("&Visible to"),
            self.visibility,
            None,
            self.errors.bind("visibility", self.visibility),
        )
        form.addRow(self.status)
        form.addRow(self.general)

        self.save_button = push_button(
            self.tr("Add"), "saveCommitmentButton", self._on_save_clicked, auto_default=False
        )
        self.new_button = push_button(
            self.tr("New"),
            "newCommitmentButton",
            self._on_new_clicked,
            self.tr("New commitment"),
            auto_default=False,
        )
        self.review_button = push_button(
            self.tr("How did it go?…"),
            "reviewCommitmentButton",
            self._on_review_clicked,
            self.tr("Say how the commitment went"),
            auto_default=False,
        )
        self.delete_button = push_button(
            self.tr("Delete"),
            "deleteCommitmentButton",
            self._on_delete_clicked,
            self.tr("Delete the commitment"),
            auto_default=False,
        )
        actions = QHBoxLayout()
        for button in (self.save_button, self.review_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)

        editor = QVBoxLayout()
        editor.addLayout(form)
        editor.addLayout(actions)
        editor.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(editor, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button = push_button(
            self.tr("Undo"), "undoCommitmentButton", self._on_undo_clicked, auto_default=False
        )
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        QShortcut(QKeySequence.StandardKey.Undo, self, self._on_undo_clicked)
        QShortcut(QKeySequence.StandardKey.Redo, self, self._on_redo)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self.reload()
        self._show_form(None)

    # --- reading ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the list again, keeping (or moving to) the given commitment."""
        keep = select or self._editing
        self.model.set_items(self._service.for_pair(self._pair.uuid), self._pair)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.undo_button.setEnabled(self._undo_stack is not None and self._undo_stack.canUndo())
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._show_form(self.model.items()[row])
        else:
            self._show_form(None)

    def _on_current_changed(self, current: object, _previous: object) -> None:
        uuid = self.list.currentIndex().data(UUID_ROLE)
        items = {c.uuid: c for c in self.model.items()}
        self._show_form(items.get(uuid) if uuid else None)

    def _show_form(self, commitment: models.Commitment | None) -> None:
        self.errors.clear()
        self._editing = commitment.uuid if commitment else None
        owner = commitment.owner if commitment else self._pair.me_role
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.text.setPlainText(commitment.text if commitment else "")
        review = commitment.review_on if commitment else None
        self.has_review.setChecked(review is not None)
        self.review_on.setEnabled(review is not None)
        self.review_on.setDate(_qdate(review or self._default_review_day()))
        visibility = commitment.visibility if commitment else "private"
        if self.visibility.findData(visibility) < 0:  # set for the coordinator elsewhere (CLI)
            self.visibility.addItem(visibility_labels()[enums.Visibility(visibility)], visibility)
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(visibility)))
        self.save_button.setText(self.tr("Save") if commitment else self.tr("Add"))
        self.save_button.setAccessibleName(
            self.tr("Save the commitment") if commitment else self.tr("Add the commitment")
        )
        self.review_button.setVisible(commitment is not None)
        self.delete_button.setVisible(commitment is not None)
        self.status.setText(self._status_text(commitment))
        self.status.setVisible(bool(self.status.text()))
        if commitment is None:
            self.list.clearSelection()

    def _default_review_day(self) -> str:
        """Three months after the planned end (or after today): a look back once the
        programme is over."""
        from datetime import timedelta

        base = max(date.today().isoformat(), self._pair.planned_end_date or "")
        return (date.fromisoformat(base) + timedelta(days=91)).isoformat()

    def _status_text(self, commitment: models.Commitment | None) -> str:
        if commitment is None:
            return ""
        if commitment.status == "reviewed":
            text = self.tr("Looked back on {day}.").format(day=commitment.reviewed_on)
            if commitment.review_note:
                text += " " + self.tr("How it went: {note}").format(note=commitment.review_note)
            return text
        if commitment.review_on and commitment.remind_on is None:
            return self.tr("Open. Reminders are off; a new day turns them on again.")
        if commitment.review_on and commitment.remind_on != commitment.review_on:
            return self.tr("Open. Reminder snoozed until {day}.").format(day=commitment.remind_on)
        if commitment.review_on and commitment.review_on <= date.today().isoformat():
            return self.tr("Open. Its day to look back has come: how did it go?")
        return self.tr("Open.")

    # --- writing ---------------------------------------------------------------------------

    def _fields(self) -> dict[str, object]:
        day = self.review_on.date().toString("yyyy-MM-dd")
        return {
            "text": self.text.toPlainText(),
            "owner": self.owner.currentData(),
            "review_on": day if self.has_review.isChecked() else None,
            "visibility": self.visibility.currentData(),
        }

    def _apply(self, make: Callable[[], Change], select: str | None = None) -> bool:
        try:
            change = make()
        except errors.RmdeskError as exc:
            self.errors.show_error(exc)
            return False
        self._push(change)
        self.reload(select or commitments.created_uuid(change))
        return True

    def _on_save_clicked(self) -> None:
        values = self._fields()
        uuid = self._editing
        if uuid is None:
            text = str(values.pop("text"))
            self._apply(lambda: self._service.add(self._pair.uuid, text, **values))  # type: ignore[arg-type]
        else:
            self._apply(lambda: self._service.edit(uuid, **values), uuid)

    def _on_new_clicked(self) -> None:
        self._show_form(None)
        self.text.setFocus()

    def _on_delete_clicked(self) -> None:
        uuid = self._editing
        if uuid is not None and self._apply(lambda: self._service.delete(uuid)):
            self._show_form(None)

    def _on_review_clicked(self) -> None:
        if self._editing is None:
            return
        dialog = ReviewDialog(self._service, self._service.get(self._editing), self)
        if dialog.exec() and dialog.change is not None:
            self._push(dialog.change)
            self.reload(self._editing)

    def _on_undo_clicked(self) -> None:
        if self._undo_stack is not None and self._undo_stack.canUndo():
            self._undo_stack.undo()
            self.reload()

    def _on_redo(self) -> None:
        if self._undo_stack is not None and self._undo_stack.canRedo():
            self._undo_stack.redo()
            self.reload()


class ReviewDialog(QDialog):
    """ "How did it go?": a short note and the day, or (from a reminder) later or never."""

    def __init__(
        self,
        service: commitments.CommitmentService,
        commitment: models.Commitment,
        parent: QWidget | None = None,
        *,
        reminder: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentReviewDialog")
        self.setWindowTitle(self.tr("How did it go?"))
        self._service = service
        self._commitment = commitment
        self.change: Change | None = None
        when = commitment.review_on or ""
        intro = _label(
            self.tr("You committed to: “{text}”").format(text=commitment.text)
            + ("\n" + self.tr("You chose {day} to look back.").format(day=when) if when else ""),
            "reviewIntro",
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.note = fields.text_box(
            "reviewNote",
            self.tr("How it went"),
            self.tr("What did you do differently? What changed, what got in the way?"),
            commitment.review_note,
        )
        self.reviewed_on = fields.date_box("reviewedOn", self.tr("Day of the look back"))
        self.reviewed_on.setMaximumDate(QDate.currentDate())
        self.general = message_label("reviewError")
        self.errors = FieldErrors(self.general, self)
        form = QFormLayout()
        add_form_row(
            form,
            self.tr("&How did it go?"),
            self.note,
            None,
            self.errors.bind("review_note", self.note),
        )
        add_form_row(
            form,
            self.tr("&On"),
            self.reviewed_on,
            None,
            self.errors.bind("reviewed_on", self.reviewed_on),
        )
        buttons = QDialogButtonBox()
        record = push_button(
            self.tr("Record how it went"), "recordReviewButton", self._on_record_clicked
        )
        buttons.addButton(record, QDialogButtonBox.ButtonRole.AcceptRole)
        if reminder:
            buttons.addButton(
                push_button(
                    self.tr("Remind me in a week"),
                    "snoozeReviewButton",
                    self._on_snooze_clicked,
                    auto_default=False,
                ),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            buttons.addButton(
                push_button(
                    self.tr("Don't remind me"),
                    "dismissReviewButton",
                    self._on_dismiss_clicked,
                    auto_default=False,
                ),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(560, 340)

    def _finish(self, make: Callable[[], Change]) -> None:
        try:
            self.change = make()
        except errors.RmdeskError as exc:
            self.errors.show_error(exc)
            return
        self.accept()

    def _on_record_clicked(self) -> None:
        note = self.note.toPlainText()
        day = self.reviewed_on.date().toString("yyyy-MM-dd")
        self._finish(lambda: self._service.review(self._commitment.uuid, note, on=day))

    def _on_snooze_clicked(self) -> None:
        self._finish(lambda: self._service.snooze(self._commitment.uuid, date.today()))

    def _on_dismiss_clicked(self) -> None:
        self._finish(lambda: self._service.dismiss(self._commitment.uuid))
