"""The one home of file safety: every file rmdesk writes or reads from outside goes through here.

Writes are atomic (an exclusive temp file under an unpredictable name in the target's folder,
fsync, rename, folder fsync), private (0600) and never land on the desk, its journals, its
lock, its backups or a device. Reads are bounded: the size is checked before reading, a
stream stops at the limit, FIFOs and devices are refused. The folder lock lives here too.

One branch per system where they differ: POSIX has fchmod, O_NOFOLLOW, O_CLOEXEC, flock and
folder fsync; Windows has none of them (and needs O_BINARY), so each is looked up with
getattr and skipped where missing. Nothing else in rmdesk calls os.open or imports fcntl.

What protects a desk differs too. On Linux and macOS it is the mode (0600 files in a 0700
folder). On Windows the mode means nothing (only the read-only bit exists): a desk is private
because the user's profile folder (AppData\\Local, where platformdirs puts it) lets only its
owner and administrators in, and files inherit that; `exposure_warning` says when a chosen
folder lies outside it. macOS needs `PRAGMA fullfsync` for SQLite's commits to survive a power
cut (its fsync does not flush the drive's cache); `sqlite_durability_pragmas` gives it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from rmdesk import errors, paths
from rmdesk.i18n import msg

try:  # POSIX only
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

IS_WINDOWS = os.name == "nt"
IS_MACOS = sys.platform == "darwin"
_O_BINARY = getattr(os, "O_BINARY", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
PRIVATE_MODE = 0o600
_CHUNK = 1 << 20
_TEMP_TRIES = 16
TEMP_SUFFIX = ".partial"

# Size limits per kind of input, checked before a byte is read. Generous for real files (a
# ten-year demo desk dumps to a few MB), small enough that memory stays bounded.
KiB, MiB = 1 << 10, 1 << 20
LIMIT_DUMP = 512 * MiB  # a dump, plain or encrypted (the encrypted full backup)
LIMIT_BACKUP = 1024 * MiB  # a backup of the desk file, read into memory to be checked
LIMIT_AGE_FILE = 64 * MiB  # a progress summary or any age file given to `decrypt`
LIMIT_SUMMARY = 64 * MiB  # a decrypted or plain summary JSON
LIMIT_IDENTITY = 64 * KiB
LIMIT_PASSPHRASE_FILE = 64 * KiB
LIMIT_PROMPTS = 4 * MiB  # a prompt or template library file
LIMIT_SETTINGS = 1 * MiB
LIMIT_INVITATION = 1 * MiB  # for the pair exchange file, when it exists
LIMIT_DEFAULT = 64 * MiB  # any other input


class UnsafeFileError(errors.RmdeskError):
    """A path rmdesk refuses to write to or read from; the message says why."""


# --- where a write may land ---------------------------------------------------------------

_DESK_FILES = (
    paths.DB_NAME,
    f"{paths.DB_NAME}-wal",
    f"{paths.DB_NAME}-shm",
    f"{paths.DB_NAME}-journal",
    paths.LOCK_NAME,
    paths.KEYS_NAME,
)


def _is_data_folder(folder: Path) -> bool:
    """A folder that holds a desk (or its lock): its own files are not outputs."""
    return any(os.path.lexists(folder / name) for name in (paths.DB_NAME, paths.LOCK_NAME))


def holds_desk(folder: Path) -> bool:
    """Whether a folder holds an rmdesk desk (a shared folder must never be one)."""
    return _is_data_folder(Path(folder))


def _real(path: Path) -> Path:
    """The path with its folder's links resolved (the name itself is left as given)."""
    folder = path.parent if str(path.parent) else Path(".")
    return folder.resolve() / path.name


def _same_inode(one: os.stat_result, other: os.stat_result) -> bool:
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


def check_output(path: Path, data: paths.DataPaths | None = None) -> Path:
    """Refuse an output that is a folder, a device or other special file, or any file of a
    desk (the database, its -wal/-shm/-journal, the lock, anything in backups/).

    Any desk is recognised by its folder, so the check needs no registry of open desks;
    `data` adds the current desk by identity too (a hard link to it is refused).
    """
    path = Path(path)
    if not path.name or path.name in (".", ".."):
        raise UnsafeFileError(msg("{path} is a folder; give a file name.", path=path))
    real = _real(path)
    try:
        seen = os.lstat(real)
    except FileNotFoundError:
        seen = None
    except OSError as exc:
        raise UnsafeFileError(
            msg("Cannot write {path}: {error}.", path=path, error=exc.strerror or exc)
        ) from exc
    if seen is not None and stat.S_ISLNK(seen.st_mode):
        target = real.resolve()
        with contextlib.suppress(OSError):
            seen = os.stat(target)
        real = target
    if seen is not None and stat.S_ISDIR(seen.st_mode):
        raise UnsafeFileError(msg("{path} is a folder; give a file name.", path=path))
    if seen is not None and not stat.S_ISREG(seen.st_mode) and not stat.S_ISLNK(seen.st_mode):
        raise UnsafeFileError(
            msg(
                "{path} is a device or other special file, not a file rmdesk can write to.",
                path=path,
            )
        )
    problem = _desk_role(real, seen, data)
    if problem:
        raise UnsafeFileError(
            msg(
                "{path} is {problem}; writing there would destroy it. Choose another file.",
                path=path,
                problem=problem,
            )
        )
    return path


def _desk_role(real: Path, seen: os.stat_result | None, data: paths.DataPaths | None) -> str:
    folder = real.parent
    if real.name in _DESK_FILES and _is_data_folder(folder):
        return msg("a file of an rmdesk desk")
    if folder.name == paths.BACKUP_DIR_NAME and _is_data_folder(folder.parent):
        return msg("inside an rmdesk desk's backups folder")
    if data is not None:
        with contextlib.suppress(OSError):
            root = data.root.resolve()
            if folder == root and real.name in _DESK_FILES:
                return msg("a file of this desk")
            if folder == root / paths.BACKUP_DIR_NAME:
                return msg("inside this desk's backups folder")
        if seen is not None:
            for name in _DESK_FILES:
                with contextlib.suppress(OSError):
                    if _same_inode(seen, os.stat(data.root / name)):
                        return msg("a file of this desk")
    return ""


# --- writing ------------------------------------------------------------------------------


def _write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _make_private(fd: int, path: Path) -> None:
    """Exactly 0600, whatever the umask (fchmod where it exists, else by name)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVATE_MODE)
    else:  # pragma: no cover - Windows has only the read-only bit
        os.chmod(path, PRIVATE_MODE)


def create_exclusive(path: Path) -> int:
    """Create `path` for writing: never an existing file, never through a link (0600)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY
    return os.open(path, flags, PRIVATE_MODE)


def _random_token() -> str:
    """16 hex digits from the system's CSPRNG (what secrets.token_hex does, without the
    ~4 ms that importing secrets adds to start-up)."""
    return os.urandom(8).hex()


def _temp_for(path: Path) -> tuple[int, Path]:
    """An exclusive temp file beside `path` under a name nobody can predict."""
    folder = path.parent if str(path.parent) else Path(".")
    for _ in range(_TEMP_TRIES):
        temporary = folder / f".{path.name}.{_random_token()}{TEMP_SUFFIX}"
        try:
            return create_exclusive(temporary), temporary
        except FileExistsError:
            continue  # astronomically unlikely, or planted: either way, another name
    raise UnsafeFileError(msg("Could not create a temporary file beside {path}.", path=path))


def fsync(fd: int) -> None:
    """Flush a file to the disk. Windows' FlushFileBuffers needs a handle open for writing
    and fails with EBADF on a read-only one: nothing was written through it, so nothing is
    lost by skipping it there."""
    try:
        os.fsync(fd)
    except OSError as exc:
        if not (IS_WINDOWS and exc.errno == errno.EBADF):
            raise


def sqlite_durability_pragmas() -> tuple[str, ...]:
    """Pragmas that make a committed transaction survive a power cut on this system.

    macOS's fsync leaves the data in the drive's cache; only F_FULLFSYNC (SQLite's
    `fullfsync`) flushes it, for commits and for WAL checkpoints alike."""
    if IS_MACOS:
        return ("PRAGMA fullfsync = ON", "PRAGMA checkpoint_fullfsync = ON")
    return ()


def exposure_warning(folder: Path) -> str:
    """A warning when a data folder chosen by the user may be readable by other people of
    this computer, or "" when it is private as far as a cheap look can tell.

    POSIX: "" (opening a desk makes its folder 0700 and every file 0600, which is what
    protects it). Windows: the mode means nothing, and reading ACLs needs pywin32; what
    keeps a desk private there is the user's profile folder, so a folder outside it is
    reported.
    """
    if not IS_WINDOWS:
        return ""
    profile = os.environ.get("USERPROFILE")
    if not profile:
        return ""
    chosen, home = os.path.normcase(os.path.abspath(folder)), os.path.normcase(profile)
    try:
        inside = os.path.commonpath([chosen, home]) == home
    except ValueError:  # another drive
        inside = False
    if inside:
        return ""
    return (
        f"warning: {folder} is outside your user profile ({profile}); on Windows rmdesk "
        "cannot make files private, so other users of this computer may be able to read "
        "the desk there. Prefer a folder inside your profile."
    )


def fsync_folder(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder, and some file systems refuse a
    folder fsync: both are skipped (the rename itself is still atomic)."""
    if IS_WINDOWS:
        return
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _read_back(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, _CHUNK):
        chunks.append(chunk)
    return b"".join(chunks)


def write_atomic(
    path: Path,
    data: bytes | bytearray,
    *,
    desk: paths.DataPaths | None = None,
    verify: Callable[[bytes], None] | None = None,
    checked: bool = True,
) -> Path:
    """Write `data` to `path` atomically and 0600: the old file or the new one, never half.

    `verify(read_back)` runs on the bytes read back from the temp file before it replaces
    anything (raising refuses the write). `checked=False` is only for rmdesk's own files in
    the data folder (settings, backups); every output a user names is checked.
    Raises RmdeskError with the path; on any way out, Ctrl-C included, no temp file is left.
    """
    path = Path(path)
    if checked:
        check_output(path, desk)
    temporary: Path | None = None
    try:
        fd, temporary = _temp_for(path)
        try:
            _make_private(fd, temporary)
            _write_all(fd, data)
            fsync(fd)
            if verify is not None:
                read_back = _read_back(fd)
                if read_back != bytes(data):
                    raise errors.RmdeskError(
                        msg(
                            "{path} was not saved: the bytes read back differ from those "
                            "written (a disk or file-system fault).",
                            path=path,
                        )
                    )
                verify(read_back)
        finally:
            os.close(fd)
        os.replace(temporary, path)
        temporary = None
        fsync_folder(path.parent)
    except OSError as exc:
        raise errors.RmdeskError(
            msg(
                "Could not write {path}: {error}. Nothing was changed.",
                path=path,
                error=exc.strerror or exc,
            )
        ) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return path


def write_new(
    path: Path, data: bytes, *, desk: paths.DataPaths | None = None, checked: bool = True
) -> Path:
    """Create `path` with `data` (0600), refusing an existing file: for what must never be
    overwritten, like an age identity. A failure removes what was begun. `checked=False` is
    only for rmdesk's own files in the data folder (the desk's keys)."""
    path = Path(path)
    if checked:
        check_output(path, desk)
    try:
        fd = create_exclusive(path)
    except FileExistsError:
        raise
    except OSError as exc:
        raise errors.RmdeskError(
            msg("Could not create {path}: {error}.", path=path, error=exc.strerror or exc)
        ) from exc
    try:
        try:
            _make_private(fd, path)
            _write_all(fd, data)
            fsync(fd)
        finally:
            os.close(fd)
        fsync_folder(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(path)
        if isinstance(exc, OSError):
            raise errors.RmdeskError(
                msg("Could not write {path}: {error}.", path=path, error=exc.strerror or exc)
            ) from exc
        raise
    return path


def check_writable_folder(folder: Path) -> None:
    """Refuse a folder rmdesk cannot create a file in, by trying (a mode says too little:
    root, ACLs, read-only mounts, a sync client's offline folder), with one clear line."""
    try:
        fd, probe = _temp_for(Path(folder) / ".rmdesk-probe")
    except OSError as exc:
        raise errors.RmdeskError(
            msg(
                "Cannot write in {folder}: {value}. Choose a folder you can write to.",
                folder=folder,
                value=exc.strerror or exc,
            )
        ) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)


def append_private(path: Path, data: bytes) -> None:
    """Append to a log of ours (0600), never through a link."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY
    fd = os.open(path, flags, PRIVATE_MODE)
    try:
        _write_all(fd, data)
    finally:
        os.close(fd)


def log_unexpected(path: Path, kind: type[BaseException], tb: TracebackType | None) -> None:
    """Append where an unexpected error happened (the frames and the exception's type) to
    rmdesk.log, never its message: that may quote what someone wrote in a private entry."""
    import traceback

    lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
    lines.append(f"{kind.__module__}.{kind.__qualname__}\n")
    append_private(path, "".join(lines).encode("utf-8"))


def make_private(path: Path) -> None:
    """Take away group and other access (the database SQLite created), keeping the owner's
    bits as they are: a desk the user made read-only stays read-only."""
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode & ~PRIVATE_MODE:
        os.chmod(path, mode & PRIVATE_MODE)


# --- reading ------------------------------------------------------------------------------


def _size_words(limit: int) -> str:
    return f"{limit // MiB} MB" if limit >= MiB else f"{limit // KiB} KB"


def _open_regular(path: Path, what: str) -> BinaryIO:
    """Open a regular file for reading without ever blocking; refuse anything else."""
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC | _O_BINARY)
    except IsADirectoryError:
        raise UnsafeFileError(
            msg("{path} is a folder, not {what}.", path=path, what=what)
        ) from None
    except OSError as exc:
        if IS_WINDOWS and os.path.isdir(path):  # Windows says "Permission denied" for a folder
            raise UnsafeFileError(
                msg("{path} is a folder, not {what}.", path=path, what=what)
            ) from None
        raise errors.RmdeskError(
            msg("Cannot read {path}: {error}.", path=path, error=exc.strerror or exc)
        ) from exc
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UnsafeFileError(msg("{path} is a folder, not {what}.", path=path, what=what))
        if not stat.S_ISREG(mode):
            raise UnsafeFileError(
                msg(
                    "{path} is a device, pipe or other special file, not {what}; "
                    "rmdesk reads only regular files.",
                    path=path,
                    what=what,
                )
            )
        return os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, limit: int = LIMIT_DEFAULT, what: str = "a file") -> bytes:
    """The bytes of a regular file of at most `limit` bytes; RmdeskError otherwise.

    Opened without blocking (a FIFO would wait forever for a writer), then refused unless it
    is a regular file; its size is checked before reading and the read stops past the limit
    (a file growing meanwhile). A device like /dev/zero never gets read at all.
    """
    path = Path(path)
    with _open_regular(path, what) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise UnsafeFileError(
                    msg(
                        "{path} is too large for {what} ({size:,} bytes; the limit is "
                        "{size_words}).",
                        path=path,
                        what=what,
                        size=size,
                        size_words=_size_words(limit),
                    )
                )
            return read_stream(handle, limit, f"{path}", what)
        except OSError as exc:
            raise errors.RmdeskError(
                msg("Cannot read {path}: {error}.", path=path, error=exc.strerror or exc)
            ) from exc


def read_stream(
    stream: BinaryIO, limit: int, source: str = "the input", what: str = "a file"
) -> bytes:
    """At most `limit` bytes of a stream; more than that is refused, not read on."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise UnsafeFileError(
                msg(
                    "{source} is too large for {what} (the limit is {size_words}).",
                    source=source,
                    what=what,
                    size_words=_size_words(limit),
                )
            )
    return b"".join(chunks)


def read_text(path: Path, limit: int = LIMIT_DEFAULT, what: str = "a file") -> str:
    """read_bytes, decoded as UTF-8 with a clear message for anything else."""
    raw = read_bytes(path, limit, what)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise errors.RmdeskError(msg("{path} is not UTF-8 text.", path=path)) from None


def read_head(path: Path, size: int, what: str = "a file") -> bytes:
    """The first `size` bytes of a regular file (to tell what kind of file it is)."""
    path = Path(path)
    with _open_regular(path, what) as handle:
        try:
            return handle.read(size)
        except OSError as exc:
            raise errors.RmdeskError(
                msg("Cannot read {path}: {error}.", path=path, error=exc.strerror or exc)
            ) from exc


# --- links in the data folder ---------------------------------------------------------------


def refuse_links(data: paths.DataPaths) -> None:
    """Refuse a desk whose own files are symbolic links: rmdesk would write through them
    to wherever they point. (The data folder itself may be a link; its files may not.)"""
    names = [
        *_DESK_FILES,
        paths.BACKUP_DIR_NAME,
        data.settings.name,
        data.window_state.name,
        data.log.name,
    ]
    for name in names:
        candidate = data.root / name
        if candidate.is_symlink():
            raise UnsafeFileError(
                msg(
                    "{candidate} is a symbolic link; rmdesk does not follow links inside its "
                    "data folder. Replace it with the real file or folder.",
                    candidate=candidate,
                )
            )


# --- the folder lock --------------------------------------------------------------------------


class FolderLock:
    """One writer per data folder: an exclusive flock on the folder itself and on its lock file.

    The folder cannot be deleted or swapped while it holds the desk, so deleting or replacing
    the lock file does not let a second writer in; the lock file carries the pid for the
    message (and is what older rmdesks lock). The kernel drops both when the process dies,
    so a killed rmdesk never leaves the folder locked.

    Windows has no flock and cannot open a folder: the lock file alone is locked, with
    msvcrt.locking on one byte far past its end (a locked byte cannot be read by anyone
    else, and the pid at the start must stay readable for the message). There an open file
    cannot be deleted or replaced, so the lock file keeps its place while it is held, and the
    system releases the byte when the process dies.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._dir_fd: int | None = None

    def acquire(self) -> FolderLock:
        folder = self.path.parent
        dir_fd = None
        if fcntl is not None:
            try:
                dir_fd = os.open(folder, os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC)
            except OSError as exc:
                raise errors.DataDirError(
                    msg(
                        "Cannot use the data folder {folder}: {error}",
                        folder=folder,
                        error=exc.strerror or exc,
                    )
                ) from exc
            try:
                locked = _try_lock(dir_fd)
            except OSError:  # a file system without folder locks: the lock file alone
                os.close(dir_fd)
                dir_fd = None
            else:
                if not locked:
                    os.close(dir_fd)
                    raise self._locked(self._holder())
        try:
            fd = self._open_lock_file()
        except BaseException:
            if dir_fd is not None:
                os.close(dir_fd)
            raise
        if not _try_lock(fd):
            holder = _read_pid(fd)
            os.close(fd)
            if dir_fd is not None:
                os.close(dir_fd)
            raise self._locked(holder)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode())
        self._fd, self._dir_fd = fd, dir_fd
        return self

    def _open_lock_file(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY
        try:
            fd = os.open(self.path, flags | _O_NONBLOCK, PRIVATE_MODE)
        except OSError as exc:
            raise UnsafeFileError(
                msg(
                    "Cannot use the lock file {path}: {error} "
                    "(rmdesk does not follow links in its data folder).",
                    path=self.path,
                    error=exc.strerror or exc,
                )
            ) from exc
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise UnsafeFileError(
                msg("{path} is not a regular file; remove it and try again.", path=self.path)
            )
        return fd

    def _holder(self) -> str:
        try:
            fd = os.open(self.path, os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC)
        except OSError:
            return ""
        try:
            return _read_pid(fd)
        finally:
            os.close(fd)

    def _locked(self, holder: str) -> errors.LockedError:
        who = f" (process {holder})" if holder.isdigit() else ""
        return errors.LockedError(
            msg(
                "rmdesk is already open on {parent}{who}. "
                "Close it first, or use another --data-dir.",
                parent=self.path.parent,
                who=who,
            )
        )

    def release(self) -> None:
        for fd in (self._fd, self._dir_fd):
            if fd is not None:
                _unlock(fd)
                os.close(fd)
        self._fd = self._dir_fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_pid(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 32).decode(errors="replace").strip()
    except OSError:
        return ""


# Where Windows locks its byte: past any pid, below 2 GiB (msvcrt's offsets are 32-bit).
_WINDOWS_LOCK_OFFSET = 1 << 30


def _try_lock(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    import msvcrt  # Windows

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:  # held by another handle: EACCES on Windows, errno 0 under wine
        return False
    return True


def _unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:  # Windows
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
