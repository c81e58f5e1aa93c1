"""File → Backups and restore: the list, a preview of a backup, restoring one, and the
encrypted full backup made and restored from the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from rmdesk.services import backups, dump, goals
from rmdesk.ui.dialogs import backups_dialog
from rmdesk.ui.dialogs.backups_dialog import BackupsDialog, PassphraseDialog


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to the restore question, keeping what it asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(backups_dialog.QMessageBox, "question", question)
    return asked


def _goal(desk, pair, title: str) -> str:  # noqa: ANN001
    goal, _ = desk.goals.create(pair.uuid, goals.GoalDraft(title=title), "mentee", pair_day())
    return goal.uuid


def pair_day():  # noqa: ANN201
    from datetime import date

    return date(2026, 1, 6)


def _titles(desk, pair) -> set[str]:  # noqa: ANN001
    return {row.title for row in desk.goals.page(pair.uuid, 0, 100, statuses=None)}


def test_back_up_now_lists_and_previews(qtbot, desk, pair) -> None:  # noqa: ANN001
    """A new backup appears on top, and its preview names the pair and what it holds."""
    _goal(desk, pair, "Learn Figma")
    dialog = BackupsDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "No backups yet" in dialog.preview.text()
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.busy)
    assert dialog.model.index(0, 1).data() == "Backed up by you"
    qtbot.waitUntil(lambda: "Priya Raman & Martin Keller" in dialog.preview.text())
    assert "1 goals" in dialog.preview.text()
    dialog.reject()


def test_restore_a_backup_replaces_the_desk_and_window_rereads(  # noqa: ANN001
    qtbot, make_window, desk, pair, answer_yes
) -> None:
    """Restoring an older backup brings its content back; the window shows it at once and
    the desk as it was is kept as a backup of its own."""
    _goal(desk, pair, "Kept goal")
    backups.take(desk.paths, "manual")
    _goal(desk, pair, "Added after the backup")
    window = make_window()
    window.sidebar.setCurrentRow(1)
    assert window.goals.model.rowCount() >= 1
    dialog = BackupsDialog(desk, window)
    qtbot.addWidget(dialog)
    dialog.desk_replaced.connect(window._on_desk_replaced)
    qtbot.waitUntil(lambda: dialog.selected() is not None)
    with qtbot.waitSignal(dialog.desk_replaced, timeout=10_000):
        dialog.restore_button.click()
    assert "backed up first" in answer_yes[0]
    assert _titles(desk, pair) == {"Kept goal"}
    reasons = [b.reason for b in backups.list_backups(desk.paths.backups)]
    assert "before-restore" in reasons
    assert "Restored" in dialog.status.text()
    tree = window.goals.model
    shown = [
        tree.index(row, 0, tree.index(group, 0)).data()
        for group in range(tree.rowCount())
        for row in range(tree.rowCount(tree.index(group, 0)))
    ]
    assert shown == ["Kept goal"]
    dialog.reject()


def test_damaged_backup_is_refused_and_desk_kept(qtbot, desk, pair, answer_yes, tmp_path) -> None:  # noqa: ANN001
    """A file that is not a backup is refused with a message; nothing on the desk changes."""
    _goal(desk, pair, "Still here")
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    shown: list[str] = []
    dialog = BackupsDialog(desk)
    qtbot.addWidget(dialog)
    dialog._on_failed = lambda message: (shown.append(message), dialog._stop())  # no modal box
    dialog.restore_file(bogus, bogus.name)
    qtbot.waitUntil(lambda: bool(shown))
    assert "not a usable rmdesk backup" in shown[0]
    assert _titles(desk, pair) == {"Still here"}


def test_encrypted_full_backup_round_trip(qtbot, desk, pair, answer_yes, tmp_path) -> None:  # noqa: ANN001
    """The dialog seals the desk with a passphrase; restoring that file later brings back
    exactly what was there, private entries included."""
    _goal(desk, pair, "Private goal")
    sealed = tmp_path / "full.json.age"
    dialog = BackupsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.make_encrypted_backup(sealed, "correct horse battery staple")
    assert dialog.cancel_button.isVisible() or dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert sealed.is_file() and b"Private goal" not in sealed.read_bytes()
    before = dump.encode(dump.dump(desk.store))
    _goal(desk, pair, "Added later")
    with qtbot.waitSignal(dialog.desk_replaced, timeout=30_000):
        dialog.restore_file(sealed, sealed.name, passphrase="correct horse battery staple")
    assert dump.encode(dump.dump(desk.store)) == before


def test_encrypted_backup_can_be_cancelled(qtbot, desk, pair, tmp_path) -> None:  # noqa: ANN001
    """Cancel stops the passphrase work; no file is left behind."""
    sealed = tmp_path / "cancelled.age"
    dialog = BackupsDialog(desk)
    qtbot.addWidget(dialog)
    dialog.make_encrypted_backup(sealed, "correct horse battery staple")
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.status.text() == "Cancelled; nothing was written."
    assert not sealed.exists()
    assert list(Path(tmp_path).glob("cancelled*")) == []


def test_passphrase_dialog_needs_two_equal_entries(qtbot) -> None:  # noqa: ANN001
    """OK stays off until the passphrase is typed twice the same; a weak one is named."""
    dialog = PassphraseDialog("Encrypted full backup", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "short")
    assert "Weak" in dialog.hint.text() and not ok.isEnabled()
    qtbot.keyClicks(dialog.again, "short")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.again, "x")
    assert "differ" in dialog.hint.text() and not ok.isEnabled()


def test_window_menu_opens_the_dialog(qtbot, make_window, pair, monkeypatch) -> None:  # noqa: ANN001
    """File → Backups and restore… opens the dialog for this desk."""
    opened: list[BackupsDialog] = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window()
    window.backups_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
