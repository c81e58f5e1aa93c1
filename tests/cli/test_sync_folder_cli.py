"""`rmdesk sync` between two real desks sharing a "cloud" folder: both ways, half-written
files and sync clients' conflict copies skipped, a file read once not read again, this
desk's old files cleaned up, and a missing or unusable folder refused with one line."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from rmdesk import paths
from rmdesk.services import exchange, sync_folder
from rmdesk.store import db
from tests.cli.pairdesks import add, error, make_pair, ok, paired_desks, rows_of, run, shared_state


@pytest.fixture
def desks(capsys, tmp_path: Path) -> tuple[Path, Path, Path]:
    """The mentor's and the mentee's desks, paired and confirmed, and their shared folder."""
    mentor, mentee, cloud = tmp_path / "mentor", tmp_path / "mentee", tmp_path / "cloud"
    cloud.mkdir()
    assert paired_desks(capsys, tmp_path) == (mentor, mentee)
    return mentor, mentee, cloud


def sync(capsys, folder: Path, *extra: str | Path) -> str:
    return ok(run(capsys, folder, "sync", *extra)).out


def files_in(cloud: Path) -> list[str]:
    return sorted(p.name for p in cloud.iterdir())


def test_a_round_trip_both_ways_through_the_folder(capsys, desks) -> None:
    """Each desk writes its file into the folder and reads the other's; the folder is
    remembered after the first --folder; both desks end with the same shared rows."""
    mentor, mentee, cloud = desks
    goal = add(capsys, mentor, "goal", "title=Learn Rust", "visibility=pair")
    add(capsys, mentor, "reflection", "body=my diary", "visibility=private")
    printed = sync(capsys, mentor, "--folder", cloud)
    assert "Sent rmdesk-" in printed and "1 goal" in printed
    assert [name.endswith(".age") for name in files_in(cloud)] == [True]

    printed = sync(capsys, mentee, "--folder", cloud)
    assert "from Priya Raman: 1 goal" in printed
    assert rows_of(mentee, "SELECT uuid, title FROM goals") == [(goal, "Learn Rust")]

    add(capsys, mentee, "topic", "title=Her question", "visibility=pair")
    sync(capsys, mentee)  # the folder is remembered
    printed = sync(capsys, mentor)
    assert "from Martin Osei: " in printed and "1 topic" in printed
    assert shared_state(mentor) == shared_state(mentee)
    assert "diary" not in json.dumps(shared_state(mentee))
    assert not any(name.endswith(".sqlite") for name in files_in(cloud))


def test_a_round_says_what_the_partner_removed_and_hid(capsys, desks) -> None:
    """Her delete and his un-share of her entry come through the folder: each round says
    so in its lines (not "nothing new"), as receive does."""
    mentor, mentee, cloud = desks
    goal = add(capsys, mentor, "goal", "title=Learn Rust", "visibility=pair")
    topic = add(capsys, mentor, "topic", "title=Rust books", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    sync(capsys, mentee, "--folder", cloud)
    ok(run(capsys, mentor, "delete", topic))
    ok(run(capsys, mentee, "set", goal, "visibility=private"))
    sync(capsys, mentor)
    printed = sync(capsys, mentee)
    assert "from Priya Raman: 1 removed" in printed
    assert "deleted or made private" not in printed
    printed = sync(capsys, mentor)
    assert "Martin Osei deleted or made private their copy of 1 of your entry" in printed
    assert rows_of(mentor, "SELECT visibility FROM goals") == [("private",)]


def test_without_a_folder_ever_given_sync_says_how(capsys, desks) -> None:
    mentor, _, _ = desks
    error(run(capsys, mentor, "sync"), "No shared folder", "--folder")


def test_a_half_written_file_is_skipped_and_read_when_complete(capsys, desks) -> None:
    """A partner's file still arriving (cut short) is not read and not remembered; the
    next round reads it once complete. Temporary names are not even looked at."""
    mentor, mentee, cloud = desks
    add(capsys, mentor, "goal", "title=Arriving", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    (name,) = files_in(cloud)
    whole = (cloud / name).read_bytes()
    (cloud / name).write_bytes(whole[: len(whole) // 2])
    (cloud / f".{name}.0123456789abcdef.partial").write_bytes(whole[:10])
    (cloud / f"~{name}.tmp").write_bytes(whole)

    printed = sync(capsys, mentee, "--folder", cloud)
    assert f"Not read yet: {name}" in printed
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    assert ".partial" not in printed and "~" not in printed

    (cloud / name).write_bytes(whole)
    printed = sync(capsys, mentee)
    assert f"Received {name} from Priya Raman: 1 goal" in printed
    assert rows_of(mentee, "SELECT title FROM goals") == [("Arriving",)]


CONFLICT_COPIES = (
    "{stem} (Martin Osei's conflicted copy 2026-12-05).age",  # Dropbox
    "{stem} (conflicted copy 2026-12-05 101500).age",  # Nextcloud 3
    "{stem}_conflict-20261205-101500.age",  # ownCloud / older Nextcloud
    "{stem}.sync-conflict-20261205-101500-ABCDEFG.age",  # Syncthing
    "{stem}-LAPTOP-7QK2.age",  # OneDrive keeps both with the computer's name
    "{stem} (1).age",  # OneDrive, Google Drive
)


def test_sync_clients_conflict_copies_are_never_read(capsys, desks) -> None:
    """Copies a sync client made of a partner's file (with other content: here a later
    file of the partner's) are reported and ignored; only the real file is read."""
    mentor, mentee, cloud = desks
    add(capsys, mentor, "goal", "title=Real", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    (real,) = files_in(cloud)
    add(capsys, mentor, "goal", "title=Only in the copies", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", cloud.parent / "later.age"))
    stem = real.removesuffix(".age")
    for pattern in CONFLICT_COPIES:
        shutil.copy(cloud.parent / "later.age", cloud / pattern.format(stem=stem))

    printed = sync(capsys, mentee, "--folder", cloud)
    assert f"Received {real} from Priya Raman: 1 goal" in printed
    assert rows_of(mentee, "SELECT title FROM goals") == [("Real",)]
    for pattern in CONFLICT_COPIES:
        assert f"Ignored {pattern.format(stem=stem)}: a copy made by the sync client" in printed


def test_a_file_read_once_is_not_read_again_even_with_a_new_date(capsys, desks) -> None:
    mentor, mentee, cloud = desks
    add(capsys, mentor, "goal", "title=Once", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    (name,) = files_in(cloud)
    assert "Received" in sync(capsys, mentee, "--folder", cloud)
    later = (cloud / name).stat().st_mtime + 3600
    os.utime(cloud / name, (later, later))

    printed = sync(capsys, mentee)
    assert "Received" not in printed and "Nothing new from Priya Raman" in printed
    # The same name with other content is another file: it is read.
    add(capsys, mentor, "goal", "title=Twice", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", cloud / name))
    assert f"Received {name} from Priya Raman: 1 goal" in sync(capsys, mentee)


def test_own_old_files_are_cleaned_up_and_nothing_new_writes_nothing(capsys, desks) -> None:
    """Each file holds everything, so older ones are superseded: at most two stay. A round
    with nothing new writes no file; the partner's files are never removed."""
    mentor, mentee, cloud = desks
    sync(capsys, mentee, "--folder", cloud)
    theirs = files_in(cloud)
    for number in range(4):
        add(capsys, mentor, "goal", f"title=Goal {number}", "visibility=pair")
        sync(capsys, mentor, "--folder", cloud)
    mine = [name for name in files_in(cloud) if name not in theirs]
    assert len(mine) == 2
    printed = sync(capsys, mentor)
    assert "Nothing new to send" in printed
    assert [name for name in files_in(cloud) if name not in theirs] == mine
    assert set(theirs) <= set(files_in(cloud))
    # The newest of the two holds everything: reading it alone brings all four goals.
    (cloud / mine[0]).unlink()
    sync(capsys, mentee)
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(4,)]


def test_a_missing_or_unusable_folder_is_one_line(capsys, desks, tmp_path, monkeypatch) -> None:
    mentor, _, cloud = desks
    error(run(capsys, mentor, "sync", "--folder", tmp_path / "nowhere"), "does not exist")
    (tmp_path / "a-file").write_text("x")
    error(run(capsys, mentor, "sync", "--folder", tmp_path / "a-file"), "not a folder")
    error(run(capsys, mentor, "sync", "--folder", mentor), "holds an rmdesk desk")
    assert rows_of(mentor, "SELECT count(*) FROM shared_folders") == [(0,)]

    sync(capsys, mentor, "--folder", cloud)  # remembered, then the drive goes away
    cloud.rename(tmp_path / "elsewhere")
    error(run(capsys, mentor, "sync"), "does not exist")

    locked = tmp_path / "locked"
    locked.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes anywhere: fail the probe
        real_open = os.open

        def refuse(path, flags, *rest):  # noqa: ANN001, ANN202
            if str(path).startswith(str(locked)):
                raise PermissionError(13, "Permission denied")
            return real_open(path, flags, *rest)

        monkeypatch.setattr(os, "open", refuse)
    else:
        locked.chmod(0o500)
    try:
        error(run(capsys, mentor, "sync", "--folder", locked), "Cannot write in", "denied")
    finally:
        locked.chmod(0o700)


def test_sync_needs_a_confirmed_pairing(capsys, tmp_path) -> None:
    desk, cloud = tmp_path / "desk", tmp_path / "cloud"
    cloud.mkdir()
    make_pair(desk)
    error(run(capsys, desk, "sync", "--folder", cloud), "not paired")
    assert files_in(cloud) == []


def test_the_report_gives_the_window_one_received(capsys, desks) -> None:
    """The service's report: what came in, as one Received for the window's message."""
    mentor, mentee, cloud = desks
    add(capsys, mentor, "goal", "title=A", "visibility=pair")
    add(capsys, mentor, "topic", "title=B", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    with db.open_store(paths.DataPaths(mentee)) as store:
        pair = store.conn.execute("SELECT uuid FROM pairs").fetchone()[0]
        report = sync_folder.sync(store, pair, cloud)
        got = report.brought_in()
        assert got is not None and got.partner_name == "Priya Raman"
        assert (got.changed["goals"], got.changed["topics"]) == (1, 1)
        assert sync_folder.sync(store, pair).brought_in() is None
        sync_folder.forget_folder(store, pair)
        assert sync_folder.folder_of(store, pair) is None
    assert isinstance(got, exchange.Received)


def test_two_desks_syncing_in_turn_fall_quiet(capsys, desks) -> None:
    """Desks that each run rounds (as two windows do on every change in the folder) stop
    writing once they agree: no desk answers a file that brought it nothing new."""
    mentor, mentee, cloud = desks
    add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    add(capsys, mentee, "topic", "title=His", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    sync(capsys, mentee, "--folder", cloud)
    for _ in range(2):
        sync(capsys, mentor)
        sync(capsys, mentee)
    settled = files_in(cloud)
    for folder in (mentor, mentee, mentor):
        assert "Nothing new to send" in sync(capsys, folder)
    assert files_in(cloud) == settled
    assert shared_state(mentor) == shared_state(mentee)


def test_a_file_that_changes_while_read_is_read_again(capsys, desks, monkeypatch) -> None:
    """A sync client still writing a file while it is read: what was read is merged, but
    the file is not remembered as read, so the next round reads it as it is then."""
    mentor, mentee, cloud = desks
    add(capsys, mentor, "goal", "title=Growing", "visibility=pair")
    sync(capsys, mentor, "--folder", cloud)
    (name,) = files_in(cloud)
    real_receive = exchange.receive

    def receive_while_it_grows(store, path):  # noqa: ANN001, ANN202
        got = real_receive(store, path)
        with Path(path).open("ab") as handle:
            handle.write(b"more")
        return got

    monkeypatch.setattr(exchange, "receive", receive_while_it_grows)
    printed = sync(capsys, mentee, "--folder", cloud)
    assert f"Not read yet: {name}: it changed while it was read" in printed
    monkeypatch.setattr(exchange, "receive", real_receive)
    (cloud / name).write_bytes((cloud / name).read_bytes()[: -len(b"more")])
    assert f"Received {name} from Priya Raman: nothing new" in sync(capsys, mentee)
    assert "Received" not in sync(capsys, mentee)
