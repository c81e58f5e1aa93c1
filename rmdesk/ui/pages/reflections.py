"""Reflections: a filtered lazy list on the left, the chosen reflection on the right (its
prompt, a Markdown body, who may see it, the meeting and goals it is about), and after a
meeting is held, one prompt offered in a banner that never blocks anything.

The body saves after a short pause in typing and whenever the page flushes (switching
reflection, leaving the page, closing the window); every change is a step on the undo stack.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors, settings
from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus, Role, Visibility
from rmdesk.services import prompts
from rmdesk.services.goals import GoalService
from rmdesk.services.meetings import MeetingService
from rmdesk.services.reflections import ReflectionService
from rmdesk.services.undo import Change
from rmdesk.ui import theme
from rmdesk.ui.dialogs.prompts_dialog import (
    PromptsDialog,
    theme_label,
)
from rmdesk.ui.i18n import translate
from rmdesk.ui.messages import text as error_text
from rmdesk.ui.models.lazy_list import UUID_ROLE, LazyListModel
from rmdesk.ui.undo import ChangeCommand
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.goal_detail import visibility_labels
from rmdesk.ui.widgets.meeting_detail import local_text
from rmdesk.ui.widgets.reflections.common import (
    AFTER_MEETING,
    MONTHLY,
    PAGE_EXTRA_STYLE,
    RECENT_MEETING_DAYS,
    date_text,
    first_name,
)
from rmdesk.ui.widgets.reflections.editor import ReflectionEditor
from rmdesk.ui.widgets.reflections.prompt_offer import PromptOffer
from rmdesk.ui.widgets.reflections.row_delegate import ReflectionDelegate


def new_reflection_messages() -> dict[str, str]:
    """What the status bar says of a new reflection, by the visibility it starts with."""
    return {
        "": translate("ReflectionsPage", "New reflection: private until you share it."),
        Visibility.PAIR.value: translate(
            "ReflectionsPage",
            "New reflection: shared with the pair, as Settings says new "
            "entries start. Make it private below if this one is just for you.",
        ),
        Visibility.COORDINATOR.value: translate(
            "ReflectionsPage",
            "New reflection: marked for the coordinator, as Settings "
            "says new entries start. Make it private below if this one is just for you.",
        ),
    }


class ReflectionsPage(QWidget):
    status_message = Signal(str)
    # A prompt is waiting in the banner (meeting uuid): the window may point the user here.
    prompt_offered = Signal(str)

    def __init__(
        self,
        reflections: ReflectionService,
        meetings: MeetingService,
        goals: GoalService,
        parent: QWidget | None = None,
        *,
        preferences: settings.Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reflectionsPage")
        self._preferences = preferences or settings.Settings()
        self.setStyleSheet(theme.PAGE_STYLE + PAGE_EXTRA_STYLE)
        self._reflections = reflections
        self._meetings = meetings
        self.pair: models.Pair | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("reflectionsUndoStack")
        self.prompts_dialog: PromptsDialog | None = None
        # Session memory: prompts already shown (shuffle skips them), the moment each new
        # reflection was started for, and meetings whose offer was dismissed.
        self._rng = random.Random()
        self._shown: set[str] = set()
        self._moments: dict[str, str] = {}
        self._dismissed: set[str] = set()
        self._offer_meeting: str | None = None
        self._offer_pair: str | None = None
        self.offered: prompts.Prompt | None = None

        self.offer = PromptOffer()
        self.offer.answer_button.clicked.connect(self._on_answer_offer)
        self.offer.another_button.clicked.connect(self._on_another_offer)
        self.offer.dismiss_button.clicked.connect(self._on_dismiss_offer)

        self.new_button = QPushButton(self.tr("New reflection"), objectName="newReflectionButton")
        self.new_button.setAccessibleName(self.tr("New reflection"))
        self.new_button.setToolTip(self.tr("Write a new reflection (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_reflection)
        self.prompts_button = QPushButton(self.tr("Prompts…"), objectName="promptsButton")
        self.prompts_button.setAccessibleName(self.tr("Prompts: the library, hide or add your own"))
        self.prompts_button.clicked.connect(self.open_prompts)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        bar.addWidget(self.prompts_button)

        self.theme_filter = fields.NamedComboBox(objectName="reflectionThemeFilter")
        self.theme_filter.setAccessibleName(self.tr("Show reflections on theme"))
        self.theme_filter.addItem(self.tr("All themes"), None)
        for value in reflections.themes():
            self.theme_filter.addItem(theme_label(value), value)
        self.theme_filter.addItem(self.tr("No theme (free writing)"), "")
        self.author_filter = fields.NamedComboBox(objectName="reflectionAuthorFilter")
        self.author_filter.setAccessibleName(self.tr("Show reflections written by"))
        self.visibility_filter = fields.NamedComboBox(objectName="reflectionVisibilityFilter")
        self.visibility_filter.setAccessibleName(self.tr("Show reflections visible to"))
        self.visibility_filter.addItem(self.tr("Any visibility"), None)
        for value, label in visibility_labels().items():
            self.visibility_filter.addItem(label, value.value)
        self.any_date = QCheckBox(self.tr("Any date"), objectName="reflectionAnyDate")
        self.any_date.setAccessibleName(self.tr("Any date (no date range)"))
        self.any_date.setChecked(True)
        today = QDate.currentDate()
        self.date_from = self._date_edit(
            "reflectionDateFrom", self.tr("From date"), today.addMonths(-3)
        )
        self.date_to = self._date_edit("reflectionDateTo", self.tr("To date"), today)
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.date_to)
        for combo in (self.theme_filter, self.author_filter, self.visibility_filter):
            combo.activated.connect(self._on_filters_changed)
        self.any_date.toggled.connect(self._on_any_date_toggled)
        self.date_from.dateChanged.connect(self._on_filters_changed)
        self.date_to.dateChanged.connect(self._on_filters_changed)
        filters = QGridLayout()
        filters.addWidget(self.theme_filter, 0, 0)
        filters.addWidget(self.author_filter, 0, 1)
        filters.addWidget(self.visibility_filter, 1, 0)
        filters.addWidget(self.any_date, 1, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to, 1)
        filters.addLayout(dates, 2, 0, 1, 2)
        self._on_any_date_toggled(True, reload=False)

        self.summary = QLabel(objectName="reflectionsSummary", wordWrap=True)
        self.summary.setProperty("role", "cardTitle")
        self.model = LazyListModel(lambda: 0, lambda _o, _l: [], self._describe, self)
        self.list = QListView(objectName="reflectionList")
        self.list.setAccessibleName(self.tr("Reflections, newest first"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(ReflectionDelegate(self._author_name, self.list))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty_hint = QLabel(objectName="reflectionsEmptyHint", wordWrap=True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setProperty("role", "hint")
        self.list_stack = QStackedWidget(objectName="reflectionListStack")
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty_hint)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        left_layout.addLayout(bar)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.list_stack, 1)

        self.editor = ReflectionEditor(reflections, meetings, goals, self._suggest_for)
        self.editor.changed.connect(self._on_editor_changed)
        self.editor.listing_changed.connect(self._on_listing_changed)
        self.editor.message.connect(self.status_message)
        self.editor.delete_requested.connect(self.delete_reflection)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a silent Tab stop
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        self.nothing_selected = QLabel(objectName="reflectionNothingSelected", wordWrap=True)
        self.nothing_selected.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_selected.setProperty("role", "hint")
        self.nothing_selected.setContentsMargins(24, 24, 24, 24)
        self.nothing_selected.setText(
            self.tr(
                "Reflections are yours: private unless you choose to share one.\n\n"
                "Press Ctrl+N (or New reflection) to start with a suggested question, "
                "or write freely."
            )
        )
        self.detail_stack = QStackedWidget(objectName="reflectionDetailStack")
        self.detail_stack.addWidget(scroll)
        self.detail_stack.addWidget(self.nothing_selected)
        self.editor.shown.connect(lambda uuid: self.detail_stack.setCurrentIndex(0 if uuid else 1))
        splitter = QSplitter(objectName="reflectionsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 700])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        offer_row = QHBoxLayout()
        offer_row.setContentsMargins(8, 8, 8, 0)
        offer_row.addWidget(self.offer)
        layout.addLayout(offer_row)
        layout.addWidget(splitter, 1)

        self.new_action = QAction(self.tr("New reflection"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_reflection)
        self.addAction(self.new_action)
        self.delete_action = QAction(self.tr("Delete reflection"), self.list)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.delete_reflection())
        self.list.addAction(self.delete_action)

    def _date_edit(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        return fields.date_box(name, accessible, value)

    # --- the list ------------------------------------------------------------------------------

    def _author_name(self, role: str) -> str:
        return first_name(self.pair.name_of(role)) if self.pair else role

    def _describe(self, row: Any, role: int) -> Any:
        private = row.visibility == Visibility.PRIVATE
        if role == Qt.ItemDataRole.DisplayRole:
            lock = " · 🔒" if private else ""
            return (
                f"{date_text(row.written_on)} · {self._author_name(row.author_role)}{lock}\n"
                f"{row.prompt_text or self.tr('Free writing')}\n{row.snippet}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(
                part
                for part in (
                    date_text(row.written_on),
                    self.tr("by {name}").format(name=self._author_name(row.author_role)),
                    self.tr("private") if private else "",
                    row.prompt_text or self.tr("free writing"),
                    row.snippet,
                )
                if part
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = visibility_labels().get(Visibility(row.visibility), row.visibility)
            prompt = row.prompt_text or self.tr("Free writing")
            return f"{prompt}\n\n{row.snippet}\n\n{shown}".strip()
        return None

    def show_pair(self, pair: models.Pair) -> None:
        self.editor.flush()
        if self.pair is None or self.pair.uuid != pair.uuid:
            self.undo_stack.clear()
            if self._offer_pair != pair.uuid:
                self._hide_offer()
        self.pair = pair
        self.editor.set_pair(pair)
        chosen = self.author_filter.currentData()
        self.author_filter.clear()
        me, other = pair.me_role, Role(pair.me_role).other.value
        self.author_filter.addItem(self.tr("By either of us"), None)
        self.author_filter.addItem(
            self.tr("By me ({name})").format(name=first_name(pair.name_of(me))), me
        )
        self.author_filter.addItem(
            self.tr("By my partner ({name})").format(name=first_name(pair.name_of(other))), other
        )
        self.author_filter.setCurrentIndex(max(0, self.author_filter.findData(chosen)))
        self.reload(self.current_uuid())  # same pair again (say, a new phase): stay put

    def filters(self) -> dict[str, Any]:
        """The list's filters as the service takes them (absent means any)."""
        chosen: dict[str, Any] = {}
        for name, combo in (
            ("theme", self.theme_filter),
            ("author_role", self.author_filter),
            ("visibility", self.visibility_filter),
        ):
            if combo.currentData() is not None:
                chosen[name] = combo.currentData()
        if not self.any_date.isChecked():
            chosen["date_from"] = self.date_from.date().toString("yyyy-MM-dd")
            chosen["date_to"] = self.date_to.date().toString("yyyy-MM-dd")
        return chosen

    def clear_filters(self) -> None:
        for widget in (self.theme_filter, self.author_filter, self.visibility_filter):
            widget.setCurrentIndex(0)
        self.any_date.blockSignals(True)
        self.any_date.setChecked(True)
        self.any_date.blockSignals(False)
        self._on_any_date_toggled(True, reload=False)

    def _on_any_date_toggled(self, checked: bool, reload: bool = True) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)
        if reload:
            self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        self.reload(self.current_uuid())

    def reload(self, select: str | None = None) -> None:
        """Re-read the list and select `select` (or the newest if it is filtered out)."""
        self._reload(select, keep=False)

    def _reload(self, select: str | None, keep: bool) -> None:
        """`keep`: stay on `select` in the editor even if the filters now hide it (an edit
        must not whisk the reflection away while someone is writing)."""
        if self.pair is None:
            return
        pair_uuid, chosen = self.pair.uuid, self.filters()
        self.model.set_sources(
            lambda: self._reflections.count(pair_uuid, **chosen),
            lambda offset, limit: self._reflections.page(pair_uuid, offset, limit, **chosen),
        )
        self._update_summary(chosen)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            index = self.model.index(row)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)
            self.editor.show_reflection(select)
        elif keep and select and self._reflections.row(select) is not None:
            self.list.selectionModel().clearCurrentIndex()
            self.list.clearSelection()
            self.editor.show_reflection(select)
        elif self.model.rowCount():
            index = self.model.index(0)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)
            self.editor.show_reflection(index.data(UUID_ROLE))
        else:
            self.editor.show_reflection(None)

    def _update_summary(self, chosen: dict[str, Any]) -> None:
        assert self.pair is not None
        shown = self.model.total
        total = self._reflections.count(self.pair.uuid) if chosen else shown
        if chosen:
            if total == 1:
                text = self.tr("{shown} of 1 reflection match").format(shown=shown)
            else:
                text = self.tr("{shown} of {total} reflections match").format(
                    shown=shown, total=total
                )
        elif total == 1:
            text = self.tr("1 reflection, newest first")
        else:
            text = self.tr("{total} reflections, newest first").format(total=total)
        self.summary.setText(text)
        self.summary.setVisible(total > 0)
        self.list_stack.setCurrentIndex(0 if shown else 1)
        self.empty_hint.setText(
            self.tr("No reflections match these filters.")
            if total
            else self.tr("No reflections yet.")
        )

    def open_item(self, uuid: str) -> None:
        """Show one reflection (a search hit), clearing the filters if they hide it."""
        self.flush()
        self.reload(uuid)
        if self.current_uuid() != uuid:
            self.clear_filters()
            self.reload(uuid)

    def current_uuid(self) -> str | None:
        if self.editor.reflection is not None:
            return self.editor.reflection.uuid
        index = self.list.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid and (self.editor.reflection is None or self.editor.reflection.uuid != uuid):
            self.editor.show_reflection(uuid)

    # --- changes and undo ----------------------------------------------------------------------

    def _push(self, change: Change, uuid: str | None, key: str = "") -> None:
        self.undo_stack.push(
            ChangeCommand(
                change, self._reflections.apply, lambda: self._after_undo(uuid), key or None
            )
        )

    def _on_editor_changed(self, change: Change, key: str) -> None:
        reflection = self.editor.reflection
        self._push(change, reflection.uuid if reflection else None, key)

    def _on_listing_changed(self, uuid: str, structural: bool) -> None:
        if structural:
            self._reload(uuid, keep=True)
            return
        row = self._reflections.row(uuid)
        if row is not None:
            self.model.replace_row(uuid, row)

    def _after_undo(self, uuid: str | None) -> None:
        """After undo or redo: show the reflection the step was about if it (still) exists."""
        current = self.current_uuid()
        self.editor.show_reflection(None, save_pending=False)
        target = next(
            (
                candidate
                for candidate in (uuid, current)
                if candidate and self._reflections.row(candidate) is not None
            ),
            None,
        )
        self._reload(target, keep=True)
        if self.prompts_dialog is not None and self.prompts_dialog.isVisible():
            self.prompts_dialog.refresh()

    def flush(self) -> None:
        self.editor.flush()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        """Goals and meetings change on other pages: re-read the lists the editor offers."""
        super().showEvent(event)
        if self.pair is not None:
            self.show_pair(self.pair)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.flush()
        super().hideEvent(event)

    # --- writing -------------------------------------------------------------------------------

    def _recent_meeting(self) -> models.Meeting | None:
        """The last held meeting if it was in the past week."""
        assert self.pair is not None
        held = self._meetings.page(self.pair.uuid, 0, 1, [MeetingStatus.HELD.value])
        if not held:
            return None
        when = self._meetings.local_start(held[0].starts_at)
        if datetime.now(UTC) - when > timedelta(days=RECENT_MEETING_DAYS):
            return None
        return self._meetings.get(held[0].uuid)

    def _wrote_about(self, meeting_uuid: str) -> bool:
        assert self.pair is not None
        me = self.pair.me_role
        return any(r.author_role == me for r in self._reflections.for_meeting(meeting_uuid))

    def suggest(self, role: str, moment: str, current: str | None = None) -> prompts.Prompt | None:
        """A prompt for `role` in the pair's phase at `moment`, skipping those shown in this
        session (and `current`); a new round starts once every candidate has been shown."""
        if self.pair is None:
            return None
        phase, pair_uuid = self.pair.phase, self.pair.uuid
        exclude = self._shown | ({current} if current else set())
        chosen = self._reflections.suggest(pair_uuid, role, phase, moment, self._rng, exclude)
        if chosen is not None and chosen.id == current:
            self._shown = {current}
            chosen = self._reflections.suggest(pair_uuid, role, phase, moment, self._rng, {current})
            if chosen is None or chosen.id == current:
                return None
        if chosen is not None:
            self._shown.add(chosen.id)
        return chosen

    def _suggest_for(self, reflection: models.Reflection) -> prompts.Prompt | None:
        return self.suggest(
            reflection.author_role, self._moment_of(reflection), reflection.prompt_id
        )

    def _moment_of(self, reflection: models.Reflection) -> str:
        if reflection.uuid in self._moments:
            return self._moments[reflection.uuid]
        prompt = self._reflections.prompt(reflection.prompt_id) if reflection.prompt_id else None
        if prompt is not None:
            return prompt.moment
        return AFTER_MEETING if reflection.meeting_uuid else MONTHLY

    def new_reflection(self) -> str | None:
        """Start a reflection with a suggested prompt: "after a meeting" when one was held in
        the past week (linked, unless I already wrote about it), else "monthly"."""
        if self.pair is None:
            return None
        self.flush()
        meeting = self._recent_meeting()
        moment = AFTER_MEETING if meeting is not None else MONTHLY
        link = meeting.uuid if meeting is not None and not self._wrote_about(meeting.uuid) else None
        prompt = self.suggest(self.pair.me_role, moment)
        return self._create(prompt, link, moment)

    def write_with_prompt(self, prompt_id: str | None) -> str | None:
        """Start a reflection answering a given prompt (Overview suggests some), or none."""
        if self.pair is None:
            return None
        self.flush()
        prompt = self._reflections.prompt(prompt_id) if prompt_id else None
        moment = prompt.moment if prompt is not None else MONTHLY
        return self._create(prompt, None, moment)

    def _create(
        self,
        prompt: prompts.Prompt | None,
        meeting_uuid: str | None,
        moment: str,
        message: str | None = None,
    ) -> str | None:
        """`message` for the status bar, unless the new reflection is not private: then
        the message says so, since the user may not expect it."""
        assert self.pair is not None
        visibility = self._preferences.visibility_for(Visibility.PRIVATE.value)
        if message is None or visibility != Visibility.PRIVATE.value:
            messages = new_reflection_messages()
            message = messages.get(visibility, messages[""])
        try:
            reflection, change = self._reflections.create(
                self.pair.uuid,
                self.pair.me_role,
                prompt_id=prompt.id if prompt else None,
                meeting_uuid=meeting_uuid,
                visibility=visibility,
            )
        except errors.ValidationError as exc:
            self.status_message.emit(error_text(exc))
            return None
        self._moments[reflection.uuid] = moment
        self._push(change, reflection.uuid)
        if self._reflections.index_of(self.pair.uuid, reflection.uuid, **self.filters()) is None:
            self.clear_filters()
        self.reload(reflection.uuid)
        self.editor.focus_body()
        self.status_message.emit(message)
        return reflection.uuid

    def delete_reflection(self, uuid: str | None = None) -> None:
        """Delete at once (no question asked): Ctrl+Z brings it back exactly."""
        uuid = uuid or self.current_uuid()
        if not uuid or self.pair is None:
            return
        self.flush()
        row = self.list.currentIndex().row()
        try:
            change = self._reflections.delete(uuid)
        except errors.NotFoundError:
            return
        self._push(change, uuid)
        self.editor.show_reflection(None, save_pending=False)
        self.reload()
        if row > 0 and self.model.rowCount():  # stay near where the deleted one was
            self.reload(self.model.index(min(row, self.model.rowCount() - 1)).data(UUID_ROLE))
        self.list.setFocus()
        self.status_message.emit(self.tr("Reflection deleted. Press Ctrl+Z to undo."))

    # --- the offer after a meeting -------------------------------------------------------------

    def offer_after_meeting(self, meeting_uuid: str) -> prompts.Prompt | None:
        """Offer one prompt about a meeting just held: once per meeting, never modal. Nothing
        is offered if I already wrote about it, dismissed it in this session, or nothing fits."""
        if self.pair is None or meeting_uuid in self._dismissed:
            return None
        if self._offer_meeting == meeting_uuid and self.offer.isVisibleTo(self):
            return None
        try:
            meeting = self._meetings.get(meeting_uuid)
        except errors.NotFoundError:
            return None
        if meeting.pair_uuid != self.pair.uuid or self._wrote_about(meeting_uuid):
            return None
        prompt = self.suggest(self.pair.me_role, AFTER_MEETING)
        if prompt is None:
            return None
        self._offer_meeting, self._offer_pair, self.offered = meeting_uuid, self.pair.uuid, prompt
        when = local_text(self._meetings.local_start(meeting.starts_at))
        self.offer.title.setText(
            self.tr("After your meeting on {when} · a question for you, {name}").format(
                when=when, name=first_name(self.pair.me_name)
            )
        )
        self.offer.text.setText(prompt.text)
        self.offer.setAccessibleDescription(prompt.text)
        self.offer.show()
        self.prompt_offered.emit(meeting_uuid)
        return prompt

    def _hide_offer(self) -> None:
        self.offer.hide()
        self._offer_meeting = self._offer_pair = None
        self.offered = None

    def _on_answer_offer(self) -> None:
        meeting_uuid, prompt = self._offer_meeting, self.offered
        if meeting_uuid is None or self.pair is None:
            return
        self.flush()
        self._hide_offer()
        self._create(
            prompt,
            meeting_uuid,
            AFTER_MEETING,
            self.tr("Reflection started; it saves as you type."),
        )

    def _on_another_offer(self) -> None:
        if self.pair is None or self.offered is None:
            return
        prompt = self.suggest(self.pair.me_role, AFTER_MEETING, self.offered.id)
        if prompt is None:
            self.status_message.emit(self.tr("That is the only prompt for this moment."))
            return
        self.offered = prompt
        self.offer.text.setText(prompt.text)
        self.offer.setAccessibleDescription(prompt.text)

    def _on_dismiss_offer(self) -> None:
        if self._offer_meeting:
            self._dismissed.add(self._offer_meeting)
        self._hide_offer()

    # --- the prompt library --------------------------------------------------------------------

    def open_prompts(self) -> PromptsDialog:
        """The library, non-modal; its changes go on this page's undo stack."""
        author = self.pair.me_role if self.pair else Role.MENTOR.value
        if self.prompts_dialog is None:
            self.prompts_dialog = PromptsDialog(self._reflections, author, self)
            self.prompts_dialog.changed.connect(lambda change: self._push(change, None))
        self.prompts_dialog.author_role = author
        self.prompts_dialog.refresh()
        if self.prompts_dialog.isVisible():  # already open behind the window: bring it up
            self.prompts_dialog.raise_()
            self.prompts_dialog.activateWindow()
        else:
            self.prompts_dialog.show()
        return self.prompts_dialog
