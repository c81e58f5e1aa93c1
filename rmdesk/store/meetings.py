"""Meetings, their agenda items and action items."""

from __future__ import annotations

from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus
from rmdesk.store import records
from rmdesk.store.db import Store


def add(store: Store, meeting: models.Meeting) -> models.Meeting:
    return records.insert(store, meeting)


def add_agenda_item(store: Store, item: models.AgendaItem) -> models.AgendaItem:
    return records.insert(store, item)


def add_action_item(store: Store, item: models.ActionItem) -> models.ActionItem:
    return records.insert(store, item)


def link_goal(store: Store, link: models.MeetingGoal) -> models.MeetingGoal:
    return records.insert(store, link)


def next_planned(store: Store, pair_uuid: str, now_iso: str) -> models.Meeting | None:
    found = records.select(
        store,
        models.Meeting,
        "pair_uuid = ? AND status = ? AND starts_at >= ?",
        (pair_uuid, MeetingStatus.PLANNED.value, now_iso),
        order="starts_at LIMIT 1",
    )
    return found[0] if found else None


def last_held_start(store: Store, pair_uuid: str) -> str | None:
    row = store.conn.execute(
        "SELECT max(starts_at) FROM meetings WHERE pair_uuid = ? AND status = ?",
        (pair_uuid, MeetingStatus.HELD.value),
    ).fetchone()
    return row[0]


def count_by_status(store: Store, pair_uuid: str) -> dict[str, int]:
    rows = store.query(
        "SELECT status, count(*) FROM meetings WHERE pair_uuid = ? GROUP BY status", (pair_uuid,)
    )
    return {row[0]: row[1] for row in rows}


def count_open_actions(store: Store, pair_uuid: str) -> int:
    row = store.conn.execute(
        "SELECT count(*) FROM action_items WHERE pair_uuid = ? AND done_on IS NULL", (pair_uuid,)
    ).fetchone()
    return int(row[0])
