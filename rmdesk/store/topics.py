"""The mentor's topic bank."""

from __future__ import annotations

from rmdesk.domain import models
from rmdesk.store import records
from rmdesk.store.db import Store


def add(store: Store, topic: models.Topic) -> models.Topic:
    return records.insert(store, topic)


def count(store: Store, pair_uuid: str) -> int:
    row = store.conn.execute("SELECT count(*) FROM topics WHERE pair_uuid = ?", (pair_uuid,))
    return int(row.fetchone()[0])
