"""What the Overview page shows: the pair at a glance."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from rmdesk.domain import models
from rmdesk.store import goals, meetings, pairs, reflections, topics
from rmdesk.store.db import Store

STARTS_AT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def parse_starts_at(value: str) -> datetime:
    # fromisoformat reads the trailing Z since 3.11, and avoids importing _strptime.
    return datetime.fromisoformat(value).astimezone(UTC)


class OverviewService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def snapshot(self, pair_uuid: str, now: datetime | None = None) -> models.OverviewSnapshot:
        """A handful of indexed queries: cheap even on a ten-year desk."""
        now = now or datetime.now(UTC)
        pair = pairs.get(self._store, pair_uuid)
        last = meetings.last_held_start(self._store, pair_uuid)
        days_since = (now - parse_starts_at(last)).days if last else None
        next_meeting = meetings.next_planned(self._store, pair_uuid, now.strftime(STARTS_AT_FORMAT))
        return models.OverviewSnapshot(
            pair=pair,
            next_meeting=next_meeting,
            suggested_next_on=(
                None if next_meeting else suggest_next(pair, last, now.date()).isoformat()
            ),
            last_held_on=last,
            days_since_last=days_since,
            goals_by_status=goals.count_by_status(self._store, pair_uuid),
            meetings_by_status=meetings.count_by_status(self._store, pair_uuid),
            open_actions=meetings.count_open_actions(self._store, pair_uuid),
            topics=topics.count(self._store, pair_uuid),
            reflections=reflections.count(self._store, pair_uuid),
        )


def suggest_next(pair: models.Pair, last_held: str | None, today: date) -> date:
    """One cadence after the last held meeting (or the start), but never in the past."""
    base = parse_starts_at(last_held).date() if last_held else date.fromisoformat(pair.start_date)
    return max(base + timedelta(days=pair.cadence_days), today)
