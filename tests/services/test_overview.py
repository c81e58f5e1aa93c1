"""The Overview snapshot: next meeting, days since the last, counts, a suggested date."""

from __future__ import annotations

from datetime import UTC, datetime

from rmdesk.domain import models
from rmdesk.services import overview, pairs
from rmdesk.store import db, goals, meetings


def test_snapshot_counts_and_dates(store: db.Store) -> None:
    """Counts by status, the next planned meeting after now, and days since the last held."""
    pair = pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    )
    now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    for starts, status in [
        ("2026-02-01T09:00:00Z", "held"),
        ("2026-02-20T09:00:00Z", "held"),
        ("2026-02-25T09:00:00Z", "cancelled"),
        ("2026-02-28T09:00:00Z", "planned"),  # planned but already past: not "next"
        ("2026-03-10T09:00:00Z", "planned"),
        ("2026-03-05T09:00:00Z", "planned"),
    ]:
        meetings.add(store, models.Meeting(pair_uuid=pair.uuid, starts_at=starts, status=status))
    goals.add(store, models.Goal(pair_uuid=pair.uuid, learner="mentee", title="A"))
    goals.add(
        store, models.Goal(pair_uuid=pair.uuid, learner="mentor", title="B", status="achieved")
    )
    meetings.add_action_item(
        store, models.ActionItem(pair_uuid=pair.uuid, text="Try it", owner="mentee")
    )
    meetings.add_action_item(
        store,
        models.ActionItem(pair_uuid=pair.uuid, text="Done", owner="mentor", done_on="2026-02-02"),
    )
    snap = overview.OverviewService(store).snapshot(pair.uuid, now)
    assert snap.next_meeting is not None and snap.next_meeting.starts_at == "2026-03-05T09:00:00Z"
    assert snap.suggested_next_on is None
    assert snap.days_since_last == 9
    assert snap.goals_by_status == {"active": 1, "achieved": 1}
    assert snap.meetings_by_status == {"held": 2, "cancelled": 1, "planned": 3}
    assert snap.open_actions == 1


def test_suggestion_matches_the_meetings_page(store: db.Store) -> None:
    """With nothing planned, Overview suggests the date the Meetings page would plan."""
    from rmdesk.services import meetings as meeting_service

    pair = pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="A", mentee_name="B", start_date="2026-01-01", cadence_days=14)
    )
    now = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)
    meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at="2026-02-01T09:00:00Z", status="held")
    )
    snap = overview.OverviewService(store).snapshot(pair.uuid, now)
    expected = meeting_service.MeetingService(store).suggest_next_start(pair.uuid, now)
    assert snap.suggested_next_on == expected.date().isoformat()
