"""Our exceptions. Each carries a message a user can act on; the UI and CLI show it as is."""

from __future__ import annotations


class RmdeskError(Exception):
    """Base of every error that has a user-facing message (no traceback is shown for these)."""


class DataDirError(RmdeskError):
    """The data folder cannot be created or used."""


class LockedError(RmdeskError):
    """Another rmdesk already has this data folder open for writing."""


class ReadOnlyDeskError(DataDirError):
    """The desk's file or folder cannot be written; commands that only read still work."""


class DamagedStoreError(RmdeskError):
    """The database file is not a usable rmdesk file (damaged, foreign, or not SQLite)."""


class NewerSchemaError(RmdeskError):
    """The file was written by a newer rmdesk; we refuse it rather than guess."""


class MigrationError(RmdeskError):
    """A schema upgrade failed; the file was left as it was."""


class ValidationError(RmdeskError):
    """Input that breaks a rule of the data model (an empty title, a rating out of range)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class MeetingNotYetError(ValidationError):
    """A meeting whose start has not come yet was to be marked held: the UI asks whether to
    move it to now first, rather than record a meeting "held" in the future."""


class NotFoundError(RmdeskError):
    """A record asked for by id does not exist."""


class DumpFormatError(RmdeskError):
    """A dump file that is not a valid rmdesk dump."""
