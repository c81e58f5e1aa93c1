"""User settings: defaults, a round trip through settings.json, and bad files survived."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors, settings
from tests import platforms


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    """A first start has no settings file: rmdesk's own defaults, no problem reported."""
    loaded = settings.load(tmp_path / "settings.json")
    assert loaded == settings.Settings()
    assert loaded.problems == []
    assert loaded.visibility_for("private") == "private"


@given(
    visibility=st.sampled_from(settings.VISIBILITY_CHOICES),
    daily=st.integers(1, 90),
    weekly=st.integers(0, 104),
    monthly=st.integers(0, 240),
    remind=st.booleans(),
)
def test_round_trip(tmp_path: Path, visibility, daily, weekly, monthly, remind) -> None:  # noqa: ANN001
    """Whatever valid values are saved are read back exactly, in a 0600 file."""
    chosen = settings.Settings(visibility, daily, weekly, monthly, remind)
    path = settings.save(tmp_path / "settings.json", chosen)
    assert settings.load(path) == chosen
    assert platforms.private(path)


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b"[1, 2]", b"null"])
def test_damaged_file_falls_back_and_says_so(tmp_path: Path, content: bytes) -> None:
    """A damaged file never stops the app: defaults, and a problem to show."""
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = settings.load(path)
    assert loaded == settings.Settings()
    assert loaded.problems and str(path) in loaded.problems[0]


def test_one_bad_value_resets_only_that_one(tmp_path: Path) -> None:
    """A hand-edited out-of-range or mistyped value is reset; the others are kept."""
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "backup_daily": 0,
                "backup_weekly": "3",
                "backup_monthly": 24,
                "default_visibility": "pair",
                "remind_next_meeting": False,
                "unknown": 1,
            }
        )
    )
    loaded = settings.load(path)
    assert loaded.backup_daily == 7 and loaded.backup_weekly == 4
    assert loaded.backup_monthly == 24
    assert loaded.default_visibility == "pair" and loaded.remind_next_meeting is False
    assert len(loaded.problems) == 2


def test_save_refuses_invalid(tmp_path: Path) -> None:
    """Saving checks every option and writes nothing when one is wrong."""
    with pytest.raises(errors.ValidationError):
        settings.save(tmp_path / "s.json", settings.Settings(default_visibility="public"))
    with pytest.raises(errors.ValidationError):
        settings.save(tmp_path / "s.json", settings.Settings(backup_daily=0))
    assert not (tmp_path / "s.json").exists()


def test_replace_with_updates_in_place() -> None:
    """Holders of the shared object see a saved change."""
    shared = settings.Settings()
    holder = [shared]
    shared.replace_with(settings.Settings(default_visibility="coordinator"))
    assert holder[0].visibility_for("private") == "coordinator"


@platforms.posix_only("named pipes (os.mkfifo)")
def test_a_settings_file_that_is_a_fifo_or_huge_gives_the_defaults(tmp_path: Path) -> None:
    """settings.json as a named pipe (would block start-up) or far too large: defaults."""
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    for path in (fifo, huge):
        loaded = settings.load(path)
        assert loaded == settings.Settings() and loaded.problems
