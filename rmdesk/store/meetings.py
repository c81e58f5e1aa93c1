"""Meetings, their agenda items and action items.

The timeline is read in two index-ordered segments (upcoming planned meetings soonest first,
then everything else newest first) so that a page never sorts the whole history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmdesk.domain import models
from rmdesk.domain.enums import MeetingStatus
from rmdesk.store import records
from rmdesk.store.db import Store

PLANNED = MeetingStatus.PLANNED.value
HELD = MeetingStatus.HELD.value

# Action items that a later copy has taken over (carry-over keeps the original for history).
# Not correlated with the outer row, so SQLite builds the list once per statement, from the
# pair's index, instead of scanning action_items for every row.
_CARRIED_ACTIONS = (
    "SELECT c.carried_from_uuid FROM action_items c "
    "WHERE c.pair_uuid = :pair AND c.carried_from_uuid IS NOT NULL"
)

# Light columns for the timeline: counts come from per-meeting indexes, and length() of the
# notes reads only the record header, never the (possibly long) text itself.
_ROW_COLUMNS = f"""
    m.uuid, m.starts_at, m.duration_minutes, m.status, m.format, m.place, m.visibility,
    (SELECT count(*) FROM agenda_items a WHERE a.meeting_uuid = m.uuid) AS agenda_count,
    (SELECT count(*) FROM action_items x
      WHERE x.meeting_uuid = m.uuid AND x.done_on IS NULL
        AND x.uuid NOT IN ({_CARRIED_ACTIONS})) AS open_actions,
    length(m.notes) > 0 AS has_notes,
    (SELECT count(*) FROM agenda_items a
      WHERE a.meeting_uuid = m.uuid AND a.carried_from_uuid IS NOT NULL)
    + (SELECT count(*) FROM action_items x
      WHERE x.meeting_uuid = m.uuid AND x.carried_from_uuid IS NOT NULL) AS carried_over_count
"""

_UPCOMING = "m.pair_uuid = :pair AND m.status = 'planned' AND m.starts_at >= :now"
_REST = "m.pair_uuid = :pair AND NOT (m.status = 'planned' AND m.starts_at >= :now)"


@dataclass(frozen=True)
class MeetingRow:
    """One line of the timeline, computed without loading notes."""

    uuid: str
    starts_at: str
    duration: int
    status: str
    format: str
    place: str
    visibility: str
    agenda_count: int
    open_actions: int
    has_notes: bool
    carried_over_count: int


def _row(row: Any) -> MeetingRow:
    values = list(row)
    values[9] = bool(values[9])
    return MeetingRow(*values)


def _statuses(statuses: list[str] | None, params: dict[str, Any]) -> str:
    if statuses is None:
        return ""
    for index, status in enumerate(statuses):
        params[f"s{index}"] = status
    marks = ", ".join(f":s{index}" for index in range(len(statuses)))
    return f" AND m.status IN ({marks})"


# --- meetings -------------------------------------------------------------------------------


def add(store: Store, meeting: models.Meeting) -> models.Meeting:
    return records.insert(store, meeting)


def get(store: Store, uuid: str) -> models.Meeting:
    return records.get(store, models.Meeting, uuid)


def update(store: Store, meeting: models.Meeting, **changes: Any) -> models.Meeting:
    return records.update(store, meeting, **changes)


def delete(store: Store, uuid: str) -> None:
    records.delete(store, models.Meeting, uuid)


def set_notes(store: Store, uuid: str, notes: str) -> bool:
    """Write only the notes (autosave); False when they were already so."""
    with store.atomic():
        cursor = store.conn.execute(
            "UPDATE meetings SET notes = ?, updated_at = ? WHERE uuid = ? AND notes IS NOT ?",
            (notes, models.utc_now(), uuid, notes),
        )
    return cursor.rowcount == 1


def count(store: Store, pair_uuid: str, statuses: list[str] | None = None) -> int:
    params: dict[str, Any] = {"pair": pair_uuid}
    where = "m.pair_uuid = :pair" + _statuses(statuses, params)
    return int(
        store.conn.execute(f"SELECT count(*) FROM meetings m WHERE {where}", params).fetchone()[0]
    )


def count_upcoming(store: Store, pair_uuid: str, now_iso: str) -> int:
    """Planned meetings at or after now: the top segment of the timeline."""
    row = store.conn.execute(
        f"SELECT count(*) FROM meetings m WHERE {_UPCOMING}", {"pair": pair_uuid, "now": now_iso}
    ).fetchone()
    return int(row[0])


def upcoming_sql(
    pair_uuid: str, now_iso: str, offset: int, limit: int
) -> tuple[str, dict[str, Any]]:
    params = {"pair": pair_uuid, "now": now_iso, "offset": offset, "limit": limit}
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM meetings m WHERE {_UPCOMING} "
        "ORDER BY m.starts_at, m.rowid LIMIT :limit OFFSET :offset"
    )
    return sql, params


def rest_sql(
    pair_uuid: str, now_iso: str, offset: int, limit: int, statuses: list[str] | None = None
) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"pair": pair_uuid, "now": now_iso, "offset": offset, "limit": limit}
    where = _REST + _statuses(statuses, params)
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM meetings m WHERE {where} "
        "ORDER BY m.starts_at DESC, m.rowid DESC LIMIT :limit OFFSET :offset"
    )
    return sql, params


def page(
    store: Store,
    pair_uuid: str,
    now_iso: str,
    offset: int,
    limit: int,
    statuses: list[str] | None = None,
) -> list[MeetingRow]:
    """Rows offset..offset+limit of the timeline: upcoming planned soonest first, then the rest
    newest first. Two index-ordered queries; neither sorts the pair's whole history."""
    offset, limit = max(0, offset), max(0, limit)
    found: list[MeetingRow] = []
    upcoming = 0
    if statuses is None or PLANNED in statuses:
        upcoming = count_upcoming(store, pair_uuid, now_iso)
        if offset < upcoming and limit:
            sql, params = upcoming_sql(pair_uuid, now_iso, offset, limit)
            found += [_row(r) for r in store.conn.execute(sql, params)]
    rest_offset = max(0, offset - upcoming)
    if len(found) < limit:
        sql, params = rest_sql(pair_uuid, now_iso, rest_offset, limit - len(found), statuses)
        found += [_row(r) for r in store.conn.execute(sql, params)]
    return found


def index_of(
    store: Store,
    pair_uuid: str,
    uuid: str,
    now_iso: str,
    statuses: list[str] | None = None,
) -> int | None:
    """Where a meeting sits in the timeline (for selecting it after a reload)."""
    found = store.conn.execute(
        "SELECT starts_at, status, rowid FROM meetings WHERE uuid = ? AND pair_uuid = ?",
        (uuid, pair_uuid),
    ).fetchone()
    if found is None or (statuses is not None and found["status"] not in statuses):
        return None
    starts_at, status, rowid = found
    params: dict[str, Any] = {"pair": pair_uuid, "now": now_iso, "at": starts_at, "id": rowid}
    if status == PLANNED and starts_at >= now_iso:
        sql = (
            f"SELECT count(*) FROM meetings m WHERE {_UPCOMING} "
            "AND (m.starts_at < :at OR (m.starts_at = :at AND m.rowid < :id))"
        )
        return int(store.conn.execute(sql, params).fetchone()[0])
    upcoming = 0
    if statuses is None or PLANNED in statuses:
        upcoming = count_upcoming(store, pair_uuid, now_iso)
    where = _REST + _statuses(statuses, params)
    sql = (
        f"SELECT count(*) FROM meetings m WHERE {where} "
        "AND (m.starts_at > :at OR (m.starts_at = :at AND m.rowid > :id))"
    )
    return upcoming + int(store.conn.execute(sql, params).fetchone()[0])


def rows_for_goal(store: Store, goal_uuid: str) -> list[MeetingRow]:
    """Meetings linked to a goal, newest first."""
    pair = store.conn.execute("SELECT pair_uuid FROM goals WHERE uuid = ?", (goal_uuid,)).fetchone()
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM meetings m "
        "WHERE m.uuid IN (SELECT l.meeting_uuid FROM meeting_goals l WHERE l.goal_uuid = :goal) "
        "ORDER BY m.starts_at DESC, m.rowid DESC"
    )
    params = {"goal": goal_uuid, "pair": pair[0] if pair else None}
    return [_row(r) for r in store.conn.execute(sql, params)]


def next_planned(store: Store, pair_uuid: str, now_iso: str) -> models.Meeting | None:
    found = records.select(
        store,
        models.Meeting,
        "pair_uuid = ? AND status = ? AND starts_at >= ?",
        (pair_uuid, PLANNED, now_iso),
        order="starts_at, rowid LIMIT 1",
    )
    return found[0] if found else None


def next_planned_after(store: Store, pair_uuid: str, starts_at: str) -> models.Meeting | None:
    """The first planned meeting that starts strictly later than `starts_at`."""
    found = records.select(
        store,
        models.Meeting,
        "pair_uuid = ? AND status = ? AND starts_at > ?",
        (pair_uuid, PLANNED, starts_at),
        order="starts_at, rowid LIMIT 1",
    )
    return found[0] if found else None


def last_start(store: Store, pair_uuid: str, statuses: tuple[str, ...]) -> str | None:
    """The latest start among the pair's meetings with one of these statuses."""
    marks = ", ".join("?" for _ in statuses)
    row = store.conn.execute(
        f"SELECT max(starts_at) FROM meetings WHERE pair_uuid = ? AND status IN ({marks})",
        (pair_uuid, *statuses),
    ).fetchone()
    latest: str | None = row[0]
    return latest


def recent_starts(store: Store, pair_uuid: str, status: str, limit: int) -> list[models.Meeting]:
    """The pair's latest meetings with this status, newest first (for its usual slot)."""
    return records.select(
        store,
        models.Meeting,
        "pair_uuid = ? AND status = ?",
        (pair_uuid, status),
        order=f"starts_at DESC LIMIT {int(limit)}",
    )


def latest_before(store: Store, pair_uuid: str, before_iso: str, limit: int) -> list[str]:
    """The statuses of the pair's last meetings that started before a moment, newest first."""
    rows = store.conn.execute(
        "SELECT status FROM meetings WHERE pair_uuid = ? AND starts_at < ? "
        "ORDER BY starts_at DESC LIMIT ?",
        (pair_uuid, before_iso, int(limit)),
    )
    return [status for (status,) in rows]


def count_between(store: Store, pair_uuid: str, low: str, high: str) -> int:
    """Planned or held meetings starting between two stored instants (inclusive)."""
    row = store.conn.execute(
        "SELECT count(*) FROM meetings WHERE pair_uuid = ? AND status IN ('planned', 'held') "
        "AND starts_at BETWEEN ? AND ?",
        (pair_uuid, low, high),
    ).fetchone()
    return int(row[0])


def last_held_start(store: Store, pair_uuid: str) -> str | None:
    row = store.conn.execute(
        "SELECT max(starts_at) FROM meetings WHERE pair_uuid = ? AND status = ?",
        (pair_uuid, HELD),
    ).fetchone()
    latest: str | None = row[0]
    return latest


def count_by_status(store: Store, pair_uuid: str) -> dict[str, int]:
    rows = store.query(
        "SELECT status, count(*) FROM meetings WHERE pair_uuid = ? GROUP BY status", (pair_uuid,)
    )
    return {row[0]: row[1] for row in rows}


# --- agenda items ---------------------------------------------------------------------------


def add_agenda_item(store: Store, item: models.AgendaItem) -> models.AgendaItem:
    return records.insert(store, item)


def get_agenda_item(store: Store, uuid: str) -> models.AgendaItem:
    return records.get(store, models.AgendaItem, uuid)


def update_agenda_item(store: Store, item: models.AgendaItem, **changes: Any) -> models.AgendaItem:
    return records.update(store, item, **changes)


def delete_agenda_item(store: Store, uuid: str) -> None:
    records.delete(store, models.AgendaItem, uuid)


def agenda(store: Store, meeting_uuid: str) -> list[models.AgendaItem]:
    return records.select(
        store,
        models.AgendaItem,
        "meeting_uuid = ?",
        (meeting_uuid,),
        order="position, created_at, uuid",
    )


def next_agenda_position(store: Store, meeting_uuid: str) -> int:
    row = store.conn.execute(
        "SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE meeting_uuid = ?",
        (meeting_uuid,),
    ).fetchone()
    return int(row[0])


def agenda_copies(store: Store, pair_uuid: str, originals: list[str]) -> list[models.AgendaItem]:
    """Agenda items (in the pair's meetings) carried from any of `originals`."""
    if not originals:
        return []
    marks = ", ".join("?" for _ in originals)
    return records.select(
        store,
        models.AgendaItem,
        "meeting_uuid IN (SELECT uuid FROM meetings WHERE pair_uuid = ?) "
        f"AND carried_from_uuid IN ({marks})",
        (pair_uuid, *originals),
        order="position, created_at, uuid",
    )


def planned_minutes(store: Store, meeting_uuid: str) -> int:
    """The topics' estimated minutes over a meeting's agenda."""
    row = store.conn.execute(
        "SELECT coalesce(sum(t.estimated_minutes), 0) FROM agenda_items a "
        "JOIN topics t ON t.uuid = a.topic_uuid WHERE a.meeting_uuid = ?",
        (meeting_uuid,),
    ).fetchone()
    return int(row[0])


def topic_on_planned_agenda(store: Store, topic_uuid: str, except_items: list[str]) -> bool:
    """Whether a topic is on the agenda of a planned meeting (other than via these items)."""
    marks = ", ".join("?" for _ in except_items) or "NULL"
    row = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.uuid = a.meeting_uuid "
        f"WHERE a.topic_uuid = ? AND m.status = ? AND a.uuid NOT IN ({marks}))",
        (topic_uuid, PLANNED, *except_items),
    ).fetchone()
    return bool(row[0])


def topic_discussed_elsewhere(store: Store, topic_uuid: str, meeting_uuid: str) -> bool:
    """Whether a topic was discussed in a held meeting other than this one."""
    row = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM agenda_items a JOIN meetings m ON m.uuid = a.meeting_uuid "
        "WHERE a.topic_uuid = ? AND a.discussed = 1 AND m.status = ? AND m.uuid != ?)",
        (topic_uuid, HELD, meeting_uuid),
    ).fetchone()
    return bool(row[0])


# --- action items ---------------------------------------------------------------------------


def add_action_item(store: Store, item: models.ActionItem) -> models.ActionItem:
    return records.insert(store, item)


def get_action_item(store: Store, uuid: str) -> models.ActionItem:
    return records.get(store, models.ActionItem, uuid)


def update_action_item(store: Store, item: models.ActionItem, **changes: Any) -> models.ActionItem:
    return records.update(store, item, **changes)


def delete_action_item(store: Store, uuid: str) -> None:
    records.delete(store, models.ActionItem, uuid)


def actions(store: Store, meeting_uuid: str) -> list[models.ActionItem]:
    return records.select(
        store, models.ActionItem, "meeting_uuid = ?", (meeting_uuid,), order="created_at, uuid"
    )


def actions_for_goal(store: Store, goal_uuid: str) -> list[models.ActionItem]:
    return records.select(
        store,
        models.ActionItem,
        "goal_uuid = ?",
        (goal_uuid,),
        order="done_on IS NOT NULL, due_date IS NULL, due_date, created_at, uuid",
    )


def action_copies(store: Store, pair_uuid: str, originals: list[str]) -> list[models.ActionItem]:
    """Action items carried from any of `originals`."""
    if not originals:
        return []
    marks = ", ".join("?" for _ in originals)
    return records.select(
        store,
        models.ActionItem,
        f"pair_uuid = ? AND carried_from_uuid IN ({marks})",
        (pair_uuid, *originals),
        order="created_at, uuid",
    )


def open_actions(store: Store, pair_uuid: str) -> list[models.ActionItem]:
    """Not done and not taken over by a carried copy: each open task appears once."""
    sql = (
        "SELECT * FROM action_items a WHERE a.pair_uuid = :pair AND a.done_on IS NULL "
        f"AND a.uuid NOT IN ({_CARRIED_ACTIONS}) "
        "ORDER BY a.due_date IS NULL, a.due_date, a.created_at, a.uuid"
    )
    return [
        records.from_row(models.ActionItem, r) for r in store.conn.execute(sql, {"pair": pair_uuid})
    ]


def count_open_actions(store: Store, pair_uuid: str) -> int:
    """Open action items, each counted once (a carried original is not counted again)."""
    row = store.conn.execute(
        "SELECT count(*) FROM action_items a WHERE a.pair_uuid = :pair AND a.done_on IS NULL "
        f"AND a.uuid NOT IN ({_CARRIED_ACTIONS})",
        {"pair": pair_uuid},
    ).fetchone()
    return int(row[0])


def carried_onward(store: Store, meeting_uuid: str) -> dict[str, str]:
    """For this meeting's agenda and action items that were carried on: item -> target meeting."""
    sql = """
        SELECT c.carried_from_uuid, c.meeting_uuid FROM agenda_items c
         WHERE c.meeting_uuid IN (SELECT uuid FROM meetings WHERE pair_uuid =
                                  (SELECT pair_uuid FROM meetings WHERE uuid = :m))
           AND c.carried_from_uuid IN (SELECT uuid FROM agenda_items WHERE meeting_uuid = :m)
        UNION ALL
        SELECT c.carried_from_uuid, c.meeting_uuid FROM action_items c
         WHERE c.pair_uuid = (SELECT pair_uuid FROM meetings WHERE uuid = :m)
           AND c.carried_from_uuid IN (SELECT uuid FROM action_items WHERE meeting_uuid = :m)
    """
    return {row[0]: row[1] for row in store.conn.execute(sql, {"m": meeting_uuid})}


# --- linked goals ---------------------------------------------------------------------------


def link_goal(store: Store, link: models.MeetingGoal) -> models.MeetingGoal:
    return records.insert(store, link)


def goal_link(store: Store, meeting_uuid: str, goal_uuid: str) -> models.MeetingGoal | None:
    found = records.select(
        store,
        models.MeetingGoal,
        "meeting_uuid = ? AND goal_uuid = ?",
        (meeting_uuid, goal_uuid),
    )
    return found[0] if found else None


def delete_goal_link(store: Store, uuid: str) -> None:
    records.delete(store, models.MeetingGoal, uuid)


def goals_for(store: Store, meeting_uuid: str) -> list[models.Goal]:
    return records.select(
        store,
        models.Goal,
        "uuid IN (SELECT goal_uuid FROM meeting_goals WHERE meeting_uuid = ?)",
        (meeting_uuid,),
        order="learner, position, created_at, uuid",
    )
