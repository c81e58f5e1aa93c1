"""The window's side of the shared-folder exchange (issue 14): when the current pair has a
folder, a round (services/sync_folder.py) runs after the first paint, when the folder
changes and every few minutes, always in a worker; and the "Shared folder…" action chooses
or forgets the folder. What came in is announced by `received` (the window shows it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rmdesk import errors
from rmdesk.services import exchange, sync_folder
from rmdesk.services.desk import Desk
from rmdesk.ui import messages
from rmdesk.ui.tasks import TaskRunner

ROUND_EVERY_MS = 5 * 60 * 1000
# A sync client writes a file in several steps (and we write our own): one round for a burst.
SETTLE_MS = 2000


class SharedFolderSync(QObject):
    """Runs rounds for the pair the window shows; one at a time, never on the UI thread."""

    received = Signal(exchange.Received)  # a round brought something in
    report_ready = Signal(object)  # every finished round's sync_folder.SyncReport
    failed = Signal(str)  # a round that could not run, in one line

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self._window = parent
        self.pair_uuid: str | None = None
        self.folder: Path | None = None
        self.runner = TaskRunner(self)  # its own: a background round shows no busy bar
        self._running = False
        self._again = False
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(self.run_now)
        self.every = QTimer(self, interval=ROUND_EVERY_MS)
        self.every.timeout.connect(self.run_now)

    # --- following the window's pair --------------------------------------------------------

    def follow(self, pair_uuid: str | None) -> None:
        """Watch the folder of `pair_uuid` (if it has one) and run a round now."""
        self.pair_uuid = pair_uuid
        self.folder = (
            sync_folder.folder_of(self._desk.store, pair_uuid) if pair_uuid is not None else None
        )
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self.folder is None:
            self.every.stop()
            self.settle.stop()
            return
        if self.folder.is_dir():
            self.watcher.addPath(str(self.folder))
        self.every.start()
        self.run_now()

    def _on_folder_changed(self, _path: str) -> None:
        self.settle.start()  # restarts: a burst of changes is one round

    # --- rounds -----------------------------------------------------------------------------

    def run_now(self) -> None:
        """A round for the current pair; if one is running, one more right after it."""
        if self.pair_uuid is None or self.folder is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        store, pair_uuid = self._desk.store, self.pair_uuid
        self.runner.submit(
            lambda: sync_folder.sync_in_worker(store, pair_uuid), self._on_done, self._on_failed
        )

    def _finish(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.run_now()

    def _on_done(self, report: object) -> None:
        assert isinstance(report, sync_folder.SyncReport)
        self._finish()
        self.report_ready.emit(report)
        got = report.brought_in()
        if got is not None and got.pair_uuid == self.pair_uuid:
            self.received.emit(got)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def stop(self) -> None:
        """Closing: no new round, and the one running finishes before the desk closes."""
        self.every.stop()
        self.settle.stop()
        self.pair_uuid = None
        self.runner.wait()

    # --- choosing the folder ----------------------------------------------------------------

    def choose(self) -> None:
        """The "Shared folder…" action: choose a folder, choose another, or forget it."""
        if self.pair_uuid is None:
            return
        box = QMessageBox(self._window)
        box.setObjectName("sharedFolderBox")
        box.setWindowTitle(self.tr("Shared folder"))
        box.setIcon(QMessageBox.Icon.Information)
        if self.folder is None:
            box.setText(
                self.tr(
                    "Exchange with your partner through a folder you both see (OneDrive, "
                    "Dropbox, Nextcloud, Syncthing…). rmdesk writes its own encrypted files "
                    "there and reads your partner's; the desk itself never goes there."
                )
            )
        else:
            box.setText(self.tr("This pair exchanges through {folder}.").format(folder=self.folder))
            box.setInformativeText(
                self.tr(
                    "rmdesk reads your partner's new files there on start, when the folder "
                    "changes and every five minutes. Forgetting the folder stops that; the "
                    "files already there stay."
                )
            )
        choose = box.addButton(self.tr("&Choose folder…"), QMessageBox.ButtonRole.AcceptRole)
        choose.setObjectName("chooseSharedFolder")
        forget = None
        if self.folder is not None:
            forget = box.addButton(self.tr("&Forget folder"), QMessageBox.ButtonRole.ActionRole)
            forget.setObjectName("forgetSharedFolder")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is choose:
            start = str(self.folder) if self.folder is not None else ""
            folder = QFileDialog.getExistingDirectory(
                self._window, self.tr("Choose the shared folder"), start
            )
            if folder:
                self.set_folder(Path(folder))
        elif forget is not None and box.clickedButton() is forget:
            self.forget()

    def set_folder(self, folder: Path) -> bool:
        """Remember `folder` for the current pair and run a round; False (and the reason
        shown) if it cannot be used."""
        if self.pair_uuid is None:
            return False
        try:
            sync_folder.set_folder(self._desk.store, self.pair_uuid, folder)
        except errors.RmdeskError as exc:
            messages.show_error(self._window, messages.text(exc))
            return False
        self.follow(self.pair_uuid)
        return True

    def forget(self) -> None:
        """Stop exchanging through the folder; the files already there stay."""
        if self.pair_uuid is None:
            return
        sync_folder.forget_folder(self._desk.store, self.pair_uuid)
        self.follow(self.pair_uuid)
