"""`rmdesk demo --as mentor|mentee`: two desks already paired and confirmed with each other,
each with its own side, exchanging through send/receive (and a shared folder) at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rmdesk.services import demo_pair
from tests.cli.pairdesks import error, ok, rows_of, run

SEED = "5"


@pytest.fixture
def demo_desks(capsys, tmp_path: Path) -> tuple[Path, Path]:
    mentor, mentee = tmp_path / "priya", tmp_path / "martin"
    made = ok(run(capsys, mentor, "demo", "--as", "mentor", "--seed", SEED))
    assert "paired and confirmed" in made.out and "demo keys" in made.err
    ok(run(capsys, mentee, "demo", "--as", "mentee", "--seed", SEED))
    return mentor, mentee


def status(capsys, folder: Path) -> dict:
    return json.loads(ok(run(capsys, folder, "partner", "--format", "json")).out)


def test_both_demo_desks_are_paired_and_confirmed_with_each_other(capsys, demo_desks) -> None:
    mentor, mentee = demo_desks
    seen_by_mentor, seen_by_mentee = status(capsys, mentor), status(capsys, mentee)
    assert seen_by_mentor["confirmed"] and seen_by_mentee["confirmed"]
    assert seen_by_mentor["phrase"] == seen_by_mentee["phrase"]
    assert seen_by_mentor["partner"]["name"] == "Martin Keller"
    assert seen_by_mentee["partner"]["name"] == "Priya Raman"
    assert seen_by_mentor["shared_pair"] == seen_by_mentee["shared_pair"]
    assert rows_of(mentor, "SELECT me_role FROM pairs") == [("mentor",)]


def test_each_desk_holds_its_own_side(capsys, demo_desks) -> None:
    """Martin's private entries are on his desk only; each desk has just this pair."""
    mentor, mentee = demo_desks
    private = "SELECT count(*) FROM reflections WHERE visibility = 'private'"
    assert rows_of(mentee, private)[0][0] > 0
    assert rows_of(mentor, private) == [(0,)]
    for table in ("goals", "meetings", "topics", "action_items", "pulses"):
        assert rows_of(mentor, f"SELECT count(*) FROM {table} WHERE visibility = 'private'") == [
            (0,)
        ]
    assert rows_of(mentor, "SELECT count(*) FROM pairs") == [(1,)]
    assert rows_of(mentee, "SELECT me_role FROM pairs") == [("mentee",)]
    assert rows_of(mentor, "SELECT count(*) FROM goals")[0][0] > 0


def test_send_and_receive_between_the_demo_desks(capsys, demo_desks, tmp_path) -> None:
    """The first exchange brings nothing new (both already know the shared rows); what one
    side then writes for the pair reaches the other, and a private entry does not."""
    mentor, mentee = demo_desks
    ok(run(capsys, mentor, "send", "-o", tmp_path / "p1.age"))
    assert "nothing new" in ok(run(capsys, mentee, "receive", tmp_path / "p1.age")).out
    ok(run(capsys, mentee, "send", "-o", tmp_path / "m1.age"))
    assert "nothing new" in ok(run(capsys, mentor, "receive", tmp_path / "m1.age")).out

    goal = ok(run(capsys, mentee, "add", "goal", "title=Demo goal", "visibility=pair")).out
    ok(run(capsys, mentee, "add", "goal", "title=Martin only", "visibility=private"))
    ok(run(capsys, mentee, "send", "-o", tmp_path / "m2.age"))
    got = ok(run(capsys, mentor, "receive", tmp_path / "m2.age")).out
    assert "from Martin Keller: 1 goal" in got
    assert rows_of(mentor, "SELECT title FROM goals WHERE uuid = ?", goal.strip()) == [
        ("Demo goal",)
    ]
    assert rows_of(mentor, "SELECT count(*) FROM goals WHERE title = 'Martin only'") == [(0,)]

    cloud = tmp_path / "cloud"
    cloud.mkdir()
    ok(run(capsys, mentor, "add", "topic", "title=From Priya", "visibility=pair"))
    ok(run(capsys, mentor, "sync", "--folder", cloud))
    assert "1 topic" in ok(run(capsys, mentee, "sync", "--folder", cloud)).out


def test_demo_keys_differ_by_role_and_seed_and_refuse_a_used_desk(capsys, demo_desks) -> None:
    mentor, _ = demo_desks
    ids = {demo_pair.demo_keys(seed, role).desk_id for seed in (1, 2) for role in demo_pair.ROLES}
    assert len(ids) == 4
    assert demo_pair.demo_keys(1, "mentor") == demo_pair.demo_keys(1, "mentor")
    error(run(capsys, mentor, "demo", "--as", "mentee"), "not empty")
