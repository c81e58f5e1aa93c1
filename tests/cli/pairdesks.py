"""Helpers for tests that drive two real desks in temporary folders through the CLI."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rmdesk import cli, paths
from rmdesk.services import pairs
from rmdesk.store import db
from rmdesk.store import exchange as exchange_store


@dataclass
class Result:
    """What one in-process CLI run returned and printed."""

    code: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str | Path) -> Result:
    """`rmdesk --data-dir FOLDER ARGV…` in this process (a usage mistake is exit 2)."""
    capsys.readouterr()
    try:
        args = cli.build_parser().parse_args(["--data-dir", str(folder), *map(str, argv)])
        code = cli.run(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def ok(result: Result) -> Result:
    """Assert success and no traceback."""
    assert result.code == 0, result
    assert "Traceback" not in result.err
    return result


def error(result: Result, *needles: str) -> str:
    """Assert the error contract: exit 1 and exactly one line on stderr naming `needles`."""
    assert result.code == 1, result
    lines = result.err.splitlines()
    assert len(lines) == 1, lines
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def make_pair(folder: Path, me_role: str = "mentor", **changes: object) -> str:
    """A desk in `folder` with one pair (Priya mentors Martin); returns the pair's id."""
    draft = pairs.PairDraft(
        mentor_name="Priya Raman",
        mentee_name="Martin Osei",
        me_role=me_role,
        start_date="2026-01-05",
        cadence_days=14,
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    with db.open_store(paths.DataPaths(folder)) as store:
        return pairs.PairService(store).create(draft).uuid


def rows_of(folder: Path, sql: str, *params: object) -> list[tuple]:
    """Read rows of a desk directly (assertions only)."""
    with db.open_store(paths.DataPaths(folder), read_only=True) as store:
        return [tuple(r) for r in store.conn.execute(sql, params).fetchall()]


def confirm(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    """Confirm the safety phrase on this desk, as the person would after comparing it."""
    import json

    phrase = json.loads(ok(run(capsys, folder, "partner", "--format", "json")).out)["phrase"]
    ok(run(capsys, folder, "partner", "--confirm", phrase))


def paired_desks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, Path]:
    """The mentor's and the mentee's desks, paired and confirmed on both sides (their
    invitations stay in tmp_path as a.txt and b.txt)."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor, me_role="mentor")
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    ok(run(capsys, mentee, "join", tmp_path / "a.txt"))
    ok(run(capsys, mentee, "invite", "-o", tmp_path / "b.txt"))
    ok(run(capsys, mentor, "join", tmp_path / "b.txt"))
    confirm(capsys, mentor)
    confirm(capsys, mentee)
    return mentor, mentee


def add(capsys: pytest.CaptureFixture[str], folder: Path, kind: str, *fields: str) -> str:
    """`rmdesk add KIND FIELD=VALUE…` on the desk; the new entry's id."""
    return ok(run(capsys, folder, "add", kind, *fields)).out.strip()


def exchange_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sender: Path, receiver: Path, name: str
) -> str:
    """sender sends, receiver receives; returns what receive printed."""
    ok(run(capsys, sender, "send", "-o", tmp_path / name))
    return ok(run(capsys, receiver, "receive", tmp_path / name)).out


def shared_state(folder: Path) -> dict:
    """The shared rows of the desk's only pair, as both desks must end up with them."""
    with db.open_store(paths.DataPaths(folder), read_only=True) as store:
        pair = store.conn.execute("SELECT uuid FROM pairs").fetchone()[0]
        found = exchange_store.pair_rows(store, pair, shared_only=True)
    for table_rows in found.values():
        for row in table_rows:
            row.pop("pair_uuid", None)
    return found


class SteppingClock:
    """A clock for both desks that moves on by a seeded random step at every reading (from
    the same microsecond to a few milliseconds), with seeded entry ids: a random run of
    edits and exchanges then happens the same way every time, so a failure can be rerun.
    `offset` is the acting desk's error (a computer whose clock is set wrong)."""

    STEPS_US = (0, 0, 50, 300, 900, 1500, 4000)

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)
        self._ids = random.Random(-seed)
        # Whole seconds: where the milliseconds turn over is the same in every run.
        self._now = datetime.now(UTC).replace(microsecond=0)
        self.offset = timedelta(0)

    def now(self) -> datetime:
        """The acting desk's time now, without moving on."""
        return self._now + self.offset

    def _advance(self) -> datetime:
        self._now += timedelta(microseconds=self._random.choice(self.STEPS_US))
        return self.now()

    def time(self) -> float:
        return self._advance().timestamp()

    def new_uuid(self) -> str:
        import uuid

        return str(uuid.UUID(int=self._ids.getrandbits(128), version=4))

    def install(self, monkeypatch: pytest.MonkeyPatch, desk_keys_seed: int | None = None) -> None:
        """Every clock reading and new id of the exchange and the services, in this process:
        the records' default created_at/updated_at and uuid are bound when their classes
        are defined, so what those call is patched, not the names. With `desk_keys_seed`,
        the desks made after this (mentor first) get keys from it, so the desk ids that
        break ties between clocks are the same in every run too."""
        import uuid

        from rmdesk.domain import models
        from rmdesk.services import demo_pair, exchange, keys, meetings

        clock = self

        class SteppingDatetime(datetime):
            @classmethod
            def now(cls, tz: object = None) -> SteppingDatetime:  # type: ignore[override]
                moment = clock._advance()
                return cls.fromtimestamp(moment.timestamp(), UTC)

        monkeypatch.setattr(models, "datetime", SteppingDatetime)
        monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(self.new_uuid()))
        monkeypatch.setattr(exchange, "time", self)
        monkeypatch.setattr(
            meetings.MeetingService, "_now", lambda _service, now=None: now or self.now()
        )
        if desk_keys_seed is not None:
            roles = iter(["mentor", "mentee"])
            monkeypatch.setattr(
                keys, "generate", lambda: demo_pair.demo_keys(desk_keys_seed, next(roles))
            )
