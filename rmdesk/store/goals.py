"""Goals, their milestones, progress updates and status history."""

from __future__ import annotations

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store


def add(store: Store, goal: models.Goal) -> models.Goal:
    return records.insert(store, goal)


def add_milestone(store: Store, milestone: models.Milestone) -> models.Milestone:
    return records.insert(store, milestone)


def add_update(store: Store, update: models.ProgressUpdate) -> models.ProgressUpdate:
    return records.insert(store, update)


def add_status_change(store: Store, change: models.GoalStatusChange) -> models.GoalStatusChange:
    return records.insert(store, change)


def for_pair(store: Store, pair_uuid: str) -> list[models.Goal]:
    return records.select(
        store, models.Goal, "pair_uuid = ?", (pair_uuid,), order="learner, position, created_at"
    )


def count_by_status(store: Store, pair_uuid: str) -> dict[str, int]:
    rows = store.query(
        "SELECT status, count(*) FROM goals WHERE pair_uuid = ? GROUP BY status", (pair_uuid,)
    )
    return {row[0]: row[1] for row in rows}
