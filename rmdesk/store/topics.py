"""The mentor's topic bank."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmdesk.domain import enums, models
from rmdesk.store import records
from rmdesk.store.db import Store

# Workflow order (idea → prepared → on agenda → discussed → follow-up → parked), not A–Z.
_STATUS_ORDER = (
    "CASE t.status "
    + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(enums.values(enums.TopicStatus)))
    + " END"
)

SORTS = {
    "status": f"{_STATUS_ORDER}, t.title COLLATE NOCASE, t.uuid",
    "title": "t.title COLLATE NOCASE, t.uuid",
    "updated": "t.updated_at DESC, t.uuid",
}

SEARCHED_COLUMNS = ("title", "notes", "why_it_matters", "resources")


@dataclass(frozen=True)
class TopicRow:
    """One line of the topic bank, computed in one query for a page of topics."""

    uuid: str
    title: str
    status: str
    estimated_minutes: int | None
    goal_uuid: str | None
    visibility: str
    author_role: str
    updated_at: str
    has_resources: bool
    agenda_count: int
    last_meeting_at: str | None


@dataclass(frozen=True)
class TopicAppearance:
    """One meeting whose agenda held a topic."""

    meeting_uuid: str
    starts_at: str
    status: str
    discussed: bool
    agenda_item_uuid: str
    carried: bool


def add(store: Store, topic: models.Topic) -> models.Topic:
    return records.insert(store, topic)


def get(store: Store, uuid: str) -> models.Topic:
    return records.get(store, models.Topic, uuid)


def update(store: Store, topic: models.Topic, **changes: Any) -> models.Topic:
    return records.update(store, topic, **changes)


def delete(store: Store, uuid: str) -> None:
    records.delete(store, models.Topic, uuid)


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filters(
    pair_uuid: str, statuses: list[str] | None, search: str | None
) -> tuple[str, dict[str, Any]]:
    where = ["t.pair_uuid = :pair"]
    params: dict[str, Any] = {"pair": pair_uuid}
    if statuses is not None:
        for index, status in enumerate(statuses):
            params[f"s{index}"] = status
        where.append(f"t.status IN ({', '.join(f':s{i}' for i in range(len(statuses)))})")
    if search and search.strip():
        params["like"] = like_pattern(search.strip())
        where.append(
            "(" + " OR ".join(f"t.{c} LIKE :like ESCAPE '\\'" for c in SEARCHED_COLUMNS) + ")"
        )
    return " AND ".join(where), params


def count(
    store: Store, pair_uuid: str, statuses: list[str] | None = None, search: str | None = None
) -> int:
    where, params = _filters(pair_uuid, statuses, search)
    return int(
        store.conn.execute(f"SELECT count(*) FROM topics t WHERE {where}", params).fetchone()[0]
    )


def page_sql(
    pair_uuid: str,
    offset: int,
    limit: int,
    statuses: list[str] | None = None,
    search: str | None = None,
    sort: str = "status",
) -> tuple[str, dict[str, Any]]:
    where, params = _filters(pair_uuid, statuses, search)
    params.update(offset=max(0, offset), limit=max(0, limit))
    # The inner query sorts the pair's rows on cheap keys and keeps one page of them; only
    # that page pays for the per-row counts (SQLite would compute them for every row it
    # sorts otherwise).
    sql = f"""
        SELECT t.uuid, t.title, t.status, t.estimated_minutes, t.goal_uuid, t.visibility,
               t.author_role, t.updated_at, length(t.resources) > 0,
               (SELECT count(*) FROM agenda_items a WHERE a.topic_uuid = t.uuid),
               (SELECT max(m.starts_at) FROM agenda_items a JOIN meetings m
                  ON m.uuid = a.meeting_uuid WHERE a.topic_uuid = t.uuid)
        FROM topics t
        WHERE t.rowid IN (SELECT t.rowid FROM topics t WHERE {where}
                          ORDER BY {SORTS[sort]} LIMIT :limit OFFSET :offset)
        ORDER BY {SORTS[sort]}
    """
    return sql, params


def page(
    store: Store,
    pair_uuid: str,
    offset: int,
    limit: int,
    statuses: list[str] | None = None,
    search: str | None = None,
    sort: str = "status",
) -> list[TopicRow]:
    """One page of the bank. The pair's index finds the rows; only they are sorted."""
    sql, params = page_sql(pair_uuid, offset, limit, statuses, search, sort)
    found = []
    for row in store.conn.execute(sql, params):
        values = list(row)
        values[8] = bool(values[8])
        found.append(TopicRow(*values))
    return found


def history(store: Store, topic_uuid: str) -> list[TopicAppearance]:
    """Every agenda the topic was on, oldest meeting first."""
    rows = store.conn.execute(
        "SELECT m.uuid, m.starts_at, m.status, a.discussed, a.uuid, a.carried_from_uuid "
        "FROM agenda_items a JOIN meetings m ON m.uuid = a.meeting_uuid "
        "WHERE a.topic_uuid = ? ORDER BY m.starts_at, a.position, a.uuid",
        (topic_uuid,),
    )
    return [
        TopicAppearance(meeting, starts, status, bool(discussed), item, carried is not None)
        for meeting, starts, status, discussed, item, carried in rows
    ]


def planned_agenda_items(store: Store, topic_uuid: str) -> list[str]:
    """The agenda items that put this topic on a meeting not yet held."""
    rows = store.conn.execute(
        "SELECT a.uuid FROM agenda_items a JOIN meetings m ON m.uuid = a.meeting_uuid "
        "WHERE a.topic_uuid = ? AND m.status = ? ORDER BY a.uuid",
        (topic_uuid, enums.MeetingStatus.PLANNED.value),
    )
    return [uuid for (uuid,) in rows]


def on_agenda_of(store: Store, topic_uuid: str, meeting_uuid: str) -> bool:
    row = store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM agenda_items WHERE topic_uuid = ? AND meeting_uuid = ?)",
        (topic_uuid, meeting_uuid),
    ).fetchone()
    return bool(row[0])
