"""Meeting and topic queries: index use on a ten-year desk, and the small rules they encode."""

from __future__ import annotations

from datetime import date

import pytest

from rmdesk.domain import models
from rmdesk.services import demo
from rmdesk.store import db, meetings, pairs, topics

NOW = "2026-11-01T00:00:00Z"


def _plan(store: db.Store, sql: str, params: dict) -> list[str]:
    return [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


@pytest.fixture
def ten_years(store: db.Store) -> str:
    """A ten-year demo desk; returns its pair's uuid."""
    return demo.build_demo(store, years=10, today=date(2026, 11, 1)).pair_uuid


def test_timeline_queries_walk_an_index_in_order(store: db.Store, ten_years: str) -> None:
    """Both timeline segments read meetings through a pair index in the order they are shown:
    no table scan and no sort of the pair's whole history, with or without a status filter."""
    queries = {
        "upcoming": meetings.upcoming_sql(ten_years, NOW, 0, 50),
        "rest": meetings.rest_sql(ten_years, NOW, 200, 50),
        "rest held": meetings.rest_sql(ten_years, NOW, 0, 50, ["held", "cancelled"]),
    }
    for name, (sql, params) in queries.items():
        plan = _plan(store, sql, params)
        assert any(p.startswith("SEARCH m USING INDEX meetings_pair") for p in plan), (name, plan)
        assert not [p for p in plan if p.startswith("SCAN")], (name, plan)
        assert not [p for p in plan if "TEMP B-TREE" in p], (name, plan)


def test_topic_page_query_uses_the_pair_index(store: db.Store, ten_years: str) -> None:
    """The topic page finds its rows through topics_pair (then sorts only that pair's rows)."""
    for args in [(), (["idea", "prepared"],), (None, "dashboard"), (["parked"], "AI", "title")]:
        sql, params = topics.page_sql(ten_years, 100, 50, *args)
        plan = _plan(store, sql, params)
        assert any("SEARCH t USING INDEX topics_pair" in p for p in plan), (args, plan)
        assert not [p for p in plan if p.startswith("SCAN")], (args, plan)


def test_ten_year_timeline_pages_are_complete(store: db.Store, ten_years: str) -> None:
    """Paging through ten years of meetings returns each of them once."""
    total = meetings.count(store, ten_years)
    seen = [
        row.uuid
        for offset in range(0, total, 64)
        for row in meetings.page(store, ten_years, NOW, offset, 64)
    ]
    assert len(seen) == len(set(seen)) == total > 200


def _pair(store: db.Store) -> models.Pair:
    return pairs.add(
        store, models.Pair(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    )


def test_carried_original_is_not_counted_as_open(store: db.Store) -> None:
    """An open action that a later copy took over counts once, as the copy."""
    pair = _pair(store)
    first = meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-01T09:00:00Z")
    )
    second = meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-15T09:00:00Z")
    )
    original = meetings.add_action_item(
        store,
        models.ActionItem(pair_uuid=pair.uuid, text="Try", owner="mentee", meeting_uuid=first.uuid),
    )
    meetings.add_action_item(
        store,
        models.ActionItem(
            pair_uuid=pair.uuid,
            text="Try",
            owner="mentee",
            meeting_uuid=second.uuid,
            carried_from_uuid=original.uuid,
        ),
    )
    assert meetings.count_open_actions(store, pair.uuid) == 1
    assert [a.meeting_uuid for a in meetings.open_actions(store, pair.uuid)] == [second.uuid]
    assert meetings.carried_onward(store, first.uuid) == {original.uuid: second.uuid}


def test_set_notes_reports_whether_it_wrote(store: db.Store) -> None:
    """The autosave write is skipped (and says so) when the notes are unchanged."""
    pair = _pair(store)
    meeting = meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-01T09:00:00Z")
    )
    assert meetings.set_notes(store, meeting.uuid, "Hello") is True
    assert meetings.set_notes(store, meeting.uuid, "Hello") is False
    assert meetings.get(store, meeting.uuid).notes == "Hello"


def test_index_of_a_filtered_out_meeting_is_none(store: db.Store) -> None:
    """A meeting hidden by the status filter (or of another pair) has no row."""
    pair = _pair(store)
    meeting = meetings.add(
        store,
        models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-01T09:00:00Z", status="held"),
    )
    assert meetings.index_of(store, pair.uuid, meeting.uuid, NOW) == 0
    assert meetings.index_of(store, pair.uuid, meeting.uuid, NOW, ["planned"]) is None
    assert meetings.index_of(store, "another pair", meeting.uuid, NOW) is None


def test_like_pattern_takes_wildcards_literally(store: db.Store) -> None:
    """Searching for 50% or a_b matches those characters, not any character."""
    pair = _pair(store)
    for title in ("50% rule", "500 rule", "a_b", "axb"):
        topics.add(store, models.Topic(pair_uuid=pair.uuid, title=title))
    assert [r.title for r in topics.page(store, pair.uuid, 0, 9, search="50%")] == ["50% rule"]
    assert [r.title for r in topics.page(store, pair.uuid, 0, 9, search="A_B")] == ["a_b"]
    assert topics.count(store, pair.uuid, search="rule") == 2
    assert topics.count(store, pair.uuid) == 4
