"""Kept so that `from rmdesk.services import files` goes on working: file safety lives in
rmdesk/files.py (the store needs it too, and may not import services)."""

from __future__ import annotations

from rmdesk.files import (  # noqa: F401 - re-exported
    LIMIT_AGE_FILE,
    LIMIT_DUMP,
    LIMIT_SUMMARY,
    UnsafeFileError,
    check_output,
    read_bytes,
    read_text,
    write_atomic,
)
