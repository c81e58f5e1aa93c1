"""`rmdesk add/set/delete` on real desks: the window's services and rules, the CLI contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk import cli_pair
from rmdesk.services import scripting
from tests.cli.pairdesks import error, make_pair, ok, rows_of, run


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, str]:
    """One desk with one pair."""
    folder = tmp_path / "mentor"
    return folder, make_pair(folder)


def test_kinds_match_the_service() -> None:
    """The CLI's list of kinds (kept import-free for --help) is the service's."""
    assert tuple(scripting.KINDS) == cli_pair.ADD_KINDS


def test_every_kind_is_added_and_printed_as_a_uuid(capsys, desk) -> None:
    """Each of the nine kinds is added through its service and its new UUID printed alone."""
    folder, pair = desk

    def add(kind: str, *fields: str) -> str:
        made = ok(run(capsys, folder, "add", kind, "--pair", pair, *fields)).out.strip()
        assert len(made) == 36 and made.count("-") == 4
        return made

    goal = add("goal", "title=Learn prompt writing", "learner=mentee", "visibility=pair")
    milestone = add("milestone", f"goal={goal}", "title=First prompt")
    progress = add("progress", f"goal={goal}", "percent=40", "note=halfway-ish")
    meeting = add("meeting", "starts_at=2026-02-02 09:00", "place=Café", "notes=# Hello")
    topic = add("topic", "title=TikTok for leaders", "estimated_minutes=20")
    agenda = add("agenda", f"meeting={meeting}", "title=Warm-up", f"topic={topic}")
    action = add("action", "text=Try a prompt", "owner=mentee", f"goal={goal}")
    reflection = add("reflection", "body=It went well", "visibility=pair")
    pulse = add("pulse", "safety=4", "candour=5", f"meeting={meeting}")
    assert rows_of(folder, "SELECT title, learner, visibility FROM goals WHERE uuid=?", goal) == [
        ("Learn prompt writing", "mentee", "pair")
    ]
    assert rows_of(folder, "SELECT goal_uuid FROM milestones WHERE uuid=?", milestone) == [(goal,)]
    assert rows_of(folder, "SELECT percent FROM progress_updates WHERE uuid=?", progress) == [(40,)]
    assert rows_of(folder, "SELECT place, notes FROM meetings WHERE uuid=?", meeting) == [
        ("Café", "# Hello")
    ]
    assert rows_of(folder, "SELECT topic_uuid FROM agenda_items WHERE uuid=?", agenda) == [(topic,)]
    # The service's own rule: a topic put on an agenda is on_agenda.
    assert rows_of(folder, "SELECT status FROM topics WHERE uuid=?", topic) == [("on_agenda",)]
    assert rows_of(folder, "SELECT owner FROM action_items WHERE uuid=?", action) == [("mentee",)]
    assert rows_of(folder, "SELECT visibility FROM reflections WHERE uuid=?", reflection) == [
        ("pair",)
    ]
    assert rows_of(folder, "SELECT safety, candour FROM pulses WHERE uuid=?", pulse) == [(4, 5)]


def test_set_changes_fields_and_visibility(capsys, desk) -> None:
    """`set` edits through the services, visibility included, even where the window shows
    only the parent's (an agenda item)."""
    folder, pair = desk
    goal = ok(run(capsys, folder, "add", "goal", "title=A goal")).out.strip()
    ok(run(capsys, folder, "set", goal, "title=A better goal", "visibility=private"))
    assert rows_of(folder, "SELECT title, visibility FROM goals") == [("A better goal", "private")]
    ok(run(capsys, folder, "set", goal, "status=achieved"))
    assert rows_of(folder, "SELECT status, achieved_on IS NOT NULL FROM goals") == [("achieved", 1)]
    meeting = ok(run(capsys, folder, "add", "meeting", "starts_at=2026-02-02 09:00")).out.strip()
    item = ok(run(capsys, folder, "add", "agenda", f"meeting={meeting}", "title=X")).out.strip()
    ok(run(capsys, folder, "set", item, "visibility=coordinator", "discussed=yes"))
    assert rows_of(folder, "SELECT visibility, discussed FROM agenda_items") == [("coordinator", 1)]


def test_commitments_are_added_reviewed_and_deleted(capsys, desk) -> None:
    """`add commitment` with a review day after the programme; `set` records how it went
    (status=reviewed note=…) or opens it again; a day before the start names its field."""
    folder, _ = desk
    made = ok(
        run(capsys, folder, "add", "commitment", "text=Ask before I decide", "review_on=2027-06-01")
    ).out.strip()
    assert rows_of(folder, "SELECT owner, review_on, remind_on, status FROM commitments") == [
        ("mentor", "2027-06-01", "2027-06-01", "open")
    ]
    ok(run(capsys, folder, "set", made, "status=reviewed", "note=Mostly did"))
    assert rows_of(
        folder, "SELECT status, review_note, reviewed_on IS NOT NULL FROM commitments"
    ) == [("reviewed", "Mostly did", 1)]
    ok(run(capsys, folder, "set", made, "status=open"))
    assert rows_of(folder, "SELECT status FROM commitments") == [("open",)]
    error(run(capsys, folder, "set", made, "review_on=1999-01-01"), "review_on")
    error(run(capsys, folder, "add", "commitment", "text= "), "text")
    ok(run(capsys, folder, "delete", made))
    assert rows_of(folder, "SELECT count(*) FROM commitments") == [(0,)]


def test_validation_errors_name_the_field_and_change_nothing(capsys, desk) -> None:
    """A rule the window enforces fails the same way here: exit 1, one line naming the field,
    and a `set` with one bad field saves none of its fields."""
    folder, pair = desk
    error(run(capsys, folder, "add", "goal", "title=  "), "title", "Give the goal a title")
    error(run(capsys, folder, "add", "pulse", "safety=9"), "safety", "1 to 5")
    error(run(capsys, folder, "add", "progress", "goal=nope", "percent=5"), "nope")
    goal = ok(run(capsys, folder, "add", "goal", "title=Kept")).out.strip()
    error(run(capsys, folder, "set", goal, "title=Changed", "visibility=world"), "visibility")
    assert rows_of(folder, "SELECT title, visibility FROM goals") == [("Kept", "pair")]
    error(run(capsys, folder, "set", goal, "colour=red"), "colour")
    error(run(capsys, folder, "add", "progress", f"goal={goal}", "percent=many"), "percent")


def test_usage_mistakes_exit_2(capsys, desk) -> None:
    """An unknown kind, a word without '=', a repeated field or no field for `set` is usage."""
    folder, _ = desk
    assert run(capsys, folder, "add", "poem", "title=x").code == 2
    assert run(capsys, folder, "add", "goal", "title").code == 2
    assert run(capsys, folder, "add", "goal", "title=a", "title=b").code == 2
    assert run(capsys, folder, "set", "0" * 36).code == 2
    assert rows_of(folder, "SELECT count(*) FROM goals") == [(0,)]


def test_delete_removes_the_entry_and_its_own_rows(capsys, desk) -> None:
    """`delete` removes a goal with its milestones, as the window does; an unknown id is
    exit 1 with one line."""
    folder, _ = desk
    goal = ok(run(capsys, folder, "add", "goal", "title=Gone soon")).out.strip()
    ok(run(capsys, folder, "add", "milestone", f"goal={goal}", "title=Step"))
    ok(run(capsys, folder, "delete", goal))
    assert rows_of(folder, "SELECT count(*) FROM goals") == [(0,)]
    assert rows_of(folder, "SELECT count(*) FROM milestones") == [(0,)]
    error(run(capsys, folder, "delete", goal), goal)


def test_a_self_assessment_answer_is_added_set_and_deleted(capsys, desk) -> None:
    """`add assessment` stores one answer for the desk's person (private by default), a
    second statement leaves the first alone, adding the same statement again replaces it,
    `set` changes it in place, and the service's rules name their field."""
    folder, _ = desk  # this desk's person is the mentor
    first = ok(
        run(capsys, folder, "add", "assessment", "occasion=start", "item=mentor-speaking-up",
            "rating=2", "date=2026-01-05")
    ).out.strip()  # fmt: skip
    ok(run(capsys, folder, "add", "assessment", "occasion=start", "item=mentor-strategy",
           "rating=3", "visibility=coordinator"))  # fmt: skip
    again = ok(
        run(capsys, folder, "add", "assessment", "occasion=start", "item=mentor-speaking-up",
            "rating=4")
    ).out.strip()  # fmt: skip
    assert again == first  # replaced in place, as a retake does
    query = "SELECT item_id, rating, visibility, author_role FROM self_assessments ORDER BY item_id"
    assert rows_of(folder, query) == [
        ("mentor-speaking-up", 4, "private", "mentor"),
        ("mentor-strategy", 3, "coordinator", "mentor"),
    ]
    ok(run(capsys, folder, "set", first, "rating=5", "visibility=pair"))
    assert rows_of(
        folder, "SELECT rating, visibility FROM self_assessments WHERE uuid=?", first
    ) == [(5, "pair")]
    error(run(capsys, folder, "add", "assessment", "occasion=start", "item=mentee-keeping-talent",
              "rating=3"), "mentee-keeping-talent", "not one of the mentor's")  # fmt: skip
    error(run(capsys, folder, "add", "assessment", "occasion=later", "item=mentor-strategy",
              "rating=3"), "occasion")  # fmt: skip
    error(run(capsys, folder, "add", "assessment", "occasion=end", "item=mentor-strategy",
              "rating=7"), "mentor-strategy", "1 to 5")  # fmt: skip
    error(run(capsys, folder, "add", "assessment", "item=mentor-strategy", "rating=3"), "occasion")
    ok(run(capsys, folder, "delete", first))
    assert rows_of(folder, "SELECT count(*) FROM self_assessments") == [(1,)]


def test_two_desks_stay_apart_and_pairs_are_checked(capsys, tmp_path) -> None:
    """Two desks, each with its pair: an entry goes to the desk named, and a parent of
    another pair is refused."""
    mentor, mentee = tmp_path / "mentor", tmp_path / "mentee"
    pair_a = make_pair(mentor)
    make_pair(mentee, me_role="mentee")
    other = make_pair(mentor, mentor_name="Ana", mentee_name="Bo")
    goal = ok(run(capsys, mentor, "add", "goal", "--pair", pair_a, "title=Only here")).out.strip()
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    error(
        run(capsys, mentor, "add", "milestone", "--pair", other, f"goal={goal}", "title=x"),
        "another pair",
    )
    # The author defaults to this desk's person.
    made = ok(run(capsys, mentee, "add", "topic", "title=From the mentee")).out.strip()
    assert rows_of(mentee, "SELECT author_role FROM topics WHERE uuid=?", made) == [("mentee",)]


def test_subprocess_contract(tmp_path) -> None:
    """The real entry point: the UUID alone on stdout, exit 1 with one line on stderr."""
    folder = tmp_path / "desk"
    make_pair(folder)
    command = [sys.executable, "-m", "rmdesk", "--data-dir", str(folder)]
    done = subprocess.run([*command, "add", "goal", "title=Hi"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip()) == 36
    bad = subprocess.run(
        [*command, "set", done.stdout.strip(), "learner=cat"], capture_output=True, text=True
    )
    assert bad.returncode == 1 and len(bad.stderr.splitlines()) == 1
    assert "Traceback" not in bad.stderr
