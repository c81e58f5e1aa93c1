"""The start-up reminder: the next meeting and how soon, or the cadence's suggestion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rmdesk.services import meetings, pairs
from rmdesk.store.db import Store

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def service(store: Store) -> meetings.MeetingService:
    return meetings.MeetingService(store, tz=UTC)


@pytest.fixture
def pair(store: Store):  # noqa: ANN201
    return pairs.PairService(store).create(
        pairs.PairDraft(
            mentor_name="Priya Raman",
            mentee_name="Martin Keller",
            start_date="2026-01-05",
            me_role="mentee",
        )
    )


@pytest.mark.parametrize(
    ("days", "soon"),
    [(0, "today"), (1, "tomorrow"), (6, "in 6 days"), (21, "in 3 weeks")],
)
def test_next_planned_and_how_soon(service, pair, days: int, soon: str) -> None:  # noqa: ANN001
    """The reminder names the other person, the day, the time and how soon."""
    service.plan(pair.uuid, NOW + timedelta(days=days, hours=2), 45)
    text = service.reminder(pair.uuid, NOW)
    assert text.startswith("Next meeting with Priya Raman:")
    assert "10:00" in text and f"({soon})" in text


def test_nothing_planned_suggests_by_cadence(service, pair) -> None:  # noqa: ANN001
    """With no meeting planned it says so and offers the cadence's day."""
    text = service.reminder(pair.uuid, NOW)
    assert "No meeting with Priya Raman is planned" in text and "Ctrl+Shift+N" in text


def test_archived_pair_has_no_reminder(service, pair, store) -> None:  # noqa: ANN001
    """An archived pair is finished: no reminder."""
    pairs.PairService(store).set_archived(pair.uuid, True)
    assert service.reminder(pair.uuid, NOW) == ""
