"""The rows of one pair for the pair exchange, and the clock tables of migration 0006."""

from __future__ import annotations

from typing import Any

from rmdesk.store import schema
from rmdesk.store.db import Store

# Every table whose rows belong to a pair, parents first, with how a row finds its pair.
BELONGS: dict[str, str] = {
    "goals": "pair_uuid = :pair",
    "goal_status_changes": "goal_uuid IN (SELECT uuid FROM goals WHERE pair_uuid = :pair)",
    "milestones": "goal_uuid IN (SELECT uuid FROM goals WHERE pair_uuid = :pair)",
    "progress_updates": "goal_uuid IN (SELECT uuid FROM goals WHERE pair_uuid = :pair)",
    "meetings": "pair_uuid = :pair",
    "topics": "pair_uuid = :pair",
    "agenda_items": "meeting_uuid IN (SELECT uuid FROM meetings WHERE pair_uuid = :pair)",
    "action_items": "pair_uuid = :pair",
    "meeting_goals": "meeting_uuid IN (SELECT uuid FROM meetings WHERE pair_uuid = :pair)",
    "reflections": "pair_uuid = :pair",
    "reflection_goals": "reflection_uuid IN (SELECT uuid FROM reflections WHERE pair_uuid = :pair)",
    "pulses": "pair_uuid = :pair",
    "self_assessments": "pair_uuid = :pair",
    "commitments": "pair_uuid = :pair",
}
SHARED = ("pair", "coordinator")


def pair_rows(store: Store, pair_uuid: str, shared_only: bool) -> dict[str, list[dict[str, Any]]]:
    """The pair's rows by table; with shared_only, only those marked pair or coordinator
    (the first of the two checks that private rows never travel)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table, where in BELONGS.items():
        names = schema.columns(table)
        sql = f"SELECT {', '.join(names)} FROM {table} WHERE {where}"
        if shared_only:
            sql += " AND visibility IN ('pair', 'coordinator')"
        rows = store.conn.execute(sql + " ORDER BY uuid", {"pair": pair_uuid}).fetchall()
        out[table] = [dict(zip(names, row, strict=True)) for row in rows]
    return out


def clock(store: Store) -> str | None:
    row = store.conn.execute("SELECT hlc FROM exchange_clock WHERE id = 1").fetchone()
    return row[0] if row else None


def set_clock(store: Store, hlc: str) -> None:
    store.conn.execute(
        "INSERT INTO exchange_clock (id, hlc) VALUES (1, ?) "
        "ON CONFLICT(id) DO UPDATE SET hlc = excluded.hlc",
        (hlc,),
    )


def versions(store: Store) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, uuid) -> (hlc, fingerprint) for every row the exchange has seen."""
    rows = store.conn.execute("SELECT table_name, uuid, hlc, fingerprint FROM exchange_versions")
    return {(t, u): (h, f) for t, u, h, f in rows}


def set_version(store: Store, table: str, uuid: str, hlc: str, fingerprint: str) -> None:
    store.conn.execute(
        "INSERT INTO exchange_versions (table_name, uuid, hlc, fingerprint) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(table_name, uuid) DO UPDATE SET hlc = excluded.hlc, "
        "fingerprint = excluded.fingerprint",
        (table, uuid, hlc, fingerprint),
    )


def existing(store: Store, table: str, uuids: list[str]) -> set[str]:
    """Which of these uuids exist in `table` (links are kept only to rows that do)."""
    found: set[str] = set()
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found |= {
            r[0]
            for r in store.conn.execute(f"SELECT uuid FROM {table} WHERE uuid IN ({marks})", chunk)
        }
    return found
