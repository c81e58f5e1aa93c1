"""Commitments between two real desks: a shared one reaches the partner with how it went,
a private one never leaves, and the partner's never reminds this desk's owner."""

from __future__ import annotations

from datetime import date

from rmdesk import paths
from rmdesk.services import commitments
from rmdesk.store import db
from tests.cli.pairdesks import ok, rows_of, run
from tests.cli.test_exchange_cli import add, desks, exchange_once  # noqa: F401 - the fixture


def _due_on(folder, day: date) -> list[str]:  # noqa: ANN001
    with db.open_store(paths.DataPaths(folder)) as store:
        pair = store.conn.execute("SELECT uuid FROM pairs").fetchone()[0]
        return [c.text for c in commitments.CommitmentService(store).due(pair, day)]


def test_shared_commitments_travel_private_ones_stay(capsys, tmp_path, desks) -> None:  # noqa: ANN001, F811
    """The mentor's shared commitment arrives on the mentee's desk and later its review; the
    private one stays home; the mentor's commitment is due on the mentor's desk only."""
    mentor, mentee = desks
    shared = add(
        capsys, mentor, "commitment", "text=Speak first", "review_on=2026-02-01", "visibility=pair"
    )
    add(capsys, mentor, "commitment", "text=My secret plan")  # private by default
    exchange_once(capsys, tmp_path, mentor, mentee, "c1.age")
    assert rows_of(mentee, "SELECT uuid, owner, text FROM commitments") == [
        (shared, "mentor", "Speak first")
    ]
    assert _due_on(mentor, date(2026, 3, 1)) == ["Speak first"]
    assert _due_on(mentee, date(2026, 3, 1)) == [], "the mentee is not asked about it"
    ok(run(capsys, mentor, "set", shared, "status=reviewed", "note=It helped"))
    exchange_once(capsys, tmp_path, mentor, mentee, "c2.age")
    assert rows_of(mentee, "SELECT status, review_note FROM commitments") == [
        ("reviewed", "It helped")
    ]
