"""The demo desk: complete, deterministic, consistent with the schema and the privacy model."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from rmdesk import errors, paths
from rmdesk.services import demo, demo_phases
from rmdesk.store import db, rows, schema
from rmdesk.store.db import Store

TODAY = date(2025, 6, 1)
# Every table but the user's own prompt customisations, which a demo has no reason to touch.
FILLED = [table for table in schema.TABLES if table not in ("custom_prompts", "hidden_prompts")]
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
STARTS_AT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with db.open_store(paths.DataPaths(tmp_path / "desk")) as opened:
        yield opened


@pytest.fixture
def built(store: Store) -> tuple[Store, demo.DemoResult]:
    return store, demo.build_demo(store, years=2, seed=7, today=TODAY)


def _snapshot(folder: Path, seed: int, years: int = 1) -> dict[str, list[dict[str, object]]]:
    with db.open_store(paths.DataPaths(folder)) as store:
        demo.build_demo(store, years=years, seed=seed, today=TODAY)
        return {table: rows.all_rows(store, table) for table in schema.TABLES}


def test_fills_every_table_the_app_shows(built: tuple[Store, demo.DemoResult]) -> None:
    """Every table the demo is meant to fill has rows, and the reported counts are true."""
    store, result = built
    counts = rows.counts(store)
    assert result.counts == counts
    assert {table for table in FILLED if counts[table] == 0} == set()
    assert counts["pairs"] == 1 + len(demo_phases.PHASE_PAIRS) + 1  # and the templated one


def test_there_is_a_pair_in_every_phase(built: tuple[Store, demo.DemoResult]) -> None:
    """Every programme phase has a pair; the main pair is growing and listed first."""
    store, result = built
    phases = {row["phase"] for row in rows.all_rows(store, "pairs")}
    assert phases == {"preparing", "agreeing", "growing", "closing", "closed"}
    from rmdesk.services import pairs as pair_service

    assert pair_service.PairService(store).list()[0].uuid == result.pair_uuid


def test_same_seed_and_day_give_identical_rows(tmp_path: Path) -> None:
    """Two fresh desks with the same seed and day hold byte-identical rows, UUIDs included."""
    first = _snapshot(tmp_path / "a", seed=3)
    second = _snapshot(tmp_path / "b", seed=3)
    for table in schema.TABLES:
        assert first[table] == second[table], table


def test_another_seed_gives_another_desk(tmp_path: Path) -> None:
    """A different seed changes the data, not just the order."""
    first = _snapshot(tmp_path / "a", seed=3)
    other = _snapshot(tmp_path / "b", seed=4)
    assert first["meetings"] != other["meetings"]
    assert {r["uuid"] for r in first["pairs"]} != {r["uuid"] for r in other["pairs"]}


def test_refuses_a_desk_that_is_not_empty(built: tuple[Store, demo.DemoResult]) -> None:
    """A second run is refused with a message naming the folder, and writes nothing."""
    store, _ = built
    before = rows.counts(store)
    with pytest.raises(errors.RmdeskError, match="is not empty") as caught:
        demo.build_demo(store, today=TODAY)
    assert str(store.paths.root) in str(caught.value)
    assert "--data-dir" in str(caught.value)
    assert rows.counts(store) == before


@pytest.mark.parametrize("years", [0, 51, -1])
def test_rejects_years_out_of_range(store: Store, years: int) -> None:
    """Years outside 1..50 raise a ValidationError and leave the desk empty."""
    with pytest.raises(errors.ValidationError, match="1 to 50 years"):
        demo.build_demo(store, years=years, today=TODAY)
    assert rows.is_empty(store)


def test_all_three_visibilities_are_present(built: tuple[Store, demo.DemoResult]) -> None:
    """Private, pair and coordinator entries all exist, so filters and exports have work."""
    store, _ = built
    seen = {
        row["visibility"]
        for table in ("goals", "progress_updates", "reflections")
        for row in rows.all_rows(store, table)
    }
    assert seen == {"private", "pair", "coordinator"}
    reflections = [r["visibility"] for r in rows.all_rows(store, "reflections")]
    assert reflections.count("private") > len(reflections) / 2


def test_only_my_own_entries_are_private_or_for_the_coordinator(
    built: tuple[Store, demo.DemoResult],
) -> None:
    """The desk is the mentee's: the mentor's entries can only have arrived shared with the pair."""
    store, _ = built
    for table in FILLED:
        for row in rows.all_rows(store, table):
            if row["author_role"] == "mentor":
                assert row["visibility"] == "pair", (table, row["uuid"])


def test_both_learners_have_goals_with_history(built: tuple[Store, demo.DemoResult]) -> None:
    """Mentor and mentee both have goals; each goal's last status change is its status."""
    store, _ = built
    goals = rows.all_rows(store, "goals")
    assert {g["learner"] for g in goals} == {"mentor", "mentee"}
    main = [g for g in goals if g["pair_uuid"] == _main(store)]
    assert len(main) == 2 * 3 * 2
    changes = sorted(rows.all_rows(store, "goal_status_changes"), key=lambda c: c["changed_on"])
    last = {c["goal_uuid"]: c["status"] for c in changes}
    for goal in goals:
        assert last[goal["uuid"]] == goal["status"]
        assert (goal["achieved_on"] is not None) == (goal["status"] == "achieved")
        assert goal["target_date"] >= goal["start_date"]


def test_exactly_the_planned_meetings_lie_ahead(built: tuple[Store, demo.DemoResult]) -> None:
    """Two planned meetings are in the future, the next within the cadence; the past is settled."""
    store, result = built
    cadence = _pair_row(store, result.pair_uuid)["cadence_days"]
    meetings = [m for m in rows.all_rows(store, "meetings") if m["pair_uuid"] == result.pair_uuid]
    assert all(STARTS_AT.match(m["starts_at"]) for m in meetings)
    ahead = sorted(m["starts_at"] for m in meetings if m["starts_at"][:10] > TODAY.isoformat())
    planned = sorted(m["starts_at"] for m in meetings if m["status"] == "planned")
    assert ahead == planned
    assert len(planned) == 2
    assert date.fromisoformat(planned[0][:10]) <= TODAY + timedelta(days=cadence)
    past = [m for m in meetings if m["status"] != "planned"]
    assert {m["status"] for m in past} == {"held", "cancelled"}


def test_timestamps_come_from_the_simulated_calendar(built: tuple[Store, demo.DemoResult]) -> None:
    """created_at/updated_at are well formed, ordered, and never after the simulated today."""
    store, _ = built
    limit = (TODAY + timedelta(days=1)).isoformat()
    for table in FILLED:
        for row in rows.all_rows(store, table):
            assert STAMP.match(row["created_at"]) and STAMP.match(row["updated_at"]), table
            assert row["created_at"] <= row["updated_at"] < limit, (table, row["uuid"])


def test_ten_years_builds_a_long_history(tmp_path: Path) -> None:
    """A ten-year desk starts ten years back and scales its goals, topics and meetings."""
    with db.open_store(paths.DataPaths(tmp_path / "desk")) as store:
        result = demo.build_demo(store, years=10, seed=1, today=TODAY)
        pair = _pair_row(store, result.pair_uuid)
        first = min(m["starts_at"] for m in rows.all_rows(store, "meetings"))
    assert pair["start_date"] == "2015-06-01"
    assert datetime.fromisoformat(first[:10]).year == 2015
    extra_goals = sum(4 for _m, phase, *_ in demo_phases.PHASE_PAIRS if phase != "preparing")
    assert result.counts["goals"] == 60 + extra_goals
    assert result.counts["topics"] == 250
    assert 200 < result.counts["meetings"] < 400


def _pair_row(store: Store, uuid: str) -> dict:
    return next(row for row in rows.all_rows(store, "pairs") if row["uuid"] == uuid)


def _main(store: Store) -> str:
    """The main pair: the one the switcher shows first."""
    from rmdesk.services import pairs as pair_service

    return pair_service.PairService(store).list()[0].uuid


def test_reflections_read_like_a_real_journal(built: tuple[Store, demo.DemoResult]) -> None:
    """Across the demo's reflections no sentence repeats in more than a sixth of them, so
    screenshots and searches do not show the same few lines over and over."""
    from collections import Counter

    store, _result = built
    bodies = [row[0] for row in store.query("SELECT body FROM reflections")]
    assert len(bodies) >= 20
    sentences: Counter[str] = Counter()
    for body in bodies:
        found = set(re.findall(r"[A-Z][^.!?\n]{12,}[.!?]", body))
        sentences.update(found)
    most, times = sentences.most_common(1)[0]
    assert times <= max(2, len(bodies) // 6), (most, times, len(bodies))


def test_a_paused_and_an_early_ended_programme_exist(built: tuple[Store, demo.DemoResult]) -> None:
    """The demo shows a paused pair and one ended early (with its reason shared), and no
    meeting was held in either after it stopped."""
    store, _result = built
    paused = store.query("SELECT uuid, paused_on FROM pairs WHERE paused_on IS NOT NULL")
    ended = store.query(
        "SELECT uuid, ended_early_on, end_reason_visibility FROM pairs "
        "WHERE ended_early_on IS NOT NULL AND phase = 'closed'"
    )
    assert len(paused) == 1 and len(ended) == 1
    assert ended[0][2] == "coordinator"
    for uuid, stopped in (paused[0], ended[0][:2]):
        later = store.query(
            "SELECT count(*) FROM meetings WHERE pair_uuid = ? AND status = 'held' "
            "AND substr(starts_at, 1, 10) > ?",
            (uuid, stopped),
        )[0][0]
        assert later == 0


def test_pairs_took_the_self_assessment_at_start_mid_and_end(
    built: tuple[Store, demo.DemoResult],
) -> None:
    """The closing pair took the start and mid-point (its end is now due), the closed pair
    all three, each person's ratings never falling; the demo's owner shares only his own."""
    from rmdesk.services import self_assessment

    store, _ = built
    service = self_assessment.SelfAssessmentService(store)
    by_mentor = {row["mentor_name"]: row["uuid"] for row in rows.all_rows(store, "pairs")}
    taken = {
        name: {(a.author_role, a.occasion) for a in service.answers(uuid)}
        for name, uuid in by_mentor.items()
    }
    both = lambda *occasions: {(r, o) for r in ("mentor", "mentee") for o in occasions}  # noqa: E731
    assert taken["Aisha Rahman"] == both("start", "mid")
    assert taken["Jonas Weber"] == both("start", "mid", "end")
    assert service.due(by_mentor["Aisha Rahman"], "mentee", TODAY) == "end"
    for role in ("mentor", "mentee"):
        for step in service.journey(by_mentor["Jonas Weber"], role):
            assert step.start is not None and step.end is not None
            assert step.start <= (step.mid or step.start) <= step.end
    for answer in service.answers(by_mentor["Jonas Weber"]):
        assert answer.visibility == ("coordinator" if answer.author_role == "mentee" else "pair")


def test_a_commitment_is_due_and_another_was_reviewed(built: tuple[Store, demo.DemoResult]) -> None:
    """On the main pair one of Martin's commitments is due for a look back today (the
    Overview's reminder shows); on a closed programme one was already reviewed; the
    mentors' commitments came shared and never remind Martin."""
    from rmdesk.services import commitments

    store, result = built
    service = commitments.CommitmentService(store)
    due = service.due(result.pair_uuid, TODAY)
    assert [c.text for c in due] == [
        "Ask a junior colleague's view before I decide on a new tool for the team."
    ]
    every = rows.all_rows(store, "commitments")
    reviewed = [c for c in every if c["status"] == "reviewed"]
    assert len(reviewed) == 1 and reviewed[0]["review_note"]
    assert all(c["visibility"] == "pair" for c in every if c["owner"] == "mentor")


def test_a_programme_follows_a_template(built: tuple[Store, demo.DemoResult]) -> None:
    """The templated pair has the template's rhythm and end, and its first, mid-point and
    closing meetings carry the template's agendas."""
    from rmdesk.services import demo_commitments, programme_templates

    store, _result = built
    mentor, template_id, _starts_in = demo_commitments.TEMPLATE_PAIR
    chosen = programme_templates.template(template_id)
    [pair] = [p for p in rows.all_rows(store, "pairs") if p["mentor_name"] == mentor]
    assert (pair["cadence_days"], pair["meeting_minutes"]) == (
        chosen.cadence_days,
        chosen.meeting_minutes,
    )
    start = date.fromisoformat(pair["start_date"])
    assert pair["planned_end_date"] == (start + timedelta(days=chosen.length_days)).isoformat()
    meetings = sorted(
        (m for m in rows.all_rows(store, "meetings") if m["pair_uuid"] == pair["uuid"]),
        key=lambda m: m["starts_at"],
    )
    agendas = [
        tuple(
            item["title"]
            for item in sorted(
                (a for a in rows.all_rows(store, "agenda_items") if a["meeting_uuid"] == m["uuid"]),
                key=lambda a: a["position"],
            )
        )
        for m in meetings
    ]
    assert agendas == [chosen.first_agenda, chosen.midpoint_agenda, chosen.closing_agenda]
    assert "The mentor's safety at work" in pair["agreement"]
