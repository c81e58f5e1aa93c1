"""File → Backups…: the automatic and manual backups, a preview of what one holds, restoring
one (or any backup file, an encrypted full backup too), and making an encrypted full backup.

The slow parts (reading and checking a backup, the safety backup, scrypt) run in a worker
with a busy bar; only the final copy into the desk runs on the UI thread, because the desk's
connection lives there. Passphrase work can be cancelled; a restore's last step cannot, and
is quick.
"""

from __future__ import annotations

import functools
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rmdesk import errors
from rmdesk.services import backups, dump
from rmdesk.services.desk import Desk
from rmdesk.ui import messages
from rmdesk.ui.i18n import translate
from rmdesk.ui.tasks import TaskRunner
from rmdesk.ui.widgets.buttons import push_button
from rmdesk.ui.widgets.passphrase import passphrase_strength

Index = QModelIndex | QPersistentModelIndex
# The dialog's buttons: Enter in a field never presses one; Qt names them from their text.
_button = functools.partial(push_button, accessible=None, auto_default=False)


def reasons() -> dict[str, str]:
    """Why a backup was taken, in words (translated when asked, not at import)."""
    return {
        "daily": translate("backups_dialog", "Daily (automatic)"),
        "manual": translate("backups_dialog", "Backed up by you"),
        "before-restore": translate("backups_dialog", "Before a restore"),
        "before-migration": translate("backups_dialog", "Before an upgrade"),
        "before-load": translate("backups_dialog", "Before a load"),
        "before-exchange": translate("backups_dialog", "Before the first exchange"),
    }


def table_labels() -> dict[str, str]:
    """What a preview counts, in words (the tables a person thinks of; links are left out)."""
    return {
        "pairs": translate("backups_dialog", "Pairs"),
        "goals": translate("backups_dialog", "Goals"),
        "milestones": translate("backups_dialog", "Milestones"),
        "progress_updates": translate("backups_dialog", "Progress updates"),
        "meetings": translate("backups_dialog", "Meetings"),
        "topics": translate("backups_dialog", "Topics"),
        "action_items": translate("backups_dialog", "Action items"),
        "reflections": translate("backups_dialog", "Reflections"),
        "pulses": translate("backups_dialog", "Pulse check-ins"),
        "self_assessments": translate("backups_dialog", "Self-assessment answers"),
    }


def backup_filter() -> str:
    """The file dialogs' filter for backup files."""
    return translate("backups_dialog", "rmdesk backups (*.sqlite *.age *.json);;All files (*)")


def reason_label(reason: str) -> str:
    return reasons().get(reason, reason.replace("-", " ").capitalize())


def size_label(size: int) -> str:
    if size < 1024 * 1024:
        return translate("backups_dialog", "{n} KB").format(n=max(1, round(size / 1024)))
    return translate("backups_dialog", "{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


def preview_text(contents: backups.BackupContents) -> str:
    """What a backup holds, in words: its pairs, how many of each thing, its newest change."""
    pairs = ", ".join(contents.pairs) or translate("backups_dialog", "no pair yet")
    labels = table_labels()
    counted = [
        f"{count} {labels.get(table, table).lower()}"
        for table, count in contents.counts.items()
        if count and table in labels
    ]
    newest = contents.latest[:10] if contents.latest else translate("backups_dialog", "never")
    return translate(
        "backups_dialog",
        "Pairs: {pairs}\nHolds: {holds}\nLast change in it: {newest} · format version {version}",
    ).format(
        pairs=pairs,
        holds=", ".join(counted) or translate("backups_dialog", "nothing yet"),
        newest=newest,
        version=contents.schema_version,
    )


class BackupListModel(QAbstractTableModel):
    """The backups folder, newest first: when, why, how big."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups: list[backups.BackupInfo] = []

    def set_backups(self, found: list[backups.BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(found)
        self.endResetModel()

    def backup(self, row: int) -> backups.BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3  # taken, why, size

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Taken"), self.tr("Why"), self.tr("Size"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._backups):
            return None
        found = self._backups[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            local = found.taken_at.astimezone()
            return (
                local.strftime("%Y-%m-%d %H:%M"),
                reason_label(found.reason),
                size_label(found.size),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(found.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PassphraseDialog(QDialog):
    """A passphrase typed twice (making a backup) or once (opening one)."""

    def __init__(self, title: str, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self._confirm = confirm
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit(objectName="passphraseAgain", echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("The same passphrase again"))
        self.hint = QLabel(objectName="passphraseHint", wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if confirm:
            form.addRow(self.tr("&Again:"), self.again)
        else:
            self.again.hide()
        layout = QVBoxLayout(self)
        if confirm:
            note = QLabel(
                self.tr(
                    "The backup holds everything, private entries too. Without this passphrase "
                    "nobody can open it — you included — so keep it somewhere safe."
                ),
                wordWrap=True,
            )
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for edit in (self.passphrase, self.again):
            edit.textChanged.connect(self._update)
        self._update()
        self.resize(440, self.sizeHint().height())

    def problem(self) -> str | None:
        first = self.passphrase.text()
        if not first:
            return self.tr("Enter the passphrase.")
        if self._confirm and first != self.again.text():
            return (
                self.tr("Type the same passphrase again.")
                if not self.again.text()
                else (self.tr("The passphrases differ."))
            )
        return None

    def _update(self) -> None:
        problem = self.problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)
        strength = passphrase_strength(self.passphrase.text())[0] if self._confirm else ""
        self.hint.setText(" ".join(part for part in (strength, problem or "") if part))


class BackupsDialog(QDialog):
    """The backups of this desk; restoring one replaces the desk after backing it up."""

    desk_replaced = Signal(str)  # what was restored (a path)
    backup_made = Signal(str)

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        rotation: backups.Rotation | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._desk = desk
        self._rotation = rotation or backups.configured_rotation(desk.paths)
        self.runner = runner or TaskRunner(self)
        self._cancel: threading.Event | None = None
        self._preview_generation = 0

        intro = QLabel(
            self.tr(
                "rmdesk backs up the desk on the first start of each day and before anything "
                "replaces it; it keeps {daily} daily, {weekly} weekly and {monthly} monthly "
                "backups (Edit → Settings) in {folder}."
            ).format(
                daily=self._rotation.daily,
                weekly=self._rotation.weekly,
                monthly=self._rotation.monthly,
                folder=desk.paths.backups,
            ),
            wordWrap=True,
        )
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupListModel(self)
        self.table = QTableView(objectName="backupList")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.activated.connect(lambda _index: self.restore_selected())
        self.preview = QLabel(objectName="backupPreview", wordWrap=True)
        self.preview.setAccessibleName(self.tr("What the selected backup holds"))
        self.preview.setMinimumHeight(64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.back_up_button = _button(self.tr("&Back up now"), "backupNowButton", self.back_up_now)
        self.restore_button = _button(
            self.tr("&Restore this backup…"), "restoreBackupButton", self.restore_selected
        )
        self.restore_file_button = _button(
            self.tr("Restore from &file…"), "restoreFromFileButton", self._on_restore_file_clicked
        )
        self.encrypted_button = _button(
            self.tr("&Encrypted full backup…"), "encryptedBackupButton", self._on_encrypted_clicked
        )
        self.encrypted_button.setToolTip(
            self.tr(
                "Everything on the desk, private entries too, sealed with a passphrase "
                "(age format): restorable on another machine."
            )
        )
        actions = QHBoxLayout()
        for button in (
            self.back_up_button,
            self.restore_button,
            self.restore_file_button,
            self.encrypted_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.progress = QProgressBar(objectName="backupsProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status = QLabel(objectName="backupsStatus", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = _button(self.tr("&Cancel"), "backupsCancel", self.cancel_work)
        self.cancel_button.hide()
        self.close_button = _button(self.tr("Cl&ose"), "backupsClose", self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.progress)
        footer.addWidget(self.status, 1)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addLayout(actions)
        layout.addLayout(footer)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.resize(720, 520)
        self.reload()

    # --- the list and its preview ---------------------------------------------------------

    def reload(self, select: Path | None = None) -> None:
        self.model.set_backups(backups.list_backups(self._desk.paths.backups))
        row = 0
        if select is not None:
            for number in range(self.model.rowCount()):
                if self.model.backup(number).path == select:
                    row = number
        if self.model.rowCount():
            self.table.selectRow(row)
        else:
            self.preview.setText(self.tr("No backups yet. “Back up now” makes one."))
        self._update_buttons()

    def selected(self) -> backups.BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.backup(index.row()) if index.isValid() else None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not current.isValid():
            return
        path = self.model.backup(current.row()).path
        self._preview_generation += 1
        generation = self._preview_generation
        self.preview.setText(self.tr("Reading…"))
        self.runner.submit(
            lambda: backups.contents(path),
            lambda contents: self._on_preview(generation, contents),
            lambda message: self._on_preview_failed(generation, message),
        )

    def _on_preview(self, generation: int, contents: backups.BackupContents) -> None:
        if generation == self._preview_generation:
            self.preview.setText(preview_text(contents))

    def _on_preview_failed(self, generation: int, message: str) -> None:
        if generation == self._preview_generation:
            self.preview.setText(
                self.tr("This backup cannot be read: {error}").format(error=message)
            )

    # --- working --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return not self.progress.isHidden()

    def _start(self, what: str, cancellable: bool) -> threading.Event:
        self._cancel = threading.Event()
        self.progress.show()
        self.status.setText(what)
        self.cancel_button.setVisible(cancellable)
        self._update_buttons()
        return self._cancel

    def _stop(self, message: str = "") -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.status.setText(message)
        self._cancel = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy
        for button in (self.back_up_button, self.restore_file_button, self.encrypted_button):
            button.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected() is not None)
        self.close_button.setEnabled(idle)

    def cancel_work(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    def _on_failed(self, message: str) -> None:
        self._stop()
        messages.show_error(self, message)

    def back_up_now(self) -> None:
        self._flush()
        self._start(self.tr("Backing up…"), cancellable=False)
        data, rotation = self._desk.paths, self._rotation
        self.runner.submit(
            lambda: backups.take(data, "manual", rotation=rotation),
            self._on_backed_up,
            self._on_failed,
        )

    def _on_backed_up(self, path: Path) -> None:
        self._stop(self.tr("Backed up to {path}.").format(path=path))
        self.reload(select=Path(path))
        self.backup_made.emit(str(path))

    # --- restoring ------------------------------------------------------------------------

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or self.busy:
            return
        when = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        self.restore_file(chosen.path, self.tr("the backup from {when}").format(when=when))

    def _on_restore_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup file"), str(Path.home()), backup_filter()
        )
        if path:
            self.restore_file(Path(path), Path(path).name)

    def restore_file(self, path: Path, described: str, passphrase: str | None = None) -> None:
        """Ask, then restore a backup (.sqlite) or a full backup (a dump, encrypted or not)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace everything on this desk with {described}?\n\n"
                "The desk as it is now is backed up first, so this can be undone by restoring "
                "that backup."
            ).format(described=described),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._flush()
        data = self._desk.paths
        try:
            kind = backups.file_kind(path)
        except errors.RmdeskError as exc:
            messages.show_error(self, messages.text(exc))
            return
        if kind == "database":
            self._start(
                self.tr("Checking the backup and backing up the desk first…"), cancellable=False
            )
            self.runner.submit(
                lambda: backups.prepare_restore(data, path), self._on_restore_ready, self._on_failed
            )
            return
        if passphrase is None and kind == "encrypted":
            asked = PassphraseDialog(
                self.tr("Passphrase of the full backup"), confirm=False, parent=self
            )
            if not asked.exec():
                return
            passphrase = asked.passphrase.text()
        cancel = self._start(
            self.tr("Opening the full backup…"), cancellable=passphrase is not None
        )
        self.runner.submit(
            lambda: backups.prepare_load(data, path, passphrase, cancel),
            self._on_load_ready,
            self._on_failed,
        )

    def _on_restore_ready(self, prepared: backups.PreparedRestore) -> None:
        try:
            safety = self._desk.backups.apply_restore(prepared)
        except errors.RmdeskError as exc:  # shown; the desk is as it was
            self._on_failed(messages.text(exc))
            return
        self._finish_restore(prepared.source, safety)

    def _on_load_ready(self, prepared: backups.PreparedLoad) -> None:
        try:
            self._desk.backups.apply_load(prepared)
        except errors.RmdeskError as exc:  # shown; the desk is as it was
            self._on_failed(messages.text(exc))
            return
        self._finish_restore(prepared.source, prepared.safety)

    def _finish_restore(self, source: Path, safety: Path) -> None:
        self._stop(
            self.tr("Restored {name}. The desk as it was is saved in {safety}.").format(
                name=source.name, safety=safety
            )
        )
        self.reload(select=safety)
        self.desk_replaced.emit(str(source))

    # --- the encrypted full backup ----------------------------------------------------------

    def _on_encrypted_clicked(self) -> None:
        asked = PassphraseDialog(self.tr("Encrypted full backup"), confirm=True, parent=self)
        if not asked.exec():
            return
        name = f"rmdesk-full-backup-{date.today().isoformat()}.json.age"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the encrypted full backup"),
            str(Path.home() / name),
            backup_filter(),
        )
        if path:
            self.make_encrypted_backup(Path(path), asked.passphrase.text())

    def make_encrypted_backup(self, path: Path, passphrase: str) -> None:
        self._flush()
        cancel = self._start(self.tr("Encrypting the full backup…"), cancellable=True)
        data = self._desk.paths
        self.runner.submit(
            lambda: dump.write_encrypted_copy(data, path, passphrase, cancel=cancel),
            self._on_encrypted_done,
            self._on_encrypted_failed,
        )

    def _on_encrypted_done(self, path: Path) -> None:
        self._stop(
            self.tr("Encrypted full backup saved to {path}. Keep the passphrase safe.").format(
                path=path
            )
        )
        self.backup_made.emit(str(path))

    def _on_encrypted_failed(self, message: str) -> None:
        if self._cancel is not None and self._cancel.is_set():
            self._stop(self.tr("Cancelled; nothing was written."))
            return
        self._on_failed(message)

    # --- closing --------------------------------------------------------------------------

    def _flush(self) -> None:
        """Whatever the window holds unsaved goes into the desk before it is copied."""
        flush = getattr(self.parent(), "flush_pages", None)
        if flush is not None:
            flush()

    def reject(self) -> None:
        if self.busy:
            return  # the work finishes (or is cancelled) first; nothing is left half-done
        self.runner.wait()
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        if self.busy:
            event.ignore()
            return
        self.runner.wait()
        super().closeEvent(event)
