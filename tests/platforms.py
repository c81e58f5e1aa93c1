"""What the tests expect differently per system: Linux and macOS, or Windows (run here as
Windows CPython under wine by scripts/wine-tests)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

IS_WINDOWS = os.name == "nt"


def posix_only(why: str) -> pytest.MarkDecorator:
    """Skip on Windows, saying which POSIX behaviour the test is about."""
    return pytest.mark.skipif(IS_WINDOWS, reason=f"POSIX only: {why}")


def private(path: Path | str, mode: int = 0o600) -> bool:
    """The file (or, with mode=0o700, folder) is readable only by its owner.

    POSIX: exactly that mode. Windows: the mode means nothing (os.stat reports 0o666 or
    0o444); what protects a desk there is the profile folder's ACL, which rmdesk leaves as
    inherited, so there is nothing of ours to check."""
    if IS_WINDOWS:
        return True
    return stat.S_IMODE(os.stat(path).st_mode) == mode
