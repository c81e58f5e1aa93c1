"""Backups: taken with the backup API, rotated, one a day on start, restorable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import backups
from rmdesk.store import db, pairs, rows
from tests import platforms


def _info(taken: datetime) -> backups.BackupInfo:
    return backups.BackupInfo(Path(f"/b/{taken.isoformat()}"), taken, "daily", 1)


NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


@given(st.lists(st.integers(0, 60 * 24 * 800), unique=True, max_size=80))
def test_rotation_keeps_the_newest_per_day_week_and_month(minutes_ago: list[int]) -> None:
    """The newest backup always survives, and no more than the policy's limits (plus a day)."""
    found = sorted(
        (_info(NOW - timedelta(minutes=m)) for m in minutes_ago),
        key=lambda b: b.taken_at,
        reverse=True,
    )
    rotation = backups.Rotation(daily=7, weekly=4, monthly=12)
    keep = backups.to_keep(found, rotation, NOW)
    if found:
        assert found[0].path in keep
    recent = {b.path for b in found if NOW - b.taken_at < timedelta(days=1)}
    assert recent <= keep
    assert len(keep - recent) <= 7 + 4 + 12
    days = {b.taken_at.date() for b in found}
    kept_days = {b.taken_at.date() for b in found if b.path in keep}
    assert len(kept_days) >= min(7, len(days))


def test_take_writes_a_valid_private_backup(store: db.Store) -> None:
    """A backup is a complete, checkable copy with mode 0600."""
    pairs.add(store, models.Pair(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01"))
    path = backups.take(store.paths, "manual")
    assert path.parent == store.paths.backups
    assert platforms.private(path)
    assert db.inspect(path).integrity == "ok"
    assert [b.reason for b in backups.list_backups(store.paths.backups)] == ["manual"]


def test_daily_backup_happens_once_a_day(store: db.Store) -> None:
    """The first start of a day backs up; later starts that day do not."""
    assert backups.daily_if_due(store.paths) is not None
    assert backups.daily_if_due(store.paths) is None
    assert len(backups.list_backups(store.paths.backups)) == 1


def test_restore_brings_back_the_backup_and_saves_the_present(store: db.Store) -> None:
    """Restore replaces the content and keeps what was there in a before-restore backup."""
    first = pairs.add(
        store, models.Pair(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01")
    )
    saved = backups.take(store.paths, "manual")
    pairs.add(store, models.Pair(mentor_name="Bea", mentee_name="Cy", start_date="2026-02-01"))
    service = backups.BackupService(store)
    safety = service.restore(saved)
    assert [p.uuid for p in pairs.list_all(store)] == [first.uuid]
    assert "before-restore" in safety.name
    with db.read_connection(store.paths) as conn:
        assert conn.execute("SELECT count(*) FROM pairs").fetchone()[0] == 1
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"


def test_restore_refuses_damaged_and_missing_files(store: db.Store, tmp_path: Path) -> None:
    """A bad backup is named in the message and the desk is left alone."""
    pairs.add(store, models.Pair(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01"))
    service = backups.BackupService(store)
    with pytest.raises(errors.RmdeskError, match="no backup file"):
        service.restore(tmp_path / "missing.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"junk" * 1000)
    with pytest.raises(errors.DamagedStoreError, match="junk.sqlite"):
        service.restore(junk)
    assert rows.counts(store)["pairs"] == 1


def test_restoring_the_oldest_backup_survives_rotation(store: db.Store) -> None:
    """The safety backup rotates the folder; the backup being restored was read first."""
    first = pairs.add(
        store, models.Pair(mentor_name="Ada", mentee_name="Hal", start_date="2026-01-01")
    )
    service = backups.BackupService(store, backups.Rotation(daily=1, weekly=0, monthly=0))
    old = backups.take(store.paths, "daily", rotation=service.rotation)
    import os

    stamp = old.with_name("rmdesk-20200101-090000-daily.sqlite")
    os.replace(old, stamp)  # an old daily backup that the next rotation will prune
    pairs.add(store, models.Pair(mentor_name="Bea", mentee_name="Cy", start_date="2026-02-01"))
    service.restore(stamp)
    assert [p.uuid for p in pairs.list_all(store)] == [first.uuid]


def test_rotation_removes_abandoned_partial_copies(store: db.Store) -> None:
    """A backup half-written by a killed process is cleared once it is an hour old; one
    that may still be being written is left alone."""
    import os

    folder = store.paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    old = folder / ".rmdesk-20260101-000000-000000-daily.sqlite.partial"
    fresh = folder / ".rmdesk-20260101-000001-000000-manual.sqlite.partial"
    for path in (old, fresh):
        path.write_bytes(b"half")
    hours_ago = datetime.now(UTC).timestamp() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    backups.take(store.paths, "manual")
    assert not old.exists() and fresh.exists()
    assert len(backups.list_backups(folder)) == 1


@pytest.mark.needs_pyrage
def test_contents_preview_of_a_backup(store: db.Store) -> None:
    """A backup's preview names its pairs, counts its rows and its newest change."""
    pair = models.Pair(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    pairs.add(store, pair)
    path = backups.take(store.paths, "manual")
    seen = backups.contents(path)
    assert seen.pairs == ["Priya & Martin"]
    assert seen.counts["pairs"] == 1 and seen.counts["goals"] == 0
    assert seen.latest.startswith(str(datetime.now(UTC).year))
    assert backups.file_kind(path) == "database"


def test_rotation_follows_settings(store: db.Store) -> None:
    """The number of daily backups kept is the one chosen in Settings, for every backup."""
    from rmdesk import settings

    settings.save(
        store.paths.settings, settings.Settings(backup_daily=2, backup_weekly=0, backup_monthly=0)
    )
    assert backups.configured_rotation(store.paths) == backups.Rotation(2, 0, 0)
    assert backups.BackupService(store).rotation == backups.Rotation(2, 0, 0)
    folder = store.paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    for day in (3, 4, 5, 6):  # four old daily backups
        (folder / f"rmdesk-202601{day:02d}-090000-000000-daily.sqlite").write_bytes(b"x")
    backups.take(store.paths, "manual")
    assert len(backups.list_backups(folder)) == 2  # today's and the newest old one


def test_rotation_removes_abandoned_random_named_partials(store: db.Store) -> None:
    """The random temp names of files.write_atomic are cleaned up like the old ones."""
    import os

    folder = store.paths.backups
    old = folder / ".rmdesk-20260101-000000-000000-daily.sqlite.0123456789abcdef.partial"
    old.write_bytes(b"half")
    os.utime(old, (0, 0))
    removed = backups.rotate(folder, backups.Rotation())
    assert old in removed and not old.exists()


def test_a_backup_to_a_chosen_file_never_lands_on_the_desk(store: db.Store) -> None:
    """Back up to file… refuses the desk itself, its lock and the backups folder."""
    from rmdesk import files

    before = store.paths.database.read_bytes()
    for target in (store.paths.database, store.paths.lock, store.paths.backups / "x.sqlite"):
        with pytest.raises(files.UnsafeFileError):
            backups.take(store.paths, "manual", target)
    assert store.paths.database.read_bytes() == before


def test_the_preview_of_an_old_backup_shows_its_own_schema(tmp_path: Path) -> None:
    """A schema-1 backup previews as schema 1 although its checked copy is upgraded."""
    from tests.conftest import REPO

    found = backups.contents(REPO / "tests" / "data" / "desk-v1.sqlite")
    assert found.schema_version == 1 and found.counts["pairs"] == 1
