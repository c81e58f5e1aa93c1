"""Goals, their milestones, progress updates and status history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store

# A goal's progress: from its milestones when it has any, else its latest update, else 0.
# One expression so that listing, sorting and the summary all use the same rule.
PROGRESS_SQL = """
CASE
  WHEN (SELECT count(*) FROM milestones m WHERE m.goal_uuid = g.uuid) > 0 THEN
    (SELECT (100 * sum(m.done_on IS NOT NULL)) / count(*) FROM milestones m
      WHERE m.goal_uuid = g.uuid)
  ELSE coalesce(
    (SELECT u.percent FROM progress_updates u WHERE u.goal_uuid = g.uuid
      ORDER BY u.on_date DESC, u.created_at DESC LIMIT 1), 0)
END
"""

# The columns of GoalRow, in order.
ROW_SELECT = f"""
    SELECT g.uuid, g.learner, g.title, g.category, g.status, g.target_date, g.visibility,
           {PROGRESS_SQL} AS progress,
           (SELECT count(*) FROM milestones m
             WHERE m.goal_uuid = g.uuid AND m.done_on IS NOT NULL) AS done,
           (SELECT count(*) FROM milestones m WHERE m.goal_uuid = g.uuid) AS total
    FROM goals g
"""

SORTS = {
    "target": "g.target_date IS NULL, g.target_date, g.position, g.created_at, g.uuid",
    "progress": "progress DESC, g.position, g.created_at, g.uuid",
    "title": "g.title COLLATE NOCASE, g.uuid",
    "manual": "g.position, g.created_at, g.uuid",
}


@dataclass(frozen=True)
class GoalRow:
    """What the goal list shows, computed in one query."""

    uuid: str
    learner: str
    title: str
    category: str
    status: str
    target_date: str | None
    visibility: str
    progress: int
    milestones_done: int
    milestones_total: int


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


def _filters(
    pair_uuid: str, learner: str | None, statuses: list[str] | None, category: str | None
) -> tuple[str, list[Any]]:
    where = ["g.pair_uuid = ?"]
    params: list[Any] = [pair_uuid]
    if learner:
        where.append("g.learner = ?")
        params.append(learner)
    if statuses:
        where.append(f"g.status IN ({', '.join('?' for _ in statuses)})")
        params += statuses
    if category is not None:
        where.append("g.category = ?")
        params.append(category)
    return " AND ".join(where), params


def count(
    store: Store,
    pair_uuid: str,
    learner: str | None = None,
    statuses: list[str] | None = None,
    category: str | None = None,
) -> int:
    where, params = _filters(pair_uuid, learner, statuses, category)
    return int(
        store.conn.execute(f"SELECT count(*) FROM goals g WHERE {where}", params).fetchone()[0]
    )


def page(
    store: Store,
    pair_uuid: str,
    offset: int,
    limit: int,
    learner: str | None = None,
    statuses: list[str] | None = None,
    category: str | None = None,
    sort: str = "target",
) -> list[GoalRow]:
    """One page of the list. Progress is computed per row, so only sorting by it is O(n)."""
    where, params = _filters(pair_uuid, learner, statuses, category)
    if sort == "progress":
        sql = f"{ROW_SELECT} WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?"
    else:
        # Pick the page's goals first, then compute progress for those rows only: a sorter
        # would otherwise evaluate the progress subqueries for every matching goal.
        sql = (
            f"{ROW_SELECT} WHERE g.uuid IN (SELECT g.uuid FROM goals g WHERE {where} "
            f"ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?) ORDER BY {SORTS[sort]}"
        )
    rows = store.conn.execute(sql, [*params, limit, offset])
    return [GoalRow(*row) for row in rows]


def titles(store: Store, pair_uuid: str, limit: int) -> list[tuple[str, str]]:
    """(uuid, title) of a pair's goals by title, for pickers: no progress is computed."""
    rows = store.conn.execute(
        "SELECT uuid, title FROM goals WHERE pair_uuid = ? "
        "ORDER BY title COLLATE NOCASE, uuid LIMIT ?",
        (pair_uuid, limit),
    )
    return [(row[0], row[1]) for row in rows]


def row_of(store: Store, goal_uuid: str) -> GoalRow | None:
    """One goal as the list shows it (after an edit, without reloading the list)."""
    found = store.conn.execute(f"{ROW_SELECT} WHERE g.uuid = ?", (goal_uuid,)).fetchone()
    return GoalRow(*found) if found else None


def progress_of(store: Store, goal_uuid: str) -> int:
    row = store.conn.execute(
        f"SELECT {PROGRESS_SQL} FROM goals g WHERE g.uuid = ?", (goal_uuid,)
    ).fetchone()
    return int(row[0]) if row else 0


def categories(store: Store, pair_uuid: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT DISTINCT category FROM goals WHERE pair_uuid = ? AND category != '' "
        "ORDER BY category COLLATE NOCASE",
        (pair_uuid,),
    )
    return [row[0] for row in rows]


def milestones(store: Store, goal_uuid: str) -> list[models.Milestone]:
    return records.select(
        store, models.Milestone, "goal_uuid = ?", (goal_uuid,), order="position, created_at, uuid"
    )


def updates(store: Store, goal_uuid: str) -> list[models.ProgressUpdate]:
    return records.select(
        store,
        models.ProgressUpdate,
        "goal_uuid = ?",
        (goal_uuid,),
        order="on_date, created_at, uuid",
    )


def status_history(store: Store, goal_uuid: str) -> list[models.GoalStatusChange]:
    return records.select(
        store,
        models.GoalStatusChange,
        "goal_uuid = ?",
        (goal_uuid,),
        order="changed_on, created_at, uuid",
    )


def next_position(store: Store, table: str, column: str, parent_uuid: str) -> int:
    row = store.conn.execute(
        f"SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE {column} = ?", (parent_uuid,)
    ).fetchone()
    return int(row[0])


@dataclass(frozen=True)
class LinkedItem:
    kind: str  # "meeting", "topic" or "action"
    uuid: str
    label: str
    when: str | None
    done: bool


def linked(store: Store, goal_uuid: str) -> list[LinkedItem]:
    """Meetings, topics and action items that point at a goal (the goal side of the links)."""
    sql = """
        SELECT 'meeting', m.uuid, m.status, m.starts_at, m.status = 'held'
          FROM meeting_goals l JOIN meetings m ON m.uuid = l.meeting_uuid
         WHERE l.goal_uuid = ?
        UNION ALL
        SELECT 'topic', t.uuid, t.title, NULL, t.status = 'discussed'
          FROM topics t WHERE t.goal_uuid = ?
        UNION ALL
        SELECT 'action', a.uuid, a.text, a.due_date, a.done_on IS NOT NULL
          FROM action_items a WHERE a.goal_uuid = ?
        ORDER BY 1, 4 DESC, 3
    """
    rows = store.conn.execute(sql, (goal_uuid, goal_uuid, goal_uuid))
    return [
        LinkedItem(kind, uuid, label, when, bool(done)) for kind, uuid, label, when, done in rows
    ]
