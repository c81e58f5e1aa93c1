"""Reflections and pulse check-ins."""

from __future__ import annotations

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store


def add(store: Store, reflection: models.Reflection) -> models.Reflection:
    return records.insert(store, reflection)


def add_pulse(store: Store, pulse: models.Pulse) -> models.Pulse:
    return records.insert(store, pulse)


def count(store: Store, pair_uuid: str) -> int:
    row = store.conn.execute("SELECT count(*) FROM reflections WHERE pair_uuid = ?", (pair_uuid,))
    return int(row.fetchone()[0])
