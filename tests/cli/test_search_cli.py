"""`rmdesk search`: the Search page's results on the command line, filters and errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rmdesk import cli
from rmdesk.services import search
from tests.cli.test_cli import demo_desk, failed, ok, rmdesk  # noqa: F401 - fixture


@pytest.fixture
def desk_copy(demo_desk: Path, tmp_path: Path) -> Path:  # noqa: F811
    target = tmp_path / "desk"
    shutil.copytree(demo_desk, target)
    return target


def test_kinds_match_the_service() -> None:
    """The CLI's --kind choices are exactly the kinds search knows."""
    assert cli.SEARCH_KINDS == search.KINDS


def test_search_prints_hits_and_json(desk_copy: Path) -> None:
    """A word from the demo finds hits as lines; --format json gives the same hits."""
    text = ok(rmdesk(desk_copy, "search", "feedback", "--limit", "5"))
    lines = text.stdout.splitlines()
    assert 1 <= len(lines) <= 5
    assert all("[" in line and "]" in line for line in lines)  # the match is marked
    assert text.stderr.strip().endswith(("match", "matches"))
    as_json = rmdesk(desk_copy, "search", "feedback", "--limit", "5", "--format", "json")
    rows = json.loads(ok(as_json).stdout)
    assert len(rows) == len(lines)
    assert {"kind", "uuid", "pair_uuid", "pair", "date", "snippet"} <= set(rows[0])


def test_filters_narrow(desk_copy: Path) -> None:
    """--kind, --author and --from/--to keep only what they ask for."""

    def hits(*extra: str) -> list[dict]:
        out = ok(rmdesk(desk_copy, "search", "the", "--format", "json", "--limit", "50", *extra))
        return json.loads(out.stdout)

    assert {row["kind"] for row in hits("--kind", "reflections")} == {"reflections"}
    mentor = {row["uuid"] for row in hits("--author", "mentor")}
    mentee = {row["uuid"] for row in hits("--author", "mentee")}
    assert mentor and mentee and not mentor & mentee
    dated = hits("--kind", "reflections", "--from", "2099-01-01")
    assert dated == []


def test_no_match_and_bad_input(desk_copy: Path) -> None:
    """No match is not an error; a bad date or kind is a usage error (exit 2)."""
    result = ok(rmdesk(desk_copy, "search", "zzzqqqxx"))
    assert result.stdout == "" and "No matches" in result.stderr
    assert rmdesk(desk_copy, "search", "x", "--from", "yesterday").returncode == 2
    assert rmdesk(desk_copy, "search", "x", "--kind", "emails").returncode == 2
    assert rmdesk(desk_copy, "search", "x", "--limit", "0").returncode == 2
    failed(rmdesk(desk_copy, "search", "x", "--pair", "nosuchpair"), "no pair")


def test_no_desk_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    """Searching a folder with no desk says so and leaves no empty desk behind."""
    folder = tmp_path / "nothing-here"
    failed(rmdesk(folder, "search", "feedback"), "no desk")
    assert not (folder / "rmdesk.sqlite").exists()
