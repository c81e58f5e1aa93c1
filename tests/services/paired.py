"""Two real desks paired through the CLI, for tests of what the window builds on pairing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.pairdesks import make_pair, ok, run


def confirm(capsys: pytest.CaptureFixture[str], folder: Path) -> str:
    """Confirm the desk's safety phrase as the user would after comparing it; returns it."""
    phrase = json.loads(ok(run(capsys, folder, "partner", "--format", "json")).out)["phrase"]
    ok(run(capsys, folder, "partner", "--confirm", phrase))
    return str(phrase)


def pair_up(
    capsys: pytest.CaptureFixture[str],
    mine: Path,
    theirs: Path,
    *,
    confirmed: bool = True,
    my_pair: bool = False,
) -> None:
    """Priya's desk (`theirs`, the mentor) invites; Martin's desk (`mine`) joins, creating the
    pair there (or linking its own with `my_pair`); then the other way round; both confirm."""
    make_pair(theirs, me_role="mentor")
    if my_pair:
        make_pair(mine, me_role="mentee")
    folder = theirs.parent
    ok(run(capsys, theirs, "invite", "-o", folder / "from-priya.txt"))
    ok(run(capsys, mine, "join", folder / "from-priya.txt"))
    ok(run(capsys, mine, "invite", "-o", folder / "from-martin.txt"))
    ok(run(capsys, theirs, "join", folder / "from-martin.txt"))
    if confirmed:
        confirm(capsys, theirs)
        confirm(capsys, mine)


def add(capsys: pytest.CaptureFixture[str], folder: Path, kind: str, *fields: str) -> str:
    """`rmdesk add KIND FIELD=VALUE…` on a desk; returns the new entry's id."""
    return ok(run(capsys, folder, "add", kind, *fields)).out.strip()


def send(capsys: pytest.CaptureFixture[str], sender: Path, output: Path) -> Path:
    ok(run(capsys, sender, "send", "-o", output))
    return output
