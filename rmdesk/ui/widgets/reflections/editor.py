"""The reflection editor: prompt, Markdown body, visibility, meeting, goals; saved as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus, Visibility
from rmdesk.services import prompts
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService
from rmdesk.services.reflections import ReflectionService
from rmdesk.services.undo import Change
from rmdesk.ui import messages, theme
from rmdesk.ui.dialogs.prompts_dialog import (
    moment_labels,
    phase_labels,
    theme_label,
)
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.autosave import Autosave
from rmdesk.ui.widgets.goal_detail import visibility_labels
from rmdesk.ui.widgets.markdown_editor import MarkdownEditor
from rmdesk.ui.widgets.meeting_detail import local_text
from rmdesk.ui.widgets.reflections.common import (
    BODY_SAVE_MS,
    MEETING_CHOICES,
    date_text,
    first_name,
    visibility_hints,
)


class ReflectionEditor(QWidget):
    """One reflection. Emits `changed(Change, merge_key)` for the page's undo stack and
    `listing_changed(uuid, structural)` when the list must show it afresh (structural: it
    may have moved or left the filter)."""

    changed = Signal(object, str)
    listing_changed = Signal(str, bool)
    message = Signal(str)
    delete_requested = Signal(str)
    shown = Signal(str)  # the uuid now shown, "" for none

    def __init__(
        self,
        reflections: ReflectionService,
        meetings: MeetingService,
        goals: GoalService,
        suggest: Callable[[models.Reflection], prompts.Prompt | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionEditor")
        self._reflections = reflections
        self._meetings = meetings
        self._goals = goals
        self._suggest = suggest
        self.pair: models.Pair | None = None
        self.reflection: models.Reflection | None = None
        self._loading = False
        # The body saves after a pause in typing; text whose save failed is kept per reflection.
        self._autosave = Autosave(self, BODY_SAVE_MS, self.flush)

        self.heading = QLabel(self.tr("No reflection selected"), objectName="reflectionHeading")
        theme.heading_font(self.heading, 1.25)
        self.heading.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteReflectionButton")
        self.delete_button.setAccessibleName(self.tr("Delete this reflection"))
        self.delete_button.setToolTip(
            self.tr("Delete this reflection (Delete in the list; Ctrl+Z undoes)")
        )
        self.delete_button.clicked.connect(self._on_delete_clicked)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.prompt_card = QFrame(objectName="reflectionPromptCard")
        self.prompt_card.setProperty("card", True)
        self.prompt_card.setAccessibleName(self.tr("Prompt"))
        self.prompt_label = QLabel(objectName="reflectionPrompt", wordWrap=True)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.heading_font(self.prompt_label, 1.1, QFont.Weight.Medium)
        self.prompt_meta = QLabel(objectName="reflectionPromptMeta", wordWrap=True)
        self.prompt_meta.setProperty("role", "hint")
        self.shuffle_button = QPushButton(self.tr("Shuffle"), objectName="shufflePromptButton")
        self.shuffle_button.setAccessibleName(self.tr("Shuffle: suggest another prompt"))
        self.shuffle_button.setToolTip(self.tr("Another question for this moment"))
        self.shuffle_button.clicked.connect(self._on_shuffle)
        self.free_button = QPushButton(self.tr("Write freely"), objectName="writeFreelyButton")
        self.free_button.setAccessibleName(self.tr("Write freely, without a prompt"))
        self.free_button.clicked.connect(self._on_write_freely)
        prompt_buttons = QHBoxLayout()
        prompt_buttons.addWidget(self.prompt_meta, 1)
        prompt_buttons.addWidget(self.shuffle_button)
        prompt_buttons.addWidget(self.free_button)
        card_layout = QVBoxLayout(self.prompt_card)
        card_layout.setContentsMargins(14, 10, 14, 10)
        card_layout.addWidget(self.prompt_label)
        card_layout.addLayout(prompt_buttons)

        self.body = MarkdownEditor("reflectionBody")
        self.body.editor.setAccessibleName(self.tr("Reflection (Markdown)"))
        self.body.editor.setPlaceholderText(
            self.tr(
                "Write what comes to mind; nobody else sees it unless you share it.\n"
                "Markdown: # heading, **bold**, *italic*, - list. Ctrl+B bold, Ctrl+I italic."
            )
        )
        self.body.preview.setAccessibleName(self.tr("Reflection, rendered"))
        self.body.setMinimumHeight(200)
        self.body.edited.connect(self._on_body_edited)
        self.body.editor.installEventFilter(self)

        self.written_on = fields.DateEdit(QDate.currentDate(), objectName="reflectionDate")
        self.written_on.setCalendarPopup(True)
        self.written_on.setDisplayFormat("yyyy-MM-dd")
        self.written_on.setAccessibleName(self.tr("Written on"))
        self.written_on.dateChanged.connect(self._on_date_changed)
        self.visibility = fields.NamedComboBox(objectName="reflectionVisibility")
        self.visibility.setAccessibleName(self.tr("Who may see this reflection"))
        for value, label in visibility_labels().items():
            self.visibility.addItem(label, value.value)
        self.visibility.activated.connect(self._on_visibility_chosen)
        self.visibility_hint = QLabel(objectName="reflectionVisibilityHint", wordWrap=True)
        self.visibility_hint.setProperty("role", "hint")
        self.meeting = fields.NamedComboBox(objectName="reflectionMeeting")
        self.meeting.setAccessibleName(self.tr("The meeting this reflection is about"))
        self.meeting.activated.connect(self._on_meeting_chosen)
        self.goal_links = QListWidget(objectName="reflectionGoals")
        self.goal_links.setAccessibleName(self.tr("Goals this reflection is about; space to tick"))
        self.goal_links.setMaximumHeight(110)
        self.goal_links.itemChanged.connect(self._on_goal_item_changed)
        self.error = QLabel(objectName="reflectionError", wordWrap=True)
        theme.error_label(self.error)
        self.error.hide()

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        for row, column, caption, widget in (
            (0, 0, self.tr("&Date"), self.written_on),
            (0, 2, self.tr("&Visible to"), self.visibility),
            (2, 0, self.tr("Mee&ting"), self.meeting),
            (3, 0, self.tr("&Goals"), self.goal_links),
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            # The list's caption sits at its top; the others beside their one-line field.
            vertical = Qt.AlignmentFlag.AlignTop if row == 3 else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(
                caption_label, row, column, alignment=vertical | Qt.AlignmentFlag.AlignLeft
            )
            grid.addWidget(widget, row, column + 1, 1, 1 if column == 0 and row == 0 else 3)
        grid.addWidget(self.visibility_hint, 1, 0, 1, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.prompt_card)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        self.setEnabled(False)

    # --- showing -------------------------------------------------------------------------------

    def set_pair(self, pair: models.Pair) -> None:
        self.pair = pair

    def show_reflection(self, uuid: str | None, save_pending: bool = True) -> None:
        """Load a reflection, first saving what was typed into the previous one (unless an
        undo is putting the database back, when pending typing is dropped)."""
        if save_pending:
            self.flush()
        else:
            self._autosave.cancel()
        self.error.hide()
        try:
            self.reflection = self._reflections.get(uuid) if uuid else None
        except errors.NotFoundError:
            self.reflection = None
        self.setEnabled(self.reflection is not None)
        self._fill()
        kept = (self._autosave.kept(uuid) or {}).get("body") if save_pending else None
        if kept is not None and self.reflection is not None and kept != self.reflection.body:
            self.body.set_text(str(kept))  # typed when saving failed (a full disk): saved shortly
            self._autosave.schedule()
            self.error.setText(
                self.tr(
                    "This reflection could not be saved earlier; what you wrote is kept here "
                    "and saved as soon as it can be."
                )
            )
            self.error.show()
        self.shown.emit(self.reflection.uuid if self.reflection else "")

    def refresh(self) -> None:
        self.show_reflection(self.reflection.uuid if self.reflection else None, False)

    def _fill(self) -> None:
        self._loading = True
        try:
            self._fill_fields(self.reflection)
        finally:
            self._loading = False

    def _fill_fields(self, reflection: models.Reflection | None) -> None:
        self.goal_links.clear()
        self.meeting.clear()
        if reflection is None:
            self.heading.setText(self.tr("No reflection selected"))
            self.prompt_label.setText(self.tr("Press Ctrl+N to write a reflection."))
            self.prompt_meta.setText("")
            self.body.set_text("")
            self.visibility_hint.setText("")
            self.free_button.hide()
            return
        author = self._name(reflection.author_role)
        self.heading.setText(f"{date_text(reflection.written_on)} · {author}")
        self._fill_prompt(reflection)
        if self.body.text() != reflection.body:
            self.body.set_text(reflection.body)
        self.written_on.setDate(QDate.fromString(reflection.written_on, "yyyy-MM-dd"))
        self.visibility.setCurrentIndex(max(0, self.visibility.findData(reflection.visibility)))
        self.visibility_hint.setText(visibility_hints().get(Visibility(reflection.visibility), ""))
        self._fill_meetings(reflection)
        self._fill_goals(reflection)

    def _fill_prompt(self, reflection: models.Reflection) -> None:
        if not reflection.prompt_text:
            self.prompt_label.setText(self.tr("Free writing"))
            self.prompt_meta.setText(self.tr("No prompt: write about whatever matters to you."))
            self.shuffle_button.setText(self.tr("Suggest a prompt"))
            self.free_button.hide()
            return
        self.prompt_label.setText(reflection.prompt_text)
        prompt = self._reflections.prompt(reflection.prompt_id) if reflection.prompt_id else None
        meta = []
        if prompt is not None:
            if prompt.theme:
                meta.append(theme_label(prompt.theme))
            meta.append(
                self.tr("{phase} phase").format(
                    phase=phase_labels().get(prompt.phase, prompt.phase)
                )
            )
            meta.append(moment_labels().get(prompt.moment, prompt.moment))
            if prompt.framework:
                meta.append(prompt.framework)
            if not prompt.builtin:
                meta.append(self.tr("your own prompt"))
        self.prompt_meta.setText(" · ".join(meta))
        self.shuffle_button.setText(self.tr("Shuffle"))
        self.free_button.show()

    def _fill_meetings(self, reflection: models.Reflection) -> None:
        self.meeting.addItem(self.tr("No meeting"), None)
        rows = self._meetings.page(
            reflection.pair_uuid, 0, MEETING_CHOICES, [MeetingStatus.HELD.value]
        )
        for row in rows:
            self.meeting.addItem(local_text(self._meetings.local_start(row.starts_at)), row.uuid)
        if reflection.meeting_uuid and self.meeting.findData(reflection.meeting_uuid) < 0:
            try:
                linked = self._meetings.get(reflection.meeting_uuid)
            except errors.NotFoundError:
                linked = None
            if linked is not None:
                self.meeting.addItem(
                    local_text(self._meetings.local_start(linked.starts_at)), linked.uuid
                )
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(reflection.meeting_uuid)))

    def _fill_goals(self, reflection: models.Reflection) -> None:
        linked = set(self._reflections.goals_of(reflection.uuid))
        goals = self._goals.page(reflection.pair_uuid, 0, 200, statuses=None, sort="title")
        for goal in goals:
            if goal.status != "active" and goal.uuid not in linked:
                continue
            entry = QListWidgetItem(f"{goal.title} — {self._name(goal.learner)}")
            entry.setData(Qt.ItemDataRole.UserRole, goal.uuid)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if goal.uuid in linked else Qt.CheckState.Unchecked
            )
            self.goal_links.addItem(entry)
        if not self.goal_links.count():
            entry = QListWidgetItem(self.tr("No active goals to link yet"))
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.goal_links.addItem(entry)

    def _name(self, role: str) -> str:
        return first_name(self.pair.name_of(role)) if self.pair else role

    # --- saving --------------------------------------------------------------------------------

    def _apply(self, action: Callable[[], Change], key: str = "", structural: bool = True) -> bool:
        try:
            change = action()
        except errors.ValidationError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return False
        self.error.hide()
        if not change.empty and self.reflection is not None:
            uuid = self.reflection.uuid
            self.changed.emit(change, key)
            self.listing_changed.emit(uuid, structural)
        self.refresh()
        return True

    def _save(self, key: str, **fields: Any) -> None:
        if self._loading or self.reflection is None:
            return
        self.flush()
        uuid = self.reflection.uuid
        self._apply(lambda: self._reflections.update(uuid, **fields), key)

    def _on_body_edited(self) -> None:
        if not self._loading and self.reflection is not None:
            self._autosave.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Leaving the body (for a menu, another field, another window) saves it at once.
        if watched is self.body.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save body text typed but not yet saved."""
        self._autosave.cancel()
        if self.reflection is None or self.body.text() == self.reflection.body:
            return
        uuid, text = self.reflection.uuid, self.body.text()
        try:
            change = self._reflections.update(uuid, body=text)
            self.reflection = self._reflections.get(uuid)
        except errors.NotFoundError:
            self.reflection = None
            return
        except errors.RmdeskError as exc:  # e.g. a full disk: the text stays in the editor
            self._autosave.keep(uuid, {"body": text})  # and comes back if another one is opened
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self._autosave.take(uuid)
        self.error.hide()
        if not change.empty:
            self.changed.emit(change, f"{uuid}:body")
            self.listing_changed.emit(uuid, False)

    def _on_date_changed(self, value: QDate) -> None:
        if self.reflection is not None:
            self._save(f"{self.reflection.uuid}:date", written_on=value.toString("yyyy-MM-dd"))

    def _on_visibility_chosen(self) -> None:
        self._save("", visibility=self.visibility.currentData())

    def _on_meeting_chosen(self) -> None:
        self._save("", meeting_uuid=self.meeting.currentData())

    def _on_goal_item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading or self.reflection is None:
            return
        uuid = self.reflection.uuid
        wanted = [
            self.goal_links.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.goal_links.count())
            if self.goal_links.item(row).checkState() == Qt.CheckState.Checked
        ]
        # Not from inside the item's own signal: refreshing rebuilds the list.
        QTimer.singleShot(
            0, lambda: self._apply(lambda: self._reflections.set_goals(uuid, wanted), "", False)
        )

    def _on_shuffle(self) -> None:
        if self.reflection is None:
            return
        self.flush()
        prompt = self._suggest(self.reflection)
        if prompt is None:
            self.message.emit(
                self.tr("No other prompt fits this moment; write freely, or add your own.")
            )
            return
        self._save("", prompt_id=prompt.id)

    def _on_write_freely(self) -> None:
        self._save("", prompt_id=None)
        self.body.editor.setFocus()

    def _on_delete_clicked(self) -> None:
        if self.reflection is not None:
            self.delete_requested.emit(self.reflection.uuid)

    def focus_body(self) -> None:
        self.body.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.body.editor.moveCursor(QTextCursor.MoveOperation.End)


# --- the offer after a meeting ----------------------------------------------------------------
