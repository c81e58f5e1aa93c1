"""Partner marks: an entry is the partner's exactly when their desk made its latest change;
and the window's exchange runs on a worker's connection beside the UI's."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from rmdesk import errors, paths
from rmdesk.services import desk as desk_module
from rmdesk.services import pair_exchange, partner_marks
from rmdesk.store import db
from tests.cli.pairdesks import make_pair, ok, run
from tests.services.paired import add, pair_up, send


@pytest.fixture
def folders(capsys, tmp_path: Path) -> tuple[Path, Path]:
    """Martin's desk (mine) and Priya's (theirs), paired and confirmed."""
    mine, theirs = tmp_path / "martin", tmp_path / "priya"
    pair_up(capsys, mine, theirs)
    return mine, theirs


def _pair_of(desk: desk_module.Desk) -> str:
    return desk.pairs.list()[0].uuid


def test_entries_written_on_the_partners_desk_are_theirs(capsys, folders, tmp_path) -> None:
    """After a receive, Priya's shared goal and meeting are hers; Martin's own goal is not,
    and neither is hers once Martin edits it."""
    mine, theirs = folders
    goal = add(capsys, theirs, "goal", "title=Learn TikTok", "visibility=pair")
    meeting = add(capsys, theirs, "meeting", "starts_at=2026-03-02 10:00", "visibility=pair")
    own = add(capsys, mine, "goal", "title=Mine", "visibility=pair")
    ok(run(capsys, mine, "receive", send(capsys, theirs, tmp_path / "one.rmdesk")))
    desk = desk_module.open_desk(paths.DataPaths(mine))
    try:
        marks = desk.partner_marks
        marks.set_pair(_pair_of(desk))
        assert marks.partner is not None and marks.partner.first_name == "Priya"
        assert marks.is_partners("goals", goal)
        assert marks.is_partners("meetings", meeting)
        assert not marks.is_partners("goals", own)
        assert marks.partners_entries("goals") == {goal}
        desk.goals.update(goal, title="Learn TikTok, properly")
        assert not marks.is_partners("goals", goal)  # changed here since: Martin's now
    finally:
        desk.close()


def test_an_unpaired_desk_marks_nothing(capsys, tmp_path) -> None:
    """Without a partner there is no partner to name and nothing is theirs."""
    folder = tmp_path / "alone"
    make_pair(folder)
    goal = add(capsys, folder, "goal", "title=Alone", "visibility=pair")
    desk = desk_module.open_desk(paths.DataPaths(folder))
    try:
        desk.partner_marks.set_pair(_pair_of(desk))
        assert desk.partner_marks.partner is None
        assert not desk.partner_marks.is_partners("goals", goal)
    finally:
        desk.close()


def test_send_and_receive_run_in_a_worker_beside_the_open_desk(capsys, folders, tmp_path) -> None:
    """With the desk open (its lock held), a worker thread sends and receives through its
    own connection; the UI's connection then sees what arrived."""
    mine, theirs = folders
    goal = add(capsys, theirs, "goal", "title=From Priya", "visibility=pair")
    incoming = send(capsys, theirs, tmp_path / "in.rmdesk")
    store = db.open_store(paths.DataPaths(mine))
    results: list[object] = []
    try:
        pair_uuid = store.conn.execute("SELECT uuid FROM pairs").fetchone()[0]

        def work() -> None:
            results.append(pair_exchange.receive_beside(store, incoming))
            results.append(pair_exchange.send_beside(store, pair_uuid, tmp_path / "out.rmdesk"))

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        received = results[0]
        assert received.partner_name == "Priya Raman" and received.changed["goals"] == 1
        title = store.conn.execute("SELECT title FROM goals WHERE uuid = ?", (goal,)).fetchone()
        assert title[0] == "From Priya"
        assert (tmp_path / "out.rmdesk").exists()
    finally:
        store.close()
    ok(run(capsys, theirs, "receive", tmp_path / "out.rmdesk"))


def test_no_connection_beside_a_desk_opened_read_only(data_paths) -> None:
    """A desk opened for reading holds no lock: a writer beside it is refused."""
    db.open_store(data_paths).close()
    reader = db.open_store(data_paths, read_only=True)
    try:
        with pytest.raises(errors.RmdeskError, match="read-only"):
            db.open_beside(reader)
    finally:
        reader.close()


def test_suggested_file_names_say_who_and_when() -> None:
    """The send dialog proposes a name with the partner's first name and the day."""
    from datetime import date

    assert (
        pair_exchange.suggested_name("Priya Raman", date(2026, 12, 5))
        == "rmdesk-for-priya-2026-12-05.rmdesk"
    )
    assert partner_marks.first_name("  ") == "  "
