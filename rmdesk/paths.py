"""The one owner of where rmdesk keeps its files (after qutebrowser's standarddir)."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from rmdesk import errors
from rmdesk.i18n import msg

ENV_DATA_DIR = "RMDESK_DATA_DIR"
DB_NAME = "rmdesk.sqlite"
LOCK_NAME = "rmdesk.lock"
BACKUP_DIR_NAME = "backups"
KEYS_NAME = "desk-keys.txt"  # the pair exchange's secret keys (services/keys.py)
PRIVATE_UMASK = 0o077


def set_private_umask() -> None:
    """Make every file we create 0600 and every folder 0700, including SQLite's -wal/-shm."""
    os.umask(PRIVATE_UMASK)


def default_data_dir() -> Path:
    """platformdirs' user data dir; imported lazily because only a default run needs it."""
    import platformdirs

    return Path(platformdirs.user_data_dir("rmdesk", appauthor=False))


@dataclass(frozen=True)
class DataPaths:
    """The files of one desk: the database, its lock and its backups."""

    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root))

    @property
    def database(self) -> Path:
        return self.root / DB_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    @property
    def window_state(self) -> Path:
        return self.root / "window-state.ini"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def log(self) -> Path:
        return self.root / "rmdesk.log"

    def ensure(self) -> DataPaths:
        """Create the folders (0700) or raise DataDirError with the path in the message."""
        try:
            for folder in (self.root, self.backups):
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                if folder.stat().st_mode & 0o077:
                    folder.chmod(0o700)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and self.root.is_dir():
                raise errors.ReadOnlyDeskError(
                    msg(
                        "The data folder {root} is not writable ({error}).",
                        root=self.root,
                        error=exc.strerror or exc,
                    )
                ) from exc
            if self.root.exists() and not self.root.is_dir():
                raise errors.DataDirError(
                    msg(
                        "The data folder {root} is a file, not a folder; give a folder "
                        "(--data-dir).",
                        root=self.root,
                    )
                ) from exc
            raise errors.DataDirError(
                msg(
                    "Cannot use the data folder {root}: {error}",
                    root=self.root,
                    error=exc.strerror or exc,
                )
            ) from exc
        if not os.access(self.root, os.W_OK):
            raise errors.ReadOnlyDeskError(
                msg("The data folder {root} is not writable.", root=self.root)
            )
        return self


def resolve(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    """--data-dir wins over RMDESK_DATA_DIR, which wins over the platform default."""
    if explicit:
        root = Path(explicit)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        root = default_data_dir()
    return DataPaths(root.expanduser().absolute())
