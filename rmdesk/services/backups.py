"""Backups with SQLite's backup API: on demand, daily on first start, rotated, restorable."""

from __future__ import annotations

import builtins
import re
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from rmdesk import errors, paths
from rmdesk.i18n import msg
from rmdesk.store import db, migrations, rows, schema
from rmdesk.store.db import Store

_NAME = re.compile(r"^rmdesk-(\d{8}-\d{6})(?:-\d{6})?-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


@dataclass(frozen=True)
class Rotation:
    """How many backups of each kind survive (always plus everything from the last day)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if not match:
                continue
            taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(BackupInfo(path, taken, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def configured_rotation(data: paths.DataPaths) -> Rotation:
    """The rotation chosen in Settings (settings.json beside the desk), else the default;
    so the window, the daily backup and `rmdesk backup` all keep the same number."""
    from rmdesk import settings

    chosen = settings.load(data.settings)
    return Rotation(chosen.backup_daily, chosen.backup_weekly, chosen.backup_monthly)


def to_keep(backups: list[BackupInfo], rotation: Rotation, now: datetime) -> set[Path]:
    """Grandfather-father-son: newest per day, ISO week and month, up to each limit."""
    keep = {b.path for b in backups if now - b.taken_at < timedelta(days=1)}
    for limit, bucket in (
        (rotation.daily, lambda d: d.date()),
        (rotation.weekly, lambda d: d.isocalendar()[:2]),
        (rotation.monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first, so the first of each bucket is its newest
            key = bucket(backup.taken_at)
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(key)
            keep.add(backup.path)
    return keep


def take(
    data: paths.DataPaths,
    reason: str = "manual",
    destination: Path | None = None,
    rotation: Rotation | None = None,
) -> Path:
    """Back up now, into the backups folder (then rotate) or to a chosen file.

    Uses a connection of its own, so a worker thread can run it while the UI keeps its own.
    """
    try:
        with db.read_connection(data) as conn:
            if destination is not None:
                return db.backup_to(conn, Path(destination), checked=True, desk=data)
            path = db.backup_to(conn, data.backups / db.backup_name(reason))
    except (OSError, sqlite3.Error) as exc:
        raise errors.RmdeskError(
            msg("The backup failed: {error}. The desk is unchanged.", error=exc)
        ) from exc
    rotate(data.backups, rotation or configured_rotation(data))
    return path


def daily_if_due(
    data: paths.DataPaths, rotation: Rotation | None = None, today: date | None = None
) -> Path | None:
    """The first start of each day takes a backup, so a bad day can be undone."""
    today = today or datetime.now(UTC).date()
    if any(b.taken_at.date() == today for b in list_backups(data.backups)):
        return None
    return take(data, "daily", rotation=rotation)


def rotate(folder: Path, rotation: Rotation, now: datetime | None = None) -> list[Path]:
    backups = list_backups(folder)
    keep = to_keep(backups, rotation, now or datetime.now(UTC))
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed + _remove_stale_partials(folder)


# A backup being written is `.<name>.<random>.partial` (files.write_atomic) until it is
# complete; one left behind by a process that was killed mid-copy is removed once it is
# clearly abandoned (older rmdesks wrote `.<name>.partial` and its journal).
_PARTIAL = re.compile(r"^\.rmdesk-.*\.sqlite(\.[0-9a-f]+)?\.partial(-journal)?$")
STALE_PARTIAL_SECONDS = 3600


def _remove_stale_partials(folder: Path) -> list[Path]:
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    cutoff = datetime.now(UTC).timestamp() - STALE_PARTIAL_SECONDS
    for path in folder.iterdir():
        if _PARTIAL.match(path.name):
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed


class BackupService:
    def __init__(self, store: Store, rotation: Rotation | None = None) -> None:
        self._store = store
        self._rotation = rotation

    @property
    def rotation(self) -> Rotation:
        return self._rotation or configured_rotation(self._store.paths)

    @property
    def folder(self) -> Path:
        return self._store.paths.backups

    def list(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def create(self, reason: str = "manual", destination: Path | None = None) -> Path:
        return take(self._store.paths, reason, destination, self.rotation)

    def daily_if_due(self, today: date | None = None) -> Path | None:
        return daily_if_due(self._store.paths, self.rotation, today)

    def rotate(self, now: datetime | None = None) -> builtins.list[Path]:
        return rotate(self.folder, self.rotation, now)

    def restore(self, source: Path) -> Path:
        """Replace the desk's content with a backup's; the current content is backed up first.

        The copy goes through SQLite's backup API into the open connection, so it is one
        transaction: it either completes or leaves the desk as it was.
        """
        return self.apply_restore(prepare_restore(self._store.paths, Path(source)))

    def apply_load(self, prepared: PreparedLoad) -> dict[str, int]:
        """The last step of restoring a full backup (a dump), on the store's own thread:
        its rows replace the desk's in one transaction."""
        from rmdesk.services import dump

        try:
            return dump.load(self._store, prepared.document, replace=True)
        except errors.RmdeskError as exc:
            raise errors.RmdeskError(
                msg(
                    "{error} Your desk before the restore is saved in {safety}.",
                    error=exc,
                    safety=prepared.safety,
                )
            ) from exc

    def apply_restore(self, prepared: PreparedRestore) -> Path:
        """The quick last step of a restore, on the store's own thread; returns the safety
        backup taken by prepare_restore."""
        try:
            prepared.copy.backup(self._store.conn)
            self._store.conn.execute("PRAGMA journal_mode = WAL")
            if prepared.info.version < migrations.LATEST_VERSION:
                db.migrate(self._store, backup_first=False)
        except (sqlite3.Error, errors.MigrationError) as exc:
            raise errors.RmdeskError(
                msg(
                    "Restoring {source} failed ({error}). Your desk before the restore is "
                    "saved in {safety}.",
                    source=prepared.source,
                    error=exc,
                    safety=prepared.safety,
                )
            ) from exc
        finally:
            prepared.copy.close()
        return prepared.safety


@dataclass(frozen=True)
class PreparedRestore:
    """A backup checked and read into memory, and the desk backed up: all that is slow."""

    source: Path
    info: db.FileInfo
    copy: sqlite3.Connection
    safety: Path


def file_kind(path: Path) -> str:
    """What a backup file is, by its first bytes: "database" (a backup of the desk file),
    "encrypted" (an age file: the encrypted full backup) or "dump" (anything else, which
    loading then checks as a dump)."""
    from rmdesk import files
    from rmdesk.services import crypto

    head = files.read_head(Path(path), 64)
    if head.startswith(db.SQLITE_MAGIC):
        return "database"
    return "encrypted" if crypto.looks_encrypted(head) else "dump"


def prepare_restore(data: paths.DataPaths, source: Path) -> PreparedRestore:
    """Check a backup, read it into memory and back the desk up first. Uses no connection of
    the store's, so a worker thread may run it (the window shows progress meanwhile)."""
    if not source.exists():
        raise errors.RmdeskError(msg("There is no backup file at {source}.", source=source))
    # Read into memory (bounded) before taking the safety backup: that one rotates the
    # folder, which may well remove the very (old) backup being restored. The copy is checked
    # there, and handed to the store's thread for the last step.
    try:
        copy, info = checked_copy(source)
    except errors.RmdeskError as exc:
        raise type(exc)(f"{exc} Nothing was restored.") from None
    try:
        safety = take(data, "before-restore")
    except BaseException:
        copy.close()
        raise
    return PreparedRestore(source, info, copy, safety)


def checked_copy(source: Path) -> tuple[sqlite3.Connection, db.FileInfo]:
    """A backup file in memory, proven a genuine rmdesk desk whose rows `load` would accept
    (dump.validate: types, formats, ids), upgraded to this version's schema; and what it
    was before the upgrade. The caller closes the connection."""
    from rmdesk.services import dump

    copy = db.read_candidate(source)
    try:
        info = db.verify_genuine(copy, source)
        db.upgrade_copy(copy)
        document = {
            "format": dump.FORMAT,
            "version": dump.VERSION,
            "schema_version": migrations.LATEST_VERSION,
            "tables": {table: rows.table_rows(copy, table) for table in schema.TABLES},
        }
        dump.validate(document, str(source))
    except errors.DumpFormatError as exc:
        copy.close()
        raise errors.DamagedStoreError(
            msg("{source} is not a usable rmdesk backup ({error}).", source=source, error=exc)
        ) from None
    except sqlite3.Error as exc:
        copy.close()
        raise errors.DamagedStoreError(
            msg("Cannot read the backup {source}: {error}.", source=source, error=exc)
        ) from None
    except BaseException:
        copy.close()
        raise
    return copy, info


@dataclass(frozen=True)
class PreparedLoad:
    """A full backup (dump) decrypted and validated, and the desk backed up first."""

    source: Path
    document: dict[str, Any]
    safety: Path


def prepare_load(
    data: paths.DataPaths,
    source: Path,
    passphrase: str | None = None,
    cancel: threading.Event | None = None,
) -> PreparedLoad:
    """Read a dump file (plain or encrypted), validate it and back the desk up: the slow
    part of restoring one, safe in a worker thread (the passphrase work can be cancelled)."""
    from rmdesk.services import dump

    document = dump.read(source, passphrase, cancel=cancel)
    return PreparedLoad(source, document, take(data, "before-restore"))


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, for a preview before restoring it."""

    path: Path
    schema_version: int
    counts: dict[str, int]
    pairs: list[str]  # "Mentor & Mentee"
    latest: str  # the newest change in it (ISO timestamp), "" if empty


def contents(source: Path) -> BackupContents:
    """Read a backup file (read-only) for its preview: pairs, row counts, newest change."""
    conn, info = checked_copy(Path(source))
    try:
        summary = rows.summarize(conn)
    except sqlite3.Error as exc:
        raise errors.RmdeskError(
            msg("Cannot read the backup {source}: {error}.", source=source, error=exc)
        ) from exc
    finally:
        conn.close()
    return BackupContents(Path(source), info.version, *summary)
