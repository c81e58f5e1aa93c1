"""The merge rules of the pair exchange between two real desks (issue 14, rules 3, 4, 6, 7 and
acknowledgements): no edit silently lost, deletes and un-sharing travel, a lost file does
no harm, clocks far ahead are held back, and a receive is all or nothing."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rmdesk import paths
from rmdesk.services import conflicts, exchange, pairs
from rmdesk.store import db
from tests.cli.pairdesks import (
    SteppingClock,
    confirm,
    error,
    ok,
    paired_desks,
    rows_of,
    run,
)
from tests.cli.test_exchange_cli import add, exchange_once, shared_state
from tests.platforms import posix_only


@pytest.fixture
def desks(capsys, tmp_path: Path) -> tuple[Path, Path]:
    return paired_desks(capsys, tmp_path)


def _conflicts(folder: Path) -> list[conflicts.OpenConflict]:
    with db.open_store(paths.DataPaths(folder)) as store:
        return conflicts.ConflictService(store).open()


def _cross(capsys, tmp_path: Path, a: Path, b: Path, tag: str) -> tuple[str, str]:
    """Both desks send, then both receive (the files cross); returns what each printed."""
    ok(run(capsys, a, "send", "-o", tmp_path / f"{tag}-a.age"))
    ok(run(capsys, b, "send", "-o", tmp_path / f"{tag}-b.age"))
    got_b = ok(run(capsys, b, "receive", tmp_path / f"{tag}-a.age")).out
    got_a = ok(run(capsys, a, "receive", tmp_path / f"{tag}-b.age")).out
    return got_a, got_b


def _document(folder: Path, path: Path) -> dict:
    with db.open_store(paths.DataPaths(folder)) as store:
        return exchange.open_file(store, path)[1]


# --- rule 3: no edit silently lost -------------------------------------------------------------


def test_edits_to_different_fields_of_one_row_both_land(capsys, tmp_path, desks) -> None:
    """The mentor renames a goal while the mentee changes its category: both changes stay,
    on both desks, whichever file is read first."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Public speaking", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", goal, "title=Speaking at the all-hands"))
    ok(run(capsys, mentee, "set", goal, "category=Communication"))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    expected = [("Speaking at the all-hands", "Communication")]
    assert rows_of(mentor, "SELECT title, category FROM goals") == expected
    assert rows_of(mentee, "SELECT title, category FROM goals") == expected
    assert shared_state(mentor) == shared_state(mentee)


NOTES = "Agenda: feedback.\n\nPriya explained the review cycle.\n\nNext: try it on Friday."


def test_notes_edited_in_different_paragraphs_merge(capsys, tmp_path, desks) -> None:
    """Both edit one meeting's notes, in different paragraphs: both edits land, no conflict."""
    mentor, mentee = desks
    meeting = add(
        capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", f"notes={NOTES}", "visibility=pair"
    )
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", meeting, f"notes={NOTES.replace('feedback', 'feedback, OKRs')}"))
    ok(run(capsys, mentee, "set", meeting, f"notes={NOTES.replace('Friday', 'Thursday')}"))
    printed = _cross(capsys, tmp_path, mentor, mentee, "1")
    assert "Conflict" not in "".join(printed)
    _cross(capsys, tmp_path, mentor, mentee, "2")
    both = NOTES.replace("feedback", "feedback, OKRs").replace("Friday", "Thursday")
    assert rows_of(mentor, "SELECT notes FROM meetings") == [(both,)]
    assert rows_of(mentee, "SELECT notes FROM meetings") == [(both,)]
    assert _conflicts(mentor) == [] and _conflicts(mentee) == []


def test_the_same_paragraph_edited_on_both_desks_keeps_both_and_is_a_conflict(
    capsys, tmp_path, desks
) -> None:
    """Both change the same paragraph: the text holds both versions, receive prints a
    conflict line, the conflict is listed; resolving it is an edit that travels, and both
    desks end with the chosen text and no open conflict."""
    mentor, mentee = desks
    meeting = add(
        capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", f"notes={NOTES}", "visibility=pair"
    )
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    mine = NOTES.replace("Friday", "Monday")
    theirs = NOTES.replace("Friday", "Tuesday")
    ok(run(capsys, mentor, "set", meeting, f"notes={mine}"))
    ok(run(capsys, mentee, "set", meeting, f"notes={theirs}"))
    got_mentor, got_mentee = _cross(capsys, tmp_path, mentor, mentee, "1")
    assert "Conflict" in got_mentor and "Martin Osei" in got_mentor
    assert "Conflict" in got_mentee and "Priya Raman" in got_mentee
    (text,) = rows_of(mentor, "SELECT notes FROM meetings")[0]
    assert "Next: try it on Monday." in text and "Next: try it on Tuesday." in text
    assert rows_of(mentee, "SELECT notes FROM meetings") == [(text,)]  # the same on both
    (open_one,) = _conflicts(mentor)
    assert (open_one.mine, open_one.theirs, open_one.base) == (mine, theirs, NOTES)
    assert open_one.entry == "Meeting of 2026-03-02"
    with db.open_store(paths.DataPaths(mentor)) as store:
        conflicts.ConflictService(store).resolve(open_one.id, "theirs")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentor, "SELECT notes FROM meetings") == [(theirs,)]
    assert rows_of(mentee, "SELECT notes FROM meetings") == [(theirs,)]
    assert _conflicts(mentor) == [] and _conflicts(mentee) == []


def test_a_conflict_merged_on_one_desk_reaches_the_other_as_is(capsys, tmp_path, desks) -> None:
    """Files taking turns: the mentee's edit reaches the mentor, who changed the same
    paragraph; the merged text (both versions) goes back, the mentee takes it as it is and
    sees the conflict listed too; a later edit there wins over it on both desks."""
    mentor, mentee = desks
    meeting = add(
        capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", f"notes={NOTES}", "visibility=pair"
    )
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", meeting, f"notes={NOTES.replace('Friday', 'Monday')}"))
    ok(run(capsys, mentee, "set", meeting, f"notes={NOTES.replace('Friday', 'Tuesday')}"))
    assert "Conflict" in exchange_once(capsys, tmp_path, mentee, mentor, "1.age")
    assert "Conflict" in exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    (merged,) = rows_of(mentor, "SELECT notes FROM meetings")[0]
    assert rows_of(mentee, "SELECT notes FROM meetings") == [(merged,)]
    (listed,) = _conflicts(mentee)  # listed there too, each version as it reads alone
    assert listed.mine == NOTES.replace("Friday", "Tuesday")
    assert listed.theirs == NOTES.replace("Friday", "Monday")
    settled = NOTES.replace("Friday", "Tuesday, then Monday")
    ok(run(capsys, mentee, "set", meeting, f"notes={settled}"))
    exchange_once(capsys, tmp_path, mentee, mentor, "3.age")
    assert rows_of(mentor, "SELECT notes FROM meetings") == [(settled,)]
    assert _conflicts(mentor) == []


def test_undoing_a_delete_brings_the_row_back_on_the_partner(capsys, tmp_path, desks) -> None:
    """A delete undone in the window is a change like any other: it travels."""
    from rmdesk.services import goals, undo

    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Back again", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    with db.open_store(paths.DataPaths(mentor)) as store:
        change = goals.GoalService(store).delete(goal)
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    with db.open_store(paths.DataPaths(mentor)) as store:
        undo.undo(store, change)
    exchange_once(capsys, tmp_path, mentor, mentee, "3.age")
    assert rows_of(mentee, "SELECT title FROM goals") == [("Back again",)]
    ok(run(capsys, mentee, "receive", tmp_path / "2.age"))  # the older delete, again
    assert rows_of(mentee, "SELECT title FROM goals") == [("Back again",)]


def test_the_agreement_travels_and_merges(capsys, tmp_path, desks) -> None:
    """The pair's own row travels (agreement, cadence): one edits the agreement, the other
    the cadence; both land on both desks; each keeps its own role."""
    mentor, mentee = desks
    for folder, change in ((mentor, {"agreement": "We meet on Mondays."}), (mentee, {})):
        with db.open_store(paths.DataPaths(folder)) as store:
            service = pairs.PairService(store)
            (pair,) = service.list()
            draft = pairs.draft_of(pair)
            for name, value in (change or {"cadence_days": 7}).items():
                setattr(draft, name, value)
            service.update(pair.uuid, draft)
    _cross(capsys, tmp_path, mentor, mentee, "1")
    sql = "SELECT agreement, cadence_days FROM pairs"
    assert rows_of(mentor, sql) == rows_of(mentee, sql) == [("We meet on Mondays.", 7)]
    assert rows_of(mentor, "SELECT me_role FROM pairs") == [("mentor",)]
    assert rows_of(mentee, "SELECT me_role FROM pairs") == [("mentee",)]


# --- rule 4: deletes and un-sharing travel ------------------------------------------------------


def test_a_delete_travels_and_an_older_file_never_brings_it_back(capsys, tmp_path, desks) -> None:
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Going away", "visibility=pair")
    add(capsys, mentor, "milestone", f"goal={goal}", "title=First step", "visibility=pair")
    add(capsys, mentor, "goal", "title=Staying", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "old.age")
    assert len(rows_of(mentee, "SELECT uuid FROM goals")) == 2
    ok(run(capsys, mentor, "delete", goal))
    printed = exchange_once(capsys, tmp_path, mentor, mentee, "new.age")
    assert "removed" in printed
    assert rows_of(mentee, "SELECT title FROM goals") == [("Staying",)]
    assert rows_of(mentee, "SELECT count(*) FROM milestones") == [(0,)]
    ok(run(capsys, mentee, "receive", tmp_path / "old.age"))  # the older file, again
    assert rows_of(mentee, "SELECT title FROM goals") == [("Staying",)]
    exchange_once(capsys, tmp_path, mentee, mentor, "back.age")
    assert rows_of(mentor, "SELECT title FROM goals") == [("Staying",)]


def test_making_a_row_private_removes_it_from_the_partner(capsys, tmp_path, desks) -> None:
    """`set UUID visibility=private` leaves a tombstone: the partner's copy goes; sharing it
    again brings it back."""
    mentor, mentee = desks
    reflection = add(capsys, mentor, "reflection", "body=Thinking aloud", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT count(*) FROM reflections") == [(1,)]
    said = ok(run(capsys, mentor, "set", reflection, "visibility=private")).err
    assert "cannot be erased" in said
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    assert rows_of(mentee, "SELECT count(*) FROM reflections") == [(0,)]
    assert rows_of(mentor, "SELECT visibility FROM reflections") == [("private",)]
    ok(run(capsys, mentor, "set", reflection, "visibility=pair"))
    exchange_once(capsys, tmp_path, mentor, mentee, "3.age")
    assert rows_of(mentee, "SELECT body FROM reflections") == [("Thinking aloud",)]


def test_un_sharing_wins_over_a_later_edit_of_another_field(capsys, tmp_path, desks) -> None:
    """The mentor makes a goal private while the mentee renames it a moment later: the goal
    leaves the mentee's desk all the same, and the mentor's private copy has the new name."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Shared for now", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", goal, "visibility=private"))
    ok(run(capsys, mentee, "set", goal, "title=Renamed meanwhile"))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    assert rows_of(mentor, "SELECT title, visibility FROM goals") == [
        ("Renamed meanwhile", "private")
    ]


def test_what_was_written_while_private_never_leaves_through_the_partners_change(
    capsys, tmp_path, desks
) -> None:
    """The mentee makes his goal private and writes something private in its why; the
    mentor, later, shares it with the coordinator before his file arrives. Private wins:
    the private why never reaches the mentor, the goal stays private on the mentee's desk
    and leaves the mentor's; only the mentee sharing it again sends it, whole."""
    mentor, mentee = desks
    goal = add(capsys, mentee, "goal", "title=His", "why=First thoughts", "visibility=pair")
    exchange_once(capsys, tmp_path, mentee, mentor, "0.age")
    exchange_once(capsys, tmp_path, mentor, mentee, "0b.age")
    ok(run(capsys, mentee, "set", goal, "visibility=private"))
    ok(run(capsys, mentee, "set", goal, "why=PRIVATE: thinking of leaving"))
    time.sleep(0.01)
    ok(run(capsys, mentor, "set", goal, "visibility=coordinator"))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentee, "SELECT why, visibility FROM goals") == [
        ("PRIVATE: thinking of leaving", "private")
    ]
    assert rows_of(mentor, "SELECT why, visibility FROM goals") == []
    ok(run(capsys, mentee, "set", goal, "visibility=pair"))  # the author shares it again
    _cross(capsys, tmp_path, mentor, mentee, "3")
    expected = [("PRIVATE: thinking of leaving", "pair")]
    assert rows_of(mentor, "SELECT why, visibility FROM goals") == expected
    assert rows_of(mentee, "SELECT why, visibility FROM goals") == expected


def test_a_partners_change_of_visibility_arriving_first_never_shares_a_private_entry(
    capsys, tmp_path, desks
) -> None:
    """The same, files taking turns: the mentor's later share reaches the mentee first.
    His goal stays private, and nothing of what he wrote meanwhile goes out."""
    mentor, mentee = desks
    goal = add(capsys, mentee, "goal", "title=His", "why=First thoughts", "visibility=pair")
    exchange_once(capsys, tmp_path, mentee, mentor, "0.age")
    ok(run(capsys, mentee, "set", goal, "visibility=private"))
    ok(run(capsys, mentee, "set", goal, "why=PRIVATE: thinking of leaving"))
    time.sleep(0.01)
    ok(run(capsys, mentor, "set", goal, "visibility=coordinator"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT visibility FROM goals") == [("private",)]
    exchange_once(capsys, tmp_path, mentee, mentor, "2.age")
    exchange_once(capsys, tmp_path, mentor, mentee, "3.age")
    assert rows_of(mentor, "SELECT why FROM goals") == []
    assert rows_of(mentee, "SELECT visibility FROM goals") == [("private",)]


def test_an_edit_after_a_delete_brings_the_row_back_whole(capsys, tmp_path, desks) -> None:
    """The mentor deletes a goal with a milestone; the mentee changed the goal after that:
    the goal stays, comes back to the mentor, and its milestone with it."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Contested", "visibility=pair")
    add(capsys, mentor, "milestone", f"goal={goal}", "title=Step one", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "delete", goal))
    time.sleep(0.01)  # the mentee's edit is later by the clock
    ok(run(capsys, mentee, "set", goal, "title=Still wanted"))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    for desk in (mentor, mentee):
        assert rows_of(desk, "SELECT title FROM goals") == [("Still wanted",)]
        assert rows_of(desk, "SELECT title FROM milestones") == [("Step one",)]
    assert shared_state(mentor) == shared_state(mentee)


def test_deleting_a_goal_that_an_edited_topic_points_at_works_and_travels(
    capsys, tmp_path, desks
) -> None:
    """On a paired desk, a topic edited since the last exchange and then cleared of its goal
    by the goal's deletion (a cascade) is noted once, and the delete travels."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Linked", "visibility=pair")
    topic = add(capsys, mentor, "topic", "title=About it", f"goal={goal}", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", topic, "title=About it, edited"))
    ok(run(capsys, mentor, "delete", goal))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT title, goal_uuid FROM topics") == [("About it, edited", None)]
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]


def test_a_desk_loaded_from_a_dump_sends_no_deletes_for_rows_it_lacks(
    capsys, tmp_path, desks
) -> None:
    """The mentor's desk goes back to an older dump (without a goal both had): its next
    file removes nothing from the mentee's desk."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Early", "visibility=pair")
    ok(run(capsys, mentor, "dump", "-o", tmp_path / "early.json"))
    add(capsys, mentor, "goal", "title=Later", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    ok(run(capsys, mentor, "load", "--replace", tmp_path / "early.json"))
    ok(run(capsys, mentor, "join", tmp_path / "b.txt"))  # pairing is not in a dump
    confirm(capsys, mentor)
    assert rows_of(mentor, "SELECT title FROM goals") == [("Early",)]
    add(capsys, mentor, "topic", "title=After the load", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    assert sorted(rows_of(mentee, "SELECT title FROM goals")) == [("Early",), ("Later",)]
    assert rows_of(mentee, "SELECT title FROM topics") == [("After the load",)]


def test_a_desk_restored_from_a_backup_deletes_nothing_and_gets_back_what_it_lost(
    capsys, tmp_path, desks
) -> None:
    """The mentee restores a backup from before a goal arrived: its next file removes
    nothing from the mentor's desk, and the mentor's next file brings the goal back."""
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Before the backup", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    ok(run(capsys, mentee, "backup", "-o", tmp_path / "mentee.backup"))
    add(capsys, mentor, "goal", "title=After the backup", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    exchange_once(capsys, tmp_path, mentee, mentor, "3.age")  # the mentee acknowledges both
    ok(run(capsys, mentee, "restore", tmp_path / "mentee.backup"))
    assert rows_of(mentee, "SELECT title FROM goals") == [("Before the backup",)]
    exchange_once(capsys, tmp_path, mentee, mentor, "4.age")
    assert len(rows_of(mentor, "SELECT uuid FROM goals")) == 2
    exchange_once(capsys, tmp_path, mentor, mentee, "5.age")
    assert sorted(rows_of(mentee, "SELECT title FROM goals")) == [
        ("After the backup",),
        ("Before the backup",),
    ]


def test_a_restored_desk_reading_an_older_file_first_still_gets_back_what_it_lost(
    capsys, tmp_path, desks
) -> None:
    """After the restore the mentee first reads a file the mentor wrote before hearing of it
    (always so through a shared folder): that file starts after what the restored desk has,
    so the mentee does not acknowledge it, and the mentor's next file fills the gap."""
    mentor, mentee = desks
    ok(run(capsys, mentee, "backup", "-o", tmp_path / "mentee.backup"))
    add(capsys, mentor, "goal", "title=Lost in the restore", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    exchange_once(capsys, tmp_path, mentee, mentor, "2.age")  # the mentee acknowledges it
    add(capsys, mentor, "topic", "title=Written before the restore was known", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "3.age"))
    ok(run(capsys, mentee, "restore", tmp_path / "mentee.backup"))
    ok(run(capsys, mentee, "receive", tmp_path / "3.age"))
    exchange_once(capsys, tmp_path, mentee, mentor, "4.age")
    exchange_once(capsys, tmp_path, mentor, mentee, "5.age")
    assert rows_of(mentee, "SELECT title FROM goals") == [("Lost in the restore",)]
    assert rows_of(mentee, "SELECT title FROM topics") == [
        ("Written before the restore was known",)
    ]


# --- acknowledgements ---------------------------------------------------------------------------


def test_a_lost_file_does_no_harm_and_acknowledged_rows_are_not_sent_again(
    capsys, tmp_path, desks
) -> None:
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=In the lost file", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "lost.age"))  # never received
    add(capsys, mentor, "goal", "title=In the second file", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    assert sorted(rows_of(mentee, "SELECT title FROM goals")) == [
        ("In the lost file",),
        ("In the second file",),
    ]
    exchange_once(capsys, tmp_path, mentee, mentor, "ack.age")  # carries the mentee's ack
    goal = rows_of(mentor, "SELECT uuid FROM goals WHERE title = 'In the second file'")[0][0]
    ok(run(capsys, mentor, "set", goal, "title=Renamed"))
    ok(run(capsys, mentor, "send", "-o", tmp_path / "3.age"))
    document = _document(mentee, tmp_path / "3.age")
    assert [row["title"] for row in document["rows"]["goals"]] == ["Renamed"]
    assert sum(len(r) for r in document["rows"].values()) == 1


# --- rule 6: clocks are not trusted -------------------------------------------------------------


def test_a_file_dated_more_than_a_day_ahead_is_held_back(capsys, tmp_path, desks) -> None:
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=From the future", "visibility=pair")
    ahead = (datetime.now(UTC) + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    with db.open_store(paths.DataPaths(mentor)) as store:
        store.conn.execute("UPDATE goals SET updated_at = ? WHERE uuid = ?", (ahead, goal))
        store.conn.commit()
    ok(run(capsys, mentor, "send", "-o", tmp_path / "ahead.age"))
    line = error(run(capsys, mentee, "receive", tmp_path / "ahead.age"), "held back")
    assert "a day ahead" in line
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]


# --- rule 7: all or nothing, and recoverable ----------------------------------------------------


def test_the_first_merge_is_preceded_by_a_backup(capsys, tmp_path, desks) -> None:
    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=One", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "1.age"))
    backups = paths.DataPaths(mentee).backups
    before = set(backups.glob("*before-exchange*")) if backups.exists() else set()
    result = ok(run(capsys, mentee, "receive", tmp_path / "1.age"))
    assert "Backed up" in result.err
    taken = set(backups.glob("*before-exchange*")) - before
    assert len(taken) == 1
    add(capsys, mentor, "goal", "title=Two", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    assert set(backups.glob("*before-exchange*")) - before == taken


@posix_only("SIGKILL of a receiving process")
def test_a_receive_killed_at_any_moment_leaves_the_desk_as_it_was_or_merged(
    capsys, tmp_path, desks
) -> None:
    mentor, mentee = desks
    for n in range(40):
        add(
            capsys,
            mentor,
            "topic",
            f"title=Topic {n}",
            "notes=" + "words " * 200,
            "visibility=pair",
        )
    ok(run(capsys, mentor, "send", "-o", tmp_path / "big.age"))
    ok(run(capsys, mentee, "receive", tmp_path / "big.age"))  # the full merge, for reference
    merged = shared_state(mentee)
    clean = tmp_path / "clean"
    command = [sys.executable, "-m", "rmdesk", "--data-dir", str(clean), "receive"]
    random.seed(14)
    seen = []
    for attempt in range(300):  # later and later kills, until one comes after the commit
        _fresh_copy(mentee, clean)
        process = subprocess.Popen(
            [*command, str(tmp_path / "big.age")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.015 * attempt + random.uniform(0.0, 0.015))
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = shared_state(clean)
        assert state in (_empty(merged), merged), f"half-merged after {attempt} kills"
        seen.append(state == merged)
        if state == merged:
            break
    assert seen[-1], "never got to merge at all"


def _empty(state: dict) -> dict:
    return {table: [] for table in state}


def _fresh_copy(mentee: Path, clean: Path) -> None:
    """The mentee's desk as it was before any receive: its keys and pairing, no rows."""
    import shutil

    if clean.exists():
        shutil.rmtree(clean)
    shutil.copytree(mentee, clean)
    with db.open_store(paths.DataPaths(clean)) as store, store.atomic():
        for table in reversed(list(exchange_tables())):
            store.conn.execute(f"DELETE FROM {table}")
        for table in (
            "exchange_versions",
            "exchange_field_clocks",
            "exchange_texts",
            "exchange_tombstones",
            "exchange_acks",
            "exchange_dirty",
            "exchange_clock",
        ):
            store.conn.execute(f"DELETE FROM {table}")


def exchange_tables() -> list[str]:
    from rmdesk.store import exchange as exchange_store

    return list(exchange_store.BELONGS)


# --- rule 2 with every rule at once: random interleavings converge ------------------------------


def _travelling_state(folder: Path) -> dict:
    """The rows of the desk's pair that may travel, in the form they travel in (links to
    rows that stay home cleared), for comparing two desks."""
    from rmdesk.services import exchange_select
    from rmdesk.store import exchange as exchange_store

    with db.open_store(paths.DataPaths(folder), read_only=True) as store:
        pair = store.conn.execute("SELECT uuid FROM pairs").fetchone()[0]
        eligible = exchange_select._Eligible(store, pair)
        out = {}
        for table, found in exchange_store.pair_rows(store, pair, shared_only=True).items():
            going = eligible.which(table, {row["uuid"] for row in found})
            kept = []
            for row in found:
                if row["uuid"] not in going:
                    continue
                row = dict(row, pair_uuid=None)
                for column, target in exchange_select.OPTIONAL.get(table, {}).items():
                    if row[column] is not None and not eligible.which(target, {row[column]}):
                        row[column] = None
                kept.append(row)
            out[table] = kept
    return out


def _random_step(capsys, rnd: random.Random, desk: Path, step: int) -> None:
    goals_here = [r[0] for r in rows_of(desk, "SELECT uuid FROM goals")]
    meetings_here = [r[0] for r in rows_of(desk, "SELECT uuid FROM meetings")]
    visibility = f"visibility={rnd.choice(['pair', 'pair', 'private'])}"
    choice = rnd.random()
    if choice < 0.15 or not goals_here:
        argv = ["add", "goal", f"title=G{step}", f"why=a{step}\n\nb{step}", visibility]
    elif choice < 0.25 or not meetings_here:
        day = rnd.randint(1, 28)
        argv = ["add", "meeting", f"starts_at=2026-03-{day:02d} 10:00", f"notes=x\n\ny{step}"]
        argv.append(visibility)
    elif choice < 0.35:
        argv = ["add", "topic", f"title=T{step}", f"goal={rnd.choice(goals_here)}", visibility]
    elif choice < 0.45:
        argv = ["add", "milestone", f"goal={rnd.choice(goals_here)}", f"title=M{step}"]
    elif choice < 0.6:
        argv = ["set", rnd.choice(goals_here), f"title=T{step}-{desk.name}"]
    elif choice < 0.75:
        meeting = rnd.choice(meetings_here)
        (notes,) = rows_of(desk, "SELECT notes FROM meetings WHERE uuid = ?", meeting)[0]
        paragraphs = notes.split("\n\n")
        paragraphs[rnd.randrange(len(paragraphs))] = f"edit {step} on {desk.name}"
        argv = ["set", meeting, "notes=" + "\n\n".join(paragraphs)]
    elif choice < 0.85:
        argv = ["delete", rnd.choice(rnd.choice([goals_here, meetings_here]))]
    else:
        target = rnd.choice(rnd.choice([goals_here, meetings_here]))
        argv = ["set", target, f"visibility={rnd.choice(['private', 'pair', 'coordinator'])}"]
    ok(run(capsys, desk, *argv))


@pytest.mark.parametrize(
    ("seed", "clock"), [(1, None), (2, None), (3, None), (4, None), *((n, n) for n in range(5, 17))]
)
def test_random_interleavings_of_every_kind_of_change_converge(
    capsys, monkeypatch, tmp_path, desks, seed: int, clock: int | None
) -> None:
    """Both desks add, edit, delete and (un)share at random while files cross, arrive out of
    order or get lost; a few exchanges later both hold the same travelling rows. With the
    computer's clock, and with a stepping clock that makes a run the same every time
    (edits in the same microsecond or milliseconds apart)."""
    mentor, mentee = desks
    if clock is not None:
        SteppingClock(clock).install(monkeypatch)
    rnd = random.Random(seed)
    in_flight: list[tuple[Path, Path]] = []
    for step in range(80):
        desk = rnd.choice((mentor, mentee))
        if rnd.random() < 0.8:
            _random_step(capsys, rnd, desk, step)
        else:
            ok(run(capsys, desk, "send", "-o", tmp_path / f"r{step}.age"))
            in_flight.append((desk, tmp_path / f"r{step}.age"))
        if in_flight and rnd.random() < 0.4:
            sender, path = in_flight.pop(rnd.randrange(len(in_flight)))
            if rnd.random() < 0.8:  # else: lost
                ok(run(capsys, mentee if sender == mentor else mentor, "receive", path))
    for n in range(2):
        exchange_once(capsys, tmp_path, mentor, mentee, f"end-{n}-a.age")
        exchange_once(capsys, tmp_path, mentee, mentor, f"end-{n}-b.age")
    ours, theirs = _travelling_state(mentor), _travelling_state(mentee)
    assert ours == theirs, _differences(ours, theirs)
    assert sum(len(rows) for rows in _travelling_state(mentor).values()) > 0


def _differences(ours: dict, theirs: dict) -> list:
    """Where two desks' travelling rows differ: (table, uuid, {field: (mentor, mentee)})."""
    found = []
    for table in ours:
        mine = {row["uuid"]: row for row in ours[table]}
        other = {row["uuid"]: row for row in theirs[table]}
        for uuid in sorted(set(mine) | set(other)):
            a, b = mine.get(uuid, {}), other.get(uuid, {})
            if a != b:
                found.append(
                    (
                        table,
                        uuid,
                        {k: (a.get(k), b.get(k)) for k in {*a, *b} if a.get(k) != b.get(k)},
                    )
                )
    return found


# --- links both desks made alike, whose rows belong to one person --------------------------------


def test_the_same_goal_linked_to_a_meeting_and_a_reflection_on_both_desks_merges(
    capsys, tmp_path, desks
) -> None:
    """Both tick the same goal in the same meeting (and reflection) before exchanging: two
    link rows with different ids for one link. The files merge, both desks keep one link
    (the same id), and later files still go through."""
    from rmdesk.services import meetings, prompts, reflections

    mentor, mentee = desks
    meeting = add(capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", "visibility=pair")
    goal = add(capsys, mentor, "goal", "title=Linked twice", "visibility=pair")
    reflection = add(capsys, mentor, "reflection", "body=Both", "visibility=pair")
    _cross(capsys, tmp_path, mentor, mentee, "0")
    for desk in (mentor, mentee):
        with db.open_store(paths.DataPaths(desk)) as store:
            meetings.MeetingService(store).link_goal(meeting, goal)
            service = reflections.ReflectionService(store, prompts.load_library())
            service.set_goals(reflection, [goal])
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    for table in ("meeting_goals", "reflection_goals"):
        linked = rows_of(mentor, f"SELECT uuid FROM {table}")
        assert len(linked) == 1
        assert rows_of(mentee, f"SELECT uuid FROM {table}") == linked
    add(capsys, mentor, "topic", "title=After the links", "visibility=pair")
    _cross(capsys, tmp_path, mentor, mentee, "3")
    assert rows_of(mentee, "SELECT title FROM topics") == [("After the links",)]
    assert shared_state(mentor) == shared_state(mentee)


def test_the_partner_hiding_or_deleting_my_entry_never_deletes_it_here(
    capsys, tmp_path, desks
) -> None:
    """The mentor makes the mentee's goal (with a milestone and an update) private, and
    deletes his commitment: on the mentee's desk both stay, with what hangs under them,
    no longer shared; the mentor keeps her private copy of the goal. The mentee sharing
    them again sends them back."""
    mentor, mentee = desks
    goal = add(capsys, mentee, "goal", "title=Martin goal", "why=because", "visibility=pair")
    add(capsys, mentee, "milestone", f"goal={goal}", "title=ms 1", "visibility=pair")
    add(capsys, mentee, "progress", f"goal={goal}", "percent=30", "note=half", "visibility=pair")
    promise = add(
        capsys,
        mentee,
        "commitment",
        "text=Ask juniors first",
        "review_on=2027-03-01",
        "visibility=pair",
    )
    exchange_once(capsys, tmp_path, mentee, mentor, "0.age")
    assert rows_of(mentor, "SELECT count(*) FROM milestones") == [(1,)]
    said = ok(run(capsys, mentor, "set", goal, "visibility=private")).err
    assert "stays on their desk, no longer shared" in said
    ok(run(capsys, mentor, "delete", promise))
    _said_to_mentor, said_to_mentee = _cross(capsys, tmp_path, mentor, mentee, "1")
    assert (
        "Priya Raman deleted or made private their copy of 2 of your entries: yours stay "
        "here, private, no longer shared." in said_to_mentee
    )
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentee, "SELECT title, visibility FROM goals") == [("Martin goal", "private")]
    assert rows_of(mentee, "SELECT count(*) FROM milestones") == [(1,)]
    assert rows_of(mentee, "SELECT count(*) FROM progress_updates") == [(1,)]
    assert rows_of(mentee, "SELECT text, visibility FROM commitments") == [
        ("Ask juniors first", "private")
    ]
    assert rows_of(mentor, "SELECT visibility FROM goals") == [("private",)]
    assert rows_of(mentor, "SELECT count(*) FROM commitments") == [(0,)]
    ok(run(capsys, mentee, "set", promise, "visibility=pair"))
    _cross(capsys, tmp_path, mentor, mentee, "3")
    assert rows_of(mentor, "SELECT text FROM commitments") == [("Ask juniors first",)]


def test_the_partners_delete_never_removes_an_entry_made_private_here(
    capsys, tmp_path, desks
) -> None:
    """The mentor makes her reflection private; the mentee, not knowing yet, deletes his
    copy: her private reflection stays on her desk, and his stays deleted."""
    mentor, mentee = desks
    reflection = add(capsys, mentor, "reflection", "body=Shared for now", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", reflection, "visibility=private"))
    ok(run(capsys, mentee, "delete", reflection))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentor, "SELECT body, visibility FROM reflections") == [
        ("Shared for now", "private")
    ]
    assert rows_of(mentee, "SELECT count(*) FROM reflections") == [(0,)]


def test_an_old_file_never_brings_back_an_entry_its_author_hid_then_deleted(
    capsys, tmp_path, desks
) -> None:
    """The mentor makes her goal private while the mentee, not knowing yet, renames it; his
    desk drops it when her file comes, she deletes her private goal, and only then his file
    from before the rename reaches her. The goal stays gone on both desks (it came back on
    hers alone, shared, and the desks never agreed again)."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", goal, "visibility=private"))
    ok(run(capsys, mentee, "set", goal, "title=Renamed by him"))
    ok(run(capsys, mentee, "send", "-o", tmp_path / "old.age"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    ok(run(capsys, mentor, "delete", goal))
    ok(run(capsys, mentor, "receive", tmp_path / "old.age"))
    assert rows_of(mentor, "SELECT count(*) FROM goals") == [(0,)]
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert shared_state(mentor) == shared_state(mentee)


def test_the_partner_sharing_my_hidden_entry_again_never_brings_it_back(
    capsys, tmp_path, desks
) -> None:
    """She hides her goal; he, not knowing yet, changes who sees it. Her un-share wins on
    his desk, so the change he made never brings it back to hers once she deleted it."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", goal, "visibility=private"))
    ok(run(capsys, mentee, "set", goal, "visibility=coordinator"))
    ok(run(capsys, mentee, "send", "-o", tmp_path / "old.age"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    ok(run(capsys, mentor, "delete", goal))
    ok(run(capsys, mentor, "receive", tmp_path / "old.age"))
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentor, "SELECT count(*) FROM goals") == [(0,)]
    assert shared_state(mentor) == shared_state(mentee)


def test_the_author_sharing_a_hidden_entry_again_brings_it_back_to_the_partner(
    capsys, tmp_path, desks
) -> None:
    """Un-sharing removes the goal from his desk; sharing it again later brings it back,
    an older file arriving in between or not."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "old.age"))
    ok(run(capsys, mentor, "set", goal, "visibility=private"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    ok(run(capsys, mentee, "receive", tmp_path / "old.age"))
    assert rows_of(mentee, "SELECT count(*) FROM goals") == [(0,)]
    ok(run(capsys, mentor, "set", goal, "visibility=pair", "title=Hers again"))
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    assert rows_of(mentee, "SELECT title, visibility FROM goals") == [("Hers again", "pair")]


def test_the_author_sharing_again_what_the_partner_hid_and_deleted_brings_it_back(
    capsys, tmp_path, desks
) -> None:
    """He hides her goal (it turns private on her desk too) and deletes his private copy;
    when she shares it again, it comes back to his desk."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentee, "set", goal, "visibility=private"))
    exchange_once(capsys, tmp_path, mentee, mentor, "1.age")
    assert rows_of(mentor, "SELECT visibility FROM goals") == [("private",)]
    ok(run(capsys, mentee, "delete", goal))
    ok(run(capsys, mentor, "set", goal, "visibility=pair"))
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentee, "SELECT title, visibility FROM goals") == [("Hers", "pair")]
    assert shared_state(mentor) == shared_state(mentee)


def test_hiding_the_partners_entry_is_dated_when_it_was_done_not_when_it_was_sent(
    capsys, tmp_path, desks
) -> None:
    """He hides her goal; she, not knowing, then shows it to the coordinator too; he goes on
    writing other entries before his next file. His un-share is older than her change, so
    both desks end with her goal shared (it used to be dated at his send, after her change,
    and the desks disagreed for good)."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentee, "set", goal, "visibility=private"))
    time.sleep(0.01)
    ok(run(capsys, mentor, "set", goal, "visibility=coordinator"))
    time.sleep(0.01)
    add(capsys, mentee, "topic", "title=Written later", "visibility=pair")
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentor, "SELECT visibility FROM goals") == [("coordinator",)]
    assert shared_state(mentor) == shared_state(mentee)


def test_an_old_unshare_arriving_late_never_removes_an_entry_shared_again(
    capsys, tmp_path, desks
) -> None:
    """The mentee hides his goal and shares it again; the file he wrote while it was hidden
    reaches the mentor only after the later one. The goal stays on her desk (it used to be
    removed there, and no later file of his brought it back)."""
    mentor, mentee = desks
    goal = add(capsys, mentee, "goal", "title=His", "visibility=pair")
    exchange_once(capsys, tmp_path, mentee, mentor, "0.age")
    ok(run(capsys, mentee, "set", goal, "visibility=private"))
    ok(run(capsys, mentee, "send", "-o", tmp_path / "hidden.age"))
    ok(run(capsys, mentee, "set", goal, "visibility=pair"))
    exchange_once(capsys, tmp_path, mentee, mentor, "shared-again.age")
    ok(run(capsys, mentor, "receive", tmp_path / "hidden.age"))  # late, out of order
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert rows_of(mentor, "SELECT title, visibility FROM goals") == [("His", "pair")]
    assert shared_state(mentor) == shared_state(mentee)


def test_the_same_unshare_file_read_twice_never_removes_an_entry_shared_again(
    capsys, tmp_path, desks
) -> None:
    """The same file received twice (a sync client copying it back, a second click): the
    second time it changes nothing, even after the author shared the entry again."""
    mentor, mentee = desks
    reflection = add(capsys, mentee, "reflection", "body=His", "visibility=pair")
    exchange_once(capsys, tmp_path, mentee, mentor, "0.age")
    ok(run(capsys, mentee, "set", reflection, "visibility=private"))
    exchange_once(capsys, tmp_path, mentee, mentor, "hidden.age")
    ok(run(capsys, mentee, "set", reflection, "visibility=pair"))
    exchange_once(capsys, tmp_path, mentee, mentor, "shared-again.age")
    assert rows_of(mentor, "SELECT count(*) FROM reflections") == [(1,)]
    said = ok(run(capsys, mentor, "receive", tmp_path / "hidden.age")).out  # the same again
    assert "nothing new" in said
    _cross(capsys, tmp_path, mentor, mentee, "1")
    assert rows_of(mentor, "SELECT body, visibility FROM reflections") == [("His", "pair")]
    assert shared_state(mentor) == shared_state(mentee)


def test_an_entry_made_private_before_any_file_left_sends_no_removal(
    capsys, tmp_path, desks
) -> None:
    """A milestone added and made private between two exchanges never reached the partner:
    no removal of it travels (its id would tell them it exists)."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=Hers", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    step = add(capsys, mentor, "milestone", f"goal={goal}", "title=Mine", "visibility=private")
    topic = add(capsys, mentor, "topic", "title=Brief", "visibility=pair")
    ok(run(capsys, mentor, "delete", topic))
    ok(run(capsys, mentor, "send", "-o", tmp_path / "1.age"))
    document = _document(mentee, tmp_path / "1.age")
    assert document["tombstones"] == []
    assert step not in json.dumps(document) and topic not in json.dumps(document)


def test_sharing_again_what_i_hid_of_the_partners_leaves_it_with_its_author(
    capsys, tmp_path, desks
) -> None:
    """She hides his goal (private on his desk too), then shares it again. What he wrote
    in it since was written while private, so it stays his alone: his desk answers with
    his own un-share, her copy goes, and both desks agree (hers stayed shared for good)."""
    mentor, mentee = desks
    goal = add(capsys, mentee, "goal", "title=His", "visibility=pair")
    exchange_once(capsys, tmp_path, mentee, mentor, "0.age")
    ok(run(capsys, mentor, "set", goal, "visibility=private"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    assert rows_of(mentee, "SELECT visibility FROM goals") == [("private",)]
    ok(run(capsys, mentee, "set", goal, "why=only for me now"))
    ok(run(capsys, mentor, "set", goal, "visibility=pair"))
    exchange_once(capsys, tmp_path, mentor, mentee, "2.age")
    _cross(capsys, tmp_path, mentor, mentee, "3")
    _cross(capsys, tmp_path, mentor, mentee, "4")
    assert rows_of(mentee, "SELECT why, visibility FROM goals") == [("only for me now", "private")]
    assert rows_of(mentor, "SELECT count(*) FROM goals WHERE visibility != 'private'") == [(0,)]
    assert _travelling_state(mentor) == _travelling_state(mentee)


def test_an_entry_the_partner_hid_before_i_had_it_comes_when_they_share_it(
    capsys, tmp_path, desks
) -> None:
    """He writes a reflection in her name on his desk, hides it before she has it (his
    un-share reaches her desk, which has nothing to remove), then shares it: it comes to
    her desk, since he hid it and he shared it again."""
    mentor, mentee = desks
    reflection = add(
        capsys, mentee, "reflection", "body=For both", "author=mentor", "visibility=pair"
    )
    ok(run(capsys, mentor, "send", "-o", tmp_path / "0.age"))
    ok(run(capsys, mentee, "receive", tmp_path / "0.age"))  # his desk notes the reflection
    ok(run(capsys, mentee, "set", reflection, "visibility=private"))
    exchange_once(capsys, tmp_path, mentee, mentor, "1.age")
    ok(run(capsys, mentee, "set", reflection, "visibility=pair"))
    exchange_once(capsys, tmp_path, mentee, mentor, "2.age")
    assert rows_of(mentor, "SELECT body, visibility FROM reflections") == [("For both", "pair")]
    assert _travelling_state(mentor) == _travelling_state(mentee)


def test_an_old_file_never_brings_back_what_i_deleted_after_the_partner_removed_it(
    capsys, tmp_path, desks
) -> None:
    """His first file carries her action item back to her; he deletes it (hers turns
    private), she deletes her private copy, then his first file reaches her again: the
    item stays gone (it came back on her desk alone, shared, for good)."""
    mentor, mentee = desks
    item = add(capsys, mentor, "action", "text=Book the room", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentee, "send", "-o", tmp_path / "old.age"))  # re-sends all, unacknowledged
    ok(run(capsys, mentee, "delete", item))
    exchange_once(capsys, tmp_path, mentee, mentor, "1.age")
    assert rows_of(mentor, "SELECT visibility FROM action_items") == [("private",)]
    ok(run(capsys, mentor, "delete", item))
    ok(run(capsys, mentor, "receive", tmp_path / "old.age"))
    assert rows_of(mentor, "SELECT count(*) FROM action_items") == [(0,)]
    _cross(capsys, tmp_path, mentor, mentee, "2")
    assert _travelling_state(mentor) == _travelling_state(mentee)


def test_carried_agenda_items_keep_their_link_to_the_original(capsys, tmp_path, desks) -> None:
    """Marking a meeting held carries its open agenda items to the next meeting; the
    partner's desk gets the copies with their link to the originals, whatever their order
    in the file."""
    mentor, mentee = desks
    meeting = add(capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", "visibility=pair")
    for n in range(6):
        add(capsys, mentor, "agenda", f"meeting={meeting}", f"title=item {n}", "visibility=pair")
    ok(run(capsys, mentor, "set", meeting, "status=held"))
    exchange_once(capsys, tmp_path, mentor, mentee, "1.age")
    sql = "SELECT uuid, carried_from_uuid FROM agenda_items ORDER BY uuid"
    carried = [r for r in rows_of(mentor, sql) if r[1] is not None]
    assert len(carried) == 6
    assert rows_of(mentee, sql) == rows_of(mentor, sql)


def test_a_child_edited_after_its_parent_was_deleted_there_keeps_both(
    capsys, tmp_path, desks
) -> None:
    """The mentor deletes her goal; a moment later the mentee edits its milestone: the
    later edit is not lost, the goal and its milestone stay and come back to the mentor's
    desk. The same when the mentee deletes it and the mentor edits the milestone later."""
    mentor, mentee = desks
    goal = add(capsys, mentor, "goal", "title=EditDel", "why=w", "visibility=pair")
    milestone = add(capsys, mentor, "milestone", f"goal={goal}", "title=m1", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "delete", goal))
    time.sleep(0.01)
    ok(run(capsys, mentee, "set", milestone, "title=m1 edited after"))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    for desk in (mentor, mentee):
        assert rows_of(desk, "SELECT title, visibility FROM goals") == [("EditDel", "pair")]
        assert rows_of(desk, "SELECT title FROM milestones") == [("m1 edited after",)]
    ok(run(capsys, mentee, "delete", goal))
    time.sleep(0.01)
    ok(run(capsys, mentor, "set", milestone, "title=m1 edited again"))
    _cross(capsys, tmp_path, mentor, mentee, "3")
    _cross(capsys, tmp_path, mentor, mentee, "4")
    for desk in (mentor, mentee):
        assert rows_of(desk, "SELECT title, visibility FROM goals") == [("EditDel", "pair")]
        assert rows_of(desk, "SELECT title FROM milestones") == [("m1 edited again",)]


def test_an_acknowledgement_far_ahead_is_held_back(capsys, tmp_path, desks) -> None:
    """A genuine partner's file acknowledging a clock of this desk far in the future is
    held back like any other clock far ahead: the desk keeps sending what is new."""
    from rmdesk.services import keys
    from tests.cli.test_exchange_cli import _sealed, _signed

    mentor, mentee = desks
    add(capsys, mentor, "goal", "title=Shared", "visibility=pair")
    ok(run(capsys, mentor, "send", "-o", tmp_path / "good.age"))
    document = _document(mentee, tmp_path / "good.age")
    document["ack"] = "009999999999999.000000." + document["to"]
    mentor_keys = keys.load(paths.DataPaths(mentor))
    assert mentor_keys is not None
    (tmp_path / "ahead.age").write_bytes(_sealed(_signed(document, mentor_keys), mentee))
    error(run(capsys, mentee, "receive", tmp_path / "ahead.age"), "held back")
    add(capsys, mentee, "topic", "title=Still travels", "visibility=pair")
    exchange_once(capsys, tmp_path, mentee, mentor, "back.age")
    assert rows_of(mentor, "SELECT title FROM topics") == [("Still travels",)]


def test_both_desks_marking_a_meeting_held_carry_its_items_once(capsys, tmp_path, desks) -> None:
    """Both people mark the meeting they just had as held before exchanging: its open
    agenda item and action reach the next meeting once, on both desks."""
    mentor, mentee = desks
    meeting = add(capsys, mentor, "meeting", "starts_at=2026-03-02 10:00", "visibility=pair")
    add(capsys, mentor, "agenda", f"meeting={meeting}", "title=Undiscussed", "visibility=pair")
    add(capsys, mentor, "action", f"meeting={meeting}", "text=Open action", "visibility=pair")
    exchange_once(capsys, tmp_path, mentor, mentee, "0.age")
    ok(run(capsys, mentor, "set", meeting, "status=held"))
    ok(run(capsys, mentee, "set", meeting, "status=held"))
    _cross(capsys, tmp_path, mentor, mentee, "1")
    _cross(capsys, tmp_path, mentor, mentee, "2")
    for desk in (mentor, mentee):
        assert rows_of(desk, "SELECT count(*) FROM meetings") == [(2,)]
        assert rows_of(desk, "SELECT count(*) FROM agenda_items") == [(2,)]
        assert rows_of(desk, "SELECT count(*) FROM action_items") == [(2,)]
    assert shared_state(mentor) == shared_state(mentee)
