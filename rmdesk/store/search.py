"""Full-text search over what users write (FTS5, kept in step by triggers).

Speed on a heavy desk: FTS5 computes bm25 for every matching row before `ORDER BY rank`
can return the best few, which costs hundreds of milliseconds for a term found in most of
100,000 rows; and bm25 alone, even over a few rows, first counts every row of each word
(milliseconds for a common one). So the newest `CANDIDATES` matching rows are found first,
unscored, after the cheap filters (FTS5 walks rowids in its index order, and the prefix
indexes of migration 0003 serve a word being typed without gathering every longer word).
When the query matches fewer rows than that, they are ranked in full by bm25, best first.
When it matches more, the words are everywhere and a score says little: the newest come
first, which is what someone looking for a recent note wants, and the next letter typed
usually narrows the set below the cap and brings ranking back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rmdesk.store.db import Store

CANDIDATES = 500
SNIPPET_WORDS = 12

# The meeting an item belongs to starts when it is talked about: an agenda item carried into
# the 21 December meeting is dated 21 December, not the day it was first written.
_MEETING_START = "(SELECT m.starts_at FROM meetings m WHERE m.uuid = {table}.meeting_uuid)"
# The date shown for (and filtered on) each kind: the row's own day where it has one.
DATE_COLUMN: dict[str, str] = {
    "meetings": "starts_at",
    "reflections": "written_on",
    "progress_updates": "on_date",
    "goals": "created_at",
    "milestones": "created_at",
    "topics": "created_at",
    "agenda_items": f"coalesce({_MEETING_START.format(table='agenda_items')}, created_at)",
    "action_items": f"coalesce({_MEETING_START.format(table='action_items')}, created_at)",
    "commitments": "created_at",  # since migration 0010
}
# An agenda or action item carried to a later meeting lives on in its copy: list the task
# once (the copy), not once per meeting it passed through. Uuids are unique across tables.
_NOT_CARRIED_ON = (
    "NOT EXISTS (SELECT 1 FROM agenda_items c WHERE c.carried_from_uuid = s.uuid) "
    "AND NOT EXISTS (SELECT 1 FROM action_items c WHERE c.carried_from_uuid = s.uuid)"
)
KINDS: tuple[str, ...] = tuple(DATE_COLUMN)


def _own_column(columns: dict[str, str]) -> str:
    """An expression for each hit's own row's column (the index keeps only what it filters
    on most); evaluated only for rows that already match the words."""
    whens = " ".join(
        f"WHEN '{kind}' THEN (SELECT {column} FROM {kind} WHERE uuid = s.uuid)"
        for kind, column in columns.items()
    )
    return f"CASE s.kind {whens} END"


_DATE_EXPR = _own_column(DATE_COLUMN)
# Who wrote it: every searched table has author_role.
_AUTHOR_EXPR = _own_column({kind: "author_role" for kind in KINDS})


@dataclass(frozen=True)
class Hit:
    kind: str
    uuid: str
    pair_uuid: str | None
    snippet: str
    rank: float
    date: str | None = None  # ISO day (or timestamp for meetings) of the item


def fts_query(text: str) -> str:
    """Quote each word and make the last a prefix, so user input is never FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _placeholders(values: Iterable[str]) -> tuple[str, list[str]]:
    items = list(values)
    return "(" + ", ".join("?" for _ in items) + ")", items


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    pair_uuid: str | None = None,
    kinds: Iterable[str] | None = None,
    visibility: Iterable[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    author_role: str | None = None,
    limit: int = 50,
    candidates: int = CANDIDATES,
    marks: tuple[str, str] = ("[", "]"),
) -> list[Hit]:
    """The best `limit` hits for `query`, best first, with [ ] around matched words.

    `pair_uuid`, `kinds` and `visibility` filter on the index itself; the date range on
    each kind's own date column (see DATE_COLUMN), compared by day; `author_role` on who
    wrote the entry (mentor or mentee). `marks` go around matched words in the snippet.
    """
    fts = fts_query(query)
    if not fts or limit <= 0:
        return []
    where = ["search_index MATCH ?"]
    params: list[object] = [fts]
    if pair_uuid is not None:
        where.append("s.pair_uuid = ?")
        params.append(pair_uuid)
    if kinds is not None:
        kind_marks, values = _placeholders(kinds)
        if not values:
            return []
        where.append(f"s.kind IN {kind_marks}")
        params += values
    if visibility is not None:
        seen_marks, values = _placeholders(visibility)
        if not values:
            return []
        where.append(f"s.visibility IN {seen_marks}")
        params += values
    if date_from is not None:
        where.append(f"substr({_DATE_EXPR}, 1, 10) >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        where.append(f"substr({_DATE_EXPR}, 1, 10) <= ?")
        params.append(date_to.isoformat())
    if author_role is not None:
        where.append(f"{_AUTHOR_EXPR} = ?")
        params.append(author_role)
    where.append(_NOT_CARRIED_ON)
    condition = " AND ".join(where)
    newest = f"""
        SELECT s.rowid FROM search_index AS s WHERE {condition} ORDER BY s.rowid DESC LIMIT ?
    """
    ranked = f"""
        SELECT id, score FROM (
            SELECT s.rowid AS id, bm25(search_index) AS score
            FROM search_index AS s
            WHERE {condition}
        ) ORDER BY score, id DESC LIMIT ?
    """
    try:
        matching = [row[0] for row in conn.execute(newest, [*params, candidates])]
        if not matching:
            return []
        if len(matching) >= candidates:  # everywhere: newest first, unscored
            best = [(row_id, 0.0) for row_id in matching[:limit]]
        else:  # a bounded set: rank it all
            best = conn.execute(ranked, [*params, limit]).fetchall()
        # Snippets (costly) for the kept rows only. The rowid range keeps FTS5 to one pass
        # over the candidates; `+s.rowid` stops SQLite handing the IN list to FTS5, which
        # would re-run the MATCH once per id.
        ids = [row[0] for row in best]
        id_marks = ", ".join("?" for _ in ids)
        detail = f"""
            SELECT s.rowid, s.kind, s.uuid, s.pair_uuid,
                   snippet(search_index, -1, ?, ?, '…', {SNIPPET_WORDS}), {_DATE_EXPR}
            FROM search_index AS s
            WHERE search_index MATCH ? AND s.rowid BETWEEN ? AND ? AND +s.rowid IN ({id_marks})
        """
        found = {
            row[0]: row[1:]
            for row in conn.execute(detail, [*marks, fts, min(ids), max(ids), *ids]).fetchall()
        }
    except sqlite3.OperationalError as exc:  # e.g. a query the tokenizer turns into nothing
        if "fts5" in str(exc).lower():
            return []
        raise
    hits = []
    for row_id, score in best:
        kind, uuid, pair, snippet, day = found[row_id]
        hits.append(Hit(kind, uuid, pair, snippet, score, day))
    return hits


def pair_labels(conn: sqlite3.Connection) -> dict[str, str]:
    """Pair uuid -> "Mentor & Mentee", for showing which pair a hit belongs to."""
    rows = conn.execute("SELECT uuid, mentor_name, mentee_name FROM pairs")
    return {row[0]: f"{row[1]} & {row[2]}" for row in rows}


def match(store: Store, text: str, limit: int = 50) -> list[Hit]:
    """Search on an open store's own connection (the UI thread's reads, tests)."""
    return search(store.conn, text, limit=limit)


# Where a hit is opened: rows that live inside a meeting or goal open their parent.
_PARENTS: dict[str, list[tuple[str, str]]] = {
    "agenda_items": [("meeting_uuid", "meetings")],
    "action_items": [("meeting_uuid", "meetings"), ("goal_uuid", "goals")],
    "milestones": [("goal_uuid", "goals")],
    "progress_updates": [("goal_uuid", "goals")],
}


def target(conn: sqlite3.Connection, kind: str, uuid: str) -> tuple[str, str, str | None]:
    """(kind, uuid, pair uuid) of what to show for a hit: itself, or its meeting or goal."""
    row = conn.execute(
        "SELECT pair_uuid FROM search_index WHERE uuid = ? AND kind = ?", (uuid, kind)
    ).fetchone()
    pair_uuid = row[0] if row else None
    for column, parent in _PARENTS.get(kind, []):
        found = conn.execute(f"SELECT {column} FROM {kind} WHERE uuid = ?", (uuid,)).fetchone()
        if found and found[0]:
            return parent, found[0], pair_uuid
    return kind, uuid, pair_uuid
