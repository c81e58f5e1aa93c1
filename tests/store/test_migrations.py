"""Schema changes: empty to latest, old files upgraded without loss, failures roll back."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from rmdesk import errors, paths
from rmdesk.store import db, migrations, rows, schema, search

DATA = Path(__file__).resolve().parent.parent / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy_v1(data_paths: paths.DataPaths) -> Path:
    data_paths.ensure()
    shutil.copy(DATA / "desk-v1.sqlite", data_paths.database)
    return data_paths.database


def test_registered_names_match_the_declared_order() -> None:
    """Readers use NAMES without importing sqlite_utils, so it must match the real set."""
    from sqlite_utils import Database

    database = Database(memory=True, execute_plugins=False)
    try:
        pending = migrations.build().pending(database)
    finally:
        database.close()  # Python 3.13 warns about a connection left to the collector
    assert tuple(m.name for m in pending) == migrations.NAMES


def test_empty_desk_is_migrated_to_latest(store: db.Store) -> None:
    """A new desk gets every table, the search index, our application id and version."""
    assert store.schema_version == migrations.LATEST_VERSION
    names = {r[0] for r in store.query("SELECT name FROM sqlite_master")}
    assert set(schema.TABLES) <= names
    assert "search_index" in names
    assert store.query("PRAGMA application_id")[0][0] == schema.APPLICATION_ID
    assert not list(store.paths.backups.iterdir()), "a new desk needs no backup"


def test_old_desk_is_upgraded_with_nothing_lost(data_paths: paths.DataPaths) -> None:
    """The saved schema-1 desk reaches the latest schema with every row intact and indexed."""
    with contextlib.closing(sqlite3.connect(DATA / "desk-v1.sqlite")) as old, old:
        present = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        before = {
            t: old.execute(f"SELECT * FROM {t} ORDER BY uuid").fetchall()
            for t in schema.TABLES
            if t in present  # tables added since (commitments) start empty
        }
    _copy_v1(data_paths)
    with db.open_store(data_paths) as store:
        assert store.schema_version == migrations.LATEST_VERSION
        for table, old_rows in before.items():
            old_columns = ", ".join(schema.columns_at(table, 1))
            now = store.conn.execute(f"SELECT {old_columns} FROM {table} ORDER BY uuid")
            assert [tuple(r) for r in now.fetchall()] == old_rows
            added = schema.added_defaults(table)
            if added:  # columns added since take their defaults
                rows = store.conn.execute(f"SELECT {', '.join(added)} FROM {table}").fetchall()
                assert all(tuple(r) == tuple(added.values()) for r in rows)
        hits = search.match(store, "prompting")
        assert [h.kind for h in hits] == ["meetings"], "existing rows are backfilled into FTS"
    saved = list(data_paths.backups.glob("*before-migration.sqlite"))
    assert len(saved) == 1
    assert db.inspect(saved[0]).version == 1


def test_failed_migration_leaves_file_exactly_as_it_was(data_paths: paths.DataPaths) -> None:
    """A step that raises rolls back every pending step; the file's content is unchanged."""
    path = _copy_v1(data_paths)
    before = _digest(path)
    broken = migrations.build()

    @broken(name="0003_broken")
    def _broken(database) -> None:  # noqa: ANN001
        database.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("disk on fire")

    with pytest.raises(errors.MigrationError, match="left as it was"):
        db.open_store(data_paths, migration_set=broken)
    info = db.inspect(path)
    assert info.version == 1
    assert info.applied == ("0001_initial",)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables and "search_index" not in tables
    # The WAL was checkpointed back, so the main file itself is unchanged too.
    assert _digest(path) == before
    assert len(list(data_paths.backups.glob("*before-migration.sqlite"))) == 1
    # ...and the lock was released, so the desk opens normally afterwards.
    with db.open_store(data_paths) as store:
        assert store.schema_version == migrations.LATEST_VERSION


def test_newer_desk_is_refused_and_untouched(data_paths: paths.DataPaths) -> None:
    """A file from a newer rmdesk gets a clear message and is not written to."""
    path = _copy_v1(data_paths)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA user_version = 99")
    before = _digest(path)
    with pytest.raises(errors.NewerSchemaError, match="newer version of rmdesk"):
        db.open_store(data_paths)
    assert _digest(path) == before
    assert not list(data_paths.backups.iterdir())


def test_unknown_migration_name_counts_as_newer(data_paths: paths.DataPaths) -> None:
    """A migration we do not know means a newer rmdesk wrote the file."""
    path = _copy_v1(data_paths)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('rmdesk', '0099_future', '2030-01-01')"
        )
    with pytest.raises(errors.NewerSchemaError):
        db.open_store(data_paths)


def test_upgraded_desk_keeps_its_rows_countable(data_paths: paths.DataPaths) -> None:
    """Row counts after an upgrade equal the fixture's."""
    _copy_v1(data_paths)
    with db.open_store(data_paths) as store:
        counts = rows.counts(store)
    assert counts["pairs"] == 1 and counts["goals"] == 1 and counts["reflections"] == 1


def test_the_exchange_notes_changes_of_every_table_that_travels() -> None:
    """Every table the pair exchange sends has change-noting triggers over all its columns
    (0008 for the first tables, 0012 for those added since): a table without them would
    travel once, in the first file, and never again."""
    from rmdesk.store import exchange

    tracked = {**migrations.EXCHANGE_TRACKED, **migrations.EXCHANGE_TRACKED_SINCE}
    assert set(tracked) == {"pairs", *exchange.BELONGS}
    for table, names in tracked.items():
        assert names.split() == list(schema.columns(table)), table
