"""rmdesk/files.py: the one home of file safety (atomic private writes, refused outputs,
bounded reads, the folder lock)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rmdesk import errors, files, paths
from rmdesk.store import db
from tests import platforms


def _desk(root: Path) -> paths.DataPaths:
    data = paths.DataPaths(root)
    db.open_store(data).close()
    return data


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(files.TEMP_SUFFIX))


def test_write_atomic_writes_private_file_and_leaves_no_temp(tmp_path: Path) -> None:
    """The file holds the bytes, is 0600 whatever the umask, and no temp file remains."""
    old = os.umask(0)
    try:
        target = files.write_atomic(tmp_path / "out.json", b"{}")
    finally:
        os.umask(old)
    assert target.read_bytes() == b"{}"
    assert platforms.private(target)
    assert _leftovers(tmp_path) == []


def test_temp_names_are_unpredictable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two writes of the same file in the same process use different temp names."""
    seen: list[str] = []
    real = files.create_exclusive

    def spy(path: Path) -> int:
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(files, "create_exclusive", spy)
    files.write_atomic(tmp_path / "a.txt", b"1")
    files.write_atomic(tmp_path / "a.txt", b"2")
    assert len(set(seen)) == 2
    assert all(str(os.getpid()) not in name.split(".") for name in seen)


def test_planted_file_or_link_at_a_temp_name_is_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link planted under the next temp name is not followed: another name is taken."""
    victim = tmp_path / "victim"
    victim.write_bytes(b"keep")
    names = iter(["planted", "fresh"])
    monkeypatch.setattr(files, "_random_token", lambda: next(names))
    (tmp_path / f".out.txt.planted{files.TEMP_SUFFIX}").symlink_to(victim)
    files.write_atomic(tmp_path / "out.txt", b"new")
    assert victim.read_bytes() == b"keep"
    assert (tmp_path / "out.txt").read_bytes() == b"new"


def test_ctrl_c_mid_write_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A KeyboardInterrupt during the fsync leaves the old file and no temp file."""
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def interrupt(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_failed_verify_leaves_the_old_file(tmp_path: Path) -> None:
    """A verify callback that raises refuses the write; the old file stays."""
    target = tmp_path / "out.age"
    target.write_bytes(b"old")

    def refuse(_data: bytes) -> None:
        raise errors.RmdeskError("no")

    with pytest.raises(errors.RmdeskError):
        files.write_atomic(target, b"new", verify=refuse)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    "name",
    [
        paths.DB_NAME,
        f"{paths.DB_NAME}-wal",
        f"{paths.DB_NAME}-shm",
        f"{paths.DB_NAME}-journal",
        paths.LOCK_NAME,
        f"{paths.BACKUP_DIR_NAME}/rmdesk-20260101-000000-manual.sqlite",
        f"{paths.BACKUP_DIR_NAME}/anything.json",
    ],
)
def test_every_file_of_a_desk_is_refused_as_an_output(tmp_path: Path, name: str) -> None:
    """The desk, its journals, its lock and its backups are never an output."""
    data = _desk(tmp_path / "desk")
    before = data.database.read_bytes()
    with pytest.raises(files.UnsafeFileError, match="desk"):
        files.write_atomic(data.root / name, b"{}")
    assert data.database.read_bytes() == before


def test_the_data_folder_itself_is_refused(tmp_path: Path) -> None:
    """A folder (the data folder included) is not a file name."""
    data = _desk(tmp_path / "desk")
    with pytest.raises(files.UnsafeFileError, match="folder"):
        files.write_atomic(data.root, b"{}")


@platforms.posix_only("symbolic links (Windows allows them only to administrators)")
def test_a_link_or_hard_link_to_the_desk_is_refused(tmp_path: Path) -> None:
    """Writing through a symlink to the desk, or over a hard link of it, is refused."""
    data = _desk(tmp_path / "desk")
    (tmp_path / "soft.sqlite").symlink_to(data.database)
    os.link(data.database, tmp_path / "hard.sqlite")
    with pytest.raises(files.UnsafeFileError):
        files.check_output(tmp_path / "soft.sqlite")
    with pytest.raises(files.UnsafeFileError):
        files.check_output(tmp_path / "hard.sqlite", data)


def test_a_device_is_refused_as_an_output() -> None:
    """/dev/null is a device: never replaced by a regular file."""
    with pytest.raises(files.UnsafeFileError, match="special file"):
        files.check_output(Path("/dev/null"))


@platforms.posix_only("named pipes (os.mkfifo)")
def test_a_fifo_is_refused_as_an_output(tmp_path: Path) -> None:
    """A named pipe is not a file rmdesk writes to."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(files.UnsafeFileError):
        files.write_atomic(fifo, b"x")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_new_file_beside_a_desk_is_fine(tmp_path: Path) -> None:
    """Other names in the data folder (an export beside the desk) are allowed."""
    data = _desk(tmp_path / "desk")
    assert files.write_atomic(data.root / "summary.json", b"{}").read_bytes() == b"{}"


def test_read_bytes_checks_the_size_before_reading(tmp_path: Path) -> None:
    """A file over the limit is refused with its size and the limit."""
    big = tmp_path / "big"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(files.UnsafeFileError, match="too large"):
        files.read_bytes(big, 1024, "dump")
    assert files.read_bytes(big, 4096) == b"x" * 2048


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_read_bytes_refuses_devices(device: str) -> None:
    """A device that never ends is refused before a byte is read."""
    with pytest.raises(files.UnsafeFileError, match="special file"):
        files.read_bytes(Path(device), files.LIMIT_DUMP, "dump")


@platforms.posix_only("named pipes (os.mkfifo)")
def test_read_bytes_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """Opening a FIFO for reading would block forever; it is refused at once."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(files.UnsafeFileError):
        files.read_bytes(fifo, 1024)


def test_read_stream_stops_at_the_limit() -> None:
    """A stream longer than the limit is refused after limit+1 bytes, not read to its end."""

    class Endless:
        read_total = 0

        def read(self, size: int) -> bytes:
            Endless.read_total += size
            return b"\0" * size

    with pytest.raises(files.UnsafeFileError, match="too large"):
        files.read_stream(Endless(), 1000)  # type: ignore[arg-type]
    assert Endless.read_total == 1001


@platforms.posix_only("symbolic links (Windows allows them only to administrators)")
def test_links_in_the_data_folder_are_refused(tmp_path: Path) -> None:
    """A desk file that is a symlink is refused when the desk opens, not written through."""
    data = paths.DataPaths(tmp_path / "desk")
    data.root.mkdir()
    elsewhere = tmp_path / "elsewhere.sqlite"
    data.database.symlink_to(elsewhere)
    with pytest.raises(files.UnsafeFileError, match="symbolic link"):
        db.open_store(data)
    assert not elsewhere.exists()


def test_deleting_the_lock_file_does_not_let_a_second_writer_in(tmp_path: Path) -> None:
    """The folder itself is locked (POSIX), or the held lock file cannot be deleted
    (Windows): either way a fresh lock file does not make a second lock."""
    data = _desk(tmp_path / "desk")
    first = files.FolderLock(data.lock).acquire()
    try:
        if platforms.IS_WINDOWS:
            with pytest.raises(PermissionError):
                data.lock.unlink()
            with pytest.raises(errors.LockedError):
                files.FolderLock(data.lock).acquire()
            return
        data.lock.unlink()
        with pytest.raises(errors.LockedError):
            files.FolderLock(data.lock).acquire()
        data.lock.write_text("0")  # replaced by another file
        with pytest.raises(errors.LockedError):
            files.FolderLock(data.lock).acquire()
    finally:
        first.release()
    files.FolderLock(data.lock).acquire().release()


@platforms.posix_only("symbolic links (Windows allows them only to administrators)")
def test_lock_file_that_is_a_link_is_refused(tmp_path: Path) -> None:
    """The lock file is opened without following links."""
    folder = tmp_path / "desk"
    folder.mkdir()
    target = tmp_path / "target"
    (folder / paths.LOCK_NAME).symlink_to(target)
    with pytest.raises(files.UnsafeFileError):
        files.FolderLock(folder / paths.LOCK_NAME).acquire()
    assert not target.exists()
