"""The detail pane of the Goals page: every field autosaves; every change can be undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, Role, Visibility
from rmdesk.services.goals import GoalService
from rmdesk.services.undo import Change
from rmdesk.ui import theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.labels import label_for
from rmdesk.ui.messages import text as error_text
from rmdesk.ui.models.goal_tree import status_labels
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.autosave import Autosave
from rmdesk.ui.widgets.chart import ChartWidget
from rmdesk.ui.widgets.chart_data import ProgressSeries
from rmdesk.ui.widgets.field_errors import (
    FieldErrors,
    add_form_row,
    bring_into_view,
    message_label,
)

AUTOSAVE_MS = 600


def visibility_labels() -> dict[Visibility, str]:
    """Who may see an entry, as the visibility choosers say it (translated when asked)."""
    return {
        Visibility.PRIVATE: translate("goal_detail", "Private (only me)"),
        Visibility.PAIR: translate("goal_detail", "Shared with my partner"),
        Visibility.COORDINATOR: translate("goal_detail", "Shared with the coordinator"),
    }


def link_kinds() -> dict[str, str]:
    """What a goal's linked items are called."""
    return {
        "meeting": translate("goal_detail", "Meeting"),
        "topic": translate("goal_detail", "Topic"),
        "action": translate("goal_detail", "Action item"),
    }


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


class GoalDetail(QWidget):
    """Shows one goal. Emits `changed` with each Change the service made (for the undo stack).

    Text fields save after a short pause in typing and when focus leaves them; `flush()`
    saves whatever is pending (the page calls it before switching goal and on close).
    """

    changed = Signal(object, str)  # (Change, merge key or "")
    celebrate = Signal(str)

    def __init__(self, goals: GoalService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalDetail")
        self._goals = goals
        self.goal: models.Goal | None = None
        self._loading = False
        # Fields whose save failed (a full disk, a broken rule) when another goal was opened
        # come back when that goal is shown again, never silently dropped.
        self._autosave = Autosave(self, AUTOSAVE_MS, self.flush)

        self.title = QLineEdit(objectName="goalTitle")
        self.title.setAccessibleName(self.tr("Goal title"))
        self.title.setPlaceholderText(self.tr("What do you want to be able to do?"))
        self.learner = fields.NamedComboBox(objectName="goalLearner")
        self.learner.setAccessibleName(self.tr("Whose goal"))
        self.status = fields.NamedComboBox(objectName="goalStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for status, label in status_labels().items():
            self.status.addItem(label, status.value)
        self.category = fields.NamedComboBox(objectName="goalCategory", editable=True)
        self.category.setAccessibleName(self.tr("Category"))
        self.start = self._date_edit("goalStart", self.tr("Start date"))
        self.has_target = QCheckBox(self.tr("Target"), objectName="goalHasTarget")
        self.has_target.setAccessibleName(self.tr("Has a target date"))
        self.target = self._date_edit("goalTarget", self.tr("Target date"))
        self.visibility = fields.NamedComboBox(objectName="goalVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see this goal"))
        for value, label in visibility_labels().items():
            self.visibility.addItem(label, value.value)
        self.why = self._text(
            "goalWhy",
            self.tr("Why it matters"),
            self.tr("Why this matters to you, and to your work"),
        )
        self.criteria = self._text(
            "goalCriteria",
            self.tr("Success criteria"),
            self.tr("How will we know? One observable sign per line"),
        )
        self.error = message_label("goalError")
        self.errors = FieldErrors(self.error, self)
        self.celebration = QLabel(objectName="goalCelebration", wordWrap=True)
        self.celebration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.celebration.hide()
        self._celebration_timer = QTimer(self, singleShot=True, interval=8000)
        self._celebration_timer.timeout.connect(self.celebration.hide)

        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addSpacing(12)
        dates.addLayout(target_row, 1)
        form = QFormLayout()
        add_form_row(
            form, self.tr("&Title"), self.title, None, self.errors.bind("title", self.title)
        )
        form.addRow(self.tr("&Learner"), self.learner)
        form.addRow(self.tr("St&atus"), self.status)
        form.addRow(self.tr("&Category"), self.category)
        add_form_row(
            form,
            self.tr("&Starts"),
            self.start,
            dates,
            self.errors.bind("start_date", self.start),
            self.errors.bind("target_date", self.target),
        )
        form.addRow(self.tr("&Visible to"), self.visibility)
        form.addRow(self.tr("&Why"), self.why)
        form.addRow(self.tr("How we'll &know"), self.criteria)

        self.progress = QProgressBar(objectName="goalProgress", minimum=0, maximum=100)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress_rule = QLabel(objectName="goalProgressRule", wordWrap=True)
        self.chart = ChartWidget()
        self.chart.setObjectName("goalChart")
        self.chart.set_empty_text(self.tr("No progress recorded yet"))
        self.chart.setMinimumHeight(160)
        self.history = QLabel(objectName="goalStatusHistory", wordWrap=True)
        progress_box = QGroupBox(self.tr("Progress"))
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addWidget(self.progress)
        progress_layout.addWidget(self.progress_rule)
        progress_layout.addWidget(self.chart)
        progress_layout.addWidget(self.history)

        self.milestones = QListWidget(objectName="goalMilestones")
        self.milestones.setAccessibleName(self.tr("Milestones; drag to reorder, space to tick off"))
        self.milestones.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.milestones.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.milestones.setMaximumHeight(150)
        self.milestones.itemChanged.connect(self._on_milestone_item_changed)
        self.milestones.model().rowsMoved.connect(self._on_milestones_moved)
        theme.widget_shortcut(
            QKeySequence.StandardKey.Delete, self.milestones, self._on_delete_milestone
        )
        self.new_milestone = QLineEdit(objectName="newMilestone")
        self.new_milestone.setPlaceholderText(self.tr("Add a milestone and press Enter"))
        self.new_milestone.setAccessibleName(self.tr("New milestone"))
        self.new_milestone.returnPressed.connect(self._on_add_milestone)
        add_milestone = QPushButton(self.tr("Add"), objectName="addMilestoneButton")
        add_milestone.setAccessibleName(self.tr("Add milestone"))
        add_milestone.clicked.connect(self._on_add_milestone)
        remove_milestone = QPushButton(self.tr("Remove"), objectName="removeMilestoneButton")
        remove_milestone.setAccessibleName(self.tr("Remove the selected milestone"))
        remove_milestone.clicked.connect(self._on_delete_milestone)
        milestone_row = QHBoxLayout()
        milestone_row.addWidget(self.new_milestone, 1)
        milestone_row.addWidget(add_milestone)
        milestone_row.addWidget(remove_milestone)
        milestones_box = QGroupBox(self.tr("Milestones"))
        milestones_layout = QVBoxLayout(milestones_box)
        milestones_layout.addWidget(self.milestones)
        milestones_layout.addLayout(milestone_row)
        self.milestone_errors = FieldErrors(message_label("milestoneError"), self)
        self.milestone_errors.bind("title", self.new_milestone, self.milestone_errors.general)
        milestones_layout.addWidget(self.milestone_errors.general)

        self.updates = QTableWidget(0, 3, objectName="goalUpdates")
        self.updates.setAccessibleName(self.tr("Progress updates"))
        self.updates.setHorizontalHeaderLabels([self.tr("Date"), "%", self.tr("Note")])
        self.updates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.updates.verticalHeader().hide()
        self.updates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.updates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.updates.setMaximumHeight(150)
        self.updates.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        theme.widget_shortcut(QKeySequence.StandardKey.Delete, self.updates, self._on_delete_update)
        self.update_date = self._date_edit("updateDate", self.tr("Update date"))
        self.update_percent = QLineEdit(objectName="updatePercent")
        self.update_percent.setPlaceholderText("0–100")
        self.update_percent.setAccessibleName(self.tr("Percent complete"))
        self.update_percent.setMaximumWidth(70)
        self.update_note = QLineEdit(objectName="updateNote")
        self.update_note.setPlaceholderText(self.tr("What changed?"))
        self.update_note.setAccessibleName(self.tr("Update note"))
        self.update_note.returnPressed.connect(self._on_add_update)
        add_update = QPushButton(self.tr("Add update"), objectName="addUpdateButton")
        add_update.clicked.connect(self._on_add_update)
        update_row = QHBoxLayout()
        update_row.addWidget(self.update_date)
        update_row.addWidget(self.update_percent)
        update_row.addWidget(self.update_note, 1)
        update_row.addWidget(add_update)
        updates_box = QGroupBox(self.tr("Progress updates"))
        updates_layout = QVBoxLayout(updates_box)
        updates_layout.addWidget(self.updates)
        updates_layout.addLayout(update_row)
        # One line under the row for its messages (a 150 % update is explained right there).
        self.update_errors = FieldErrors(message_label("updateError"), self)
        for field, widget in (
            ("on_date", self.update_date),
            ("percent", self.update_percent),
            ("note", self.update_note),
        ):
            self.update_errors.bind(field, widget, self.update_errors.general)
        updates_layout.addWidget(self.update_errors.general)

        self.links = QLabel(objectName="goalLinks", wordWrap=True)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        links_box = QGroupBox(self.tr("Linked meetings, topics and action items"))
        QVBoxLayout(links_box).addWidget(self.links)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.celebration)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(progress_box)
        layout.addWidget(milestones_box)
        layout.addWidget(updates_box)
        layout.addWidget(links_box)
        layout.addStretch(1)

        self._connect_autosave()

    # --- construction helpers --------------------------------------------------------------

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        return fields.date_box(name, accessible)

    def _text(self, name: str, accessible: str, placeholder: str) -> QPlainTextEdit:
        return fields.text_box(name, accessible, placeholder, max_height=90)

    def _connect_autosave(self) -> None:
        self.title.textEdited.connect(lambda: self._touch("title"))
        self.title.editingFinished.connect(self.flush)
        self.why.textChanged.connect(lambda: self._touch("why"))
        self.criteria.textChanged.connect(lambda: self._touch("success_criteria"))
        self.category.editTextChanged.connect(lambda: self._touch("category"))
        category_edit = self.category.lineEdit()  # the combo box is editable: it has one
        if category_edit is not None:
            category_edit.editingFinished.connect(self.flush)
        self.start.dateChanged.connect(lambda: self._touch("start_date", now=True))
        self.target.dateChanged.connect(lambda: self._touch("target_date", now=True))
        self.has_target.toggled.connect(self._on_has_target_toggled)
        self.learner.activated.connect(lambda: self._touch("learner", now=True))
        self.visibility.activated.connect(lambda: self._touch("visibility", now=True))
        self.status.activated.connect(self._on_status_chosen)

    # --- showing a goal --------------------------------------------------------------------

    def set_names(self, names: dict[str, str]) -> None:
        self.learner.clear()
        for role in Role:
            self.learner.addItem(f"{names.get(role, role)} ({role})", role.value)

    def show_goal(self, uuid: str | None) -> None:
        """Load a goal (saving anything pending for the previous one first)."""
        self.flush()
        # What is still pending failed to save: keep what was typed.
        self._autosave.stash(self.goal.uuid if self.goal else None, self._value)
        for messages in (self.errors, self.milestone_errors, self.update_errors):
            messages.clear()
        self.goal = self._goals.get(uuid) if uuid else None
        self.setEnabled(self.goal is not None)
        self._loading = True
        try:
            self._fill_fields()
            self.refresh_related()
            kept = self._autosave.take(uuid) if uuid else None
            for field, value in (kept or {}).items():
                self._set_value(field, value)
        finally:
            self._loading = False
        if kept:
            self._autosave.pending.update(kept)
            self._autosave.schedule()
            self.error.setText(
                self.tr(
                    "Changes that could not be saved earlier are back here; they are saved "
                    "as soon as they can be."
                )
            )
            self.error.show()

    def _fill_fields(self) -> None:
        goal = self.goal
        if goal is None:
            for line in (self.title,):
                line.clear()
            self.why.clear()
            self.criteria.clear()
            return
        self.title.setText(goal.title)
        self.learner.setCurrentIndex(max(0, self.learner.findData(goal.learner)))
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status)))
        categories = self._goals.categories(goal.pair_uuid)
        self.category.clear()
        self.category.addItems(categories)
        self.category.setEditText(goal.category)
        self.start.setDate(QDate.fromString(goal.start_date or goal.created_at[:10], "yyyy-MM-dd"))
        self.has_target.setChecked(bool(goal.target_date))
        self.target.setEnabled(bool(goal.target_date))
        if goal.target_date:
            self.target.setDate(QDate.fromString(goal.target_date, "yyyy-MM-dd"))
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(goal.visibility)))
        self.why.setPlainText(goal.why)
        self.criteria.setPlainText(goal.success_criteria)

    def refresh_related(self) -> None:
        """Progress, chart, milestones, updates, history and links (after any change)."""
        goal = self.goal
        self._loading, was_loading = True, self._loading
        try:
            self.milestones.clear()
            self.updates.setRowCount(0)
            if goal is None:
                self.progress.setValue(0)
                self.progress_rule.clear()
                self.chart.set_progress(ProgressSeries(points=[]))
                self.history.clear()
                self.links.clear()
                return
            milestones = self._goals.milestones(goal.uuid)
            for milestone in milestones:
                item = QListWidgetItem(milestone.title)
                item.setData(Qt.ItemDataRole.UserRole, milestone.uuid)
                item.setFlags(
                    item.flags()
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                    | Qt.ItemFlag.ItemIsEditable
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
                done = bool(milestone.done_on)
                item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                if done:
                    item.setToolTip(self.tr("Done on {date}").format(date=milestone.done_on))
                    item.setText(f"{milestone.title}  ·  {milestone.done_on}")
                self.milestones.addItem(item)
            updates = self._goals.updates(goal.uuid)
            for update in reversed(updates):
                row = self.updates.rowCount()
                self.updates.insertRow(row)
                for column, text in enumerate((update.on_date, f"{update.percent}%", update.note)):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, update.uuid)
                    self.updates.setItem(row, column, cell)
            progress = self._goals.progress(goal.uuid)
            self.progress.setValue(progress.percent)
            self.progress.setFormat(f"{progress.percent}%")
            self.progress_rule.setText(error_text(progress.rule))
            points, ticks = self._goals.history(goal.uuid)
            self.chart.set_progress(
                ProgressSeries(
                    points=[(date.fromisoformat(d), float(p)) for d, p in points],
                    ticks=[(date.fromisoformat(d), label) for d, label in ticks],
                    target=date.fromisoformat(goal.target_date) if goal.target_date else None,
                )
            )
            history = self._goals.status_history(goal.uuid)
            labels = status_labels()
            steps = " → ".join(f"{label_for(labels, h.status)} ({h.changed_on})" for h in history)
            self.history.setText(self.tr("Status history: {steps}").format(steps=steps))
            linked = self._goals.linked(goal.uuid)
            kinds = link_kinds()
            self.links.setText(
                "\n".join(
                    f"{kinds[item.kind]}: {item.label}"
                    + (f" ({item.when[:10]})" if item.when else "")
                    + (" ✓" if item.done else "")
                    for item in linked
                )
                or self.tr(
                    "Nothing linked yet. Meetings, topics and action items can point at this goal."
                )
            )
        finally:
            self._loading = was_loading

    # --- autosave --------------------------------------------------------------------------

    def _touch(self, field: str, now: bool = False) -> None:
        if self._loading or self.goal is None:
            return
        self._autosave.touch(field, now)

    def _value(self, field: str) -> object:
        return {
            "title": self.title.text,
            "why": self.why.toPlainText,
            "success_criteria": self.criteria.toPlainText,
            "category": self.category.currentText,
            "start_date": lambda: _iso(self.start),
            "target_date": lambda: _iso(self.target) if self.has_target.isChecked() else None,
            "learner": self.learner.currentData,
            "visibility": self.visibility.currentData,
        }[field]()

    def _set_value(self, field: str, value: object) -> None:
        """Put a kept, unsaved value back into its field (the inverse of _value)."""
        if field == "title":
            self.title.setText(str(value))
        elif field == "why":
            self.why.setPlainText(str(value))
        elif field == "success_criteria":
            self.criteria.setPlainText(str(value))
        elif field == "category":
            self.category.setEditText(str(value))
        elif field == "start_date":
            self.start.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif field == "target_date":
            self.has_target.setChecked(value is not None)
            self.target.setEnabled(value is not None)
            if value is not None:
                self.target.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
        elif field in ("learner", "visibility"):
            combo = getattr(self, field)
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def flush(self) -> None:
        """Save every pending field. A field that breaks a rule stays pending and visible."""
        self._autosave.cancel()
        if self.goal is None or not self._autosave.pending:
            return
        problems: list[tuple[str, str | None]] = []
        for field in sorted(self._autosave.pending):
            value = self._value(field)
            if getattr(self.goal, field) == value:
                self._autosave.pending.discard(field)
                continue
            try:
                change = self._goals.update(self.goal.uuid, **{field: value})
            except errors.RmdeskError as exc:  # a broken rule, or a full disk: kept pending
                problems.append((error_text(exc), getattr(exc, "field", None) or field))
                continue
            self._autosave.pending.discard(field)
            self.goal = self._goals.get(self.goal.uuid)
            self.changed.emit(change, f"{self.goal.uuid}:{field}")
        self.errors.clear()
        for problem, problem_field in problems:
            self.errors.add(problem, problem_field)

    @property
    def has_unsaved(self) -> bool:
        return bool(self._autosave.pending)

    # --- actions ---------------------------------------------------------------------------

    def _run(
        self,
        action: Callable[[], Change],
        then_celebrate: str = "",
        messages: FieldErrors | None = None,
    ) -> bool:
        """Apply a change; a broken rule is shown beside its field in `messages` (default:
        the goal's own form)."""
        messages = messages or self.errors
        try:
            change = action()
        except errors.ValidationError as exc:
            messages.show_error(exc)
            return False
        messages.clear()
        if self.goal is not None:
            self.goal = self._goals.get(self.goal.uuid)
        self.changed.emit(change, "")
        self.refresh_related()
        if then_celebrate:
            self.show_celebration(then_celebrate)
        return True

    def focus_item(self, kind: str, uuid: str) -> bool:
        """Select a milestone or progress update of this goal (a search hit) and bring it
        into view."""
        if kind == "milestones":
            for row in range(self.milestones.count()):
                entry = self.milestones.item(row)
                if entry.data(Qt.ItemDataRole.UserRole) == uuid:
                    self.milestones.setCurrentItem(entry)
                    self.milestones.scrollToItem(entry)
                    self.milestones.setFocus(Qt.FocusReason.OtherFocusReason)
                    bring_into_view(self.milestones)
                    return True
        if kind == "progress_updates":
            for row in range(self.updates.rowCount()):
                cell = self.updates.item(row, 0)
                if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == uuid:
                    self.updates.setCurrentCell(row, 0)
                    self.updates.selectRow(row)
                    self.updates.scrollToItem(cell)
                    self.updates.setFocus(Qt.FocusReason.OtherFocusReason)
                    bring_into_view(self.updates)
                    return True
        return False

    def show_celebration(self, title: str) -> None:
        self.celebration.setText(
            self.tr("🎉  Goal achieved: {title}!  Well done, both of you.  🎉").format(title=title)
        )
        self.celebration.setStyleSheet(
            "QLabel { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 8px; padding: 10px; font-weight: 600; }"
        )
        self.celebration.show()
        self._celebration_timer.start()
        self.celebrate.emit(title)

    def _on_has_target_toggled(self, checked: bool) -> None:
        self.target.setEnabled(checked)
        self._touch("target_date", now=True)

    def _on_status_chosen(self) -> None:
        if self._loading or self.goal is None:
            return
        status = self.status.currentData()
        goal = self.goal
        achieved = status == GoalStatus.ACHIEVED and goal.status != GoalStatus.ACHIEVED
        self._run(
            lambda: self._goals.set_status(goal.uuid, status, date.today()),
            then_celebrate=goal.title if achieved else "",
        )

    def _on_add_milestone(self) -> None:
        if self.goal is None:
            return
        goal_uuid = self.goal.uuid
        if self._run(
            lambda: self._goals.add_milestone(goal_uuid, self.new_milestone.text()),
            messages=self.milestone_errors,
        ):
            self.new_milestone.clear()

    def _on_milestone_item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        done = item.checkState() == Qt.CheckState.Checked
        if self.goal is None:
            return
        milestone = next(
            (m for m in self._goals.milestones(self.goal.uuid) if m.uuid == uuid), None
        )
        if milestone is None:
            return
        if bool(milestone.done_on) != done:
            QTimer.singleShot(
                0,
                lambda: self._run(lambda: self._goals.set_milestone_done(uuid, done, date.today())),
            )
        elif item.text() != milestone.title and not milestone.done_on:
            text = item.text()
            QTimer.singleShot(
                0, lambda: self._run(lambda: self._goals.rename_milestone(uuid, text))
            )

    def _on_milestones_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:  # noqa: ANN001
        if self._loading:
            return
        new_index = row if row < start else row - 1
        uuid = self.milestones.item(new_index).data(Qt.ItemDataRole.UserRole)
        QTimer.singleShot(0, lambda: self._run(lambda: self._goals.move_milestone(uuid, new_index)))

    def _on_delete_milestone(self) -> None:
        item = self.milestones.currentItem()
        if item is None:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        self._run(lambda: self._goals.delete_milestone(uuid))

    def _on_add_update(self) -> None:
        if self.goal is None:
            return
        text = self.update_percent.text().strip().rstrip("%")
        try:
            percent = int(text)
        except ValueError:
            self.update_errors.show(
                self.tr("Enter the progress as a whole number from 0 to 100."), "percent"
            )
            return
        goal_uuid = self.goal.uuid
        if self._run(
            lambda: self._goals.add_update(
                goal_uuid, _iso(self.update_date), percent, self.update_note.text()
            ),
            messages=self.update_errors,
        ):
            self.update_percent.clear()
            self.update_note.clear()
        else:
            self.update_percent.setFocus()

    def _on_delete_update(self) -> None:
        item = self.updates.item(self.updates.currentRow(), 0)
        if item is None:
            return
        uuid = item.data(Qt.ItemDataRole.UserRole)
        self._run(lambda: self._goals.delete_update(uuid), messages=self.update_errors)
