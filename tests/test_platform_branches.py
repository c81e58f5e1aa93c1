"""The per-system branches of rmdesk/files.py and the CLI's UTF-8 output, each exercised here
by asking for the other system's behaviour (the Windows run itself is tests/test_wine.py)."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from rmdesk import files, paths, terminal
from rmdesk.store import db


def test_a_folder_outside_the_windows_profile_is_warned_about(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """On Windows a desk outside %USERPROFILE% may be readable by others: say so."""
    monkeypatch.setattr(files, "IS_WINDOWS", True)
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "profile"))
    assert files.exposure_warning(tmp_path / "profile" / "AppData" / "rmdesk") == ""
    warning = files.exposure_warning(tmp_path / "shared")
    assert "outside your user profile" in warning and "other users" in warning


def test_no_exposure_warning_on_posix(tmp_path: Path) -> None:
    """On Linux and macOS opening a desk makes its folder 0700, so nothing to warn about."""
    if os.name == "nt":
        pytest.skip("POSIX only: the mode protects the desk")
    assert files.exposure_warning(tmp_path) == ""


def test_fullfsync_is_asked_for_on_macos(
    monkeypatch: pytest.MonkeyPatch, data_paths: paths.DataPaths
) -> None:
    """A desk opened on macOS has SQLite's fullfsync on, for commits and checkpoints."""
    monkeypatch.setattr(files, "IS_MACOS", True)
    store = db.open_store(data_paths)
    try:
        assert store.conn.execute("PRAGMA fullfsync").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA checkpoint_fullfsync").fetchone()[0] == 1
    finally:
        store.close()
    monkeypatch.setattr(files, "IS_MACOS", False)
    assert files.sqlite_durability_pragmas() == ()


def test_fsync_of_a_read_only_handle_is_skipped_only_on_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows refuses to flush a read-only handle (EBADF): skipped there, raised elsewhere."""

    def refuse(fd: int) -> None:
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(files.os, "fsync", refuse)
    monkeypatch.setattr(files, "IS_WINDOWS", True)
    files.fsync(0)
    monkeypatch.setattr(files, "IS_WINDOWS", False)
    with pytest.raises(OSError):
        files.fsync(0)


def test_output_in_a_western_windows_code_page_becomes_utf8() -> None:
    """A cp1252 stdout (Windows' pipes) is switched to UTF-8, so "Łucja" prints."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    with pytest.raises(UnicodeEncodeError):
        stream.write("Łucja")
    terminal.use_utf8(stream)
    stream.write("Łucja →")
    stream.flush()
    assert raw.getvalue().endswith("Łucja →".encode())


def test_a_missing_age_library_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyrage's native module, key work says so in one line instead of crashing,
    while telling an age file from a dump still works."""
    from rmdesk.services import crypto

    monkeypatch.setattr(crypto, "pyrage", None)
    with pytest.raises(crypto.CryptoError, match="could not be loaded"):
        crypto.generate_identity()
    with pytest.raises(crypto.CryptoError, match="could not be loaded"):
        crypto.encrypt_with_passphrase(b"x", "a passphrase")
    assert crypto.looks_encrypted(b"age-encryption.org/v1\n")


def test_the_lock_holds_across_processes_and_dies_with_its_holder(tmp_path: Path) -> None:
    """Another process's lock refuses us (flock, or msvcrt on Windows), and is released when
    that process is killed (TerminateProcess on Windows, SIGKILL elsewhere)."""
    import subprocess
    import sys

    from rmdesk import errors

    folder = tmp_path / "desk"
    folder.mkdir()
    lock = folder / paths.LOCK_NAME
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from rmdesk import files; "
            f"files.FolderLock({str(lock)!r}).acquire(); print('held', flush=True); "
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(errors.LockedError, match=f"process {holder.pid}"):
            files.FolderLock(lock).acquire()
    finally:
        holder.kill()
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    files.FolderLock(lock).acquire().release()
