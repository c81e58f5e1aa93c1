"""The window and the shared folder: a round after the first paint (nothing before it), on
a change in the folder and on the timer, off the UI thread; what came in is announced by
`received` and said in the status bar; the "Shared folder…" action chooses and forgets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from rmdesk import paths
from rmdesk.services import desk as desk_module
from rmdesk.services import exchange, sync_folder
from rmdesk.store import db
from rmdesk.ui import shared_folder
from rmdesk.ui.main_window import MainWindow
from rmdesk.ui.tasks import TaskRunner
from tests.cli.pairdesks import make_pair, ok, run

ROUND = 30_000  # ms a round may take on a loaded machine before the test gives up


def _confirm(capsys, folder: Path) -> None:
    phrase = json.loads(ok(run(capsys, folder, "partner", "--format", "json")).out)["phrase"]
    ok(run(capsys, folder, "partner", "--confirm", phrase))


@pytest.fixture
def paired(capsys, tmp_path: Path, data_dir: Path) -> tuple[Path, Path]:
    """The mentor's desk and a shared folder; the window's desk (data_dir) is the mentee's,
    paired and confirmed with it."""
    mentor, cloud = tmp_path / "mentor", tmp_path / "cloud"
    cloud.mkdir()
    make_pair(mentor, me_role="mentor")
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    ok(run(capsys, data_dir, "join", tmp_path / "a.txt"))
    ok(run(capsys, data_dir, "invite", "-o", tmp_path / "b.txt"))
    ok(run(capsys, mentor, "join", tmp_path / "b.txt"))
    _confirm(capsys, mentor)
    _confirm(capsys, data_dir)
    return mentor, cloud


def _set_folder(folder: Path, cloud: Path) -> None:
    with db.open_store(paths.DataPaths(folder)) as store:
        sync_folder.set_folder(store, _pair_of_store(store), cloud)


def _pair_of_store(store: db.Store) -> str:
    return str(store.conn.execute("SELECT uuid FROM pairs").fetchone()[0])


@pytest.fixture
def window(qtbot, paired, data_paths: paths.DataPaths) -> Iterator[MainWindow]:
    desk = desk_module.open_desk(data_paths)
    made = MainWindow(desk, TaskRunner())
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()
    desk.close()


def _goal_titles(window: MainWindow) -> list[str]:
    return [r[0] for r in window.desk.store.query("SELECT title FROM goals ORDER BY title")]


@pytest.fixture
def mentor_wrote(capsys, paired, data_dir: Path) -> None:
    """Before the window opens: a goal from the mentor in the folder, the folder set."""
    mentor, cloud = paired
    ok(run(capsys, mentor, "add", "goal", "title=From Priya", "visibility=pair"))
    ok(run(capsys, mentor, "sync", "--folder", cloud))
    _set_folder(data_dir, cloud)


def test_a_round_after_the_first_paint_brings_the_partners_entries(
    qtbot, mentor_wrote, window
) -> None:
    assert window.partner.shared_folder is None  # nothing before the first paint
    assert _goal_titles(window) == []
    with qtbot.waitSignal(window.partner.received, timeout=ROUND) as blocker:
        window.after_first_paint()
    got = blocker.args[0]
    assert isinstance(got, exchange.Received) and got.changed["goals"] == 1
    assert _goal_titles(window) == ["From Priya"]
    message = window.partner.banner.text.text()
    assert window.partner.banner.isVisibleTo(window)
    assert message == "From Priya through the shared folder: 1 goal"


def test_a_change_in_the_folder_and_the_timer_run_rounds(
    qtbot, capsys, paired, mentor_wrote, window
) -> None:
    mentor, _cloud = paired
    with qtbot.waitSignal(window.partner.received, timeout=ROUND):
        window.after_first_paint()
    sync = window.partner.shared_folder
    assert sync is not None and sync.every.isActive()
    assert sync.every.interval() == shared_folder.ROUND_EVERY_MS

    ok(run(capsys, mentor, "add", "goal", "title=Later", "visibility=pair"))
    with qtbot.waitSignal(window.partner.received, timeout=ROUND):
        ok(run(capsys, mentor, "sync"))  # the watcher sees the new file
    assert _goal_titles(window) == ["From Priya", "Later"]

    with qtbot.waitSignal(sync.report_ready, timeout=ROUND) as blocker:
        sync.every.timeout.emit()
    assert blocker.args[0].received == []  # nothing new: read once, not again


def _click_when_shown(name: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        button = box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    QTimer.singleShot(0, click)


def test_the_menu_action_chooses_and_forgets_the_folder(
    qtbot, paired, window, monkeypatch, data_dir
) -> None:
    _mentor, cloud = paired
    window.after_first_paint()
    sync = window.partner.shared_folder
    assert sync is not None and sync.folder is None and not sync.every.isActive()
    action = window.findChild(type(window.partner.shared_folder_action), "sharedFolder")
    assert action is window.partner.shared_folder_action and action.isEnabled()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(cloud))
    _click_when_shown("chooseSharedFolder")
    with qtbot.waitSignal(sync.report_ready, timeout=ROUND) as blocker:
        action.trigger()
    assert sync.folder == cloud.resolve() and sync.every.isActive()
    assert blocker.args[0].sent is not None  # this desk's first file went into the folder
    assert any(name.startswith("rmdesk-") for name in (p.name for p in cloud.iterdir()))
    pair = _pair_of_store(window.desk.store)
    assert sync_folder.folder_of(window.desk.store, pair) == cloud.resolve()

    _click_when_shown("forgetSharedFolder")
    action.trigger()
    assert sync_folder.folder_of(window.desk.store, pair) is None
    assert sync.folder is None and not sync.every.isActive()
