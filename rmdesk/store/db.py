"""Opening the desk safely: lock, pragmas, integrity, version, backup, migrations.

Reads go through a plain sqlite3 connection; sqlite_utils (~100 ms to import) is loaded
only when something writes or the schema must change, which keeps start-up quick.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rmdesk import errors, files, paths
from rmdesk.i18n import msg
from rmdesk.store import migrations, schema

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite"


# The folder lock lives with the rest of file safety; the old name is kept for callers.
DirectoryLock = files.FolderLock


class Store:
    """One connection to the desk. Lives in the thread that opened it (architecture.md rule 5)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        data: paths.DataPaths,
        lock: DirectoryLock | None,
        read_only: bool,
    ) -> None:
        self.conn = conn
        self.paths = data
        self.lock = lock
        self.read_only = read_only
        self._utils: Database | None = None

    @property
    def utils(self) -> Database:
        """The sqlite_utils view of this connection, imported on first use."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def atomic(self) -> contextlib.AbstractContextManager[Any]:
        """A transaction (or a savepoint when nested) that rolls back on any exception.

        A full disk or a failing write (in the body or at the commit) becomes an RmdeskError
        saying so: nothing of the transaction was saved, everything committed before is intact.
        """
        if self.read_only:
            raise errors.RmdeskError(
                msg("This desk is open read-only because another rmdesk is using it.")
            )
        return _disk_faults_explained(self.utils.atomic(), self.paths.database)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                # Fold the WAL back so the desk is one file at rest.
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        if self.lock:
            self.lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])


# SQLite's primary result codes for "the write did not reach the disk": SQLITE_FULL for
# ENOSPC, SQLITE_IOERR for other write failures such as EFBIG (a file-size limit).
_DISK_FAULTS = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)


@contextlib.contextmanager
def _disk_faults_explained(
    transaction: contextlib.AbstractContextManager[Any], path: Path
) -> Iterator[None]:
    try:
        with transaction:
            yield
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) not in _DISK_FAULTS:
            raise
        raise errors.RmdeskError(
            msg(
                "Could not save to {path}: the disk is full or cannot be written ({error}). "
                "This change was not saved; everything saved before is safe. "
                "Free some space and try again.",
                path=path,
                error=exc,
            )
        ) from exc


@dataclass(frozen=True)
class FileInfo:
    """What we can tell about a database file without changing it."""

    path: Path
    version: int
    applied: tuple[str, ...]
    integrity: str


def _immutable_ok(path: Path) -> bool:
    """Whether a read-only open may skip SQLite's shared-memory file: only in a folder we
    cannot write (where the -shm could not be created) and with no WAL frames to miss."""
    if os.access(path.parent, os.W_OK):
        return False
    wal = path.with_name(f"{path.name}-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if _immutable_ok(path):
            # A desk in a read-only folder (a mounted backup disk, a locked-down share):
            # nothing can change it, so SQLite may read it without a -shm.
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def newest_backup(data: paths.DataPaths) -> Path | None:
    """The most recent backup file, for messages and restores."""
    if not data.backups.is_dir():
        return None
    found = sorted(data.backups.glob(f"*{BACKUP_SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def _damaged(data: paths.DataPaths, path: Path, what: str) -> errors.DamagedStoreError:
    backup = newest_backup(data)
    hint = (
        msg(
            " The newest backup is {backup}; restore it with: rmdesk restore {backup}",
            backup=backup,
        )
        if backup
        else msg(" There is no backup of it yet.")
    )
    return errors.DamagedStoreError(
        msg("{path} {what}. It has not been changed.{hint}", path=path, what=what, hint=hint)
    )


def _signature(path: Path) -> tuple[object, ...]:
    """What changes when anyone writes to the database (its file, or its WAL once it has
    frames; readers leave an empty WAL behind, which is no change)."""
    main = path.stat()
    wal = path.with_name(f"{path.name}-wal")
    try:
        log = wal.stat()
    except FileNotFoundError:
        log = None
    return (
        main.st_ino,
        main.st_size,
        main.st_mtime_ns,
        (log.st_size, log.st_mtime_ns) if log is not None and log.st_size else None,
    )


class IntegrityCheck:
    """`PRAGMA quick_check` of a file, run in a thread of its own from now on.

    The check reads every page: on a big desk it is the slowest step of opening it. sqlite3
    releases the GIL while it runs, so it overlaps whatever the caller does until it asks
    for the answer. Its connection is opened and closed in that thread (architecture.md rule 5).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._signature = _signature(path)
        self._answer = ""
        self._error: Exception | None = None
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="rmdesk-quick-check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            conn = _connect(path, read_only=True)
            try:
                self._answer = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except Exception as exc:  # raised by result(), in the thread that asks
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> str | None:
        """The check's first line ("ok" for a sound file), raising what reading it raised;
        None when the file has been written to since the check began (check it again)."""
        self.wait()
        try:
            if _signature(self.path) != self._signature:
                return None
        except OSError:
            return None
        if self._error is not None:
            raise self._error
        return self._answer


def inspect(
    path: Path, data: paths.DataPaths | None = None, *, integrity: IntegrityCheck | None = None
) -> FileInfo:
    """Check a file is an rmdesk database we can read, without writing to it.

    `integrity` is a check of this file already under way (see begin_open); without it, or
    when the file has changed since it began, the check runs here.
    """
    data = data or paths.DataPaths(path.parent)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise errors.RmdeskError(
            msg("Cannot read {path}: {error}", path=path, error=exc.strerror or exc)
        ) from exc
    if header != SQLITE_MAGIC:
        raise _damaged(data, path, msg("is not an SQLite database (it may be damaged)"))
    try:
        conn = _connect(path, read_only=True)
        try:
            checked = integrity.result() if integrity is not None else None
            if checked is None:
                checked = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            applied: tuple[str, ...] = ()
            if "_sqlite_migrations" in tables:
                applied = tuple(
                    r[0]
                    for r in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? "
                        "ORDER BY rowid",
                        (migrations.MIGRATION_SET,),
                    )
                )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(
            data, path, msg("cannot be read as a database ({error})", error=exc)
        ) from exc
    if checked != "ok":
        raise _damaged(data, path, msg("failed its integrity check ({checked})", checked=checked))
    if app_id not in (0, schema.APPLICATION_ID) or (app_id == 0 and tables):
        raise _damaged(data, path, msg("is an SQLite database, but not an rmdesk desk"))
    unknown = [name for name in applied if name not in migrations.NAMES]
    if version > migrations.LATEST_VERSION or unknown:
        raise errors.NewerSchemaError(
            msg(
                "{path} was written by a newer version of rmdesk (schema {version}; this is "
                "schema {LATEST_VERSION}). Update rmdesk to open it; "
                "the file has not been changed.",
                path=path,
                version=version,
                LATEST_VERSION=migrations.LATEST_VERSION,
            )
        )
    return FileInfo(path, version, applied, checked)


# --- a backup from outside, checked before it may become the desk ---------------------------

# sqlite-utils' bookkeeping: its table's SQL text may differ between sqlite-utils releases,
# so only its name and kind are compared; SQLite's own statistics tables are not schema.
_BOOKKEEPING = ("_sqlite_migrations", "idx__sqlite_migrations_migration_set_name")
_SCHEMA_SQL = (
    "SELECT type, name, tbl_name, sql FROM sqlite_master "
    "WHERE name <> 'sqlite_sequence' AND name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"
)


def read_candidate(source: Path) -> sqlite3.Connection:
    """A backup file read (size-bounded, regular files only) into an in-memory database,
    never opened by name: it is checked there and restored from there."""
    image = bytearray(files.read_bytes(source, files.LIMIT_BACKUP, msg("a backup")))
    if image[:16] != SQLITE_MAGIC or len(image) < 512:
        raise errors.DamagedStoreError(
            msg(
                "{source} is not a usable rmdesk backup: it is not an SQLite database.",
                source=source,
            )
        )
    image[18] = image[19] = 1  # a WAL-mode file opens in memory as a rollback-journal one
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(image)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise errors.DamagedStoreError(
            msg(
                "{source} is not a usable rmdesk backup: it cannot be read ({error}).",
                source=source,
                error=exc,
            )
        ) from None
    return conn


def _schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str, str | None]]:
    return {
        (kind, name, table, None if name in _BOOKKEEPING else sql)
        for kind, name, table, sql in conn.execute(_SCHEMA_SQL)
    }


@functools.cache
def reference_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """Every table, index, trigger and view rmdesk's own migrations create up to `version`,
    built in a fresh in-memory desk (so it can never drift from the migrations)."""
    from sqlite_utils import Database

    conn = sqlite3.connect(":memory:")
    try:
        stop = migrations.NAMES[version] if version < migrations.LATEST_VERSION else None
        migrations.build().apply(Database(conn, execute_plugins=False), stop_before=stop)
        return frozenset(_schema_of(conn))
    finally:
        conn.close()


def verify_genuine(conn: sqlite3.Connection, source: Path) -> FileInfo:
    """Refuse anything but a sound rmdesk desk: our application id, migrations applied in
    order, object for object the schema those migrations create (nothing more or less),
    `integrity_check` and `foreign_key_check` clean. Raises DamagedStoreError saying what
    is wrong, or NewerSchemaError."""

    def refuse(why: str) -> errors.DamagedStoreError:
        return errors.DamagedStoreError(
            msg("{source} is not a usable rmdesk backup: {why}.", source=source, why=why)
        )

    try:
        checked = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        applied: tuple[str, ...] = ()
        if "_sqlite_migrations" in names:
            applied = tuple(
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    (migrations.MIGRATION_SET,),
                )
            )
    except sqlite3.DatabaseError as exc:
        raise refuse(f"it cannot be read ({exc})") from None
    if checked != "ok":
        raise refuse(f"it fails its integrity check ({checked})")
    if app_id != schema.APPLICATION_ID:
        raise refuse("it is an SQLite file, but not an rmdesk desk")
    unknown = [name for name in applied if name not in migrations.NAMES]
    if version > migrations.LATEST_VERSION or unknown:
        raise errors.NewerSchemaError(
            msg(
                "{source} was written by a newer version of rmdesk (schema {version}; this is "
                "schema {LATEST_VERSION}). Update rmdesk to restore it.",
                source=source,
                version=version,
                LATEST_VERSION=migrations.LATEST_VERSION,
            )
        )
    if version < 1 or applied != migrations.NAMES[:version]:
        raise refuse("its record of schema upgrades does not match its version")
    found, expected = _schema_of(conn), reference_schema(version)
    extra = sorted(name for _kind, name, _table, _sql in found - expected)
    missing = sorted(name for _kind, name, _table, _sql in expected - found)
    if extra or missing:
        detail = "; ".join(
            part
            for part in (
                f"objects rmdesk does not create: {', '.join(extra[:5])}" if extra else "",
                f"missing or altered: {', '.join(missing[:5])}" if missing else "",
            )
            if part
        )
        raise refuse(f"its schema is not rmdesk's ({detail})")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise refuse("some rows point at records that do not exist")
    return FileInfo(source, version, applied, checked)


def upgrade_copy(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations to a checked in-memory copy, so its rows are read (and
    validated) with this version's columns and restored already upgraded."""
    from sqlite_utils import Database

    chosen = migrations.build()
    utils = Database(conn, execute_plugins=False)
    if chosen.pending(utils):
        with utils.atomic():
            chosen.apply(utils)


def backup_to(
    conn: sqlite3.Connection,
    destination: Path,
    *,
    checked: bool = False,
    desk: paths.DataPaths | None = None,
) -> Path:
    """Copy a live database, atomically and 0600.

    The copy is serialised in memory and written through files.write_atomic, so a backup
    gets the same exclusive, unpredictable temp file as every other write and SQLite never
    opens an output by name. `checked` is for a destination the user chose (refused if it
    is a file of a desk, `desk`'s by identity too, or a device).
    """
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return files.write_atomic(destination, serialize(conn), checked=checked, desk=desk)


def serialize(conn: sqlite3.Connection) -> bytearray:
    """The database behind `conn` as the bytes of a standalone file, in rollback-journal
    mode so the copy is one file that opens anywhere. sqlite3_serialize reads the pages
    inside a read transaction of its own, so the copy is consistent while others write."""
    image = bytearray(conn.serialize())
    if image[:16] == SQLITE_MAGIC and len(image) >= 100:
        image[18] = image[19] = 1  # "legacy" read/write versions: what journal_mode=DELETE sets
    return image


def backup_name(reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now(UTC)
    return f"rmdesk-{when:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def open_store(
    data: paths.DataPaths,
    *,
    read_only: bool = False,
    migration_set: Migrations | None = None,
) -> Store:
    """Open (creating if needed) the desk in a data folder.

    Writers take the folder lock first. Existing files are inspected read-only before
    anything is written to them, and backed up before any migration.
    """
    return _open(data, read_only, migration_set)


def _open(
    data: paths.DataPaths,
    read_only: bool,
    migration_set: Migrations | None,
    integrity: IntegrityCheck | None = None,
) -> Store:
    if data.root.is_dir():
        files.refuse_links(data)  # before ensure(), which would chmod through a link
    if read_only:
        if not data.root.is_dir():
            raise errors.RmdeskError(msg("There is no desk in {root} yet.", root=data.root))
    else:
        data.ensure()
        files.refuse_links(data)
    lock = None if read_only else DirectoryLock(data.lock).acquire()
    try:
        return _open_locked(data, lock, read_only, migration_set, integrity)
    except BaseException:
        if lock:
            lock.release()
        raise


def begin_open(data: paths.DataPaths) -> PendingOpen:
    """open_store(data), with its slowest step started now to overlap the caller's work.

    Only the integrity check of an existing desk starts here, in a thread of its own
    (reading needs no lock); PendingOpen.finish() is open_store itself: the lock, the hot
    journal, inspection, migrations, in the same order with the same errors. inspect()
    uses the early check only if nobody has written to the file since it began.
    """
    return PendingOpen(data)


class PendingOpen:
    """A writable desk on its way to open; see begin_open."""

    def __init__(self, data: paths.DataPaths) -> None:
        self.data = data
        self._integrity: IntegrityCheck | None = None
        path = data.database
        journal = path.with_name(f"{path.name}-journal")
        try:
            # A hot journal is rolled back under the lock first: the file will change.
            if path.is_file() and path.stat().st_size > 0 and not journal.exists():
                self._integrity = IntegrityCheck(path)
        except OSError:
            pass  # finish() reports what is wrong, as open_store does

    def finish(self, migration_set: Migrations | None = None) -> Store:
        try:
            return _open(self.data, False, migration_set, self._integrity)
        finally:
            if self._integrity is not None:
                self._integrity.wait()  # its connection is closed before anything goes on


def _roll_back_hot_journal(path: Path) -> None:
    """Undo a transaction a killed writer left half-done in rollback-journal mode.

    Migrations run before the switch to WAL, so a crash mid-migration leaves a hot journal;
    a read-only connection cannot roll it back and inspect() would call the desk damaged.
    A read-write connection rolls it back, as SQLite does on any open, restoring the file
    to its last committed state. Called with the folder lock held.
    """
    journal = path.with_name(f"{path.name}-journal")
    if not journal.is_file() or journal.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return  # not ours to touch; inspect() says what it is
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass  # inspect() reports what is wrong with the file


def _existing(path: Path, read_only: bool) -> bool:
    """Whether there is a desk file to open; a writer first rolls back a hot journal."""
    existed = path.exists() and path.stat().st_size > 0
    if existed and not read_only:
        _roll_back_hot_journal(path)
    return existed


def _open_locked(
    data: paths.DataPaths,
    lock: DirectoryLock | None,
    read_only: bool,
    migration_set: Migrations | None,
    integrity: IntegrityCheck | None = None,
) -> Store:
    path = data.database
    existed = _existing(path, read_only)
    info = inspect(path, data, integrity=integrity) if existed else None
    if read_only and info is None:
        raise errors.RmdeskError(msg("There is no desk in {root} yet.", root=data.root))
    try:
        conn = _connect(path, read_only=read_only)
    except sqlite3.Error as exc:
        raise errors.RmdeskError(msg("Cannot open {path}: {error}", path=path, error=exc)) from exc
    store = Store(conn, data, lock, read_only)
    try:
        if not read_only:
            files.make_private(path)
            if _read_only_file(conn):
                raise errors.ReadOnlyDeskError(
                    msg("{path} is read-only; rmdesk can read it but not change it.", path=path)
                )
            conn.execute("PRAGMA synchronous = FULL")
            for pragma in files.sqlite_durability_pragmas():  # macOS: F_FULLFSYNC
                conn.execute(pragma)
        pending = [n for n in migrations.NAMES if not info or n not in info.applied]
        if pending and migration_set is None and read_only:
            raise errors.RmdeskError(
                msg(
                    "{path} needs an upgrade that only a writing rmdesk can do; "
                    "close the other rmdesk and try again.",
                    path=path,
                )
            )
        if pending or migration_set is not None:
            migrate(store, migration_set, backup_first=existed)
        if not read_only:
            # Only after migrating: switching the journal mode rewrites the file header, and
            # a failed migration must leave the file byte for byte as it was.
            conn.execute("PRAGMA journal_mode = WAL")
    except BaseException:
        conn.close()
        raise
    return store


def _read_only_file(conn: sqlite3.Connection) -> bool:
    """SQLite opens a file it cannot write read-only without saying so; ask it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_READONLY:
            return True
        raise
    conn.execute("ROLLBACK")
    return False


def migrate(store: Store, migration_set: Migrations | None = None, *, backup_first: bool) -> None:
    """Apply every pending migration in one transaction: all of them, or none."""
    chosen = migration_set if migration_set is not None else migrations.build()
    if not chosen.pending(store.utils):
        return
    if backup_first:
        backup_to(store.conn, store.paths.backups / backup_name("before-migration"))
    try:
        with store.utils.atomic():
            chosen.apply(store.utils)
    except Exception as exc:
        raise errors.MigrationError(
            msg(
                "Upgrading {database} failed ({error}); the file was left as it was.",
                database=store.paths.database,
                error=exc,
            )
        ) from exc


@contextlib.contextmanager
def read_connection(data: paths.DataPaths) -> Iterator[sqlite3.Connection]:
    """A separate read-only connection for a worker thread (connections stay in their thread)."""
    conn = _connect(data.database, read_only=True)
    try:
        yield conn
    finally:
        conn.close()


def open_beside(store: Store) -> Store:
    """A second writable connection to `store`'s desk, for a worker thread of the process that
    holds the desk's lock (the pair exchange: a receive may merge thousands of rows, too long
    for the UI thread). No second lock is taken, so it is refused for a store that holds none;
    the database is in WAL mode, so the UI's connection keeps reading meanwhile, and a write of
    its own waits for the worker's transaction (busy_timeout). Close it in the thread that
    opened it."""
    if store.read_only or store.lock is None or not store.lock.held:
        raise errors.RmdeskError(msg("This desk is open read-only; nothing can be written to it."))
    try:
        conn = _connect(store.paths.database, read_only=False)
    except sqlite3.Error as exc:
        raise errors.RmdeskError(
            msg("Cannot open {database}: {error}", database=store.paths.database, error=exc)
        ) from exc
    conn.execute("PRAGMA synchronous = FULL")
    for pragma in files.sqlite_durability_pragmas():
        conn.execute(pragma)
    return Store(conn, store.paths, None, read_only=False)


def warm_up() -> None:
    """Import sqlite_utils now (Store.utils imports it on the first transaction); safe in any
    thread, and a no-op once imported."""
    import sqlite_utils  # noqa: F401
