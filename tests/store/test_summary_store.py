"""The summary's queries: by construction, no text of a private or pair row is ever read."""

from __future__ import annotations

import inspect
import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from rmdesk.domain import models
from rmdesk.services import summary
from rmdesk.store import records, schema
from rmdesk.store import summary as queries
from rmdesk.store.db import Store
from tests.services.test_summary import (
    NOW,
    SHOWN_WHEN_SHARED,
    TEXT_FIELDS,
    fresh_store,
    marked_desks,
    small_desk,
)

# Every query, called the way the service calls it.
QUERIES = {
    "pair_header": lambda store, pair, bounds: queries.pair_header(store, pair),
    "meeting_counts": queries.meeting_counts,
    "last_held_start": queries.last_held_start,
    "shared_meeting_notes": queries.shared_meeting_notes,
    "shared_goals": queries.shared_goals,
    "milestone_states": lambda store, pair, bounds: queries.milestone_states(store, pair),
    "shared_milestones": lambda store, pair, bounds: queries.shared_milestones(store, pair),
    "shared_updates": lambda store, pair, bounds: queries.shared_updates(store, pair),
    "status_changes": lambda store, pair, bounds: queries.status_changes(store, pair),
    "covered_topic_count": queries.covered_topic_count,
    "shared_covered_topics": queries.shared_covered_topics,
    "action_counts": queries.action_counts,
    "pulse_ratings": queries.pulse_ratings,
    "shared_reflections": queries.shared_reflections,
    "shared_self_assessments": lambda store, pair, bounds: queries.shared_self_assessments(
        store, pair, bounds.date_to
    ),
}
# Text a summary may show, each only from a row marked `coordinator`.
SHOWN = {
    (schema.TABLE_OF[cls], column)
    for cls, columns in SHOWN_WHEN_SHARED.items()
    for column in columns
}
# Text a summary never needs: the queries must not even read these columns.
NEVER_READ = {
    (schema.TABLE_OF[cls], column) for cls, columns in TEXT_FIELDS.items() for column in columns
} - SHOWN
STAMP = st.datetimes(datetime(1990, 1, 1), datetime(2040, 12, 31)).map(
    lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
)
DAY = st.dates(date(1990, 1, 1), date(2040, 12, 31)).map(date.isoformat)


def test_every_query_is_checked() -> None:
    """Each public function of rmdesk.store.summary is in the privacy test's list."""
    public = {
        name
        for name, value in vars(queries).items()
        if inspect.isfunction(value) and value.__module__ == queries.__name__
        if not name.startswith("_")
    }
    assert public == set(QUERIES)


@given(marked_desks(), st.data())
def test_no_query_returns_private_text(desk: list[models.Record], data: st.DataObject) -> None:
    """Whatever the period, no query's result holds any text of a private or pair row."""
    with fresh_store(desk) as store:
        for pair in [r for r in desk if isinstance(r, models.Pair)]:
            bounds = queries.Bounds(
                data.draw(st.none() | DAY),
                data.draw(st.none() | DAY),
                data.draw(st.none() | STAMP),
                data.draw(st.none() | STAMP),
            )
            for name, query in QUERIES.items():
                found = repr(query(store, pair.uuid, bounds))
                assert "PRIVATE-" not in found, name
                assert "UNSHOWN-" not in found, name


class _Recorder:
    """Stands in for the store's connection: notes each statement and the columns it reads."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.reads: list[tuple[str, set[tuple[str, str]]]] = []
        conn.set_authorizer(self._authorize)

    def _authorize(self, action: int, table: Any, column: Any, *_: Any) -> int:
        if action == sqlite3.SQLITE_READ and self.reads:
            self.reads[-1][1].add((table, column))
        return sqlite3.SQLITE_OK

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.reads.append((sql, set()))
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _recorded(store: Store, options: summary.SummaryOptions) -> list[tuple[str, set]]:
    pair_uuid = store.conn.execute("SELECT uuid FROM pairs").fetchone()[0]
    real = store.conn
    recorder = _Recorder(real)
    store.conn = recorder  # type: ignore[assignment]
    try:
        summary.build(store, pair_uuid, options, NOW)
        summary.shareable_entries(store, pair_uuid, options, NOW)
    finally:
        store.conn = real
        real.set_authorizer(None)
    return recorder.reads


def test_text_is_read_only_from_shared_rows(store: Store) -> None:
    """Statements that read a shown text column filter on `coordinator`; the rest never read
    a text column at all (focus areas, agreement, notes of updates and pulses, places…)."""
    with store.atomic():
        for record in small_desk().values():
            records.insert(store, record)
    for options in (
        summary.SummaryOptions(),
        summary.SummaryOptions(date(2025, 1, 1), date(2025, 1, 31), initials_only=True),
    ):
        reads = _recorded(store, options)
        assert reads
        for sql, columns in reads:
            assert not columns & NEVER_READ, (sql, columns & NEVER_READ)
            if columns & SHOWN:
                assert "visibility = 'coordinator'" in sql, sql


def test_bounds_filter_dates_and_instants() -> None:
    """Open sides add no condition; closed ones are inclusive dates and half-open instants."""
    params: dict[str, Any] = {}
    assert queries.Bounds().dates("x", params) == "1" and params == {}
    assert queries.Bounds().instants("x", params) == "1" and queries.Bounds().open
    bounds = queries.Bounds("2025-01-01", "2025-01-31", "a", "b")
    assert bounds.dates("d", params) == "d >= :date_from AND d <= :date_to"
    assert bounds.instants("t", params) == "t >= :since AND t < :before"
    assert bounds.instants_before("c", params) == "c < :before"
    assert params == {
        "date_from": "2025-01-01",
        "date_to": "2025-01-31",
        "since": "a",
        "before": "b",
    }


def test_a_milestone_shared_under_an_unshared_goal_stays_out(store: Store) -> None:
    """A shared child of a private goal is neither named nor counted."""
    pair = records.insert(
        store, models.Pair(mentor_name="A", mentee_name="B", start_date="2025-01-01")
    )
    goal = records.insert(store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title="g"))
    records.insert(
        store, models.Milestone(goal_uuid=goal.uuid, title="shared", visibility="coordinator")
    )
    records.insert(
        store,
        models.ProgressUpdate(
            goal_uuid=goal.uuid, on_date="2025-01-02", percent=5, visibility="coordinator"
        ),
    )
    assert queries.shared_milestones(store, pair.uuid) == []
    assert queries.milestone_states(store, pair.uuid) == []
    assert queries.shared_updates(store, pair.uuid) == []
    assert queries.shared_goals(store, pair.uuid, queries.Bounds()) == []


def test_meeting_bounds_are_utc_instants(store: Store) -> None:
    """Meeting starts compare as text with `created_at`-style bounds, the end exclusive."""
    pair = records.insert(
        store, models.Pair(mentor_name="A", mentee_name="B", start_date="2025-01-01")
    )
    for start in ("2025-01-31T22:59:59Z", "2025-01-31T23:00:00Z"):
        records.insert(store, models.Meeting(pair_uuid=pair.uuid, starts_at=start, status="held"))
    since = datetime(2025, 1, 1, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    before = "2025-01-31T23:00:00.000000Z"  # midnight in Berlin
    bounds = queries.Bounds("2025-01-01", "2025-01-31", since, before)
    assert queries.meeting_counts(store, pair.uuid, bounds) == {"held": 1}
    assert queries.last_held_start(store, pair.uuid, bounds) == "2025-01-31T22:59:59Z"
