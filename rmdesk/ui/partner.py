"""The window's Partner menu and everything behind it (issue 14): invite, join, the partner's
status and safety phrase, send and receive by file (the dialog, or a file dropped on the
window), the rounds with a shared folder, the banner that says what came in, the conflicts
the merge left to the people, and the partner's marks on listed entries.

Kept out of main_window.py, which only hooks it in: `PartnerActions(window)` before the
central widget is laid out (it owns the banner), `add_menu()` while the menus are built,
`page_built()` when a page is first built and `join()` from the first-run page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMenuBar, QMessageBox, QWidget

from rmdesk import errors
from rmdesk.services.partner_marks import first_name
from rmdesk.ui import messages
from rmdesk.ui.models.lazy_list import PARTNER_ROLE
from rmdesk.ui.undo import ChangeCommand
from rmdesk.ui.widgets.exchange_banner import ExchangeBanner

if TYPE_CHECKING:
    from rmdesk.services import conflicts, exchange, pairing
    from rmdesk.services.undo import Change
    from rmdesk.ui.main_window import MainWindow
    from rmdesk.ui.shared_folder import SharedFolderSync

# Sidebar pages whose lists show entries the partner may have written, and their table.
MARKED_PAGES = {
    "goals": "goals",
    "meetings": "meetings",
    "topics": "topics",
    "reflections": "reflections",
}
# The page that shows a table's long text, where undoing a conflict's resolution belongs.
PAGE_OF_TABLE = {"pairs": "overview"}


class PartnerActions(QObject):
    """Owns the Partner menu's actions, the received banner and the drop target."""

    # What a shared-folder round brought in: an exchange.Received (object, so that start-up
    # does not import the exchange).
    received = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("partnerActions")
        self._window = window
        self._desk = window.desk
        self.banner = ExchangeBanner()
        self.shared_folder: SharedFolderSync | None = None  # started after the first paint
        self._working = False
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.pair_selected.connect(self._on_pair_selected)

    # --- the menu -------------------------------------------------------------------------

    def add_menu(self, bar: QMenuBar) -> QMenu:
        menu = bar.addMenu(self.tr("Pa&rtner"))
        menu.setObjectName("partnerMenu")
        menu.setToolTipsVisible(True)  # an action says why it cannot run yet
        menu.aboutToShow.connect(self._update_reasons)  # asked then, not at start-up

        def action(text: str, slot: Any, name: str) -> QAction:
            made = QAction(text, self._window)
            made.setObjectName(name)
            made.triggered.connect(slot)
            menu.addAction(made)
            return made

        self.invite_action = action(self.tr("&Invite partner…"), self.invite, "invitePartner")
        self.join_action = action(
            self.tr("&Join with invitation…"), lambda: self.join(), "joinInvitation"
        )
        self.status_action = action(
            self.tr("&Partner and safety phrase…"), lambda: self.show_status(), "partnerStatus"
        )
        menu.addSeparator()
        self.send_action = action(self.tr("&Send to partner…"), self.send, "sendToPartner")
        self.receive_action = action(self.tr("&Receive…"), self.receive, "receiveFromPartner")
        self.shared_folder_action = action(
            self.tr("S&hared folder…"), self.choose_shared_folder, "sharedFolder"
        )
        menu.addSeparator()
        self.conflicts_action = action(self.tr("Con&flicts…"), self.open_conflicts, "conflicts")
        menu.aboutToShow.connect(self.update_conflicts_action)
        return menu

    @property
    def pair_actions(self) -> tuple[QAction, ...]:
        """The actions that need a pair on the desk (joining can make one)."""
        return (
            self.invite_action,
            self.status_action,
            self.send_action,
            self.receive_action,
            self.shared_folder_action,
        )

    def _on_pair_selected(self, uuid: str) -> None:
        self._desk.partner_marks.set_pair(uuid)

    def _update_reasons(self) -> None:
        """Send and Receive stay enabled (a disabled item cannot say why); their tooltip and
        status tip say what is missing."""
        reason = self.why_not_ready() or ""
        for item in (self.send_action, self.receive_action):
            item.setToolTip(reason or item.text().replace("&", ""))
            item.setStatusTip(reason)

    def why_not_ready(self) -> str | None:
        """Why nothing can be exchanged for the current pair yet, or None when it can."""
        pair = self._window.current_pair
        if not pair:
            return self.tr("Create or join a pair first.")
        status = self._desk.pairing.status(pair)
        if not status.paired:
            return self.tr(
                "Not paired yet: invite your partner and join their invitation first "
                "(Partner → Invite partner…, Join with invitation…)."
            )
        if status.problem:
            return status.problem
        if not status.confirmed:
            return self.tr(
                "Not available until you confirm the safety phrase with {name} "
                "(Partner → Partner and safety phrase…): nothing is exchanged before."
            ).format(name=first_name(status.partner_name or ""))
        return None

    def _ready(self) -> bool:
        """True when the pair may exchange; otherwise say why, and offer the way there."""
        reason = self.why_not_ready()
        if reason is None:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Not available yet"),
            reason,
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setObjectName("notReadyDialog")
        if self._window.current_pair:
            go = box.addButton(
                self.tr("Partner and safety phrase…"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            go = None
        box.exec()
        if go is not None and box.clickedButton() is go:
            self.show_status()
        return False

    # --- pairing --------------------------------------------------------------------------

    def invite(self) -> None:
        pair_uuid = self._window.current_pair
        if not pair_uuid:
            return
        from rmdesk.ui.dialogs.invite_dialog import InviteDialog

        try:
            text = self._desk.pairing.invitation(pair_uuid)
        except errors.RmdeskError as exc:
            messages.show_error(self._window, messages.text(exc))
            return
        parent = QApplication.activeModalWidget() or self._window  # over the partner dialog
        InviteDialog(text, self._desk.pairs.get(pair_uuid), self._desk.paths, parent).exec()

    def join(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        """Join with an invitation (`path`: a file already chosen or dropped); a new pair is
        selected; then the phrase to compare."""
        from rmdesk.ui.dialogs.partner_dialog import JoinDialog

        dialog = JoinDialog(self._desk, parent or self._window)
        if path is not None:
            dialog.open_file(path)
        if not dialog.exec() or dialog.result_ is None:
            return
        result = dialog.result_
        self._window.reload_pairs(select=result.pair_uuid)
        self._desk.partner_marks.refresh()
        self._update_reasons()
        linked = dialog.invitation is not None and dialog.invitation.pair_uuid != result.pair_uuid
        self.show_status(result.pair_uuid, message=self.join_message(result, linked))

    def join_message(self, result: pairing.JoinResult, linked: bool = False) -> str:
        """What joining did, in the window's words (JoinResult.message speaks to the command
        line, "rmdesk partner --confirm …")."""
        if result.keys_changed:
            return self.tr(
                "The keys of your partner's desk (or this desk's) changed since you paired: "
                "this is pairing again. Compare the new phrase aloud and confirm it."
            )
        if result.created:
            return self.tr(
                "Created your pair from the invitation. Now give your own invitation to your "
                "partner (Invite, below), so their desk can join yours too."
            )
        if result.linked or linked:  # this desk's own pair, now known by a shared id
            return self.tr("Linked this desk's pair with your partner's; your entries stay.")
        return self.tr("Paired with your partner's desk.")

    def show_status(self, pair_uuid: str | None = None, message: str | None = None) -> None:
        pair_uuid = pair_uuid or self._window.current_pair
        if not pair_uuid:
            return
        from rmdesk.ui.dialogs.partner_dialog import PartnerDialog

        dialog = PartnerDialog(self._desk, pair_uuid, self._window, message)
        dialog.invite_requested.connect(self.invite)
        dialog.join_requested.connect(lambda: self._join_from(dialog))
        dialog.confirmed.connect(lambda _uuid: self._update_reasons())
        dialog.send_requested.connect(self.send)
        dialog.receive_requested.connect(self.receive)
        dialog.exec()

    def _join_from(self, dialog: QWidget) -> None:
        dialog.close()
        self.join()

    # --- exchanging -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._working

    def send(self) -> None:
        pair_uuid = self._window.current_pair
        if not pair_uuid or self._working or not self._ready():
            return
        from rmdesk.services import pair_exchange

        status = self._desk.pairing.status(pair_uuid)
        name = status.partner_name or ""
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Send to {name}").format(name=first_name(name)),
            str(self._folder() / pair_exchange.suggested_name(name, date.today())),
            self.tr("rmdesk exchange files (*.rmdesk);;All files (*)"),
        )
        if path:
            self._remember_folder(Path(path))
            self.send_to(Path(path))

    def send_to(self, path: Path) -> None:
        """Write the file for the partner in a worker (the busy indicator shows meanwhile)."""
        pair_uuid = self._window.current_pair
        if not pair_uuid or self._working:
            return
        from rmdesk.services import pair_exchange

        self._window.flush_pages()  # what was just typed goes too
        store = self._desk.store
        self._start(self.tr("Writing the file for your partner…"))
        self._window.runner.submit(
            lambda: pair_exchange.send_beside(store, pair_uuid, path),
            self._on_sent,
            self._on_failed,
        )

    def _on_sent(self, sent: exchange.Sent) -> None:
        self._working = False
        if not self._window.isVisible():  # closed meanwhile: the desk may be gone
            return
        self._desk.partner_marks.refresh()
        status = self._desk.pairing.status(self._window.current_pair or "")
        name = first_name(status.partner_name or "")
        total = sum(sent.counts.values())
        text = self.tr(
            "Wrote %n shared entry(s) to {file} for {name}, signed and encrypted to {name}'s "
            "desk. Send it by mail, chat or USB stick.",
            "",
            total,
        ).format(file=sent.path.name, name=name)
        self._window.statusBar().showMessage(text, 15000)

    def receive(self) -> None:
        if self._working or not self._ready():
            return
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Receive from your partner"),
            str(self._folder()),
            self.tr("rmdesk exchange files (*.rmdesk);;All files (*)"),
        )
        if path:
            self._remember_folder(Path(path))
            self.receive_file(Path(path))

    def receive_file(self, path: Path) -> None:
        """Merge one file from the partner in a worker; the banner says what came in."""
        if self._working:
            return
        from rmdesk.services import pair_exchange

        self._window.flush_pages()  # typing waiting for its autosave is merged, not lost
        store = self._desk.store
        self._start(self.tr("Reading {file}…").format(file=path.name))
        self._window.runner.submit(
            lambda: pair_exchange.receive_beside(store, path), self._on_received, self._on_failed
        )

    def _on_received(self, got: exchange.Received) -> None:
        self._working = False
        if not self._window.isVisible():  # closed meanwhile: the desk may be gone
            return
        self._window.statusBar().clearMessage()
        self.show_received(got)

    def show_received(self, got: exchange.Received, through_folder: bool = False) -> None:
        """Every page re-reads what came in (by file, or in a shared-folder round) and the
        banner says what it was."""
        self._desk.partner_marks.refresh()
        self.update_conflicts_action()
        name = first_name(got.partner_name)
        kinds = self.received_words(got.changed)
        removed, hidden = sum(got.deleted.values()), sum(got.hidden.values())
        if removed:
            kinds.append(self.tr("%n entr(y|ies) removed", "", removed))
        if hidden:
            kinds.append(self.tr("%n of yours now private", "", hidden))
        if got.changed_here():
            self._window.reread_desk(clear_undo=True)
            text = (
                self.tr("From {name} through the shared folder: {what}")
                if through_folder
                else self.tr("From {name}: {what}")
            ).format(name=name, what=", ".join(kinds))
        else:
            text = self.tr("Nothing new from {name}: this desk already had all of it.").format(
                name=name
            )
        self.banner.show_message(text)
        self._update_reasons()

    def _on_failed(self, message: str) -> None:
        self._working = False
        self._window.statusBar().clearMessage()
        messages.show_error(self._window, message)

    def _folder(self) -> Path:
        """Where the last exchange file was sent or received (a mail's attachments folder,
        a USB stick): the next one is usually there too."""
        folder = Path(str(self._window.state.value("exchange_folder", "") or Path.home()))
        return folder if folder.is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self._window.state.setValue("exchange_folder", str(path.parent))

    def _start(self, text: str) -> None:
        self._working = True
        self.banner.hide()
        self._window.statusBar().showMessage(text)

    def received_words(self, changed: dict[str, int]) -> list[str]:
        """ "2 meetings", "1 goal update"…: what came in, in words a person uses, in the order
        of the tables. A goal's status change also changes the goal itself, so it is counted
        there; only status history without its goal counts as goal updates. Links between a
        meeting or a reflection and a goal count as links."""

        def count(*tables: str) -> int:
            return sum(changed.get(table, 0) for table in tables)

        goals, updates = count("goals"), count("progress_updates")
        if not goals:
            updates += count("goal_status_changes")
        links = count("meeting_goals", "reflection_goals")
        words = [
            goals and self.tr("%n goal(s)", "", goals),
            updates and self.tr("%n goal update(s)", "", updates),
            count("milestones") and self.tr("%n milestone(s)", "", count("milestones")),
            count("meetings") and self.tr("%n meeting(s)", "", count("meetings")),
            count("agenda_items") and self.tr("%n agenda item(s)", "", count("agenda_items")),
            count("action_items") and self.tr("%n action item(s)", "", count("action_items")),
            count("topics") and self.tr("%n topic(s)", "", count("topics")),
            count("reflections") and self.tr("%n reflection(s)", "", count("reflections")),
            count("pulses") and self.tr("%n pulse check-in(s)", "", count("pulses")),
            links and self.tr("%n link(s) to goals", "", links),
        ]
        return [str(text) for text in words if text]

    # --- dropping a file on the window -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if _dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        if watched is self._window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.receive_dropped(path)
                return True
        return False

    def receive_dropped(self, path: Path) -> None:
        """A partner's file is received; an invitation dropped instead opens Join with it."""
        from rmdesk.services import pairing

        try:
            pairing.read_invitation(path)
        except errors.RmdeskError:
            pass  # not an invitation: it may be a file to receive
        else:
            self.join(path=path)
            return
        if not self._working and self._ready():
            self.receive_file(path)

    # --- partner marks on listed entries ---------------------------------------------------

    def page_built(self, key: str, page: QWidget) -> None:
        """Mark the partner's entries in the page's list (through its model's decorator)."""
        table = MARKED_PAGES.get(key)
        model = getattr(page, "model", None)
        if table is None or model is None or not hasattr(model, "set_decorator"):
            return
        model.set_decorator(lambda uuid, role, value: self.decorate(table, uuid, role, value))
        from rmdesk.ui.widgets.partner_badge import MarkedItemDelegate

        # Views with Qt's own row painting get the mark's painter; the topic and reflection
        # rows paint it themselves.
        tree = getattr(page, "tree", None)
        if key == "goals" and tree is not None:
            tree.setItemDelegateForColumn(0, MarkedItemDelegate(tree))
        timeline = getattr(page, "timeline", None)
        if key == "meetings" and timeline is not None:
            timeline.setItemDelegate(MarkedItemDelegate(timeline))

    def decorate(self, table: str, uuid: str, role: int, value: Any) -> Any:
        """Give the row's mark ("Priya's", painted by ui/widgets/partner_badge.py) and add it
        to what the row explains and says when Priya's desk wrote it last."""
        marks = self._desk.partner_marks
        partner = marks.partner
        if partner is None or not marks.is_partners(table, uuid):
            return value
        mark = self.tr("{name}'s").format(name=partner.first_name)
        if role == PARTNER_ROLE:
            return mark
        if role == Qt.ItemDataRole.ToolTipRole:
            note = self.tr("Last changed on {name}'s desk").format(name=partner.first_name)
            return f"{value}\n{note}" if value else note
        if role == Qt.ItemDataRole.AccessibleTextRole and isinstance(value, str):
            return self.tr("{text}, last changed by {name}").format(
                text=value, name=partner.first_name
            )
        return value

    # --- the shared folder (the rounds themselves are in ui/shared_folder.py) ----------------

    def start_shared_folder(self) -> None:
        """Rounds with the pair's shared folder, if it has one: now (after the first paint),
        when the folder changes, every few minutes, and for each pair switched to."""
        if self.shared_folder is not None:
            return
        from rmdesk.ui.shared_folder import SharedFolderSync

        self.shared_folder = SharedFolderSync(self._desk, self._window)
        self.shared_folder.received.connect(self._on_shared_received)
        self.shared_folder.failed.connect(self._on_shared_failed)
        self._window.pair_selected.connect(self.shared_folder.follow)
        self.shared_folder.follow(self._window.current_pair)

    def stop_shared_folder(self) -> None:
        if self.shared_folder is not None:
            self.shared_folder.stop()

    def choose_shared_folder(self) -> None:
        self.start_shared_folder()
        assert self.shared_folder is not None
        self.shared_folder.choose()

    def _on_shared_received(self, got: object) -> None:
        """Every page shows what came in, and the banner says what it was, as after a
        receive by file."""
        from rmdesk.services import exchange

        assert isinstance(got, exchange.Received)
        self._window.flush_pages()
        self.show_received(got, through_folder=True)
        self.received.emit(got)

    def _on_shared_failed(self, message: str) -> None:
        self._window.statusBar().showMessage(
            self.tr("Shared folder: {problem}").format(problem=message), 15000
        )

    # --- conflicts the merge left to the people ----------------------------------------------

    def update_conflicts_action(self) -> None:
        """Show how many conflicts are open (after a receive, and whenever the menu opens)."""
        count = self._desk.conflicts.count()
        self.conflicts_action.setText(
            self.tr("Con&flicts (%n open)…", "", count) if count else self.tr("Con&flicts…")
        )

    def open_conflicts(self) -> None:
        from rmdesk.ui.dialogs.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self._desk.conflicts, self._window)
        dialog.resolved.connect(self._on_conflict_resolved)
        dialog.exec()
        self.update_conflicts_action()

    def _on_conflict_resolved(self, conflict: conflicts.OpenConflict, change: Change) -> None:
        """The resolution goes on the undo stack of the page that shows the entry, so Ctrl+Z
        there brings both versions back and lists the conflict again."""
        service = self._desk.conflicts

        def apply(done: Change, forward: bool) -> None:
            service.apply(conflict.id, done, forward)

        def refresh() -> None:
            self._window.reread_desk(clear_undo=False)
            self.update_conflicts_action()

        page = self._window.page(PAGE_OF_TABLE.get(conflict.table, conflict.table))
        stack = getattr(page, "undo_stack", None)
        if isinstance(stack, QUndoStack):
            stack.push(ChangeCommand(change, apply, refresh))
        refresh()


def _dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local file being dragged, or None (several files, text, a web link)."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return None
    urls = data.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None
