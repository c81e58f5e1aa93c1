"""Goals: the progress rule, ordering, validation, status history, exact undo of everything."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import goals, pairs
from rmdesk.store import db, meetings, records, topics
from tests.services.checks import assert_exact_undo, assert_refused

TODAY = date(2026, 3, 1)


@pytest.fixture
def service(store: db.Store) -> goals.GoalService:
    return goals.GoalService(store)


@pytest.fixture
def pair(store: db.Store) -> models.Pair:
    return pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    )


def _goal(service: goals.GoalService, pair: models.Pair, **fields) -> models.Goal:  # noqa: ANN003
    draft = goals.GoalDraft(title="Use AI assistants at work", **fields)
    goal, _ = service.create(pair.uuid, draft, "mentee", TODAY)
    return goal


@given(
    st.lists(st.booleans(), max_size=8),
    st.lists(st.tuples(st.dates(), st.integers(0, 100)), max_size=6),
)
def test_progress_rule(done_flags: list[bool], updates: list[tuple[date, int]]) -> None:
    """Milestones decide when there are any, else the latest update, else zero."""
    milestones = [
        models.Milestone(goal_uuid="g", title="m", done_on="2026-01-01" if done else None)
        for done in done_flags
    ]
    entries = [
        models.ProgressUpdate(
            goal_uuid="g",
            on_date=day.isoformat(),
            percent=pct,
            created_at=f"2026-01-01T00:00:{i:02}Z",
        )
        for i, (day, pct) in enumerate(updates)
    ]
    result = goals.progress_of(milestones, entries)
    if milestones:
        assert result.percent == 100 * sum(done_flags) // len(done_flags)
        assert "milestones" in result.rule
    elif entries:
        latest = max(entries, key=lambda u: (u.on_date, u.created_at))
        assert result.percent == latest.percent
        assert latest.on_date in result.rule
    else:
        assert result.percent == 0
    assert 0 <= result.percent <= 100


def test_sql_progress_matches_the_rule(service: goals.GoalService, pair: models.Pair) -> None:
    """The list's SQL progress and the Python rule agree."""
    with_milestones = _goal(service, pair, milestones=["a", "b", "c"])
    first = service.milestones(with_milestones.uuid)[0]
    service.set_milestone_done(first.uuid, True, TODAY)
    with_updates = _goal(service, pair)
    service.add_update(with_updates.uuid, "2026-02-01", 30, "")
    service.add_update(with_updates.uuid, "2026-02-20", 55, "")
    service.add_update(with_updates.uuid, "2026-02-10", 90, "older, entered later")
    empty = _goal(service, pair)
    rows = {r.uuid: r for r in service.page(pair.uuid, 0, 10)}
    for goal in (with_milestones, with_updates, empty):
        assert rows[goal.uuid].progress == service.progress(goal.uuid).percent
    assert rows[with_milestones.uuid].progress == 33
    assert rows[with_updates.uuid].progress == 55
    assert (
        rows[with_milestones.uuid].milestones_done,
        rows[with_milestones.uuid].milestones_total,
    ) == (1, 3)


@given(
    st.lists(
        st.tuples(st.none() | st.dates(min_value=date(1900, 1, 1)), st.integers(0, 100)),
        min_size=1,
        max_size=12,
    )
)
def test_ordering_by_target_and_progress(specs: list[tuple[date | None, int]]) -> None:
    """By target: undated goals last; by progress: highest first; paging covers every goal."""
    import tempfile
    from pathlib import Path

    from rmdesk import paths

    with (
        tempfile.TemporaryDirectory() as folder,
        db.open_store(paths.DataPaths(Path(folder))) as store,
    ):
        service = goals.GoalService(store)
        pair = pairs.PairService(store).create(
            pairs.PairDraft(mentor_name="A", mentee_name="B", start_date="1900-01-01")
        )
        for index, (target, pct) in enumerate(specs):
            goal, _ = service.create(
                pair.uuid,
                goals.GoalDraft(
                    title=f"g{index}",
                    start_date="1900-01-01",
                    target_date=target and target.isoformat(),
                ),
                "mentor",
                TODAY,
            )
            service.add_update(goal.uuid, "2026-01-01", pct, "")
        by_target = [r.target_date for r in service.page(pair.uuid, 0, 100, sort="target")]
        dated = [t for t in by_target if t]
        assert dated == sorted(dated) and by_target[: len(dated)] == dated
        by_progress = [r.progress for r in service.page(pair.uuid, 0, 100, sort="progress")]
        assert by_progress == sorted(by_progress, reverse=True)
        paged = [
            r.uuid for offset in range(0, len(specs), 5) for r in service.page(pair.uuid, offset, 5)
        ]
        assert sorted(paged) == sorted(r.uuid for r in service.page(pair.uuid, 0, 100))
        assert len(set(paged)) == len(specs)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "   "}, "title", "title"),
        ({"target_date": "2025-01-01"}, "target_date", "before the start"),
        (
            {"start_date": "2027-01-01", "target_date": "2026-06-01"},
            "target_date",
            "before the start",
        ),
        ({"target_date": "next week"}, "target_date", "date like"),
        ({"learner": "boss"}, "learner", "whose goal"),
        ({"visibility": "world"}, "visibility", "who may see"),
    ],
)
def test_bad_input_is_refused_with_the_field(
    store: db.Store,
    service: goals.GoalService,
    pair: models.Pair,
    changes: dict,
    field: str,
    message: str,
) -> None:
    """Each rule names the field; nothing is saved when it fails."""
    goal = _goal(service, pair, start_date="2026-01-05")
    assert_refused(store, lambda: service.update(goal.uuid, **changes), field, message)


def test_percent_outside_range_is_refused(service: goals.GoalService, pair: models.Pair) -> None:
    """A progress update of 101% gets a message and is not saved."""
    goal = _goal(service, pair)
    with pytest.raises(errors.ValidationError, match="0 to 100"):
        service.add_update(goal.uuid, "2026-02-01", 101, "")
    assert service.updates(goal.uuid) == []


def test_status_changes_keep_history_and_achieved_date(
    service: goals.GoalService, pair: models.Pair
) -> None:
    """Every status change is recorded; 'achieved' records its date, leaving it clears it."""
    goal = _goal(service, pair)
    service.set_status(goal.uuid, "paused", date(2026, 3, 5))
    service.set_status(goal.uuid, "achieved", date(2026, 4, 1))
    assert service.get(goal.uuid).achieved_on == "2026-04-01"
    assert [h.status for h in service.status_history(goal.uuid)] == ["active", "paused", "achieved"]
    service.set_status(goal.uuid, "active", date(2026, 4, 2))
    assert service.get(goal.uuid).achieved_on is None
    assert service.set_status(goal.uuid, "active", date(2026, 4, 3)).empty


def _operations(service: goals.GoalService, store: db.Store, pair: models.Pair) -> dict:
    goal = _goal(service, pair, milestones=["one", "two", "three"], start_date="2026-01-05")
    service.add_update(goal.uuid, "2026-02-01", 20, "first")
    first, second, third = service.milestones(goal.uuid)
    update = service.updates(goal.uuid)[0]
    meeting = meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-01T09:00:00Z")
    )
    meetings.link_goal(store, models.MeetingGoal(meeting_uuid=meeting.uuid, goal_uuid=goal.uuid))
    topics.add(store, models.Topic(pair_uuid=pair.uuid, title="Prompting", goal_uuid=goal.uuid))
    return {
        "create": lambda: service.create(
            pair.uuid, goals.GoalDraft(title="New", milestones=["x"]), "mentor", TODAY
        )[1],
        "edit title": lambda: service.update(goal.uuid, title="Renamed"),
        "edit several": lambda: service.update(goal.uuid, why="Because", target_date="2026-09-01"),
        "status achieved": lambda: service.set_status(goal.uuid, "achieved", TODAY),
        "delete goal": lambda: service.delete(goal.uuid),
        "add milestone": lambda: service.add_milestone(goal.uuid, "four"),
        "tick milestone": lambda: service.set_milestone_done(second.uuid, True, TODAY),
        "rename milestone": lambda: service.rename_milestone(first.uuid, "uno"),
        "move milestone": lambda: service.move_milestone(third.uuid, 0),
        "delete milestone": lambda: service.delete_milestone(second.uuid),
        "add update": lambda: service.add_update(goal.uuid, "2026-02-15", 45, "more"),
        "delete update": lambda: service.delete_update(update.uuid),
    }


@pytest.mark.parametrize(
    "name",
    [
        "create",
        "edit title",
        "edit several",
        "status achieved",
        "delete goal",
        "add milestone",
        "tick milestone",
        "rename milestone",
        "move milestone",
        "delete milestone",
        "add update",
        "delete update",
    ],
)
def test_undo_returns_the_exact_earlier_state(
    store: db.Store, service: goals.GoalService, pair: models.Pair, name: str
) -> None:
    """Undo of every operation restores every row exactly; redo restores the result exactly."""
    operation = _operations(service, store, pair)[name]
    assert_exact_undo(store, service.apply, operation)


def test_deleting_a_goal_clears_links_and_undo_restores_them(
    store: db.Store, service: goals.GoalService, pair: models.Pair
) -> None:
    """Topics pointing at a deleted goal lose the link; undo brings the link back."""
    goal = _goal(service, pair)
    topic = topics.add(
        store, models.Topic(pair_uuid=pair.uuid, title="Prompting", goal_uuid=goal.uuid)
    )
    assert [item.kind for item in service.linked(goal.uuid)] == ["topic"]
    change = service.delete(goal.uuid)
    assert records.get(store, models.Topic, topic.uuid).goal_uuid is None
    service.apply(change, forward=False)
    assert records.get(store, models.Topic, topic.uuid).goal_uuid == goal.uuid


def test_history_follows_the_rule(service: goals.GoalService, pair: models.Pair) -> None:
    """With milestones the chart steps up at each done date; without, it plots updates."""
    goal = _goal(service, pair, milestones=["a", "b"], start_date="2026-01-05")
    a, b = service.milestones(goal.uuid)
    service.set_milestone_done(a.uuid, True, date(2026, 2, 1))
    service.set_milestone_done(b.uuid, True, date(2026, 3, 1))
    points, ticks = service.history(goal.uuid)
    assert points == [("2026-01-05", 0), ("2026-02-01", 50), ("2026-03-01", 100)]
    assert ticks == [("2026-02-01", "a"), ("2026-03-01", "b")]
    plain = _goal(service, pair)
    service.add_update(plain.uuid, "2026-02-01", 10, "")
    assert service.history(plain.uuid) == ([("2026-02-01", 10)], [])


def test_titles_match_the_title_sorted_page(
    store: db.Store, service: goals.GoalService, pair: models.Pair
) -> None:
    """The goal picker's cheap query lists what page(sort="title") lists, in the same order."""
    other = pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="Ana", mentee_name="Ben", start_date="2026-01-05")
    )
    for owner, title in [(pair, "beta"), (pair, "Alpha"), (pair, "gamma"), (other, "Other")]:
        service.create(owner.uuid, goals.GoalDraft(title=title), "mentee", TODAY)
    listed = service.page(pair.uuid, 0, 500, statuses=None, sort="title")
    assert [row.title for row in listed] == ["Alpha", "beta", "gamma"]
    assert service.titles(pair.uuid) == [(row.uuid, row.title) for row in listed]
    assert service.titles(pair.uuid, limit=2) == [(row.uuid, row.title) for row in listed[:2]]
