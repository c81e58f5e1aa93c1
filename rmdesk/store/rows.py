"""Whole-table access for dump, load, check and restore: raw rows, not dataclasses."""

from __future__ import annotations

import sqlite3
from typing import Any

from rmdesk import errors
from rmdesk.i18n import msg
from rmdesk.store import records, schema
from rmdesk.store.db import Store


def counts(store: Store) -> dict[str, int]:
    return {
        table: int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in schema.TABLES
    }


def summarize(conn: sqlite3.Connection) -> tuple[dict[str, int], list[str], str]:
    """Row counts, pair names and the newest change of any desk file (a backup's preview);
    an older file may lack tables of ours, which count as empty."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    tables = [table for table in schema.TABLES if table in present]
    found = {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]) for table in tables
    }
    names = (
        [
            f"{row[0]} & {row[1]}"
            for row in conn.execute(
                "SELECT mentor_name, mentee_name FROM pairs ORDER BY start_date, uuid"
            )
        ]
        if "pairs" in present
        else []
    )
    newest = ""
    if tables:
        union = " UNION ALL ".join(
            f"SELECT max(updated_at) AS newest FROM {table}" for table in tables
        )
        newest = conn.execute(f"SELECT max(newest) FROM ({union})").fetchone()[0] or ""
    return {table: found.get(table, 0) for table in schema.TABLES}, names, newest


def is_empty(store: Store) -> bool:
    return not any(counts(store).values())


def all_rows(store: Store, table: str) -> list[dict[str, Any]]:
    """Every row in a stable order (by uuid), with columns in dataclass order."""
    return table_rows(store.conn, table)


def table_rows(conn: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    """all_rows over any connection (a backup being checked before a restore)."""
    names = schema.columns(table)
    cursor = conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY uuid")
    return [dict(zip(names, row, strict=True)) for row in cursor]


def replace_all(store: Store, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Delete every row and insert the given ones, in one transaction (all or nothing)."""
    with store.atomic():
        for table in reversed(list(schema.TABLES)):
            store.conn.execute(f"DELETE FROM {table}")
        for table in schema.TABLES:
            names = schema.columns(table)
            sql = (
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            )
            try:
                store.conn.executemany(sql, [tuple(row[n] for n in names) for row in tables[table]])
            except sqlite3.IntegrityError as exc:
                label = table.replace("_", " ")
                raise errors.ValidationError(
                    msg("In {label}: {explain}", label=label, explain=records.explain(str(exc)))
                ) from exc


Ref = tuple[str, str]  # (table, uuid)


def _referencing(store: Store) -> dict[str, list[tuple[str, str]]]:
    """For each table, the (child table, column) pairs whose foreign key points at it."""
    found: dict[str, list[tuple[str, str]]] = {table: [] for table in schema.TABLES}
    for child in schema.TABLES:
        for fk in store.conn.execute(f"PRAGMA foreign_key_list({child})"):
            found[fk["table"]].append((child, fk["from"]))
    return found


def closure(store: Store, table: str, uuid: str) -> list[Ref]:
    """A row and every row that points at it, directly or through others.

    Deleting a row cascades or nulls these, so an exact undo must capture all of them.
    """
    referencing = _referencing(store)
    seen: list[Ref] = []
    pending: list[Ref] = [(table, uuid)]
    while pending:
        ref = pending.pop()
        if ref in seen:
            continue
        seen.append(ref)
        for child, column in referencing[ref[0]]:
            found = store.conn.execute(f"SELECT uuid FROM {child} WHERE {column} = ?", (ref[1],))
            pending.extend((child, row[0]) for row in found)
    return seen


def fetch(store: Store, refs: list[Ref]) -> dict[Ref, dict[str, Any] | None]:
    """Current rows for the given refs (None where a row does not exist)."""
    out: dict[Ref, dict[str, Any] | None] = {}
    for table, uuid in refs:
        names = schema.columns(table)
        row = store.conn.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE uuid = ?", (uuid,)
        ).fetchone()
        out[(table, uuid)] = dict(zip(names, row, strict=True)) if row else None
    return out


def put(store: Store, state: dict[Ref, dict[str, Any] | None]) -> None:
    """Make the given rows exactly so (upsert, or delete where None), in one transaction.

    Deletes run children first and upserts parents first, so foreign keys hold throughout.
    Upserts update in place (never REPLACE, which would cascade-delete children).
    """
    order = list(schema.TABLES)
    deletes = sorted(
        (ref for ref, row in state.items() if row is None), key=lambda r: -order.index(r[0])
    )
    upserts = sorted(
        ((ref, row) for ref, row in state.items() if row is not None),
        key=lambda item: order.index(item[0][0]),
    )
    with store.atomic():
        for table, uuid in deletes:
            store.conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (uuid,))
        for (table, _uuid), row in upserts:
            names = schema.columns(table)
            updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "uuid")
            try:
                store.conn.execute(
                    f"INSERT INTO {table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)}) "
                    f"ON CONFLICT(uuid) DO UPDATE SET {updates}",
                    tuple(row[n] for n in names),
                )
            except sqlite3.IntegrityError as exc:
                raise errors.ValidationError(records.explain(str(exc))) from exc
