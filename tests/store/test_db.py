"""Opening the desk: pragmas, the lock, damaged files, file modes, the search index."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from rmdesk import errors, paths
from rmdesk.domain import models
from rmdesk.store import db, goals, meetings, pairs, records, search
from tests import platforms


def _pair(store: db.Store) -> models.Pair:
    return pairs.add(
        store, models.Pair(mentor_name="Ada", mentee_name="Henrik", start_date="2026-01-05")
    )


def test_every_connection_has_the_safe_pragmas(store: db.Store) -> None:
    """WAL, synchronous=FULL and foreign keys are on."""
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA synchronous")[0][0] == 2
    assert store.query("PRAGMA foreign_keys")[0][0] == 1
    with db.read_connection(store.paths) as reader:
        assert reader.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_foreign_keys_are_enforced(store: db.Store) -> None:
    """A goal for a pair that does not exist is refused with a plain message."""
    with pytest.raises(errors.ValidationError, match="no longer exists"):
        goals.add(store, models.Goal(pair_uuid="missing", learner="mentee", title="x"))


def test_second_writer_is_refused_until_the_first_closes(data_paths: paths.DataPaths) -> None:
    """One writer per data folder; the lock is released on close."""
    first = db.open_store(data_paths)
    with pytest.raises(errors.LockedError, match="already open"):
        db.open_store(data_paths)
    reader = db.open_store(data_paths, read_only=True)
    assert reader.schema_version == first.schema_version
    reader.close()
    first.close()
    db.open_store(data_paths).close()


@platforms.posix_only("kill -9 of the lock's holder (SIGKILL)")
def test_lock_of_a_killed_process_does_not_stick(data_paths: paths.DataPaths) -> None:
    """kill -9 of the holder frees the folder: the kernel drops the flock."""
    code = textwrap.dedent(
        f"""
        import time
        from rmdesk import paths
        from rmdesk.store import db
        s = db.open_store(paths.DataPaths({str(data_paths.root)!r}))
        print("ready", flush=True)
        time.sleep(60)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(errors.LockedError, match=f"process {holder.pid}"):
            db.open_store(data_paths)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    db.open_store(data_paths).close()


def test_database_and_backups_are_private(store: db.Store) -> None:
    """The database, its WAL files, the lock and backups are 0600 even with a loose umask."""
    old = os.umask(0o022)
    try:
        _pair(store)
        db.backup_to(store.conn, store.paths.backups / db.backup_name("test"))
    finally:
        os.umask(old)
    folder = store.paths.root
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        assert platforms.private(path), path
    for path in (folder, store.paths.backups):
        assert platforms.private(path, 0o700), path


def test_garbage_file_is_refused_named_and_untouched(data_paths: paths.DataPaths) -> None:
    """A non-SQLite file gets a message naming it and the newest backup; never overwritten."""
    data_paths.ensure()
    backup = data_paths.backups / db.backup_name("daily")
    backup.write_bytes(b"")
    data_paths.database.write_bytes(b"this is not a database" * 100)
    before = data_paths.database.read_bytes()
    with pytest.raises(errors.DamagedStoreError) as caught:
        db.open_store(data_paths)
    message = str(caught.value)
    assert str(data_paths.database) in message and str(backup) in message
    assert data_paths.database.read_bytes() == before


def test_damaged_pages_fail_the_integrity_check(data_paths: paths.DataPaths) -> None:
    """A file whose pages are scribbled over is reported as damaged, not opened."""
    with db.open_store(data_paths) as store:
        pair = _pair(store)
        for index in range(300):
            goals.add(
                store,
                models.Goal(pair_uuid=pair.uuid, learner="mentor", title=f"goal {index} " * 20),
            )
    raw = bytearray(data_paths.database.read_bytes())
    assert len(raw) > 8 * 4096
    raw[5 * 4096 : 7 * 4096] = b"\xa5" * (2 * 4096)
    data_paths.database.write_bytes(bytes(raw))
    with pytest.raises(errors.DamagedStoreError, match="damaged|integrity|cannot be read"):
        db.open_store(data_paths)
    assert data_paths.database.read_bytes() == bytes(raw)


def test_foreign_sqlite_file_is_refused(data_paths: paths.DataPaths) -> None:
    """Somebody else's SQLite database is not mistaken for a desk."""
    data_paths.ensure()
    with contextlib.closing(sqlite3.connect(data_paths.database)) as conn, conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(errors.DamagedStoreError, match="not an rmdesk desk"):
        db.open_store(data_paths)


def test_unwritable_data_dir_gets_a_clear_message(tmp_path: Path) -> None:
    """A data folder that cannot be created names the path."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(errors.DataDirError, match=re.escape(str(blocker))):
        db.open_store(paths.DataPaths(blocker / "desk"))


def test_a_data_folder_that_is_a_file_says_so(tmp_path: Path) -> None:
    """--data-dir naming a file: 'is a file, not a folder', not the system's 'File exists'."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(errors.DataDirError, match="is a file, not a folder"):
        db.open_store(paths.DataPaths(blocker))


def test_search_index_follows_inserts_updates_and_deletes(store: db.Store) -> None:
    """The FTS index is kept in step by the store."""
    pair = _pair(store)
    meeting = meetings.add(
        store,
        models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-01T09:00:00Z", notes="Dashboards"),
    )
    assert [h.uuid for h in search.match(store, "dashb")] == [meeting.uuid]
    meeting = records.update(store, meeting, notes="Hybrid work etiquette")
    assert search.match(store, "dashboards") == []
    assert [h.uuid for h in search.match(store, "etiquette")] == [meeting.uuid]
    records.delete(store, models.Meeting, meeting.uuid)
    assert search.match(store, "etiquette") == []


def test_search_input_is_never_fts_syntax(store: db.Store) -> None:
    """Quotes, operators and brackets in a query are searched for, not parsed."""
    _pair(store)
    for text in ['"', "AND OR NOT", "a* (b", "NEAR(x y)", "col:thing", "-"]:
        search.match(store, text)


def test_database_rules_become_plain_messages(store: db.Store) -> None:
    """Constraint failures read as sentences a user can act on."""
    pair = _pair(store)
    goal = goals.add(store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title="Learn"))
    with pytest.raises(errors.ValidationError, match="title cannot be empty"):
        goals.add(store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title="   "))
    with pytest.raises(errors.ValidationError, match="0 to 100"):
        goals.add_update(
            store, models.ProgressUpdate(goal_uuid=goal.uuid, on_date="2026-01-01", percent=101)
        )
    with pytest.raises(errors.ValidationError, match="1 to 5"):
        meetings.add(
            store,
            models.Meeting(pair_uuid=pair.uuid, starts_at="2026-01-01T09:00:00Z", mood_mentor=6),
        )
    with pytest.raises(errors.ValidationError, match="before the start"):
        goals.add(
            store,
            models.Goal(
                pair_uuid=pair.uuid,
                learner="mentor",
                title="Present",
                start_date="2026-03-01",
                target_date="2026-02-01",
            ),
        )
    assert len(goals.for_pair(store, pair.uuid)) == 1, "failed inserts leave nothing behind"
