"""Opening with the integrity check started early (the window's way): open_store's checks,
lock and errors, and a check that is never stale."""

from __future__ import annotations

import contextlib
import sqlite3
import threading

import pytest

from rmdesk import errors, paths
from rmdesk.domain import models
from rmdesk.store import db, goals, migrations, pairs


def _checks_running() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "rmdesk-quick-check"]


def _fill(data_paths: paths.DataPaths) -> None:
    with db.open_store(data_paths) as store:
        pair = pairs.add(
            store, models.Pair(mentor_name="Ada", mentee_name="Henrik", start_date="2026-01-05")
        )
        for index in range(300):
            goals.add(
                store,
                models.Goal(pair_uuid=pair.uuid, learner="mentor", title=f"goal {index} " * 20),
            )


def test_a_sound_desk_opens_and_its_check_is_over(data_paths: paths.DataPaths) -> None:
    """finish() gives a working, locked store; the check's thread has ended by then."""
    _fill(data_paths)
    pending = db.begin_open(data_paths)
    with pending.finish() as store:
        assert not _checks_running()
        assert store.schema_version == migrations.LATEST_VERSION
        assert store.query("SELECT count(*) FROM goals")[0][0] == 300
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with pytest.raises(errors.LockedError):
            db.open_store(data_paths)
    db.open_store(data_paths).close()  # closing released the lock


def test_a_new_folder_gets_a_migrated_desk(data_paths: paths.DataPaths) -> None:
    """With no file yet there is nothing to check: the desk is created and migrated."""
    with db.begin_open(data_paths).finish() as store:
        assert store.schema_version == migrations.LATEST_VERSION


def test_damaged_pages_are_reported_by_finish(data_paths: paths.DataPaths) -> None:
    """A scribbled-over file fails the background check: DamagedStoreError, file untouched."""
    _fill(data_paths)
    raw = bytearray(data_paths.database.read_bytes())
    raw[5 * 4096 : 7 * 4096] = b"\xa5" * (2 * 4096)
    data_paths.database.write_bytes(bytes(raw))
    pending = db.begin_open(data_paths)
    with pytest.raises(errors.DamagedStoreError, match="damaged|integrity|cannot be read"):
        pending.finish()
    assert not _checks_running()
    assert data_paths.database.read_bytes() == bytes(raw)
    db.DirectoryLock(data_paths.lock).acquire().release()  # the lock was let go


def test_garbage_and_newer_files_get_open_stores_errors(data_paths: paths.DataPaths) -> None:
    """Not a database, or written by a newer rmdesk: the same errors as open_store."""
    data_paths.ensure()
    data_paths.database.write_bytes(b"this is not a database" * 100)
    with pytest.raises(errors.DamagedStoreError, match="not an SQLite database"):
        db.begin_open(data_paths).finish()
    data_paths.database.unlink()
    db.open_store(data_paths).close()
    with contextlib.closing(sqlite3.connect(data_paths.database)) as conn, conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(errors.NewerSchemaError, match="newer version of rmdesk"):
        db.begin_open(data_paths).finish()


def test_a_locked_desk_is_refused_by_finish(data_paths: paths.DataPaths) -> None:
    """The first half takes no lock and never raises; finish() refuses a held desk."""
    _fill(data_paths)
    pending = db.begin_open(data_paths)
    # The lock is still free for another rmdesk, which takes it here.
    with db.open_store(data_paths), pytest.raises(errors.LockedError, match="already open"):
        pending.finish()


def test_damage_after_the_check_began_is_still_caught(data_paths: paths.DataPaths) -> None:
    """A file written to after the early check is checked again, so the answer is current."""
    _fill(data_paths)
    pending = db.begin_open(data_paths)
    assert pending._integrity is not None
    pending._integrity.wait()  # it found a sound file
    raw = bytearray(data_paths.database.read_bytes())
    raw[5 * 4096 : 7 * 4096] = b"\xa5" * (2 * 4096)
    data_paths.database.write_bytes(bytes(raw))
    with pytest.raises(errors.DamagedStoreError, match="damaged|integrity|cannot be read"):
        pending.finish()
