"""What the Overview page shows: the pair at a glance."""

from __future__ import annotations

from datetime import UTC, datetime

from rmdesk.domain import models
from rmdesk.services import times
from rmdesk.store import goals, meetings, pairs, reflections, topics
from rmdesk.store.db import Store


class OverviewService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _suggest(self, pair_uuid: str, now: datetime) -> str:
        """The same suggestion the Meetings page makes (one rule, one place)."""
        from rmdesk.services import meetings  # only needed when nothing is planned

        return (
            meetings.MeetingService(self._store)
            .suggest_next_start(pair_uuid, now)
            .date()
            .isoformat()
        )

    def snapshot(self, pair_uuid: str, now: datetime | None = None) -> models.OverviewSnapshot:
        """A handful of indexed queries: cheap even on a ten-year desk."""
        now = now or datetime.now(UTC)
        pair = pairs.get(self._store, pair_uuid)
        last = meetings.last_held_start(self._store, pair_uuid)
        days_since = (now - times.parse_starts_at(last)).days if last else None
        next_meeting = meetings.next_planned(
            self._store, pair_uuid, now.strftime(times.STARTS_AT_FORMAT)
        )
        return models.OverviewSnapshot(
            pair=pair,
            next_meeting=next_meeting,
            suggested_next_on=None if next_meeting else self._suggest(pair_uuid, now),
            last_held_on=last,
            days_since_last=days_since,
            goals_by_status=goals.count_by_status(self._store, pair_uuid),
            meetings_by_status=meetings.count_by_status(self._store, pair_uuid),
            open_actions=meetings.count_open_actions(self._store, pair_uuid),
            topics=topics.count(self._store, pair_uuid),
            reflections=reflections.count(self._store, pair_uuid),
        )
