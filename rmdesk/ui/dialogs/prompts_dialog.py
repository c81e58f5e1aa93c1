"""The prompt library: every built-in and custom prompt in a filterable table, hide or show
one, add your own (checked like the library's), delete your own.

Changes go to the Reflections page's undo stack (the dialog emits each Change), so Ctrl+Z
there takes back a hide or an added prompt.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.domain.enums import Role
from rmdesk.services import prompts
from rmdesk.services.reflections import ReflectionService, custom_id
from rmdesk.services.undo import Change
from rmdesk.ui import messages, theme
from rmdesk.ui.i18n import translate
from rmdesk.ui.widgets import fields
from rmdesk.ui.widgets.buttons import push_button

COLUMN_COUNT = 7  # see columns()
ID_ROLE = Qt.ItemDataRole.UserRole
# The dialog's buttons: Enter in the filter or a new prompt never presses one.
_button = functools.partial(push_button, auto_default=False)
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 1
BUILTIN_ROLE = Qt.ItemDataRole.UserRole + 2
PROBLEMS_SHOWN = 3


# Label tables are functions, so they are translated when used (not at import, before a
# translator is installed).
def theme_labels() -> dict[str, str]:
    return {
        "digital_fluency": translate("prompts_dialog", "Digital fluency"),
        "generational_perspective": translate("prompts_dialog", "Generational perspective"),
        "inclusion": translate("prompts_dialog", "Inclusion"),
        "feedback_and_candour": translate("prompts_dialog", "Feedback and candour"),
        "leadership": translate("prompts_dialog", "Leadership"),
        "psychological_safety": translate("prompts_dialog", "Psychological safety"),
        "career": translate("prompts_dialog", "Career"),
        "mentor_growth": translate("prompts_dialog", "Mentor's growth"),
    }


def role_labels() -> dict[str, str]:
    return {
        "mentor": translate("prompts_dialog", "Mentor"),
        "mentee": translate("prompts_dialog", "Mentee"),
        "both": translate("prompts_dialog", "Either of us"),
    }


def phase_labels() -> dict[str, str]:
    return {
        "preparing": translate("prompts_dialog", "Preparing"),
        "agreeing": translate("prompts_dialog", "Agreeing"),
        "growing": translate("prompts_dialog", "Growing"),
        "closing": translate("prompts_dialog", "Closing"),
    }


def moment_labels() -> dict[str, str]:
    return {
        "before_meeting": translate("prompts_dialog", "Before a meeting"),
        "after_meeting": translate("prompts_dialog", "After a meeting"),
        "monthly": translate("prompts_dialog", "Monthly"),
        "closure": translate("prompts_dialog", "At closure"),
    }


def columns() -> tuple[str, ...]:
    """The library table's column headers."""
    return (
        translate("prompts_dialog", "Prompt"),
        translate("prompts_dialog", "For"),
        translate("prompts_dialog", "Phase"),
        translate("prompts_dialog", "Moment"),
        translate("prompts_dialog", "Theme"),
        translate("prompts_dialog", "Source"),
        translate("prompts_dialog", "Hidden"),
    )


def theme_label(value: str) -> str:
    """A theme as people say it; unknown ones are derived from the id."""
    if not value:
        return translate("prompts_dialog", "No theme")
    return theme_labels().get(value, value.replace("_", " ").capitalize())


def _label(labels: dict[str, str], value: str) -> str:
    return labels.get(value, value.replace("_", " ").capitalize())


class PromptsDialog(QDialog):
    """Not modal: the page stays usable while the library is open."""

    changed = Signal(object)  # a Change for the page's undo stack

    def __init__(
        self,
        reflections: ReflectionService,
        author_role: str = Role.MENTOR.value,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promptsDialog")
        self.setWindowTitle(self.tr("Reflection prompts"))
        self.setAccessibleName(self.tr("Reflection prompts"))
        self._reflections = reflections
        self.author_role = author_role

        self.problems = QLabel(objectName="promptLibraryProblems", wordWrap=True)
        self.problems.setAccessibleName(self.tr("Problems in the built-in prompt files"))
        theme.error_label(self.problems)
        small = self.problems.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.problems.setFont(small)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()

        self.filter = QLineEdit(objectName="promptFilter")
        self.filter.setPlaceholderText(self.tr("Filter by words, role, phase, moment or theme"))
        self.filter.setAccessibleName(self.tr("Filter prompts"))
        fields.name_clear_button(self.filter, self.tr("Clear the filter"))
        self.counts = QLabel(objectName="promptCounts")

        self.model = QStandardItemModel(0, COLUMN_COUNT, self)
        self.model.setHorizontalHeaderLabels(list(columns()))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(objectName="promptTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Prompts"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        # Click a header to sort; until then the library's own order (by phase).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)

        self.hide_button = _button(self.tr("Hide"), "hidePromptButton", self._on_hide)
        self.hide_button.setToolTip(self.tr("Stop offering the selected prompt"))
        self.hide_button.setAccessibleName(self.tr("Hide the selected prompt"))
        self.show_button = _button(self.tr("Show again"), "showPromptButton", self._on_show)
        self.delete_button = _button(self.tr("Delete"), "deletePromptButton", self._on_delete)
        self.delete_button.setAccessibleName(self.tr("Delete the selected prompt"))
        self.delete_button.setToolTip(self.tr("Delete the selected prompt (only your own)"))
        self.error = QLabel(objectName="promptError", wordWrap=True)
        theme.error_label(self.error)
        self.error.hide()
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.counts, 1)
        row_buttons.addWidget(self.hide_button)
        row_buttons.addWidget(self.show_button)
        row_buttons.addWidget(self.delete_button)

        add_box = QGroupBox(self.tr("Add my own prompt"))
        add_box.setObjectName("addPromptBox")
        self.new_text = QLineEdit(objectName="customPromptText")
        self.new_text.setPlaceholderText(self.tr("A question you would like to be asked"))
        self.new_text.setAccessibleName(self.tr("Prompt text"))
        self.new_text.returnPressed.connect(self._on_add)
        self.new_role = self._combo(
            "customPromptRole", self.tr("Who it is for"), role_labels(), prompts.ROLES
        )
        self.new_role.setCurrentIndex(self.new_role.findData(prompts.BOTH))
        self.new_phase = self._combo(
            "customPromptPhase", self.tr("Phase"), phase_labels(), prompts.PHASES
        )
        self.new_phase.setCurrentIndex(self.new_phase.findData("growing"))
        self.new_moment = self._combo(
            "customPromptMoment", self.tr("When it is asked"), moment_labels(), prompts.MOMENTS
        )
        self.new_moment.setCurrentIndex(self.new_moment.findData("after_meeting"))
        self.new_theme = fields.NamedComboBox(objectName="customPromptTheme")
        self.new_theme.setAccessibleName(self.tr("Theme"))
        self.new_theme.addItem(self.tr("No theme"), "")
        for value in reflections.themes():
            self.new_theme.addItem(theme_label(value), value)
        self.new_framework = fields.NamedComboBox(objectName="customPromptFramework")
        self.new_framework.setAccessibleName(self.tr("Framework"))
        self.new_framework.addItem(self.tr("No framework"), "")
        for value in prompts.FRAMEWORKS:
            self.new_framework.addItem(value, value)
        self.add_button = _button(self.tr("Add prompt"), "addPromptButton", self._on_add)
        self.new_error = QLabel(objectName="customPromptError", wordWrap=True)
        self.new_error.setAccessibleName(self.tr("Problem with the new prompt"))
        theme.error_label(self.new_error)
        self.new_error.hide()
        grid = QGridLayout(add_box)
        text_label = QLabel(self.tr("&Question"))
        text_label.setBuddy(self.new_text)
        grid.addWidget(text_label, 0, 0)
        grid.addWidget(self.new_text, 0, 1, 1, 5)
        for column, (caption, combo) in enumerate(
            (
                (self.tr("F&or"), self.new_role),
                (self.tr("P&hase"), self.new_phase),
                (self.tr("&Moment"), self.new_moment),
                (self.tr("&Theme"), self.new_theme),
                (self.tr("Fra&mework"), self.new_framework),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            grid.addWidget(label, 1 + column // 3, 2 * (column % 3))
            grid.addWidget(combo, 1 + column // 3, 2 * (column % 3) + 1)
        grid.addWidget(self.add_button, 2, 5)
        grid.addWidget(self.new_error, 3, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.error)
        layout.addWidget(add_box)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self.refresh()

    def _combo(
        self, name: str, accessible: str, labels: dict[str, str], values: tuple[str, ...]
    ) -> QComboBox:
        combo = fields.NamedComboBox(objectName=name)
        combo.setAccessibleName(accessible)
        for value in values:
            combo.addItem(_label(labels, value), value)
        return combo

    # --- the table -----------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """Re-read the library (after any change here, or an undo on the page); `select` is
        shown even if the filter would hide it, the current selection only if it still shows."""
        reveal = select is not None
        select = select or self.selected_id()
        problems = self._reflections.library_problems()
        if problems:
            shown = "\n".join(f"• {line}" for line in problems[:PROBLEMS_SHOWN])
            more = len(problems) - PROBLEMS_SHOWN
            self.problems.setText(
                (
                    self.tr(
                        "⚠ 1 problem in the built-in prompt files; the prompts "
                        "concerned are skipped and the rest work as usual.\n{shown}"
                    )
                    if len(problems) == 1
                    else self.tr(
                        "⚠ {n} problems in the built-in prompt files; the prompts "
                        "concerned are skipped and the rest work as usual.\n{shown}"
                    )
                ).format(n=len(problems), shown=shown)
                + (
                    self.tr("\n… and {more} more (hover to read them all).").format(more=more)
                    if more > 0
                    else ""
                )
            )
            self.problems.setToolTip("\n".join(problems))
        self.problems.setVisible(bool(problems))

        hidden = self._reflections.hidden_ids()
        phase_order = {phase: number for number, phase in enumerate(prompts.PHASES)}
        every = sorted(
            self._reflections.all_prompts(include_hidden=True),
            key=lambda prompt: phase_order.get(prompt.phase, len(phase_order)),
        )
        muted = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.model.removeRows(0, self.model.rowCount())
        for prompt in every:
            is_hidden = prompt.id in hidden
            cells = [
                prompt.text,
                _label(role_labels(), prompt.role),
                _label(phase_labels(), prompt.phase),
                _label(moment_labels(), prompt.moment),
                theme_label(prompt.theme),
                self.tr("Built-in") if prompt.builtin else self.tr("Your own"),
                self.tr("Hidden") if is_hidden else "",
            ]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setData(prompt.id, ID_ROLE)
                item.setData(is_hidden, HIDDEN_ROLE)
                item.setData(prompt.builtin, BUILTIN_ROLE)
                if is_hidden:
                    item.setForeground(muted)
                items.append(item)
            tip = prompt.text + (
                self.tr("\nFramework: {framework}").format(framework=prompt.framework)
                if prompt.framework
                else ""
            )
            items[0].setToolTip(tip)
            self.model.appendRow(items)
        own = sum(1 for p in every if not p.builtin)
        self.counts.setText(
            self.tr("{n} prompts · {hidden} hidden · {own} of your own").format(
                n=len(every), hidden=len(hidden & {p.id for p in every}), own=own
            )
        )
        if select:
            self.select(select, reveal)
        self._update_buttons()

    def select(self, prompt_id: str, reveal: bool = True) -> bool:
        """Select a prompt by id (with `reveal`, clearing the filter if it hides it)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ID_ROLE) == prompt_id:
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.table.scrollTo(index)
                    return True
            if attempt == 0 and reveal and self.filter.text():
                self.filter.clear()
        return False

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        index = self.table.currentIndex()
        chosen = index.isValid()
        hidden = bool(index.data(HIDDEN_ROLE)) if chosen else False
        builtin = bool(index.data(BUILTIN_ROLE)) if chosen else True
        self.hide_button.setEnabled(chosen and not hidden)
        self.show_button.setEnabled(chosen and hidden)
        self.delete_button.setEnabled(chosen and not builtin)

    # --- changes -------------------------------------------------------------------------------

    def _run(self, action, label: QLabel) -> Change | None:  # noqa: ANN001
        try:
            change = action()
        except errors.ValidationError as exc:
            label.setText(messages.text(exc))
            label.show()
            return None
        label.hide()
        if not change.empty:
            self.changed.emit(change)
        return change

    def _on_hide(self) -> None:
        prompt_id = self.selected_id()
        if prompt_id and self._run(
            lambda: self._reflections.hide_prompt(prompt_id, self.author_role), self.error
        ):
            self.refresh(prompt_id)

    def _on_show(self) -> None:
        prompt_id = self.selected_id()
        if prompt_id and self._run(lambda: self._reflections.unhide_prompt(prompt_id), self.error):
            self.refresh(prompt_id)

    def _on_delete(self) -> None:
        prompt_id = self.selected_id()
        if prompt_id and self._run(
            lambda: self._reflections.delete_custom_prompt(prompt_id), self.error
        ):
            self.refresh()

    def _on_add(self) -> None:
        change = self._run(
            lambda: self._reflections.add_custom_prompt(
                self.new_text.text(),
                self.new_role.currentData(),
                self.new_phase.currentData(),
                self.new_moment.currentData(),
                self.new_theme.currentData(),
                self.new_framework.currentData(),
                author_role=self.author_role,
            ),
            self.new_error,
        )
        if change is None:
            return
        self.new_text.clear()
        [uuid] = [uuid for table, uuid in change.after if table == "custom_prompts"]
        self.refresh(custom_id(uuid))
