"""The one window: pair switcher, sidebar, pages, File and Help menus."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk import __version__, errors, settings
from rmdesk.services import pairs
from rmdesk.services.desk import Desk
from rmdesk.ui import announce, keys, messages, resources, theme
from rmdesk.ui.pages.overview import OverviewPage
from rmdesk.ui.partner import PartnerActions
from rmdesk.ui.tasks import TaskRunner
from rmdesk.ui.widgets import fields

if TYPE_CHECKING:
    from rmdesk.domain import models
    from rmdesk.ui.pages.goals import GoalsPage
    from rmdesk.ui.pages.meetings import MeetingsPage
    from rmdesk.ui.pages.welcome import WelcomePage


@runtime_checkable
class _PairPage(Protocol):
    """What every sidebar page offers the window (pages share no base class but QWidget)."""

    def show_pair(self, pair: models.Pair) -> None: ...


@runtime_checkable
class _ItemPage(Protocol):
    """A page that lists entries a search hit can open (goals, meetings, topics, reflections)."""

    def open_item(self, uuid: str) -> None: ...

    def current_uuid(self) -> str | None: ...


# After the first paint, a pause for the start-up's own after-paint work before the other
# pages are built one per turn of the event loop.
PREBUILD_DELAY_MS = 250


class MainWindow(QMainWindow):
    pair_selected = Signal(str)
    backup_finished = Signal(str)

    def __init__(self, desk: Desk, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("rmdesk")
        self.setWindowIcon(resources.icon("rmdesk"))
        self.desk = desk
        self.runner = runner
        # Window state lives apart from user settings (Picard's split).
        self.state = QSettings(str(desk.paths.window_state), QSettings.Format.IniFormat)
        self.current_pair: str | None = None
        # User settings (settings.json), one object shared with the pages that use them.
        self.settings = settings.load(desk.paths.settings)
        self._housekeeping: TaskRunner | None = None

        self.pair_switcher = fields.NamedComboBox(objectName="pairSwitcher")
        self.pair_switcher.setAccessibleName(self.tr("Pair"))
        self.pair_switcher.setMinimumContentsLength(24)
        self.pair_switcher.currentIndexChanged.connect(self._on_pair_switcher_changed)
        toolbar = QToolBar(self.tr("Pair"), objectName="pairToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        switcher_label = QLabel(self.tr("  &Pair: "))
        switcher_label.setBuddy(self.pair_switcher)
        toolbar.addWidget(switcher_label)
        toolbar.addWidget(self.pair_switcher)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet(theme.sidebar_style())
        self.sidebar.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget(objectName="pages")
        self._welcome: WelcomePage | None = None
        # Pages are built the first time they are shown, so start-up pays only for one.
        self._page_factories: list[Callable[[], QWidget]] = []
        self._sidebar_pages: list[QWidget | None] = []
        self.undo_group = QUndoGroup(self)
        self._add_page("overview", self.tr("Overview"), self._overview_page)
        self._add_page("goals", self.tr("Goals"), lambda: _goals_page(desk, self.settings))
        self._add_page("meetings", self.tr("Meetings"), self._meetings_page)
        self._add_page("topics", self.tr("Topics"), self._topics_page)
        self._add_page(
            "reflections", self.tr("Reflections"), lambda: _reflections_page(desk, self.settings)
        )
        self._add_page("search", self.tr("Search"), self._search_page)
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)

        # The Partner menu, send/receive, drops and the received banner (ui/partner.py).
        self.partner = PartnerActions(self)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.partner.banner)
        column.addWidget(self.pages, 1)
        layout.addLayout(column, 1)
        self.setCentralWidget(central)

        self.progress = QProgressBar(objectName="busyIndicator")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        runner.busy_changed.connect(self.progress.setVisible)
        # Status messages are said, not only shown (a screen reader never looks down there).
        self.statusBar().messageChanged.connect(self._on_status_message_changed)
        if keys.IS_MACOS:  # tooltips name ⌘, not Ctrl
            self._native_tooltips = keys.NativeToolTips(self)
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self._native_tooltips)

        self._coordinator: QWidget | None = None
        self._build_menus()
        self._restore_state()
        self.reload_pairs(select=str(self.state.value("last_pair", "", str)) or None)

    # --- building -------------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page, built only when a desk has no pair (most starts skip it)."""
        if self._welcome is None:
            from rmdesk.ui.pages.welcome import WelcomePage

            self._welcome = WelcomePage(self.desk.pairs, templates=self.desk.programme_templates)
            self._welcome.pair_created.connect(self._on_pair_created)
            self._welcome.invitation_requested.connect(self.partner.join)
            self.pages.addWidget(self._welcome)
        return self._welcome

    def page(self, key: str) -> QWidget:
        """The page for a sidebar key, built on first use."""
        return self._page_at(self._row_of(key))

    @property
    def overview(self) -> OverviewPage:
        return self.page("overview")  # type: ignore[return-value]

    @property
    def goals(self) -> GoalsPage:
        return self.page("goals")  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsPage:
        return self.page("meetings")  # type: ignore[return-value]

    def _undo_redo(self, step: Callable[[], None]) -> None:
        flush = getattr(self.pages.currentWidget(), "flush", None)
        if flush is not None:
            flush()
        step()

    def _overview_page(self) -> QWidget:
        page = OverviewPage(self.desk.overview, self.desk)
        page.reflect_requested.connect(self._on_reflect_requested)
        # A phase change (or its undo) changes what other pages suggest: let them re-read.
        page.undo_stack.indexChanged.connect(self._on_overview_changed)
        return page

    def _on_overview_changed(self, _index: int) -> None:
        """A bound slot (not a lambda), so Qt disconnects it when the window goes."""
        if not self.current_pair or not self.isVisible():  # closing: the desk may be gone
            return
        pair = self.desk.pairs.get(self.current_pair)
        for page in self._built_pages():
            if not isinstance(page, OverviewPage) and isinstance(page, _PairPage):
                page.show_pair(pair)

    def _meetings_page(self) -> QWidget:
        from rmdesk.ui.pages.meetings import MeetingsPage

        page = MeetingsPage(self.desk.meetings, self.desk.goals)
        page.meeting_held.connect(self._on_meeting_held)
        page.check_in_requested.connect(lambda uuid: self.overview.check_in(uuid))
        return page

    def _topics_page(self) -> QWidget:
        from rmdesk.ui.pages.topics import TopicsPage

        page = TopicsPage(
            self.desk.topics, self.desk.meetings, self.desk.goals, preferences=self.settings
        )
        page.meeting_chosen.connect(self._on_meeting_chosen)
        return page

    def _search_page(self) -> QWidget:
        from rmdesk.services.search import SearchService
        from rmdesk.ui.pages.search import SearchPage

        page = SearchPage(SearchService(self.desk.paths), runner=self.runner)
        page.open_requested.connect(self._on_search_open_requested)
        return page

    def _on_search(self) -> None:
        """Ctrl+K: the Search page from anywhere, its box ready to type into."""
        if not self.current_pair:
            return
        self.sidebar.setCurrentRow(self._row_of("search"))
        from rmdesk.ui.pages.search import SearchPage

        page = self.page("search")
        if isinstance(page, SearchPage):
            page.focus_query()

    def _on_search_open_requested(self, kind: str, uuid: str) -> None:
        """Open a hit where it lives: its pair, its page, the item (or what holds it)."""
        from rmdesk.services.search import SearchService

        hit = (kind, uuid)
        try:
            kind, uuid, pair_uuid = SearchService(self.desk.paths).target(kind, uuid)
        except errors.RmdeskError as exc:
            messages.show_error(self, messages.text(exc))
            return
        if pair_uuid and pair_uuid != self.current_pair:
            index = self.pair_switcher.findData(pair_uuid)
            if index >= 0:
                self.pair_switcher.setCurrentIndex(index)
        if kind == "commitments":  # they live on the Overview, in their own list
            self.sidebar.setCurrentRow(self._row_of("overview"))
            self.overview.commitments.open_list(select=uuid)
            return
        self.sidebar.setCurrentRow(self._row_of(kind))
        page = self.page(kind)
        if not isinstance(page, _ItemPage):
            return
        page.open_item(uuid)
        if page.current_uuid() != uuid:
            self.statusBar().showMessage(self.tr("That entry is no longer on the desk."), 6000)
        elif hit != (kind, uuid) and kind in ("meetings", "goals"):
            # An agenda or action item, a milestone or an update: select it in its meeting or
            # goal, in view, rather than leave the user at the top of it.
            detail = getattr(page, "detail", None)  # MeetingDetail or GoalDetail
            if detail is not None:
                detail.focus_item(*hit)

    def _on_meeting_chosen(self, meeting_uuid: str) -> None:
        self.sidebar.setCurrentRow(self._row_of("meetings"))
        self.meetings.reload(meeting_uuid)

    def _on_meeting_held(self, meeting_uuid: str) -> None:
        """Offer one reflection prompt (never modal) and point to the pulse check-in."""
        from rmdesk.ui.pages.reflections import ReflectionsPage

        page = self.page("reflections")
        offered = isinstance(page, ReflectionsPage) and page.offer_after_meeting(meeting_uuid)
        hint = (
            self.tr(" A reflection prompt is waiting on the Reflections page.") if offered else ""
        )
        current = self.statusBar().currentMessage()
        self.statusBar().showMessage(
            current + hint + self.tr(" Use “Pulse check-in…” to say how it went."), 12000
        )

    def _on_reflect_requested(self, prompt_id: str) -> None:
        self.sidebar.setCurrentRow(self._row_of("reflections"))
        from rmdesk.ui.pages.reflections import ReflectionsPage

        page = self.page("reflections")
        if isinstance(page, ReflectionsPage):
            page.write_with_prompt(prompt_id or None)

    def _on_plan_meeting_anywhere(self) -> None:
        """Ctrl+Shift+N: plan a meeting from any page."""
        if not self.current_pair:
            return
        self.sidebar.setCurrentRow(self._row_of("meetings"))
        self.meetings.plan_meeting()

    def _row_of(self, key: str) -> int:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        raise KeyError(key)

    def _built_pages(self) -> list[QWidget]:
        return [page for page in self._sidebar_pages if page is not None]

    def _page_at(self, row: int) -> QWidget:
        page = self._sidebar_pages[row]
        if page is None:
            page = self._page_factories[row]()
            self._sidebar_pages[row] = page
            # The page's name is what a screen reader says when Ctrl+1…6 focuses it.
            page.setAccessibleName(self.sidebar.item(row).text())
            self.pages.addWidget(page)
            keys.add_mac_delete_keys(page)
            message = getattr(page, "status_message", None)
            if message is not None:
                message.connect(lambda text: self.statusBar().showMessage(keys.native(text), 8000))
            stack = getattr(page, "undo_stack", None)
            if stack is not None:
                self.undo_group.addStack(stack)
            self.partner.page_built(self.sidebar.item(row).data(Qt.ItemDataRole.UserRole), page)
            if self.current_pair and isinstance(page, _PairPage):
                page.show_pair(self.desk.pairs.get(self.current_pair))
        return page

    def _add_page(self, key: str, title: str, factory: Callable[[], QWidget]) -> None:
        item = QListWidgetItem(resources.icon(key), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.sidebar.addItem(item)
        self._page_factories.append(factory)
        self._sidebar_pages.append(None)
        row = len(self._sidebar_pages) - 1
        go = QAction(self.tr("Go to {page}").format(page=title), self)
        go.setObjectName(f"goTo{title}")
        go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
        go.triggered.connect(lambda: self._go_to_page(row))
        self.addAction(go)
        item.setToolTip(self.tr("{page} (Ctrl+{number})").format(page=title, number=row + 1))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_pair_action = self._action(
            file_menu, self.tr("&New pair…"), self._on_new_pair, "newPair"
        )
        self.plan_meeting_action = self._action(
            file_menu,
            self.tr("&Plan a meeting…"),
            self._on_plan_meeting_anywhere,
            "planMeeting",
            "Ctrl+Shift+N",
        )
        self.edit_pair_action = self._action(
            file_menu, self.tr("&Edit pair…"), self._on_edit_pair, "editPair", "Ctrl+E"
        )
        self.archive_action = self._action(
            file_menu, self.tr("&Archive pair"), self._on_archive_toggled, "archivePair"
        )
        file_menu.addSeparator()
        self.backup_action = self._action(
            file_menu, self.tr("&Back up now"), self._on_backup_now, "backupNow", "Ctrl+Shift+B"
        )
        self.backup_as_action = self._action(
            file_menu, self.tr("Back up &to file…"), self._on_backup_to_file, "backupToFile"
        )
        self.backups_action = self._action(
            file_menu, self.tr("Back&ups and restore…"), self._on_backups, "backups"
        )
        file_menu.addSeparator()
        self.self_assessment_action = self._action(
            file_menu,
            self.tr("Self-a&ssessment…"),
            self._on_self_assessment,
            "selfAssessment",
        )
        self.export_summary_action = self._action(
            file_menu,
            self.tr("E&xport progress summary…"),
            self._on_export_summary,
            "exportSummary",
            "Ctrl+Shift+E",
        )
        self._action(
            file_menu, self.tr("&Coordinator view…"), self._on_coordinator_view, "coordinatorView"
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "quit", QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # Our own actions (not createUndoAction) so that typing still waiting for its autosave
        # is saved first and becomes part of what Undo undoes, never silently dropped.
        self.undo_action = QAction(self.tr("&Undo"), self, objectName="undo", enabled=False)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(lambda: self._undo_redo(self.undo_group.undo))
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(
            lambda text: self.undo_action.setText(self.tr("&Undo {what}").format(what=text).strip())
        )
        self.redo_action = QAction(self.tr("&Redo"), self, objectName="redo", enabled=False)
        self.redo_action.triggered.connect(lambda: self._undo_redo(self.undo_group.redo))
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.redoTextChanged.connect(
            lambda text: self.redo_action.setText(self.tr("&Redo {what}").format(what=text).strip())
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.search_action = self._action(
            edit_menu, self.tr("&Search everything…"), self._on_search, "search", "Ctrl+K"
        )
        edit_menu.addSeparator()
        self.settings_action = self._action(
            edit_menu, self.tr("Se&ttings…"), self._on_settings, "settings", "Ctrl+,"
        )
        self.partner.add_menu(self.menuBar())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&Keyboard shortcuts"), self._on_shortcuts, "shortcuts", "Ctrl+/"
        )
        self._action(help_menu, self.tr("&About rmdesk"), self._on_about, "about")

    def _action(self, menu, text, slot, name, shortcut=None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- pairs ----------------------------------------------------------------------------

    def reload_pairs(self, select: str | None = None) -> None:
        """Fill the switcher; show the welcome page when the desk has no pair yet."""
        all_pairs = self.desk.pairs.list()
        self.pair_switcher.blockSignals(True)
        self.pair_switcher.clear()
        for pair in all_pairs:
            suffix = self.tr("  (archived)") if pair.archived_at else ""
            self.pair_switcher.addItem(pair.label + suffix, pair.uuid)
        self.pair_switcher.blockSignals(False)
        has_pairs = bool(all_pairs)
        self.toolbar.setVisible(has_pairs)
        self.sidebar.setVisible(has_pairs)
        for action in (
            self.edit_pair_action,
            self.archive_action,
            self.export_summary_action,
            self.self_assessment_action,
            self.search_action,
            *self.partner.pair_actions,
        ):
            action.setEnabled(has_pairs)
        if not has_pairs:
            self.current_pair = None
            self._restore_welcome_draft()
            self.pages.setCurrentWidget(self.welcome)
            self.welcome.form.mentor_name.setFocus()
            return
        index = self.pair_switcher.findData(select) if select else -1
        self.pair_switcher.setCurrentIndex(max(index, 0))
        self._on_pair_switcher_changed(self.pair_switcher.currentIndex())

    def _on_pair_switcher_changed(self, index: int) -> None:
        uuid = self.pair_switcher.itemData(index)
        if not uuid:
            return
        self.current_pair = uuid
        pair = self.desk.pairs.get(uuid)
        self.archive_action.setText(
            self.tr("Un&archive pair") if pair.archived_at else self.tr("&Archive pair")
        )
        for page in self._built_pages():
            if isinstance(page, _PairPage):
                page.show_pair(pair)
        if self.pages.currentWidget() is self._welcome or self.sidebar.currentRow() < 0:
            self.sidebar.setCurrentRow(self._saved_page_row())
        self._on_sidebar_row_changed(self.sidebar.currentRow())
        self.pair_selected.emit(uuid)

    def _on_pair_created(self, uuid: str) -> None:
        self.state.remove("welcome_draft")
        self.statusBar().showMessage(self.tr("Pair created. Welcome!"), 5000)
        self.reload_pairs(select=uuid)

    def _on_new_pair(self) -> None:
        from rmdesk.ui.dialogs.pair_dialog import PairDialog

        dialog = PairDialog(self.desk.pairs, parent=self, templates=self.desk.programme_templates)
        if dialog.exec() and dialog.saved_uuid:
            self.reload_pairs(select=dialog.saved_uuid)

    def _on_edit_pair(self) -> None:
        if not self.current_pair:
            return
        from rmdesk.ui.dialogs.pair_dialog import PairDialog

        dialog = PairDialog(self.desk.pairs, self.desk.pairs.get(self.current_pair), self)
        if dialog.exec() and dialog.saved_uuid:
            self.reload_pairs(select=dialog.saved_uuid)
            self.statusBar().showMessage(self.tr("Pair saved."), 4000)

    def _on_archive_toggled(self) -> None:
        if not self.current_pair:
            return
        pair = self.desk.pairs.get(self.current_pair)
        archiving = pair.archived_at is None
        self.desk.pairs.set_archived(pair.uuid, archiving)
        self.reload_pairs(select=pair.uuid)
        self.statusBar().showMessage(
            self.tr("{pair} archived; it stays in the pair list and can be unarchived.").format(
                pair=pair.label
            )
            if archiving
            else self.tr("{pair} is active again.").format(pair=pair.label),
            6000,
        )

    # --- pages ----------------------------------------------------------------------------

    def _saved_page_row(self) -> int:
        key = self.state.value("last_page", "overview", str)
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        return 0

    def _go_to_page(self, row: int) -> None:
        """Ctrl+1…6: show the page and move the focus onto it, so that a screen reader says
        which page this is (from the sidebar's arrow keys the focus stays in the sidebar)."""
        self.sidebar.setCurrentRow(row)
        page = self._sidebar_pages[row]
        if page is not None and self.pages.currentWidget() is page:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Tab goes on into the page

    def _on_sidebar_row_changed(self, row: int) -> None:
        if row < 0 or not self.current_pair:
            return
        fresh = self._sidebar_pages[row] is None
        page = self._page_at(row)
        self.pages.setCurrentWidget(page)
        self.undo_group.setActiveStack(getattr(page, "undo_stack", None))
        if not fresh and isinstance(page, OverviewPage):
            page.show_again(self.desk.pairs.get(self.current_pair))  # other pages edit meanwhile

    def _on_status_message_changed(self, text: str) -> None:
        announce.announce(self.statusBar(), text)

    # --- backups --------------------------------------------------------------------------

    def _on_backup_now(self) -> None:
        self._run_backup(None)

    def _on_backup_to_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up to file"),
            "rmdesk-backup.sqlite",
            self.tr("rmdesk backup (*.sqlite)"),
        )
        if path:
            self._run_backup(path)

    def _run_backup(self, destination: str | None) -> None:
        from pathlib import Path

        from rmdesk.services import backups

        data = self.desk.paths
        target = Path(destination) if destination else None
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.runner.submit(
            lambda: backups.take(data, "manual", target),  # rotated as Settings say
            self._on_backup_done,
            self._on_task_failed,
        )

    def _on_settings(self) -> None:
        from rmdesk.ui.dialogs.settings_dialog import SettingsDialog

        if SettingsDialog(self.settings, self.desk.paths.settings, self).exec():
            self.statusBar().showMessage(self.tr("Settings saved."), 4000)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """The system switched light/dark: the sidebar's tint is rebuilt from the palette."""
        if event.type() == QEvent.Type.PaletteChange:
            self.sidebar.setStyleSheet(theme.sidebar_style())
        super().changeEvent(event)

    def after_first_paint(self) -> None:
        """Once, after the window has painted (application.run calls it): the next-meeting
        reminder or a settings problem, then the other pages built in idle moments, so
        that the first visit to each does not stall (nothing of it delays the window)."""
        if not self.isVisible():
            return
        if self.settings.problems:
            self.statusBar().showMessage(
                " ".join(map(messages.text, self.settings.problems)), 15000
            )
        elif self.current_pair:
            text = (
                messages.text(self.desk.meetings.reminder(self.current_pair))
                if self.settings.remind_next_meeting
                else ""
            )
            text = " ".join(part for part in (text, self._commitments_waiting()) if part)
            if text:
                self.statusBar().showMessage(text, 20000)
        from rmdesk.services import desk as desk_service

        # Its own runner: this is housekeeping, not work to show the busy indicator for.
        self._housekeeping = TaskRunner(self)
        self._housekeeping.submit(desk_service.warm_up)
        QTimer.singleShot(PREBUILD_DELAY_MS, self._prebuild_next_page)
        self.partner.start_shared_folder()

    def _commitments_waiting(self) -> str:
        """At start, away from the Overview (whose card asks itself): a word that a
        commitment's day to look back has come (issue 16)."""
        overview = self._sidebar_pages[self._row_of("overview")]
        on_overview = overview is not None and self.pages.currentWidget() is overview
        if not self.current_pair or on_overview:
            return ""
        from datetime import date

        due = self.desk.commitments.due(self.current_pair, date.today())
        if not due:
            return ""
        return self.tr(
            "%n commitment(s) waiting for a look back: the Overview asks how it went.", "", len(due)
        )

    def _prebuild_next_page(self) -> None:
        """Build one page not yet built, then yield to the event loop before the next."""
        if not self.isVisible() or not self.current_pair:
            return
        for row, page in enumerate(self._sidebar_pages):
            if page is None:
                self._page_at(row)
                QTimer.singleShot(0, self._prebuild_next_page)
                return

    def flush_pages(self) -> None:
        """Save whatever is typed but not yet saved, on every page that was built."""
        for page in self._built_pages():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()

    def _on_backups(self) -> None:
        from rmdesk.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.desk, self)
        dialog.desk_replaced.connect(self._on_desk_replaced)
        dialog.exec()

    def _on_desk_replaced(self, source: str) -> None:
        """After a restore every page re-reads; undo history of the old content is dropped
        (it refers to rows that may no longer exist)."""
        self.reread_desk(clear_undo=True)
        self.statusBar().showMessage(self.tr("Restored {source}.").format(source=source), 8000)

    def reread_desk(self, clear_undo: bool) -> None:
        """Every page re-reads the desk, changed behind their back (a restore, a receive).
        With `clear_undo`, undo history is dropped: undoing an older edit would put back
        rows as they were before the change and silently undo it."""
        if clear_undo:
            for page in self._built_pages():
                stack = getattr(page, "undo_stack", None)
                if stack is not None:
                    stack.clear()
        self.reload_pairs(select=self.current_pair)

    def _on_backup_done(self, path: object) -> None:
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 8000)
        self.backup_finished.emit(str(path))

    def _on_task_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        messages.show_error(self, message)

    # --- state ----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.state.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    def _restore_welcome_draft(self) -> None:
        saved = self.state.value("welcome_draft")
        if isinstance(saved, dict):
            # What QSettings gives back is untyped; PairDraft's own validation checks it later.
            fields: dict[str, Any] = {
                k: saved.get(k) for k in vars(pairs.PairDraft()) if k in saved
            }
            for key in ("cadence_days", "meeting_minutes"):
                if key in fields:
                    fields[key] = int(fields[key])
            self.welcome.form.set_draft(pairs.PairDraft(**fields))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Keep geometry, page and pair; keep a half-filled first-run form for next time."""
        self.flush_pages()
        self.state.setValue("geometry", self.saveGeometry())
        item = self.sidebar.currentItem()
        if item is not None:
            self.state.setValue("last_page", item.data(Qt.ItemDataRole.UserRole))
        if self.current_pair:
            self.state.setValue("last_pair", self.current_pair)
        if self._welcome is not None and self.pages.currentWidget() is self._welcome:
            self.state.setValue("welcome_draft", vars(self.welcome.form.draft()))
        self.state.sync()
        if self._coordinator is not None:
            self._coordinator.close()
        self.partner.stop_shared_folder()
        self.runner.wait()
        if self._housekeeping is not None:
            self._housekeeping.wait()
        for page in self._built_pages():  # workers of their own (the Overview's pulse read)
            wait = getattr(page, "wait", None)
            if wait is not None:
                wait()
        super().closeEvent(event)

    def _on_export_summary(self) -> None:
        if not self.current_pair:
            return
        self.flush_pages()  # autosave first, so the summary has what was just typed
        from rmdesk.ui.dialogs.export_dialog import ExportDialog

        # Its own runner: closing it mid-export waits for the export, not for a backup.
        dialog = ExportDialog(self.desk, self.desk.pairs.get(self.current_pair), self)
        dialog.export_finished.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Progress summary saved to {path}").format(path=path), 8000
            )
        )
        dialog.exec()

    def _on_self_assessment(self) -> None:
        """The self-assessment, any time (the Overview offers it when an occasion is due)."""
        if not self.current_pair:
            return
        overview = self.overview
        if overview.pair is None or overview.pair.uuid != self.current_pair:
            overview.show_pair(self.desk.pairs.get(self.current_pair))
        overview.take_self_assessment()

    def _on_coordinator_view(self) -> None:
        from rmdesk.ui.coordinator import CoordinatorWindow

        if self._coordinator is None:
            # No parent: a child window would be destroyed without its closeEvent, which
            # stops its worker; it is closed explicitly in our closeEvent instead.
            self._coordinator = CoordinatorWindow(data=self.desk.paths)
        self._coordinator.show()
        self._coordinator.raise_()
        self._coordinator.activateWindow()

    def shortcut_list(self) -> list[tuple[str, str]]:
        from rmdesk.ui.dialogs.shortcuts_dialog import action_shortcuts

        return action_shortcuts(self)

    def _on_shortcuts(self) -> None:
        from rmdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.shortcut_list(), self).exec()

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About rmdesk"),
            self.tr(
                "<b>rmdesk {version}</b><p>A private journal for one reverse-mentoring pair. "
                "Your desk is kept in<br><code>{folder}</code>.</p>"
            ).format(version=__version__, folder=self.desk.paths.root),
        )


def _goals_page(desk: Desk, preferences: settings.Settings) -> QWidget:
    from rmdesk.ui.pages.goals import GoalsPage  # imported when first shown, not at start-up

    return GoalsPage(desk.goals, preferences=preferences)


def _reflections_page(desk: Desk, preferences: settings.Settings) -> QWidget:
    from rmdesk.ui.pages.reflections import ReflectionsPage

    return ReflectionsPage(desk.reflections, desk.meetings, desk.goals, preferences=preferences)
