"""Generic row <-> dataclass mapping shared by the repositories.

Booleans are stored as 0/1 (STRICT tables); everything else maps one to one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, fields, replace
from typing import Any, TypeVar

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.i18n import msg
from rmdesk.store import schema
from rmdesk.store.db import Store

R = TypeVar("R", bound=models.Record)


def to_row(record: models.Record) -> dict[str, Any]:
    row = asdict(record)
    for key, value in row.items():
        if isinstance(value, bool):
            row[key] = int(value)
    return row


def from_row(cls: type[R], row: sqlite3.Row | dict[str, Any]) -> R:
    data = dict(row)
    values: dict[str, Any] = {}
    for f in fields(cls):
        value = data[f.name]
        if f.type in ("bool", bool):
            value = bool(value)
        values[f.name] = value
    return cls(**values)


def insert(store: Store, record: R) -> R:
    """Insert one record; raises ValidationError when a database rule rejects it."""
    table = schema.TABLE_OF[type(record)]
    row = to_row(record)
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with store.atomic():
        _execute(store, f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
    return record


def update(store: Store, record: R, **changes: Any) -> R:
    """Write changed fields and bump updated_at; returns the new record."""
    changed = replace(record, **changes, updated_at=models.utc_now())
    table = schema.TABLE_OF[type(record)]
    row = to_row(changed)
    row.pop("uuid")
    row.pop("created_at")
    assignments = ", ".join(f"{name} = ?" for name in row)
    with store.atomic():
        cursor = _execute(
            store,
            f"UPDATE {table} SET {assignments} WHERE uuid = ?",
            (*row.values(), record.uuid),
        )
        if cursor.rowcount != 1:
            raise errors.NotFoundError(
                msg("That {kind} no longer exists.", kind=table[:-1].replace("_", " "))
            )
    return changed


def delete(store: Store, cls: type[models.Record], uuid: str) -> None:
    table = schema.TABLE_OF[cls]
    with store.atomic():
        _execute(store, f"DELETE FROM {table} WHERE uuid = ?", (uuid,))


def get(store: Store, cls: type[R], uuid: str) -> R:
    table = schema.TABLE_OF[cls]
    row = store.conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        raise errors.NotFoundError(
            msg("No {kind} with id {uuid}.", kind=table[:-1].replace("_", " "), uuid=uuid)
        )
    return from_row(cls, row)


def select(
    store: Store, cls: type[R], where: str = "1", params: tuple[Any, ...] = (), order: str = "rowid"
) -> list[R]:
    table = schema.TABLE_OF[cls]
    rows = store.conn.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY {order}", params)
    return [from_row(cls, row) for row in rows]


def _execute(store: Store, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
    try:
        return store.conn.execute(sql, params)
    except sqlite3.IntegrityError as exc:
        raise errors.ValidationError(explain(str(exc))) from exc


def explain(message: str) -> str:
    """Turn SQLite's constraint text into a sentence a user can act on."""
    if "FOREIGN KEY" in message:
        return "It refers to something that no longer exists."
    if "UNIQUE" in message or "PRIMARY KEY" in message:
        return "That entry already exists."
    if "CHECK constraint failed" in message:
        detail = message.split("CHECK constraint failed:", 1)[-1].strip()
        if "length(trim(" in detail:
            field = detail.split("length(trim(", 1)[1].split(")", 1)[0]
            return f"The {field.replace('_', ' ')} cannot be empty."
        column = detail.split(" ", 1)[0].replace("_", " ")
        if "BETWEEN 1 AND 5" in detail:
            return f"Ratings go from 1 to 5 ({column})."
        if "BETWEEN 0 AND 100" in detail:
            return f"A percentage goes from 0 to 100 ({column})."
        if "target_date >= start_date" in detail:
            return "The target date cannot be before the start date."
        return f"A value is not allowed ({detail})."
    if "NOT NULL" in message:
        field = message.rsplit(".", 1)[-1]
        return f"The {field.replace('_', ' ')} is required."
    return message
