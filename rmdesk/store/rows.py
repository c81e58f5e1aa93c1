"""Whole-table access for dump, load, check and restore: raw rows, not dataclasses."""

from __future__ import annotations

import sqlite3
from typing import Any

from rmdesk import errors
from rmdesk.store import records, schema
from rmdesk.store.db import Store


def counts(store: Store) -> dict[str, int]:
    return {
        table: int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in schema.TABLES
    }


def is_empty(store: Store) -> bool:
    return not any(counts(store).values())


def all_rows(store: Store, table: str) -> list[dict[str, Any]]:
    """Every row in a stable order (by uuid), with columns in dataclass order."""
    names = schema.columns(table)
    cursor = store.conn.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY uuid")
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
                raise errors.ValidationError(f"In {label}: {records.explain(str(exc))}") from exc
