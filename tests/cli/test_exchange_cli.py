"""send/receive between two real desks: only shared rows travel, files are signed and sealed
for the partner, hostile files change nothing, and both desks converge by the clock."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rmdesk import paths
from rmdesk.services import crypto, exchange, keys
from rmdesk.store import db
from rmdesk.store import exchange as exchange_store
from tests.cli.pairdesks import (  # add, exchange_once, shared_state: also used from here
    add,
    confirm,
    error,
    exchange_once,
    make_pair,
    ok,
    paired_desks,
    rows_of,
    run,
    shared_state,
)


@pytest.fixture
def desks(capsys, tmp_path: Path) -> tuple[Path, Path]:
    """The mentor's and the mentee's desks, paired and confirmed on both sides."""
    return paired_desks(capsys, tmp_path)


def test_nothing_travels_before_confirmation(capsys, tmp_path) -> None:
    """A paired but unconfirmed desk refuses to send, and writes no file."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    make_pair(mentor)
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    ok(run(capsys, mentee, "join", tmp_path / "a.txt"))
    error(run(capsys, mentee, "send", "-o", tmp_path / "x.age"), "not confirmed")
    assert not (tmp_path / "x.age").exists()
    error(run(capsys, mentor, "send", "-o", tmp_path / "y.age"), "not paired")


def test_only_shared_rows_travel_and_links_to_private_rows_are_cut(capsys, tmp_path, desks) -> None:
    """Private rows never leave; a shared row under a private parent stays home; a shared
    action item linked to a private goal arrives without the link."""
    mentor, mentee = desks
    shared_goal = add(capsys, mentor, "goal", "title=Shared goal", "visibility=pair")
    secret_goal = add(capsys, mentor, "goal", "title=Secret goal", "visibility=private")
    add(capsys, mentor, "reflection", "body=my private diary", "visibility=private")
    add(capsys, mentor, "reflection", "body=for us both", "visibility=pair")
    add(capsys, mentor, "progress", f"goal={secret_goal}", "percent=10", "visibility=pair")
    action = add(
        capsys, mentor, "action", "text=Read a book", f"goal={secret_goal}", "visibility=pair"
    )
    printed = exchange_once(capsys, tmp_path, mentor, mentee, "m1.age")
    assert "from Priya Raman" in printed
    assert rows_of(mentee, "SELECT uuid, title FROM goals") == [(shared_goal, "Shared goal")]
    assert rows_of(mentee, "SELECT body FROM reflections") == [("for us both",)]
    assert rows_of(mentee, "SELECT count(*) FROM progress_updates") == [(0,)]
    assert rows_of(mentee, "SELECT uuid, goal_uuid FROM action_items") == [(action, None)]
    with db.open_store(paths.DataPaths(mentee)) as store:  # the file itself, decrypted
        _partner, document = exchange.open_file(store, tmp_path / "m1.age")
    text = json.dumps(document)
    assert secret_goal not in text and "Secret goal" not in text and "diary" not in text


def test_the_second_check_refuses_a_private_row_at_write_time(
    capsys, tmp_path, desks, monkeypatch
) -> None:
    """If selection ever let a private row through, writing the file refuses: no file."""
    mentor, _ = desks
    add(capsys, mentor, "goal", "title=Secret", "visibility=private")
    monkeypatch.setattr(exchange_store, "SHARED", ("private", "pair", "coordinator"))
    error(run(capsys, mentor, "send", "-o", tmp_path / "leak.age"), "not marked for the pair")
    assert not (tmp_path / "leak.age").exists()


def test_receiving_twice_changes_nothing(capsys, tmp_path, desks) -> None:
    """The same file received again reports nothing new and leaves the desk as it was."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Once", "visibility=pair")
    first = exchange_once(capsys, tmp_path, mentor, mentee, "m.age")
    assert "1 goal" in first
    before = shared_state(mentee)
    again = ok(run(capsys, mentee, "receive", tmp_path / "m.age")).out
    assert "nothing new" in again
    assert shared_state(mentee) == before


def _sealed(inner: bytes, folder: Path) -> bytes:
    own = keys.load(paths.DataPaths(folder))
    assert own is not None
    return crypto.encrypt_to_recipient(inner, own.age_recipient)


def _signed(payload: dict, signer: keys.DeskKeys, version: bytes | None = None) -> bytes:
    version = version or str(exchange.VERSION).encode()
    body = json.dumps(payload).encode()
    signature = base64.b64encode(signer.sign(exchange.SIGNED_CONTEXT + body))
    return exchange.MAGIC + b" " + version + b"\n" + signature + b"\n" + body


def test_hostile_files_are_refused_with_one_line_and_change_nothing(
    capsys, tmp_path, desks
) -> None:
    """Tampered, foreign, forged, unknown-version and oversized files: exit 1, one line,
    and the receiving desk is exactly as before."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Real", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "good.age"))
    good = (tmp_path / "good.age").read_bytes()
    with db.open_store(paths.DataPaths(mentee)) as store:
        _p, document = exchange.open_file(store, tmp_path / "good.age")
    before = shared_state(mentee)
    mentor_keys = keys.load(paths.DataPaths(mentor))
    assert mentor_keys is not None
    cases = {
        "tampered": (good[:-40] + bytes(b ^ 1 for b in good[-40:]), "not for this desk"),
        "for another desk": (None, "not for this desk"),
        "forged": (_sealed(_signed(document, keys.generate()), mentee), "not signed"),
        "new version": (_sealed(_signed(document, mentor_keys, b"9"), mentee), "format 9"),
        "plain text": (b'{"format": "rmdesk-exchange"}', "not age-encrypted"),
    }
    for name, (content, needle) in cases.items():
        target = tmp_path / f"{name}.age"
        if content is None:  # the mentor's own file given back to the mentor
            error(run(capsys, mentor, "receive", tmp_path / "good.age"), needle)
            continue
        target.write_bytes(content)
        error(run(capsys, mentee, "receive", target), needle)
    huge = tmp_path / "huge.age"
    with huge.open("wb") as handle:
        handle.truncate(exchange.LIMIT_EXCHANGE + 1)
    error(run(capsys, mentee, "receive", huge), "too large")
    assert shared_state(mentee) == before
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]


def test_a_private_row_in_a_signed_file_is_refused(capsys, tmp_path, desks) -> None:
    """Even a genuine partner's file may not bring a row not marked for the pair."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Shared", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "good.age"))
    with db.open_store(paths.DataPaths(mentee)) as store:
        _p, document = exchange.open_file(store, tmp_path / "good.age")
    document["rows"]["goals"][0]["visibility"] = "private"
    mentor_keys = keys.load(paths.DataPaths(mentor))
    (tmp_path / "bad.age").write_bytes(_sealed(_signed(document, mentor_keys), mentee))
    error(run(capsys, mentee, "receive", tmp_path / "bad.age"), "not marked for the pair")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]


def test_a_signed_file_with_an_absurdly_long_text_is_refused(capsys, tmp_path, desks) -> None:
    """A genuine partner's file whose title runs to megabytes (only a crafted file can): one
    line, nothing merged."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Shared", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "good.age"))
    with db.open_store(paths.DataPaths(mentee)) as store:
        _p, document = exchange.open_file(store, tmp_path / "good.age")
    document["rows"]["goals"][0]["title"] = "x" * (exchange.MAX_SHORT_TEXT + 1)
    mentor_keys = keys.load(paths.DataPaths(mentor))
    (tmp_path / "long.age").write_bytes(_sealed(_signed(document, mentor_keys), mentee))
    error(run(capsys, mentee, "receive", tmp_path / "long.age"), "title is longer than")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]


def test_both_desks_converge_and_the_later_change_wins(capsys, tmp_path, desks) -> None:
    """Edits on both desks, crossing files: afterwards the shared rows are identical on both
    desks, and where both changed one row the later change is the one both keep."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=First", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    ok(run(capsys, mentor, "set", goal, "title=Mentor's title"))
    add(capsys, mentor, "topic", "title=From the mentor", "visibility=pair")
    add(capsys, mentee, "topic", "title=From the mentee", "visibility=pair")
    ok(run(capsys, mentee, "set", goal, "title=Mentee's later title"))
    ok(run(capsys, mentor, "send", "-o", tmp_path / "2.age"))  # both files cross
    ok(run(capsys, mentee, "send", "-o", tmp_path / "3.age"))
    ok(run(capsys, mentee, "receive", tmp_path / "2.age"))
    ok(run(capsys, mentor, "receive", tmp_path / "3.age"))
    assert shared_state(mentor) == shared_state(mentee)
    assert rows_of(mentor, "SELECT title FROM goals") == [("Mentee's later title",)]
    assert len(rows_of(mentor, "SELECT uuid FROM topics")) == 2


def _date_goal(folder: Path, goal: str, stamp: str) -> None:
    with db.open_store(paths.DataPaths(folder)) as store:
        store.conn.execute("UPDATE goals SET updated_at = ? WHERE uuid = ?", (stamp, goal))
        store.conn.commit()


def test_a_clock_ahead_does_not_win_forever(capsys, tmp_path, desks) -> None:
    """A row stamped 20 hours ahead by a wrong clock arrives; an edit made after it on the
    other desk still wins, because the clock follows what it has seen instead of the wall
    clock."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Set ahead", "visibility=pair")
    ahead = datetime.now(UTC) + timedelta(hours=20)
    _date_goal(mentor, goal, ahead.strftime("%Y-%m-%dT%H:%M:%S.000000Z"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    ok(run(capsys, mentee, "set", goal, "title=Fixed today"))
    exchange_once(capsys, tmp_path, mentee, mentor, "2.age")
    assert rows_of(mentor, "SELECT title FROM goals") == [("Fixed today",)]
    assert shared_state(mentor) == shared_state(mentee)


def test_linked_pairs_exchange_under_their_own_ids(capsys, tmp_path) -> None:
    """Desks that linked their own pairs exchange rows, each keeping its own pair id."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    own_a = make_pair(mentor, me_role="mentor")
    own_b = make_pair(mentee, me_role="mentee")
    ok(run(capsys, mentor, "invite", "-o", tmp_path / "a.txt"))
    ok(run(capsys, mentee, "invite", "-o", tmp_path / "b.txt"))
    ok(run(capsys, mentee, "join", tmp_path / "a.txt"))
    ok(run(capsys, mentor, "join", tmp_path / "b.txt"))
    confirm(capsys, mentor)
    confirm(capsys, mentee)
    add(capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", "visibility=pair")
    add(capsys, mentee, "topic", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    exchange_once(capsys, tmp_path, mentee, mentor, "2.age")
    assert rows_of(mentee, "SELECT DISTINCT pair_uuid FROM meetings") == [(own_b,)]
    assert rows_of(mentor, "SELECT DISTINCT pair_uuid FROM topics") == [(own_a,)]
    assert shared_state(mentor) == shared_state(mentee)


def test_a_self_assessment_shared_with_the_partner_travels_and_a_private_one_stays(
    capsys, tmp_path, desks
) -> None:
    """The mentor's pair-marked answer reaches the mentee's desk (and its Closure view); the
    private one never leaves."""
    mentor, mentee = desks
    add(capsys, mentor, "assessment", "occasion=start", "item=mentor-speaking-up", "rating=2",
        "visibility=pair")  # fmt: skip
    add(capsys, mentor, "assessment", "occasion=start", "item=mentor-strategy", "rating=1")
    exchange_once(capsys, tmp_path, mentor, mentee, "sa.rmx")
    query = "SELECT author_role, occasion, item_id, rating, visibility FROM self_assessments"
    assert rows_of(mentee, query) == [("mentor", "start", "mentor-speaking-up", 2, "pair")]


def test_a_refused_file_among_several_is_said_and_the_others_are_still_read(
    capsys, tmp_path, desks
) -> None:
    """`receive bad good`: a line for the bad file, the good one merged, exit 1."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Still read", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "good.age"))
    bad = tmp_path / "bad.age"
    bad.write_bytes(b"not an exchange file")
    result = run(capsys, mentee, "receive", bad, tmp_path / "good.age")
    assert result.code == 1
    assert result.err.count("rmdesk: ") == 1 and "bad.age" in result.err
    assert "good.age: from" in result.out and "1 goal" in result.out
    assert rows_of(mentee, "SELECT title FROM goals WHERE title = 'Still read'") == [
        ("Still read",)
    ]


def test_a_paired_desk_whose_keys_are_gone_says_so(capsys, tmp_path, desks) -> None:
    """The key file removed from a paired desk: receive names the missing keys (and the way
    back), rather than saying the desk never paired."""
    mentor, mentee = desks
    ok(run(capsys, mentor, "send", "-o", tmp_path / "m.age"))
    keys.path_of(paths.DataPaths(mentee)).unlink()
    line = error(run(capsys, mentee, "receive", tmp_path / "m.age"), "keys are missing")
    assert "never paired" not in line
